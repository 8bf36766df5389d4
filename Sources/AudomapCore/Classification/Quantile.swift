/// Quantile breaks: each class holds (about) the same number of values.
///
/// Definition: the interior bound `i` is the value at 0-based rank `⌊i·n/k⌋`
/// in the sorted data, i.e. the smallest value `v` such that more than
/// `i/k` of the values are ≤ `v` (the rule mapshaper's `getQuantileBreaks`
/// uses). No interpolation, so every bound is a data value: with classes that
/// include their lower bound, class `i` holds exactly the ranks
/// `⌊i·n/k⌋ ..< ⌊(i+1)·n/k⌋` when the values are distinct, and class sizes
/// differ by at most one. Ties can make neighbouring bounds equal; the
/// classifier merges them.
public enum Quantile {
  /// `classCount + 1` non-decreasing bounds from the minimum to the maximum.
  ///
  /// - Parameters:
  ///   - sorted: the values in ascending order, finite, at least one.
  ///   - classCount: how many classes to ask for, at least 1.
  /// - Returns: `classCount + 1` bounds, first the minimum, last the maximum.
  public static func breaks(sorted: [Double], classCount: Int) -> [Double] {
    precondition(!sorted.isEmpty, "Quantile.breaks needs at least one value")
    precondition(classCount >= 1, "Quantile.breaks needs at least one class")
    let n = sorted.count
    var bounds = [sorted[0]]
    for i in 1..<classCount {
      // Integer arithmetic: exact ranks, no rounding surprises at i·n/k.
      bounds.append(sorted[i * n / classCount])
    }
    bounds.append(sorted[n - 1])
    return bounds
  }
}
