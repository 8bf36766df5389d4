import AudomapCore
import CGEOS

/// Where a label or a symbol of a commune goes: the pole of inaccessibility of its
/// largest part, the point inside it farthest from its boundary (the centroid of a
/// crescent-shaped commune can fall outside it; the pole never does).
public enum InteriorPoint {
  /// One point per entry of `communes` (projected polygons; nil stays nil), and its
  /// distance to the boundary (the radius of the largest circle inside), computed with
  /// GEOS's maximum inscribed circle to 1/200 of the part's size.
  public static func poles(of communes: [[Polygon]?]) throws(GEOSError) -> [(point: Position, clearance: Double)?] {
    let context = try GEOSContext()
    var result: [(point: Position, clearance: Double)?] = []
    result.reserveCapacity(communes.count)
    for polygons in communes {
      guard let polygons,
        let largest = polygons.max(by: { planarArea($0) < planarArea($1) }),
        let box = BoundingBox(exteriorsOf: [largest])
      else {
        result.append(nil)
        continue
      }
      let geometry = try context.geometry(of: [largest])
      let tolerance = max(box.width, box.height) / 200
      result.append(try context.maximumInscribedCircle(geometry, tolerance: tolerance))
    }
    return result
  }

  /// The exterior's area minus the holes', in projected units.
  private static func planarArea(_ polygon: Polygon) -> Double {
    polygon.rings.enumerated().reduce(0) {
      $0 + ($1.offset == 0 ? 1 : -1) * abs(RingMeasures.doubleSignedArea($1.element.positions)) / 2
    }
  }
}

extension GEOSContext {
  /// The centre of the largest circle inside `geometry` and its radius.
  /// See `GEOSMaximumInscribedCircle_r` (GEOS ≥ 3.9): it returns the line from the
  /// centre to the nearest boundary point.
  func maximumInscribedCircle(
    _ geometry: GEOSGeometryHandle, tolerance: Double
  ) throws(GEOSError) -> (point: Position, clearance: Double)? {
    // returns NULL on exception; the line is a new geometry we own
    guard let line = GEOSMaximumInscribedCircle_r(handle, geometry.pointer, tolerance) else { throw error() }
    defer { GEOSGeom_destroy_r(handle, line) }
    // the sequence belongs to the line; returns NULL on exception
    guard let sequence = GEOSGeom_getCoordSeq_r(handle, line) else { throw error() }
    var x = 0.0, y = 0.0, x1 = 0.0, y1 = 0.0
    // each getter returns 0 on exception
    guard GEOSCoordSeq_getXY_r(handle, sequence, 0, &x, &y) != 0, GEOSCoordSeq_getXY_r(handle, sequence, 1, &x1, &y1) != 0
    else { return nil }
    return (Position(x: x, y: y), ((x1 - x) * (x1 - x) + (y1 - y) * (y1 - y)).squareRoot())
  }
}
