/// Errors reading a data table, finding its columns or filtering its rows.
public enum TableError: AudomapError, Hashable {
  /// The file has no header row.
  case empty(source: String)
  /// The file holds NUL bytes: a workbook (`.xlsx`, `.ods`) or UTF-16 text, not CSV.
  case notText(source: String)
  /// A quoted field opened at `line` is never closed.
  case unterminatedQuote(source: String, line: Int)
  /// A row has more or fewer fields than the header has columns.
  case wrongFieldCount(source: String, line: Int, expected: Int, found: Int, separator: UInt8)
  /// A column named by the user is not in the header.
  case missingColumn(source: String, column: String, available: [String], suggestion: String?, role: ColumnRole?)
  /// A `--filter` argument has no operator or no column name.
  case malformedFilter(argument: String)
  /// A `--filter` argument compares with `<`, `<=`, `>` or `>=` to something that is not a number.
  case filterBoundNotANumber(argument: String, bound: String)
  /// A text filter kept no row; `values` samples what the column holds (sorted, at most 5 of `distinctCount`).
  case filterMatchedNothing(source: String, filter: RowFilter, values: [String], distinctCount: Int)
  /// A numeric comparison kept no row; the smallest and largest numbers the column held, as written (nil: none).
  case numericFilterMatchedNothing(source: String, filter: RowFilter, smallest: String?, largest: String?)

  public var exitStatus: ExitStatus {
    switch self {
    case .malformedFilter, .filterBoundNotANumber: return .usage
    case .empty, .notText, .unterminatedQuote, .wrongFieldCount, .missingColumn, .filterMatchedNothing,
      .numericFilterMatchedNothing:
      return .dataError
    }
  }

  public var description: String {
    switch self {
    case .empty(let source):
      return "\(source): the file is empty. Export the table with its header row."
    case .notText(let source):
      return "\(source): not a text table (it holds NUL bytes: a spreadsheet workbook, or UTF-16 text?). "
        + "Save it as CSV, UTF-8 or Windows-1252."
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
      return "--filter \"\(argument)\": expected COLUMN=VALUE, COLUMN!=VALUE, COLUMN<NUMBER (or <=, >, >=) "
        + "or \"COLUMN in A|B|C\", e.g. --filter annee=2025."
    case .filterBoundNotANumber(let argument, let bound):
      return "--filter \"\(argument)\": \"\(bound)\" is not a number; <, <=, > and >= compare numbers "
        + "(e.g. 1000, 1 234,5 or 12,5 %). Use = or \"in\" to match text."
    case .numericFilterMatchedNothing(let source, let filter, let smallest, let largest):
      let found: String
      if let smallest, let largest {
        found = "its numbers range from \(smallest) to \(largest)"
      } else {
        found = "it holds no number in the rows left"
      }
      return "\(source): no row has \(filter) (\(found)). Fix the --filter bound."
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
      return "\(source): no row has \(Self.condition(of: filter)) (\(found)). "
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

  /// `annee = "2025"`, `annee other than "2025"`, `filiere in "Gaz" or "Chaleur"`: the text compared, quoted.
  private static func condition(of filter: RowFilter) -> String {
    switch filter.condition {
    case .equal(let value): return "\(filter.column) = \"\(value)\""
    case .notEqual(let value): return "\(filter.column) other than \"\(value)\""
    case .oneOf(let values): return "\(filter.column) in " + values.map { "\"\($0)\"" }.joined(separator: " or ")
    case .compare: return filter.description
    }
  }

  private static func name(of separator: UInt8) -> String {
    separator == UInt8(ascii: "\t") ? "tab" : "\"\(Character(Unicode.Scalar(separator)))\""
  }
}
