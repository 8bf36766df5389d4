/// Reads any commune boundary file a French user is likely to download,
/// recognising its format from the content, never from the extension.
///
/// - A JSON array is an OpenDataSoft "records" export: each record's
///   `fields.geo_shape` is its geometry, its other fields its properties and
///   its `recordid` the feature `id`.
/// - A `Topology` object is TopoJSON: its only object holding polygons
///   becomes the features when exactly one does, else its first object.
/// - Anything else goes to the fast `GeoJSONReader`, which also explains
///   files that are not JSON at all (a CSV table, an HTML page…).
public enum BoundaryReader {
  /// Reads the boundary file at `path`, which also names it in error messages.
  ///
  /// - Throws: `FileError`, `GeoJSONError` (syntax, with line and column),
  ///   `TopoJSONError` or `OpenDataSoftRecordsError`: all `AudomapError`s, exit 65 for bad data.
  public static func read(path: String) throws -> FeatureCollection {
    try parse(try FileIO.read(path), source: path)
  }

  /// Parses the bytes of a boundary file; `source` names the file in error messages.
  public static func parse(_ bytes: [UInt8], source: String) throws -> FeatureCollection {
    if firstSignificantByte(of: bytes) == JSONByte.openBracket {
      guard case .array(let records) = try JSONDocument.parse(bytes, source: source) else {
        preconditionFailure("a JSON document starting with '[' is an array")
      }
      return try OpenDataSoftRecords.features(from: records, source: source)
    }
    // A Result, not do/catch: catching a GeoJSONError case pattern crashes Swift 6.3.1 ("Found ownership error").
    switch Result(catching: { () throws(GeoJSONError) in try GeoJSONReader.parse(bytes, source: source) }) {
    case .success(let collection):
      return collection
    case .failure(let error):
      guard case .notGeoJSON(_, content: .topoJSON) = error else { throw error }
      // Only the root's "type" was read: parse again as a generic tree.
      return try TopoJSONReader.features(from: try JSONDocument.parse(bytes, source: source), source: source)
    }
  }

  /// The first byte after a byte order mark and whitespace, nil when there is none.
  private static func firstSignificantByte(of bytes: [UInt8]) -> UInt8? {
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    return bytes[start...].first {
      $0 != JSONByte.space && $0 != JSONByte.lineFeed && $0 != JSONByte.carriageReturn && $0 != JSONByte.tab
    }
  }
}
