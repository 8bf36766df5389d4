import AudomapCore
import Foundation

/// Plain-Swift measures of rings in lon/lat: orientation, area on the sphere, cleaning.
/// They run over every vertex of a national file, hence the plain loops.
enum RingMeasures {
  /// The radius of the sphere with the WGS84 ellipsoid's area (authalic radius), in metres.
  static let authalicRadius = 6_371_007.181

  /// Twice the planar signed area (shoelace): positive when counter-clockwise.
  /// A closing position repeating the first adds nothing, so closed and unclosed rings agree.
  static func doubleSignedArea(_ positions: [Position]) -> Double {
    guard var previous = positions.last else { return 0 }
    var sum = 0.0
    for p in positions {
      sum += previous.x * p.y - p.x * previous.y
      previous = p
    }
    return sum
  }

  /// The area enclosed by a lon/lat ring, in m², positive when counter-clockwise:
  /// Σ (λᵢ₊₁ − λᵢ₋₁)·sin βᵢ · R²/2 on the authalic sphere (Chamberlain & Duquette, "Some
  /// algorithms for polygons on a sphere", JPL 2007, the formula turf uses), with β the
  /// authalic latitude: mapping the WGS84 ellipsoid to that sphere keeps areas, where
  /// plain geodetic latitudes would be ~0.7 % off in France.
  static func sphericalArea(_ positions: [Position]) -> Double {
    var count = positions.count
    if count > 1, positions[0] == positions[count - 1] { count -= 1 }
    guard count >= 3 else { return 0 }
    let radians = Double.pi / 180
    var sum = 0.0
    for i in 0..<count {
      let previous = positions[i == 0 ? count - 1 : i - 1]
      let next = positions[i == count - 1 ? 0 : i + 1]
      sum += (next.x - previous.x) * radians * authalicSine(positions[i].y * radians)
    }
    return -sum * authalicRadius * authalicRadius / 2
  }

  /// WGS84's first eccentricity, squared.
  private static let eccentricitySquared = 0.006_694_379_990_14

  /// sin β, β the authalic latitude of geodetic latitude φ: q(φ) / q(90°), with
  /// q(φ) = (1 − e²)·[sin φ / (1 − e² sin² φ) − ln((1 − e sin φ) / (1 + e sin φ)) / 2e].
  private static func authalicSine(_ latitude: Double) -> Double {
    q(sin(latitude)) / qPole
  }

  private static let qPole = q(1)

  /// q as a function of s = sin φ. The logarithm is −2·atanh(e·s), written as its
  /// series s·(1 + e²s²/3 + e⁴s⁴/5 + …): e·s < 0.082, so five terms leave an error
  /// under 1e-12, and the per-vertex log (a third of the repair's area time) goes.
  private static func q(_ s: Double) -> Double {
    let e2 = eccentricitySquared
    let x = e2 * s * s
    let atanhOverE = s * (1 + x * (1.0 / 3 + x * (1.0 / 5 + x * (1.0 / 7 + x * (1.0 / 9)))))
    return (1 - e2) * (s / (1 - x) + atanhOverE)
  }

  /// The area of polygons on the sphere in m²: exteriors minus holes, whatever their winding.
  static func area(_ polygons: [Polygon]) -> Double {
    polygons.reduce(0) { total, polygon in
      total + polygon.rings.enumerated().reduce(0) { sum, ring in
        let area = abs(sphericalArea(ring.element.positions))
        return ring.offset == 0 ? sum + area : sum - area
      }
    }
  }

  /// Positions in all rings of `polygons`.
  static func vertexCount(_ polygons: [Polygon]) -> Int {
    polygons.reduce(0) { $0 + $1.rings.reduce(0) { $0 + $1.positions.count } }
  }

  /// `ring` closed and without consecutive repeated positions, with what it took.
  static func cleaned(_ ring: Ring) -> (ring: Ring, closed: Bool, duplicatesRemoved: Int) {
    // Most rings need nothing: keep them without copying (2.2 M positions nationally).
    if ring.isClosed, !zip(ring.positions, ring.positions.dropFirst()).contains(where: { $0 == $1 }) {
      return (ring, false, 0)
    }
    var positions = ring.positions
    let closed = !positions.isEmpty && !ring.isClosed
    if closed, let first = positions.first { positions.append(first) }
    var kept: [Position] = []
    kept.reserveCapacity(positions.count)
    for p in positions where kept.last != p { kept.append(p) }
    return (Ring(kept), closed, positions.count - kept.count)
  }

  /// `polygon` with its exterior wound counter-clockwise when `exteriorCounterClockwise`
  /// (clockwise otherwise) and its holes the other way; also returns how many rings were turned.
  static func oriented(_ polygon: Polygon, exteriorCounterClockwise: Bool) -> (polygon: Polygon, turned: Int) {
    var turned = 0
    let rings = polygon.rings.enumerated().map { index, ring in
      let wantCounterClockwise = (index == 0) == exteriorCounterClockwise
      let isCounterClockwise = doubleSignedArea(ring.positions) > 0
      guard isCounterClockwise != wantCounterClockwise else { return ring }
      turned += 1
      return Ring(ring.positions.reversed())
    }
    return (Polygon(rings: rings), turned)
  }
}
