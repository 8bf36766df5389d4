import Foundation

/// A calendar day of the history of communes (`date_effet`), ordered by time.
public struct HistoryDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let year: Int
  public let month: Int
  public let day: Int

  /// Parses `YYYY-MM-DD`, or `YYYY` for the 1st of January of that year (the
  /// date of each year's official geography, the COG); nil for anything else.
  public init?(_ text: String) {
    // Read byte by byte: the shipped history has 8,876 dates to read on every map run.
    let bytes = Array(text.utf8).drop { $0 == UInt8(ascii: " ") }.reversed().drop { $0 == UInt8(ascii: " ") }.reversed()
    let digits = Array(bytes)
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for byte in digits[range] {
        guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
        value = value * 10 + Int(byte - UInt8(ascii: "0"))
      }
      return value
    }
    let dash = UInt8(ascii: "-")
    let year: Int?, month: Int?, day: Int?
    switch digits.count {
    case 4: (year, month, day) = (number(0..<4), 1, 1)
    case 10 where digits[4] == dash && digits[7] == dash: (year, month, day) = (number(0..<4), number(5..<7), number(8..<10))
    default: return nil
    }
    guard let year, let month, let day, (1...12).contains(month), (1...31).contains(day) else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  public static func < (lhs: HistoryDate, rhs: HistoryDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  /// `YYYY-MM-DD`.
  public var description: String {
    func padded(_ number: Int, _ width: Int) -> String {
      String(repeating: "0", count: max(0, width - String(number).count)) + String(number)
    }
    return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
  }
}
