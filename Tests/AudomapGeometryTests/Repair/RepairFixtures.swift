import AudomapCore

/// Named boundary fixtures for the repair stage, each with the one defect it exercises.
/// Positions are in units of 0.01° from 2° E, 50° N (a unit square is ~0.8 km²), and rings
/// are counter-clockwise unless the fixture is about winding, so each expects only its defect.
enum RepairFixtures {
  static func p(_ x: Double, _ y: Double) -> Position { Position(x: 2 + x / 100, y: 50 + y / 100) }

  static func ring(_ points: [(Double, Double)]) -> Ring { Ring(points.map { p($0.0, $0.1) }) }

  /// A closed counter-clockwise rectangle.
  static func rectangle(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) -> Ring {
    ring([(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)])
  }

  static func commune(_ code: String?, _ geometry: Geometry?) -> Feature {
    Feature(geometry: geometry, properties: JSONObject(code.map { [("code", JSONValue.string($0))] } ?? []))
  }

  static func square(_ code: String, at x: Double, _ y: Double) -> Feature {
    commune(code, .polygon(Polygon(rings: [rectangle(x, y, x + 1, y + 1)])))
  }

  /// A clean commune that keeps the code field detectable beside a defective one.
  static let clean = square("62002", at: 10, 10)

  /// A bow-tie: the exterior crosses itself at (0.5, 0.5).
  static let bowTie = commune("62001", .polygon(Polygon(rings: [ring([(0, 0), (1, 1), (1, 0), (0, 1), (0, 0)])])))
  /// An exterior whose last position is not its first.
  static let unclosedRing = commune("62001", .polygon(Polygon(rings: [ring([(0, 0), (1, 0), (1, 1), (0, 1)])])))
  /// Two positions repeated in a row (one of them twice).
  static let duplicatePoints = commune(
    "62001", .polygon(Polygon(rings: [ring([(0, 0), (1, 0), (1, 0), (1, 1), (1, 1), (1, 1), (0, 1), (0, 0)])])))
  /// A hole of 3 positions inside a valid square, and a second polygon whose exterior has 3.
  static let shortRings = commune(
    "62001",
    .multiPolygon([
      Polygon(rings: [rectangle(0, 0, 1, 1), ring([(0.2, 0.2), (0.2, 0.4), (0.2, 0.2)])]),
      Polygon(rings: [ring([(5, 5), (6, 5), (5, 5)])]),
    ]))
  static let nullGeometry = commune("62001", nil)
  static let lineString = commune("62001", .lineString([p(0, 0), p(1, 1)]))
  /// Two polygons and a point in a GeometryCollection.
  static let geometryCollection = commune(
    "62001",
    .geometryCollection([
      .polygon(Polygon(rings: [rectangle(0, 0, 1, 1)])), .polygon(Polygon(rings: [rectangle(2, 0, 3, 1)])),
      .point(p(5, 5)),
    ]))
  /// A clockwise hole lying outside its shell.
  static let holeOutsideShell = commune(
    "62001", .polygon(Polygon(rings: [rectangle(0, 0, 1, 1), ring([(2, 2), (2, 3), (3, 3), (3, 2), (2, 2)])])))
  /// Exterior clockwise, hole counter-clockwise: the d3 order of the real files.
  static let clockwise = commune(
    "62001",
    .polygon(Polygon(rings: [ring([(0, 0), (0, 1), (1, 1), (1, 0), (0, 0)]), rectangle(0.2, 0.2, 0.4, 0.4)])))

  /// Two unit squares overlapping over half their area.
  static let overlappingSquares = [
    commune("62001", .polygon(Polygon(rings: [rectangle(0, 0, 1, 1)]))),
    commune("62002", .polygon(Polygon(rings: [rectangle(0.5, 0, 1.5, 1)]))),
  ]

  /// Two squares A (x 1…1.995) and B (x 2…3) in a frame of four neighbours, leaving a
  /// 0.005-unit strip (~4,000 m²) between A and B. Every vertex is shared, as in a clean coverage.
  static let gapBetweenSquares = [
    commune("62001", .polygon(Polygon(rings: [ring([(1, 1), (1.995, 1), (1.995, 2), (1, 2), (1, 1)])]))),
    commune("62002", .polygon(Polygon(rings: [rectangle(2, 1, 3, 2)]))),
    commune(
      "62003", .polygon(Polygon(rings: [ring([(0, 0), (4, 0), (4, 1), (3, 1), (2, 1), (1.995, 1), (1, 1), (0, 1), (0, 0)])]))),
    commune(
      "62004", .polygon(Polygon(rings: [ring([(0, 2), (1, 2), (1.995, 2), (2, 2), (3, 2), (4, 2), (4, 3), (0, 3), (0, 2)])]))),
    commune("62005", .polygon(Polygon(rings: [rectangle(0, 1, 1, 2)]))),
    commune("62006", .polygon(Polygon(rings: [rectangle(3, 1, 4, 2)]))),
  ]
}
