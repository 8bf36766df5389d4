import Foundation

/// An INSEE commune code (code officiel géographique), the key of every join.
///
/// Five characters: a two-character department (two digits, or `2A`/`2B`
/// for Corsica) and three digits; overseas codes (`97411`) have the same
/// shape. Leading zeros are part of the code: `01001` is not `1001`.
public struct CommuneCode: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The code, with `2A`/`2B` upper-cased.
  public let rawValue: String

  /// Validates `text` (surrounding spaces ignored); nil when it is not a commune code.
  ///
  /// Codes whose leading zero was dropped by a spreadsheet (`1001`) are rejected here:
  /// ``init(repairing:)`` restores them where a column is known to hold codes.
  public init?(_ text: String) {
    // Byte-level: a national join validates some 70,000 codes.
    var bytes = Self.trimmedASCII(text.utf8)
    if bytes.contains(where: { $0 >= 0x80 }) {
      bytes = Array(text.trimmingCharacters(in: .whitespaces).utf8)  // Unicode spaces (rare)
    }
    guard bytes.count == 5, Self.isDigit(bytes[0]), bytes[2...].allSatisfy(Self.isDigit) else { return nil }
    if !Self.isDigit(bytes[1]) {
      let upper = bytes[1] & ~0x20  // ASCII upper case
      guard bytes[0] == UInt8(ascii: "2"), upper == UInt8(ascii: "A") || upper == UInt8(ascii: "B") else {
        return nil
      }
      bytes[1] = upper
    }
    rawValue = String(decoding: bytes, as: UTF8.self)
  }

  /// Validates `text` like ``init(_:)``, and also restores a code that a
  /// spreadsheet wrote as a number: `1001` → `01001`, `1001.0` or `62040,0` → `62040`.
  ///
  /// Only departments 01 to 09 start with a zero, so a number of four digits
  /// (not starting with 0) has lost exactly one; a zero decimal part is dropped.
  public init?(repairing text: String) {
    if let code = CommuneCode(text) {
      self = code
      return
    }
    var digits = Substring(text.trimmingCharacters(in: .whitespaces))
    if let separator = digits.firstIndex(where: { $0 == "." || $0 == "," }) {
      let fraction = digits[digits.index(after: separator)...]
      guard !fraction.isEmpty, fraction.allSatisfy({ $0 == "0" }) else { return nil }
      digits = digits[..<separator]
    }
    switch digits.count {
    case 5: self.init(String(digits))
    case 4 where digits.first != "0": self.init("0" + digits)
    default: return nil
    }
  }

  /// Paris, Lyon and Marseille as one commune each, for their arrondissements municipaux.
  private static let cities: [(department: String, first: Int, last: Int, city: String)] = [
    ("75", 101, 120, "75056"), ("69", 381, 389, "69123"), ("13", 201, 216, "13055"),
  ]

  /// The commune (Paris 75056, Lyon 69123, Marseille 13055) this arrondissement
  /// municipal belongs to (`75112` → `75056`); nil for any other code.
  public var cityOfArrondissement: CommuneCode? {
    let department = rawValue.prefix(2)
    guard let number = Int(rawValue.dropFirst(2)) else { return nil }
    let city = Self.cities.first { $0.department == department && ($0.first...$0.last).contains(number) }
    return city.flatMap { CommuneCode($0.city) }
  }

  /// Plain text order: `01001` < `2A004` < `62001` < `97411`.
  public static func < (lhs: CommuneCode, rhs: CommuneCode) -> Bool {
    lhs.rawValue < rhs.rawValue
  }

  /// The code itself.
  public var description: String { rawValue }

  private static func trimmedASCII(_ utf8: String.UTF8View) -> [UInt8] {
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
    guard let first = utf8.firstIndex(where: { !isSpace($0) }), let last = utf8.lastIndex(where: { !isSpace($0) })
    else { return [] }
    return Array(utf8[first...last])
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }
}
