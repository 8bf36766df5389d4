/// Joins a table's values to a basemap's features by commune code.
public enum Join {
  /// The value of `valueColumn` for each feature, matched on `codeField` = `keyColumn`.
  ///
  /// Codes are compared as ``CommuneCode``s, so `2a004` matches `2A004` and
  /// spaces around a code do not matter. When several rows have the same code,
  /// the first one wins and the others are counted in ``JoinReport/duplicateKeys``.
  /// - Parameters:
  ///   - codeField: the feature property holding the code (see ``FeatureCodeField``).
  ///   - keyWasDetected: whether `keyColumn` came from ``CodeColumnDetector``, for the report.
  /// - Throws: ``TableError/missingColumn(source:column:available:suggestion:role:)`` for an unknown
  ///   key or value column; ``JoinError`` when the key column holds no code or the value column no number.
  public static func join(
    features: [Feature], codeField: String, table: Table, keyColumn: String, keyWasDetected: Bool,
    valueColumn: String
  ) throws -> JoinResult {
    let keyIndex = try table.columnIndex(keyColumn, role: .key)
    let valueIndex = try table.columnIndex(valueColumn, role: .value)

    // The kept rows: the first row for each code.
    var keptRowByCode: [CommuneCode: Int] = [:]
    var keptCodes: [CommuneCode] = []
    var keptValues: [Double?] = []
    var invalidCodeLines: [Int] = []
    var duplicates: [CommuneCode] = []
    var nonNumeric: [String] = []
    var emptyValues = 0
    for (row, cells) in table.rows.enumerated() {
      let line = table.lineNumbers[row]
      guard let code = CommuneCode(cells[keyIndex]) else {
        invalidCodeLines.append(line)
        continue
      }
      // First row wins: a later row with the same code is counted, not summed
      // (adding up, e.g., the ORE file's one row per operator is a later issue).
      guard keptRowByCode[code] == nil else {
        duplicates.append(code)
        continue
      }
      let text = cells[valueIndex]
      let value = NumberParser.parse(text)
      if value == nil {
        if text.allSatisfy(\.isWhitespace) { emptyValues += 1 } else { nonNumeric.append("\(line): \(text)") }
      }
      keptRowByCode[code] = keptCodes.count
      keptCodes.append(code)
      keptValues.append(value)
    }
    if !table.rows.isEmpty, keptCodes.isEmpty {
      throw JoinError.keyColumnHasNoCodes(
        source: table.source, column: keyColumn, sample: sampleCells(of: keyIndex, in: table),
        detected: CodeColumnDetector.detect(in: table))
    }
    if !keptValues.isEmpty, keptValues.allSatisfy({ $0 == nil }) {
      throw JoinError.valueColumnNotNumeric(
        source: table.source, column: valueColumn, sample: Array(nonNumeric.prefix(JoinReport.sampleLimit)))
    }

    var values: [Double?] = []
    values.reserveCapacity(features.count)
    var used = [Bool](repeating: false, count: keptCodes.count)
    var matched = 0
    var withoutData: [CommuneCode] = []
    var withoutCode: [Int] = []
    for (index, feature) in features.enumerated() {
      guard let text = feature.properties[codeField]?.text, let code = CommuneCode(text) else {
        withoutCode.append(index)
        values.append(nil)
        continue
      }
      guard let row = keptRowByCode[code] else {
        withoutData.append(code)
        values.append(nil)
        continue
      }
      used[row] = true
      matched += 1
      values.append(keptValues[row])
    }
    let unused = keptCodes.indices.filter { !used[$0] }.map { keptCodes[$0] }

    let report = JoinReport(
      keyColumn: keyColumn, keyWasDetected: keyWasDetected, valueColumn: valueColumn,
      featureCount: features.count, matchedFeatures: matched,
      featuresWithoutData: .init(smallestOf: withoutData), featuresWithoutCode: .init(firstOf: withoutCode),
      rowCount: table.rows.count, rowsUsed: used.count { $0 }, unusedRows: .init(smallestOf: unused),
      rowsWithInvalidCode: .init(firstOf: invalidCodeLines), duplicateKeys: .init(smallestOf: duplicates),
      nonNumericValues: .init(firstOf: nonNumeric), emptyValues: emptyValues)
    return JoinResult(values: values, report: report)
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

extension JoinReport.Tally {
  /// Counts `items` and keeps the first ones (line numbers, feature indexes: already in order).
  fileprivate init(firstOf items: [Element]) {
    self.init(count: items.count, sample: Array(items.prefix(JoinReport.sampleLimit)))
  }
}

extension JoinReport.Tally where Element: Comparable {
  /// Counts `items` and keeps the smallest distinct ones, so that samples are stable and readable.
  fileprivate init(smallestOf items: [Element]) {
    self.init(count: items.count, sample: Array(Set(items).sorted().prefix(JoinReport.sampleLimit)))
  }
}
