import Foundation

/// Checks that a map's class colours stay distinguishable under normal vision
/// and simulated protanopia, deuteranopia and tritanopia, and finds a shipped
/// ramp that does when they do not.
///
/// ## Example
/// ```swift
/// let fills = palette.sequentialRamp(classCount: 7)
/// let report = ColorVisionCheck.check(classes: fills, noData: palette.noData, kind: .sequential, alternatives: ramps)
/// for warning in report.warnings { print(warning) }
/// if let safer = report.saferRamp { print(safer) }
/// ```
public enum ColorVisionCheck {
  /// Two flat fills closer than this ΔE_OK (Euclidean distance in OKLab) are
  /// "hard to tell apart" on a map.
  ///
  /// Twice the just-noticeable difference of 0.02 that CSS Color 4 uses for
  /// ΔE_OK: a map reader must match a commune to a legend swatch, not just see
  /// two patches differ. Calibrated on ColorBrewer's own colour-blind ratings
  /// of its qualitative schemes (Set2, Dark2, Paired, Set3, Accent, Pastel1,
  /// Pastel2 at each size): with the smallest difference under the three
  /// simulations, every size rated "ok" is ≥ 0.0426 (Paired 3–4) and every size
  /// rated "bad" ≤ 0.0360 (Set3 5–6), so any threshold between sorts them as
  /// Brewer did; 0.04 is the middle. `Scripts/color_reference.py` recomputes it.
  public static let minimumDifference = 0.04

  /// Compares every pair of `classes`, and `noData` with every class, under
  /// each `ColorVision`.
  ///
  /// A pair already too close under normal vision is reported once, for normal
  /// vision, not again for each deficiency. When something fails, the report
  /// offers the passing ramp among `alternatives` of the same `kind` that looks
  /// most like `classes` (smallest mean ΔE_OK class by class).
  ///
  /// - Parameters:
  ///   - classes: the class fills, in legend order.
  ///   - noData: the fill of communes without a value, if the map has any.
  ///   - kind: sequential and diverging ramps are ordered, so the report also
  ///     gives the smallest difference between neighbouring classes.
  ///   - alternatives: ramps to offer instead, typically every shipped ramp.
  ///   - sample: how an alternative would fill these classes, nil to skip it;
  ///     by default `colors(classCount:)`. A diverging map around a centre
  ///     value passes `{ $0.diverging?.colors(for: breaks, centre: 0) }`.
  public static func check(
    classes: [Color], noData: Color? = nil, kind: RampKind, alternatives: [NamedRamp] = [],
    sample: ((NamedRamp) -> [Color]?)? = nil
  ) -> ColorVisionReport {
    let (summaries, warnings) = measure(classes, noData: noData, ordered: kind.isOrdered)
    guard !warnings.isEmpty else {
      return ColorVisionReport(summaries: summaries, warnings: [], saferRamp: nil)
    }
    let sampling = sample ?? { try? $0.colors(classCount: classes.count) }
    let original = classes.map(\.oklab)
    var best: (likeness: Double, ramp: SaferRamp)?
    for ramp in alternatives where ramp.kind == kind {
      guard let fills = sampling(ramp), fills.count == classes.count else { continue }
      let (rampSummaries, rampWarnings) = measure(fills, noData: noData, ordered: kind.isOrdered)
      guard rampWarnings.isEmpty else { continue }
      let likeness = zip(fills, original).reduce(0) { $0 + $1.0.oklab.distance(to: $1.1) } / Double(fills.count)
      if best.map({ likeness < $0.likeness }) ?? true {
        let smallest = rampSummaries.compactMap(\.smallestDifference).min() ?? .infinity
        best = (likeness, SaferRamp(name: ramp.name, colors: fills, smallestDifference: smallest))
      }
    }
    return ColorVisionReport(summaries: summaries, warnings: warnings, saferRamp: best?.ramp)
  }

