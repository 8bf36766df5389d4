import Foundation

/// A cursor over the bytes of one GeoJSON document.
///
/// It lives only inside `withUnsafeBufferPointer`, so it keeps a raw pointer
/// and reads bytes without creating Strings except for values that are kept.
/// This file holds the JSON level (whitespace, strings, numbers, any value);
/// `GeoJSONParser+Objects.swift` holds the GeoJSON level.
struct GeoJSONParser {
  /// Arrays and objects may nest this deep inside properties; deeper input is
  /// refused rather than risk the stack.
  static let maximumDepth = 100

  let base: UnsafePointer<UInt8>
  let end: Int
  let source: String
  var offset = 0
  /// The index in `features` of the feature being read, for error messages.
  var featureIndex: Int?
  var droppedDimensions = 0
  /// The features with Z or M values, in increasing order.
  var featuresWithExtraDimensions: [Int] = []
  /// Reused by every position list, which is then copied once into an exact-size array.
  var positionScratch: [Position] = []
  /// Reused to decode strings that hold escapes.
  var byteScratch: [UInt8] = []

  init(base: UnsafePointer<UInt8>, count: Int, source: String) {
    self.base = base
    self.end = count
    self.source = source
    positionScratch.reserveCapacity(4096)
  }

  // MARK: - Bytes

  /// Whether the file starts with the UTF-8 byte order mark, which the reader skips.
  var hasByteOrderMark: Bool {
    end >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF
  }

  /// The byte at the cursor, or 0 at the end of the file (a NUL byte is never valid
  /// where this is used, and the error path tells the two apart).
  @inline(__always)
  func peek() -> UInt8 {
    offset < end ? base[offset] : 0
  }

  @inline(__always)
  mutating func skipWhitespace() {
    while offset < end {
      let byte = base[offset]
      guard byte == JSONByte.space || byte == JSONByte.lineFeed || byte == JSONByte.carriageReturn || byte == JSONByte.tab
      else { return }
      offset += 1
    }
  }

  /// Consumes `byte` at the cursor or throws, naming what was `expected`.
  @inline(__always)
  mutating func consume(_ byte: UInt8, expected: @autoclosure () -> String) throws(GeoJSONError) {
    guard offset < end && base[offset] == byte else { throw unexpected(expected(), at: offset) }
    offset += 1
  }

  // MARK: - Strings

  /// The bytes between the quotes of a string, before escapes are decoded.
  struct RawString {
    var start: Int
    var end: Int
    var hasEscapes: Bool
  }

  /// Moves past the string at the cursor (on its opening quote), checking its escapes.
  mutating func scanString() throws(GeoJSONError) -> RawString {
    offset += 1
    let start = offset
    var hasEscapes = false
    while offset < end {
      let byte = base[offset]
      if byte == JSONByte.quote {
        offset += 1
        return RawString(start: start, end: offset - 1, hasEscapes: hasEscapes)
      }
      if byte == JSONByte.backslash {
        hasEscapes = true
        try checkEscape(at: offset)
        offset += base[offset + 1] == JSONByte.lowercaseU ? 6 : 2
      } else if byte < JSONByte.space {
        throw .invalidString(location(at: offset), problem: .controlCharacter(byte))
      } else {
        offset += 1
      }
    }
    throw .truncated(location(at: end))
  }

  /// Checks the escape whose backslash is at `position`.
  private func checkEscape(at position: Int) throws(GeoJSONError) {
    guard position + 1 < end else { throw .truncated(location(at: end)) }
    switch base[position + 1] {
    case JSONByte.quote, JSONByte.backslash, JSONByte.slash, JSONByte.lowercaseB, JSONByte.lowercaseF, JSONByte.lowercaseN,
      JSONByte.lowercaseR, JSONByte.lowercaseT:
      return
    case JSONByte.lowercaseU:
      guard position + 6 <= end else { throw .truncated(location(at: end)) }
      for i in position + 2..<position + 6 where hexValue(base[i]) == nil {
        throw .invalidString(location(at: position), problem: .invalidEscape(text(position..<i + 1)))
      }
    default:
      throw .invalidString(location(at: position), problem: .invalidEscape(text(position..<position + 2)))
    }
  }

  /// The decoded value of a string scanned by `scanString`.
  mutating func makeString(_ raw: RawString) throws(GeoJSONError) -> String {
    if !raw.hasEscapes {
      return try validatedString(UnsafeBufferPointer(start: base + raw.start, count: raw.end - raw.start), raw)
    }
    try decodeEscapes(raw)
    return try byteScratch.withUnsafeBufferPointer { buffer throws(GeoJSONError) in
      try validatedString(buffer, raw)
    }
  }

