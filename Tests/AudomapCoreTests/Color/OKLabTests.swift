import Foundation
import Testing

@testable import AudomapCore

@Suite struct OKLabTests {
  static let colors: [Color] = [
    .white, .black, Color(red: 1, green: 0, blue: 0), Color(red: 0, green: 1, blue: 0),
    Color(red: 0, green: 0, blue: 1), Color(red: 0.1, green: 0.5, blue: 0.9), Color(red: 0.02, green: 0.03, blue: 0.01),
  ] + ["#76B729", "#178FCF", "#3A2E87", "#662483", "#4D227A", "#E0E0E0"].compactMap { Color(hex: $0) }

  @Test(arguments: colors)
  func roundTrip(_ color: Color) {
    let back = Color(oklab: color.oklab)
    #expect(abs(back.red - color.red) < 1e-6)
    #expect(abs(back.green - color.green) < 1e-6)
    #expect(abs(back.blue - color.blue) < 1e-6)
  }

  @Test func whiteAndBlack() {
    let white = Color.white.oklab
    #expect(abs(white.l - 1) < 1e-4 && abs(white.a) < 1e-4 && abs(white.b) < 1e-4)
    let black = Color.black.oklab
    #expect(abs(black.l) < 1e-9 && abs(black.a) < 1e-9 && abs(black.b) < 1e-9)
  }

  @Test func pureRedMatchesOttossonsValue() {
    let red = Color(red: 1, green: 0, blue: 0).oklab
    #expect(abs(red.l - 0.62796) < 1e-5)
    #expect(abs(red.a - 0.22486) < 1e-5)
    #expect(abs(red.b - 0.12585) < 1e-5)
  }

  @Test func sRGBTransferFunctionRoundTrips() {
    for component in stride(from: 0.0, through: 1.0, by: 0.05) {
      #expect(abs(Color.gammaEncoded(Color.linearized(component)) - component) < 1e-12)
    }
    #expect(abs(Color.linearized(0.5) - 0.21404114) < 1e-8)
  }

  @Test func outOfGamutKeepsLightnessAndHue() {
    let vivid = OKLab(l: 0.7, a: 0.4, b: 0.1)  // far outside sRGB
    let color = Color(oklab: vivid)
    for c in [color.red, color.green, color.blue] { #expect((0...1).contains(c)) }
    let fitted = color.oklab
    #expect(abs(fitted.l - vivid.l) < 1e-5)
    #expect(abs(atan2(fitted.b, fitted.a) - atan2(vivid.b, vivid.a)) < 1e-3)
    #expect(hypot(fitted.a, fitted.b) < hypot(vivid.a, vivid.b))
  }

  @Test func rampEndpointsAreTheAnchors() throws {
    let anchors = try ["#F1F8E9", "#76B729", "#178FCF", "#3A2E87"].map { try #require(Color(hex: $0)) }
    for count in 2...12 {
      let ramp = OKLab.interpolated(anchors, count: count)
      #expect(ramp.count == count)
      #expect(ramp.first == anchors.first && ramp.last == anchors.last)
    }
    // With 7 samples through 4 anchors every other sample is an anchor.
    let seven = OKLab.interpolated(anchors, count: 7)
    #expect([seven[0], seven[2], seven[4], seven[6]] == anchors)
  }

  @Test func rampLightnessIsMonotonicWhenAnchorsAreMonotonic() throws {
    let anchorSets: [[String]] = [
      ["#FFFFFF", "#000000"], ["#F1F8E9", "#76B729", "#178FCF", "#3A2E87"],
      ["#FFF5EB", "#FD8D3C", "#7F2704"], ["#111111", "#FF0000", "#FFFF00", "#FFFFFF"],
    ]
    for hexes in anchorSets {
      let anchors = try hexes.map { try #require(Color(hex: $0)) }
      let decreasing = anchors[0].oklab.l > anchors[anchors.count - 1].oklab.l
      for count in 2...12 {
        let l = OKLab.interpolated(anchors, count: count).map(\.oklab.l)
        let ordered = zip(l, l.dropFirst()).allSatisfy { decreasing ? $0 > $1 : $0 < $1 }
        #expect(ordered, "\(hexes), \(count) samples: \(l)")
      }
    }
  }

  @Test func midpointOfWhiteAndBlackIsMidLightnessGrey() {
    let ramp = OKLab.interpolated([.white, .black], count: 3)
    let middle = ramp[1].oklab
    #expect(abs(middle.l - 0.5) < 1e-4 && abs(middle.a) < 1e-4 && abs(middle.b) < 1e-4)
  }

  @Test func smallCounts() {
    let red = Color(red: 1, green: 0, blue: 0)
    #expect(OKLab.interpolated([.white, red], count: 0).isEmpty)
    #expect(OKLab.interpolated([], count: 3).isEmpty)
    #expect(OKLab.interpolated([red], count: 2) == [red, red])
    // One sample is the middle of the ramp.
    #expect(OKLab.interpolated([.white, red, .black], count: 1) == [red])
  }

  @Test func alphaIsInterpolated() {
    let transparent = Color(red: 0, green: 0, blue: 0, alpha: 0)
    let ramp = OKLab.interpolated([transparent, .black], count: 3)
    #expect(abs(ramp[1].alpha - 0.5) < 1e-12)
  }

  @Test func distanceIsEuclidean() {
    #expect(OKLab(l: 0, a: 0, b: 0).distance(to: OKLab(l: 0.3, a: 0, b: 0.4)) == 0.5)
  }
}
