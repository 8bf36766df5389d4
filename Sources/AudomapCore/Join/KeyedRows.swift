import Foundation

/// The join key of some rows of a table: the code in the key column, read as a
/// spreadsheet may have written it, folded into its city when asked, and
/// brought to its current commune when the other side does not have it.
struct KeyedRows {
  /// One per row of `rows`, nil when the cell holds no code.
  var keys: [CommuneCode?] = []
  /// Codes that had lost their leading zero, as `1001 → 01001`.
  var restored: [String] = []
  /// Arrondissements counted in their city.
  var folded: [CodeChange] = []
  /// Former communes counted in their current one.
  var remapped: [CodeChange] = []
  /// Communes split between several: their rows match nothing.
  var divided: [CommuneCode: [CommuneCode]] = [:]
  /// The lines of rows without a code.
  var invalidLines: [Int] = []

  init(table: Table, column: Int, rows: [Int], fold: Bool, matcher: CodeMatcher) {
    keys.reserveCapacity(rows.count)
    for row in rows {
      let cell = table.rows[row][column]
      guard var code = CommuneCode(repairing: cell) else {
        invalidLines.append(table.lineNumbers[row])
        keys.append(nil)
        continue
      }
      if CommuneCode(cell) == nil { restored.append("\(cell.trimmingCharacters(in: .whitespaces)) → \(code)") }
      if fold, let city = code.cityOfArrondissement {
        folded.append(CodeChange(from: code, to: city))
        code = city
      }
      switch matcher.match(code) {
      case .same: break
      case .current(let current):
        remapped.append(CodeChange(from: code, to: current))
        code = current
      case .divided(let parts):
        divided[code] = parts
      }
      keys.append(code)
    }
  }
}

extension KeyedRows {
  /// The rows of `rows` (the positions of ``keys``) whose commune no feature used, in table order.
  func unmatchedRows(_ rows: [Int], used: Set<CommuneCode>) -> [UnmatchedRow] {
    var unmatched: [UnmatchedRow] = []
    for (position, row) in rows.enumerated() {
      guard let key = keys[position] else {
        unmatched.append(UnmatchedRow(row: row, reason: .invalidCode))
        continue
      }
      guard !used.contains(key) else { continue }
      let reason = divided[key].map { UnmatchedRow.Reason.divided(key, into: $0) } ?? .noFeature(key)
      unmatched.append(UnmatchedRow(row: row, reason: reason))
    }
    return unmatched.sorted { $0.row < $1.row }
  }
}
