import Foundation

/// The types a GeoJSON `type` member may name.
enum GeoJSONType: Equatable {
  case featureCollection
  case feature
  case geometryCollection
  case coordinates(CoordinatesType)

  init?(name: UnsafeBufferPointer<UInt8>) {
    if name.equals("Polygon") {
      self = .coordinates(.polygon)
    } else if name.equals("MultiPolygon") {
      self = .coordinates(.multiPolygon)
    } else if name.equals("Feature") {
      self = .feature
    } else if name.equals("FeatureCollection") {
      self = .featureCollection
    } else if name.equals("Point") {
      self = .coordinates(.point)
    } else if name.equals("MultiPoint") {
      self = .coordinates(.multiPoint)
    } else if name.equals("LineString") {
      self = .coordinates(.lineString)
    } else if name.equals("MultiLineString") {
      self = .coordinates(.multiLineString)
    } else if name.equals("GeometryCollection") {
      self = .geometryCollection
    } else {
      return nil
    }
  }
}

/// The geometry types whose shape is given by a `coordinates` member.
enum CoordinatesType: String, Equatable {
  case point = "Point", multiPoint = "MultiPoint", lineString = "LineString"
  case multiLineString = "MultiLineString", polygon = "Polygon", multiPolygon = "MultiPolygon"

  var name: String { rawValue }
}

/// The members the reader looks at; any other member is skipped.
enum GeoJSONMember {
  case type, features, geometry, properties, id, coordinates, geometries, crs, other

  init(name: UnsafeBufferPointer<UInt8>) {
    if name.equals("type") {
      self = .type
    } else if name.equals("coordinates") {
      self = .coordinates
    } else if name.equals("geometry") {
      self = .geometry
    } else if name.equals("properties") {
      self = .properties
    } else if name.equals("features") {
      self = .features
    } else if name.equals("id") {
      self = .id
    } else if name.equals("geometries") {
      self = .geometries
    } else if name.equals("crs") {
      self = .crs
    } else {
      self = .other
    }
  }
}

extension UnsafeBufferPointer<UInt8> {
  /// Whether these bytes spell `text`, compared without creating a String.
  @inline(__always)
  func equals(_ text: StaticString) -> Bool {
    guard count == text.utf8CodeUnitCount else { return false }
    guard let baseAddress else { return true }
    return memcmp(baseAddress, text.utf8Start, count) == 0
  }
}

/// What one GeoJSON object (the root, a feature or a geometry) holds, gathered member by member.
struct GeoJSONObjectParts {
  var features: [Feature]?
  var geometry: Geometry?
  var properties = JSONObject()
  var id: JSONValue?
  var coordinates: Geometry?
  var geometries: [Geometry]?
  var crs: JSONValue?
}

extension GeoJSONParser {
  /// Where an object sits, which decides the types it may have.
  enum Context {
    case root, feature, geometry
  }

  // MARK: - Objects

  /// Parses the whole file.
  mutating func parseDocument() throws(GeoJSONError) -> FeatureCollection {
    if hasByteOrderMark { offset = 3 }
    skipWhitespace()
    guard offset < end else { throw .emptyFile(location(at: offset)) }
    if end >= 2
      && (base[0] == 0 || base[1] == 0 || (base[0] == 0xFF && base[1] == 0xFE)
        || (base[0] == 0xFE && base[1] == 0xFF))
    {
      throw .notGeoJSON(location(at: 0), content: .utf16Text)
    }
    guard peek() == JSONByte.openBrace else { throw .notGeoJSON(location(at: offset), content: guessContent()) }

    let start = offset
    let (type, parts) = try parseGeoJSONObject(.root, depth: 0)
    skipWhitespace()
    guard offset >= end else { throw .trailingContent(location(at: offset), found: describeToken(at: offset)) }

    let features: [Feature]
    switch type {
    case .featureCollection:
      guard let members = parts.features else {
        throw .missingMember(location(at: start), member: "features", type: "FeatureCollection")
      }
      features = members
    case .feature:
      features = [Feature(id: parts.id, geometry: parts.geometry, properties: parts.properties)]
    case .geometryCollection, .coordinates:
      features = [Feature(geometry: try makeGeometry(type, parts, objectStart: start))]
    }
    // parseFeatures records the features of a collection; a lone Feature or geometry is feature 0.
    if type != .featureCollection && droppedDimensions > 0 { featuresWithExtraDimensions = [0] }
    return FeatureCollection(
      features: features, crs: parts.crs, droppedDimensions: droppedDimensions,
      featuresWithExtraDimensions: featuresWithExtraDimensions)
  }

