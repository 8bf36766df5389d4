import Foundation

/// A `COLUMN=VALUE` condition on the rows of a table, as given to `--filter`.
///
/// A row passes when its cell, without surrounding spaces, equals `value`
/// exactly (case and accents included).
public struct RowFilter: Hashable, Sendable, CustomStringConvertible {
  /// The column to test.
  public let column: String
  /// The text the cell must hold.
  public let value: String

  /// Creates a filter from its parts, trimmed.
  public init(column: String, value: String) {
    self.column = column.trimmingCharacters(in: .whitespaces)
    self.value = value.trimmingCharacters(in: .whitespaces)
  }

  /// Parses `COLUMN=VALUE`; the value may itself contain `=` and may be empty (to keep empty cells).
  /// - Throws: ``TableError/malformedFilter(argument:)`` when there is no `=` or no column name.
  public init(parsing argument: String) throws(TableError) {
    guard let equals = argument.firstIndex(of: "=") else { throw .malformedFilter(argument: argument) }
    self.init(column: String(argument[..<equals]), value: String(argument[argument.index(after: equals)...]))
    guard !column.isEmpty else { throw .malformedFilter(argument: argument) }
  }

  /// `COLUMN=VALUE`, as the user would write it.
  public var description: String { "\(column)=\(value)" }

  func matches(_ cell: String) -> Bool {
    cell.trimmingCharacters(in: .whitespaces) == value
  }
}

extension Table {
  /// The rows that pass every filter (filters are ANDed, in order).
  /// - Throws: ``TableError/missingColumn(source:column:available:suggestion:role:)`` for an unknown
  ///   column, ``TableError/filterMatchedNothing(source:filter:values:distinctCount:)`` as soon as a
  ///   filter leaves no row (a map of nothing is never what was meant).
  public func filtered(by filters: [RowFilter]) throws(TableError) -> Table {
    var kept = Array(rows.indices)
    for filter in filters {
      let column = try columnIndex(filter.column, role: .filter)
      let passing = kept.filter { filter.matches(rows[$0][column]) }
      guard passing.isEmpty else {
        kept = passing
        continue
      }
      // The values still present before this filter, so that a typo in the value is obvious.
      let present = Set(kept.map { rows[$0][column].trimmingCharacters(in: .whitespaces) })
      let sample = present.sorted { $0.compare($1, options: .numeric) == .orderedAscending }.prefix(5)
      throw .filterMatchedNothing(source: source, filter: filter, values: Array(sample), distinctCount: present.count)
    }
    return keepingRows(kept)
  }
}
