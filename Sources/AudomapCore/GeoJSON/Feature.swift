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

/// The kind of file a boundary collection was read from, for reports.
public enum BoundaryFormat: String, CaseIterable, Codable, Hashable, Sendable {
  /// GeoJSON: a FeatureCollection, a single Feature or a bare geometry.
  case geoJSON = "geojson"
  /// A TopoJSON `Topology`, one of whose objects became the features.
  case topoJSON = "topojson"
  /// An OpenDataSoft "records" JSON export: an array of records holding their polygon in a field.
  case openDataSoftRecords = "opendatasoft-records"

  /// The format's name, for the text report.
  public var label: String {
    switch self {
    case .geoJSON: return "GeoJSON"
    case .topoJSON: return "TopoJSON"
    case .openDataSoftRecords: return "OpenDataSoft records JSON"
    }
  }
}

/// The features of a boundary file, whatever its top-level shape (a
/// FeatureCollection, a single Feature or a bare geometry) or format.
public struct FeatureCollection: Hashable, Sendable {
  public var features: [Feature]
  /// The legacy GeoJSON 2008 `crs` member when the file has one.
  public var crs: JSONValue?
  /// How many positions had a third or fourth value (Z or M) that the reader dropped.
  public var droppedDimensions: Int
  /// The indexes in `features` of the features that had Z or M values, in increasing order.
  public var featuresWithExtraDimensions: [Int]
  /// The format the features were read from.
  public var format: BoundaryFormat

  /// A collection; the defaults describe a plain GeoJSON file without Z or M values.
  public init(
    features: [Feature], crs: JSONValue? = nil, droppedDimensions: Int = 0, featuresWithExtraDimensions: [Int] = [],
    format: BoundaryFormat = .geoJSON
  ) {
    self.features = features
    self.crs = crs
    self.droppedDimensions = droppedDimensions
    self.featuresWithExtraDimensions = featuresWithExtraDimensions
    self.format = format
  }
}

extension FeatureCollection {
  /// Positions in every polygon ring of every feature (points and lines left out).
  public var vertexCount: Int {
    features.reduce(0) { total, feature in
      total + (feature.geometry?.polygons ?? []).reduce(0) { $0 + $1.rings.reduce(0) { $0 + $1.positions.count } }
    }
  }
}