  /// Runs `body` on the decoded bytes of a string without creating a String.
  mutating func withDecodedBytes<R>(
    _ raw: RawString, _ body: (UnsafeBufferPointer<UInt8>) -> R
  ) throws(GeoJSONError) -> R {
    if !raw.hasEscapes {
      return body(UnsafeBufferPointer(start: base + raw.start, count: raw.end - raw.start))
    }
    try decodeEscapes(raw)
    return byteScratch.withUnsafeBufferPointer(body)
  }

  /// Decodes the string into `byteScratch`; escapes were checked by `scanString`.
  private mutating func decodeEscapes(_ raw: RawString) throws(GeoJSONError) {
    byteScratch.removeAll(keepingCapacity: true)
    var i = raw.start
    while i < raw.end {
      let byte = base[i]
      guard byte == JSONByte.backslash else {
        byteScratch.append(byte)
        i += 1
        continue
      }
      let escape = base[i + 1]
      switch escape {
      case JSONByte.lowercaseB: byteScratch.append(0x08)
      case JSONByte.lowercaseF: byteScratch.append(0x0C)
      case JSONByte.lowercaseN: byteScratch.append(JSONByte.lineFeed)
      case JSONByte.lowercaseR: byteScratch.append(JSONByte.carriageReturn)
      case JSONByte.lowercaseT: byteScratch.append(JSONByte.tab)
      case JSONByte.lowercaseU:
        let unit = hexUnit(at: i + 2)
        var scalar = UInt32(unit)
        if (0xD800..<0xDC00).contains(unit) {
          // A high surrogate must be followed by an escaped low one.
          guard i + 12 <= raw.end, base[i + 6] == JSONByte.backslash, base[i + 7] == JSONByte.lowercaseU,
            case let low = hexUnit(at: i + 8), (0xDC00..<0xE000).contains(low)
          else { throw .invalidString(location(at: i), problem: .loneSurrogate(text(i..<i + 6))) }
          scalar = 0x10000 + (UInt32(unit - 0xD800) << 10) + UInt32(low - 0xDC00)
          i += 6
        } else if (0xDC00..<0xE000).contains(unit) {
          throw .invalidString(location(at: i), problem: .loneSurrogate(text(i..<i + 6)))
        }
        appendUTF8(scalar)
        i += 4
      default: byteScratch.append(escape)  // \" \\ \/
      }
      i += 2
    }
  }

  private mutating func appendUTF8(_ scalar: UInt32) {
    switch scalar {
    case ..<0x80:
      byteScratch.append(UInt8(scalar))
    case ..<0x800:
      byteScratch.append(UInt8(0xC0 | scalar >> 6))
      byteScratch.append(UInt8(0x80 | scalar & 0x3F))
    case ..<0x10000:
      byteScratch.append(UInt8(0xE0 | scalar >> 12))
      byteScratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
      byteScratch.append(UInt8(0x80 | scalar & 0x3F))
    default:
      byteScratch.append(UInt8(0xF0 | scalar >> 18))
      byteScratch.append(UInt8(0x80 | scalar >> 12 & 0x3F))
      byteScratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
      byteScratch.append(UInt8(0x80 | scalar & 0x3F))
    }
  }

  /// The four hex digits at `position`, already checked by `scanString`.
  private func hexUnit(at position: Int) -> UInt16 {
    var unit: UInt16 = 0
    for i in position..<position + 4 { unit = unit << 4 | UInt16(hexValue(base[i]) ?? 0) }
    return unit
  }

