import Foundation

/// A data table read from a CSV file: a header and rows of text cells.
///
/// Cells stay text: codes keep their leading zeros, and numbers are parsed
/// only for the value column (see ``NumberParser``).
public struct Table: Hashable, Sendable {
  /// Where the table comes from (the path as given), to start error messages.
  public let source: String
  /// The header names, trimmed, with inner runs of spaces collapsed to one
  /// (`Consommation Tertiaire  (MWh)` reads `Consommation Tertiaire (MWh)`).
  public let columns: [String]
  /// The rows; each has exactly `columns.count` cells.
  public let rows: [[String]]
  /// The 1-based line in the file where each row starts, for messages.
  public let lineNumbers: [Int]
  /// The field separator: `,`, `;`, tab or `|`.
  public let separator: UInt8
  /// Whether the file started with a UTF-8 byte order mark (which was stripped).
  public let hadByteOrderMark: Bool
  /// The character set the file was decoded from.
  public let encoding: TextEncoding

  /// Creates a table; without `lineNumbers`, rows are taken to follow the header line by line.
  public init(
    source: String, columns: [String], rows: [[String]], lineNumbers: [Int]? = nil,
    separator: UInt8 = UInt8(ascii: ","), hadByteOrderMark: Bool = false, encoding: TextEncoding = .utf8
  ) {
    let lineNumbers = lineNumbers ?? rows.indices.map { $0 + 2 }
    precondition(lineNumbers.count == rows.count, "one line number per row")
    self.source = source
    self.columns = columns
    self.rows = rows
    self.lineNumbers = lineNumbers
    self.separator = separator
    self.hadByteOrderMark = hadByteOrderMark
    self.encoding = encoding
  }

  /// The index of the column called `name` (the first one if the header repeats it).
  ///
  /// The match is exact once spaces are normalized as in the header: `name` is
  /// trimmed and its runs of spaces count as one.
  /// - Parameter role: what the column is for, so that the error names the option to fix.
  /// - Throws: ``TableError/missingColumn(source:column:available:suggestion:role:)``, listing
  ///   the columns and suggesting the closest name.
  public func columnIndex(_ name: String, role: ColumnRole? = nil) throws(TableError) -> Int {
    if let index = columns.firstIndex(of: name) ?? columns.firstIndex(of: Self.headerName(name)) { return index }
    throw .missingColumn(
      source: source, column: name, available: columns,
      suggestion: ClosestName.find(name, among: columns), role: role)
  }

  /// A table with the same header and only the rows at `indexes`.
  func keepingRows(_ indexes: [Int]) -> Table {
    Table(
      source: source, columns: columns, rows: indexes.map { rows[$0] },
      lineNumbers: indexes.map { lineNumbers[$0] }, separator: separator, hadByteOrderMark: hadByteOrderMark,
      encoding: encoding)
  }

  /// `text` trimmed, each run of white space (line breaks included) made one space.
  static func headerName(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}

extension String {
  /// The text without surrounding spaces, tabs and Unicode spaces (no-break,
  /// narrow no-break). Cells rarely have any: two byte reads tell, before
  /// Foundation's slower trimming is called.
  var trimmingSpaces: String {
    guard let first = utf8.first, let last = utf8.last else { return self }
    // Bytes of 0x80 and above may belong to a Unicode space.
    func mayBeSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte >= 0x80 }
    return mayBeSpace(first) || mayBeSpace(last) ? trimmingCharacters(in: .whitespaces) : self
  }
}
