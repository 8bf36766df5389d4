/// Equal-interval breaks: the range from minimum to maximum cut into
/// `classCount` classes of the same width. Classes may be empty where the data
/// has gaps; that is information, not a defect.
public enum EqualInterval {
  /// `classCount + 1` non-decreasing bounds from the minimum to the maximum.
  ///
  /// - Parameters:
  ///   - sorted: the values in ascending order, finite, at least one.
  ///   - classCount: how many classes to ask for, at least 1.
  /// - Returns: `classCount + 1` bounds `min + i·(max − min)/k`, the last exactly the maximum.
  public static func breaks(sorted: [Double], classCount: Int) -> [Double] {
    precondition(!sorted.isEmpty, "EqualInterval.breaks needs at least one value")
    precondition(classCount >= 1, "EqualInterval.breaks needs at least one class")
    let minimum = sorted[0]
    let maximum = sorted[sorted.count - 1]
    let k = Double(classCount)
    let range = maximum - minimum
    // max − min overflows only for values near ±1.8e308; dividing first cannot.
    let width = range.isFinite ? range / k : maximum / k - minimum / k
    var bounds = [minimum]
    for i in 1..<classCount {
      // Clamped so rounding can never push an interior bound past the maximum.
      bounds.append(Swift.min(minimum + width * Double(i), maximum))
    }
    bounds.append(maximum)
    return bounds
  }
}
