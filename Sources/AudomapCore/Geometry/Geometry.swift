/// Any GeoJSON geometry. Communes are polygons or multipolygons; the other
/// cases are kept so that the reader never loses what a file holds and the
/// repair stage can report it.
public indirect enum Geometry: Hashable, Sendable {
  case point(Position)
  case multiPoint([Position])
  case lineString([Position])
  case multiLineString([[Position]])
  case polygon(Polygon)
  case multiPolygon([Polygon])
  case geometryCollection([Geometry])

  /// The polygons of this geometry (a polygon, a multipolygon, or the
  /// polygons inside a collection); empty for points and lines.
  public var polygons: [Polygon] {
    switch self {
    case .polygon(let polygon): return [polygon]
    case .multiPolygon(let polygons): return polygons
    case .geometryCollection(let members): return members.flatMap(\.polygons)
    case .point, .multiPoint, .lineString, .multiLineString: return []
    }
  }

  /// The GeoJSON type name, for messages and reports.
  public var typeName: String {
    switch self {
    case .point: return "Point"
    case .multiPoint: return "MultiPoint"
    case .lineString: return "LineString"
    case .multiLineString: return "MultiLineString"
    case .polygon: return "Polygon"
    case .multiPolygon: return "MultiPolygon"
    case .geometryCollection: return "GeometryCollection"
    }
  }
}
