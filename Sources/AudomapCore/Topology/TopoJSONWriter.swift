/// Writes a `Topology` as a TopoJSON 1.0 document, compact and byte for byte
/// deterministic.
///
/// ## Example
/// ```swift
/// let bytes = TopoJSONWriter.write(
///   topology, properties: collection.features.map(\.properties), ids: collection.features.map(\.id))
/// ```
public enum TopoJSONWriter {
  /// The quantization used when none is given: 100,000 steps across the
  /// bounding box, under a metre for a department, about 1 km across France
  /// with its overseas departments (pass 1,000,000 or more for national maps).
  public static let defaultQuantization = 100_000

  /// The TopoJSON bytes: one GeometryCollection object of Polygon and
  /// MultiPolygon geometries with their `id` and `properties`.
  ///
  /// With quantization, positions are rounded to a `quantization` ×
  /// `quantization` grid over the bounding box, the document gets a
  /// `transform`, and arcs are delta-encoded; consecutive positions that
  /// round to the same point are merged (an arc keeps at least two).
  /// Without it, arcs hold the positions as they are.
  ///
  /// - Parameters:
  ///   - topology: The arcs and features to write.
  ///   - properties: Each feature's properties (missing ones are written empty).
  ///   - ids: Each feature's `id`, written when present.
  ///   - objectName: The name of the object in `objects`.
  ///   - quantization: Grid steps per axis (at least 2), or nil for none.
  /// - Returns: The UTF-8 bytes of the document, without a trailing newline.
  public static func write(
    _ topology: Topology, properties: [JSONObject], ids: [JSONValue?], objectName: String = "communes",
    quantization: Int? = defaultQuantization
  ) -> [UInt8] {
    var out = JSONBytes()
    let box = BoundingBox(enclosing: topology.arcs.joined())
    out.append(#"{"type":"Topology""#)
    if let box {
      out.append(#","bbox":["#)
      out.number(box.minX)
      out.append(",")
      out.number(box.minY)
      out.append(",")
      out.number(box.maxX)
      out.append(",")
      out.number(box.maxY)
      out.append("]")
    }
    let grid = quantization.flatMap { q in box.map { Grid(box: $0, steps: max(q, 2)) } }
    if let grid {
      out.append(#","transform":{"scale":["#)
      out.number(grid.scaleX)
      out.append(",")
      out.number(grid.scaleY)
      out.append(#"],"translate":["#)
      out.number(grid.originX)
      out.append(",")
      out.number(grid.originY)
      out.append("]}")
    }
    out.append(#","objects":{"#)
    out.string(objectName)
    out.append(#":{"type":"GeometryCollection","geometries":["#)
    for (index, polygons) in topology.features.enumerated() {
      if index > 0 { out.append(",") }
      writeGeometry(polygons, id: index < ids.count ? ids[index] : nil,
                    properties: index < properties.count ? properties[index] : JSONObject(), to: &out)
    }
    out.append(#"]}},"arcs":["#)
    for (index, arc) in topology.arcs.enumerated() {
      if index > 0 { out.append(",") }
      if let grid { writeQuantized(arc, grid: grid, to: &out) } else { writeExact(arc, to: &out) }
    }
    out.append("]}")
    return out.bytes
  }

  private static func writeGeometry(_ polygons: [[[Int]]], id: JSONValue?, properties: JSONObject, to out: inout JSONBytes) {
    switch polygons.count {
    case 0: out.append(#"{"type":null"#)
    case 1:
      out.append(#"{"type":"Polygon","arcs":"#)
      writeRings(polygons[0], to: &out)
    default:
      out.append(#"{"type":"MultiPolygon","arcs":["#)
      for (index, rings) in polygons.enumerated() {
        if index > 0 { out.append(",") }
        writeRings(rings, to: &out)
      }
      out.append("]")
    }
    if let id {
      out.append(#","id":"#)
      out.value(id)
    }
    out.append(#","properties":"#)
    out.value(.object(properties))
    out.append("}")
  }

  private static func writeRings(_ rings: [[Int]], to out: inout JSONBytes) {
    out.append("[")
    for (index, ring) in rings.enumerated() {
      if index > 0 { out.append(",") }
      out.append("[")
      for (k, reference) in ring.enumerated() {
        if k > 0 { out.append(",") }
        out.integer(reference)
      }
      out.append("]")
    }
    out.append("]")
  }

  private static func writeQuantized(_ arc: [Position], grid: Grid, to out: inout JSONBytes) {
    out.append("[")
    var previous: (x: Int, y: Int)?
    var written = 0
    for (index, position) in arc.enumerated() {
      let point = grid.point(position)
      // Merge positions that round together, but keep the arc's last step
      // so that every arc has two points.
      if let previous, point == previous, !(index == arc.count - 1 && written < 2) { continue }
      if written > 0 { out.append(",") }
      out.append("[")
      out.integer(point.x - (previous?.x ?? 0))
      out.append(",")
      out.integer(point.y - (previous?.y ?? 0))
      out.append("]")
      previous = point
      written += 1
    }
    out.append("]")
  }

  private static func writeExact(_ arc: [Position], to out: inout JSONBytes) {
    out.append("[")
    for (index, position) in arc.enumerated() {
      if index > 0 { out.append(",") }
      out.append("[")
      out.number(position.x)
      out.append(",")
      out.number(position.y)
      out.append("]")
    }
    out.append("]")
  }
}

/// The quantization grid of TopoJSON: `steps` points across each side of the box.
private struct Grid {
  let originX: Double
  let originY: Double
  let scaleX: Double
  let scaleY: Double

  init(box: BoundingBox, steps: Int) {
    originX = box.minX
    originY = box.minY
    // A flat box (one point, or a vertical line) still needs a non-zero scale.
    scaleX = box.width > 0 ? box.width / Double(steps - 1) : 1
    scaleY = box.height > 0 ? box.height / Double(steps - 1) : 1
  }

  func point(_ position: Position) -> (x: Int, y: Int) {
    (Int(((position.x - originX) / scaleX).rounded()), Int(((position.y - originY) / scaleY).rounded()))
  }
}

/// A compact JSON byte buffer for the writer.
private struct JSONBytes {
  var bytes: [UInt8] = []

  mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

  mutating func integer(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }

  /// A number in its shortest round-trip form, integers without `.0`;
  /// JSON has no NaN or infinity, so those become null.
  mutating func number(_ value: Double) {
    if !value.isFinite {
      append("null")
    } else if value.rounded() == value, abs(value) < 1e15 {
      integer(Int(value))
    } else {
      append(value.description)
    }
  }

  /// A string with the escapes JSON requires; other characters are written as UTF-8.
  mutating func string(_ text: String) {
    bytes.append(UInt8(ascii: "\""))
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): append(#"\""#)
      case UInt8(ascii: "\\"): append(#"\\"#)
      case UInt8(ascii: "\n"): append(#"\n"#)
      case UInt8(ascii: "\r"): append(#"\r"#)
      case UInt8(ascii: "\t"): append(#"\t"#)
      case ..<0x20:
        let hex = Array("0123456789abcdef".utf8)
        append(#"\u00"#)
        bytes.append(hex[Int(byte >> 4)])
        bytes.append(hex[Int(byte & 0xF)])
      default: bytes.append(byte)
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }

  mutating func value(_ value: JSONValue) {
    switch value {
    case .null: append("null")
    case .bool(let flag): append(flag ? "true" : "false")
    case .number(let number): self.number(number)
    case .string(let text): string(text)
    case .array(let items):
      append("[")
      for (index, item) in items.enumerated() {
        if index > 0 { append(",") }
        self.value(item)
      }
      append("]")
    case .object(let object):
      append("{")
      for (index, key) in object.keys.enumerated() {
        if index > 0 { append(",") }
        string(key)
        append(":")
        self.value(object.values[index])
      }
      append("}")
    }
  }
}
