import Foundation

/// Dates as a French credits line writes them: "novembre 2026".
public enum FrenchDate {
  static let months = [
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
  ]

  /// The month and year of `date` in UTC, e.g. "novembre 2026".
  public static func monthAndYear(_ date: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
    let parts = calendar.dateComponents([.year, .month], from: date)
    return "\(months[(parts.month ?? 1) - 1]) \(parts.year ?? 2000)"
  }

  /// `text` with every `{date}` replaced by the month and year of `date`: a brand kit's
  /// footer such as "Réalisation : CAPSO, {date}" dates each visual when it is made.
  public static func filling(_ text: String, on date: Date) -> String {
    text.replacingOccurrences(of: "{date}", with: monthAndYear(date))
  }
}
