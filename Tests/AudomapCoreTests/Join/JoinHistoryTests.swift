import AudomapCore
import Foundation
import Testing

/// Joins of real files whose codes are not of the same year, whose rows repeat
/// a commune, or whose codes a spreadsheet damaged. Expected figures are
/// computed here from the raw files, without `CSVReader` or `Join`.
@Suite struct JoinHistoryTests {
  static let history = Result { try CommuneHistory.bundled() }

  /// The features of the national 2018 basemap in one department.
  static func nationalFeatures(department: String) throws -> [Feature] {
    let basemap = try BoundaryReader.read(path: SharedDataFiles.basemap("communes-france-2018.geojson"))
    return basemap.features.filter { $0.properties["code"]?.text?.hasPrefix(department) == true }
  }

  private func codes(of features: [Feature]) -> [String] {
    features.compactMap { $0.properties["code"]?.text }
  }

  /// The code each of `codes` became in one step of the raw history file.
  private func successorsInRawHistory(of codes: Set<String>) throws -> [String: String] {
    let raw = try RawCSV(path: SharedDataFiles.dataset("communes-mouvements.csv"), separator: ",")
    var successor: [String: String] = [:]
    for row in raw.rows where codes.contains(row[1]) && row[1] != row[3] { successor[row[1]] = row[3] }
    return successor
  }

  // MARK: Pas-de-Calais: a 2025 table on the 2018 basemap

