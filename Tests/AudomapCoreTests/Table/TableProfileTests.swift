import AudomapCore
import Foundation
import Testing

@Suite struct TableProfileTests {
  private func column(_ name: String, of profile: TableProfile) throws -> ColumnProfile {
    try #require(profile.columns.first { $0.name == name }, "no column \(name)")
  }

  @Test func windows1252FixtureColumnsGetTheirTypesAndMissingCounts() throws {
    let table = try CSVReader.read(path: CSVFixtureTests.fixture("windows-1252-decimal-comma.csv"))
    let profile = TableProfile(table)
    #expect(profile.encoding == .windows1252)
    #expect(profile.separator == ";" && profile.separatorName == "semicolon")
    #expect(profile.rowCount == 5)
    #expect(profile.columns.map(\.type) == [.communeCode, .text, .integer, .percentage, .decimal])
    // `s`, `NC` and an empty cell; `-` and `…`.
    #expect(profile.columns.map(\.missingCount) == [0, 0, 0, 3, 2])
    let population = try column("Population municipale", of: profile)
    #expect(population.minimum == 391 && population.maximum == 14382)
    #expect(population.samples == ["9\u{00A0}598", "9\u{00A0}431", "391"])
    let share = try column("Part des moins de 20 ans", of: profile)
    #expect(share.minimum == 21.8 && share.maximum == 23.4)
    #expect(share.distinctCount == 2)
  }

  @Test func missingTokensAreCountedPerColumn() {
    let table = Table(
      source: "t.csv", columns: ["a", "b", "c", "d"],
      rows: [
        ["1", "NA", "s", "x"],
        ["2", "N/A", "nd", ""],
        ["-", "3", "NC", "y"],
        ["–", "…", "4", " "],
      ])
    let profile = TableProfile(table)
    #expect(profile.columns.map(\.missingCount) == [2, 3, 3, 2])
    #expect(profile.columns.map(\.type) == [.integer, .integer, .integer, .text])
    #expect(profile.columns.allSatisfy { $0.unreadableCount == 0 })
  }

  @Test func aStrayWordInANumericColumnIsReportedWithItsLine() {
    let rows = (1...19).map { ["620\($0 + 10)", "\($0 * 100)"] } + [["62099", "12 ans"]]
    let table = Table(source: "t.csv", columns: ["insee", "age"], rows: rows)
    let age = ColumnProfile(table, column: 1)
    #expect(age.type == .integer)
    #expect(age.unreadableCount == 1)
    #expect(age.unreadableSamples == [ColumnProfile.Cell(line: 21, text: "12 ans")])
    #expect(age.minimum == 100 && age.maximum == 1900)
  }

  @Test func mostlyWordsIsText() {
    let table = Table(source: "t.csv", columns: ["note"], rows: [["bien"], ["12"], ["moyen"]])
    let note = ColumnProfile(table, column: 0)
    #expect(note.type == .text)
    #expect(note.unreadableCount == 0 && note.minimum == nil)
  }

  @Test func anAllMissingColumnIsEmpty() {
    let table = Table(source: "t.csv", columns: ["x"], rows: [[""], ["s"], ["NA"]])
    #expect(ColumnProfile(table, column: 0).type == .empty)
    #expect(ColumnProfile(table, column: 0).missingCount == 3)
  }

  @Test func insee62File() throws {
    let table = try CSVReader.read(path: SharedDataFiles.dataset("population-communes-62-insee.csv"))
    let profile = TableProfile(table)
    #expect(profile.separatorName == "semicolon")
    #expect(profile.rowCount == 887)
    #expect(try column("COM", of: profile).type == .communeCode)
    #expect(try column("COM", of: profile).distinctCount == 887)
    // Codes whose leading zeros matter stay codes.
    #expect(try column("CODCOM", of: profile).type == .code)
    #expect(try column("CODCAN", of: profile).type == .code)
    // Arras spans four cantons: CODCAN is empty on its 4 rows.
    #expect(try column("CODCAN", of: profile).missingCount == 4)
    #expect(try column("Commune", of: profile).type == .text)
    let population = try column("PMUN", of: profile)
    #expect(population.type == .integer)
    let values = table.rows.compactMap { Double($0[8]) }
    #expect(values.count == 887)
    #expect(population.minimum == values.min() && population.maximum == values.max())
  }

