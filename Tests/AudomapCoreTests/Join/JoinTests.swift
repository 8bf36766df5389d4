import AudomapCore
import Testing

@Suite struct JoinTests {
  // MARK: Real files

  @Test func capsoPopulation2025MatchesEveryCommune() throws {
    let features = try BasemapFeatures.load(SharedDataFiles.basemap("capso-communes-2018.geojson"))
    let table = try CSVReader.read(path: SharedDataFiles.dataset("capso-population-dgcl-2019-2025.csv"))
      .filtered(by: [RowFilter(parsing: "annee=2025")])
    let key = try #require(CodeColumnDetector.detect(in: table))
    let codeField = try #require(FeatureCodeField.detect(in: features))
    let result = try Join.join(
      features: features, codeField: codeField, table: table, keyColumn: key, keyWasDetected: true,
      valueColumn: "population_municipale")
    let report = result.report
    #expect(report.keyColumn == "insee")
    #expect(report.featureCount == 53)
    #expect(report.matchedFeatures == 53)
    #expect(report.rowCount == 53)
    #expect(report.rowsUsed == 53)
    #expect(report.featuresWithoutData.count == 0)
    #expect(report.unusedRows.count == 0)
    #expect(report.duplicateKeys.count == 0)
    #expect(report.rowsWithInvalidCode.count == 0)
    #expect(report.nonNumericValues.count == 0)
    #expect(result.values.count == 53)
    // The CAPSO total in 2025 (SOURCES.md).
    #expect(result.values.compactMap { $0 }.reduce(0, +) == 104_320)
    #expect(report.summary == "Join on insee (detected): 53/53 communes matched, 53/53 rows used.")
  }

  @Test func pasDeCalaisPopulationLeavesFourMergedCommunesWithoutData() throws {
    let features = try BasemapFeatures.load(SharedDataFiles.basemap("communes-62-pas-de-calais.geojson"))
    let table = try CSVReader.read(path: SharedDataFiles.dataset("population-communes-62-insee.csv"))
    let result = try Join.join(
      features: features, codeField: "code", table: table, keyColumn: "COM", keyWasDetected: false,
      valueColumn: "PMUN")
    let report = result.report
    #expect(report.featureCount == 891)
    #expect(report.matchedFeatures == 887)
    // Canteleux (merged 2019) and the three communes merged into Hesdin-la-Forêt in 2025.
    #expect(report.featuresWithoutData.count == 4)
    #expect(report.featuresWithoutData.sample.map(\.rawValue) == ["62210", "62461", "62549", "62743"])
    #expect(report.rowsUsed == 887)
    #expect(report.unusedRows.count == 0)
    #expect(report.featuresWithoutCode.count == 0)
    #expect(result.values.count { $0 == nil } == 4)
    #expect(report.summary == "Join on COM: 887/891 communes matched (99.6%), 887/887 rows used; 4 without data.")
  }

