/// What a join matched and what it did not.
///
/// The join returns it and never prints it: the CLI prints ``summary`` (one
/// line), ``details`` on request, and decides whether gaps are errors.
public struct JoinReport: Hashable, Sendable {
  /// A count and a small sample of what was counted (at most ``JoinReport/detailLimit`` items).
  public struct Tally<Element: Hashable & Sendable>: Hashable, Sendable {
    /// How many items.
    public let count: Int
    /// The first items (line numbers, feature indexes) or the smallest codes.
    public let sample: [Element]

    /// Nothing counted.
    public static var empty: Tally { Tally(count: 0, sample: []) }
  }

  /// The size of the samples in ``summary``.
  public static let sampleLimit = 5
  /// The size of the samples kept, shown by ``details``.
  public static let detailLimit = 20

  /// The table column holding the codes.
  public let keyColumn: String
  /// Whether ``keyColumn`` was found by ``CodeColumnDetector`` rather than given.
  public let keyWasDetected: Bool
  /// The table column holding the values.
  public let valueColumn: String
  /// How rows falling on one commune were combined; nil when none had to be.
  public internal(set) var aggregation: Aggregation? = nil

  /// The number of features (communes) in the basemap.
  public let featureCount: Int
  /// Features whose code (or current code) has a row.
  public let matchedFeatures: Int
  /// Features with a code but no row; the sample holds their codes.
  public let featuresWithoutData: Tally<CommuneCode>
  /// Features whose code property is missing or not a commune code; the sample holds their indexes.
  public let featuresWithoutCode: Tally<Int>
  /// Features of former communes given the value of their current commune.
  public internal(set) var featuresThroughHistory: Tally<CodeChange> = .empty

  /// The number of rows taking part (after `--filter`, and of the two periods of a change).
  public let rowCount: Int
  /// Rows whose code matched at least one feature.
  public let rowsUsed: Int
  /// Rows with a valid code that no feature has; the sample holds the codes.
  public let unusedRows: Tally<CommuneCode>
  /// Rows whose key is not a commune code; the sample holds their line numbers.
  public let rowsWithInvalidCode: Tally<Int>
  /// Communes whose value combines several rows (with ``aggregation``); the sample holds the codes.
  public let duplicateKeys: Tally<CommuneCode>
  /// Rows of former communes counted in their current commune (distinct code changes).
  public internal(set) var rowsThroughHistory: Tally<CodeChange> = .empty
  /// Rows of communes since split between several: unused; the sample holds their codes.
  public internal(set) var dividedCommunes: Tally<CommuneCode> = .empty
  /// Codes written as numbers that had lost their leading zero, as `1001 → 01001`.
  public internal(set) var restoredCodes: Tally<String> = .empty
  /// Rows of arrondissements counted in their city (`--fold-arrondissements`), distinct changes.
  public internal(set) var foldedArrondissements: Tally<CodeChange> = .empty
  /// Rows whose value is not a number; the sample holds `line: value`.
  public let nonNumericValues: Tally<String>
  /// Rows whose value cell is empty or says "no value" (`NA`, `s`, …).
  public let missingValues: Int
  /// How the mapped value was derived, when it was.
  public internal(set) var derivation: DerivationReport? = nil

  /// Whether every feature found a row and every row a feature (what `--strict` requires).
  public var isComplete: Bool {
    featuresWithoutData.count == 0 && featuresWithoutCode.count == 0 && unusedRows.count == 0
      && rowsWithInvalidCode.count == 0
  }
}

/// What a derived value needed and did not find.
public enum DerivationReport: Hashable, Sendable {
  case rate(RateReport)
  case change(ChangeReport)
}

/// The rate per inhabitants of ``Derivation/rate(_:)``.
public struct RateReport: Hashable, Sendable {
  /// The population file, as given.
  public let source: String
  public let column: String
  public let per: Double
  /// Matched communes with a value but no row in the population table.
  public let withoutPopulation: JoinReport.Tally<CommuneCode>
  /// Matched communes whose population is 0 or not a number: no rate.
  public let unusablePopulation: JoinReport.Tally<CommuneCode>
}

/// The change between two periods of ``Derivation/change(_:)``.
public struct ChangeReport: Hashable, Sendable {
  public let change: Derivation.Change
  /// Rows of each period.
  public let rowsFrom: Int
  public let rowsTo: Int
  /// Rows of other periods, left out.
  public let rowsOtherPeriods: Int
  /// Matched communes with a row in only one of the periods: no change.
  public let onlyOnePeriod: JoinReport.Tally<CommuneCode>
  /// Matched communes whose first value is 0: no percentage.
  public let zeroBase: JoinReport.Tally<CommuneCode>
}

extension JoinReport.Tally {
  /// Counts `items` and keeps the first ones (line numbers, feature indexes: already in order).
  init(firstOf items: [Element]) {
    self.init(count: items.count, sample: Array(items.prefix(JoinReport.detailLimit)))
  }
}

extension JoinReport.Tally where Element: Comparable {
  /// Counts `items` and keeps the smallest distinct ones, so that samples are stable and readable.
  init(smallestOf items: [Element]) {
    self.init(count: items.count, sample: Array(Set(items).sorted().prefix(JoinReport.detailLimit)))
  }

  /// Counts the distinct `items` and keeps the smallest.
  init(distinct items: [Element]) {
    let distinct = Set(items)
    self.init(count: distinct.count, sample: Array(distinct.sorted().prefix(JoinReport.detailLimit)))
  }
}
