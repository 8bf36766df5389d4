/// Errors that make a join meaningless or ambiguous, as opposed to gaps that ``JoinReport`` counts.
public enum JoinError: AudomapError, Hashable {
  /// No row of the key column holds a commune code; `sample` shows what it holds.
  case keyColumnHasNoCodes(source: String, column: String, sample: [String], detected: String?)
  /// No row of the value column holds a number; `sample` is `line: value`, empty when every cell is empty.
  case valueColumnNotNumeric(source: String, column: String, sample: [String])
  /// Several rows fall on one commune and no aggregation was chosen; `sample` is `code: lines …`,
  /// `hint` says what tells the rows apart.
  case severalRowsPerCommune(source: String, communes: Int, sample: [String], hint: String?)
  /// No row of the table is of a period that `--change` compares; `present` lists the periods found.
  case periodNotFound(source: String, column: String, period: String, present: [String])
  /// The population table has two rows for one commune (at `lines`).
  case populationRowsRepeat(source: String, code: CommuneCode, lines: [Int])
  /// The `--population` table has no column of commune codes.
  case noPopulationCodes(source: String, columns: [String])
  /// The `--population` table has no column that looks like inhabitants.
  case noPopulationColumn(source: String, columns: [String])
  /// No column holds both periods of `--change`.
  case noPeriodColumn(source: String, from: String, to: String, columns: [String])
  /// `--strict` was given and something did not match; `summary` is the join's.
  case incomplete(summary: String)

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
    case .severalRowsPerCommune(let source, let communes, let sample, let hint):
      let more = communes > sample.count ? "; …" : ""
      let communesText = communes == 1 ? "1 commune has" : "\(ReportNumberFormat.grouped(communes)) communes have"
      return "\(source): \(communesText) several rows (\(sample.joined(separator: "; "))\(more))"
        + (hint.map { "; \($0)" } ?? "") + ". Keep one row per commune with --filter, or combine them with "
        + "--aggregate sum (totals), mean (rates), min, max, count or first."
    case .periodNotFound(let source, let column, let period, let present):
      let shown = present.prefix(10).map { $0.isEmpty ? "(empty)" : $0 }.joined(separator: ", ")
      return "\(source): no row has \(column) = \"\(period)\" (it holds \(shown)\(present.count > 10 ? ", …" : "")). "
        + "Fix --change FROM:TO, or name the column of periods with --period-column."
    case .populationRowsRepeat(let source, let code, let lines):
      return "\(source): commune \(code) has several rows (lines \(lines.map(String.init).joined(separator: ", "))). "
        + "Give --population a table with one row per commune (filter it to one year first)."
    case .noPopulationCodes(let source, let columns):
      return "\(source): no column holds INSEE commune codes (columns: \(columns.joined(separator: ", "))). "
        + "Give --population a table with one row per commune and a column of codes (e.g. COM or insee)."
    case .noPopulationColumn(let source, let columns):
      return "\(source): no column of inhabitants found (columns: \(columns.joined(separator: ", "))). "
        + "Name it with --population-column."
    case .noPeriodColumn(let source, let from, let to, let columns):
      return "\(source): no column holds both \"\(from)\" and \"\(to)\" (columns: \(columns.joined(separator: ", "))). "
        + "Name the column of years with --period-column, or fix --change FROM:TO."
    case .incomplete(let summary):
      return "--strict: the join left rows or communes unmatched. \(summary) "
        + "Pass --unmatched FILE.csv to list the rows, --join-details for the codes, or drop --strict."
    }
  }
}
