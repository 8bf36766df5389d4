/// Joins a table's values to a basemap's features by commune code.
///
/// ## Example
/// ```swift
/// let result = try Join.join(
///   features: basemap.features, codeField: "code", table: ore, keyColumn: "Code Commune",
///   keyWasDetected: false, valueColumn: "Consommation totale (MWh)",
///   options: JoinOptions(aggregation: .sum, history: try CommuneHistory.bundled()))
/// print(result.report.summary)
/// ```
public enum Join {
  /// The value of `valueColumn` for each feature, matched on `codeField` = `keyColumn`.
  ///
  /// Codes are compared as ``CommuneCode``s: `2a004` matches `2A004`, spaces
  /// do not matter, and `1001` written by a spreadsheet is `01001`. A code
  /// that the other side lacks is looked up in the history of communes (when
  /// `options.history` is set): a row of a former commune counts in its
  /// current commune, and a feature of a former commune shows the value of
  /// its current one. Rows falling on one commune are combined with
  /// `options.aggregation`.
  /// - Parameters:
  ///   - codeField: the feature property holding the code (see ``FeatureCodeField``).
  ///   - keyWasDetected: whether `keyColumn` came from ``CodeColumnDetector``, for the report.
  /// - Throws: ``TableError/missingColumn(source:column:available:suggestion:role:)`` for an unknown
  ///   column; ``JoinError`` when the key column holds no code, the value column no number, or
  ///   several rows fall on one commune without an aggregation.
  public static func join(
    features: [Feature], codeField: String, table: Table, keyColumn: String, keyWasDetected: Bool,
    valueColumn: String, options: JoinOptions = JoinOptions()
  ) throws -> JoinResult {
    let keyIndex = try table.columnIndex(keyColumn, role: .key)
    let valueIndex = try table.columnIndex(valueColumn, role: .value)
    let periods = try PeriodRows(table: table, change: options.derivation?.change)

    let featureCodes = features.map { feature in
      feature.properties[codeField]?.text.flatMap(CommuneCode.init(_:)).map { code in
        options.foldArrondissements ? code.cityOfArrondissement ?? code : code
      }
    }
    let rowMatcher = CodeMatcher(
      targets: Set(featureCodes.compactMap { $0 }), history: options.history, asOf: options.codesAsOf)

    // Rows are handled as positions in `selected`, the rows of every period in turn.
    let selected = periods.rows.flatMap { $0 }
    let keyed = KeyedRows(
      table: table, column: keyIndex, rows: selected, fold: options.foldArrondissements, matcher: rowMatcher)
    if !selected.isEmpty, keyed.keys.allSatisfy({ $0 == nil }) {
      throw JoinError.keyColumnHasNoCodes(
        source: table.source, column: keyColumn, sample: sampleCells(of: keyIndex, in: table),
        detected: CodeColumnDetector.detect(in: table))
    }
    let read = RowValues(table: table, column: valueIndex, rows: selected, keys: keyed.keys)
    if options.aggregation != .count, read.values.indices.contains(where: { keyed.keys[$0] != nil }),
      read.values.allSatisfy({ $0 == nil })
    {
      throw JoinError.valueColumnNotNumeric(
        source: table.source, column: valueColumn,
        sample: Array(read.nonNumeric.prefix(JoinReport.sampleLimit)))
    }

    let groups = positionsByCommune(keys: keyed.keys, periodSizes: periods.rows.map(\.count))
    let duplicates = Set(groups.flatMap { $0.filter { $0.value.count > 1 }.keys })
    if !duplicates.isEmpty, options.aggregation == nil {
      throw severalRowsError(
        duplicates: duplicates, groups: groups, table: table, selected: selected, keyed: keyed,
        ignoring: [keyIndex, valueIndex])
    }
    let aggregation = options.aggregation ?? .first  // without duplicates, any gives the one value
    let periodValues = groups.map { group in
      group.mapValues { positions in aggregation.combine(positions.map { read.values[$0] }) }
    }

    var derived = DerivedValues(periodValues: periodValues)
    if case .rate(let rate) = options.derivation {
      try derived.divide(by: rate, matcher: rowMatcher, fold: options.foldArrondissements)
    } else if case .change(let change) = options.derivation {
      derived.compare(change)
    }

    let featureMatcher = CodeMatcher(
      targets: Set(groups.flatMap(\.keys)), history: options.history, asOf: options.codesAsOf)
    let matches = FeatureMatches(codes: featureCodes, matcher: featureMatcher)
    let values = matches.keys.map { $0.flatMap(derived.value(of:)) }
    let unmatched = keyed.unmatchedRows(selected, used: matches.usedKeys)
    let unusedCodes = unmatched.compactMap(\.reason.code)

    var report = JoinReport(
      keyColumn: keyColumn, keyWasDetected: keyWasDetected, valueColumn: valueColumn,
      featureCount: features.count, matchedFeatures: matches.keys.count { $0 != nil },
      featuresWithoutData: .init(smallestOf: matches.withoutData), featuresWithoutCode: .init(firstOf: matches.withoutCode),
      rowCount: selected.count, rowsUsed: selected.count - unmatched.count, unusedRows: .init(smallestOf: unusedCodes),
      rowsWithInvalidCode: .init(firstOf: keyed.invalidLines.sorted()), duplicateKeys: .init(smallestOf: Array(duplicates)),
      nonNumericValues: .init(firstOf: read.nonNumeric), missingValues: read.missingCount)
    report.aggregation = duplicates.isEmpty ? nil : aggregation
    report.featuresThroughHistory = .init(smallestOf: matches.throughHistory)
    report.rowsThroughHistory = .init(distinct: keyed.remapped)
    report.dividedCommunes = .init(smallestOf: Array(keyed.divided.keys))
    report.restoredCodes = .init(firstOf: keyed.restored)
    report.foldedArrondissements = .init(distinct: keyed.folded)
    report.derivation = derived.report(used: matches.usedKeys, periods: periods)
    return JoinResult(values: values, report: report, unmatchedRows: unmatched)
  }

