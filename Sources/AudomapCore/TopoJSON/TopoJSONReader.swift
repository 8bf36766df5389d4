/// Turns a TopoJSON `Topology` into features, as topojson-client's `feature` does.
///
/// A topology holds several named objects (layers). One becomes the features:
/// the only object holding polygons when exactly one does (communes beside a
/// layer of labels or borders), otherwise the first in file order. A
/// GeometryCollection object gives one feature per member geometry, with its
/// `id` and `properties`; any other object gives a single feature.
///
/// Arcs are decoded once: with a `transform`, positions are quantized and
/// delta-encoded, so they are summed and then scaled and translated. Rings and
/// lines join their arcs end to start, a negative index `~i` taking arc `i`
/// reversed. Rings are kept as decoded (no padding of short rings, no
/// rewinding), so the repair stage sees and reports what the file holds.
enum TopoJSONReader {
  /// The features of the topology `root`; `source` names the file in error messages.
  static func features(from root: JSONValue, source: String) throws(TopoJSONError) -> FeatureCollection {
    var decoder = try TopoJSONDecoder(root: root, source: source)
    return try decoder.features()
  }
}

/// The arcs of one topology and the state of the feature being built.
private struct TopoJSONDecoder {
  /// Scale and translation of quantized positions.
  struct Transform {
    var scale: (x: Double, y: Double)
    var translate: (x: Double, y: Double)
  }

  let objects: JSONObject
  let transform: Transform?
  var arcs: [[Position]] = []
  /// Whether each arc had positions with Z or M values.
  var arcHasExtraDimensions: [Bool] = []
  var droppedDimensions = 0
  /// Where the decoder is, for errors.
  var location: TopoJSONError.Location
  /// Whether the feature being built used a position with Z or M values.
  var featureHasExtraDimensions = false

  init(root: JSONValue, source: String) throws(TopoJSONError) {
    location = TopoJSONError.Location(file: source)
    guard case .object(let topology) = root else {
      throw .invalidMember(location, member: "type", expected: "a Topology object", found: root.shortDescription)
    }
    switch topology["objects"] {
    case .object(let objects)?: self.objects = objects
    case let other?:
      throw .invalidMember(location, member: "objects", expected: "an object", found: other.shortDescription)
    case nil: throw .missingMember(location, member: "objects")
    }
    transform = try Self.transform(topology["transform"], location)
    switch topology["arcs"] {
    case .array(let arcs)?: try decodeArcs(arcs)
    case let other?: throw .invalidMember(location, member: "arcs", expected: "an array", found: other.shortDescription)
    case nil: throw .missingMember(location, member: "arcs")
    }
  }

  private static func transform(_ value: JSONValue?, _ location: TopoJSONError.Location) throws(TopoJSONError)
    -> Transform?
  {
    guard let value, value != .null else { return nil }
    func pair(_ member: String) throws(TopoJSONError) -> (Double, Double) {
      let found = value[member: member]
      guard case .array(let items)? = found, items.count == 2, case .number(let a) = items[0],
        case .number(let b) = items[1]
      else {
        throw .invalidMember(
          location, member: "transform.\(member)", expected: "an array of two numbers",
          found: found?.shortDescription ?? "nothing")
      }
      return (a, b)
    }
    return Transform(scale: try pair("scale"), translate: try pair("translate"))
  }

  /// Decodes every arc into positions.
  private mutating func decodeArcs(_ values: [JSONValue]) throws(TopoJSONError) {
    arcs.reserveCapacity(values.count)
    for (index, value) in values.enumerated() {
      var arc: [Position] = []
      var extra = false
      var sum = (x: 0.0, y: 0.0)
      let items: [JSONValue]
      do {
        items = try GeometryValue.array(value, path: "arcs[\(index)]", expected: "an array of positions")
        arc.reserveCapacity(items.count)
        for (k, item) in items.enumerated() {
          let p = try GeometryValue.position(item, path: "arcs[\(index)][\(k)]")
          if p.extra {
            extra = true
            droppedDimensions += 1
          }
          guard let transform else {
            arc.append(Position(x: p.x, y: p.y))
            continue
          }
          sum.x += p.x
          sum.y += p.y
          arc.append(
            Position(
              x: sum.x * transform.scale.x + transform.translate.x, y: sum.y * transform.scale.y + transform.translate.y
            ))
        }
      } catch {
        throw .invalidMember(location, member: error.path, expected: error.expected, found: error.found)
      }
      arcs.append(arc)
      arcHasExtraDimensions.append(extra)
    }
  }

  // MARK: - Objects

  /// The features of the chosen object.
  mutating func features() throws(TopoJSONError) -> FeatureCollection {
    guard let name = chosenObject(), let object = objects[name] else { throw .noObjects(location) }
    location.object = name
    var features: [Feature] = []
    var featuresWithExtraDimensions: [Int] = []
    let members: [JSONValue]
    if object[member: "type"] == .string("GeometryCollection") {
      members = try array(object[member: "geometries"], member: "geometries", expected: "an array of geometries")
    } else {
      members = [object]
    }
    for (index, member) in members.enumerated() {
      location.feature = index
      featureHasExtraDimensions = false
      features.append(try feature(member))
      if featureHasExtraDimensions { featuresWithExtraDimensions.append(index) }
    }
    return FeatureCollection(
      features: features, droppedDimensions: droppedDimensions,
      featuresWithExtraDimensions: featuresWithExtraDimensions,
      format: .topoJSON)
  }

