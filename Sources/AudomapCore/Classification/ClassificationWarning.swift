import Foundation

/// Something about a classification the user should know, though the map
/// can still be drawn: the CLI prints these after the map summary.
public enum ClassificationWarning: Hashable, Sendable, CustomStringConvertible {
  /// Classes holding no value (0-based indices into `breaks`), e.g. equal
  /// intervals over data with gaps: their colour appears only in the legend.
  case emptyClasses(indices: [Int], breaks: ClassBreaks)
  /// The data have fewer distinct values than the classes asked for, so
  /// fewer classes were made.
  case fewerDistinctValuesThanClasses(distinct: Int, requested: Int)
  /// Equal bounds (many tied values) were merged: `made` classes instead of `requested`.
  case equalBoundsMerged(requested: Int, made: Int)
  /// `count` values lie below the first manual bound: a first class from
  /// `minimum` was added for them.
  case classAddedBelow(count: Int, firstBound: Double, minimum: Double)
  /// `count` values lie above the last manual bound: a last class up to
  /// `maximum` was added for them.
  case classAddedAbove(count: Int, lastBound: Double, maximum: Double)

  public var description: String {
    switch self {
    case .emptyClasses(let indices, let breaks):
      let ranges = indices.map { index in
        let (lower, upper) = breaks.range(ofClass: index)
        return "\(Self.plain(lower)) to \(Self.plain(upper))"
      }
      let classes = indices.count == 1 ? "1 of \(breaks.classCount) classes holds" : "\(indices.count) of \(breaks.classCount) classes hold"
      let colours = indices.count == 1 ? "its colour shows" : "their colours show"
      return "\(classes) no value (\(ranges.joined(separator: "; "))): \(colours) only in the legend. "
        + "Fewer classes or another method (quantile, jenks) avoid it."
    case .fewerDistinctValuesThanClasses(let distinct, let requested):
      let values = distinct == 1 ? "1 distinct value" : "\(ReportNumberFormat.grouped(distinct)) distinct values"
      return "The data have only \(values) for \(requested) classes: fewer classes were made."
    case .equalBoundsMerged(let requested, let made):
      return "Many equal values: \(made) classes instead of \(requested), as classes with equal bounds were merged."
    case .classAddedBelow(let count, let firstBound, let minimum):
      return "\(Self.values(count)) below the first bound \(Self.plain(firstBound)): "
        + "a class from \(Self.plain(minimum)) (the minimum) was added for them."
    case .classAddedAbove(let count, let lastBound, let maximum):
      return "\(Self.values(count)) above the last bound \(Self.plain(lastBound)): "
        + "a class up to \(Self.plain(maximum)) (the maximum) was added for them."
    }
  }

  private static func values(_ count: Int) -> String {
    count == 1 ? "1 value lies" : "\(ReportNumberFormat.grouped(count)) values lie"
  }

  /// A number in an English report line: `12,500` for whole numbers (`12500`
  /// when not `grouped`, for lists of numbers), six significant digits
  /// otherwise (`333.333`, `2.5`, `1e-07`).
  static func plain(_ value: Double, grouped: Bool = true) -> String {
    guard value == value.rounded(), abs(value) < 1e15 else { return String(format: "%g", value) }
    return grouped ? ReportNumberFormat.grouped(Int(value)) : String(Int(value))
  }
}
