import Foundation

/// The rows a join did not use, as a CSV file to fix in a spreadsheet (`--unmatched`).
public enum UnmatchedRowsFile {
  /// The name of the column added after the table's own, saying why each row was not used.
  public static let reasonColumn = "unmatched_reason"

  /// The table's header plus ``reasonColumn``, then the `rows` as they were read.
  ///
  /// Written with the table's separator (a `;` file reopens in a French
  /// spreadsheet as it came), UTF-8 with a byte order mark so that
  /// spreadsheets read the accents right, CRLF line ends, and quotes only
  /// around fields that need them.
  public static func csv(_ rows: [UnmatchedRow], of table: Table) -> [UInt8] {
    let separator = Character(Unicode.Scalar(table.separator))
    var text = "\u{FEFF}"
    func appendRecord(_ fields: [String]) {
      text += fields.map { quoted($0, separator: separator) }.joined(separator: String(separator)) + "\r\n"
    }
    appendRecord(table.columns + [reasonColumn])
    for row in rows { appendRecord(table.rows[row.row] + [row.reason.description]) }
    return Array(text.utf8)
  }

  /// `field`, in quotes with inner quotes doubled when it holds the separator,
  /// a quote, a line break or surrounding spaces (which readers may trim).
  private static func quoted(_ field: String, separator: Character) -> String {
    let needsQuotes =
      field.contains(separator) || field.contains("\"")
      || field.unicodeScalars.contains { $0 == "\n" || $0 == "\r" } || field.first == " " || field.last == " "
    guard needsQuotes else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
