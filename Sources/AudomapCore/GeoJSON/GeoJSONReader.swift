/// Reads GeoJSON into features, straight from the bytes of the file.
///
/// The top level may be a FeatureCollection, a single Feature, or a bare
/// geometry (which becomes one feature without properties). Members may come
/// in any order; unknown members are skipped; properties keep their order and
/// JSON types; a third or fourth coordinate (Z or M) is dropped, counted in
/// `FeatureCollection.droppedDimensions` and its feature listed in
/// `featuresWithExtraDimensions`. Numbers are correctly rounded. To read
/// TopoJSON and OpenDataSoft records too, use `BoundaryReader`.
public enum GeoJSONReader {
  /// Reads the GeoJSON file at `path`, which also names it in error messages.
  ///
  /// - Throws: `FileError` when the file cannot be read, `GeoJSONError` when it
  ///   is not valid GeoJSON; both are `AudomapError`s (an existential cannot be
  ///   a typed-throws type, hence the untyped `throws`).
  public static func read(path: String) throws -> FeatureCollection {
    let bytes = try FileIO.read(path)
    return try parse(bytes, source: path)
  }

  /// Parses the bytes of a GeoJSON file; `source` names the file in error messages.
  public static func parse(_ bytes: [UInt8], source: String) throws(GeoJSONError) -> FeatureCollection {
    try bytes.withUnsafeBufferPointer { buffer throws(GeoJSONError) in
      guard let base = buffer.baseAddress, !buffer.isEmpty else {
        throw .emptyFile(GeoJSONError.Location(file: source, line: 1, column: 1))
      }
      var parser = GeoJSONParser(base: base, count: buffer.count, source: source)
      return try parser.parseDocument()
    }
  }
}
