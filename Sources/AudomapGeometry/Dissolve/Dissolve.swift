import AudomapCore
import CGEOS

/// The outline of a set of communes (an EPCI or department contour), and the
/// measures used to check that a coverage has no gap or overlap.
///
/// ## Example
/// ```swift
/// let contour = try Dissolve.outline(of: capso)  // one polygon, no hole
/// ```
public enum Dissolve {
  /// How the union is computed.
  public enum Method: Hashable, Sendable {
    /// GEOS coverage union: fast and exact for polygons that only share
    /// borders (vertex for vertex). GEOS 3.11 throws on some other inputs
    /// but returns overlapping polygons unchanged, so an invalid result is
    /// refused here too.
    case coverage
    /// GEOS overlay union: slower, accepts gaps, overlaps and unmatched vertices.
    case overlay
  }

  /// The union of every polygon of the collection: coverage union first,
  /// overlay union when the input turns out not to be a clean coverage.
  /// - Throws: `GEOSError` when both unions fail.
  public static func outline(of collection: FeatureCollection) throws(GEOSError) -> Geometry {
    do {
      return try outline(of: collection, method: .coverage)
    } catch {
      return try outline(of: collection, method: .overlay)
    }
  }

  /// The union of every polygon of the collection by the given method: a
  /// Polygon, or a MultiPolygon when there are several parts or none.
  /// See `GEOSCoverageUnion_r` and `GEOSUnaryUnion_r` in the GEOS C API.
  /// - Throws: `GEOSError` with GEOS's messages when the union fails.
  public static func outline(of collection: FeatureCollection, method: Method) throws(GEOSError) -> Geometry {
    let context = try GEOSContext()
    let input = try context.geometry(of: collection.features.flatMap { $0.geometry?.polygons ?? [] })
    let union: OpaquePointer?
    switch method {
    // Both return NULL on exception; the input stays ours and the result is
    // a new geometry we own.
    case .coverage: union = GEOSCoverageUnion_r(context.handle, input.pointer)
    case .overlay: union = GEOSUnaryUnion_r(context.handle, input.pointer)
    }
    guard let union else { throw context.error() }
    let result = GEOSGeometryHandle(context: context, pointer: union)
    if method == .coverage {
      // returns 1 when valid, 0 when invalid, 2 on exception
      switch GEOSisValid_r(context.handle, result.pointer) {
      case 1: break
      case 0: throw GEOSError.libraryError(messages: ["the polygons are not a coverage: their union is invalid"])
      default: throw context.error()
      }
    }
    let polygons = try result.polygons()
    return polygons.count == 1 ? .polygon(polygons[0]) : .multiPolygon(polygons)
  }

  /// The planar area of polygons in their own units (square degrees for
  /// WGS84): holes subtracted, parts added even when they overlap.
  /// See `GEOSArea_r` in the GEOS C API.
  public static func area(of polygons: [Polygon]) throws(GEOSError) -> Double {
    let context = try GEOSContext()
    var total = 0.0
    // Part by part: a multipolygon of overlapping parts is invalid and its
    // area would not be the sum that a coverage check compares with.
    for polygon in polygons { total += try context.geometry(of: [polygon]).area() }
    return total
  }
}
