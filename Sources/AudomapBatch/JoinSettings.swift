import AudomapCore
import AudomapGeometry

/// How `audomap map` joins the table to the basemap: the options of the
/// "codes and join" group, as paths and names (files are read by the job).
public struct JoinSettings: Hashable, Sendable {
  /// Where the history of communes comes from.
  public enum History: Hashable, Sendable {
    /// The table shipped with audomap.
    case bundled
    /// A table in the INSEE layout at this path.
    case file(String)
    /// No history: codes match only as they are.
    case off
  }

  /// A value computed from the table instead of the value itself.
  public enum DerivedValue: Hashable, Sendable {
    /// The value per `per` inhabitants of the table at `populationPath`; its column detected when nil.
    case rate(per: Double, populationPath: String, populationColumn: String?)
    /// The change from period `from` to `to` of `periodColumn` (detected when nil).
    case change(from: String, to: String, periodColumn: String?, kind: ChangeKind)
  }

  /// `--expect-members`: an EPCI (SIREN or name) looked up in the list at `listPath`.
  public struct MemberCheck: Hashable, Sendable {
    public var epci: String
    public var listPath: String

    public init(epci: String, listPath: String) {
      self.epci = epci
      self.listPath = listPath
    }
  }

  public var aggregation: Aggregation?
  public var foldArrondissements: Bool
  public var history: History
  /// The last date of the history to apply (the table's geography); nil for all of it.
  public var codesAsOf: HistoryDate?
  public var derivedValue: DerivedValue?
  /// Dissolve former communes of the basemap into their current commune.
  public var updateCodes: Bool
  public var memberCheck: MemberCheck?
  /// Where to write the rows that matched nothing, as CSV.
  public var unmatchedPath: String?
  /// Fail when anything is unmatched.
  public var strict: Bool

  public init(
    aggregation: Aggregation? = nil, foldArrondissements: Bool = false, history: History = .bundled,
    codesAsOf: HistoryDate? = nil, derivedValue: DerivedValue? = nil, updateCodes: Bool = false,
    memberCheck: MemberCheck? = nil, unmatchedPath: String? = nil, strict: Bool = false
  ) {
    self.aggregation = aggregation
    self.foldArrondissements = foldArrondissements
    self.history = history
    self.codesAsOf = codesAsOf
    self.derivedValue = derivedValue
    self.updateCodes = updateCodes
    self.memberCheck = memberCheck
    self.unmatchedPath = unmatchedPath
    self.strict = strict
  }
}

/// The join stage of a map job: history, code update, join, unmatched rows and checks.
struct JoinStage {
  let settings: JoinSettings

  /// What the stage produced.
  struct Outcome {
    var basemap: FeatureCollection
    var joined: JoinResult
    var codeUpdate: CodeUpdatePlan?
    var members: MemberCoverage?
  }

  /// Joins `table` to `basemap`, updating the basemap's codes first when asked;
  /// writes the unmatched rows when asked, then fails on `--strict` or missing members.
  func run(
    basemap: FeatureCollection, codeField: String, table: Table, keyColumn: String, keyWasDetected: Bool,
    valueColumn: String, cache: InputCache? = nil
  ) throws -> Outcome {
    let history = try cache?.history(settings.history) ?? InputCache.readHistory(settings.history)
    var basemap = basemap
    var codeUpdate: CodeUpdatePlan?
    if settings.updateCodes, let history {
      let plan = CodeUpdatePlan(
        codes: Self.codes(of: basemap, field: codeField),
        tableCodes: try Join.codes(in: table, keyColumn: keyColumn, foldArrondissements: settings.foldArrondissements),
        history: history, asOf: settings.codesAsOf)
      basemap = try CodeUpdate.apply(plan, to: basemap, codeField: codeField, history: history)
      codeUpdate = plan
    }
    let options = JoinOptions(
      aggregation: settings.aggregation, foldArrondissements: settings.foldArrondissements, history: history,
      codesAsOf: settings.codesAsOf, derivation: try derivation(of: table))
    let joined = try Join.join(
      features: basemap.features, codeField: codeField, table: table, keyColumn: keyColumn,
      keyWasDetected: keyWasDetected, valueColumn: valueColumn, options: options)

    if let path = settings.unmatchedPath {
      try FileIO.writeAtomically(UnmatchedRowsFile.csv(joined.unmatchedRows, of: table), to: path)
    }
    if settings.strict, !joined.report.isComplete { throw JoinError.incomplete(summary: joined.report.summary) }
    var members: MemberCoverage?
    if let check = settings.memberCheck {
      let directory = try cache?.directory(path: check.listPath) ?? EPCIDirectory(table: CSVReader.read(path: check.listPath))
      let coverage = MemberCoverage.check(
        try directory.find(check.epci), codes: Self.codes(of: basemap, field: codeField), values: joined.values,
        history: history, asOf: settings.codesAsOf)
      guard coverage.isComplete else { throw MembershipError.membersWithoutData(coverage) }
      members = coverage
    }
    return Outcome(basemap: basemap, joined: joined, codeUpdate: codeUpdate, members: members)
  }

  /// The derivation of ``JoinSettings/derivedValue``, its files read and its columns found.
  private func derivation(of table: Table) throws -> Derivation? {
    switch settings.derivedValue {
    case nil:
      return nil
    case .rate(let per, let path, let column)?:
      let population = try CSVReader.read(path: path)
      guard let key = CodeColumnDetector.detect(in: population) else {
        throw JoinError.noPopulationCodes(source: path, columns: population.columns)
      }
      guard let column = column ?? Derivation.Rate.detectPopulationColumn(in: population) else {
        throw JoinError.noPopulationColumn(source: path, columns: population.columns)
      }
      return .rate(Derivation.Rate(per: per, population: population, populationKey: key, populationColumn: column))
    case .change(let from, let to, let column, let kind)?:
      guard let column = column ?? Derivation.Change.detectPeriodColumn(in: table, from: from, to: to) else {
        throw JoinError.noPeriodColumn(source: table.source, from: from, to: to, columns: table.columns)
      }
      return .change(Derivation.Change(column: column, from: from, to: to, kind: kind))
    }
  }

  private static func codes(of basemap: FeatureCollection, field: String) -> [CommuneCode?] {
    FeatureCodeField.values(in: basemap.features, field: field).map { $0.flatMap(CommuneCode.init(_:)) }
  }
}
