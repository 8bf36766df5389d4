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
  /// The class count asked for, before duplicate bounds were merged; for the
  /// methods that decide their class count (`Name.decidesClassCount`), the
  /// count they decided.
  public let requestedClassCount: Int
  /// What the user should know about these classes: values outside manual
  /// bounds, fewer classes than asked for, empty classes.
  public let warnings: [ClassificationWarning]

  /// The effective number of classes (≤ `requestedClassCount`, except for
  /// `.nice`, which makes about the class count asked for).
  public var classCount: Int { breaks.classCount }

  /// The class of `value`, or nil if it is missing (nil, NaN or infinite).
  public func classIndex(of value: Double?) -> Int? {
    guard let value, value.isFinite else { return nil }
    return breaks.classIndex(of: value)
  }

  /// Classifies `values` with `method`.
  ///
  /// Ties can give equal bounds (quantiles of data where many communes share a
  /// value, or fewer values than classes). Those are merged, and `classCount`
  /// of the result is the effective count. Classes keep distinct lower bounds;
  /// the only equal pair left is a final `[max, max]` class when the maximum
  /// itself starts a class (e.g. many values tied at the maximum). If every
  /// value is the same `v`, the result is one class `[v, v]`: a legend with
  /// one value is still honest. The bounds cover the values: they run from
  /// the minimum to the maximum, except for `.nice` (round outer bounds) and
  /// `.manual` (the user's outer bounds when they lie beyond the data).
  ///
  /// - Parameters:
  ///   - values: one entry per commune; nil, NaN and ±infinity count as missing.
  ///   - method: how to choose the breaks.
  ///   - classCount: the number of classes wanted, in `classCountRange` (2, 4
  ///     or 8 for nested means); not used by the methods that decide their
  ///     class count (`ClassificationMethod.Name.decidesClassCount`).
  /// - Throws: `ClassificationError` (exit 64) for a class count out of range
  ///   or bad manual bounds; `.noNumericValues` or
  ///   `.geometricNeedsPositiveValues` (exit 65) when the data do not fit.
  ///
  /// ## Example
  /// ```swift
  /// let c = try Classification.classify([1, 2, nil, 4, 8], method: .quantile, classCount: 2)
  /// // c.breaks.bounds == [1, 4, 8], c.counts == [2, 2], c.missingCount == 1
  /// ```
  public static func classify(
    _ values: [Double?], method: ClassificationMethod, classCount: Int
  ) throws(ClassificationError) -> Classification {
    if !method.name.decidesClassCount {
      guard classCountRange.contains(classCount) else { throw .classCountOutOfRange(requested: classCount) }
    }
    if method == .nestedMeans, !NestedMeans.classCounts.contains(classCount) {
      throw .nestedMeansClassCount(requested: classCount)
    }
    if case .manual(let bounds) = method { try ManualBreaks.check(bounds) }
    let present = values.compactMap { $0 }.filter(\.isFinite).sorted()
    guard !present.isEmpty else { throw .noNumericValues(total: values.count) }

    let raw = try method.breaks(sorted: present, classCount: classCount)
    if case .manual(let bounds) = method, raw.count - 1 > classCountRange.upperBound {
      throw .tooManyManualClasses(bounds: bounds, classCount: raw.count - 1)
    }
    guard let breaks = ClassBreaks(bounds: merged(raw)) else {
      preconditionFailure("\(method) breaks \(raw) are not non-decreasing")
    }
    var counts = Array(repeating: 0, count: breaks.classCount)
    for value in present { counts[breaks.classIndex(of: value)] += 1 }
    let requested = method.name.decidesClassCount ? raw.count - 1 : classCount
    return Classification(
      method: method, breaks: breaks, counts: counts,
      missingCount: values.count - present.count, requestedClassCount: requested,
      warnings: warnings(sorted: present, method: method, rawClassCount: raw.count - 1, requested: requested,
                         breaks: breaks, counts: counts))
  }

  /// The warnings of a classification, in the order `warnings` documents.
  private static func warnings(
    sorted: [Double], method: ClassificationMethod, rawClassCount: Int, requested: Int, breaks: ClassBreaks,
    counts: [Int]
  ) -> [ClassificationWarning] {
    var warnings: [ClassificationWarning] = []
    if case .manual(let bounds) = method {
      let below = sorted.partitionPoint { $0 >= bounds[0] }
      if below > 0 { warnings.append(.classAddedBelow(count: below, firstBound: bounds[0], minimum: sorted[0])) }
      let above = sorted.count - sorted.partitionPoint { $0 > bounds[bounds.count - 1] }
      if above > 0 {
        warnings.append(
          .classAddedAbove(count: above, lastBound: bounds[bounds.count - 1], maximum: sorted[sorted.count - 1]))
      }
    }
    let distinct = zip(sorted, sorted.dropFirst()).reduce(1) { $0 + ($1.0 == $1.1 ? 0 : 1) }
    if distinct < requested {
      warnings.append(.fewerDistinctValuesThanClasses(distinct: distinct, requested: requested))
    } else if breaks.classCount < rawClassCount {
      warnings.append(.equalBoundsMerged(requested: rawClassCount, made: breaks.classCount))
    }
    let empty = counts.indices.filter { counts[$0] == 0 }
    if !empty.isEmpty { warnings.append(.emptyClasses(indices: empty, breaks: breaks)) }
    return warnings
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
