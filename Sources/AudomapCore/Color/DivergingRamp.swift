import Foundation

/// Two hues that grow stronger away from a neutral centre, for values read
/// against a reference: population change around 0, a rate around the
/// national average.
///
/// Classes below the centre value take the low hue, classes above it the high
/// hue, and a class that straddles the centre takes the neutral colour. The
/// k-th class from the centre is equally light on both sides, whatever the
/// anchors' own lightness, so neither side looks more extreme than the other.
public struct DivergingRamp: Hashable, Sendable {
  /// Where a class lies relative to the centre value.
  public enum Side: Hashable, Sendable {
    /// Every value of the class is below the centre.
    case below
    /// The class holds values on both sides of the centre (or only the centre).
    case centre
    /// Every value of the class is at or above the centre.
    case above
  }

  /// The low extreme first, the neutral centre in the middle, the high extreme
  /// last: an odd number of colours, at least 3.
  public let anchors: [Color]

  /// Checks the shape; nil unless `anchors` has an odd count of at least 3.
  public init?(anchors: [Color]) {
    guard anchors.count >= 3, anchors.count % 2 == 1 else { return nil }
    self.anchors = anchors
  }

  /// The neutral colour of a class straddling the centre.
  public var centre: Color { anchors[anchors.count / 2] }

  /// Where each class of `breaks` lies relative to `centre`.
  ///
  /// A class whose upper bound is the centre is below it (its values are
  /// smaller); one whose lower bound is the centre is above it (class lower
  /// bounds are inclusive). A class holding only the centre value is neutral.
  public static func sides(of breaks: ClassBreaks, centre: Double) -> [Side] {
    (0..<breaks.classCount).map { index in
      let (lower, upper) = breaks.range(ofClass: index)
      if lower == centre && upper == centre { return .centre }
      if upper <= centre { return .below }
      if lower >= centre { return .above }
      return .centre
    }
  }

  /// One fill per class of `breaks`, coloured around `centre`.
  ///
  /// Both sides step in lightness by the same amount, set by the side with
  /// more classes: with 2 classes below and 4 above, the classes below take
  /// the two lightest steps of the low hue and do not reach its extreme.
  ///
  /// ## Example
  /// ```swift
  /// let breaks = ClassBreaks(bounds: [-12, -4, -1, 1, 5, 20])!
  /// ramp.colors(for: breaks, centre: 0) // low, low, neutral, high, high
  /// ```
  public func colors(for breaks: ClassBreaks, centre value: Double) -> [Color] {
    colors(for: Self.sides(of: breaks, centre: value))
  }

  /// `classCount` fills centred on the middle: as many classes below as
  /// above, and a neutral middle class when the count is odd.
  public func colors(classCount: Int) -> [Color] {
    let half = max(classCount, 0) / 2
    let middle: [Side] = classCount % 2 == 1 ? [.centre] : []
    return colors(for: Array(repeating: .below, count: half) + middle + Array(repeating: .above, count: half))
  }

  /// The fills for classes lying on `sides`, which run below → centre → above.
  func colors(for sides: [Side]) -> [Color] {
    let belowCount = sides.count(where: { $0 == .below })
    let aboveCount = sides.count(where: { $0 == .above })
    let steps = max(belowCount, aboveCount)
    let middle = anchors.count / 2
    // Each half runs from the centre outwards.
    let lowHalf = Array(anchors[...middle].reversed())
    let highHalf = Array(anchors[middle...])
    let centreLightness = centre.oklab.l
    // The extreme farther in lightness from the centre sets the common end, so
    // the ramp keeps its strongest contrast (a darker end for a light centre).
    let ends = [anchors[0].oklab.l, anchors[anchors.count - 1].oklab.l]
    let endLightness = ends.max { abs($0 - centreLightness) < abs($1 - centreLightness) } ?? centreLightness

    var below = 0
    var above = 0
    return sides.map { side in
      let half: [Color]
      let stepsFromCentre: Int
      switch side {
      case .centre:
        return centre
      case .below:
        half = lowHalf
        stepsFromCentre = belowCount - below
        below += 1
      case .above:
        half = highHalf
        above += 1
        stepsFromCentre = above
      }
      let fraction = Double(stepsFromCentre) / Double(steps)
      var (lab, alpha) = Self.sample(half, at: fraction)
      lab.l = centreLightness + (endLightness - centreLightness) * fraction
      return Color(oklab: lab, alpha: alpha)
    }
  }

  /// The point `fraction` of the way along the path through `anchors`
  /// (evenly spaced, in OKLab), with its interpolated alpha.
  private static func sample(_ anchors: [Color], at fraction: Double) -> (OKLab, Double) {
    let position = fraction * Double(anchors.count - 1)
    let segment = min(Int(position), anchors.count - 2)
    let within = position - Double(segment)
    let (start, end) = (anchors[segment], anchors[segment + 1])
    return (start.oklab.mixed(with: end.oklab, fraction: within), start.alpha + (end.alpha - start.alpha) * within)
  }
}
