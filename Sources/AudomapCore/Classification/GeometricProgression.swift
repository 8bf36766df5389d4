import Foundation

/// Geometric progression: each bound is the previous one times a constant
/// ratio, from the minimum to the maximum. Suits positive, right-skewed data
/// such as populations, where equal intervals would put almost every commune
/// in the first class: the classes are equal intervals of the logarithm.
public enum GeometricProgression {
  /// `classCount + 1` bounds `min · rⁱ` with `r = (max / min)^(1/k)`, the
  /// first exactly the minimum and the last exactly the maximum.
  ///
  /// - Parameters:
  ///   - sorted: the values in ascending order, finite, at least one.
  ///   - classCount: how many classes to ask for, at least 1.
  /// - Throws: `ClassificationError.geometricNeedsPositiveValues` when the
  ///   minimum is zero or negative (a ratio cannot reach it).
  public static func breaks(sorted: [Double], classCount: Int) throws(ClassificationError) -> [Double] {
    precondition(!sorted.isEmpty, "GeometricProgression.breaks needs at least one value")
    precondition(classCount >= 1, "GeometricProgression.breaks needs at least one class")
    let minimum = sorted[0]
    let maximum = sorted[sorted.count - 1]
    guard minimum > 0 else {
      throw .geometricNeedsPositiveValues(
        nonPositiveCount: sorted.partitionPoint { $0 > 0 }, minimum: minimum)
    }
    let logMinimum = log(minimum)
    let step = (log(maximum) - logMinimum) / Double(classCount)
    var bounds = [minimum]
    for i in 1..<classCount {
      // Clamped: exp(log(x)) may land an ulp outside the data.
      bounds.append(min(max(exp(logMinimum + step * Double(i)), minimum), maximum))
    }
    bounds.append(maximum)
    return bounds
  }
}
