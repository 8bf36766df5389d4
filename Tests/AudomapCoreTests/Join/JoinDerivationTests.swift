import AudomapCore
import AudomapTestSupport
import Foundation
import Testing

/// Rates per inhabitants and changes between years, on real files; expected
/// values come from the raw files split by hand.
@Suite struct JoinDerivationTests {
  static let capsoPath = packageRoot.appendingPathComponent("Datasets/capso-population-dgcl-2019-2025.csv").path

  private func capsoFeatures() throws -> [Feature] {
    try BasemapFeatures.load(SharedDataFiles.basemap("capso-communes-2018.geojson"))
  }

  /// `population_municipale` of each commune in year `year`, from the raw file.
  private func capsoPopulation(_ year: String) throws -> [String: Double] {
    let raw = try RawCSV(path: Self.capsoPath, separator: ",")
    let years = raw.column("annee"), codes = raw.column("insee"), values = raw.column("population_municipale")
    var population: [String: Double] = [:]
    for index in codes.indices where years[index] == year { population[codes[index]] = Double(values[index]) }
    return population
  }

  @Test(arguments: ChangeKind.allCases)
  func changeBetweenTwoYearsOfTheSameColumn(kind: ChangeKind) throws {
    let features = try capsoFeatures()
    let table = try CSVReader.read(path: Self.capsoPath)
    let column = try #require(Derivation.Change.detectPeriodColumn(in: table, from: "2019", to: "2025"))
    #expect(column == "annee")
    let change = Derivation.Change(column: column, from: "2019", to: "2025", kind: kind)
    let result = try Join.join(
      features: features, codeField: "code", table: table, keyColumn: "insee", keyWasDetected: false,
      valueColumn: "population_municipale", options: JoinOptions(derivation: .change(change)))
    let before = try capsoPopulation("2019"), after = try capsoPopulation("2025")
    for (index, feature) in features.enumerated() {
      let code = try #require(feature.properties["code"]?.text)
      let old = try #require(before[code]), new = try #require(after[code])
      let expected = kind == .difference ? new - old : (new - old) / old * 100
      #expect(try abs(#require(result.values[index]) - expected) < 1e-9, "\(code)")
    }
    // Only the two years take part: no duplicate rows, and the others are counted as left out.
    let report = result.report
    #expect(report.rowCount == before.count + after.count)
    #expect(report.rowsUsed == report.rowCount)
    #expect(report.duplicateKeys.count == 0)
    guard case .change(let changeReport)? = report.derivation else {
      Issue.record("no change report")
      return
    }
    #expect(changeReport.rowsFrom == 53 && changeReport.rowsTo == 53)
    #expect(changeReport.rowsOtherPeriods == 5 * 53)
    #expect(changeReport.onlyOnePeriod.count == 0)
    if kind == .difference {
      // The CAPSO total went from 105,351 to 104,320 (SOURCES.md).
      #expect(result.values.compactMap { $0 }.reduce(0, +) == 104_320 - 105_351)
    }
  }

