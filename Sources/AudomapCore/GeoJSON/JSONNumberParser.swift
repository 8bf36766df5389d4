import Foundation

/// Parses one JSON number from raw bytes, correctly rounded.
///
/// Most GeoJSON coordinates have at most 15 significant digits and a small
/// exponent: those take Clinger's fast path (an exact integer mantissa times or
/// divided by an exact power of ten, one IEEE rounding). Anything else goes to
/// `strtod` on the exact byte slice.
enum JSONNumberParser {
  enum Outcome {
    /// The value and the offset just past its last byte.
    case number(Double, end: Int)
    /// The bytes are not a JSON number; `at` is the first offending byte.
    case invalid(at: Int)
    /// A valid number too large for a Double; `end` is just past it.
    case outOfRange(end: Int)
  }

  /// Parses the number that starts at `start`, reading no byte at or past `end`.
  @inline(__always)
  static func parse(_ base: UnsafePointer<UInt8>, from start: Int, end: Int) -> Outcome {
    var p = start
    let negative = p < end && base[p] == JSONByte.minus
    if negative { p += 1 }

    // Up to 19 digits fit in a UInt64 whatever they are; more is left to strtod.
    var mantissa: UInt64 = 0
    let integerStart = p
    if p < end && base[p] == JSONByte.zero {
      p += 1
      if p < end && base[p] &- JSONByte.zero < 10 { return .invalid(at: p) }  // JSON forbids leading zeros
    } else {
      while p < end {
        let digit = base[p] &- JSONByte.zero
        guard digit < 10 else { break }
        mantissa = mantissa &* 10 &+ UInt64(digit)
        p += 1
      }
    }
    var digitCount = p - integerStart
    guard digitCount > 0 else { return .invalid(at: p) }

    var exponent = 0
    if p < end && base[p] == JSONByte.dot {
      p += 1
      let fractionStart = p
      while p < end {
        let digit = base[p] &- JSONByte.zero
        guard digit < 10 else { break }
        mantissa = mantissa &* 10 &+ UInt64(digit)
        p += 1
      }
      let fractionDigits = p - fractionStart
      guard fractionDigits > 0 else { return .invalid(at: p) }
      digitCount += fractionDigits
      exponent = -fractionDigits
    }

    if p < end && base[p] | 0x20 == JSONByte.lowercaseE {
      p += 1
      var negativeExponent = false
      if p < end && (base[p] == JSONByte.minus || base[p] == JSONByte.plus) {
        negativeExponent = base[p] == JSONByte.minus
        p += 1
      }
      let exponentStart = p
      var value = 0
      while p < end {
        let digit = base[p] &- JSONByte.zero
        guard digit < 10 else { break }
        // Saturate: far beyond any Double exponent, strtod still rounds it right.
        if value < 100_000 { value = value * 10 + Int(digit) }
        p += 1
      }
      guard p > exponentStart else { return .invalid(at: p) }
      exponent += negativeExponent ? -value : value
    }

    if digitCount <= 19 && mantissa <= 1 << 53 && exponent >= -22 && exponent <= 22 {
      let magnitude =
        exponent < 0
        ? Double(mantissa) / powersOfTen[-exponent]
        : Double(mantissa) * powersOfTen[exponent]
      return .number(negative ? -magnitude : magnitude, end: p)
    }
    return parseSlowly(base + start, count: p - start, end: p)
  }

  /// Exact powers of ten: every one up to 1e22 is representable in a Double.
  private static let powersOfTen: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
  ]

  /// `strtod` on a NUL-terminated copy: the slice may end the buffer, and
  /// strtod must not read past it.
  @inline(never)
  private static func parseSlowly(_ text: UnsafePointer<UInt8>, count: Int, end: Int) -> Outcome {
    let value = withUnsafeTemporaryAllocation(of: CChar.self, capacity: count + 1) { buffer -> Double in
      guard let copy = buffer.baseAddress else { return .nan }
      for i in 0..<count { copy[i] = CChar(bitPattern: text[i]) }
      copy[count] = 0
      var stop: UnsafeMutablePointer<CChar>?
      let value = strtod(copy, &stop)
      if stop == copy + count { return value }
      // Only a process locale whose decimal separator is not "." stops strtod
      // early; Swift's own parser ignores the locale.
      return Double(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)) ?? .nan
    }
    return value.isFinite ? .number(value, end: end) : .outOfRange(end: end)
  }
}

/// The ASCII bytes the GeoJSON reader looks for.
enum JSONByte {
  static let tab: UInt8 = 0x09
  static let lineFeed: UInt8 = 0x0A
  static let carriageReturn: UInt8 = 0x0D
  static let space: UInt8 = 0x20
  static let quote: UInt8 = 0x22
  static let plus: UInt8 = 0x2B
  static let comma: UInt8 = 0x2C
  static let minus: UInt8 = 0x2D
  static let dot: UInt8 = 0x2E
  static let slash: UInt8 = 0x2F
  static let zero: UInt8 = 0x30
  static let colon: UInt8 = 0x3A
  static let lessThan: UInt8 = 0x3C
  static let openBracket: UInt8 = 0x5B
  static let backslash: UInt8 = 0x5C
  static let closeBracket: UInt8 = 0x5D
  static let lowercaseB: UInt8 = 0x62
  static let lowercaseE: UInt8 = 0x65
  static let lowercaseF: UInt8 = 0x66
  static let lowercaseN: UInt8 = 0x6E
  static let lowercaseR: UInt8 = 0x72
  static let lowercaseT: UInt8 = 0x74
  static let lowercaseU: UInt8 = 0x75
  static let openBrace: UInt8 = 0x7B
  static let closeBrace: UInt8 = 0x7D
}
