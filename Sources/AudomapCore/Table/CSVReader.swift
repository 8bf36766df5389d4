import Foundation

/// Reads CSV files as exported by French open-data portals and spreadsheets.
///
/// Handles `,`, `;` or tab separators (detected on the header line), UTF-8
/// with or without a byte order mark, CRLF or LF line ends, quoted fields
/// (with `""` for a quote, and separators or line breaks inside) and trailing
/// empty lines. Every row must have as many fields as the header.
public enum CSVReader {
  /// Reads and parses the file at `path`.
  /// - Throws: a ``FileError`` when the file cannot be read, a ``TableError`` when it is not a valid table.
  public static func read(path: String) throws -> Table {
    try parse(FileIO.read(path), source: path)
  }

  /// Parses CSV bytes; `source` names the file in error messages.
  /// - Throws: ``TableError`` for an empty file, non-UTF-8 bytes, an unclosed quote or a row with a wrong field count.
  public static func parse(_ bytes: [UInt8], source: String) throws(TableError) -> Table {
    let hadByteOrderMark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
    return try bytes.withUnsafeBufferPointer { (whole) throws(TableError) -> Table in
      let body = UnsafeBufferPointer(rebasing: whole[(hadByteOrderMark ? 3 : 0)...])
      if let offset = firstInvalidUTF8(in: body) {
        throw .notUTF8(source: source, line: 1 + body[..<offset].count { $0 == .lineFeed })
      }
      var parser = CSVRecordParser(bytes: body, separator: detectSeparator(in: body), source: source)
      return try parser.table(hadByteOrderMark: hadByteOrderMark)
    }
  }

  /// The separator that occurs most often outside quotes on the header line;
  /// on a tie the first of `,` `;` tab, and `,` when there is only one column.
  private static func detectSeparator(in bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
    let candidates: [UInt8] = [.comma, .semicolon, .tab]
    var counts = [0, 0, 0]
    var inQuotes = false
    for byte in bytes {
      if byte == .quote {
        inQuotes.toggle()
      } else if !inQuotes {
        if byte == .lineFeed || byte == .carriageReturn { break }
        if let index = candidates.firstIndex(of: byte) { counts[index] += 1 }
      }
    }
    let best = counts.indices.max { counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 > $1) } ?? 0
    return counts[best] > 0 ? candidates[best] : .comma
  }

  /// The offset of the first byte that is not part of valid UTF-8, or nil.
  private static func firstInvalidUTF8(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var iterator = bytes.makeIterator()
    var parser = Unicode.UTF8.ForwardParser()
    var offset = 0
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded): offset += encoded.count
      case .emptyInput: return nil
      case .error: return offset
      }
    }
  }
}

/// The record-by-record state machine behind ``CSVReader``.
///
/// It works on bytes and makes one `String` per field, straight from the
/// buffer when the field has no quotes.
private struct CSVRecordParser {
  let bytes: UnsafeBufferPointer<UInt8>
  let separator: UInt8
  let source: String
  private var position = 0
  /// The 1-based line of `position`; quoted fields may span lines.
  private var line = 1
  /// Reused buffer for quoted fields, whose `""` must be unescaped.
  private var unquoted: [UInt8] = []

  init(bytes: UnsafeBufferPointer<UInt8>, separator: UInt8, source: String) {
    self.bytes = bytes
    self.separator = separator
    self.source = source
  }

  mutating func table(hadByteOrderMark: Bool) throws(TableError) -> Table {
    guard let header = try nextRecord(expecting: 0), !header.isBlank else { throw .empty(source: source) }
    let columns = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
    var rows: [[String]] = []
    var lineNumbers: [Int] = []
    // Blank lines count as rows only if a non-blank row follows: trailing ones are dropped.
    var pendingBlankLines: [Int] = []
    while let record = try nextRecord(expecting: columns.count) {
      if record.isBlank {
        pendingBlankLines.append(record.line)
        continue
      }
      for blankLine in pendingBlankLines {
        try check(fieldCount: 1, expected: columns.count, line: blankLine)
        rows.append([""])
        lineNumbers.append(blankLine)
      }
      pendingBlankLines.removeAll()
      try check(fieldCount: record.fields.count, expected: columns.count, line: record.line)
      rows.append(record.fields)
      lineNumbers.append(record.line)
    }
    return Table(
      source: source, columns: columns, rows: rows, lineNumbers: lineNumbers,
      separator: separator, hadByteOrderMark: hadByteOrderMark)
  }

  private func check(fieldCount: Int, expected: Int, line: Int) throws(TableError) {
    guard fieldCount == expected else {
      throw .wrongFieldCount(source: source, line: line, expected: expected, found: fieldCount, separator: separator)
    }
  }

  /// The next record and the line it starts on, or nil at the end of the input.
  ///
  /// A blank record is an empty line (no field, not even `""`).
  private mutating func nextRecord(expecting fieldCount: Int) throws(TableError) -> (
    fields: [String], line: Int, isBlank: Bool
  )? {
    guard position < bytes.count else { return nil }
    let recordLine = line
    if bytes[position] == .lineFeed || bytes[position] == .carriageReturn {
      skipLineEnd()
      return ([], recordLine, true)
    }
    var fields: [String] = []
    fields.reserveCapacity(fieldCount)
    while true {
      fields.append(try nextField())
      // `nextField` stops on a separator, a line end or the end of the input.
      guard position < bytes.count else { break }
      if bytes[position] == separator {
        position += 1
      } else {
        skipLineEnd()
        break
      }
    }
    return (fields, recordLine, false)
  }

  private mutating func nextField() throws(TableError) -> String {
    guard position < bytes.count, bytes[position] == .quote else {
      let start = position
      skipToFieldEnd()
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    }
    let openingLine = line
    position += 1
    unquoted.removeAll(keepingCapacity: true)
    var segmentStart = position
    while true {
      guard position < bytes.count else { throw .unterminatedQuote(source: source, line: openingLine) }
      switch bytes[position] {
      case .quote:
        unquoted.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segmentStart..<position]))
        position += 1
        guard position < bytes.count, bytes[position] == .quote else {
          // Like Python's csv module, text between the closing quote and the
          // separator is kept rather than rejected: `"ab"c` reads as `abc`.
          let strayStart = position
          skipToFieldEnd()
          unquoted.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[strayStart..<position]))
          return String(decoding: unquoted, as: UTF8.self)
        }
        segmentStart = position  // the second quote of `""` starts the next segment
        position += 1
      case .lineFeed:
        line += 1
        position += 1
      case .carriageReturn:
        position += 1
        if position == bytes.count || bytes[position] != .lineFeed { line += 1 }
      default:
        position += 1
      }
    }
  }

  private mutating func skipToFieldEnd() {
    while position < bytes.count {
      let byte = bytes[position]
      if byte == separator || byte == .lineFeed || byte == .carriageReturn { return }
      position += 1
    }
  }

  /// Skips LF, CRLF or a lone CR.
  private mutating func skipLineEnd() {
    if bytes[position] == .carriageReturn { position += 1 }
    if position < bytes.count, bytes[position] == .lineFeed { position += 1 }
    line += 1
  }
}

extension UInt8 {
  fileprivate static let comma = UInt8(ascii: ",")
  fileprivate static let semicolon = UInt8(ascii: ";")
  fileprivate static let tab = UInt8(ascii: "\t")
  fileprivate static let quote = UInt8(ascii: "\"")
  fileprivate static let lineFeed = UInt8(ascii: "\n")
  fileprivate static let carriageReturn = UInt8(ascii: "\r")
}