  @Test func aPeriodThatIsNotThereIsAnErrorListingThePeriods() throws {
    let table = try CSVReader.read(path: Self.capsoPath)
    let error = #expect(throws: JoinError.self) {
      try Join.join(
        features: [], codeField: "code", table: table, keyColumn: "insee", keyWasDetected: false,
        valueColumn: "population_municipale",
        options: JoinOptions(derivation: .change(.init(column: "annee", from: "2018", to: "2025", kind: .percent))))
    }
    #expect(
      error?.description
        == "\(table.source): no row has annee = \"2018\" (it holds 2019, 2020, 2021, 2022, 2023, 2024, 2025). "
        + "Fix --change FROM:TO, or name the column of periods with --period-column.")
  }

  @Test func aCommuneInOnlyOneYearHasNoChange() throws {
    let table = Table(
      source: "t.csv", columns: ["insee", "an", "v"],
      rows: [["62040", "2019", "10"], ["62040", "2025", "0"], ["62765", "2025", "5"], ["62014", "2019", "0"],
             ["62014", "2025", "3"]])
    let features = ["62040", "62765", "62014"].map { Feature(geometry: nil, properties: JSONObject([("code", .string($0))])) }
    let result = try Join.join(
      features: features, codeField: "code", table: table, keyColumn: "insee", keyWasDetected: false, valueColumn: "v",
      options: JoinOptions(derivation: .change(.init(column: "an", from: "2019", to: "2025", kind: .percent))))
    #expect(result.values == [-100, nil, nil])
    guard case .change(let report)? = result.report.derivation else {
      Issue.record("no change report")
      return
    }
    #expect(report.onlyOnePeriod.sample.map(\.rawValue) == ["62765"])
    #expect(report.zeroBase.sample.map(\.rawValue) == ["62014"])
    #expect(
      result.report.summary.hasSuffix(
        "; change 2019 → 2025 in %; 1 commune in only one period (e.g. 62765); "
          + "1 commune starting from 0, no percentage (e.g. 62014)."))
  }

  @Test func oreConsumptionPerThousandInhabitants() throws {
    let features = try JoinHistoryTests.nationalFeatures(department: "53")
    let populationPath = SharedDataFiles.dataset("population-communes-france.csv")
    let population = try CSVReader.read(path: populationPath)
    let column = try #require(Derivation.Rate.detectPopulationColumn(in: population))
    #expect(column == "PMUN")
    let rate = Derivation.Rate(per: 1000, population: population, populationKey: "COM", populationColumn: column)
    let result = try Join.join(
      features: features, codeField: "code", table: try CSVReader.read(path: JoinHistoryTests.orePath),
      keyColumn: "Code Commune", keyWasDetected: false, valueColumn: JoinHistoryTests.oreValue,
      options: JoinOptions(aggregation: .sum, history: try CommuneHistory.bundled(), derivation: .rate(rate)))

    let rawPopulation = try RawCSV(path: populationPath, separator: ";")
    let inhabitants = Dictionary(
      uniqueKeysWithValues: zip(rawPopulation.column("COM"), rawPopulation.column("PMUN").map { Double($0) ?? .nan }))
    let rawOre = try RawCSV(path: JoinHistoryTests.orePath, separator: ";")
    var consumption: [String: Double] = [:]
    for (code, value) in zip(rawOre.column("Code Commune"), rawOre.column(JoinHistoryTests.oreValue)) {
      consumption[code, default: 0] += Double(value) ?? .nan
    }
    // Pontmain (53181) has an RTE and an Enedis row.
    let pontmain = try #require(features.firstIndex { $0.properties["code"]?.text == "53181" })
    let expected = try #require(consumption["53181"]) / #require(inhabitants["53181"]) * 1000
    #expect(try abs(#require(result.values[pontmain]) - expected) < 1e-9)
    for (index, feature) in features.enumerated() {
      let code = try #require(feature.properties["code"]?.text)
      guard let value = consumption[code], let people = inhabitants[code] else { continue }
      #expect(try abs(#require(result.values[index]) - value / people * 1000) < 1e-9, "\(code)")
    }
    guard case .rate(let report)? = result.report.derivation else {
      Issue.record("no rate report")
      return
    }
    #expect(report.withoutPopulation.count == 0)
    #expect(report.unusablePopulation.count == 0)
    #expect(result.report.summary.contains("; value per 1,000 inhabitants (PMUN of population-communes-france.csv)"))
  }

  @Test func arrondissementsAddUpToTheirCity() throws {
    let populationPath = SharedDataFiles.dataset("population-communes-france.csv")
    let raw = try RawCSV(path: populationPath, separator: ";")
    var cities: [String: Double] = [:]
    for (code, value) in zip(raw.column("COM"), raw.column("PMUN")) {
      let city = code.hasPrefix("751") ? "75056" : code.hasPrefix("6938") ? "69123" : code.hasPrefix("132") ? "13055" : nil
      if let city { cities[city, default: 0] += Double(value) ?? .nan }
    }
    let features = ["75056", "69123", "13055"].map { Feature(geometry: nil, properties: JSONObject([("code", .string($0))])) }
    let result = try Join.join(
      features: features, codeField: "code", table: try CSVReader.read(path: populationPath), keyColumn: "COM",
      keyWasDetected: false, valueColumn: "PMUN", options: JoinOptions(aggregation: .sum, foldArrondissements: true))
    #expect(result.values == [cities["75056"], cities["69123"], cities["13055"]])
    #expect(result.report.foldedArrondissements.count == 45)
    #expect(result.report.rowsUsed == 45)
    #expect(result.report.summary.contains("; 45 arrondissements counted in their city"))

    // A rate per inhabitant on the whole cities: the population side folds them without being asked.
    let table = Table(source: "t.csv", columns: ["insee", "n"], rows: [["75056", "1000"], ["13055", "10"]])
    let rate = Derivation.Rate(
      per: 1, population: try CSVReader.read(path: populationPath), populationKey: "COM", populationColumn: "PMUN")
    let perInhabitant = try Join.join(
      features: features, codeField: "code", table: table, keyColumn: "insee", keyWasDetected: false, valueColumn: "n",
      options: JoinOptions(derivation: .rate(rate)))
    #expect(try perInhabitant.values == [1000 / #require(cities["75056"]), nil, 10 / #require(cities["13055"])])
  }

  @Test func aPopulationTableWithSeveralRowsPerCommuneIsRefused() throws {
    let rate = Derivation.Rate(
      per: 1000, population: try CSVReader.read(path: Self.capsoPath), populationKey: "insee",
      populationColumn: "population_municipale")
    let table = Table(source: "t.csv", columns: ["insee", "n"], rows: [["62014", "5"]])
    let error = #expect(throws: JoinError.self) {
      try Join.join(
        features: try capsoFeatures(), codeField: "code", table: table, keyColumn: "insee", keyWasDetected: false,
        valueColumn: "n", options: JoinOptions(derivation: .rate(rate)))
    }
    #expect(
      error?.description
        == "\(Self.capsoPath): commune 62014 has several rows (lines 2, 55). "
        + "Give --population a table with one row per commune (filter it to one year first).")
  }

  @Test(arguments: [
    (["COM", "PTOT", "PMUN"], "PMUN"), (["insee", "population_municipale_2025"], "population_municipale_2025"),
    (["code", "Population totale"], "Population totale"), (["code", "nb habitants"], "nb habitants"),
    (["code", "valeur"], nil),
  ])
  func detectsTheColumnOfInhabitants(columns: [String], expected: String?) {
    #expect(Derivation.Rate.detectPopulationColumn(in: Table(source: "p.csv", columns: columns, rows: [])) == expected)
  }
}