  @Test func pasDeCalaisFormerCommunesShowTheirCurrentCommune() throws {
    let path = SharedDataFiles.dataset("population-communes-62-insee.csv")
    let features = try BasemapFeatures.load(SharedDataFiles.basemap("communes-62-pas-de-calais.geojson"))
    let raw = try RawCSV(path: path, separator: ";")
    let population = Dictionary(uniqueKeysWithValues: zip(raw.column("COM"), raw.column("PMUN").compactMap(Double.init)))
    let gone = Set(codes(of: features)).subtracting(population.keys).sorted()
    #expect(gone == ["62210", "62461", "62549", "62743"])
    let successor = try successorsInRawHistory(of: Set(gone))

    let result = try Join.join(
      features: features, codeField: "code", table: try CSVReader.read(path: path), keyColumn: "COM",
      keyWasDetected: false, valueColumn: "PMUN", options: JoinOptions(history: try Self.history.get()))
    let report = result.report
    #expect(report.featureCount == features.count)
    #expect(report.matchedFeatures == features.count)
    #expect(report.featuresWithoutData.count == 0)
    #expect(report.rowsUsed == raw.rows.count)
    #expect(report.featuresThroughHistory.sample.map(\.description) == gone.map { "\($0) → \(successor[$0] ?? "?")" })
    #expect(Set(successor.values) == ["62154", "62447"])
    for (index, code) in codes(of: features).enumerated() {
      #expect(result.values[index] == population[successor[code] ?? code], "\(code)")
    }
    #expect(
      report.summary
        == "Join on COM: 891/891 communes matched, 887/887 rows used; 4 former communes of the basemap given the "
        + "value of their current commune (e.g. 62210 → 62154, 62461 → 62447, 62549 → 62447, 62743 → 62447) "
        + "(--update-codes merges them).")
  }

  @Test func anOlderTableOnANewerBasemapAddsUpTheFormerCommunes() throws {
    // 2018 rows on the 2025 geography: Canteleux and the three communes of Hesdin-la-Forêt.
    let table = Table(
      source: "2018.csv", columns: ["insee", "habitants"],
      rows: [["62154", "600"], ["62210", "60"], ["62447", "2000"], ["62461", "300"], ["62549", "500"], ["62743", "800"]])
    let features = ["62154", "62447"].map { Feature(geometry: nil, properties: JSONObject([("code", .string($0))])) }
    let history = try Self.history.get()
    let error = #expect(throws: JoinError.self) {
      try Join.join(
        features: features, codeField: "code", table: table, keyColumn: "insee", keyWasDetected: false,
        valueColumn: "habitants", options: JoinOptions(history: history))
    }
    #expect(
      error?.description
        == "2018.csv: 2 communes have several rows (62154: lines 2, 3; 62447: lines 4, 5, 6, 7); former communes "
        + "are counted in their current one (62210 → 62154, 62461 → 62447, 62549 → 62447, 62743 → 62447). "
        + "Keep one row per commune with --filter, or combine them with --aggregate sum (totals), mean (rates), "
        + "min, max, count or first.")
    let summed = try Join.join(
      features: features, codeField: "code", table: table, keyColumn: "insee", keyWasDetected: false,
      valueColumn: "habitants", options: JoinOptions(aggregation: .sum, history: history))
    #expect(summed.values == [660, 3600])
    #expect(summed.report.rowsUsed == 6)
    #expect(summed.report.rowsThroughHistory.count == 4)
    #expect(summed.report.isComplete)
  }

  // MARK: ORE Mayenne: one row per operator, 2019 geography

  static let orePath = SharedDataFiles.dataset("ore-conso-elec-gaz-secteur-commune-53-mayenne-2019.csv")
  static let oreValue = "Consommation totale (MWh)"

  @Test func oreRowsOfBothOperatorsAreSummed() throws {
    let features = try Self.nationalFeatures(department: "53")
    let raw = try RawCSV(path: Self.orePath, separator: ";")
    var expected: [String: Double] = [:]
    var rowsPerCode: [String: Int] = [:]
    for (code, value) in zip(raw.column("Code Commune"), raw.column(Self.oreValue)) {
      expected[code, default: 0] += try #require(Double(value))
      rowsPerCode[code, default: 0] += 1
    }
    let featureCodes = codes(of: features)
    let gone = Set(featureCodes).subtracting(expected.keys)
    let successor = try successorsInRawHistory(of: gone)

    let table = try CSVReader.read(path: Self.orePath)
    let key = try #require(CodeColumnDetector.detect(in: table))
    #expect(key == "Code Commune")
    let result = try Join.join(
      features: features, codeField: "code", table: table, keyColumn: key, keyWasDetected: true,
      valueColumn: Self.oreValue, options: JoinOptions(aggregation: .sum, history: try Self.history.get()))
    let report = result.report
    #expect(report.featureCount == featureCodes.count)
    #expect(report.matchedFeatures == featureCodes.count)
    #expect(report.rowCount == raw.rows.count)
    #expect(report.rowsUsed == raw.rows.count)
    #expect(report.duplicateKeys.count == rowsPerCode.values.count { $0 > 1 })
    #expect(report.duplicateKeys.sample.map(\.rawValue) == rowsPerCode.filter { $0.value > 1 }.keys.sorted())
    #expect(report.featuresThroughHistory.count == gone.count)
    for (index, code) in featureCodes.enumerated() {
      let value = try #require(result.values[index], "\(code)")
      #expect(abs(value - (expected[successor[code] ?? code] ?? .nan)) < 1e-6, "\(code)")
    }
  }

  @Test func withoutAnAggregationTheOperatorColumnIsNamed() throws {
    let table = try CSVReader.read(path: Self.orePath)
    let error = #expect(throws: JoinError.self) {
      try Join.join(
        features: [], codeField: "code", table: table, keyColumn: "Code Commune", keyWasDetected: false,
        valueColumn: Self.oreValue)
    }
    #expect(error?.description.contains("3 communes have several rows (53097: lines") == true)
    #expect(error?.description.contains("the rows differ in \"Opérateur\" (e.g. ") == true)
  }

  @Test func theGeographyDateKeepsCommunesMergedAfterIt() throws {
    // The ORE export is on the 2019-2020 geography: 53239 and 53274 merged into 53249 only in 2021.
    let features = try Self.nationalFeatures(department: "53")
    let result = try Join.join(
      features: features, codeField: "code", table: try CSVReader.read(path: Self.orePath), keyColumn: "Code Commune",
      keyWasDetected: false, valueColumn: Self.oreValue,
      options: JoinOptions(aggregation: .sum, history: try Self.history.get(), codesAsOf: HistoryDate("2020")))
    #expect(result.report.featuresWithoutData.sample.map(\.rawValue) == ["53239", "53274"])
    #expect(result.report.matchedFeatures == features.count - 2)
  }

  // MARK: Codes written as numbers

  @Test func aTableWhoseCodesLostTheirLeadingZeroJoinsRight() throws {
    let path = try #require(
      Bundle.module.url(forResource: "ain-codes-as-numbers", withExtension: "csv", subdirectory: "Fixtures/Join")).path
    let features = try Self.nationalFeatures(department: "01")
    let raw = try RawCSV(path: path, separator: ",")
    let padded = raw.column("Code commune").map { "0" + $0 }
    let featureCodes = Set(codes(of: features))
    let direct = padded.filter { featureCodes.contains($0) }

    let table = try CSVReader.read(path: path)
    let key = try #require(CodeColumnDetector.detect(in: table))
    #expect(key == "Code commune")
    let plain = try Join.join(
      features: features, codeField: "code", table: table, keyColumn: key, keyWasDetected: true,
      valueColumn: "Population municipale")
    #expect(plain.report.restoredCodes.count == raw.rows.count)
    #expect(plain.report.restoredCodes.sample.first == "1001 → 01001")
    #expect(plain.report.rowsWithInvalidCode.count == 0)
    #expect(plain.report.matchedFeatures == direct.count)
    #expect(plain.report.rowsUsed == direct.count)
    let abergement = try #require(features.firstIndex { $0.properties["code"]?.text == "01001" })
    #expect(plain.values[abergement] == Double(raw.rows[0][2]))

    // With the history, the communes merged since 2018 show their current commune too.
    let current = try Join.join(
      features: features, codeField: "code", table: table, keyColumn: key, keyWasDetected: true,
      valueColumn: "Population municipale", options: JoinOptions(history: try Self.history.get()))
    #expect(current.report.matchedFeatures == features.count)
    #expect(current.report.featuresThroughHistory.count == features.count - direct.count)
  }

  @Test func aYearColumnIsNotTakenForCodesWrittenAsNumbers() {
    let table = Table(source: "t.csv", columns: ["annee", "valeur"], rows: [["2019", "1"], ["2025", "2"]])
    #expect(CodeColumnDetector.detect(in: table) == nil)
  }
}
