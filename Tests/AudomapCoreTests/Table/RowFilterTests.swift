import AudomapCore
import Testing

@Suite struct RowFilterTests {
  @Test(arguments: [
    ("annee=2025", "annee", "2025"),
    (" annee = 2025 ", "annee", "2025"),
    ("Code Commune=53001", "Code Commune", "53001"),
    ("formule=a=b", "formule", "a=b"),  // only the first = splits
    ("CODCAN=", "CODCAN", ""),  // an empty value keeps empty cells
  ])
  func parsesColumnEqualsValue(argument: String, column: String, value: String) throws {
    let filter = try RowFilter(parsing: argument)
    #expect(filter == RowFilter(column: column, value: value))
    #expect(filter.description == "\(column)=\(value)")
  }

  @Test(arguments: [
    ("annee!=2025", "annee", RowFilter.Condition.notEqual("2025")),
    ("population<1000", "population", .compare(.less, bound: 1000, written: "1000")),
    ("population <= 1 000", "population", .compare(.lessOrEqual, bound: 1000, written: "1 000")),
    ("part>12,5 %", "part", .compare(.greater, bound: 12.5, written: "12,5 %")),
    ("Consommation totale (MWh)>=1234.5", "Consommation totale (MWh)", .compare(.greaterOrEqual, bound: 1234.5, written: "1234.5")),
    ("filiere in Electricité|Gaz", "filiere", .oneOf(["Electricité", "Gaz"])),
    ("Code Commune in 53001 | 53130", "Code Commune", .oneOf(["53001", "53130"])),
    ("nom in Saint-Omer", "nom", .oneOf(["Saint-Omer"])),
    ("CODCAN in |01", "CODCAN", .oneOf(["", "01"])),  // an empty member keeps empty cells
    ("nom=Ville in France", "nom", .equal("Ville in France")),  // the first operator wins
    ("x in a=b", "x", .oneOf(["a=b"])),
  ])
  func parsesEveryOperator(argument: String, column: String, condition: RowFilter.Condition) throws {
    let filter = try RowFilter(parsing: argument)
    #expect(filter == RowFilter(column: column, condition: condition))
  }

  @Test(arguments: [
    ("annee!=2025", "annee!=2025"),
    ("population <= 1 000", "population<=1 000"),
    ("filiere in Electricité | Gaz", "filiere in Electricité|Gaz"),
  ])
  func describesTheFilterAsTyped(argument: String, description: String) throws {
    #expect(try RowFilter(parsing: argument).description == description)
  }

  @Test(arguments: ["annee2025", "=2025", " =2025", "", "annee!2025", "<5", " in a|b"])
  func rejectsArgumentsWithoutAnOperatorOrAColumn(argument: String) {
    let error = #expect(throws: TableError.self) { try RowFilter(parsing: argument) }
    #expect(error == .malformedFilter(argument: argument))
    #expect(error?.exitStatus == .usage)
    #expect(error?.exitStatus.rawValue == 64)
  }

