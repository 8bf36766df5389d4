import AudomapCore

/// The projection a map is drawn in.
public enum MapProjection: Hashable, Sendable {
  /// Lambert-93 (EPSG:2154), the official projection of metropolitan France.
  case lambert93
  /// A Lambert azimuthal equal-area projection centred on a territory outside
  /// metropolitan France (an overseas département, a foreign area): little
  /// distortion at the scale of one territory, whatever its latitude.
  case localAzimuthal(center: Position)

  /// The area where Lambert-93 is meant to be used (EPSG's area of use for
  /// EPSG:2154: metropolitan France with Corsica, its sea and borders).
  public static let lambert93Domain = BoundingBox(minX: -9.86, minY: 41.15, maxX: 10.38, maxY: 51.56)

  /// A name for reports.
  public var name: String {
    switch self {
    case .lambert93: return "Lambert-93 (EPSG:2154)"
    case .localAzimuthal(let c):
      return "local Lambert azimuthal equal-area centred on \(Self.degrees(c.x)), \(Self.degrees(c.y))"
    }
  }

  var definition: String {
    switch self {
    case .lambert93: return "EPSG:2154"
    case .localAzimuthal(let c):
      return "+proj=laea +lat_0=\(c.y) +lon_0=\(c.x) +x_0=0 +y_0=0 +ellps=GRS80 +units=m +no_defs +type=crs"
    }
  }

  private static func degrees(_ value: Double) -> String {
    String(Double((value * 1000).rounded()) / 1000)
  }
}
