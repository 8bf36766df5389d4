/// Proportional circles: the area, not the radius, follows the value (a
/// commune twice as populated gets a circle of twice the area), as
/// cartographers since Bertin recommend and as mapsf and Khartis draw them.
public struct SymbolScale: Hashable, Sendable {
  /// The largest value drawn, which gets ``maximumRadius``.
  public let maximumValue: Double
  public let maximumRadius: Double

  /// - Parameters:
  ///   - maximumValue: the largest value of the layer (positive).
  ///   - maximumRadius: its radius on the page.
  public init(maximumValue: Double, maximumRadius: Double) {
    precondition(maximumValue > 0 && maximumRadius > 0, "a positive maximum")
    self.maximumValue = maximumValue
    self.maximumRadius = maximumRadius
  }

  /// The radius for `value` (≥ 0).
  public func radius(_ value: Double) -> Double {
    maximumRadius * (max(value, 0) / maximumValue).squareRoot()
  }

  /// Three round values for a nested-circle legend, largest first: the round
  /// number at or under the maximum, then about a quarter and a sixteenth of it
  /// (circles of half and a quarter of its radius), each a round number.
  public var legendValues: [Double] {
    let multipliers: [Double] = [1, 2, 2.5, 5]
    let largest = RoundNumber.atMost(maximumValue, multipliers: multipliers)
    var values = [largest]
    for share in [4.0, 16.0] {
      let value = RoundNumber.atMost(largest / share, multipliers: multipliers)
      if let last = values.last, value < last { values.append(value) }
    }
    return values
  }
}
