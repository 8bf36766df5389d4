import AudomapCore

/// Something reading the table left out or changed, for the report.
public enum ChartTableNote: Hashable, Sendable, CustomStringConvertible {
  /// Cells of a value column that are not numbers, left out; `sample` is `line: text`.
  case nonNumericCells(column: String, count: Int, sample: [String])
  /// Rows whose category (or series) cell is empty, left out.
  case rowsWithoutLabel(column: String, count: Int, lines: [Int])
  /// The series are named without the words all the value columns share (`removed`, e.g. "Consommation … (MWh)").
  case seriesNamesShortened(removed: String)

  public var description: String {
    switch self {
    case .nonNumericCells(let column, let count, let sample):
      return "\(ReportNumberFormat.grouped(count)) cell\(count == 1 ? "" : "s") of \"\(column)\" "
        + "\(count == 1 ? "is not a number and was" : "are not numbers and were") left out (e.g. line \(sample.joined(separator: ", line ")))."
    case .rowsWithoutLabel(let column, let count, let lines):
      let shown = lines.prefix(JoinReport.sampleLimit).map(String.init).joined(separator: ", ") + (lines.count > JoinReport.sampleLimit ? ", …" : "")
      return "\(ReportNumberFormat.grouped(count)) row\(count == 1 ? " has" : "s have") no \"\(column)\" and "
        + "\(count == 1 ? "was" : "were") left out (line\(lines.count == 1 ? "" : "s") \(shown))."
    case .seriesNamesShortened(let removed):
      return "Series named without the words every value column shares (\"\(removed)\")."
    }
  }
}

/// Errors in the table or options of a chart that only the data reveals.
public enum ChartRequestError: AudomapError, Hashable {
  /// Several rows fall on one category (and series) and no aggregation was chosen;
  /// `sample` is `label: lines …`, `hint` says what tells the rows apart.
  case severalRowsPerCategory(source: String, categories: Int, sample: [String], hint: String?)
  /// `--series` splits a single value column; several were given.
  case seriesWithSeveralValueColumns(columns: [String])
  /// 100 % bars of a single series would all be full.
  case percentOfOneSeries(series: String)
  /// The page times `--scale` exceeds what can be rendered.
  case scaledSizeTooLarge(size: PageSize, scale: Int)

  public var exitStatus: ExitStatus {
    switch self {
    case .severalRowsPerCategory: return .dataError
    case .seriesWithSeveralValueColumns, .percentOfOneSeries, .scaledSizeTooLarge: return .usage
    }
  }

  public var description: String {
    switch self {
    case .severalRowsPerCategory(let source, let categories, let sample, let hint):
      let more = categories > sample.count ? "; …" : ""
      let counted = categories == 1 ? "1 category has" : "\(ReportNumberFormat.grouped(categories)) categories have"
      return "\(source): \(counted) several rows (\(sample.joined(separator: "; "))\(more))"
        + (hint.map { "; \($0)" } ?? "") + ". Keep one row per category with --filter, or combine them with "
        + "--aggregate sum (totals), mean (rates), min, max, count or first."
    case .seriesWithSeveralValueColumns(let columns):
      return "--series makes the series from a column's values, so it takes a single --value column; "
        + "got \(columns.count) (\(columns.map { "\"\($0)\"" }.joined(separator: ", "))). Drop --series to draw one series per value column."
    case .percentOfOneSeries(let series):
      return "--percent splits each bar between its series, but there is only one (\"\(series)\"): every bar would be 100 %. "
        + "Give several --value columns or --series, or drop --percent."
    case .scaledSizeTooLarge(let size, let scale):
      return "\(size) at --scale \(scale) is \(size.width * scale)x\(size.height * scale) pixels, "
        + "more than the \(PageSize.validRange.upperBound) a side can have. Lower --scale or the size."
    }
  }
}

