import AudomapCore
import AudomapGeometry
import Testing

@Suite struct InteriorPointTests {
  /// A U-shaped commune: its centroid (x = 5, y ≈ 3.6) lies in the notch, outside it.
  @Test func theLabelPointOfAUShapeIsInsideIt() throws {
    let u = Polygon(rings: [Ring([
      Position(x: 0, y: 0), Position(x: 10, y: 0), Position(x: 10, y: 10), Position(x: 7, y: 10), Position(x: 7, y: 3),
      Position(x: 3, y: 3), Position(x: 3, y: 10), Position(x: 0, y: 10), Position(x: 0, y: 0),
    ])])
    let pole = try #require(try InteriorPoint.poles(of: [[u], nil]).first ?? nil)
    // The widest spot is a bottom corner, where the base (3 high) meets a leg (3 wide):
    // the circle touching both outer sides and the inner corner has r = 3√2 / (1 + √2) ≈ 1.76.
    #expect(pole.point.y > 1 && pole.point.y < 2 && abs(pole.clearance - 1.757) < 0.05)
    #expect(try InteriorPoint.poles(of: [nil]).first! == nil)
  }

  @Test func theLargestPartCarriesTheLabel() throws {
    let small = Polygon(rings: [Ring([Position(x: 20, y: 0), Position(x: 21, y: 0), Position(x: 21, y: 1), Position(x: 20, y: 0)])])
    let large = Polygon(rings: [Ring([Position(x: 0, y: 0), Position(x: 4, y: 0), Position(x: 4, y: 4), Position(x: 0, y: 4), Position(x: 0, y: 0)])])
    let pole = try #require(try InteriorPoint.poles(of: [[small, large]]).first ?? nil)
    #expect(abs(pole.point.x - 2) < 0.05 && abs(pole.point.y - 2) < 0.05)
  }
}
