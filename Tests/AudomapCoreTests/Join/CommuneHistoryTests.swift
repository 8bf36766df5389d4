import AudomapCore
import Foundation
import Testing

/// The history of communes: the shipped INSEE table, and the rules for following it.
@Suite struct CommuneHistoryTests {
  static let history = Result { try CommuneHistory.bundled() }

  private func code(_ text: String) throws -> CommuneCode { try #require(CommuneCode(text)) }

  private func resolve(_ text: String, asOf date: String? = nil) throws -> CommuneHistory.Resolution {
    try Self.history.get().resolve(code(text), asOf: date.flatMap(HistoryDate.init))
  }

  private func replaced(_ text: String, on date: String) throws -> CommuneHistory.Resolution {
    .replaced(by: try code(text), on: try #require(HistoryDate(date)))
  }

  @Test func theShippedTableIsFoundBesideTheTestRunnerAndReadWhole() throws {
    let path = try CommuneHistory.bundledPath()
    #expect(path.hasSuffix("audomap_AudomapCore.resources/communes-mouvements.csv"))
    // One step per line after the header, counted on the bytes.
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").count
    #expect(try Self.history.get().steps.count == lines - 1)
    #expect(try Self.history.get().steps.count == 8_876)
  }

  @Test func thePasDeCalaisMergesSince2018() throws {
    #expect(try resolve("62210") == replaced("62154", on: "2019-01-01"))  // Canteleux → Bonnières
    for former in ["62461", "62549", "62743"] {  // → Hesdin-la-Forêt
      #expect(try resolve(former) == replaced("62447", on: "2025-01-01"))
    }
    #expect(try resolve("62447") == .unchanged)  // the commune that absorbed them, renamed
    #expect(try resolve("62154") == .unchanged)
    #expect(try Self.history.get().name(of: code("62447")) == "Hesdin-la-Forêt")
    #expect(try Self.history.get().names(of: code("62447")).contains("Hesdin"))
  }

  @Test func theFourCapsoMerges() throws {
    #expect(try resolve("62807") == replaced("62757", on: "2016-01-01"))
    #expect(try resolve("62226") == replaced("62691", on: "2016-01-01"))
    #expect(try resolve("62431") == replaced("62471", on: "2016-09-01"))
    #expect(try resolve("62294") == replaced("62295", on: "2017-01-01"))
  }

  @Test func chainsAreFollowedInDateOrder() throws {
    // 14376 joined the commune nouvelle 14011 in 2017, which took the code 14581 in 2024.
    #expect(try resolve("14376") == replaced("14581", on: "2024-04-24"))
    #expect(try resolve("14376", asOf: "2020") == replaced("14011", on: "2017-01-01"))
    #expect(try resolve("14376", asOf: "2016-12-31") == .unchanged)
  }

  @Test func aMergeUndoneLaterLeavesTheCodeAsItIs() throws {
    // 14666 → 14712 in 2017, restored (Rétablissement 14712 → 14666) on 2019-12-31.
    #expect(try resolve("14666") == .unchanged)
    #expect(try resolve("14666", asOf: "2018") == replaced("14712", on: "2017-01-01"))
    // 27058 → 27676 (2017), 27676 → 27058 (2021), 27058 → 27676 again (2023): no loop.
    #expect(try resolve("27058") == replaced("27676", on: "2023-01-01"))
    #expect(try resolve("27676") == .unchanged)
    #expect(try resolve("27676", asOf: "2022") == replaced("27058", on: "2021-01-01"))
  }

  @Test func aCommuneSplitBetweenSeveralHasNoSingleSuccessor() throws {
    // Suppression of 60606 in 1951, its territory shared by two neighbours.
    #expect(
      try resolve("60606") == .divided(into: [code("60509"), code("60587")], on: try #require(HistoryDate("1951-07-09"))))
  }

  @Test func theGeographyDateStopsTheHistory() throws {
    // Vimartin-sur-Orthe (53249) absorbed 53239 and 53274 on 2021-01-01.
    #expect(try resolve("53239", asOf: "2020") == .unchanged)
    #expect(try resolve("53239", asOf: "2021-01-01") == replaced("53249", on: "2021-01-01"))
  }

  /// SOURCES.md: every code of the 2018 national basemap gone by 2025 resolves
  /// to a 2025 code, and every code still there resolves to itself.
  @Test func everyCodeOfThe2018BasemapResolvesToA2025Code() throws {
    let history = try Self.history.get()
    let basemap = try BoundaryReader.read(path: SharedDataFiles.basemap("communes-france-2018.geojson"))
    let codes2018 = try basemap.features.map { feature in
      try #require(feature.properties["code"]?.text.flatMap(CommuneCode.init(_:)))
    }
    // The 2025 geography: the EPCI members (with Mayotte) and the population table (with the arrondissements).
    var codes2025: Set<CommuneCode> = []
    for (file, column) in [("epci-communes-2025.csv", "insee"), ("population-communes-france.csv", "COM")] {
      let table = try CSVReader.read(path: SharedDataFiles.dataset(file))
      let index = try table.columnIndex(column)
      codes2025.formUnion(table.rows.compactMap { CommuneCode($0[index]) })
    }
    let gone = codes2018.filter { !codes2025.contains($0) }
    #expect(gone.count == 493)
    for code in gone {
      guard case .replaced(let current, _) = history.resolve(code) else {
        Issue.record("\(code) does not resolve to one commune: \(history.resolve(code))")
        continue
      }
      #expect(codes2025.contains(current), "\(code) → \(current), not a 2025 code")
    }
    for code in codes2025 { #expect(history.resolve(code) == .unchanged, "\(code) is current") }
  }

  // MARK: Reading

  private func table(_ rows: [[String]], columns: [String] = CommuneHistory.columns) -> Table {
    Table(source: "h.csv", columns: columns, rows: rows)
  }

  @Test func readsStepsInAnyOrderAndFollowsSameDayChains() throws {
    // Newest first, as INSEE lists them; on 2020-01-01 62001 → 62002 → 62003.
    let history = try CommuneHistory(
      table: table([
        ["2020-01-01", "62002", "B", "62003", "C", "Fusion simple"],
        ["2020-01-01", "62001", "A", "62002", "B", "Changement de code dû à un changement de département"],
        ["2010-01-01", "62004", "D", "62004", "D2", "Changement de nom"],
      ]))
    #expect(history.steps.count == 3)
    #expect(try history.resolve(code("62001")) == replaced("62003", on: "2020-01-01"))
    #expect(try history.resolve(code("62004")) == .unchanged)
    #expect(try history.name(of: code("62004")) == "D2")
    #expect(try history.name(of: code("62004"), asOf: HistoryDate("2009")) == nil)
    #expect(try history.resolve(code("99999")) == .unchanged)
  }

  @Test func aCycleOnOneDayStops() throws {
    let history = try CommuneHistory(
      table: table([
        ["2020-01-01", "62001", "A", "62002", "B", "x"],
        ["2020-01-01", "62002", "B", "62001", "A", "x"],
      ]))
    // Both end on that day and lead to each other: the chain stops where it would loop.
    #expect(try history.resolve(code("62001")) == replaced("62002", on: "2020-01-01"))
  }

  @Test func badCellsAreLocated() {
    let badDate = #expect(throws: HistoryError.self) {
      try CommuneHistory(table: table([["2020-13-01", "62001", "A", "62002", "B", "x"]]))
    }
    #expect(
      badDate?.description
        == "h.csv:2: column date_effet holds \"2020-13-01\", not a date (YYYY-MM-DD). Fix or remove that row.")
    let badCode = #expect(throws: HistoryError.self) {
      try CommuneHistory(table: table([["2020-01-01", "62001", "A", "6200", "B", "x"]]))
    }
    #expect(badCode?.description.hasPrefix("h.csv:2: column code_nouveau holds \"6200\", not a commune code.") == true)
    #expect(badCode?.exitStatus == .dataError)
  }

  @Test func aTableOfAnotherLayoutIsRefused() {
    let error = #expect(throws: HistoryError.self) {
      try CommuneHistory(table: table([], columns: ["COM", "DATE"]))
    }
    #expect(
      error?.description.hasPrefix(
        "h.csv: not a history of communes: no column \"date_effet\", \"code_ancien\", \"nom_ancien\", \"code_nouveau\", "
          + "\"nom_nouveau\", \"type\" (columns: COM, DATE).") == true)
  }

  @Test(arguments: [("2025", "2025-01-01"), ("2019-12-31", "2019-12-31"), (" 1943-02-19 ", "1943-02-19")])
  func datesParse(text: String, description: String) {
    #expect(HistoryDate(text)?.description == description)
  }

  @Test(arguments: ["25", "2025-1-1", "2025-13-01", "2025-00-10", "2025/01/01", "", "+2025", "2025-01"])
  func otherDatesDoNot(text: String) {
    #expect(HistoryDate(text) == nil)
  }
}
