import Foundation
import Testing

/// `audomap data inspect` end to end, and the `--filter` syntax through `audomap map`.
@Suite struct DataInspectCommandTests {
  static let windows1252 = "Tests/AudomapCoreTests/Fixtures/CSV/windows-1252-decimal-comma.csv"

  @Test func reportsEncodingSeparatorRowsAndColumns() throws {
    let result = try AudomapRunner.run(["data", "inspect", Self.windows1252])
    #expect(result.status == 0, "\(result.standardError)")
    let lines = result.standardOutput.split(separator: "\n").map(String.init)
    #expect(lines.first == "\(Self.windows1252): Windows-1252 (Latin-1), separator \";\" (semicolon), 5 rows, 5 columns.")
    #expect(lines.contains { $0.hasPrefix("Code commune              commune code        0  62014, 62040, 62267, …") })
    #expect(lines.contains { $0.hasPrefix("Part des moins de 20 ans  percentage          3  23,4 %, 21,8 %") })
    #expect(lines.contains { $0.hasPrefix("Dépense par habitant (€)  decimal             2") })
    #expect(result.standardError.isEmpty)
  }

  @Test func jsonReport() throws {
    let result = try AudomapRunner.run(["data", "inspect", Self.windows1252, "--json"])
    #expect(result.status == 0, "\(result.standardError)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    #expect(json["encoding"] as? String == "windows1252")
    #expect(json["separatorName"] as? String == "semicolon")
    #expect(json["rowCount"] as? Int == 5)
    let columns = try #require(json["columns"] as? [[String: Any]])
    #expect(columns.map { $0["type"] as? String } == ["commune-code", "text", "integer", "percentage", "decimal"])
    #expect(columns.map { $0["missingCount"] as? Int } == [0, 0, 0, 3, 2])
  }

  @Test func filtersApplyBeforeTheProfile() throws {
    let result = try AudomapRunner.run([
      "data", "inspect", "Datasets/capso-population-dgcl-2019-2025.csv", "--filter", "annee in 2019|2025",
      "--filter", "population_municipale>=5000",
    ])
    #expect(result.status == 0, "\(result.standardError)")
    // The same selection by hand: plain comma-separated text, no quotes.
    let text = try String(
      contentsOf: AudomapRunner.packageRoot.appendingPathComponent("Datasets/capso-population-dgcl-2019-2025.csv"),
      encoding: .utf8)
    let expected = text.split(separator: "\n").dropFirst().map { $0.split(separator: ",") }
      .filter { ["2019", "2025"].contains($0[0]) && Int($0[7]).map { $0 >= 5000 } == true }.count
    #expect(expected > 0)
    #expect(result.standardOutput.contains(": UTF-8, separator \",\" (comma), \(expected) rows, 8 columns.\n"))
    #expect(result.standardOutput.contains("annee                  year                0  2019, 2025 (2 distinct, 2019 to 2025)"))
  }

  @Test func theRealFilesRead() throws {
    for (name, headline) in [
      ("population-communes-62-insee.csv", "UTF-8, separator \";\" (semicolon), 887 rows, 11 columns."),
      ("ore-conso-elec-gaz-secteur-commune-53-mayenne-2019.csv", "UTF-8, separator \";\" (semicolon), 243 rows, 36 columns."),
    ] {
      let path = AudomapRunner.sharedData.appendingPathComponent("datasets/\(name)").path
      let result = try AudomapRunner.run(["data", "inspect", path])
      #expect(result.status == 0, "\(result.standardError)")
      #expect(result.standardOutput.hasPrefix("\(path): \(headline)"))
    }
  }

  @Test func aMissingFileExits66() throws {
    let result = try AudomapRunner.run(["data", "inspect", "no-such-table.csv"])
    #expect(result.status == 66)
    #expect(result.standardError == "error: no-such-table.csv: no such file. Check the path (it is relative to the current folder).\n")
    #expect(result.standardOutput.isEmpty)
  }

  @Test(arguments: [
    ("ragged.csv", Array("insee;pop\n62040;9431\n62765;14382;12\n".utf8), "ragged.csv:3: 3 fields where the header has 2"),
    ("unclosed.csv", Array("insee,nom\n62040,\"Arques\n".utf8), "unclosed.csv:2: a quoted field starts here and is never closed"),
    ("workbook.xlsx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], "workbook.xlsx: not a text table"),
  ] as [(String, [UInt8], String)])
  func anUnreadableTableExits65WithALocatedMessage(name: String, bytes: [UInt8], message: String) throws {
    let file = try AudomapRunner.temporaryFolder().appendingPathComponent(name)
    try Data(bytes).write(to: file)
    let result = try AudomapRunner.run(["data", "inspect", file.path])
    #expect(result.status == 65)
    #expect(result.standardError.contains("error: \(file.deletingLastPathComponent().path)/\(message)"), "\(result.standardError)")
  }

  @Test(arguments: [
    (["--filter", "annee"], 64, "expected COLUMN=VALUE"),
    (["--filter", "population_municipale>beaucoup"], 64, "\"beaucoup\" is not a number"),
    (["--filter", "anne=2025"], 65, "Did you mean \"annee\"? Pass it with --filter."),
    (["--filter", "annee=2026"], 65, "no row has annee = \"2026\""),
  ] as [([String], Int32, String)])
  func badFiltersExitWithTheirStatus(arguments: [String], status: Int32, message: String) throws {
    let result = try AudomapRunner.run(["data", "inspect", "Datasets/capso-population-dgcl-2019-2025.csv"] + arguments)
    #expect(result.status == status, "\(result.standardError)")
    #expect(result.standardError.contains(message), "\(result.standardError)")
  }

  @Test func helpListsTheSubcommandAndTheFilterSyntax() throws {
    let group = try AudomapRunner.run(["data", "--help"])
    #expect(group.status == 0)
    #expect(group.standardOutput.contains("inspect"))
    let inspect = try AudomapRunner.run(["data", "inspect", "--help"])
    #expect(inspect.standardOutput.contains("--filter <condition>"))
    #expect(inspect.standardOutput.contains("COLUMN in A|B|C"))
    #expect(inspect.standardOutput.contains("--json"))
  }

  @Test func mapTakesTheNewFilterSyntax() throws {
    let png = try AudomapRunner.temporaryFolder().appendingPathComponent("capso.png")
    let result = try AudomapRunner.run([
      "map", "--basemap", "Basemaps/capso-communes-2018.geojson",
      "--data", "Datasets/capso-population-dgcl-2019-2025.csv", "--filter", "annee in 2025",
      "--filter", "population_municipale>=0", "--value", "population_municipale", "--size", "400x400", "-o", png.path,
    ])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardError.contains("53/53 communes matched"), "\(result.standardError)")
  }
}
