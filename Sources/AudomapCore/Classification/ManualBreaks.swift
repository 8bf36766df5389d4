/// Manual breaks: class bounds chosen by the user, such as 500, 1 000, 5 000.
///
/// The bounds must be finite and strictly increasing. They are cut points:
/// values below the first bound or above the last are not dropped but get a
/// class of their own, from the minimum or up to the maximum, and the
/// classification warns about it (`ClassificationWarning.classAddedBelow` /
/// `.classAddedAbove`). So `500, 1000, 5000` on commune populations makes the
/// four classes a reader expects: under 500, 500 to 1 000, 1 000 to 5 000,
/// 5 000 and over.
public enum ManualBreaks {
  /// The bounds written in `text`, checked.
  ///
  /// Bounds are separated by commas (`500,1000,5000`), or by semicolons when a
  /// bound has a decimal comma (`0,5;1;2,5`). Each bound is a number as
  /// `NumberParser` reads it: `1 000`, `2.5`, `2,5` (the last only between
  /// semicolons).
  /// - Throws: `ClassificationError.manualBoundNotANumber` naming the bad
  ///   bound, or the errors of `check(_:)`.
  public static func parse(_ text: String) throws(ClassificationError) -> [Double] {
    let separator: Character = text.contains(";") ? ";" : ","
    let parts = text.split(separator: separator, omittingEmptySubsequences: false)
    var bounds: [Double] = []
    for (index, part) in parts.enumerated() {
      guard let bound = NumberParser.parse(String(part)), bound.isFinite else {
        throw .manualBoundNotANumber(text: text, bound: String(part), position: index + 1)
      }
      bounds.append(bound)
    }
    try check(bounds)
    return bounds
  }

  /// Checks that `bounds` can cut values into classes.
  /// - Throws: `ClassificationError.manualBoundsMissing` when empty,
  ///   `.manualBoundsNotIncreasing` naming the first bound not above its
  ///   predecessor, `.manualBoundNotANumber` for NaN or an infinity.
  public static func check(_ bounds: [Double]) throws(ClassificationError) {
    guard !bounds.isEmpty else { throw .manualBoundsMissing }
    if let index = bounds.firstIndex(where: { !$0.isFinite }) {
      throw .manualBoundNotANumber(text: describe(bounds), bound: "\(bounds[index])", position: index + 1)
    }
    if let index = bounds.indices.dropFirst().first(where: { bounds[$0] <= bounds[$0 - 1] }) {
      throw .manualBoundsNotIncreasing(bounds: bounds, position: index + 1)
    }
  }

  /// The bounds of the classes: `bounds`, preceded by the minimum when some
  /// values lie below the first bound, and followed by the maximum when some
  /// lie above the last. At least two.
  /// - Parameters:
  ///   - sorted: the values in ascending order, finite, at least one.
  ///   - bounds: bounds that passed `check(_:)`.
  public static func breaks(sorted: [Double], bounds: [Double]) -> [Double] {
    precondition(!sorted.isEmpty && !bounds.isEmpty, "ManualBreaks.breaks needs values and bounds")
    let minimum = sorted[0]
    let maximum = sorted[sorted.count - 1]
    var result = bounds
    if minimum < bounds[0] { result.insert(minimum, at: 0) }
    if maximum > bounds[bounds.count - 1] { result.append(maximum) }
    // A single bound equal to every value: the one class [v, v].
    if result.count == 1 { result.append(result[0]) }
    return result
  }

  /// `500, 1000, 5000`: bounds as the user would have written them.
  static func describe(_ bounds: [Double]) -> String {
    bounds.map { ClassificationWarning.plain($0, grouped: false) }.joined(separator: ", ")
  }
}
