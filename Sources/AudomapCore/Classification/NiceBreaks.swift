import Foundation

/// "Nice" breaks: classes of equal width whose bounds are round numbers a
/// reader would have chosen, such as 0, 500, 1 000, 1 500: the width is 1, 2,
/// 2.5 or 5 times a power of ten, and the outer bounds are multiples of it,
/// at or beyond the minimum and the maximum.
public enum NiceBreaks {
  /// The leading digits of the widths tried, times a power of ten.
  public static let widthMultipliers: [Double] = [1, 2, 2.5, 5]

  /// Non-decreasing round bounds covering the values, making the class count
  /// nearest to `classCount` that a round width allows, at most
  /// `Classification.classCountRange.upperBound`. On a tie, fewer classes,
  /// then the narrower width (the bounds closer to the data).
  ///
  /// When every value is equal, the single class `[v, v]`.
  /// - Parameters:
  ///   - sorted: the values in ascending order, finite, at least one.
  ///   - classCount: the class count wanted, at least 1.
  public static func breaks(sorted: [Double], classCount: Int) -> [Double] {
    precondition(!sorted.isEmpty, "NiceBreaks.breaks needs at least one value")
    precondition(
      (1...Classification.classCountRange.upperBound).contains(classCount),
      "NiceBreaks.breaks makes 1 to \(Classification.classCountRange.upperBound) classes")
    let minimum = sorted[0]
    let maximum = sorted[sorted.count - 1]
    guard minimum < maximum else { return [minimum, maximum] }
    let exponent = Int(log10((maximum - minimum) / Double(classCount)).rounded(.down))
    // Widths around the ideal one; the largest tried makes at most 3 classes.
    let candidates = ((exponent - 1)...(exponent + 1)).flatMap { power in
      widthMultipliers.map { Steps(multiplier: $0, power: power, minimum: minimum, maximum: maximum) }
    }.filter { $0.classCount <= Classification.classCountRange.upperBound }
    // Nearest class count, then fewer classes; `min` keeps the first, narrowest, of equals.
    guard let best = candidates.min(by: { ($0.distance(to: classCount), $0.classCount) < ($1.distance(to: classCount), $1.classCount) })
    else { preconditionFailure("a width of 5 × 10^\(exponent + 1) makes at most 3 classes") }
    return (best.first...best.last).map(best.bound)
  }

  /// Bounds at multiples `i` of the width `multiplier × 10^power`, from the
  /// last multiple at or below the minimum to the first at or above the maximum.
  struct Steps {
    let multiplier: Double
    let power: Int
    let first: Int
    let last: Int

    init(multiplier: Double, power: Int, minimum: Double, maximum: Double) {
      self.multiplier = multiplier
      self.power = power
      let width = multiplier * pow(10, Double(power))
      // The division may land just off a whole number (0.3 / 0.1 is
      // 2.9999999999999996): settle on the bounds themselves.
      var first = Int((minimum / width).rounded(.down))
      while Self.bound(first + 1, multiplier, power) <= minimum { first += 1 }
      while Self.bound(first, multiplier, power) > minimum { first -= 1 }
      var last = max(Int((maximum / width).rounded(.up)), first + 1)
      while last > first + 1, Self.bound(last - 1, multiplier, power) >= maximum { last -= 1 }
      while Self.bound(last, multiplier, power) < maximum { last += 1 }
      self.first = first
      self.last = last
    }

    var classCount: Int { last - first }

    func distance(to classCount: Int) -> Int { abs(self.classCount - classCount) }

    func bound(_ i: Int) -> Double { Self.bound(i, multiplier, power) }

    /// `i × multiplier × 10^power`, exact for round numbers: the integer part
    /// `i × multiplier` is exact, and dividing by an exact power of ten rounds
    /// once, to the double nearest the decimal (0.3, not 0.30000000000000004).
    private static func bound(_ i: Int, _ multiplier: Double, _ power: Int) -> Double {
      let scaled = Double(i) * multiplier
      return power >= 0 ? scaled * pow(10, Double(power)) : scaled / pow(10, Double(-power))
    }
  }
}
