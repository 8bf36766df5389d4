/// Q6: six quantile classes whose outer ones hold the lowest and the highest
/// 5 % of the values, so the extremes stand apart from the four quartile-like
/// classes between them (a method common in French statistical mapping).
///
/// Bounds at the 0, 5, 25, 50, 75, 95 and 100th percentiles, each the value at
/// 0-based rank `⌊p·n/100⌋`, the same rule as `Quantile`.
public enum Q6 {
  /// The percentiles of the seven bounds.
  public static let percentiles = [0, 5, 25, 50, 75, 95, 100]

  /// 7 non-decreasing bounds from the minimum to the maximum; ties (and fewer
  /// than 20 values, where 5 % is less than one value) repeat bounds, which
  /// the classifier merges.
  /// - Parameter sorted: the values in ascending order, finite, at least one.
  public static func breaks(sorted: [Double]) -> [Double] {
    precondition(!sorted.isEmpty, "Q6.breaks needs at least one value")
    let n = sorted.count
    return percentiles.map { $0 == 100 ? sorted[n - 1] : sorted[$0 * n / 100] }
  }
}
