import AudomapCore
import CGEOS

extension GEOSContext {
  /// A GEOS (multi)polygon built from our polygons. GEOS takes ownership of
  /// rings and parts as soon as they are handed to their parent, so only the
  /// outermost geometry is wrapped in a handle.
  /// - Parameter type: `GEOS_MULTIPOLYGON`, or `GEOS_GEOMETRYCOLLECTION` for polygons that may overlap.
  func geometry(
    of polygons: [Polygon], type: GEOSGeomTypes = GEOS_MULTIPOLYGON
  ) throws(GEOSError) -> GEOSGeometryHandle {
    var parts: [OpaquePointer?] = []
    do {
      for polygon in polygons { parts.append(try rawPolygon(polygon)) }
    } catch {
      for part in parts { GEOSGeom_destroy_r(handle, part) }
      throw error
    }
    let count = UInt32(parts.count)
    // returns NULL on exception; on success the collection owns the parts
    guard let collection = GEOSGeom_createCollection_r(handle, Int32(type.rawValue), &parts, count)
    else {
      for part in parts { GEOSGeom_destroy_r(handle, part) }
      throw error()
    }
    return GEOSGeometryHandle(context: self, pointer: collection)
  }

  private func rawPolygon(_ polygon: Polygon) throws(GEOSError) -> OpaquePointer {
    var rings: [OpaquePointer?] = []
    do {
      for ring in polygon.rings { rings.append(try rawRing(ring)) }
    } catch {
      for ring in rings { GEOSGeom_destroy_r(handle, ring) }
      throw error
    }
    guard let shell = rings.first ?? nil else {
      // returns NULL on exception
      guard let empty = GEOSGeom_createEmptyPolygon_r(handle) else { throw error() }
      return empty
    }
    var holes = Array(rings.dropFirst())
    // returns NULL on exception; on success the polygon owns shell and holes
    guard let polygon = GEOSGeom_createPolygon_r(handle, shell, &holes, UInt32(holes.count)) else {
      for ring in rings { GEOSGeom_destroy_r(handle, ring) }
      throw error()
    }
    return polygon
  }

  private func rawRing(_ ring: Ring) throws(GEOSError) -> OpaquePointer {
    let sequence: OpaquePointer? = ring.positions.withUnsafeBytes { raw in
      guard let base = raw.baseAddress?.assumingMemoryBound(to: Double.self) else {
        return GEOSCoordSeq_create_r(handle, 0, 2)
      }
      // Position is two Doubles, so the array is the x,y buffer GEOS expects.
      // returns NULL on exception
      return GEOSCoordSeq_copyFromBuffer_r(handle, base, UInt32(ring.positions.count), 0, 0)
    }
    guard let sequence else { throw error() }
    // returns NULL on exception (e.g. an unclosed ring); the ring owns the sequence either way
    guard let linearRing = GEOSGeom_createLinearRing_r(handle, sequence) else { throw error() }
    return linearRing
  }
}
