import Foundation

/// Parses numbers as written in French and English open data and spreadsheets.
///
/// Accepted, with an optional sign (`-`, `+` or `−` U+2212):
/// - `1234`, `-12.5`, `1234,5`: one decimal mark, a dot or a comma, is always
///   the decimal mark, so `1,234` is 1.234 as a French reader means it;
/// - thousands in groups of three after a first group of one to three digits,
///   separated by a space, a no-break space (U+00A0), a narrow no-break space
///   (U+202F), or a dot or comma when the other mark is the decimal one or when
///   it occurs twice or more: `1 234,5`, `1,234,567`, `1.234.567`, `1,234.5`, `1.234,5`;
/// - a percentage, `12,5 %` or `12.5%`, read as 12.5.
///
/// A cell holding nothing or a conventional "no value" token (see
/// ``missingTokens``) is missing, not wrong. Anything else (`12 ans`, `1e5`,
/// `inf`, `1 23`) is not a number: callers report it rather than guessing.
public enum NumberParser {
  /// What a cell holds, as far as numbers go.
  public enum Cell: Hashable, Sendable {
    case number(Double)
    /// `12,5 %`, with its number (12.5).
    case percentage(Double)
    /// Empty, or a ``NumberParser/missingTokens`` token.
    case missing
    /// Something else: text, or a malformed number.
    case notANumber

    /// The number, for numbers and percentages.
    public var value: Double? {
      switch self {
      case .number(let value), .percentage(let value): return value
      case .missing, .notANumber: return nil
      }
    }
  }

  /// Cells that mean "no value" in French statistics, compared without case
  /// and surrounding spaces: `NA`, `N/A`, `-`, `–`, `—`, `s` (secret statistique),
  /// `nd` (non disponible), `NC` (non communiqué), `…` and `...`. An empty cell is missing too.
  public static let missingTokens = ["NA", "N/A", "-", "–", "—", "s", "nd", "NC", "…", "..."]

  /// The value of `text`, or nil when it is missing or not a number in one of the accepted forms.
  public static func parse(_ text: String) -> Double? {
    read(text).value
  }

  /// What `text` holds: a number, a percentage, a missing value or something else.
  public static func read(_ text: String) -> Cell {
    // Most cells of a national table are plain `-1234.5`: read from the bytes,
    // without the String rebuild of the general path.
    if let value = text.utf8.withContiguousStorageIfAvailable(plainDecimal) ?? nil { return .number(value) }
    let trimmed = text.trimmingSpaces
    if trimmed.isEmpty || missingTokenSet.contains(trimmed.uppercased()) { return .missing }
    return readGeneral(Array(trimmed.unicodeScalars))
  }

  /// Whether `text` is empty, blank or a ``missingTokens`` token.
  public static func isMissing(_ text: String) -> Bool {
    read(text) == .missing
  }

  private static let missingTokenSet = Set(missingTokens.map { $0.uppercased() })

  /// The general form, on trimmed, non-empty text.
  private static func readGeneral(_ scalars: [Unicode.Scalar]) -> Cell {
    var scalars = scalars[...]
    let isPercentage = scalars.last == "%"
    if isPercentage {
      scalars.removeLast()
      while let last = scalars.last, spaces.contains(last) { scalars.removeLast() }
    }
    var negative = false
    if let first = scalars.first, first == "-" || first == "+" || first == "\u{2212}" {
      negative = first != "+"
      scalars.removeFirst()
    }
    // Digit runs and the marks between them: `1 234,5` is ["1", "234", "5"] and [" ", ","].
    var runs = [""]
    var marks: [Unicode.Scalar] = []
    for scalar in scalars {
      if ("0"..."9").contains(scalar) {
        runs[runs.count - 1].unicodeScalars.append(scalar)
      } else if spaces.contains(scalar) || scalar == "." || scalar == "," {
        marks.append(scalar)
        runs.append("")
      } else {
        return .notANumber
      }
    }
    guard runs.allSatisfy({ !$0.isEmpty }) else { return .notANumber }
    // The last mark is the decimal one if it is a dot or comma seen nowhere before.
    var fraction = ""
    if let last = marks.last, last == "." || last == ",", !marks.dropLast().contains(last) {
      fraction = runs.removeLast()
      marks.removeLast()
    }
    if let first = marks.first {
      let sameKind = spaces.contains(first) ? marks.allSatisfy(spaces.contains) : marks.allSatisfy { $0 == first }
      guard sameKind, (1...3).contains(runs[0].count), runs.dropFirst().allSatisfy({ $0.count == 3 }) else {
        return .notANumber
      }
    }
    let written = (negative ? "-" : "") + runs.joined() + (fraction.isEmpty ? "" : "." + fraction)
    guard let value = Double(written) else { return .notANumber }
    return isPercentage ? .percentage(value) : .number(value)
  }

  /// The value of `-1234.5` (sign, digits, at most one dot followed by
  /// digits), or nil for any other form.
  ///
  /// Up to 15 digits, the digits as an integer divided by a power of ten is
  /// the correctly rounded value (both are exact doubles and IEEE division
  /// rounds once), as `Double(_:)` would give; longer numbers go to it.
  private static func plainDecimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    var index = 0
    var negative = false
    if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
      negative = first == UInt8(ascii: "-")
      index = 1
    }
    var digits: UInt64 = 0
    var digitCount = 0
    var fractionDigitCount = 0
    var sawDot = false
    while index < bytes.count {
      let digit = bytes[index] &- UInt8(ascii: "0")
      if digit < 10 {
        digits = digits &* 10 &+ UInt64(digit)
        digitCount += 1
        if sawDot { fractionDigitCount += 1 }
      } else if bytes[index] == UInt8(ascii: "."), !sawDot, digitCount > 0 {
        sawDot = true
      } else {
        return nil
      }
      index += 1
    }
    guard digitCount > 0, !sawDot || fractionDigitCount > 0 else { return nil }
    guard digitCount <= 15 else { return Double(String(decoding: bytes, as: UTF8.self)) }
    let magnitude = Double(digits) / powersOfTen[fractionDigitCount]
    return negative ? -magnitude : magnitude
  }

  /// 10⁰ to 10¹⁵, all exact doubles.
  private static let powersOfTen: [Double] = (0...15).map { pow(10, Double($0)) }

  /// Thousands separators, also allowed between a number and its `%`.
  private static let spaces: Set<Unicode.Scalar> = [" ", "\u{00A0}", "\u{202F}"]
}
