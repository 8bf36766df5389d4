/// Values assigned to classes: the breaks, how many values fall in each class,
/// and how many were missing (the legend and the log both show these).
///
/// Missing values (nil, NaN, ±infinity) belong to no class; their index is nil.
public struct Classification: Hashable, Sendable {
  /// The class counts a map may have: two or more, and at most nine, the most
  /// shades of one ramp a reader can tell apart.
  public static let classCountRange = 2...9

  /// The method the breaks were computed with.
  public let method: ClassificationMethod
  /// The breaks after merging duplicate bounds; may hold fewer classes than requested.
  public let breaks: ClassBreaks
  /// How many values fall in each class, `breaks.classCount` entries.
  public let counts: [Int]
  /// How many values were nil, NaN or infinite.
  public let missingCount: Int
  /// The class count asked for, before duplicate bounds were merged.
  public let requestedClassCount: Int

  /// The effective number of classes (≤ `requestedClassCount`).
  public var classCount: Int { breaks.classCount }

  /// The class of `value`, or nil if it is missing (nil, NaN or infinite).
  public func classIndex(of value: Double?) -> Int? {
    guard let value, value.isFinite else { return nil }
    return breaks.classIndex(of: value)
  }

  /// Classifies `values` into at most `classCount` classes.
  ///
  /// Ties can give equal bounds (quantiles of data where many communes share a
  /// value, or fewer values than classes). Those are merged, so no class is
  /// empty by construction, and `classCount` of the result is the effective
  /// count. Classes keep distinct lower bounds; the only equal pair left is a
  /// final `[max, max]` class when the maximum itself starts a class (e.g.
  /// many values tied at the maximum). If every value is the same `v`, the
  /// result is one class `[v, v]`: a legend with one value is still honest.
  ///
  /// - Parameters:
  ///   - values: one entry per commune; nil, NaN and ±infinity count as missing.
  ///   - method: how to choose the breaks.
  ///   - classCount: the number of classes wanted, in `classCountRange`.
  /// - Throws: `ClassificationError.classCountOutOfRange` (exit 64) or
  ///   `.noNumericValues` (exit 65).
  ///
  /// ## Example
  /// ```swift
  /// let c = try Classification.classify([1, 2, nil, 4, 8], method: .quantile, classCount: 2)
  /// // c.breaks.bounds == [1, 4, 8], c.counts == [2, 2], c.missingCount == 1
  /// ```
  public static func classify(
    _ values: [Double?], method: ClassificationMethod, classCount: Int
  ) throws(ClassificationError) -> Classification {
    guard classCountRange.contains(classCount) else {
      throw .classCountOutOfRange(requested: classCount)
    }
    let present = values.compactMap { $0 }.filter(\.isFinite).sorted()
    guard !present.isEmpty else { throw .noNumericValues(total: values.count) }

    let raw = method.breaks(sorted: present, classCount: classCount)
    guard let breaks = ClassBreaks(bounds: merged(raw)) else {
      preconditionFailure("\(method) breaks \(raw) are not non-decreasing")
    }
    var counts = Array(repeating: 0, count: breaks.classCount)
    for value in present { counts[breaks.classIndex(of: value)] += 1 }
    return Classification(
      method: method, breaks: breaks, counts: counts,
      missingCount: values.count - present.count, requestedClassCount: classCount)
  }

  /// Distinct lower bounds followed by the maximum: `[1, 1, 2, 3]` → `[1, 2, 3]`,
  /// `[1, 3, 3, 3]` → `[1, 3, 3]`, `[5, 5, 5]` → `[5, 5]`.
  static func merged(_ raw: [Double]) -> [Double] {
    var bounds: [Double] = []
    for lower in raw.dropLast() where bounds.last != lower {
      bounds.append(lower)
    }
    bounds.append(raw[raw.count - 1])
    return bounds
  }
}
