import AudomapCore
import AudomapGeometry
import Testing

/// Named fixtures: each geometry carries the property that matters.
enum Fixtures {
  static func ring(_ points: [(Double, Double)]) -> Ring {
    Ring(points.map { Position(x: $0.0, y: $0.1) })
  }

  /// A valid square commune with a square hole.
  static let squareWithHole = Feature(geometry: .polygon(Polygon(rings: [
    ring([(0, 0), (10, 0), (10, 10), (0, 10), (0, 0)]),
    ring([(2, 2), (2, 4), (4, 4), (4, 2), (2, 2)]),
  ])))
  /// A bow-tie: the ring crosses itself at (5, 5).
  static let bowTie = Feature(geometry: .polygon(Polygon(rings: [
    ring([(0, 0), (10, 10), (10, 0), (0, 10), (0, 0)])
  ])))
  /// A ring whose last point is not its first.
  static let unclosedRing = Feature(geometry: .polygon(Polygon(rings: [
    ring([(0, 0), (10, 0), (10, 10), (0, 10)])
  ])))
  /// A hole lying outside its shell.
  static let holeOutsideShell = Feature(geometry: .polygon(Polygon(rings: [
    ring([(0, 0), (10, 0), (10, 10), (0, 10), (0, 0)]),
    ring([(20, 20), (20, 22), (22, 22), (22, 20), (20, 20)]),
  ])))
}

@Suite struct ValidityCheckTests {
  @Test func validPolygonsAndNonPolygonsPass() throws {
    let features = [Fixtures.squareWithHole, Feature(geometry: .point(Position(x: 1, y: 1))), Feature(geometry: nil)]
    #expect(try ValidityCheck.invalidFeatures(features).isEmpty)
  }

  @Test func aBowTieIsReportedWithGEOSReasonAndLocation() throws {
    let invalid = try ValidityCheck.invalidFeatures([Fixtures.squareWithHole, Fixtures.bowTie])
    #expect(invalid == [InvalidFeature(featureIndex: 1, reason: "Self-intersection", location: Position(x: 5, y: 5))])
  }

  @Test func aHoleOutsideItsShellIsReported() throws {
    let invalid = try ValidityCheck.invalidFeatures([Fixtures.holeOutsideShell])
    #expect(invalid.map(\.featureIndex) == [0])
    #expect(invalid.first?.reason == "Hole lies outside shell")
  }

  @Test func anUnclosedRingIsReportedWithTheMessageGEOSGaveWhenBuildingIt() throws {
    let invalid = try ValidityCheck.invalidFeatures([Fixtures.unclosedRing])
    #expect(invalid.map(\.featureIndex) == [0])
    #expect(invalid.first?.reason.contains("closed") == true)
    #expect(invalid.first?.location == nil)
  }
}
