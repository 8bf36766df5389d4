import AudomapCore

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
      if case .invalid(let reason, let location) = try context.validity(of: geometry) {
        invalid.append(InvalidFeature(featureIndex: index, reason: reason, location: location))
      }
    }
    return invalid
  }
}
