import Foundation
import Testing

@testable import AudomapCore

@Suite struct DivergingRampTests {
  /// Purple, neutral, green: the extremes differ in lightness (OKLab L 0.41 and 0.71).
  static let purpleGreen = DivergingRamp(anchors: ["#662483", "#F2F2F2", "#76B729"].compactMap { Color(hex: $0) })

  @Test func needsAnOddCountOfAtLeastThree() {
    #expect(DivergingRamp(anchors: [.white, .black]) == nil)
    #expect(DivergingRamp(anchors: [.black, .white, .white, .black]) == nil)
    #expect(DivergingRamp(anchors: [.black, .white, .black])?.centre == .white)
  }

  @Test(arguments: [
    ([-12.0, -4, -1, 1, 5, 20], [DivergingRamp.Side.below, .below, .centre, .above, .above]),
    // The centre on a bound: no neutral class.
    ([-10, -5, 0, 5, 10], [.below, .below, .above, .above]),
    // A class holding only the centre value is neutral.
    ([-5, 0, 0, 5], [.below, .centre, .above]),
    // All above the centre.
    ([2, 4, 8], [.above, .above]),
  ])
  func sides(bounds: [Double], expected: [DivergingRamp.Side]) throws {
    let breaks = try #require(ClassBreaks(bounds: bounds))
    #expect(DivergingRamp.sides(of: breaks, centre: 0) == expected)
  }

  @Test(arguments: 2...9)
  func bothSidesStepEquallyInLightness(_ k: Int) throws {
    let ramp = try #require(Self.purpleGreen)
    let l = ramp.colors(classCount: k).map(\.oklab.l)
    #expect(l.count == k)
    for i in 0..<(k / 2) {
      #expect(abs(l[i] - l[k - 1 - i]) < 1e-6, "class \(i) and \(k - 1 - i): \(l)")
    }
    // Even steps from the centre out, and the darker extreme (the purple) sets the end.
    let lowSide = Array(l[..<(k / 2)].reversed())
    let stepsOut = zip([ramp.centre.oklab.l] + lowSide, lowSide).map { $0 - $1 }
    #expect(stepsOut.allSatisfy { abs($0 - stepsOut[0]) < 1e-6 }, "\(stepsOut)")
    #expect(abs(l[0] - ramp.anchors[0].oklab.l) < 1e-6)
    if k % 2 == 1 { #expect(ramp.colors(classCount: k)[k / 2] == ramp.centre) }
  }

  @Test func darkenedExtremeKeepsItsHue() throws {
    let ramp = try #require(Self.purpleGreen)
    let green = ramp.anchors[2].oklab
    let darkened = try #require(ramp.colors(classCount: 3).last).oklab
    #expect(darkened.l < green.l - 0.25)
    #expect(abs(atan2(darkened.b, darkened.a) - atan2(green.b, green.a)) < 1e-3)
  }

  @Test func extremesEquallyLightAreReachedExactly() {
    let low = Color(oklab: OKLab(l: 0.45, a: 0.1, b: 0.05))
    let high = Color(oklab: OKLab(l: 0.45, a: -0.08, b: -0.05))
    let ramp = DivergingRamp(anchors: [low, Color(oklab: OKLab(l: 0.95, a: 0, b: 0)), high])
    let colors = ramp?.colors(classCount: 5) ?? []
    for (color, anchor) in [(colors.first, low), (colors.last, high)] {
      let seen = color?.oklab ?? OKLab(l: 0, a: 0, b: 0)
      #expect(seen.distance(to: anchor.oklab) < 1e-6)
    }
  }

  @Test func unevenSidesShareTheirSteps() throws {
    // Two classes below 0, four above: the classes below take the first two
    // steps, as light as the first two above, and stop short of the extreme.
    let ramp = try #require(Self.purpleGreen)
    let breaks = try #require(ClassBreaks(bounds: [-8, -2, 0, 3, 6, 12, 30]))
    let colors = ramp.colors(for: breaks, centre: 0)
    let l = colors.map(\.oklab.l)
    #expect(colors.count == 6)
    #expect(abs(l[1] - l[2]) < 1e-6 && abs(l[0] - l[3]) < 1e-6)
    #expect(l[0] > ramp.anchors[0].oklab.l + 0.1)
    #expect(abs(l[5] - ramp.anchors[0].oklab.l) < 1e-6)
    // The low hue below, the high hue above (OKLab a > 0 is purple-red, a < 0 green).
    #expect(colors[..<2].allSatisfy { $0.oklab.a > 0 } && colors[2...].allSatisfy { $0.oklab.a < 0 })
  }

  @Test func multiAnchorSidesFollowTheirPath() throws {
    // CAPSO: wordmark purple, purple, grey, green, dark green. At 5 classes the
    // second class sits halfway out, on the brand purple's hue.
    let ramp = try #require(
      DivergingRamp(anchors: ["#4D227A", "#662483", "#F2F2F2", "#76B729", "#3F6E14"].compactMap { Color(hex: $0) }))
    let second = ramp.colors(classCount: 5)[1].oklab
    let purple = ramp.anchors[1].oklab
    #expect(abs(atan2(second.b, second.a) - atan2(purple.b, purple.a)) < 1e-3)
  }
}
