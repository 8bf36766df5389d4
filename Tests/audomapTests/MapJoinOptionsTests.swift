import Foundation
import Testing

/// `audomap map` join options through the built binary: summary lines, details, exit codes.
@Suite struct MapJoinOptionsTests {
  static let capso = [
    "map", "--basemap", "Basemaps/capso-communes-2018.geojson",
    "--data", "Datasets/capso-population-dgcl-2019-2025.csv", "--value", "population_municipale",
  ]

  @Test func expectedMembersAndTheChangeBetweenTwoYears() throws {
    let png = try AudomapRunner.temporaryFolder().appendingPathComponent("change.png")
    let result = try AudomapRunner.run(
      Self.capso + ["--change", "2019:2025", "--change-as", "percent", "--expect-members", "200069037",
                    "--join-details", "-o", png.path])
    #expect(result.status == 0, "\(result.standardError)")
    let lines = result.standardError.split(separator: "\n").map(String.init)
    #expect(lines.first == "Join on insee (detected): 53/53 communes matched, 106/106 rows used; change 2019 → 2025 in %.")
    #expect(lines.contains("Members of CA du Pays de Saint-Omer (200069037): 53/53 communes have data."))
    #expect(lines.contains("  Change in percent from annee 2019 (53 rows) to 2025 (53 rows); 265 rows of other periods left out."))
    #expect(FileManager.default.fileExists(atPath: png.path))
  }

  @Test func severalRowsPerCommuneExit65AndNameTheColumn() throws {
    let png = try AudomapRunner.temporaryFolder().appendingPathComponent("x.png")
    let result = try AudomapRunner.run(Self.capso + ["-o", png.path])
    #expect(result.status == 65)
    #expect(result.standardError.contains("53 communes have several rows (62014: lines 2, 55, 108, 161, …;"))
    #expect(result.standardError.contains("the rows differ in \"annee\""))
    #expect(result.standardError.contains("--aggregate sum (totals)"))
    #expect(!FileManager.default.fileExists(atPath: png.path))
  }

  @Test func strictExit65AndWritesTheUnmatchedRows() throws {
    let folder = try AudomapRunner.temporaryFolder()
    let unmatched = folder.appendingPathComponent("unmatched.csv")
    let result = try AudomapRunner.run([
      "map", "--basemap", "Basemaps/capso-communes-2018.geojson",
      "--data", AudomapRunner.sharedData.appendingPathComponent("datasets/population-communes-62-insee.csv").path,
      "--value", "PMUN", "--strict", "--unmatched", unmatched.path, "-o", folder.appendingPathComponent("x.png").path,
    ])
    #expect(result.status == 65)
    #expect(result.standardError.hasPrefix("error: --strict: the join left rows or communes unmatched."))
    #expect(result.standardError.contains("53/53 communes matched, 53/887 rows used; 834 rows unused"))
    let written = try String(contentsOf: unmatched, encoding: .utf8)
    #expect(written.split(separator: "\r\n").count == 1 + 834)
  }

  @Test(arguments: [
    (["--per", "1000"], "--per needs the inhabitants: add --population FILE"),
    (["--population", "p.csv", "--per", "0"], "Invalid --per 0.0"),
    (["--change", "2019"], "Invalid --change '2019': write FROM:TO"),
    (["--no-history", "--update-codes"], "--no-history turns the history off"),
    (["--codes-as-of", "2020-1"], "Invalid --codes-as-of '2020-1'"),
    (["--aggregate", "median"], "--aggregate"),
    (["--members", "m.csv"], "--members needs --expect-members EPCI or --within EPCI"),
  ])
  func joinOptionMistakesExit64(extra: [String], message: String) throws {
    let result = try AudomapRunner.run(Self.capso + extra + ["-o", "x.png"])
    #expect(result.status == 64, "\(result.standardError)")
    #expect(result.standardError.contains(message), "\(result.standardError)")
  }

  @Test func unknownEPCIExit64WithASuggestion() throws {
    let png = try AudomapRunner.temporaryFolder().appendingPathComponent("x.png")
    let result = try AudomapRunner.run(
      Self.capso + ["--filter", "annee=2025", "--expect-members", "CA du Pays de Saint Omar", "-o", png.path])
    #expect(result.status == 64)
    #expect(result.standardError.contains("Did you mean \"CA du Pays de Saint-Omer\"?"), "\(result.standardError)")
  }

  @Test func helpListsTheJoinOptions() throws {
    let help = try AudomapRunner.run(["map", "--help"]).standardOutput
    for option in [
      "--aggregate <how>", "(values: sum, mean, min, max, count, first)", "--per <N>", "--population <file>",
      "--population-column <column>", "--change <from:to>", "--change-as <kind>", "--period-column <column>",
      "--fold-arrondissements", "--history <file>", "--no-history", "--codes-as-of <date>", "--update-codes",
      "--expect-members <epci>", "--members <file>", "--unmatched <file>", "--strict", "--join-details",
    ] {
      #expect(help.contains(option), "missing \(option)")
    }
  }
}
