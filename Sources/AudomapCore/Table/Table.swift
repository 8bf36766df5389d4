/// A data table read from a CSV file: a header and rows of text cells.
///
/// Cells stay text: codes keep their leading zeros, and numbers are parsed
/// only for the value column (see ``NumberParser``).
public struct Table: Hashable, Sendable {
  /// Where the table comes from (the path as given), to start error messages.
  public let source: String
  /// The header names, trimmed.
  public let columns: [String]
  /// The rows; each has exactly `columns.count` cells.
  public let rows: [[String]]
  /// The 1-based line in the file where each row starts, for messages.
  public let lineNumbers: [Int]
  /// The field separator: `,`, `;` or tab.
  public let separator: UInt8
  /// Whether the file started with a UTF-8 byte order mark (which was stripped).
  public let hadByteOrderMark: Bool

  /// Creates a table; without `lineNumbers`, rows are taken to follow the header line by line.
  public init(
    source: String, columns: [String], rows: [[String]], lineNumbers: [Int]? = nil,
    separator: UInt8 = UInt8(ascii: ","), hadByteOrderMark: Bool = false
  ) {
    let lineNumbers = lineNumbers ?? rows.indices.map { $0 + 2 }
    precondition(lineNumbers.count == rows.count, "one line number per row")
    self.source = source
    self.columns = columns
    self.rows = rows
    self.lineNumbers = lineNumbers
    self.separator = separator
    self.hadByteOrderMark = hadByteOrderMark
  }

  /// The index of the column called `name` (exact match; the first one if the header repeats it).
  /// - Parameter role: what the column is for, so that the error names the option to fix.
  /// - Throws: ``TableError/missingColumn(source:column:available:suggestion:role:)``, listing
  ///   the columns and suggesting the closest name.
  public func columnIndex(_ name: String, role: ColumnRole? = nil) throws(TableError) -> Int {
    if let index = columns.firstIndex(of: name) { return index }
    throw .missingColumn(
      source: source, column: name, available: columns,
      suggestion: ClosestName.find(name, among: columns), role: role)
  }

  /// A table with the same header and only the rows at `indexes`.
  func keepingRows(_ indexes: [Int]) -> Table {
    Table(
      source: source, columns: columns, rows: indexes.map { rows[$0] },
      lineNumbers: indexes.map { lineNumbers[$0] }, separator: separator, hadByteOrderMark: hadByteOrderMark)
  }
}