  /// The codes of `keyColumn` as ``join(features:codeField:table:keyColumn:keyWasDetected:valueColumn:options:)``
  /// reads them (leading zeros restored, arrondissements folded when asked), for ``CodeUpdatePlan``.
  /// - Throws: ``TableError/missingColumn(source:column:available:suggestion:role:)`` for an unknown column.
  public static func codes(
    in table: Table, keyColumn: String, foldArrondissements: Bool
  ) throws(TableError) -> Set<CommuneCode> {
    let column = try table.columnIndex(keyColumn, role: .key)
    return Set(
      table.rows.compactMap { cells in
        CommuneCode(repairing: cells[column]).map { foldArrondissements ? $0.cityOfArrondissement ?? $0 : $0 }
      })
  }

  /// The positions of each commune's rows, per period: `keys` holds the rows
  /// of every period in turn, `periodSizes[p]` of them for period `p`.
  private static func positionsByCommune(keys: [CommuneCode?], periodSizes: [Int]) -> [[CommuneCode: [Int]]] {
    var groups: [[CommuneCode: [Int]]] = []
    var position = 0
    for size in periodSizes {
      var group: [CommuneCode: [Int]] = [:]
      for _ in 0..<size {
        if let key = keys[position] { group[key, default: []].append(position) }
        position += 1
      }
      groups.append(group)
    }
    return groups
  }

  /// The first distinct cells of a column, to show what a wrong key column holds.
  private static func sampleCells(of column: Int, in table: Table) -> [String] {
    var sample: [String] = []
    for cells in table.rows where !sample.contains(cells[column]) {
      sample.append(cells[column])
      if sample.count == JoinReport.sampleLimit { break }
    }
    return sample
  }
}

/// The numbers of a value column, with what is not one.
private struct RowValues {
  /// One per position; nil for a missing or non-numeric cell, or a row without a code.
  var values: [Double?] = []
  /// `line: value` of the non-numeric cells of rows with a code.
  var nonNumeric: [String] = []
  /// Cells of rows with a code that are empty or say "no value" (`NA`, `s`, …).
  var missingCount = 0

  init(table: Table, column: Int, rows: [Int], keys: [CommuneCode?]) {
    values.reserveCapacity(rows.count)
    for (position, row) in rows.enumerated() {
      guard keys[position] != nil else {
        values.append(nil)
        continue
      }
      let text = table.rows[row][column]
      let cell = NumberParser.read(text)
      switch cell {
      case .missing: missingCount += 1
      case .notANumber: nonNumeric.append("\(table.lineNumbers[row]): \(text)")
      case .number, .percentage: break
      }
      values.append(cell.value)
    }
  }
}

/// The commune each feature takes its value from.
private struct FeatureMatches {
  /// One per feature: its own code, or its current one through the history; nil without a row.
  var keys: [CommuneCode?] = []
  var usedKeys: Set<CommuneCode> = []
  /// The codes of features without a row.
  var withoutData: [CommuneCode] = []
  /// The indexes of features without a code.
  var withoutCode: [Int] = []
  /// Features of former communes given their current commune's value.
  var throughHistory: [CodeChange] = []

  /// - Parameter matcher: targets the communes with rows.
  init(codes: [CommuneCode?], matcher: CodeMatcher) {
    keys.reserveCapacity(codes.count)
    for (index, code) in codes.enumerated() {
      guard let code else {
        withoutCode.append(index)
        keys.append(nil)
        continue
      }
      var key = code
      if case .current(let current) = matcher.match(code), matcher.targets.contains(current) {
        throughHistory.append(CodeChange(from: code, to: current))
        key = current
      }
      guard matcher.targets.contains(key) else {
        withoutData.append(code)
        keys.append(nil)
        continue
      }
      usedKeys.insert(key)
      keys.append(key)
    }
  }
}
