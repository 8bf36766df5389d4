import Foundation

extension Derivation {
  /// The change, when this is one.
  var change: Change? {
    guard case .change(let change) = self else { return nil }
    return change
  }
}

extension Derivation.Rate {
  /// Column names of inhabitants, normalized, best first: the population
  /// municipale is what INSEE and the DGCL call "the" population.
  private static let populationNames = [
    "pmun", "populationmunicipale", "ptot", "populationtotale", "population", "pop", "habitants", "nbhabitants",
  ]

  /// The column of inhabitants of a population table (`PMUN`, `population_municipale_2025`, …), or nil.
  public static func detectPopulationColumn(in table: Table) -> String? {
    let names = table.columns.map(ClosestName.normalized)
    for wanted in populationNames {
      if let index = names.firstIndex(of: wanted) ?? names.firstIndex(where: { $0.hasPrefix(wanted) }) {
        return table.columns[index]
      }
    }
    return nil
  }
}

extension Derivation.Change {
  /// Column names of periods, normalized.
  private static let periodNames: Set<String> = ["annee", "an", "year", "millesime", "periode", "exercice", "date"]

  /// The column holding both periods `from` and `to`: one named like `annee`
  /// or `Année` first, else the one with the fewest distinct values; nil when none holds both.
  public static func detectPeriodColumn(in table: Table, from: String, to: String) -> String? {
    var best: (rank: (Int, Int), column: Int)?
    for column in table.columns.indices {
      let values = Set(table.rows.map { $0[column].trimmingCharacters(in: .whitespaces) })
      guard values.contains(from), values.contains(to) else { continue }
      let named = periodNames.contains(ClosestName.normalized(table.columns[column]))
      let rank = (named ? 0 : 1, values.count)
      if best.map({ rank < $0.rank }) ?? true { best = (rank, column) }
    }
    return best.map { table.columns[$0.column] }
  }
}

/// The rows taking part in a join: all of them, or for a change the rows of
/// its two periods (in that order), the others left out.
struct PeriodRows {
  /// One list of row indexes per period, in table order.
  let rows: [[Int]]
  /// Rows of other periods, left out.
  let otherCount: Int

  /// - Throws: ``JoinError/periodNotFound(source:column:period:present:)`` when a period has no row.
  init(table: Table, change: Derivation.Change?) throws {
    guard let change else {
      rows = [Array(table.rows.indices)]
      otherCount = 0
      return
    }
    let column = try table.columnIndex(change.column, role: .period)
    var from: [Int] = []
    var to: [Int] = []
    for (index, cells) in table.rows.enumerated() {
      let period = cells[column].trimmingCharacters(in: .whitespaces)
      if period == change.from { from.append(index) } else if period == change.to { to.append(index) }
    }
    for (period, found) in [(change.from, from), (change.to, to)] where found.isEmpty {
      let present = Set(table.rows.map { $0[column].trimmingCharacters(in: .whitespaces) })
      throw JoinError.periodNotFound(
        source: table.source, column: table.columns[column], period: period,
        present: present.sorted { $0.compare($1, options: .numeric) == .orderedAscending })
    }
    rows = [from, to]
    otherCount = table.rows.count - from.count - to.count
  }
}

/// The value of each commune: the combined value of its rows, or a rate or a
/// change computed from them.
struct DerivedValues {
  /// The combined value of each commune with rows, per period.
  let periodValues: [[CommuneCode: Double?]]
  /// The inhabitants of each commune, for a rate.
  private var population: [CommuneCode: Double?]?
  private var rate: Derivation.Rate?
  private var change: Derivation.Change?

  init(periodValues: [[CommuneCode: Double?]]) {
    self.periodValues = periodValues
  }

  /// Divides by the inhabitants of `rate.population`, whose codes are matched
  /// as the table's are; arrondissements always count in their city when the
  /// basemap has only the city (a population adds up).
  mutating func divide(by rate: Derivation.Rate, matcher: CodeMatcher, fold: Bool) throws {
    let table = rate.population
    let keyIndex = try table.columnIndex(rate.populationKey, role: .key)
    let valueIndex = try table.columnIndex(rate.populationColumn, role: .population)
    var lines: [CommuneCode: Int] = [:]
    var totals: [CommuneCode: Double?] = [:]
    for (row, cells) in table.rows.enumerated() {
      guard var code = CommuneCode(repairing: cells[keyIndex]) else { continue }
      if let first = lines.updateValue(table.lineNumbers[row], forKey: code) {
        throw JoinError.populationRowsRepeat(
          source: table.source, code: code, lines: [first, table.lineNumbers[row]])
      }
      if let city = code.cityOfArrondissement, fold || !matcher.targets.contains(code) { code = city }
      if case .current(let current) = matcher.match(code) { code = current }
      let inhabitants = NumberParser.parse(cells[valueIndex])
      if let previous = totals[code] {
        // A commune made of several rows has a population only if every row has one.
        totals[code] = previous.flatMap { sum in inhabitants.map { sum + $0 } }
      } else {
        totals[code] = inhabitants
      }
    }
    population = totals
    self.rate = rate
  }

  mutating func compare(_ change: Derivation.Change) {
    self.change = change
  }

  /// The value mapped for commune `key` (which has rows).
  func value(of key: CommuneCode) -> Double? {
    if let change {
      return change.kind.change(from: periodValues[0][key] ?? nil, to: periodValues[1][key] ?? nil)
    }
    let value = periodValues[0][key] ?? nil
    guard let rate, let population else { return value }
    guard let value, let inhabitants = population[key] ?? nil, inhabitants > 0 else { return nil }
    return value / inhabitants * rate.per
  }

  /// What the derivation lacked for the communes `used` by features.
  func report(used: Set<CommuneCode>, periods: PeriodRows) -> DerivationReport? {
    if let rate, let population {
      let missing = used.filter { population[$0] == nil }
      let unusable = used.filter { key in population[key].map { ($0 ?? 0) <= 0 } ?? false }
      return .rate(
        RateReport(
          source: rate.population.source, column: rate.populationColumn, per: rate.per,
          withoutPopulation: .init(smallestOf: Array(missing)), unusablePopulation: .init(smallestOf: Array(unusable))))
    }
    if let change {
      let onlyOne = used.filter { (periodValues[0][$0] == nil) != (periodValues[1][$0] == nil) }
      let zero = change.kind == .percent ? used.filter { (periodValues[0][$0] ?? nil) == 0 } : []
      return .change(
        ChangeReport(
          change: change, rowsFrom: periods.rows[0].count, rowsTo: periods.rows[1].count,
          rowsOtherPeriods: periods.otherCount, onlyOnePeriod: .init(smallestOf: Array(onlyOne)),
          zeroBase: .init(smallestOf: Array(zero))))
    }
    return nil
  }
}
