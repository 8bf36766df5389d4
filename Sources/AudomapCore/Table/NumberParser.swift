import Foundation

/// Parses numbers as written in French open data and spreadsheets.
///
/// Accepts `1234`, `-12.5`, `1234,5` (decimal comma) and `1 234,5` with a
/// space, a no-break space (U+00A0) or a narrow no-break space (U+202F)
/// between groups of three digits. Anything else (`12 ans`, `n/a`, `1,234.5`,
/// `1e5`, `inf`) is not a number: the join reports it rather than guessing.
public enum NumberParser {
  /// The value of `text`, or nil when it is empty or not a number in one of the accepted forms.
  public static func parse(_ text: String) -> Double? {
    if isPlainDecimal(text.utf8) { return Double(text) }
    let scalars = Array(text.trimmingCharacters(in: .whitespaces).unicodeScalars)
    // Rewritten as Swift's Double(_:) reads it: sign, digits, ".", digits.
    var normalized = ""
    var index = 0
    if let first = scalars.first, first == "-" || first == "+" {
      normalized.unicodeScalars.append(first)
      index = 1
    }
    var groupLengths = [0]
    while index < scalars.count {
      let scalar = scalars[index]
      if isDigit(scalar) {
        normalized.unicodeScalars.append(scalar)
        groupLengths[groupLengths.count - 1] += 1
      } else if thousandsSeparators.contains(scalar) {
        groupLengths.append(0)
      } else {
        break
      }
      index += 1
    }
    guard groupLengths[0] > 0, groupLengths.count == 1 || isThousandsGrouping(groupLengths) else { return nil }
    if index < scalars.count {
      guard scalars[index] == "." || scalars[index] == "," else { return nil }
      let fraction = scalars[(index + 1)...]
      guard !fraction.isEmpty, fraction.allSatisfy(isDigit) else { return nil }
      normalized += "."
      normalized.unicodeScalars.append(contentsOf: fraction)
    }
    return Double(normalized)
  }

  /// `-1234.5`: sign, digits, at most one dot followed by digits. Most cells
  /// of a national table look like this, and skipping the general path
  /// saves a String rebuild per cell.
  private static func isPlainDecimal(_ utf8: String.UTF8View) -> Bool {
    var digitsBeforeDot = 0
    var digitsAfterDot = 0
    var sawDot = false
    for (offset, byte) in utf8.enumerated() {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        if sawDot { digitsAfterDot += 1 } else { digitsBeforeDot += 1 }
      case UInt8(ascii: "-") where offset == 0, UInt8(ascii: "+") where offset == 0:
        continue
      case UInt8(ascii: ".") where !sawDot:
        sawDot = true
      default:
        return false
      }
    }
    return digitsBeforeDot > 0 && (!sawDot || digitsAfterDot > 0)
  }

  private static let thousandsSeparators: Set<Unicode.Scalar> = [" ", "\u{00A0}", "\u{202F}"]

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    ("0"..."9").contains(scalar)
  }

  /// `1 234 567`: a first group of one to three digits, then groups of exactly three.
  private static func isThousandsGrouping(_ lengths: [Int]) -> Bool {
    (1...3).contains(lengths[0]) && lengths.dropFirst().allSatisfy { $0 == 3 }
  }
}
