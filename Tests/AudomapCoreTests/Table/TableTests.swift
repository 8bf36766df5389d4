import Testing

@testable import AudomapCore

@Suite struct TableTests {
  private let capso = Table(
    source: "capso.csv",
    columns: [
      "annee", "epci_siren", "epci_nom", "insee", "siren_commune", "nom_commune", "population_totale",
      "population_municipale",
    ],
    rows: [])

  @Test func findsAColumnByItsExactName() throws {
    #expect(try capso.columnIndex("insee") == 3)
    #expect(try capso.columnIndex("population_municipale", role: .value) == 7)
  }

  @Test func aMissingColumnListsTheColumnsAndSuggestsOne() {
    let error = #expect(throws: TableError.self) { try capso.columnIndex("population", role: .value) }
    #expect(
      error?.description
        == "capso.csv: no column \"population\" (columns: annee, epci_siren, epci_nom, insee, siren_commune, "
        + "nom_commune, population_totale, population_municipale). Did you mean \"population_totale\"? "
        + "Pass it with --value.")
    #expect(error?.exitStatus == .dataError)
  }

  @Test(arguments: [
    ("INSEE", "insee"),  // case
    ("Nom Commune", "nom_commune"),  // spaces for underscores
    ("populaton_municipale", "population_municipale"),  // a typo
    ("siren", "epci_siren"),  // contained: the shorter column wins, then the earlier
    ("municipale", "population_municipale"),
  ])
  func suggestsTheClosestColumn(typed: String, suggested: String) {
    #expect(ClosestName.find(typed, among: capso.columns) == suggested)
  }

  @Test func accentsAndCaseDoNotMatterForSuggestions() {
    #expect(ClosestName.find("region", among: ["REG", "Région", "DEP"]) == "Région")
    #expect(ClosestName.find("code commune", among: ["Code EPCI", "Code Commune", "Code_postal"]) == "Code Commune")
  }

  @Test func noSuggestionWhenNothingIsClose() {
    let error = #expect(throws: TableError.self) { try capso.columnIndex("xyz", role: .key) }
    #expect(
      error == .missingColumn(source: "capso.csv", column: "xyz", available: capso.columns, suggestion: nil, role: .key)
    )
    #expect(error?.description.hasSuffix("population_municipale). Pass one of them with --key.") == true)
  }

  @Test func withoutARoleTheMessageSaysNamesMustMatch() {
    let error = #expect(throws: TableError.self) { try capso.columnIndex("Insee") }
    #expect(error?.description.hasSuffix("Did you mean \"insee\"? Column names must match exactly.") == true)
  }

  @Test func rowsDefaultToFollowingTheHeader() {
    let table = Table(source: "t.csv", columns: ["a"], rows: [["1"], ["2"]])
    #expect(table.lineNumbers == [2, 3])
  }
}