  @Test func withoutAFilterSeveralYearsPerCommuneAreRefusedWithTheColumnThatTellsThemApart() throws {
    let features = try BasemapFeatures.load(SharedDataFiles.basemap("capso-communes-2018.geojson"))
    let table = try CSVReader.read(path: SharedDataFiles.dataset("capso-population-dgcl-2019-2025.csv"))
    let error = #expect(throws: JoinError.self) {
      try Join.join(
        features: features, codeField: "code", table: table, keyColumn: "insee", keyWasDetected: false,
        valueColumn: "population_municipale")
    }
    // 62014 is on lines 2, 55, 108, … (one block of 53 rows per year).
    #expect(
      error?.description
        == "\(table.source): 53 communes have several rows (62014: lines 2, 55, 108, 161, …; "
        + "62040: lines 3, 56, 109, 162, …; 62053: lines 4, 57, 110, 163, …; 62067: lines 5, 58, 111, 164, …; "
        + "62087: lines 6, 59, 112, 165, …; …); the rows differ in \"annee\" (e.g. 2019, 2020, 2021). "
        + "Keep one row per commune with --filter, or combine them with --aggregate sum (totals), mean (rates), "
        + "min, max, count or first.")
    #expect(error?.exitStatus == .dataError)
  }

  @Test func firstKeepsTheFirstYearAndSaysSo() throws {
    let features = try BasemapFeatures.load(SharedDataFiles.basemap("capso-communes-2018.geojson"))
    let table = try CSVReader.read(path: SharedDataFiles.dataset("capso-population-dgcl-2019-2025.csv"))
    let result = try Join.join(
      features: features, codeField: "code", table: table, keyColumn: "insee", keyWasDetected: false,
      valueColumn: "population_municipale", options: JoinOptions(aggregation: .first))
    #expect(result.report.duplicateKeys.count == 53)
    #expect(result.report.aggregation == .first)
    let aire = try #require(features.firstIndex { $0.properties["code"] == .string("62014") })
    #expect(result.values[aire] == 9859)  // the 2019 row
    #expect(
      result.report.summary
        == "Join on insee: 53/53 communes matched, 371/371 rows used; "
        + "53 communes with several rows, first kept (e.g. 62014, 62040, 62053, 62067, 62087, …).")
  }

  // MARK: Inline fixtures

  private func features(_ codes: [JSONValue?]) -> [Feature] {
    codes.map { code in Feature(geometry: nil, properties: JSONObject(code.map { [("code", $0)] } ?? [])) }
  }

  private func table(_ rows: [[String]]) -> Table {
    Table(source: "data.csv", columns: ["insee", "valeur"], rows: rows)
  }

  @Test func countsEveryKindOfGap() throws {
    let features = features([
      .string("01001"),  // matched, by two rows
      .string("2A004"),  // matched by a lower-case row
      .string("62040"),  // matched, but its value is not a number
      .string("62765"),  // matched, empty value
      .string("97411"),  // no row
      .number(62014),  // a number property still matches
      nil,  // no code property
      .string("Arques"),  // not a code
    ])
    let table = table([
      ["01001", "1 234,5"],  // line 2
      ["2a004", "12"],
      ["62040", "secret"],
      ["62765", ""],
      ["62014", "-3.5"],
      ["Total", "7"],  // line 7: invalid code
      ["1001", "99"],  // line 8: 01001 written as a number, a second row for it
      ["75056", "2165423"],  // unused
    ])
    let result = try Join.join(
      features: features, codeField: "code", table: table, keyColumn: "insee", keyWasDetected: false,
      valueColumn: "valeur", options: JoinOptions(aggregation: .first))
    #expect(result.values == [1234.5, 12, nil, nil, nil, -3.5, nil, nil])
    let report = result.report
    #expect(report.matchedFeatures == 5)
    #expect(report.featuresWithoutData.count == 1)
    #expect(report.featuresWithoutData.sample.map(\.rawValue) == ["97411"])
    #expect(report.featuresWithoutCode.count == 2)
    #expect(report.featuresWithoutCode.sample == [6, 7])
    #expect(report.rowCount == 8)
    #expect(report.rowsUsed == 6)
    #expect(report.unusedRows.count == 1)
    #expect(report.unusedRows.sample.map(\.rawValue) == ["75056"])
    #expect(report.rowsWithInvalidCode.count == 1)
    #expect(report.rowsWithInvalidCode.sample == [7])
    #expect(report.duplicateKeys.count == 1)
    #expect(report.duplicateKeys.sample.map(\.rawValue) == ["01001"])
    #expect(report.restoredCodes.sample == ["1001 → 01001"])
    #expect(report.nonNumericValues.count == 1)
    #expect(report.nonNumericValues.sample == ["4: secret"])
    #expect(report.missingValues == 1)
    #expect(!report.isComplete)
    #expect(result.unmatchedRows.map(\.row) == [5, 7])
    #expect(result.unmatchedRows.map(\.reason) == [.invalidCode, .noFeature(try #require(CommuneCode("75056")))])
    #expect(
      report.summary
        == "Join on insee: 5/8 communes matched (62.5%), 6/8 rows used; 1 without data (e.g. 97411); "
        + "2 features without a code (features #6, #7); 1 row unused (e.g. 75056); "
        + "1 commune with several rows, first kept (e.g. 01001); "
        + "1 code missing a leading zero, restored (e.g. 1001 → 01001); 1 row with an invalid code (line 7); "
        + "1 non-numeric value (e.g. 4: secret); 1 missing value.")
    #expect(
      report.details == [
        "Key column: insee; value column: valeur.",
        "Communes without data (1): 97411",
        "Features without a code (2): #6, #7",
        "Unused rows (codes no feature has) (1): 75056",
        "Rows without a commune code (1): line 7",
        "Communes with several rows, first kept (1): 01001",
        "Codes missing a leading zero, restored (1): 1001 → 01001",
        "Non-numeric values (1): 4: secret",
        "Missing values (empty, NA, s…): 1.",
      ])
  }

  @Test(arguments: Aggregation.allCases)
  func everyAggregationCombinesTheRowsOfACommune(aggregation: Aggregation) throws {
    let rows = [["62040", "3"], ["62765", "10"], ["62040", "s"], ["62040", "1,5"], ["62040", "7"]]
    let result = try Join.join(
      features: features([.string("62040"), .string("62765")]), codeField: "code", table: table(rows),
      keyColumn: "insee", keyWasDetected: false, valueColumn: "valeur", options: JoinOptions(aggregation: aggregation))
    // The numbers of 62040 are 3, 1.5 and 7 ("s" is a missing value); count counts its 4 rows.
    let expected: [Aggregation: Double] = [.sum: 11.5, .mean: 11.5 / 3, .min: 1.5, .max: 7, .count: 4, .first: 3]
    #expect(result.values == [expected[aggregation], aggregation == .count ? 1 : 10])
    #expect(result.report.duplicateKeys.count == 1)
    #expect(result.report.rowsUsed == 5)
  }

  @Test func aCommuneWhoseRowsHoldNoNumberHasNoValue() {
    #expect(Aggregation.sum.combine([nil, nil]) == nil)
    #expect(Aggregation.mean.combine([]) == nil)
    #expect(Aggregation.first.combine([nil, 2]) == nil)
    #expect(Aggregation.count.combine([nil, nil]) == 2)
  }

  @Test func twoFeaturesWithTheSameCodeShareTheRow() throws {
    let result = try Join.join(
      features: features([.string("62040"), .string("62040")]), codeField: "code",
      table: table([["62040", "9852"]]), keyColumn: "insee", keyWasDetected: false, valueColumn: "valeur")
    #expect(result.values == [9852, 9852])
    #expect(result.report.matchedFeatures == 2)
    #expect(result.report.rowsUsed == 1)
  }

  @Test func anUnknownValueColumnListsTheColumns() {
    let error = #expect(throws: TableError.self) {
      try Join.join(
        features: features([.string("62040")]), codeField: "code", table: table([["62040", "1"]]),
        keyColumn: "insee", keyWasDetected: true, valueColumn: "valuer")
    }
    #expect(
      error?.description
        == "data.csv: no column \"valuer\" (columns: insee, valeur). Did you mean \"valeur\"? Pass it with --value.")
  }

  @Test func anUnknownKeyColumnNamesTheKeyOption() {
    let error = #expect(throws: TableError.self) {
      try Join.join(
        features: features([.string("62040")]), codeField: "code", table: table([["62040", "1"]]),
        keyColumn: "code_insee", keyWasDetected: false, valueColumn: "valeur")
    }
    #expect(error?.description.hasSuffix("Did you mean \"insee\"? Pass it with --key.") == true)
  }

  @Test func aValueColumnWithoutNumbersIsAnError() throws {
    let table = try CSVReader.read(path: SharedDataFiles.dataset("capso-population-dgcl-2019-2025.csv"))
    let error = #expect(throws: JoinError.self) {
      try Join.join(
        features: [], codeField: "code", table: table, keyColumn: "insee", keyWasDetected: false,
        valueColumn: "nom_commune")
    }
    #expect(
      error?.description
        == "\(table.source): column \"nom_commune\" holds no number (e.g. 2: Aire-sur-la-Lys, 3: Arques, "
        + "4: Audincthun, 5: Avroult, 6: Bayenghem-lès-Éperlecques). "
        + "Pass a column of numbers (1234, -12.5, 1 234,5) with --value.")
    #expect(error?.exitStatus == .dataError)
  }

  @Test func anEmptyValueColumnIsAnError() {
    #expect(
      throws: JoinError.valueColumnNotNumeric(source: "data.csv", column: "valeur", sample: [])
    ) {
      try Join.join(
        features: [], codeField: "code", table: table([["62040", ""], ["62765", " "]]), keyColumn: "insee",
        keyWasDetected: false, valueColumn: "valeur")
    }
  }

  @Test func aKeyColumnWithoutCodesIsAnErrorThatPointsToTheCodes() throws {
    let table = try CSVReader.read(path: SharedDataFiles.dataset("capso-population-dgcl-2019-2025.csv"))
    let error = #expect(throws: JoinError.self) {
      try Join.join(
        features: [], codeField: "code", table: table, keyColumn: "siren_commune", keyWasDetected: false,
        valueColumn: "population_municipale")
    }
    #expect(
      error?.description
        == "\(table.source): column \"siren_commune\" holds no commune code (e.g. \"216200147\", \"216200402\", "
        + "\"216200535\", \"216200675\", \"216200873\"); a code has 5 characters, like 01001, 2A004 or 97411. "
        + "Pass the column of codes with --key (\"insee\" looks like one).")
  }

  @Test func anEmptyTableJoinsNothingWithoutError() throws {
    let result = try Join.join(
      features: features([.string("62040")]), codeField: "code", table: table([]), keyColumn: "insee",
      keyWasDetected: false, valueColumn: "valeur")
    #expect(result.values == [nil])
    #expect(result.report.summary == "Join on insee: 0/1 communes matched (0.0%), 0/0 rows used; 1 without data.")
  }
}
