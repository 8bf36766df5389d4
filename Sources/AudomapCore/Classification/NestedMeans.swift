/// Nested means: the values are split at their mean, then each part at its
/// own mean, and so on, giving 2, 4 or 8 classes. Robust to skewed data
/// without ignoring the spread the way quantiles do.
///
/// A value equal to a mean goes to the upper part, as classes include their
/// lower bound.
public enum NestedMeans {
  /// The class counts nested means can make.
  public static let classCounts = [2, 4, 8]

  /// `classCount + 1` non-decreasing bounds from the minimum to the maximum.
  ///
  /// A part with no value (all the values of its parent were equal) gets a
  /// repeated bound, which the classifier merges.
  /// - Parameters:
  ///   - sorted: the values in ascending order, finite, at least one.
  ///   - classCount: 2, 4 or 8.
  public static func breaks(sorted: [Double], classCount: Int) -> [Double] {
    precondition(!sorted.isEmpty, "NestedMeans.breaks needs at least one value")
    precondition(classCounts.contains(classCount), "NestedMeans.breaks makes 2, 4 or 8 classes")
    var bounds = [sorted[0], sorted[sorted.count - 1]]
    // The values of part i are sorted[partStarts[i] ..< partStarts[i + 1]].
    var partStarts = [0, sorted.count]
    while bounds.count <= classCount {
      var nextBounds = [bounds[0]]
      var nextStarts = [0]
      for part in 0..<(bounds.count - 1) {
        let values = sorted[partStarts[part]..<partStarts[part + 1]]
        var split = bounds[part]
        if let first = values.first, let last = values.last {
          // The sum can round just outside the part's values (e.g. when all are equal).
          split = min(max(values.reduce(0, +) / Double(values.count), first), last)
        }
        let splitIndex = values.partitionPoint { $0 >= split }
        nextBounds += [split, bounds[part + 1]]
        nextStarts += [splitIndex, partStarts[part + 1]]
      }
      bounds = nextBounds
      partStarts = nextStarts
    }
    return bounds
  }
}
