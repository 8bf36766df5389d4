import Foundation

/// How class breaks are chosen from the data.
///
/// Each method is a pure function over the sorted values, one file each
/// (`Quantile`, `EqualInterval`, `Jenks`, `StandardDeviation`, `NestedMeans`,
/// `Q6`, `GeometricProgression`, `NiceBreaks`, `ManualBreaks`).
public enum ClassificationMethod: Hashable, Sendable {
  /// Classes with (about) the same number of communes each; see `Quantile`.
  case quantile
  /// Classes of the same width between the minimum and the maximum; see `EqualInterval`.
  case equal
  /// Natural breaks: the classes with the least spread around their means; see `Jenks`.
  case jenks
  /// Classes one standard deviation wide, centred on the mean; see `StandardDeviation`.
  case standardDeviation
  /// Classes split at the mean, then each half at its own mean; see `NestedMeans`.
  case nestedMeans
  /// Six quantile classes with the lowest and highest 5 % apart; see `Q6`.
  case q6
  /// Bounds in geometric progression, for positive skewed data; see `GeometricProgression`.
  case geometric
  /// Round bounds a reader would choose (steps of 1, 2, 2.5 or 5 × 10ⁿ); see `NiceBreaks`.
  case nice
  /// Bounds given by the user, strictly increasing; see `ManualBreaks`.
  case manual(bounds: [Double])

  /// The name a user types to choose a method (`--method`).
  public enum Name: String, CaseIterable, Hashable, Sendable {
    case quantile, equal, jenks, stddev, nested, q6, geometric, nice, manual

    /// The method called `text`, ignoring case and surrounding spaces.
    /// - Throws: `ClassificationError.unknownMethod`, with the closest name when one is close.
    public init(parsing text: String) throws(ClassificationError) {
      let trimmed = text.trimmingCharacters(in: .whitespaces)
      if let name = Name(rawValue: trimmed.lowercased()) {
        self = name
        return
      }
      let names = Name.allCases.map(\.rawValue)
      throw .unknownMethod(name: text, suggestion: ClosestName.find(trimmed, among: names))
    }

    /// True for the methods that decide how many classes they make (q6: 6;
    /// stddev: from the spread of the data; manual: from the bounds), so a
    /// class count asked for does not apply.
    public var decidesClassCount: Bool {
      switch self {
      case .q6, .stddev, .manual: return true
      case .quantile, .equal, .jenks, .nested, .geometric, .nice: return false
      }
    }

    /// The class count used when none is asked for: 4 for nested means
    /// (which make 2, 4 or 8 classes), 5 otherwise.
    public var defaultClassCount: Int { self == .nested ? 4 : 5 }
  }

  /// The method called `name`; `manualBounds` are the bounds of `.manual`
  /// and of no other method.
  /// - Throws: `ClassificationError.manualBoundsMissing` for `.manual` without
  ///   bounds, `.boundsWithComputedMethod` for bounds with another method.
  public init(name: Name, manualBounds: [Double]? = nil) throws(ClassificationError) {
    if let manualBounds {
      guard name == .manual else { throw .boundsWithComputedMethod(name: name) }
      self = .manual(bounds: manualBounds)
      return
    }
    switch name {
    case .quantile: self = .quantile
    case .equal: self = .equal
    case .jenks: self = .jenks
    case .stddev: self = .standardDeviation
    case .nested: self = .nestedMeans
    case .q6: self = .q6
    case .geometric: self = .geometric
    case .nice: self = .nice
    case .manual: throw .manualBoundsMissing
    }
  }

  /// The name a user types for this method.
  public var name: Name {
    switch self {
    case .quantile: return .quantile
    case .equal: return .equal
    case .jenks: return .jenks
    case .standardDeviation: return .stddev
    case .nestedMeans: return .nested
    case .q6: return .q6
    case .geometric: return .geometric
    case .nice: return .nice
    case .manual: return .manual
    }
  }

  /// The raw, non-decreasing bounds of this method for sorted, finite values:
  /// `classCount + 1` of them, except for the methods that decide their class
  /// count (`Name.decidesClassCount`) and for `.nice`, which makes about
  /// `classCount` classes. `Classification.classify` checks the class count
  /// and the manual bounds first.
  /// - Throws: `ClassificationError.geometricNeedsPositiveValues` for
  ///   `.geometric` when a value is zero or negative.
  public func breaks(sorted: [Double], classCount: Int) throws(ClassificationError) -> [Double] {
    switch self {
    case .quantile: return Quantile.breaks(sorted: sorted, classCount: classCount)
    case .equal: return EqualInterval.breaks(sorted: sorted, classCount: classCount)
    case .jenks: return Jenks.breaks(sorted: sorted, classCount: classCount)
    case .standardDeviation: return StandardDeviation.breaks(sorted: sorted)
    case .nestedMeans: return NestedMeans.breaks(sorted: sorted, classCount: classCount)
    case .q6: return Q6.breaks(sorted: sorted)
    case .geometric: return try GeometricProgression.breaks(sorted: sorted, classCount: classCount)
    case .nice: return NiceBreaks.breaks(sorted: sorted, classCount: classCount)
    case .manual(let bounds): return ManualBreaks.breaks(sorted: sorted, bounds: bounds)
    }
  }
}
