import Foundation

/// Reads CSV files as exported by French open-data portals and spreadsheets.
///
/// Handles UTF-8 with or without a byte order mark and, when the bytes are
/// not UTF-8, Windows-1252 (Latin-1); `,`, `;`, tab or `|` separators
/// (detected on the first records); CRLF or LF line ends; quoted fields (with
/// `""` for a quote, and separators or line breaks inside) and trailing empty
/// lines. Every row must have as many fields as the header.
public enum CSVReader {
  /// Reads and parses the file at `path`.
  /// - Throws: a ``FileError`` when the file cannot be read, a ``TableError`` when it is not a valid table.
  public static func read(path: String) throws -> Table {
    try parse(FileIO.read(path), source: path)
  }

  /// Parses CSV bytes; `source` names the file in error messages.
  /// - Throws: ``TableError`` for an empty or binary file, an unclosed quote or a row with a wrong field count.
  public static func parse(_ bytes: [UInt8], source: String) throws(TableError) -> Table {
    let hadByteOrderMark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
    return try bytes.withUnsafeBufferPointer { (whole) throws(TableError) -> Table in
      let body = UnsafeBufferPointer(rebasing: whole[(hadByteOrderMark ? 3 : 0)...])
      // Text never holds NUL; workbooks and UTF-16 do, early on.
      if body.prefix(binaryProbeLength).contains(0) { throw .notText(source: source) }
      if TextEncoding.isValidUTF8(body) {
        return try parse(utf8: body, source: source, hadByteOrderMark: hadByteOrderMark, encoding: .utf8)
      }
      // Not UTF-8: a spreadsheet's "CSV" in the Windows code page. Every byte
      // is a character there, so this cannot fail; ASCII bytes keep their place.
      let transcoded = TextEncoding.utf8(fromWindows1252: body)
      return try transcoded.withUnsafeBufferPointer { (utf8) throws(TableError) -> Table in
        try parse(utf8: utf8, source: source, hadByteOrderMark: hadByteOrderMark, encoding: .windows1252)
      }
    }
  }

  private static func parse(
    utf8: UnsafeBufferPointer<UInt8>, source: String, hadByteOrderMark: Bool, encoding: TextEncoding
  ) throws(TableError) -> Table {
    var parser = CSVRecordParser(bytes: utf8, separator: detectSeparator(in: utf8), source: source)
    return try parser.table(hadByteOrderMark: hadByteOrderMark, encoding: encoding)
  }

  /// Bytes searched for NUL to tell a binary file.
  private static let binaryProbeLength = 65_536
  /// The separators tried, in order of preference on a tie: the rarer inside
  /// values first (a French `;` file has commas in its decimals and text).
  private static let candidateSeparators: [UInt8] = [.tab, .pipe, .semicolon, .comma]
  /// Records read with each candidate separator to choose one.
  private static let sampleRecordCount = 50

  /// The separator that splits the first records into the same number of
  /// fields as the header, the one giving the most fields if several do; when
  /// none is consistent, the one most records agree with (the reader then
  /// names the odd row). Quotes are honoured, so a quoted `"1,5"` in a `;` file
  /// does not count. A single column reads as `,`.
  private static func detectSeparator(in bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
    var best: (rank: (Int, Int, Int), separator: UInt8)?
    for separator in candidateSeparators {
      var parser = CSVRecordParser(bytes: bytes, separator: separator, source: "")
      let counts = parser.fieldCounts(limit: sampleRecordCount)
      guard let header = counts.first, header > 1 else { continue }
      let agreeing = counts.count { $0 == header }
      let isConsistent = agreeing == counts.count
      let rank = (isConsistent ? 1 : 0, isConsistent ? header : agreeing, header)
      if best.map({ rank > $0.rank }) ?? true { best = (rank, separator) }
    }
    return best?.separator ?? .comma
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

  /// The field counts of the first `limit` non-blank records; stops early at an unclosed quote.
  mutating func fieldCounts(limit: Int) -> [Int] {
    var counts: [Int] = []
    while counts.count < limit, let record = try? nextRecord(expecting: 0) {
      if !record.isBlank { counts.append(record.fields.count) }
    }
    return counts
  }

  mutating func table(hadByteOrderMark: Bool, encoding: TextEncoding) throws(TableError) -> Table {
    guard let header = try nextRecord(expecting: 0), !header.isBlank else { throw .empty(source: source) }
    let columns = header.fields.map(Table.headerName)
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
      separator: separator, hadByteOrderMark: hadByteOrderMark, encoding: encoding)
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
  fileprivate static let pipe = UInt8(ascii: "|")
  fileprivate static let quote = UInt8(ascii: "\"")
  fileprivate static let lineFeed = UInt8(ascii: "\n")
  fileprivate static let carriageReturn = UInt8(ascii: "\r")
}
