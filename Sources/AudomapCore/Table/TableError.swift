/// Errors reading a data table, finding its columns or filtering its rows.
public enum TableError: AudomapError, Hashable {
  /// The file has no header row.
  case empty(source: String)
  /// The bytes at `line` are not UTF-8 (usually a Latin-1 or Windows-1252 export).
  case notUTF8(source: String, line: Int)
  /// A quoted field opened at `line` is never closed.
  case unterminatedQuote(source: String, line: Int)
  /// A row has more or fewer fields than the header has columns.
  case wrongFieldCount(source: String, line: Int, expected: Int, found: Int, separator: UInt8)
  /// A column named by the user is not in the header.
  case missingColumn(source: String, column: String, available: [String], suggestion: String?, role: ColumnRole?)
  /// A `--filter` argument is not `COLUMN=VALUE`.
  case malformedFilter(argument: String)
  /// A filter kept no row; `values` samples what the column holds (sorted, at most 5 of `distinctCount`).
  case filterMatchedNothing(source: String, filter: RowFilter, values: [String], distinctCount: Int)

  public var exitStatus: ExitStatus {
    switch self {
    case .malformedFilter: return .usage
    case .empty, .notUTF8, .unterminatedQuote, .wrongFieldCount, .missingColumn, .filterMatchedNothing:
      return .dataError
    }
  }

  public var description: String {
    switch self {
    case .empty(let source):
      return "\(source): the file is empty. Export the table with its header row."
    case .notUTF8(let source, let line):
      return "\(source):\(line): not valid UTF-8 (the file is probably Latin-1 or Windows-1252). "
        + "Save it again as CSV with the UTF-8 character set."
    case .unterminatedQuote(let source, let line):
      return "\(source):\(line): a quoted field starts here and is never closed. "
        + "Add the missing \" or double the quotes inside the field (\"\")."
    case .wrongFieldCount(let source, let line, let expected, let found, let separator):
      return "\(source):\(line): \(found) \(found == 1 ? "field" : "fields") where the header has \(expected) "
        + "(separator \(Self.name(of: separator))). Fix that row, or quote fields that contain the separator."
    case .missingColumn(let source, let column, let available, let suggestion, let role):
      var text = "\(source): no column \"\(column)\" (columns: \(Self.list(available)))."
      if let suggestion { text += " Did you mean \"\(suggestion)\"?" }
      guard let role else { return text + " Column names must match exactly." }
      return text + (suggestion == nil ? " Pass one of them with \(role.option)." : " Pass it with \(role.option).")
    case .malformedFilter(let argument):
      return "--filter \"\(argument)\": expected COLUMN=VALUE, e.g. --filter annee=2025."
    case .filterMatchedNothing(let source, let filter, let values, let distinctCount):
      let found: String
      if values.isEmpty {
        found = "there were no rows left to filter"
      } else {
        let more = distinctCount > values.count ? ", …" : ""
        let shown = values.map { $0.isEmpty ? "(empty)" : $0 }.joined(separator: ", ")
        found =
          "\(filter.column) has \(distinctCount) distinct \(distinctCount == 1 ? "value" : "values"): \(shown)\(more)"
      }
      return "\(source): no row has \(filter.column) = \"\(filter.value)\" (\(found)). "
        + "Fix the --filter value (the match is exact, case and accents included)."
    }
  }

  /// Column lists in messages stop here; a wide table (ORE files have 36 columns) would swamp the line.
  private static let listedColumnLimit = 40

  private static func list(_ columns: [String]) -> String {
    let shown = columns.prefix(listedColumnLimit).joined(separator: ", ")
    let hidden = columns.count - listedColumnLimit
    return hidden > 0 ? "\(shown), … and \(hidden) more" : shown
  }

  private static func name(of separator: UInt8) -> String {
    separator == UInt8(ascii: "\t") ? "tab" : "\"\(Character(Unicode.Scalar(separator)))\""
  }
}