  /// The summaries and warnings for `classes`, vision by vision.
  private static func measure(
    _ classes: [Color], noData: Color?, ordered: Bool
  ) -> ([ColorVisionReport.Summary], [ColorVisionWarning]) {
    var summaries: [ColorVisionReport.Summary] = []
    var warnings: [ColorVisionWarning] = []
    var failingNormally: Set<ColorVisionWarning.Pair> = []
    for vision in ColorVision.allCases {
      let labs = classes.map { $0.simulated(vision).oklab }
      let noDataLab = noData?.simulated(vision).oklab
      var pairs: [(ColorVisionWarning.Pair, Double)] = []
      for first in labs.indices {
        for second in labs.indices where second > first {
          pairs.append((.classes(first, second), labs[first].distance(to: labs[second])))
        }
        if let noDataLab { pairs.append((.noData(class: first), noDataLab.distance(to: labs[first]))) }
      }
      func smallest(_ keep: (ColorVisionWarning.Pair) -> Bool) -> Double? {
        pairs.filter { keep($0.0) }.map(\.1).min()
      }
      summaries.append(
        .init(
          vision: vision,
          smallestDifference: smallest { if case .classes = $0 { return true } else { return false } },
          smallestAdjacentDifference: ordered
            ? smallest { if case .classes(let a, let b) = $0 { return b == a + 1 } else { return false } } : nil,
          smallestNoDataDifference: smallest { if case .noData = $0 { return true } else { return false } }))
      for (pair, difference) in pairs where difference < minimumDifference && !failingNormally.contains(pair) {
        warnings.append(ColorVisionWarning(vision: vision, pair: pair, difference: difference))
        if vision == .normal { failingNormally.insert(pair) }
      }
    }
    return (summaries, warnings)
  }
}

/// The outcome of `ColorVisionCheck.check`: the smallest differences found
/// under each vision, a warning per pair of colours too close, and a ramp to
/// try instead.
public struct ColorVisionReport: Hashable, Sendable {
  /// The smallest colour differences under one way of seeing.
  public struct Summary: Hashable, Sendable {
    public let vision: ColorVision
    /// The smallest ΔE_OK between any two classes; nil with fewer than two classes.
    public let smallestDifference: Double?
    /// The smallest ΔE_OK between neighbouring classes of an ordered ramp; nil
    /// for a qualitative ramp or fewer than two classes.
    public let smallestAdjacentDifference: Double?
    /// The smallest ΔE_OK between "no data" and a class; nil without a no-data colour.
    public let smallestNoDataDifference: Double?
  }

  /// One per `ColorVision`, normal vision first.
  public let summaries: [Summary]
  /// Every pair below `ColorVisionCheck.minimumDifference`, by vision then by class.
  public let warnings: [ColorVisionWarning]
  /// A shipped ramp that passes for the same classes; nil when all passed or none does.
  public let saferRamp: SaferRamp?

  /// True when no two colours are hard to tell apart under any vision.
  public var passes: Bool { warnings.isEmpty }

  /// The summary for `vision`.
  public func summary(for vision: ColorVision) -> Summary? {
    summaries.first { $0.vision == vision }
  }
}

/// Two colours of a map hard to tell apart under one way of seeing.
public struct ColorVisionWarning: Hashable, Sendable, CustomStringConvertible {
  /// The two colours: two classes (0-based, first < second), or "no data" and a class.
  public enum Pair: Hashable, Sendable {
    case classes(Int, Int)
    case noData(class: Int)
  }

  public let vision: ColorVision
  public let pair: Pair
  /// Their ΔE_OK as seen with `vision`, below `ColorVisionCheck.minimumDifference`.
  public let difference: Double

  public var description: String {
    let colours: String
    switch pair {
    case .classes(let first, let second): colours = "classes \(first + 1) and \(second + 1)"
    case .noData(let index): colours = "\"no data\" and class \(index + 1)"
    }
    let measure = String(format: "ΔE_OK %.3f, below %.3f", difference, ColorVisionCheck.minimumDifference)
    return "Under \(vision.plainName), \(colours) are hard to tell apart (\(measure))."
  }
}

/// A shipped ramp offered instead of one that failed the colour-vision check.
public struct SaferRamp: Hashable, Sendable, CustomStringConvertible {
  /// The ramp's name, for `--ramp`.
  public let name: String
  /// Its fills for the same classes.
  public let colors: [Color]
  /// The smallest ΔE_OK between two of its classes under any vision.
  public let smallestDifference: Double

  public var description: String {
    "Try --ramp \(name): its classes stay apart under every simulated vision (ΔE_OK ≥ "
      + String(format: "%.3f", smallestDifference) + ")."
  }
}