  private func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case 0x30...0x39: return byte - 0x30
    case 0x41...0x46: return byte - 0x41 + 10
    case 0x61...0x66: return byte - 0x61 + 10
    default: return nil
    }
  }

  /// A String from UTF-8 bytes; invalid UTF-8 is an error located in the raw string.
  private func validatedString(_ bytes: UnsafeBufferPointer<UInt8>, _ raw: RawString) throws(GeoJSONError)
    -> String
  {
    if let string = String(validating: bytes, as: UTF8.self) { return string }
    // Escapes decode to valid UTF-8, so the invalid bytes are in the raw string.
    throw .invalidString(location(at: firstInvalidUTF8(in: raw.start..<raw.end)), problem: .notUTF8)
  }

  /// The offset of the first byte that starts an invalid UTF-8 sequence (Unicode table 3-7).
  private func firstInvalidUTF8(in range: Range<Int>) -> Int {
    var i = range.lowerBound
    while i < range.upperBound {
      let lead = base[i]
      let length: Int
      var secondRange: ClosedRange<UInt8> = 0x80...0xBF
      switch lead {
      case 0x00...0x7F: length = 1
      case 0xC2...0xDF: length = 2
      case 0xE0:
        length = 3
        secondRange = 0xA0...0xBF
      case 0xED:
        length = 3
        secondRange = 0x80...0x9F
      case 0xE1...0xEF: length = 3
      case 0xF0:
        length = 4
        secondRange = 0x90...0xBF
      case 0xF4:
        length = 4
        secondRange = 0x80...0x8F
      case 0xF1...0xF3: length = 4
      default: return i
      }
      guard i + length <= range.upperBound else { return i }
      if length > 1 {
        guard secondRange.contains(base[i + 1]) else { return i }
        for k in 2..<length where !(0x80...0xBF).contains(base[i + k]) { return i }
      }
      i += length
    }
    return range.lowerBound
  }

  // MARK: - Numbers and literals

  @inline(__always)
  mutating func parseNumber() throws(GeoJSONError) -> Double {
    switch JSONNumberParser.parse(base, from: offset, end: end) {
    case .number(let value, let numberEnd):
      offset = numberEnd
      return value
    case .invalid(let at):
      if at >= end { throw .truncated(location(at: end)) }
      throw .invalidNumber(location(at: offset), text: token(at: offset))
    case .outOfRange(let numberEnd):
      throw .numberOutOfRange(location(at: offset), text: text(offset..<numberEnd))
    }
  }

  /// Consumes `true`, `false` or `null` at the cursor.
  mutating func parseLiteral(_ literal: StaticString) throws(GeoJSONError) {
    let count = literal.utf8CodeUnitCount
    if offset + count <= end && memcmp(base + offset, literal.utf8Start, count) == 0 {
      offset += count
      return
    }
    let available = end - offset
    if available < count && memcmp(base + offset, literal.utf8Start, available) == 0 {
      throw .truncated(location(at: end))
    }
    throw unexpected("a JSON value", at: offset)
  }

  @inline(__always)
  func isNumberStart(_ byte: UInt8) -> Bool {
    byte == JSONByte.minus || byte &- JSONByte.zero < 10
  }

  // MARK: - Any JSON value

  /// Calls `body` with the cursor on each member's value, after its key; the
  /// cursor starts on the `{`.
  @inline(__always)
  mutating func parseMembers(
    depth: Int, _ body: (inout GeoJSONParser, RawString) throws(GeoJSONError) -> Void
  ) throws(GeoJSONError) {
    guard depth <= Self.maximumDepth else {
      throw .nestedTooDeeply(location(at: offset), limit: Self.maximumDepth)
    }
    offset += 1
    skipWhitespace()
    if peek() == JSONByte.closeBrace {
      offset += 1
      return
    }
    while true {
      guard peek() == JSONByte.quote else { throw unexpected("a member name in double quotes", at: offset) }
      let key = try scanString()
      skipWhitespace()
      try consume(JSONByte.colon, expected: "':' after the member name")
      skipWhitespace()
      try body(&self, key)
      skipWhitespace()
      switch peek() {
      case JSONByte.comma:
        offset += 1
        skipWhitespace()
        if peek() == JSONByte.closeBrace { throw unexpected("a member name after ','", at: offset) }
      case JSONByte.closeBrace:
        offset += 1
        return
      default:
        throw unexpected("',' or '}' after a member", at: offset)
      }
    }
  }

  /// Calls `body` with the cursor on each element; the cursor starts on the `[`.
  @inline(__always)
  mutating func parseElements(
    depth: Int, _ body: (inout GeoJSONParser) throws(GeoJSONError) -> Void
  ) throws(GeoJSONError) {
    guard depth <= Self.maximumDepth else {
      throw .nestedTooDeeply(location(at: offset), limit: Self.maximumDepth)
    }
    offset += 1
    skipWhitespace()
    if peek() == JSONByte.closeBracket {
      offset += 1
      return
    }
    while true {
      try body(&self)
      skipWhitespace()
      switch peek() {
      case JSONByte.comma:
        offset += 1
        skipWhitespace()
        if peek() == JSONByte.closeBracket { throw unexpected("a value after ','", at: offset) }
      case JSONByte.closeBracket:
        offset += 1
        return
      default:
        throw unexpected("',' or ']' after an array element", at: offset)
      }
    }
  }

  /// Parses the value at the cursor; `depth` counts the arrays and objects around it.
  mutating func parseValue(depth: Int) throws(GeoJSONError) -> JSONValue {
    switch peek() {
    case JSONByte.quote:
      return .string(try makeString(try scanString()))
    case JSONByte.openBrace:
      return .object(try parseObject(depth: depth + 1))
    case JSONByte.openBracket:
      var elements: [JSONValue] = []
      try parseElements(depth: depth + 1) { parser throws(GeoJSONError) in
        elements.append(try parser.parseValue(depth: depth + 1))
      }
      return .array(elements)
    case JSONByte.lowercaseT:
      try parseLiteral("true")
      return .bool(true)
    case JSONByte.lowercaseF:
      try parseLiteral("false")
      return .bool(false)
    case JSONByte.lowercaseN:
      try parseLiteral("null")
      return .null
    case let byte where isNumberStart(byte):
      return .number(try parseNumber())
    default:
      throw unexpected("a JSON value", at: offset)
    }
  }

  /// Parses the object at the cursor, keeping its keys in order.
  mutating func parseObject(depth: Int) throws(GeoJSONError) -> JSONObject {
    var object = JSONObject()
    try parseMembers(depth: depth) { parser, key throws(GeoJSONError) in
      let name = try parser.makeString(key)
      object.append(key: name, value: try parser.parseValue(depth: depth))
    }
    return object
  }

  /// Moves past the value at the cursor, checking its syntax but keeping nothing.
  mutating func skipValue(depth: Int) throws(GeoJSONError) {
    switch peek() {
    case JSONByte.quote:
      _ = try scanString()
    case JSONByte.openBrace:
      try parseMembers(depth: depth + 1) { parser, _ throws(GeoJSONError) in try parser.skipValue(depth: depth + 1) }
    case JSONByte.openBracket:
      try parseElements(depth: depth + 1) { parser throws(GeoJSONError) in try parser.skipValue(depth: depth + 1) }
    case JSONByte.lowercaseT: try parseLiteral("true")
    case JSONByte.lowercaseF: try parseLiteral("false")
    case JSONByte.lowercaseN: try parseLiteral("null")
    case let byte where isNumberStart(byte): _ = try parseNumber()
    default: throw unexpected("a JSON value", at: offset)
    }
  }

  // MARK: - Errors

  /// The error for a wrong byte at `position`: truncation at the end of the file.
  func unexpected(_ expected: String, at position: Int) -> GeoJSONError {
    guard position < end else { return .truncated(location(at: end)) }
    return .unexpected(location(at: position), expected: expected, found: describeToken(at: position))
  }

  /// Line and column of `position`, computed only when an error is thrown.
  @inline(never)
  func location(at position: Int) -> GeoJSONError.Location {
    var line = 1
    var lineStart = 0
    for i in 0..<min(position, end) where base[i] == JSONByte.lineFeed {
      line += 1
      lineStart = i + 1
    }
    // Columns count scalars, as editors do: skip UTF-8 continuation bytes and
    // the byte order mark, which editors do not show.
    if lineStart == 0 && hasByteOrderMark { lineStart = 3 }
    var column = 1
    for i in lineStart..<max(lineStart, min(position, end)) where base[i] & 0xC0 != 0x80 { column += 1 }
    return GeoJSONError.Location(file: source, line: line, column: column, feature: featureIndex)
  }

  /// A short quoted description of what is at `position`, for messages.
  func describeToken(at position: Int) -> String {
    guard position < end else { return "end of file" }
    let byte = base[position]
    switch byte {
    case JSONByte.quote:
      var close = position + 1
      while close < end && close - position < 30 && base[close] != JSONByte.quote { close += 1 }
      return close < end && base[close] == JSONByte.quote
        ? "'\(text(position..<close + 1))'" : "'\(text(position..<close))…'"
    case JSONByte.minus, JSONByte.plus, JSONByte.dot, 0x30...0x39, 0x41...0x5A, 0x61...0x7A:
      return "'\(token(at: position))'"
    case 0x21...0x7E:
      return "'\(Character(Unicode.Scalar(byte)))'"
    case ..<JSONByte.space:
      return "control character 0x\(byte < 0x10 ? "0" : "")\(String(byte, radix: 16, uppercase: true))"
    default:
      var next = position + 1
      while next < end && base[next] & 0xC0 == 0x80 { next += 1 }
      return "'\(text(position..<next))'"
    }
  }

  /// The word or number at `position` (letters, digits, signs and dots), at most 30 bytes.
  func token(at position: Int) -> String {
    var stop = position
    while stop < end && stop - position < 30 {
      switch base[stop] {
      case JSONByte.minus, JSONByte.plus, JSONByte.dot, 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F: stop += 1
      default: return text(position..<stop)
      }
    }
    return text(position..<stop)
  }

  /// The bytes in `range` as text, invalid UTF-8 repaired; for messages only.
  func text(_ range: Range<Int>) -> String {
    let clamped = range.clamped(to: 0..<end)
    return String(decoding: UnsafeBufferPointer(start: base + clamped.lowerBound, count: clamped.count), as: UTF8.self)
  }
}
