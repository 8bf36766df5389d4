/// Standard-deviation classes: classes one standard deviation wide, the
/// middle one centred on the mean, so a map reads as "near the mean", "above
/// by one deviation", and so on.
///
/// Interior bounds sit at mean ± 0.5, 1.5, 2.5 and 3.5 standard deviations,
/// those strictly between the minimum and the maximum; the outer classes run
/// to the minimum and the maximum. The data decide the class count, between
/// 2 and 9 (one class when every value is equal). Width 1 rather than 0.5:
/// half deviations would need 17 bounds to reach the same ±4 SD, more classes
/// than a map can show, and skewed data (populations) go far past that.
///
/// The deviation is the population one (divide by n): the values are every
/// commune of the map, not a sample.
public enum StandardDeviation {
  /// The distances from the mean, in standard deviations, of the interior bounds.
  public static let boundOffsets: [Double] = [-3.5, -2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 3.5]

  /// The mean and the population standard deviation of `values`.
  /// - Precondition: `values` is not empty.
  public static func meanAndDeviation(_ values: [Double]) -> (mean: Double, deviation: Double) {
    precondition(!values.isEmpty, "StandardDeviation needs at least one value")
    let n = Double(values.count)
    // Two passes: the one-pass formula cancels badly for large, close values.
    let mean = values.reduce(0, +) / n
    let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
    return (mean, (squares / n).squareRoot())
  }

  /// Non-decreasing bounds from the minimum to the maximum, 2 to 10 of them.
  /// - Parameter sorted: the values in ascending order, finite, at least one.
  public static func breaks(sorted: [Double]) -> [Double] {
    let minimum = sorted[0]
    let maximum = sorted[sorted.count - 1]
    let (mean, deviation) = meanAndDeviation(sorted)
    let interior = boundOffsets.map { mean + $0 * deviation }.filter { minimum < $0 && $0 < maximum }
    return [minimum] + interior + [maximum]
  }
}
