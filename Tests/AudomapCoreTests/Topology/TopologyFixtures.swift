import AudomapCore

/// Named synthetic communes for the topology tests, each with the property it exercises.
enum TopologyFixtures {
  static func ring(_ points: [(Double, Double)]) -> Ring {
    Ring(points.map { Position(x: $0.0, y: $0.1) })
  }

  static func feature(_ rings: [(Double, Double)]...) -> Feature {
    Feature(geometry: .polygon(Polygon(rings: rings.map(ring))))
  }

  /// Two unit squares sharing the edge x = 1: three arcs, the shared one used by both.
  static let twoSquares = FeatureCollection(features: [
    feature([(0, 0), (1, 0), (1, 1), (0, 1), (0, 0)]),
    feature([(1, 0), (2, 0), (2, 1), (1, 1), (1, 0)]),
  ])

  /// Three communes meeting at (1, 1): a junction shared by three rings.
  /// The rings start mid-edge, away from any junction.
  static let threeAtAPoint = FeatureCollection(features: [
    feature([(0, 0.5), (0, 0), (1, 0), (1, 1), (0, 1), (0, 0.5)]),
    feature([(2, 0.5), (2, 1), (1, 1), (1, 0), (2, 0), (2, 0.5)]),
    feature([(0, 1), (1, 1), (2, 1), (2, 2), (0, 2), (0, 1)]),
  ])

  /// A commune with a hole exactly filled by an enclave: neither ring has a
  /// junction, and the enclave's ring starts elsewhere than the hole's.
  static let enclave = FeatureCollection(features: [
    feature(
      [(0, 0), (10, 0), (10, 10), (0, 10), (0, 0)],
      [(4, 4), (4, 6), (6, 6), (6, 4), (4, 4)]),
    feature([(6, 6), (4, 6), (4, 4), (6, 4), (6, 6)]),
  ])

  /// A commune of two parts: a square on the mainland and an island, plus a
  /// feature without geometry.
  static let mainlandAndIsland = FeatureCollection(features: [
    Feature(geometry: .multiPolygon([
      Polygon(rings: [ring([(0, 0), (1, 0), (1, 1), (0, 1), (0, 0)])]),
      Polygon(rings: [ring([(3, 3), (3.5, 3), (3.5, 3.5), (3, 3)])]),
    ])),
    Feature(geometry: nil, properties: JSONObject([("code", .string("00000"))])),
  ])

  /// Whether two rings trace the same closed path: same direction, any start.
  static func sameCycle(_ a: Ring, _ b: Ring) -> Bool {
    func open(_ ring: Ring) -> [Position] {
      ring.isClosed ? Array(ring.positions.dropLast()) : ring.positions
    }
    let x = open(a)
    let y = open(b)
    guard x.count == y.count, let first = x.first else { return x.isEmpty && y.isEmpty }
    return y.indices.contains { start in
      y[start] == first && x.indices.allSatisfy { x[$0] == y[(start + $0) % y.count] }
    }
  }

  /// How many times each arc is used by the rings of the topology.
  static func uses(_ topology: Topology) -> [Int] {
    var uses = [Int](repeating: 0, count: topology.arcs.count)
    for reference in topology.features.joined().joined().joined() { uses[Topology.arc(reference).index] += 1 }
    return uses
  }
}
