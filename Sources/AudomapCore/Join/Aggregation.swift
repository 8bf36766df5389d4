/// How the rows that fall on one commune are combined into its value: the
/// rows of a file with one row per operator (ORE: RTE and Enedis), or of
/// former communes merged into a current one.
public enum Aggregation: String, CaseIterable, Hashable, Sendable {
  /// The total of the numbers (counts, consumptions, populations).
  case sum
  /// The mean of the numbers (rates, prices).
  case mean
  case min
  case max
  /// The number of rows, whatever they hold.
  case count
  /// The value of the first row in file order; the others are reported, not used.
  case first

  /// The value of a commune from the values of its rows, in file order (nil
  /// for an empty or non-numeric cell); nil when no row holds a number.
  public func combine(_ values: [Double?]) -> Double? {
    let numbers = values.compactMap { $0 }
    switch self {
    case .sum: return numbers.isEmpty ? nil : numbers.reduce(0, +)
    case .mean: return numbers.isEmpty ? nil : numbers.reduce(0, +) / Double(numbers.count)
    case .min: return numbers.min()
    case .max: return numbers.max()
    case .count: return Double(values.count)
    case .first: return values.first ?? nil
    }
  }

  /// The past participle for reports: "summed", "averaged", …
  public var participle: String {
    switch self {
    case .sum: return "summed"
    case .mean: return "averaged"
    case .min: return "smallest kept"
    case .max: return "largest kept"
    case .count: return "counted"
    case .first: return "first kept"
    }
  }
}
