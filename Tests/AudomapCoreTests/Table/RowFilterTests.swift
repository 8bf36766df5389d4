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

  @Test(arguments: ["annee2025", "=2025", " =2025", ""])
  func rejectsArgumentsWithoutAColumn(argument: String) {
    let error = #expect(throws: TableError.self) { try RowFilter(parsing: argument) }
    #expect(error == .malformedFilter(argument: argument))
    #expect(error?.exitStatus == .usage)
    #expect(error?.exitStatus.rawValue == 64)
  }

  @Test func malformedFilterMessage() {
    #expect(
      TableError.malformedFilter(argument: "annee2025").description
        == "--filter \"annee2025\": expected COLUMN=VALUE, e.g. --filter annee=2025.")
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
