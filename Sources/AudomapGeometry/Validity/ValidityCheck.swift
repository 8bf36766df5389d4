import AudomapCore
import CGEOS

/// A feature whose geometry GEOS finds invalid, with its reason and where.
public struct InvalidFeature: Hashable, Sendable {
  public var featureIndex: Int
  public var reason: String
  public var location: Position?

  public init(featureIndex: Int, reason: String, location: Position?) {
    self.featureIndex = featureIndex
    self.reason = reason
    self.location = location
  }
}

/// Validity of boundary polygons by the OGC rules, as GEOS checks them.
public enum ValidityCheck {
  /// The features whose polygons are invalid (self-intersections, rings too
  /// short or unclosed, holes outside their shell…). Features without polygons are skipped.
  /// See `GEOSisValidDetail_r` in the GEOS C API.
  public static func invalidFeatures(_ features: [Feature]) throws(GEOSError) -> [InvalidFeature] {
    let context = try GEOSContext()
    var invalid: [InvalidFeature] = []
    for (index, feature) in features.enumerated() {
      guard let polygons = feature.geometry?.polygons, !polygons.isEmpty else { continue }
      let geometry: GEOSGeometryHandle
      do {
        geometry = try context.geometry(of: polygons)
      } catch {
        // GEOS refuses to even build it (an unclosed or too-short ring).
        invalid.append(InvalidFeature(featureIndex: index, reason: error.description, location: nil))
        continue
      }
      var reason: UnsafeMutablePointer<CChar>?
      var location: OpaquePointer?
      // returns 1 when valid, 0 when invalid, 2 on exception
      switch GEOSisValidDetail_r(context.handle, geometry.pointer, 0, &reason, &location) {
      case 1: continue
      case 0:
        defer {
          if let reason { GEOSFree_r(context.handle, reason) }
          if let location { GEOSGeom_destroy_r(context.handle, location) }
        }
        invalid.append(InvalidFeature(
          featureIndex: index, reason: reason.map { String(cString: $0) } ?? "invalid",
          location: location.flatMap { point(context, $0) }))
      default:
        throw context.error()
      }
    }
    return invalid
  }

  private static func point(_ context: GEOSContext, _ geometry: OpaquePointer) -> Position? {
    var x = 0.0
    var y = 0.0
    // return 0 on exception
    guard GEOSGeomGetX_r(context.handle, geometry, &x) != 0, GEOSGeomGetY_r(context.handle, geometry, &y) != 0 else {
      return nil
    }
    return Position(x: x, y: y)
  }
}
