import Foundation

/// A condition on one column of a table, as given to `--filter`.
///
/// Written `COLUMN=VALUE`, `COLUMN!=VALUE`, `COLUMN<NUMBER` (also `<=`, `>`,
/// `>=`) or `COLUMN in A|B|C`. `=`, `!=` and `in` compare the cell, without
/// surrounding spaces, with the text exactly (case and accents included);
/// `<`, `<=`, `>` and `>=` compare numbers read by ``NumberParser`` (French or
/// English forms), and a cell that is not a number never passes them.
public struct RowFilter: Hashable, Sendable, CustomStringConvertible {
  /// How cells are compared with a number.
  public enum Comparison: String, Hashable, Sendable, CaseIterable {
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
  }

  /// What a cell must satisfy.
  public enum Condition: Hashable, Sendable {
    case equal(String)
    case notEqual(String)
    /// The cell equals one of the texts.
    case oneOf([String])
    /// The cell is a number that compares so with `bound`; `written` is the bound as typed.
    case compare(Comparison, bound: Double, written: String)
  }

  /// The column to test.
  public let column: String
  /// What its cells must satisfy.
  public let condition: Condition

  /// Creates a filter on `column` (trimmed).
  public init(column: String, condition: Condition) {
    self.column = column.trimmingCharacters(in: .whitespaces)
    self.condition = condition
  }

  /// A `COLUMN=VALUE` filter, both parts trimmed.
  public init(column: String, value: String) {
    self.init(column: column, condition: .equal(value.trimmingCharacters(in: .whitespaces)))
  }

  /// Parses a `--filter` argument.
  ///
  /// The first operator splits the argument, so a value may itself hold `=`
  /// (`formule=a=b`) and may be empty (`CODCAN=` keeps empty cells).
  /// - Throws: ``TableError/malformedFilter(argument:)`` when there is no operator or no column name,
  ///   ``TableError/filterBoundNotANumber(argument:bound:)`` when `<`, `<=`, `>` or `>=` is not followed by a number.
  public init(parsing argument: String) throws(TableError) {
    let symbol = argument.firstIndex { "=!<>".contains($0) }
    if let list = argument.range(of: " in "), symbol.map({ list.lowerBound < $0 }) ?? true {
      let members = argument[list.upperBound...].split(separator: "|", omittingEmptySubsequences: false)
      self.init(
        column: String(argument[..<list.lowerBound]),
        condition: .oneOf(members.map { $0.trimmingCharacters(in: .whitespaces) }))
    } else {
      guard let symbol else { throw .malformedFilter(argument: argument) }
      let afterSymbol = argument.index(after: symbol)
      let hasEquals = afterSymbol < argument.endIndex && argument[afterSymbol] == "="
      let valueStart = argument[symbol] != "=" && hasEquals ? argument.index(after: afterSymbol) : afterSymbol
      let value = argument[valueStart...].trimmingCharacters(in: .whitespaces)
      let condition: Condition
      switch (argument[symbol], hasEquals) {
      case ("=", _): condition = .equal(value)
      case ("!", true): condition = .notEqual(value)
      case ("!", false): throw .malformedFilter(argument: argument)
      default:
        let comparison: Comparison
        switch (argument[symbol], hasEquals) {
        case ("<", false): comparison = .less
        case ("<", true): comparison = .lessOrEqual
        case (">", false): comparison = .greater
        default: comparison = .greaterOrEqual
        }
        guard let bound = NumberParser.parse(value) else {
          throw .filterBoundNotANumber(argument: argument, bound: value)
        }
        condition = .compare(comparison, bound: bound, written: value)
      }
      self.init(column: String(argument[..<symbol]), condition: condition)
    }
    guard !column.isEmpty else { throw .malformedFilter(argument: argument) }
  }

  /// The filter as the user would write it: `annee=2025`, `population>=1000`, `filiere in Electricité|Gaz`.
  public var description: String {
    switch condition {
    case .equal(let value): return "\(column)=\(value)"
    case .notEqual(let value): return "\(column)!=\(value)"
    case .oneOf(let values): return "\(column) in \(values.joined(separator: "|"))"
    case .compare(let comparison, _, let written): return "\(column)\(comparison.rawValue)\(written)"
    }
  }

  func matches(_ cell: String) -> Bool {
    switch condition {
    case .equal(let value): return cell.trimmingSpaces == value
    case .notEqual(let value): return cell.trimmingSpaces != value
    case .oneOf(let values): return values.contains(cell.trimmingSpaces)
    case .compare(let comparison, let bound, _):
      guard let number = NumberParser.parse(cell) else { return false }
      switch comparison {
      case .less: return number < bound
      case .lessOrEqual: return number <= bound
      case .greater: return number > bound
      case .greaterOrEqual: return number >= bound
      }
    }
  }
}

extension Table {
  /// The rows that pass every filter (filters are ANDed, in order).
  /// - Throws: ``TableError/missingColumn(source:column:available:suggestion:role:)`` for an unknown
  ///   column; as soon as a filter leaves no row (a map of nothing is never what was meant),
  ///   ``TableError/filterMatchedNothing(source:filter:values:distinctCount:)`` or, for a
  ///   numeric comparison, ``TableError/numericFilterMatchedNothing(source:filter:smallest:largest:)``.
  public func filtered(by filters: [RowFilter]) throws(TableError) -> Table {
    var kept = Array(rows.indices)
    for filter in filters {
      let column = try columnIndex(filter.column, role: .filter)
      let passing = kept.filter { filter.matches(rows[$0][column]) }
      guard passing.isEmpty else {
        kept = passing
        continue
      }
      // What the column still held before this filter, so that a typo or a wrong bound is obvious.
      let present = kept.map { rows[$0][column].trimmingSpaces }
      if case .compare = filter.condition {
        let numbers = present.compactMap { text in NumberParser.parse(text).map { (text, $0) } }
        throw .numericFilterMatchedNothing(
          source: source, filter: filter, smallest: numbers.min { $0.1 < $1.1 }?.0,
          largest: numbers.max { $0.1 < $1.1 }?.0)
      }
      let distinct = Set(present)
      let sample = distinct.sorted { $0.compare($1, options: .numeric) == .orderedAscending }.prefix(5)
      throw .filterMatchedNothing(source: source, filter: filter, values: Array(sample), distinctCount: distinct.count)
    }
    return keepingRows(kept)
  }
}
