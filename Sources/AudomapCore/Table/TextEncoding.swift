/// The character set a table file was decoded from.
///
/// Files that are not valid UTF-8 are read as Windows-1252, the superset of
/// Latin-1 that French spreadsheets save "CSV" in: `€`, `œ`, `’` and `…` sit
/// in its 0x80–0x9F range, where Latin-1 has control characters.
public enum TextEncoding: String, Hashable, Sendable, Codable {
  case utf8
  case windows1252

  /// The name users know it by, for reports.
  public var name: String {
    switch self {
    case .utf8: return "UTF-8"
    case .windows1252: return "Windows-1252 (Latin-1)"
    }
  }

  /// Whether `bytes` are valid UTF-8 (RFC 3629: no overlong forms, surrogates or values above U+10FFFF).
  static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let count = bytes.count
    var index = 0
    while index < count {
      // Open data is mostly ASCII: skip it eight bytes at a time.
      while index + 8 <= count,
        UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
      {
        index += 8
      }
      guard index < count else { return true }
      let lead = base[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      // The allowed range of the second byte depends on the lead byte; the others are 0x80–0xBF.
      let length: Int
      var second: ClosedRange<UInt8> = 0x80...0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0: (length, second) = (3, 0xA0...0xBF)
      case 0xED: (length, second) = (3, 0x80...0x9F)
      case 0xE1...0xEF: length = 3
      case 0xF0: (length, second) = (4, 0x90...0xBF)
      case 0xF1...0xF3: length = 4
      case 0xF4: (length, second) = (4, 0x80...0x8F)
      default: return false
      }
      guard index + length <= count, second.contains(base[index + 1]) else { return false }
      for offset in 2..<length where base[index + offset] & 0xC0 != 0x80 { return false }
      index += length
    }
    return true
  }

  /// `bytes` read as Windows-1252, written as UTF-8. ASCII bytes, line ends
  /// included, are kept as they are, so line numbers do not move.
  static func utf8(fromWindows1252 bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var utf8: [UInt8] = []
    utf8.reserveCapacity(bytes.count + bytes.count / 8)
    for byte in bytes {
      if byte < 0x80 {
        utf8.append(byte)
        continue
      }
      // 0xA0–0xFF are U+00A0–U+00FF, as in Latin-1.
      let scalar = byte >= 0xA0 ? Unicode.Scalar(byte) : windows1252Block[Int(byte - 0x80)]
      Unicode.UTF8.encode(scalar) { utf8.append($0) }
    }
    return utf8
  }

  /// The characters of bytes 0x80–0x9F. The five bytes Windows-1252 leaves
  /// undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) keep their Latin-1 control
  /// character, as the WHATWG encoding standard does.
  private static let windows1252Block: [Unicode.Scalar] = [
    "\u{20AC}", "\u{0081}", "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
    "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", "\u{008D}", "\u{017D}", "\u{008F}",
    "\u{0090}", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
    "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", "\u{009D}", "\u{017E}", "\u{0178}",
  ]
}
