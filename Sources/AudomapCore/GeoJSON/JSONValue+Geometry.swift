/// Why a JSON value is not the geometry it should be: where inside it, what
/// was expected and what was found. Each format wraps it with its own location.
struct GeometryValueProblem: Error, Hashable {
  /// The path of the value inside the geometry, such as `coordinates[0][3]`.
  var path: String
  var expected: String
  var found: String
}

extension JSONValue {
  /// The member `key` of an object value; nil for a missing member or another kind of value.
  subscript(member key: String) -> JSONValue? {
    guard case .object(let object) = self else { return nil }
    return object[key]
  }

  /// A short description for messages: `an object`, `the string "abc"`, `null`…
  var shortDescription: String {
    switch self {
    case .null: return "null"
    case .bool(let value): return value ? "true" : "false"
    case .number: return "the number \(text ?? "")"
    case .string(let value): return "the string \"\(value.count > 30 ? value.prefix(30) + "…" : value)\""
    case .array(let items): return items.isEmpty ? "an empty array" : "an array of \(items.count)"
    case .object: return "an object"
    }
  }

  /// The value as an index: an integral number; nil otherwise.
  var integer: Int? {
    guard case .number(let value) = self, value.rounded() == value, abs(value) < 1e15 else { return nil }
    return Int(value)
  }
}

/// Positions and GeoJSON geometries held as `JSONValue`s, as in an
/// OpenDataSoft record's `geo_shape` field.
enum GeometryValue {
  /// The first two numbers of a position `[x, y, …]`; `extra` says whether it had Z or M values.
  static func position(_ value: JSONValue, path: @autoclosure () -> String) throws(GeometryValueProblem)
    -> (x: Double, y: Double, extra: Bool)
  {
    guard case .array(let items) = value, items.count >= 2 else {
      throw GeometryValueProblem(path: path(), expected: "a position [x, y]", found: value.shortDescription)
    }
    func number(_ index: Int) throws(GeometryValueProblem) -> Double {
      guard case .number(let number) = items[index] else {
        throw GeometryValueProblem(
          path: "\(path())[\(index)]", expected: "a number", found: items[index].shortDescription)
      }
      return number
    }
    let x = try number(0)
    let y = try number(1)
    for index in 2..<items.count { _ = try number(index) }
    return (x, y, items.count > 2)
  }

  /// The elements of an array value, or a problem naming `expected`.
  static func array(_ value: JSONValue, path: @autoclosure () -> String, expected: String) throws(GeometryValueProblem)
    -> [JSONValue]
  {
    guard case .array(let items) = value else {
      throw GeometryValueProblem(path: path(), expected: expected, found: value.shortDescription)
    }
    return items
  }

  /// The geometry a GeoJSON geometry object describes; a Feature gives its
  /// geometry and null gives nil. `extraDimensions` counts positions with Z or M.
  static func geometry(_ value: JSONValue, path: String, extraDimensions: inout Int) throws(GeometryValueProblem)
    -> Geometry?
  {
    guard case .object(let object) = value else {
      if value == .null { return nil }
      throw GeometryValueProblem(path: path, expected: "a geometry object or null", found: value.shortDescription)
    }
    guard case .string(let type)? = object["type"] else {
      throw GeometryValueProblem(
        path: "\(path).type", expected: "a geometry type", found: object["type"]?.shortDescription ?? "nothing")
    }
    let coordinates = object["coordinates"] ?? .null
    let at = "\(path).coordinates"

    func positions(_ value: JSONValue, _ path: String) throws(GeometryValueProblem) -> [Position] {
      var result: [Position] = []
      for (index, item) in try array(value, path: path, expected: "an array of positions").enumerated() {
        let p = try position(item, path: "\(path)[\(index)]")
        if p.extra { extraDimensions += 1 }
        result.append(Position(x: p.x, y: p.y))
      }
      return result
    }
    func lines(_ value: JSONValue, _ path: String) throws(GeometryValueProblem) -> [[Position]] {
      var result: [[Position]] = []
      for (index, item) in try array(value, path: path, expected: "an array of lines or rings").enumerated() {
        result.append(try positions(item, "\(path)[\(index)]"))
      }
      return result
    }

    switch type {
    case "Feature":
      return try geometry(object["geometry"] ?? .null, path: "\(path).geometry", extraDimensions: &extraDimensions)
    case "Point":
      let p = try position(coordinates, path: at)
      if p.extra { extraDimensions += 1 }
      return .point(Position(x: p.x, y: p.y))
    case "MultiPoint": return .multiPoint(try positions(coordinates, at))
    case "LineString": return .lineString(try positions(coordinates, at))
    case "MultiLineString": return .multiLineString(try lines(coordinates, at))
    case "Polygon": return .polygon(Polygon(rings: try lines(coordinates, at).map(Ring.init)))
    case "MultiPolygon":
      var polygons: [Polygon] = []
      for (index, item) in try array(coordinates, path: at, expected: "an array of polygons").enumerated() {
        polygons.append(Polygon(rings: try lines(item, "\(at)[\(index)]").map(Ring.init)))
      }
      return .multiPolygon(polygons)
    case "GeometryCollection":
      let members = try array(
        object["geometries"] ?? .null, path: "\(path).geometries", expected: "an array of geometries")
      var geometries: [Geometry] = []
      for (index, member) in members.enumerated() {
        let nested = try geometry(member, path: "\(path).geometries[\(index)]", extraDimensions: &extraDimensions)
        if let nested { geometries.append(nested) }
      }
      return .geometryCollection(geometries)
    default:
      throw GeometryValueProblem(path: "\(path).type", expected: "a geometry type", found: "\"\(type)\"")
    }
  }
}
