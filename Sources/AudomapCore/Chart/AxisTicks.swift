import Foundation

/// "Nice" ticks for a chart's value axis: equal steps of 1, 2, 2.5 or 5 × 10^k,
/// about five of them, covering the data, and labelled the French way.
///
/// Bars start at zero, so their axis includes it; a line chart may leave it out
/// to show the variation (a population moving between 104 000 and 106 000).
///
/// ## Example
/// ```swift
/// let ticks = AxisTicks(covering: 0, 7_340)
/// ticks.values        // [0, 2000, 4000, 6000, 8000]
/// ticks.labels(unit: "MWh").last // "8 000 MWh"
/// ```
public struct AxisTicks: Hashable, Sendable {
  /// How many ticks an axis gets when some step allows it.
  public static let preferredCount = 4...6

  /// The tick values, ascending, equally spaced by `step`; the first is at most the
  /// data's minimum and the last at least its maximum.
  public let values: [Double]
  public let step: Double
  /// Decimals that write every tick exactly: those of the step (`0,25` → 2);
  /// whole ticks need none.
  public let decimals: Int

  public var lower: Double { values[0] }
  public var upper: Double { values[values.count - 1] }

  /// Ticks covering `minimum...maximum` (in either order).
  /// - Parameter includingZero: extend the range to zero first (bars, which start there).
  /// - Precondition: both bounds are finite.
  public init(covering minimum: Double, _ maximum: Double, includingZero: Bool = true) {
    precondition(minimum.isFinite && maximum.isFinite, "axis bounds must be finite")
    var low = Swift.min(minimum, maximum)
    var high = Swift.max(minimum, maximum)
    if includingZero {
      low = Swift.min(low, 0)
      high = Swift.max(high, 0)
    }
    if low == high {
      // All values equal (all zero when zero is included): give the axis some room.
      if low == 0 {
        high = 1
      } else {
        low -= abs(low) * 0.1
        high += abs(high) * 0.1
      }
    }
    // Four exponents × four mantissas: never empty.
    guard let best = Self.candidates(low, high).min(by: { $0.score < $1.score }) else {
      preconditionFailure("no tick step candidate for \(low)…\(high)")
    }
    step = best.step.value
    decimals = best.step.decimals
    values = (best.first...best.last).map(best.step.tick)
  }

  /// The tick labels: `0`, `2 500`, `7,5`, `−1 000`, whole ticks without
  /// decimals (`0`, `0,5`, `1`). A percent unit follows every label (`25 %`);
  /// any other unit only the highest (`15 000 MWh`), where it names the axis
  /// without repeating itself.
  public func labels(unit: String? = nil) -> [String] {
    let unit = unit.flatMap { $0.isEmpty ? nil : $0 }
    return values.enumerated().map { index, value in
      let number = FrenchNumberFormat.format(value, decimals: value == value.rounded() ? 0 : decimals)
      guard let unit else { return number }
      if unit == "%" { return number + ChartNumberFormat.unitSuffix("%") }
      return index == values.count - 1 ? number + ChartNumberFormat.unitSuffix(unit) : number
    }
  }

  // MARK: - Choosing the step

  /// A step `mantissa × 10^(exponent − 1)`, mantissa in {10, 20, 25, 50}: integers
  /// and one division by an exact power of ten keep ticks such as 0.3 exact.
  struct Step {
    let mantissa: Int
    let exponent: Int

    var value: Double { tick(1) }

    func tick(_ index: Int) -> Double {
      let scaled = Double(index * mantissa)
      return exponent >= 1 ? scaled * pow(10, Double(exponent - 1)) : scaled / pow(10, Double(1 - exponent))
    }

    /// 2.5 × 10^k needs one decimal more than 1, 2 or 5 × 10^k.
    var decimals: Int { Swift.max(0, (mantissa % 10 == 0 ? 0 : 1) - exponent) }
  }

  private struct Candidate {
    let step: Step
    let first: Int
    let last: Int
    let score: Double
  }

  /// Every step from a hundredth to ten times the range's order of magnitude,
  /// scored: a count outside ``preferredCount`` is a last resort; then unused
  /// room, decimals, the rarer 2.5 and distance from five ticks each cost a little.
  private static func candidates(_ low: Double, _ high: Double) -> [Candidate] {
    let magnitude = Int((log10(high - low)).rounded(.down))
    var candidates: [Candidate] = []
    for exponent in (magnitude - 2)...(magnitude + 1) {
      for mantissa in [10, 20, 25, 50] {
        let step = Step(mantissa: mantissa, exponent: exponent)
        let size = step.value
        // A relative tolerance keeps 100 / 20 from counting 5.000000001 steps.
        let first = Int((low / size + 1e-9).rounded(.down))
        let last = Int((high / size - 1e-9).rounded(.up))
        let count = last - first + 1
        let covered = Double(last - first) * size
        var score = 1 - (high - low) / covered
        score += 0.15 * Double(step.decimals) + (mantissa == 25 ? 0.05 : 0) + 0.02 * Double(abs(count - 5))
        if !preferredCount.contains(count) { score += 10 + Double(abs(count - 5)) }
        candidates.append(Candidate(step: step, first: first, last: last, score: score))
      }
    }
    return candidates
  }
}
