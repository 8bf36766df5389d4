/// One feature of a boundary file: a geometry (possibly missing) and its properties.
public struct Feature: Hashable, Sendable {
  public var id: JSONValue?
  public var geometry: Geometry?
  public var properties: JSONObject

  public init(id: JSONValue? = nil, geometry: Geometry?, properties: JSONObject = JSONObject()) {
    self.id = id
    self.geometry = geometry
    self.properties = properties
  }
}

/// The features of a boundary file, whatever its top-level shape (a
/// FeatureCollection, a single Feature or a bare geometry).
public struct FeatureCollection: Hashable, Sendable {
  public var features: [Feature]
  /// The legacy GeoJSON 2008 `crs` member when the file has one.
  public var crs: JSONValue?
  /// How many positions had a third or fourth value (Z or M) that the reader dropped.
  public var droppedDimensions: Int

  public init(features: [Feature], crs: JSONValue? = nil, droppedDimensions: Int = 0) {
    self.features = features
    self.crs = crs
    self.droppedDimensions = droppedDimensions
  }
}
