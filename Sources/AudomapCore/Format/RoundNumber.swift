import Foundation

/// Round numbers a reader would pick for a scale bar or a symbol legend.
public enum RoundNumber {
  /// The largest `m × 10^k` not above `value`, `m` taken from `multipliers`
  /// (ascending, in [1, 10)); `value` must be positive and finite.
  ///
  /// `atMost(7_340)` is 5 000, `atMost(0.034)` is 0.02, `atMost(100)` is 100.
  public static func atMost(_ value: Double, multipliers: [Double] = [1, 2, 5]) -> Double {
    precondition(value > 0 && value.isFinite, "a positive finite value")
    var power = pow(10, (log10(value)).rounded(.down))
    // log10 may land a hair below a whole power of ten.
    if power * 10 <= value { power *= 10 }
    if power > value { power /= 10 }
    let multiplier = multipliers.last { $0 * power <= value * (1 + 1e-12) } ?? multipliers[0]
    return multiplier * power
  }
}
