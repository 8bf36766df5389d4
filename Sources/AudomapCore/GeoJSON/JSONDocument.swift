/// Parses a whole file into one `JSONValue`, with the GeoJSON reader's JSON
/// level and located errors: for TopoJSON and OpenDataSoft records, which are
/// small enough to go through a generic tree.
enum JSONDocument {
  /// The JSON value that is the whole of `bytes`; `source` names the file in error messages.
  static func parse(_ bytes: [UInt8], source: String) throws(GeoJSONError) -> JSONValue {
    try bytes.withUnsafeBufferPointer { buffer throws(GeoJSONError) in
      guard let base = buffer.baseAddress, !buffer.isEmpty else {
        throw .emptyFile(GeoJSONError.Location(file: source, line: 1, column: 1))
      }
      var parser = GeoJSONParser(base: base, count: buffer.count, source: source)
      return try parser.parseValueDocument()
    }
  }
}

extension GeoJSONParser {
  /// Parses the file as one JSON value of any kind, then checks that nothing follows it.
  mutating func parseValueDocument() throws(GeoJSONError) -> JSONValue {
    if hasByteOrderMark { offset = 3 }
    skipWhitespace()
    guard offset < end else { throw .emptyFile(location(at: offset)) }
    let value = try parseValue(depth: 0)
    skipWhitespace()
    guard offset >= end else { throw .trailingContent(location(at: offset), found: describeToken(at: offset)) }
    return value
  }
}