  /// What a file that does not start with `{` seems to be, judged from its first line.
  private func guessContent() -> GeoJSONError.Content {
    switch base[offset] {
    case JSONByte.openBracket: return .jsonArray
    case JSONByte.lessThan: return .htmlPage
    default: break
    }
    var lineEnd = offset
    while lineEnd < end && base[lineEnd] != JSONByte.lineFeed && base[lineEnd] != JSONByte.carriageReturn {
      lineEnd += 1
    }
    let line = text(offset..<lineEnd)
    guard line.contains(where: { $0 == "," || $0 == ";" || $0 == "\t" }) else {
      return .unknown(found: describeToken(at: offset))
    }
    return .csvTable(firstLine: line.count > 40 ? line.prefix(40) + "…" : line)
  }

  /// Parses the object at the cursor, whose members may come in any order.
  ///
  /// A member read before `type` whose meaning depends on the type is skipped
  /// and read again once the type is known, so the common order costs nothing.
  mutating func parseGeoJSONObject(_ context: Context, depth: Int) throws(GeoJSONError)
    -> (type: GeoJSONType, parts: GeoJSONObjectParts)
  {
    let start = offset
    var parts = GeoJSONObjectParts()
    // Inside "features" every object is a Feature, whatever comes first.
    var type: GeoJSONType? = context == .feature ? .feature : nil
    var deferred: [(member: GeoJSONMember, offset: Int)] = []
    let valueDepth = depth + 1
    try parseMembers(depth: valueDepth) { parser, key throws(GeoJSONError) in
      let member = try parser.withDecodedBytes(key) { GeoJSONMember(name: $0) }
      switch member {
      case .type:
        let known = try parser.parseType(in: context)
        type = known
        let resume = parser.offset
        for (member, position) in deferred {
          parser.offset = position
          try parser.parseMember(member, of: known, in: context, depth: valueDepth, into: &parts)
        }
        deferred.removeAll()
        parser.offset = resume
      case .other:
        try parser.skipValue(depth: valueDepth)
      default:
        if let type {
          try parser.parseMember(member, of: type, in: context, depth: valueDepth, into: &parts)
        } else {
          deferred.append((member, parser.offset))
          try parser.skipValue(depth: valueDepth)
        }
      }
    }
    guard let type else {
      if context == .root { throw .notGeoJSON(location(at: start), content: .objectWithoutType) }
      throw .missingMember(location(at: start), member: "type", type: "geometry")
    }
    return (type, parts)
  }

  /// Reads the value of a `type` member and checks that the context allows it.
  private mutating func parseType(in context: Context) throws(GeoJSONError) -> GeoJSONType {
    let start = offset
    guard peek() == JSONByte.quote else { throw unexpected("a type name in double quotes", at: offset) }
    let raw = try scanString()
    if let type = try withDecodedBytes(raw, { GeoJSONType(name: $0) }) {
      switch (context, type) {
      case (.root, _), (.feature, .feature), (.geometry, .geometryCollection), (.geometry, .coordinates):
        return type
      default:
        break
      }
    }
    let name = try makeString(raw)
    let expected: String
    switch context {
    case .root:
      if name == "Topology" { throw .notGeoJSON(location(at: start), content: .topoJSON) }
      expected = "FeatureCollection, Feature or a geometry type"
    case .feature:
      expected = "a Feature"
    case .geometry:
      expected =
        "a geometry type (Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon or GeometryCollection)"
    }
    throw .unexpectedType(location(at: start), type: name, expected: expected)
  }

