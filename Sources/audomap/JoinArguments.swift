import ArgumentParser
import AudomapBatch
import AudomapCore
import Foundation

extension Aggregation: ExpressibleByArgument {}
extension ChangeKind: ExpressibleByArgument {}

/// The options of `audomap map` that say how the table is joined to the
/// basemap: combining rows, deriving the value, matching codes, checking.
struct JoinArguments: ParsableArguments {
  @Option(help: ArgumentHelp(
    "Combine the rows of one commune (ORE: one row per operator): sum, mean, min, max, count (rows) or first. "
      + "Without it, a commune with several rows is an error naming the column that tells them apart.",
    valueName: "how"))
  var aggregate: Aggregation?

  @Option(help: ArgumentHelp(
    "Map the value per N inhabitants, read from --population (e.g. --per 1000).", valueName: "N"))
  var per: Double?

  @Option(help: ArgumentHelp(
    "Table of inhabitants by commune for --per (e.g. population-communes-france.csv); per inhabitant without --per.",
    valueName: "file"))
  var population: String?

  @Option(name: .customLong("population-column"), help: ArgumentHelp(
    "Column of inhabitants in --population (detected when omitted: PMUN, population_municipale, …).",
    valueName: "column"))
  var populationColumn: String?

  @Option(help: ArgumentHelp(
    "Map the change of the value between two periods of the table, e.g. 2019:2025.", valueName: "from:to"))
  var change: String?

  @Option(name: .customLong("change-as"), help: ArgumentHelp(
    "Express --change as a difference (in the unit of the value) or a percent.", valueName: "kind"))
  var changeAs: ChangeKind = .difference

  @Option(name: .customLong("period-column"), help: ArgumentHelp(
    "Column holding the periods of --change (detected when omitted, e.g. annee).", valueName: "column"))
  var periodColumn: String?

  @Flag(name: .customLong("fold-arrondissements"), help: "Count the arrondissements of Paris, Lyon and Marseille in their city.")
  var foldArrondissements = false

  @Option(help: ArgumentHelp(
    "History of commune codes in the INSEE layout (default: the one shipped with audomap); codes that match "
      + "nothing are brought to their current commune.", valueName: "file"))
  var history: String?

  @Flag(name: .customLong("no-history"), help: "Match codes only as written.")
  var noHistory = false

  @Option(name: .customLong("codes-as-of"), help: ArgumentHelp(
    "Apply the history only up to this date, the table's geography (YYYY or YYYY-MM-DD).", valueName: "date"))
  var codesAsOf: String?

  @Flag(name: .customLong("update-codes"), help: ArgumentHelp(
    "Merge the basemap's communes that the table knows only by their current commune (GEOS union), "
      + "so that a newer table maps without gaps."))
  var updateCodes = false

  @Option(name: .customLong("expect-members"), help: ArgumentHelp(
    "Fail unless every member commune of this EPCI has a value (SIREN, e.g. 200069037, or name).", valueName: "epci"))
  var expectMembers: String?

  @Option(help: ArgumentHelp(
    "EPCI member list for --expect-members and --within (default: Datasets/reference/epci-communes-2025.csv).", valueName: "file"))
  var members: String?

  /// `--members`, else the shipped DGCL list.
  var membersListPath: String { members ?? ShippedFile.path("Datasets/reference/epci-communes-2025.csv") }

  @Option(help: ArgumentHelp(
    "Write the table rows that matched no commune, with the reason, to this CSV file (even when --strict fails).",
    valueName: "file"))
  var unmatched: String?

  @Flag(help: "Fail when a commune has no row or a row no commune.")
  var strict = false

  @Flag(name: .customLong("join-details"), help: "Print every count of the join with its codes.")
  var joinDetails = false

  func validate() throws {
    if per != nil, population == nil {
      throw ValidationError("--per needs the inhabitants: add --population FILE (e.g. population-communes-france.csv).")
    }
    if let per, !(per > 0) { throw ValidationError("Invalid --per \(per): give a positive number, e.g. 1000.") }
    if populationColumn != nil, population == nil { throw ValidationError("--population-column needs --population FILE.") }
    if change != nil, population != nil {
      throw ValidationError("Choose --change or --population: a change of a rate per inhabitant is not supported.")
    }
    if let change, Self.periods(change) == nil {
      throw ValidationError("Invalid --change '\(change)': write FROM:TO, e.g. 2019:2025.")
    }
    if periodColumn != nil, change == nil { throw ValidationError("--period-column needs --change FROM:TO.") }
    if noHistory, history != nil || updateCodes || codesAsOf != nil {
      throw ValidationError("--no-history turns the history off: drop --history, --update-codes and --codes-as-of.")
    }
    if let codesAsOf, HistoryDate(codesAsOf) == nil {
      throw ValidationError("Invalid --codes-as-of '\(codesAsOf)': write YYYY or YYYY-MM-DD, e.g. 2020.")
    }

  }

  /// The settings for the map job.
  var settings: JoinSettings {
    var derived: JoinSettings.DerivedValue?
    if let population {
      derived = .rate(per: per ?? 1, populationPath: population, populationColumn: populationColumn)
    } else if let change, let periods = Self.periods(change) {
      derived = .change(from: periods.from, to: periods.to, periodColumn: periodColumn, kind: changeAs)
    }
    return JoinSettings(
      aggregation: aggregate, foldArrondissements: foldArrondissements,
      history: noHistory ? .off : history.map { .file($0) } ?? .bundled,
      codesAsOf: codesAsOf.flatMap(HistoryDate.init), derivedValue: derived, updateCodes: updateCodes,
      memberCheck: expectMembers.map {
        JoinSettings.MemberCheck(epci: $0, listPath: membersListPath)
      },
      unmatchedPath: unmatched, strict: strict)
  }

  /// `2019:2025` → ("2019", "2025"); nil without exactly one colon between two non-empty periods.
  private static func periods(_ text: String) -> (from: String, to: String)? {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false).map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
    return (parts[0], parts[1])
  }
}
