import Dispatch

/// Writes features as RFC 7946 GeoJSON: a FeatureCollection, one feature per line.
///
/// Coordinates are rounded to `precision` decimals with trailing zeros
/// trimmed and `-0` written `0`; integral numbers in properties are written
/// as integers; strings pass UTF-8 through and escape only what JSON
/// requires. No `crs` member is written. The same input always gives the same
/// bytes. Geometry and winding are written as given: the repair stage fixes them.
public enum GeoJSONWriter {
  /// The GeoJSON bytes of `collection`.
  public static func write(_ collection: FeatureCollection, options: GeoJSONWriteOptions = GeoJSONWriteOptions())
    -> [UInt8]
  {
    var output = GeoJSONOutput(precision: options.precision)
    output.ascii(#"{"type":"FeatureCollection","#)
    if options.khartis { output.ascii(#""name":"poly","#) }
    output.ascii(#""features":["#)
    let codeField = options.khartis ? options.codeField ?? FeatureCodeField.detect(in: collection.features) : nil

    // Both halves of the features are encoded at once (a national file is
    // 46 MB of text), each feature as ",\n{…}"; the first comma goes below.
    let features = collection.features
    let middle = features.count / 2
    var halves: [[UInt8]] = [[], []]
    halves.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let buffer = buffer
      DispatchQueue.concurrentPerform(iterations: 2) { half in
        var part = GeoJSONOutput(precision: options.precision)
        for feature in features[half == 0 ? 0..<middle : middle..<features.count] {
          write(feature, to: &part, options: options, codeField: codeField)
        }
        buffer[half] = part.bytes
      }
    }
    if halves[0].isEmpty && halves[1].isEmpty {
      output.ascii("]}\n")
    } else {
      output.bytes.reserveCapacity(output.bytes.count + halves[0].count + halves[1].count + 4)
      output.bytes += halves[0].dropFirst()
      output.bytes += halves[0].isEmpty ? halves[1].dropFirst() : halves[1][...]
      output.ascii("\n]}\n")
    }
    return output.bytes
  }

  /// One feature, preceded by ",\n"; nothing for a feature Khartis cannot take.
  private static func write(
    _ feature: Feature, to output: inout GeoJSONOutput, options: GeoJSONWriteOptions, codeField: String?
  ) {
    let geometry: Geometry?
    if options.khartis {
      guard let polygonal = khartisGeometry(feature.geometry) else { return }
      geometry = polygonal
    } else {
      geometry = feature.geometry
    }
    output.ascii(",\n")
    output.ascii(#"{"type":"Feature","#)
    if options.khartis {
      output.ascii(#""properties":{"ID":"#)
      let code = codeField.flatMap { feature.properties[$0]?.text } ?? feature.id?.text
      if let code { output.string(code) } else { output.ascii("null") }
      output.ascii("}")
    } else {
      if let id = feature.id {
        output.ascii(#""id":"#)
        output.value(id)
        output.ascii(",")
      }
      output.ascii(#""properties":"#)
      output.properties(feature.properties, keep: options.keep)
    }
    output.ascii(#","geometry":"#)
    if let geometry { output.geometry(geometry) } else { output.ascii("null") }
    output.ascii("}")
  }

  /// The polygons of a geometry as Khartis takes them; nil when it holds none.
  private static func khartisGeometry(_ geometry: Geometry?) -> Geometry? {
    switch geometry {
    case .polygon?, .multiPolygon?: return geometry
    case .geometryCollection?:
      let polygons = geometry?.polygons ?? []
      if polygons.isEmpty { return nil }
      return polygons.count == 1 ? .polygon(polygons[0]) : .multiPolygon(polygons)
    case .point?, .multiPoint?, .lineString?, .multiLineString?, nil: return nil
    }
  }
}

/// The bytes written so far, with JSON value and coordinate formatting.
struct GeoJSONOutput {
  /// Doubles hold 17 significant digits: more decimals would mean nothing.
  static let maximumPrecision = 17
  /// Rounded coordinates are formatted from an integer only below 2^53, where every integer is exact.
  static let exactIntegerLimit = 9_007_199_254_740_992.0
  /// The longest number written: a sign, 17 digits, a point, and `e-308` in the fallback.
  static let maximumNumberLength = 32

  var bytes: [UInt8] = []
  let precision: Int
  let scale: Double

  init(precision: Int) {
    self.precision = min(max(precision, 0), Self.maximumPrecision)
    var scale = 1.0
    for _ in 0..<self.precision { scale *= 10 }
    self.scale = scale
  }

  mutating func ascii(_ text: StaticString) {
    bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  // MARK: - Properties and JSON values

  mutating func properties(_ properties: JSONObject, keep: [String]?) {
    bytes.append(JSONByte.openBrace)
    var first = true
    func member(_ key: String, _ value: JSONValue) {
      if !first { bytes.append(JSONByte.comma) }
      first = false
      string(key)
      bytes.append(JSONByte.colon)
      self.value(value)
    }
    if let keep {
      for key in keep { if let value = properties[key] { member(key, value) } }
    } else {
      for (key, value) in zip(properties.keys, properties.values) { member(key, value) }
    }
    bytes.append(JSONByte.closeBrace)
  }

  mutating func value(_ value: JSONValue) {
    switch value {
    case .null: ascii("null")
    case .bool(let flag): if flag { ascii("true") } else { ascii("false") }
    case .number(let number): self.number(number)
    case .string(let text): string(text)
    case .array(let items):
      bytes.append(JSONByte.openBracket)
      for (index, item) in items.enumerated() {
        if index > 0 { bytes.append(JSONByte.comma) }
        self.value(item)
      }
      bytes.append(JSONByte.closeBracket)
    case .object(let object): properties(object, keep: nil)
    }
  }

  /// A property number: integral values as integers, others in the shortest form that reads back the same.
  mutating func number(_ number: Double) {
    guard number.isFinite else { return ascii("null") }  // JSON has no NaN or infinity
    if number.rounded() == number, abs(number) < 1e15 {
      bytes.append(contentsOf: String(Int64(number)).utf8)
    } else {
      bytes.append(contentsOf: number.description.utf8)
    }
  }

  /// A JSON string: UTF-8 passes through; quotes, backslashes and control characters are escaped.
  mutating func string(_ text: String) {
    bytes.append(JSONByte.quote)
    for byte in text.utf8 {
      switch byte {
      case JSONByte.quote, JSONByte.backslash:
        bytes.append(JSONByte.backslash)
        bytes.append(byte)
      case JSONByte.lineFeed: ascii("\\n")
      case JSONByte.carriageReturn: ascii("\\r")
      case JSONByte.tab: ascii("\\t")
      case 0x08: ascii("\\b")
      case 0x0C: ascii("\\f")
      case ..<JSONByte.space:
        ascii("\\u00")
        bytes.append(Self.hexDigit(byte >> 4))
        bytes.append(Self.hexDigit(byte & 0xF))
      default: bytes.append(byte)
      }
    }
    bytes.append(JSONByte.quote)
  }

  private static func hexDigit(_ value: UInt8) -> UInt8 {
    value < 10 ? JSONByte.zero + value : UInt8(ascii: "a") + value - 10
  }

  // MARK: - Geometries

  mutating func geometry(_ geometry: Geometry) {
    ascii(#"{"type":""#)
    bytes.append(contentsOf: geometry.typeName.utf8)
    switch geometry {
    case .point(let p):
      ascii(#"","coordinates":"#)
      positions(CollectionOfOne(p), bare: true)
    case .multiPoint(let points), .lineString(let points):
      ascii(#"","coordinates":"#)
      positions(points)
    case .multiLineString(let lines):
      ascii(#"","coordinates":"#)
      list(lines) { $0.positions($1) }
    case .polygon(let polygon):
      ascii(#"","coordinates":"#)
      rings(polygon)
    case .multiPolygon(let polygons):
      ascii(#"","coordinates":"#)
      list(polygons) { $0.rings($1) }
    case .geometryCollection(let members):
      ascii(#"","geometries":"#)
      list(members) { $0.geometry($1) }
    }
    bytes.append(JSONByte.closeBrace)
  }

  private mutating func rings(_ polygon: Polygon) {
    list(polygon.rings) { $0.positions($1.positions) }
  }

  private mutating func list<Element>(_ elements: [Element], _ write: (inout GeoJSONOutput, Element) -> Void) {
    bytes.append(JSONByte.openBracket)
    for (index, element) in elements.enumerated() {
      if index > 0 { bytes.append(JSONByte.comma) }
      write(&self, element)
    }
    bytes.append(JSONByte.closeBracket)
  }

  /// `[[x,y],…]`, or `[x,y]` alone when `bare`: the hot path, formatted
  /// straight into a buffer sized for the longest numbers, then appended once.
  private mutating func positions<C: Collection<Position>>(_ positions: C, bare: Bool = false) {
    let capacity = positions.count * (2 * Self.maximumNumberLength + 4) + 2
    let precision = self.precision
    let scale = self.scale
    let formatted = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
      guard let base = buffer.baseAddress else {
        count = 0
        return
      }
      var i = 0
      if !bare {
        base[i] = JSONByte.openBracket
        i += 1
      }
      for (index, p) in positions.enumerated() {
        if index > 0 {
          base[i] = JSONByte.comma
          i += 1
        }
        base[i] = JSONByte.openBracket
        i += 1
        i = Self.coordinate(p.x, into: base, at: i, precision: precision, scale: scale)
        base[i] = JSONByte.comma
        i += 1
        i = Self.coordinate(p.y, into: base, at: i, precision: precision, scale: scale)
        base[i] = JSONByte.closeBracket
        i += 1
      }
      if !bare {
        base[i] = JSONByte.closeBracket
        i += 1
      }
      count = i
    }
    bytes.append(contentsOf: formatted)
  }

  /// Writes `value` rounded to `precision` decimals at `base[i]`; returns the index after it.
  @inline(__always)
  static func coordinate(
    _ value: Double, into base: UnsafeMutablePointer<UInt8>, at start: Int, precision: Int, scale: Double
  ) -> Int {
    let scaled = (value * scale).rounded()
    guard abs(scaled) < exactIntegerLimit else { return fallback(value, into: base, at: start) }
    // Rounding may give -0: the sign is dropped with the integer conversion.
    let negative = scaled < 0
    var magnitude = UInt64(abs(scaled))
    if magnitude == 0 {
      base[start] = JSONByte.zero
      return start + 1
    }
    var decimals = precision
    while decimals > 0 && magnitude % 10 == 0 {
      magnitude /= 10
      decimals -= 1
    }
    var digits = 1
    var rest = magnitude / 10
    while rest > 0 {
      digits += 1
      rest /= 10
    }
    // "0.005": at least one digit before the point.
    digits = max(digits, decimals + 1)
    let length = (negative ? 1 : 0) + digits + (decimals > 0 ? 1 : 0)
    var i = start + length
    for written in 0..<digits {
      if written == decimals && decimals > 0 {
        i -= 1
        base[i] = JSONByte.dot
      }
      i -= 1
      base[i] = JSONByte.zero + UInt8(magnitude % 10)
      magnitude /= 10
    }
    if negative { base[start] = JSONByte.minus }
    return start + length
  }

  /// A coordinate too large for the precision (or not finite): the shortest
  /// form that reads back the same, which is as precise as a Double gets.
  @inline(never)
  private static func fallback(_ value: Double, into base: UnsafeMutablePointer<UInt8>, at start: Int) -> Int {
    let text = value.isFinite ? value.description : "null"
    var i = start
    for byte in text.utf8.prefix(maximumNumberLength) {
      base[i] = byte
      i += 1
    }
    return i
  }
}