/// A table's rows as chart data: one category per distinct value of the
/// category column, in file order; one series per value column, or per
/// distinct value of the series column; the rows of each category and series
/// combined by the aggregation. A pair without any row, or whose cells are all
/// empty, stays without a value (a gap, not a zero).
struct ChartTable {
  var data: ChartData
  /// Rows that gave a value to a category.
  var rowsUsed: Int
  var notes: [ChartTableNote]
  /// The unit that all value columns end with, in parentheses (`(MWh)`), once their names are shortened.
  var unitFromColumns: String?

  init(_ table: Table, columns: ChartColumns, aggregation: Aggregation?) throws {
    let category = try table.columnIndex(columns.category, role: .category)
    let values = try Self.valueColumns(columns.values, in: table)
    let series = try columns.series.map { name throws(TableError) in try table.columnIndex(name, role: .series) }
    if series != nil, values.count > 1 { throw ChartRequestError.seriesWithSeveralValueColumns(columns: values.map { table.columns[$0] }) }

    // The rows of each (category, series) pair; without a series column every value column is a series of all rows.
    var categories = Labels()
    var seriesLabels = Labels()
    var rowsOf: [[Int: [Int]]] = []
    var unlabelled: [(column: Int, line: Int)] = []
    var used: [Int] = []
    for (row, cells) in table.rows.enumerated() {
      let label = cells[category].trimmingCharacters(in: .whitespaces)
      let seriesLabel = series.map { cells[$0].trimmingCharacters(in: .whitespaces) }
      guard !label.isEmpty else {
        unlabelled.append((category, table.lineNumbers[row]))
        continue
      }
      if let series, let seriesLabel, seriesLabel.isEmpty {
        unlabelled.append((series, table.lineNumbers[row]))
        continue
      }
      let index = categories.index(of: label)
      if index == rowsOf.count { rowsOf.append([:]) }
      rowsOf[index][seriesLabel.map { seriesLabels.index(of: $0) } ?? 0, default: []].append(row)
      used.append(row)
    }

    if aggregation == nil {
      let repeated = rowsOf.indices.compactMap { index in
        rowsOf[index].values.first { $0.count > 1 }.map { (categories.names[index], $0) }
      }
      if !repeated.isEmpty {
        throw Self.severalRowsError(
          repeated, in: table,
          ignoring: Set([category] + values + (series.map { [$0] } ?? [])))
      }
    }

    var notes: [ChartTableNote] = []
    var numbers: [Int: [Double?]] = [:]
    for column in values {
      var cells: [Double?] = Array(repeating: nil, count: table.rows.count)
      var nonNumeric: [String] = []
      for row in used {
        let cell = NumberParser.read(table.rows[row][column])
        if cell == .notANumber { nonNumeric.append("\(table.lineNumbers[row]): \(table.rows[row][column])") }
        cells[row] = cell.value
      }
      // Counting rows needs no number; anything else does.
      if aggregation != .count, !used.isEmpty, !used.contains(where: { cells[$0] != nil }) {
        throw JoinError.valueColumnNotNumeric(
          source: table.source, column: table.columns[column], sample: Array(nonNumeric.prefix(JoinReport.sampleLimit)))
      }
      if !nonNumeric.isEmpty {
        notes.append(.nonNumericCells(column: table.columns[column], count: nonNumeric.count, sample: Array(nonNumeric.prefix(3))))
      }
      numbers[column] = cells
    }
    for column in Set(unlabelled.map(\.column)).sorted() {
      let lines = unlabelled.filter { $0.column == column }.map(\.line)
      notes.append(.rowsWithoutLabel(column: table.columns[column], count: lines.count, lines: lines))
    }

    func value(_ rows: [Int]?, column: Int) -> Double? {
      guard let rows else { return nil }
      let cells = rows.map { numbers[column]?[$0] ?? nil }
      return (aggregation ?? .first).combine(cells)
    }
    let names: [String]
    let grid: [[Double?]]
    if series != nil {
      names = seriesLabels.names
      grid = rowsOf.map { pairs in names.indices.map { value(pairs[$0], column: values[0]) } }
    } else {
      let shortened = SeriesNames(values.map { table.columns[$0] })
      names = shortened.names
      if let removed = shortened.removed { notes.append(.seriesNamesShortened(removed: removed)) }
      unitFromColumns = shortened.unit
      grid = rowsOf.map { pairs in values.map { value(pairs[0], column: $0) } }
    }
    data = ChartData(categories: categories.names, series: names, values: grid)
    rowsUsed = used.count
    self.notes = notes
  }

