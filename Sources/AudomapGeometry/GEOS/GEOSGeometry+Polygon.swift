import AudomapCore
import CGEOS

extension GEOSGeometryHandle {
  /// The polygons of this geometry: a polygon, a multipolygon, or the
  /// polygonal members of a collection (points and lines, which make-valid
  /// can leave behind from collapsed rings, are skipped).
  func polygons() throws(GEOSError) -> [Polygon] {
    try context.polygons(of: pointer)
  }

  /// The area in the geometry's own units. See `GEOSArea_r`.
  func area() throws(GEOSError) -> Double {
    var area = 0.0
    // returns 0 on exception
    guard GEOSArea_r(context.handle, pointer, &area) != 0 else { throw context.error() }
    return area
  }
}

extension GEOSContext {
  /// Reads polygons out of a geometry this context owns (the geometry is not consumed).
  func polygons(of geometry: OpaquePointer) throws(GEOSError) -> [Polygon] {
    // returns -1 on exception
    let type = GEOSGeomTypeId_r(handle, geometry)
    switch type {
    case Int32(GEOS_POLYGON.rawValue):
      return try [polygon(geometry)]
    case Int32(GEOS_MULTIPOLYGON.rawValue), Int32(GEOS_GEOMETRYCOLLECTION.rawValue):
      // returns -1 on exception
      let count = GEOSGetNumGeometries_r(handle, geometry)
      guard count >= 0 else { throw error() }
      var result: [Polygon] = []
      for index in 0..<count {
        // returns NULL on exception; the part stays owned by `geometry`
        guard let part = GEOSGetGeometryN_r(handle, geometry, index) else { throw error() }
        result += try polygons(of: part)
      }
      return result
    case -1:
      throw error()
    default:
      return []
    }
  }

  private func polygon(_ geometry: OpaquePointer) throws(GEOSError) -> Polygon {
    // returns NULL on exception; the ring stays owned by the polygon
    guard let shell = GEOSGetExteriorRing_r(handle, geometry) else { throw error() }
    var rings = [try ring(shell)]
    // returns -1 on exception
    let holeCount = GEOSGetNumInteriorRings_r(handle, geometry)
    guard holeCount >= 0 else { throw error() }
    for index in 0..<holeCount {
      // returns NULL on exception; the ring stays owned by the polygon
      guard let hole = GEOSGetInteriorRingN_r(handle, geometry, index) else { throw error() }
      rings.append(try ring(hole))
    }
    return Polygon(rings: rings.filter { !$0.positions.isEmpty })
  }

  private func ring(_ geometry: OpaquePointer) throws(GEOSError) -> Ring {
    // returns NULL on exception; the sequence stays owned by the ring
    guard let sequence = GEOSGeom_getCoordSeq_r(handle, geometry) else { throw error() }
    var size: UInt32 = 0
    // returns 0 on exception
    guard GEOSCoordSeq_getSize_r(handle, sequence, &size) != 0 else { throw error() }
    var positions = [Position](repeating: Position(x: 0, y: 0), count: Int(size))
    let copied = positions.withUnsafeMutableBytes { raw -> Int32 in
      guard let base = raw.baseAddress?.assumingMemoryBound(to: Double.self) else { return 1 }
      // Position is two Doubles: the array is the x,y buffer GEOS fills. returns 0 on exception
      return GEOSCoordSeq_copyToBuffer_r(handle, sequence, base, 0, 0)
    }
    guard copied != 0 else { throw error() }
    return Ring(positions)
  }
}
