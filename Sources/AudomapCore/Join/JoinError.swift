/// Errors that make a join meaningless, as opposed to gaps that ``JoinReport`` counts.
public enum JoinError: AudomapError, Hashable {
  /// No row of the key column holds a commune code; `sample` shows what it holds.
  case keyColumnHasNoCodes(source: String, column: String, sample: [String], detected: String?)
  /// No row of the value column holds a number; `sample` is `line: value`, empty when every cell is empty.
  case valueColumnNotNumeric(source: String, column: String, sample: [String])

  public var exitStatus: ExitStatus { .dataError }

  public var description: String {
    switch self {
    case .keyColumnHasNoCodes(let source, let column, let sample, let detected):
      let example = sample.isEmpty ? "" : " (e.g. \(sample.map { "\"\($0)\"" }.joined(separator: ", ")))"
      let fix =
        detected.map { "Pass the column of codes with --key (\"\($0)\" looks like one)." }
        ?? "Pass the column of codes with --key."
      return "\(source): column \"\(column)\" holds no commune code\(example); "
        + "a code has 5 characters, like 01001, 2A004 or 97411. \(fix)"
    case .valueColumnNotNumeric(let source, let column, let sample):
      let holds = sample.isEmpty ? "is empty on every row" : "holds no number (e.g. \(sample.joined(separator: ", ")))"
      return "\(source): column \"\(column)\" \(holds). "
        + "Pass a column of numbers (1234, -12.5, 1 234,5) with --value."
    }
  }
}
