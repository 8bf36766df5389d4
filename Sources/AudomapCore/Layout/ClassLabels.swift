/// Legend labels for classes the way French readers expect them:
/// "moins de 500", "de 500 à moins de 1 000", "1 000 et plus".
///
/// Classes are half-open, `[lower, upper)`, the last one closed: the words say
/// exactly that, where a bare range `500 – 1 000` leaves a reader unsure which
/// class holds 1 000. A class holding a single value is written as that value.
public enum ClassLabels {
  /// One label per class of `bounds` (`classCount + 1` non-decreasing values).
  /// - Parameter unit: written after the numbers when given, e.g. "hab./km²" or "%".
  public static func french(bounds: [Double], unit: String? = nil) -> [String] {
    precondition(bounds.count >= 2, "bounds of at least one class")
    let common = FrenchNumberFormat.legendDecimals(for: bounds)
    // A percent sign follows every number ("de 1 % à moins de 4 %"); another unit
    // comes once, after the last number ("de 45 à moins de 107 hab./km²").
    let percent = unit == "%"
    let suffix = unit.flatMap { $0.isEmpty ? nil : ($0 == "%" ? "\u{202F}%" : "\u{00A0}" + $0) } ?? ""
    func number(_ value: Double, last: Bool = true) -> String {
      FrenchNumberFormat.format(value, decimals: exactDecimals(value) ?? common) + (percent || last ? suffix : "")
    }
    let classCount = bounds.count - 1
    return (0..<classCount).map { index in
      let (lower, upper) = (bounds[index], bounds[index + 1])
      if lower == upper || number(lower) == number(upper) { return number(lower) }
      if classCount == 1 { return "de \(number(lower, last: false)) à \(number(upper))" }
      if index == 0 { return "moins de \(number(upper))" }
      if index == classCount - 1 { return "\(number(lower)) et plus" }
      return "de \(number(lower, last: false)) à moins de \(number(upper))"
    }
  }

  /// The fewest decimals, up to 2, that write `value` exactly (0,25 stays 0,25
  /// rather than 0,3; 1 000 has none); nil when it needs more (equal intervals of
  /// raw data), which then get the fewest decimals that keep the bounds distinct.
  static func exactDecimals(_ value: Double) -> Int? {
    (0...2).first { decimals in
      let scaled = value * [1.0, 10, 100][decimals]
      return abs(scaled - scaled.rounded()) < 1e-9 * max(1, abs(scaled))
    }
  }
}
