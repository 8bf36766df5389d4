/// The bounds of consecutive classes, lowest first: class `i` is
/// `bounds[i] ..< bounds[i + 1]`, and the last class also includes its upper
/// bound (the maximum).
///
/// A `ClassBreaks` that exists has at least two finite, non-decreasing bounds.
/// Two equal bounds are allowed: `[v, v]` is the single class of data whose
/// values are all `v`, and `[…, max, max]` a last class holding only the maximum.
public struct ClassBreaks: Hashable, Sendable {
  /// The `classCount + 1` bounds, non-decreasing.
  public let bounds: [Double]

  /// Checks the invariant; nil if there are fewer than two bounds, a bound is
  /// NaN or infinite, or the bounds decrease somewhere.
  public init?(bounds: [Double]) {
    guard bounds.count >= 2, bounds.allSatisfy(\.isFinite) else { return nil }
    guard zip(bounds, bounds.dropFirst()).allSatisfy({ $0 <= $1 }) else { return nil }
    self.bounds = bounds
  }

  /// The number of classes, one fewer than the bounds.
  public var classCount: Int { bounds.count - 1 }

  /// The lowest bound (the minimum of the data, or a round or user-given
  /// bound below it).
  public var lowerBound: Double { bounds[0] }

  /// The highest bound (the maximum of the data, or a round or user-given
  /// bound above it).
  public var upperBound: Double { bounds[bounds.count - 1] }

  /// The lower and upper bound of class `index`.
  public func range(ofClass index: Int) -> (lower: Double, upper: Double) {
    (bounds[index], bounds[index + 1])
  }

  /// The class of `value`, in `0 ..< classCount`.
  ///
  /// Lower bounds are inclusive and the last class includes the maximum.
  /// With equal bounds the value goes to the highest class that starts at it.
  /// Values below the minimum or above the maximum are clamped to the first or
  /// last class, so breaks computed on one dataset can colour another.
  /// - Precondition: `value` is not NaN (missing values never reach here).
  public func classIndex(of value: Double) -> Int {
    precondition(!value.isNaN, "ClassBreaks.classIndex(of:) got NaN; treat it as a missing value first")
    // The class is the number of interior bounds (`bounds[1..<classCount]`)
    // that are ≤ value: a binary search, as a map colours ~35,000 communes.
    var low = 1
    var high = classCount
    while low < high {
      let middle = (low + high) / 2
      if bounds[middle] <= value { low = middle + 1 } else { high = middle }
    }
    return low - 1
  }
}