  @Test func oreExport() throws {
    let table = try CSVReader.read(
      path: SharedDataFiles.dataset("ore-conso-elec-gaz-secteur-commune-53-mayenne-2019.csv"))
    let profile = TableProfile(table)
    #expect(profile.columns.count == 36)
    #expect(try column("Code Commune", of: profile).type == .communeCode)
    #expect(try column("Année", of: profile).type == .year)
    #expect(try column("Consommation Tertiaire (MWh)", of: profile).type == .decimal)
    #expect(try column("Consommation totale (MWh)", of: profile).type == .decimal)
    #expect(try column("Nombre de points Résidentiel", of: profile).type == .integer)
    #expect(try column("Opérateur", of: profile).samples == ["RTE", "Enedis"])
    // Some communes have several postal codes, `53270/53270`: the column is text.
    #expect(try column("Code_postal", of: profile).type == .text)
    #expect(profile.columns.allSatisfy { $0.missingCount == 0 })
  }

  @Test func capsoPopulation() throws {
    let profile = TableProfile(try CSVReader.read(path: SharedDataFiles.dataset("capso-population-dgcl-2019-2025.csv")))
    #expect(profile.separatorName == "comma")
    #expect(
      profile.columns.map(\.type) == [.year, .integer, .text, .communeCode, .integer, .text, .integer, .integer])
    let year = try column("annee", of: profile)
    #expect(year.distinctCount == 7 && year.minimum == 2019 && year.maximum == 2025)
    #expect(try column("insee", of: profile).distinctCount == 53)
  }

  @Test func nationalPopulationTable() throws {
    let profile = TableProfile(try CSVReader.read(path: SharedDataFiles.dataset("population-communes-france.csv")))
    #expect(profile.rowCount == 34_900)
    #expect(try column("COM", of: profile).type == .communeCode)
    // `01`…`95`, `2A`, `2B`, `971`: a code, not a number.
    #expect(try column("DEP", of: profile).type == .code)
    #expect(try column("DEP", of: profile).distinctCount == 100)
    #expect(try column("CODCAN", of: profile).missingCount == 320)
  }

  @Test func textReportNamesEncodingSeparatorAndEachColumn() throws {
    let table = try CSVReader.read(path: CSVFixtureTests.fixture("windows-1252-decimal-comma.csv"))
    let lines = TableProfile(table).textLines()
    #expect(lines.count == 2 + 5)
    #expect(lines[0] == "\(table.source): Windows-1252 (Latin-1), separator \";\" (semicolon), 5 rows, 5 columns.")
    #expect(lines[1].hasPrefix("column                    type          missing  sample values"))
    #expect(lines[5] == "Part des moins de 20 ans  percentage          3  23,4 %, 21,8 % (2 distinct, 21.8 to 23.4 %)")
    #expect(
      lines[6]
        == "Dépense par habitant (€)  decimal             2  1\u{00A0}204,50, 987,25, 1\u{00A0}530,75 "
        + "(3 distinct, 987.25 to 1,530.75)")
  }

  @Test func textReportListsUnreadableCellsUnderTheirColumn() {
    let rows = (1...10).map { ["\($0)"] } + [["12 ans"]]
    let lines = TableProfile(Table(source: "t.csv", columns: ["age"], rows: rows)).textLines()
    #expect(lines.last == "  age: 1 cell is not a number: line 12 \"12 ans\"")
  }

  @Test func jsonReportDecodesBackToTheProfile() throws {
    let table = try CSVReader.read(path: CSVFixtureTests.fixture("utf8-bom.csv"))
    let profile = TableProfile(table)
    let decoded = try JSONDecoder().decode(TableProfile.self, from: Data(try profile.jsonBytes()))
    #expect(decoded == profile)
    let text = String(decoding: try profile.jsonBytes(), as: UTF8.self)
    #expect(text.contains("\"type\" : \"commune-code\""))
    #expect(text.contains("\"hadByteOrderMark\" : true"))
  }
}
