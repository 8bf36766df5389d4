import AudomapCore

/// Input the repair stage cannot repair.
public enum RepairError: AudomapError, Hashable {
  /// `--id-field` names a property no feature has.
  case unknownIdField(source: String, field: String, available: [String])
  /// The `crs` member names a CRS PROJ does not know.
  case unknownCRS(source: String, name: String)
  /// Coordinates beyond longitude/latitude that match no projection we recognise.
  case unrecognisedCoordinates(source: String, box: BoundingBox)
  /// Nothing left to map: no feature at all, or none with a usable polygon.
  case noPolygon(source: String, featureCount: Int, geometryTypes: [String])

  public var exitStatus: ExitStatus {
    switch self {
    case .unknownIdField: return .usage
    case .unknownCRS, .unrecognisedCoordinates, .noPolygon: return .dataError
    }
  }

  public var description: String {
    switch self {
    case .unknownIdField(let source, let field, let available):
      let list = available.isEmpty ? "none" : available.joined(separator: ", ")
      return "\(source): no feature has a property \"\(field)\". Properties found: \(list). "
        + "Give one of them with --id-field, or leave it out to detect the code field."
    case .unknownCRS(let source, let name):
      return "\(source): the crs member names \"\(name)\", which PROJ does not know. "
        + "Reproject the file to WGS84 (EPSG:4326) first, e.g. with ogr2ogr -t_srs EPSG:4326."
    case .unrecognisedCoordinates(let source, let box):
      return "\(source): coordinates span x \(box.minX)…\(box.maxX), y \(box.minY)…\(box.maxY): "
        + "neither longitude/latitude, Lambert-93 nor Web Mercator, and the file has no crs member. "
        + "Reproject the file to WGS84 (EPSG:4326) first, e.g. with ogr2ogr -t_srs EPSG:4326."
    case .noPolygon(let source, let featureCount, let types):
      if featureCount == 0 {
        return "\(source): the file holds no feature at all. Download the boundaries again or choose another file."
      }
      let found = types.isEmpty ? "no usable geometry" : "only " + types.joined(separator: ", ")
      return "\(source): none of the \(featureCount) features has a polygon (found \(found)). "
        + "A map needs commune boundaries: choose a file of polygons, not points or lines."
    }
  }
}
