/// Everything the repair stage detects in a boundary file. Each defect found
/// is listed per feature in the report; the raw value is the name used in
/// the JSON report.
public enum Defect: String, CaseIterable, Codable, Hashable, Sendable {
  // Coordinate reference system
  /// A legacy GeoJSON 2008 `crs` member (EPSG:2154, 3857, 4326, CRS84).
  case legacyCRSMember = "legacy-crs-member"
  /// Projected coordinates (Lambert-93, Web Mercator) without any `crs` member.
  case projectedCoordinates = "projected-coordinates"
  /// Latitude written before longitude.
  case swappedAxes = "swapped-axes"

  // Geometry
  case selfIntersection = "self-intersection"
  case unclosedRing = "unclosed-ring"
  case duplicatePoints = "duplicate-points"
  /// A ring with fewer than 4 positions: it cannot enclose anything.
  case shortRing = "short-ring"
  /// Z or M values (a third or fourth coordinate), dropped.
  case extraDimensions = "extra-dimensions"
  case nullGeometry = "null-geometry"
  case emptyGeometry = "empty-geometry"
  /// A GeometryCollection holding polygons, turned into a MultiPolygon.
  case geometryCollection = "geometry-collection"
  case holeOutsideShell = "hole-outside-shell"
  /// Any other invalidity GEOS reports (nested shells, …), fixed by make-valid.
  case otherInvalidity = "other-invalidity"
  /// A point or line feature in a polygon layer: dropped.
  case nonPolygon = "non-polygon"

  // Winding
  /// Rings wound against the output convention (RFC 7946: exterior counter-clockwise).
  case winding = "winding"

  // Properties
  /// Property values wrapped in one-element arrays (OpenDataSoft 2025 exports): unwrapped.
  case wrappedProperties = "wrapped-properties"

  // Identifiers
  case missingCode = "missing-code"
  case duplicateCode = "duplicate-code"

  // Coverage
  /// A sliver of land between neighbours that belongs to no commune.
  case gap = "gap"
  /// Land claimed by two neighbouring communes.
  case overlap = "overlap"
  /// A commune far from all the others (picked up by a text search, another département).
  case strayFeature = "stray-feature"

  /// A short French-free English label for the text report.
  public var label: String { rawValue.replacingOccurrences(of: "-", with: " ") }
}
