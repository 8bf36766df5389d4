extension Join {
  /// The error for communes with several rows and no aggregation, with what
  /// tells their rows apart so that the user can choose a filter or an aggregation.
  static func severalRowsError(
    duplicates: Set<CommuneCode>, groups: [[CommuneCode: [Int]]], table: Table, selected: [Int], keyed: KeyedRows,
    ignoring: Set<Int>
  ) -> JoinError {
    let codes = duplicates.sorted()
    // The table rows of each duplicated commune, in its first period with several.
    let rowsOf: [(code: CommuneCode, rows: [Int])] = codes.compactMap { code in
      groups.lazy.compactMap { $0[code] }.first { $0.count > 1 }.map { (code, $0.map { selected[$0] }) }
    }
    let sample = rowsOf.prefix(JoinReport.sampleLimit).map { entry in
      "\(entry.code): lines " + entry.rows.prefix(4).map { String(table.lineNumbers[$0]) }.joined(separator: ", ")
        + (entry.rows.count > 4 ? ", …" : "")
    }
    let merges = Set(keyed.remapped.filter { duplicates.contains($0.to) }).sorted()
    let hint: String?
    if !merges.isEmpty {
      hint =
        "former communes are counted in their current one ("
        + merges.prefix(JoinReport.sampleLimit).map(\.description).joined(separator: ", ")
        + (merges.count > JoinReport.sampleLimit ? ", …" : "") + ")"
    } else {
      hint = distinguishingColumn(of: rowsOf.prefix(50).map(\.rows), in: table, ignoring: ignoring).map { column, values in
        "the rows differ in \"\(table.columns[column])\" (e.g. \(values.joined(separator: ", ")))"
      }
    }
    return .severalRowsPerCommune(source: table.source, communes: codes.count, sample: sample, hint: hint)
  }

  /// The column whose cells differ within every group of rows, the one with
  /// the fewest distinct values in the table (`Opérateur`, `annee`), and the values of the first group.
  private static func distinguishingColumn(
    of groups: [[Int]], in table: Table, ignoring: Set<Int>
  ) -> (Int, [String])? {
    var best: (column: Int, distinct: Int)?
    for column in table.columns.indices where !ignoring.contains(column) {
      let differs = groups.allSatisfy { rows in Set(rows.map { table.rows[$0][column] }).count > 1 }
      guard differs else { continue }
      let distinct = Set(table.rows.map { $0[column] }).count
      if best.map({ distinct < $0.distinct }) ?? true { best = (column, distinct) }
    }
    guard let best, let first = groups.first else { return nil }
    var values: [String] = []
    for row in first where !values.contains(table.rows[row][best.column]) { values.append(table.rows[row][best.column]) }
    return (best.column, Array(values.prefix(3)))
  }
}
