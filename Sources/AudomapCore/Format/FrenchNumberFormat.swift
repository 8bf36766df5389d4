/// Numbers written the French way for legends and labels: `−1 234,5`.
///
/// Thousands are grouped by three with U+202F NARROW NO-BREAK SPACE from four
/// digits up (`1 000`; French typography may leave four digits ungrouped, data
/// visualisation groups them so columns of figures line up), the decimal
/// separator is a comma and negatives take U+2212 MINUS SIGN. Hand-written
/// rather than `NumberFormatter`, whose output differs between platforms and
/// Foundation versions; golden files need the same bytes everywhere.
public enum FrenchNumberFormat {
  /// U+202F NARROW NO-BREAK SPACE, the thousands separator.
  public static let thousandsSeparator = "\u{202F}"
  /// U+2212 MINUS SIGN.
  public static let minusSign = "\u{2212}"

  /// `value` with exactly `decimals` decimals, rounded half away from zero.
  ///
  /// Rounding works on the shortest decimal that reads back as `value` (what
  /// Swift prints, and what the CSV said): `2.675` gives `2,68`, as a reader
  /// expects, although the nearest double is slightly below 2.675. A result
  /// that rounds to zero is written without a sign (never `−0`).
  /// NaN is written `NaN` and infinities `∞` / `−∞`.
  ///
  /// ## Example
  /// ```swift
  /// FrenchNumberFormat.format(-1234567.891, decimals: 2) // "−1 234 567,89"
  /// ```
  public static func format(_ value: Double, decimals: Int) -> String {
    precondition(decimals >= 0, "decimals must not be negative")
    guard value.isFinite else {
      return value.isNaN ? "NaN" : (value < 0 ? minusSign : "") + "∞"
    }
    let (integerDigits, fractionDigits) = rounded(abs(value), decimals: decimals)
    let isZero = (integerDigits + fractionDigits).allSatisfy { $0 == "0" }
    var text = value < 0 && !isZero ? minusSign : ""
    text += grouped(integerDigits)
    if decimals > 0 { text += "," + String(fractionDigits) }
    return text
  }

  /// The fewest decimals, 0 to 3, that keep all distinct bounds distinct once
  /// formatted; 3 if even that is not enough.
  public static func legendDecimals(for breaks: [Double]) -> Int {
    let distinct = Set(breaks)
    for decimals in 0..<3 where Set(distinct.map { format($0, decimals: decimals) }).count == distinct.count {
      return decimals
    }
    return 3
  }

  /// A class range for the legend: `1 234 – 5 678` (an en dash between
  /// spaces), or the single value when both ends format the same (a class
  /// holding only the maximum, or data where every value is equal).
  public static func range(_ lower: Double, _ upper: Double, decimals: Int) -> String {
    let from = format(lower, decimals: decimals)
    let to = format(upper, decimals: decimals)
    return from == to ? from : from + " \u{2013} " + to
  }

  // MARK: - Decimal digits

  /// The digits of the non-negative `magnitude` rounded to `decimals`
  /// decimals: integer part (no leading zeros, at least one digit) and
  /// exactly `decimals` fraction digits.
  private static func rounded(_ magnitude: Double, decimals: Int) -> (integer: [Character], fraction: [Character]) {
    var (integer, fraction) = decimalDigits(magnitude)
    fraction += Array(repeating: "0", count: Swift.max(0, decimals + 1 - fraction.count))
    var kept = integer + fraction[0..<decimals]
    if let first = fraction[decimals].wholeNumberValue, first >= 5 {
      incrementDecimal(&kept)
    }
    integer = Array(kept[0..<(kept.count - decimals)])
    fraction = Array(kept[(kept.count - decimals)...])
    let leadingZeros = integer.prefix { $0 == "0" }.count
    integer.removeFirst(Swift.min(leadingZeros, integer.count - 1))
    return (integer, fraction)
  }

  /// The shortest round-tripping decimal of a finite, non-negative double,
  /// split at the decimal point. Swift's own printing algorithm (the same on
  /// every platform) gives `"1234.5"`, `"1e-05"` or `"1.2345e+16"`.
  private static func decimalDigits(_ magnitude: Double) -> (integer: [Character], fraction: [Character]) {
    let text = magnitude.description
    let parts = text.split(separator: "e", maxSplits: 1)
    let mantissa = parts[0]
    let exponent = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
    let mantissaParts = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    let digits = Array(mantissaParts[0]) + (mantissaParts.count == 2 ? Array(mantissaParts[1]) : [])
    // Position of the decimal point within `digits`, after applying the exponent.
    let point = mantissaParts[0].count + exponent
    if point <= 0 {
      return (["0"], Array(repeating: "0", count: -point) + digits)
    }
    if point >= digits.count {
      return (digits + Array(repeating: "0", count: point - digits.count), [])
    }
    return (Array(digits[0..<point]), Array(digits[point...]))
  }

  /// Adds one unit in the last place of a string of decimal digits, carrying
  /// into a new leading digit if needed (`999` → `1000`).
  private static func incrementDecimal(_ digits: inout [Character]) {
    var index = digits.count - 1
    while index >= 0 {
      if digits[index] == "9" {
        digits[index] = "0"
        index -= 1
      } else {
        let digit = digits[index].wholeNumberValue ?? 0
        digits[index] = Character(String(digit + 1))
        return
      }
    }
    digits.insert("1", at: 0)
  }

  /// `1234567` → `1 234 567`; three digits or fewer are left as they are.
  private static func grouped(_ digits: [Character]) -> String {
    guard digits.count > 3 else { return String(digits) }
    var groups: [String] = []
    var end = digits.count
    while end > 0 {
      let start = Swift.max(0, end - 3)
      groups.append(String(digits[start..<end]))
      end = start
    }
    return groups.reversed().joined(separator: thousandsSeparator)
  }
}
