import Foundation

/// A calendar day of the history of communes (`date_effet`), ordered by time.
public struct HistoryDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let year: Int
  public let month: Int
  public let day: Int

  /// Parses `YYYY-MM-DD`, or `YYYY` for the 1st of January of that year (the
  /// date of each year's official geography, the COG); nil for anything else.
  public init?(_ text: String) {
    let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
    let widths = parts.count == 1 ? [4] : [4, 2, 2]
    guard parts.map(\.count) == widths,
      parts.allSatisfy({ $0.allSatisfy { ("0"..."9").contains($0) } })
    else { return nil }
    let numbers = parts.compactMap { Int($0) }
    let month = numbers.count == 3 ? numbers[1] : 1
    let day = numbers.count == 3 ? numbers[2] : 1
    guard (1...12).contains(month), (1...31).contains(day) else { return nil }
    self.year = numbers[0]
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
