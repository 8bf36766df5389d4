import Foundation

/// What a join matched and what it did not.
///
/// The join returns it and never prints it: the CLI prints ``summary`` and
/// decides whether gaps are errors.
public struct JoinReport: Hashable, Sendable {
  /// A count and a small sample of what was counted (at most ``JoinReport/sampleLimit`` items).
  public struct Tally<Element: Hashable & Sendable>: Hashable, Sendable {
    /// How many items.
    public let count: Int
    /// The first items (line numbers, feature indexes) or the smallest codes.
    public let sample: [Element]
  }

  /// The size of every sample.
  public static let sampleLimit = 5

  /// The table column holding the codes.
  public let keyColumn: String
  /// Whether ``keyColumn`` was found by ``CodeColumnDetector`` rather than given.
  public let keyWasDetected: Bool
  /// The table column holding the values.
  public let valueColumn: String

  /// The number of features (communes) in the basemap.
  public let featureCount: Int
  /// Features whose code has a row.
  public let matchedFeatures: Int
  /// Features with a code but no row; the sample holds their codes.
  public let featuresWithoutData: Tally<CommuneCode>
  /// Features whose code property is missing or not a commune code; the sample holds their indexes.
  public let featuresWithoutCode: Tally<Int>

  /// The number of rows in the table.
  public let rowCount: Int
  /// Rows whose code matched at least one feature.
  public let rowsUsed: Int
  /// Rows with a valid code that no feature has; the sample holds the codes.
  public let unusedRows: Tally<CommuneCode>
  /// Rows whose key is not a commune code; the sample holds their line numbers.
  public let rowsWithInvalidCode: Tally<Int>
  /// Rows ignored because an earlier row has the same code; the sample holds the codes.
  public let duplicateKeys: Tally<CommuneCode>
  /// Kept rows whose value is not a number; the sample holds `line: value`.
  public let nonNumericValues: Tally<String>
  /// Kept rows whose value cell is empty.
  public let emptyValues: Int

  /// One line for stderr, e.g. `Join on insee (detected): 53/53 communes matched, 53/53 rows used.`
  public var summary: String {
    var text =
      "Join on \(keyColumn)\(keyWasDetected ? " (detected)" : ""): "
      + "\(ReportNumberFormat.grouped(matchedFeatures))/\(ReportNumberFormat.grouped(featureCount)) communes matched"
    if matchedFeatures < featureCount { text += " (\(matchedPercent)%)" }
    text += ", \(ReportNumberFormat.grouped(rowsUsed))/\(ReportNumberFormat.grouped(rowCount)) rows used"

    // As in mapshaper, orphan codes are listed only when both sides have some:
    // a one-sided gap is the expected shape of a subset or superset join (a
    // CAPSO table on a Pas-de-Calais basemap) and its sample would be noise.
    let listOrphans = featuresWithoutData.count > 0 && unusedRows.count > 0
    var details: [String] = []
    if featuresWithoutData.count > 0 {
      details.append(
        "\(ReportNumberFormat.grouped(featuresWithoutData.count)) without data"
          + (listOrphans ? Self.example(featuresWithoutData) : ""))
    }
    if featuresWithoutCode.count > 0 {
      details.append(
        Self.counted(featuresWithoutCode.count, "feature") + " without a code"
          + Self.example(featuresWithoutCode, prefix: "features ") { "#\($0)" })
    }
    if unusedRows.count > 0 {
      details.append(Self.counted(unusedRows.count, "row") + " unused" + (listOrphans ? Self.example(unusedRows) : ""))
    }
    if duplicateKeys.count > 0 {
      details.append(
        Self.counted(duplicateKeys.count, "duplicate row") + " ignored, first kept"
          + Self.example(duplicateKeys))
    }
    if rowsWithInvalidCode.count > 0 {
      details.append(
        Self.counted(rowsWithInvalidCode.count, "row") + " with an invalid code"
          + Self.example(rowsWithInvalidCode, prefix: rowsWithInvalidCode.count == 1 ? "line " : "lines "))
    }
    if nonNumericValues.count > 0 {
      details.append(Self.counted(nonNumericValues.count, "non-numeric value") + Self.example(nonNumericValues))
    }
    if emptyValues > 0 {
      details.append(Self.counted(emptyValues, "empty value"))
    }
    return text + details.map { "; " + $0 }.joined() + "."
  }

  /// One decimal, but never "100.0" while some communes lack data, nor "0.0" when some matched.
  ///
  /// Only shown when `matchedFeatures < featureCount`, so `featureCount` is not zero.
  private var matchedPercent: String {
    let percent = (Double(matchedFeatures) / Double(featureCount) * 1000).rounded() / 10
    return String(format: "%.1f", min(max(percent, matchedFeatures > 0 ? 0.1 : 0), 99.9))
  }

  /// ` (e.g. a, b, …)`, with an ellipsis when the sample is not everything.
  private static func example<Element>(
    _ tally: Tally<Element>, prefix: String = "e.g. ", show: (Element) -> String = { "\($0)" }
  ) -> String {
    guard !tally.sample.isEmpty else { return "" }
    let more = tally.count > tally.sample.count ? ", …" : ""
    return " (\(prefix)\(tally.sample.map(show).joined(separator: ", "))\(more))"
  }

  private static func counted(_ count: Int, _ noun: String) -> String {
    "\(ReportNumberFormat.grouped(count)) \(noun)\(count == 1 ? "" : "s")"
  }
}
