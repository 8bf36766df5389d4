import AudomapCore
import CGEOS

/// What `GEOSisValidDetail_r` says about a geometry.
enum GEOSValidity: Hashable {
  case valid
  case invalid(reason: String, location: Position?)
}

extension GEOSContext {
  /// Whether `geometry` is valid by the OGC rules, with GEOS's reason and place when not.
  /// See `GEOSisValidDetail_r` in the GEOS C API.
  func validity(of geometry: GEOSGeometryHandle) throws(GEOSError) -> GEOSValidity {
    var reason: UnsafeMutablePointer<CChar>?
    var location: OpaquePointer?
    // returns 1 when valid, 0 when invalid, 2 on exception; reason and location are ours to free
    let status = GEOSisValidDetail_r(handle, geometry.pointer, 0, &reason, &location)
    defer {
      if let reason { GEOSFree_r(handle, reason) }
      if let location { GEOSGeom_destroy_r(handle, location) }
    }
    switch status {
    case 1: return .valid
    case 0: return .invalid(reason: reason.map { String(cString: $0) } ?? "invalid", location: location.flatMap(position))
    default: throw error()
    }
  }

  /// A valid version of `geometry` by the structure method (rings made valid,
  /// shells merged, holes subtracted; collapsed parts dropped), which keeps the
  /// area of a ring that merely touches itself. See `GEOSMakeValidWithParams_r`.
  func makeValid(_ geometry: GEOSGeometryHandle) throws(GEOSError) -> GEOSGeometryHandle {
    // returns NULL on exception
    guard let params = GEOSMakeValidParams_create_r(handle) else { throw error() }
    defer { GEOSMakeValidParams_destroy_r(handle, params) }
    // both setters return 0 on exception
    guard GEOSMakeValidParams_setMethod_r(handle, params, GEOS_MAKE_VALID_STRUCTURE) != 0,
      GEOSMakeValidParams_setKeepCollapsed_r(handle, params, 0) != 0
    else { throw error() }
    // returns NULL on exception; the result is a new geometry we own
    guard let valid = GEOSMakeValidWithParams_r(handle, geometry.pointer, params) else { throw error() }
    return GEOSGeometryHandle(context: self, pointer: valid)
  }

  /// The intersection of two geometries. See `GEOSIntersection_r`.
  func intersection(_ a: GEOSGeometryHandle, _ b: GEOSGeometryHandle) throws(GEOSError) -> GEOSGeometryHandle {
    // returns NULL on exception; the result is a new geometry we own
    guard let result = GEOSIntersection_r(handle, a.pointer, b.pointer) else { throw error() }
    return GEOSGeometryHandle(context: self, pointer: result)
  }

  /// The union of polygons that only share edges (fast, but wrong on overlaps).
  /// See `GEOSCoverageUnion_r`.
  func coverageUnion(_ geometry: GEOSGeometryHandle) throws(GEOSError) -> GEOSGeometryHandle {
    // returns NULL on exception; the result is a new geometry we own
    guard let result = GEOSCoverageUnion_r(handle, geometry.pointer) else { throw error() }
    return GEOSGeometryHandle(context: self, pointer: result)
  }

  /// The union of any polygons. See `GEOSUnaryUnion_r`.
  func unaryUnion(_ geometry: GEOSGeometryHandle) throws(GEOSError) -> GEOSGeometryHandle {
    // returns NULL on exception; the result is a new geometry we own
    guard let result = GEOSUnaryUnion_r(handle, geometry.pointer) else { throw error() }
    return GEOSGeometryHandle(context: self, pointer: result)
  }

  /// A point inside `geometry` (on it, for a sliver). See `GEOSPointOnSurface_r`.
  func pointOnSurface(_ geometry: GEOSGeometryHandle) throws(GEOSError) -> Position? {
    // returns NULL on exception; the point is a new geometry we own
    guard let point = GEOSPointOnSurface_r(handle, geometry.pointer) else { throw error() }
    defer { GEOSGeom_destroy_r(handle, point) }
    return position(point)
  }

  /// A geometry collection of polygons, each part independent (a MultiPolygon
  /// whose parts overlap would be invalid; a collection may hold anything).
  func collection(of polygons: [Polygon]) throws(GEOSError) -> GEOSGeometryHandle {
    try geometry(of: polygons, type: GEOS_GEOMETRYCOLLECTION)
  }

  /// The coordinates of a point geometry, or nil when it is empty.
  private func position(_ point: OpaquePointer) -> Position? {
    var x = 0.0
    var y = 0.0
    // both return 0 on exception (an empty point)
    guard GEOSGeomGetX_r(handle, point, &x) != 0, GEOSGeomGetY_r(handle, point, &y) != 0 else { return nil }
    return Position(x: x, y: y)
  }
}

extension GEOSContext {
  /// The part of `a` outside `b`. See `GEOSDifference_r`.
  func difference(_ a: GEOSGeometryHandle, _ b: GEOSGeometryHandle) throws(GEOSError) -> GEOSGeometryHandle {
    // returns NULL on exception; the result is a new geometry we own
    guard let result = GEOSDifference_r(handle, a.pointer, b.pointer) else { throw error() }
    return GEOSGeometryHandle(context: self, pointer: result)
  }

  /// The union of two geometries. See `GEOSUnion_r`.
  func union(_ a: GEOSGeometryHandle, _ b: GEOSGeometryHandle) throws(GEOSError) -> GEOSGeometryHandle {
    // returns NULL on exception; the result is a new geometry we own
    guard let result = GEOSUnion_r(handle, a.pointer, b.pointer) else { throw error() }
    return GEOSGeometryHandle(context: self, pointer: result)
  }

  /// Whether a negative buffer of `distance / 2` leaves nothing: no disc of diameter
  /// `distance` fits inside. See `GEOSBuffer_r` and `GEOSisEmpty_r`.
  func isThinnerThan(_ distance: Double, _ geometry: GEOSGeometryHandle) throws(GEOSError) -> Bool {
    // returns NULL on exception; the result is a new geometry we own
    guard let shrunk = GEOSBuffer_r(handle, geometry.pointer, -distance / 2, 8) else { throw error() }
    defer { GEOSGeom_destroy_r(handle, shrunk) }
    // returns 2 on exception
    switch GEOSisEmpty_r(handle, shrunk) {
    case 1: return true
    case 0: return false
    default: throw error()
    }
  }
}