  /// Reads one member whose meaning `type` decides; members foreign to the type are skipped.
  private mutating func parseMember(
    _ member: GeoJSONMember, of type: GeoJSONType, in context: Context, depth: Int,
    into parts: inout GeoJSONObjectParts
  ) throws(GeoJSONError) {
    switch (member, type) {
    case (.features, .featureCollection):
      parts.features = try parseFeatures(depth: depth)
    case (.geometry, .feature):
      parts.geometry = try parseGeometryOrNull(depth: depth)
    case (.properties, .feature):
      parts.properties = try parseProperties(depth: depth)
    case (.id, .feature):
      parts.id = try parseValue(depth: depth)
    case (.coordinates, .coordinates(let shape)):
      parts.coordinates = try parseCoordinates(shape)
    case (.geometries, .geometryCollection):
      parts.geometries = try parseGeometries(depth: depth)
    case (.crs, _) where context == .root:
      parts.crs = try parseValue(depth: depth)
    default:
      try skipValue(depth: depth)
    }
  }

  private mutating func parseFeatures(depth: Int) throws(GeoJSONError) -> [Feature] {
    guard peek() == JSONByte.openBracket else { throw unexpected("an array of features", at: offset) }
    var features: [Feature] = []
    try parseElements(depth: depth + 1) { parser throws(GeoJSONError) in
      guard parser.peek() == JSONByte.openBrace else { throw parser.unexpected("a Feature object", at: parser.offset) }
      parser.featureIndex = features.count
      // Compared once per feature, which keeps the per-position path as it was.
      let dropped = parser.droppedDimensions
      let (_, parts) = try parser.parseGeoJSONObject(.feature, depth: depth + 1)
      if parser.droppedDimensions > dropped { parser.featuresWithExtraDimensions.append(features.count) }
      parser.featureIndex = nil
      features.append(Feature(id: parts.id, geometry: parts.geometry, properties: parts.properties))
    }
    return features
  }

  private mutating func parseProperties(depth: Int) throws(GeoJSONError) -> JSONObject {
    switch peek() {
    case JSONByte.lowercaseN:
      try parseLiteral("null")
      return JSONObject()
    case JSONByte.openBrace:
      return try parseObject(depth: depth + 1)
    default:
      throw unexpected("an object or null for \"properties\"", at: offset)
    }
  }

  // MARK: - Geometries

  private mutating func parseGeometryOrNull(depth: Int) throws(GeoJSONError) -> Geometry? {
    switch peek() {
    case JSONByte.lowercaseN:
      try parseLiteral("null")
      return nil
    case JSONByte.openBrace:
      return try parseGeometry(depth: depth)
    default:
      throw unexpected("a geometry object or null", at: offset)
    }
  }

  private mutating func parseGeometry(depth: Int) throws(GeoJSONError) -> Geometry {
    let start = offset
    let (type, parts) = try parseGeoJSONObject(.geometry, depth: depth)
    return try makeGeometry(type, parts, objectStart: start)
  }

  private mutating func parseGeometries(depth: Int) throws(GeoJSONError) -> [Geometry] {
    guard peek() == JSONByte.openBracket else { throw unexpected("an array of geometries", at: offset) }
    var geometries: [Geometry] = []
    try parseElements(depth: depth + 1) { parser throws(GeoJSONError) in
      guard parser.peek() == JSONByte.openBrace else { throw parser.unexpected("a geometry object", at: parser.offset) }
      geometries.append(try parser.parseGeometry(depth: depth + 1))
    }
    return geometries
  }

  /// The geometry an object of a geometry type describes; `type` comes from `parseType`
  /// in a context that allows only geometries, or from the root once features are ruled out.
  private func makeGeometry(_ type: GeoJSONType, _ parts: GeoJSONObjectParts, objectStart: Int) throws(GeoJSONError)
    -> Geometry
  {
    switch type {
    case .geometryCollection:
      guard let geometries = parts.geometries else {
        throw .missingMember(location(at: objectStart), member: "geometries", type: "GeometryCollection")
      }
      return .geometryCollection(geometries)
    case .coordinates(let shape):
      guard let geometry = parts.coordinates else {
        throw .missingMember(location(at: objectStart), member: "coordinates", type: shape.name)
      }
      return geometry
    case .feature, .featureCollection:
      preconditionFailure("makeGeometry called for a \(type), which is not a geometry")
    }
  }

  // MARK: - Coordinates

