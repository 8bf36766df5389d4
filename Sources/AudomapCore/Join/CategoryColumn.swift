import Foundation

/// A column of categories (a typology: "urbaine", "rurale", …) turned into numbers so
/// that it joins like any value: each category becomes its rank, most frequent first.
public struct CategoryColumn: Hashable, Sendable {
  /// The categories, most frequent first (alphabetical on a tie); category `i` is written `i + 1`.
  public let names: [String]
  /// The table with the column's cells replaced by the ranks (empty cells stay empty).
  public let table: Table

  /// - Throws: ``TableError`` when the column does not exist.
  public init(_ table: Table, column: String) throws(TableError) {
    let index = try table.columnIndex(column, role: .value)
    names = Self.byFrequency(table.rows.map { $0[index].trimmingCharacters(in: .whitespaces) }.filter {
      !$0.isEmpty && !NumberParser.isMissing($0)
    })
    let rank = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, String($0 + 1)) })
    let rows = table.rows.map { row in
      var row = row
      row[index] = rank[row[index].trimmingCharacters(in: .whitespaces)] ?? ""
      return row
    }
    self.table = Table(
      source: table.source, columns: table.columns, rows: rows, lineNumbers: table.lineNumbers, separator: table.separator,
      hadByteOrderMark: table.hadByteOrderMark, encoding: table.encoding)
  }

  /// The distinct `values`, most frequent first, alphabetical on a tie.
  public static func byFrequency(_ values: [String]) -> [String] {
    var counts: [String: Int] = [:]
    for value in values { counts[value, default: 0] += 1 }
    return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
  }

  /// The category of each joined value (a rank), nil where there is none.
  public func categories(of values: [Double?]) -> [String?] {
    values.map { value in value.flatMap { names.indices.contains(Int($0) - 1) ? names[Int($0) - 1] : nil } }
  }
}