  @Test func malformedFilterMessage() {
    #expect(
      TableError.malformedFilter(argument: "annee2025").description
        == "--filter \"annee2025\": expected COLUMN=VALUE, COLUMN!=VALUE, COLUMN<NUMBER (or <=, >, >=) "
        + "or \"COLUMN in A|B|C\", e.g. --filter annee=2025.")
  }

  @Test(arguments: ["population>abc", "population<=", "annee>=2025-01-01", "part<NA"])
  func numericComparisonsNeedANumber(argument: String) {
    let error = #expect(throws: TableError.self) { try RowFilter(parsing: argument) }
    guard case .filterBoundNotANumber(argument, _) = error else {
      Issue.record("expected a bound error, got \(String(describing: error))")
      return
    }
    #expect(error?.exitStatus == .usage)
    #expect(error?.description.contains("is not a number; <, <=, > and >= compare numbers") == true)
  }

  private func capso() throws -> Table {
    try CSVReader.read(path: SharedDataFiles.dataset("capso-population-dgcl-2019-2025.csv"))
  }

  @Test func keepsTheMatchingRowsWithTheirLines() throws {
    let table = try capso().filtered(by: [RowFilter(parsing: "annee=2025")])
    #expect(table.rows.count == 53)
    #expect(table.rows.allSatisfy { $0[0] == "2025" })
    // 2025 is the last of seven blocks of 53 rows, after the header.
    #expect(table.lineNumbers.first == 2 + 6 * 53)
    #expect(table.lineNumbers.last == 372)
    #expect(table.columns.count == 8)
  }

  @Test func filtersAreANDed() throws {
    let table = try capso().filtered(by: [RowFilter(parsing: "annee=2025"), RowFilter(parsing: "insee=62040")])
    #expect(table.rows.count == 1)
    #expect(table.rows.first?[5] == "Arques")
  }

  @Test func comparisonsReadNumbersAndSplitTheRows() throws {
    let year = try capso().filtered(by: [RowFilter(parsing: "annee=2025")])
    let values = year.rows.map { NumberParser.parse($0[7]) }
    let large = try year.filtered(by: [RowFilter(parsing: "population_municipale>=10000")])
    let small = try year.filtered(by: [RowFilter(parsing: "population_municipale<10 000")])
    // Saint-Omer and Longuenesse are the only CAPSO communes of 10,000 and more.
    #expect(Set(large.rows.map { $0[5] }) == ["Longuenesse", "Saint-Omer"])
    #expect(large.rows.count + small.rows.count == 53)
    #expect(small.rows.allSatisfy { NumberParser.parse($0[7]).map { $0 < 10000 } == true })
    #expect(values.allSatisfy { $0 != nil })
    let strictlyAbove = try year.filtered(by: [RowFilter(parsing: "population_municipale>10559")])
    #expect(strictlyAbove.rows.map { $0[5] } == ["Saint-Omer"])
    let atMost = try year.filtered(by: [RowFilter(parsing: "population_municipale<=10559")])
    #expect(atMost.rows.count == 52)
  }

  @Test func notEqualAndInSelectYears() throws {
    let table = try capso()
    #expect(try table.filtered(by: [RowFilter(parsing: "annee!=2025")]).rows.count == 6 * 53)
    let twoYears = try table.filtered(by: [RowFilter(parsing: "annee in 2019|2025")])
    #expect(twoYears.rows.count == 2 * 53)
    #expect(Set(twoYears.rows.map { $0[0] }) == ["2019", "2025"])
  }

  @Test func severalKindsOfFilterAreANDed() throws {
    let table = try capso().filtered(by: [
      RowFilter(parsing: "annee in 2019|2025"), RowFilter(parsing: "population_municipale>10000"),
      RowFilter(parsing: "nom_commune!=Longuenesse"),
    ])
    #expect(table.rows.map { "\($0[0]) \($0[5])" } == ["2019 Saint-Omer", "2025 Saint-Omer"])
  }

  @Test func numericComparisonsSkipMissingAndTextCells() throws {
    let table = Table(
      source: "t.csv", columns: ["insee", "part"],
      rows: [["62001", "12,5 %"], ["62002", "s"], ["62003", ""], ["62004", "n/d"], ["62005", "3,75"]])
    #expect(try table.filtered(by: [RowFilter(parsing: "part>=0")]).rows.map { $0[0] } == ["62001", "62005"])
    // Text filters still see the missing cells.
    #expect(try table.filtered(by: [RowFilter(parsing: "part!=s")]).rows.count == 4)
  }

  @Test func aNumericFilterThatKeepsNothingGivesTheRange() throws {
    let path = SharedDataFiles.dataset("capso-population-dgcl-2019-2025.csv")
    let filter = try RowFilter(parsing: "population_municipale>1 000 000")
    let error = #expect(throws: TableError.self) {
      try capso().filtered(by: [RowFilter(parsing: "annee=2025"), filter])
    }
    guard case .numericFilterMatchedNothing(path, filter, let smallest?, "14358") = error else {
      Issue.record("expected the range of the 2025 populations, got \(String(describing: error))")
      return
    }
    #expect(Double(smallest).map { $0 < 14358 } == true)
    #expect(
      error?.description
        == "\(path): no row has population_municipale>1 000 000 (its numbers range from \(smallest) to 14358). "
        + "Fix the --filter bound.")
    #expect(error?.exitStatus == .dataError)
  }

  @Test func aNumericFilterOnTextSaysThereIsNoNumber() {
    let table = Table(source: "t.csv", columns: ["nom"], rows: [["Arques"], ["Aire"]])
    let error = #expect(throws: TableError.self) { try table.filtered(by: [RowFilter(parsing: "nom>3")]) }
    #expect(error?.description == "t.csv: no row has nom>3 (it holds no number in the rows left). Fix the --filter bound.")
  }

  @Test func anInFilterThatKeepsNothingQuotesEachValue() throws {
    let error = #expect(throws: TableError.self) { try capso().filtered(by: [RowFilter(parsing: "annee in 2026|2027")]) }
    #expect(error?.description.contains("no row has annee in \"2026\" or \"2027\" (annee has 7 distinct values") == true)
  }

  @Test func anUnknownColumnSuggestsTheClosestName() throws {
    let error = #expect(throws: TableError.self) {
      try capso().filtered(by: [RowFilter(parsing: "population_municpale>1000")])
    }
    #expect(error?.description.contains("Did you mean \"population_municipale\"? Pass it with --filter.") == true)
  }

  @Test func noFilterKeepsEverything() throws {
    let table = try capso()
    #expect(try table.filtered(by: []) == table)
  }

  @Test func matchesCellsWithoutTheirSurroundingSpaces() throws {
    let table = Table(source: "t.csv", columns: ["dep", "v"], rows: [[" 62 ", "1"], ["59", "2"]])
    #expect(try table.filtered(by: [RowFilter(column: "dep", value: "62")]).rows == [[" 62 ", "1"]])
  }

  @Test func anUnknownColumnListsTheColumns() throws {
    let error = #expect(throws: TableError.self) { try capso().filtered(by: [RowFilter(parsing: "year=2025")]) }
    guard case .missingColumn(_, "year", let available, _, .filter) = error else {
      Issue.record("expected a missing column error, got \(String(describing: error))")
      return
    }
    #expect(available.first == "annee")
  }

  @Test func aFilterThatKeepsNothingListsSomeValuesOfItsColumn() throws {
    let path = SharedDataFiles.dataset("capso-population-dgcl-2019-2025.csv")
    let error = #expect(throws: TableError.self) { try capso().filtered(by: [RowFilter(parsing: "annee=2026")]) }
    #expect(
      error
        == .filterMatchedNothing(
          source: path, filter: RowFilter(column: "annee", value: "2026"),
          values: ["2019", "2020", "2021", "2022", "2023"], distinctCount: 7))
    #expect(
      error?.description
        == "\(path): no row has annee = \"2026\" (annee has 7 distinct values: 2019, 2020, 2021, 2022, 2023, …). "
        + "Fix the --filter value (the match is exact, case and accents included).")
    #expect(error?.exitStatus == .dataError)
  }

  @Test func valuesListedAreThoseLeftByTheEarlierFilters() {
    let table = Table(
      source: "t.csv", columns: ["annee", "dep"], rows: [["2024", "62"], ["2025", "62"], ["2025", "59"]])
    let error = #expect(throws: TableError.self) {
      try table.filtered(by: [RowFilter(column: "annee", value: "2024"), RowFilter(column: "dep", value: "59")])
    }
    #expect(
      error?.description
        == "t.csv: no row has dep = \"59\" (dep has 1 distinct value: 62). "
        + "Fix the --filter value (the match is exact, case and accents included).")
  }

  @Test func anEmptyTableHasNothingToFilter() {
    let table = Table(source: "t.csv", columns: ["annee"], rows: [])
    let error = #expect(throws: TableError.self) { try table.filtered(by: [RowFilter(column: "annee", value: "2025")]) }
    #expect(error?.description.contains("(there were no rows left to filter)") == true)
  }
}