  /// The columns of `--value`: each entry names a column whole, or lists several separated by commas.
  static func valueColumns(_ entries: [String], in table: Table) throws(TableError) -> [Int] {
    var indices: [Int] = []
    for entry in entries {
      let names = (try? table.columnIndex(entry)) != nil
        ? [entry] : entry.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
      for name in names {
        let index = try table.columnIndex(name, role: .value)
        if !indices.contains(index) { indices.append(index) }
      }
    }
    return indices
  }

  /// Categories with several rows, and what tells their rows apart: the column
  /// (other than those charted) whose cells differ within every such category,
  /// the one with the fewest distinct values in the table.
  private static func severalRowsError(_ repeated: [(label: String, rows: [Int])], in table: Table, ignoring: Set<Int>) -> ChartRequestError {
    let sample = repeated.prefix(3).map { label, rows in
      "\(label): lines " + rows.prefix(4).map { String(table.lineNumbers[$0]) }.joined(separator: ", ") + (rows.count > 4 ? ", …" : "")
    }
    let groups = repeated.prefix(50).map(\.rows)
    var best: (column: Int, distinct: Int)?
    for column in table.columns.indices where !ignoring.contains(column) {
      guard groups.allSatisfy({ rows in Set(rows.map { table.rows[$0][column] }).count > 1 }) else { continue }
      let distinct = Set(table.rows.map { $0[column] }).count
      if best.map({ distinct < $0.distinct }) ?? true { best = (column, distinct) }
    }
    let hint = best.map { best -> String in
      var examples: [String] = []
      for row in groups[0] where !examples.contains(table.rows[row][best.column]) { examples.append(table.rows[row][best.column]) }
      return "the rows differ in \"\(table.columns[best.column])\" (e.g. \(examples.prefix(3).joined(separator: ", ")))"
    }
    return .severalRowsPerCategory(source: table.source, categories: repeated.count, sample: sample, hint: hint)
  }
}

/// Distinct labels in order of first appearance.
private struct Labels {
  private(set) var names: [String] = []
  private var indices: [String: Int] = [:]

  mutating func index(of label: String) -> Int {
    if let index = indices[label] { return index }
    indices[label] = names.count
    names.append(label)
    return names.count - 1
  }
}

/// Series names from value columns: the words that all of several columns
/// begin or end with are left out ("Consommation Agriculture (MWh)" and
/// "Consommation Industrie (MWh)" give "Agriculture" and "Industrie"), and a
/// shared last word in parentheses is the unit.
struct SeriesNames {
  var names: [String]
  /// The words left out, as "start … end"; nil when none were.
  var removed: String?
  var unit: String?

  init(_ columns: [String]) {
    names = columns
    let words = columns.map { $0.split(separator: " ").map(String.init) }
    guard columns.count > 1, let shortest = words.map(\.count).min() else { return }
    var prefix = 0
    while prefix < shortest - 1, words.allSatisfy({ $0[prefix] == words[0][prefix] }) { prefix += 1 }
    var suffix = 0
    while prefix + suffix < shortest - 1, words.allSatisfy({ $0[$0.count - 1 - suffix] == words[0][words[0].count - 1 - suffix] }) {
      suffix += 1
    }
    guard prefix + suffix > 0 else { return }
    names = words.map { $0[prefix..<($0.count - suffix)].joined(separator: " ") }
    let start = words[0].prefix(prefix).joined(separator: " ")
    let end = words[0].suffix(suffix).joined(separator: " ")
    removed = [start, end].filter { !$0.isEmpty }.joined(separator: " … ")
    if let last = words[0].last, suffix > 0, last.count > 2, last.hasPrefix("("), last.hasSuffix(")") {
      unit = String(last.dropFirst().dropLast())
    }
  }
}