  private mutating func parseCoordinates(_ type: CoordinatesType) throws(GeoJSONError) -> Geometry {
    switch type {
    case .point:
      return .point(try parsePosition(type))
    case .multiPoint:
      return .multiPoint(try parsePositions(type))
    case .lineString:
      return .lineString(try parsePositions(type))
    case .multiLineString:
      return .multiLineString(
        try parseCoordinateArray(type) { parser throws(GeoJSONError) in
          try parser.parsePositions(type)
        })
    case .polygon:
      return .polygon(try parsePolygon(type))
    case .multiPolygon:
      return .multiPolygon(
        try parseCoordinateArray(type) { parser throws(GeoJSONError) in
          try parser.parsePolygon(type)
        })
    }
  }

  private mutating func parsePolygon(_ type: CoordinatesType) throws(GeoJSONError) -> Polygon {
    Polygon(
      rings: try parseCoordinateArray(type) { parser throws(GeoJSONError) in Ring(try parser.parsePositions(type)) })
  }

  @inline(__always)
  private mutating func parseCoordinateArray<Element>(
    _ type: CoordinatesType, _ element: (inout GeoJSONParser) throws(GeoJSONError) -> Element
  ) throws(GeoJSONError) -> [Element] {
    guard peek() == JSONByte.openBracket else { throw coordinatesError(type, expected: "'['") }
    var elements: [Element] = []
    // Coordinates nest at a fixed depth, so no depth limit applies.
    try parseElements(depth: 0) { parser throws(GeoJSONError) in elements.append(try element(&parser)) }
    return elements
  }

  /// Parses an array of positions: the hot path of the reader.
  private mutating func parsePositions(_ type: CoordinatesType) throws(GeoJSONError) -> [Position] {
    guard peek() == JSONByte.openBracket else { throw coordinatesError(type, expected: "'['") }
    offset += 1
    positionScratch.removeAll(keepingCapacity: true)
    skipWhitespace()
    if peek() == JSONByte.closeBracket {
      offset += 1
      return []
    }
    while true {
      positionScratch.append(try parsePosition(type))
      skipWhitespace()
      switch peek() {
      case JSONByte.comma:
        offset += 1
        skipWhitespace()
      case JSONByte.closeBracket:
        offset += 1
        return copyOfPositionScratch()
      default:
        throw unexpected("',' or ']' after a position", at: offset)
      }
    }
  }

  /// An exact-size copy: `Array(positionScratch)` would share the scratch
  /// buffer, so the next list would reallocate it and every ring keep its capacity.
  private func copyOfPositionScratch() -> [Position] {
    positionScratch.withUnsafeBufferPointer { scratch in
      [Position](unsafeUninitializedCapacity: scratch.count) { buffer, count in
        count = buffer.initialize(fromContentsOf: scratch)
      }
    }
  }

  @inline(__always)
  private mutating func parsePosition(_ type: CoordinatesType) throws(GeoJSONError) -> Position {
    guard peek() == JSONByte.openBracket else { throw coordinatesError(type, expected: "'[' opening a position") }
    offset += 1
    skipWhitespace()
    let x = try parseCoordinate(type, expected: "a number")
    skipWhitespace()
    guard peek() == JSONByte.comma else {
      if peek() == JSONByte.closeBracket { throw coordinatesError(type, expected: "',' and a second number") }
      throw unexpected("',' after a number", at: offset)
    }
    offset += 1
    skipWhitespace()
    let y = try parseCoordinate(type, expected: "a number")
    skipWhitespace()
    if peek() != JSONByte.closeBracket {
      // A third or fourth value (Z or M): checked, then dropped and counted.
      while peek() == JSONByte.comma {
        offset += 1
        skipWhitespace()
        _ = try parseCoordinate(type, expected: "a number")
        skipWhitespace()
      }
      guard peek() == JSONByte.closeBracket else { throw unexpected("',' or ']' after a number", at: offset) }
      droppedDimensions += 1
    }
    offset += 1
    return Position(x: x, y: y)
  }

  @inline(__always)
  private mutating func parseCoordinate(_ type: CoordinatesType, expected: String) throws(GeoJSONError) -> Double {
    guard isNumberStart(peek()) else { throw coordinatesError(type, expected: expected) }
    return try parseNumber()
  }

  @inline(never)
  private func coordinatesError(_ type: CoordinatesType, expected: String) -> GeoJSONError {
    guard offset < end else { return .truncated(location(at: end)) }
    return .invalidCoordinates(
      location(at: offset), geometryType: type.name, expected: expected, found: describeToken(at: offset))
  }
}