  /// The only polygonal object when exactly one is, else the first object.
  private func chosenObject() -> String? {
    let polygonal = objects.pairs.filter { Self.holdsPolygons($0.value) }
    return polygonal.count == 1 ? polygonal[0].key : objects.keys.first
  }

  private static func holdsPolygons(_ object: JSONValue) -> Bool {
    switch object[member: "type"] {
    case .string("Polygon")?, .string("MultiPolygon")?: return true
    case .string("GeometryCollection")?:
      guard case .array(let members)? = object[member: "geometries"] else { return false }
      return members.contains(where: holdsPolygons)
    default: return false
    }
  }

  private mutating func feature(_ object: JSONValue) throws(TopoJSONError) -> Feature {
    let properties: JSONObject
    switch object[member: "properties"] {
    case .object(let found)?: properties = found
    case nil, .null?: properties = JSONObject()
    case let other?:
      throw .invalidMember(location, member: "properties", expected: "an object or null", found: other.shortDescription)
    }
    return Feature(id: object[member: "id"], geometry: try geometry(object), properties: properties)
  }

  // MARK: - Geometries

  private mutating func geometry(_ object: JSONValue) throws(TopoJSONError) -> Geometry? {
    guard case .object = object else {
      throw .invalidMember(
        location, member: "geometries", expected: "a geometry object", found: object.shortDescription)
    }
    let type: String
    switch object[member: "type"] {
    case .string(let name)?: type = name
    case .null?: return nil
    case let other?:
      throw .invalidMember(location, member: "type", expected: "a geometry type or null", found: other.shortDescription)
    case nil: throw .missingMember(location, member: "type")
    }
    let arcs = object[member: "arcs"]
    switch type {
    case "Point":
      return .point(try position(object[member: "coordinates"], member: "coordinates"))
    case "MultiPoint":
      var points: [Position] = []
      for item in try array(object[member: "coordinates"], member: "coordinates", expected: "an array of positions") {
        points.append(try position(item, member: "coordinates"))
      }
      return .multiPoint(points)
    case "LineString":
      return .lineString(try line(arcs))
    case "MultiLineString":
      return .multiLineString(try lines(arcs, expected: "an array of lines, each an array of arc indexes"))
    case "Polygon":
      return .polygon(try polygon(arcs))
    case "MultiPolygon":
      var polygons: [Polygon] = []
      for item in try array(arcs, member: "arcs", expected: "an array of polygons, each an array of rings") {
        polygons.append(try polygon(item))
      }
      return .multiPolygon(polygons)
    case "GeometryCollection":
      var members: [Geometry] = []
      for member in try array(object[member: "geometries"], member: "geometries", expected: "an array of geometries") {
        // A null member carries nothing a GeometryCollection can hold.
        if let geometry = try geometry(member) { members.append(geometry) }
      }
      return .geometryCollection(members)
    default:
      throw .unknownType(location, type: type)
    }
  }

  private mutating func polygon(_ value: JSONValue?) throws(TopoJSONError) -> Polygon {
    Polygon(rings: try lines(value, expected: "an array of rings, each an array of arc indexes").map(Ring.init))
  }

  private mutating func lines(_ value: JSONValue?, expected: String) throws(TopoJSONError) -> [[Position]] {
    var result: [[Position]] = []
    for item in try array(value, member: "arcs", expected: expected) { result.append(try line(item)) }
    return result
  }

  /// The positions of arcs joined end to start; each arc after the first
  /// starts where the previous one ended, so that shared point is kept once.
  private mutating func line(_ value: JSONValue?) throws(TopoJSONError) -> [Position] {
    var points: [Position] = []
    for item in try array(value, member: "arcs", expected: "an array of arc indexes") {
      guard let index = item.integer else {
        throw .invalidMember(location, member: "arcs", expected: "an arc index", found: item.shortDescription)
      }
      // ~i (that is -i - 1) names arc i, reversed.
      let arcIndex = index < 0 ? ~index : index
      guard arcIndex < arcs.count else { throw .arcIndexOutOfRange(location, index: index, arcCount: arcs.count) }
      let arc = arcs[arcIndex]
      if arcHasExtraDimensions[arcIndex] { featureHasExtraDimensions = true }
      if !arc.isEmpty, !points.isEmpty { points.removeLast() }
      if index < 0 { points.append(contentsOf: arc.reversed()) } else { points.append(contentsOf: arc) }
    }
    return points
  }

  /// A position of a Point or MultiPoint: quantized but not delta-encoded.
  private mutating func position(_ value: JSONValue?, member: String) throws(TopoJSONError) -> Position {
    let p: (x: Double, y: Double, extra: Bool)
    do {
      p = try GeometryValue.position(value ?? .null, path: member)
    } catch {
      throw .invalidMember(location, member: error.path, expected: error.expected, found: error.found)
    }
    if p.extra {
      droppedDimensions += 1
      featureHasExtraDimensions = true
    }
    guard let transform else { return Position(x: p.x, y: p.y) }
    return Position(
      x: p.x * transform.scale.x + transform.translate.x, y: p.y * transform.scale.y + transform.translate.y)
  }

  private func array(_ value: JSONValue?, member: String, expected: String) throws(TopoJSONError) -> [JSONValue] {
    guard let value else { throw .missingMember(location, member: member) }
    guard case .array(let items) = value else {
      throw .invalidMember(location, member: member, expected: expected, found: value.shortDescription)
    }
    return items
  }
}
