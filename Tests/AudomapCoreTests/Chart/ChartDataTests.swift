import AudomapCore
import Testing

@Suite struct ChartNumberFormatTests {
  @Test func decimalsAreSpared() {
    #expect(ChartNumberFormat.decimals(for: [14_358, 228, 0]) == 0)
    #expect(ChartNumberFormat.decimals(for: [28_025.068, 6_439.77]) == 0)
    #expect(ChartNumberFormat.decimals(for: [12.5, 7.25, 3]) == 1)
    #expect(ChartNumberFormat.decimals(for: [0.42, 0.057]) == 2)
    #expect(ChartNumberFormat.decimals(for: []) == 0)
  }

  @Test func labelsAreFrenchWithTheirUnit() {
    #expect(ChartNumberFormat.label(12_345, decimals: 0) == "12\u{202F}345")
    #expect(ChartNumberFormat.label(1.25, decimals: 1, unit: "%") == "1,3\u{202F}%")
    #expect(ChartNumberFormat.label(830, decimals: 0, unit: "MWh") == "830\u{00A0}MWh")
    #expect(ChartNumberFormat.label(-1_500, decimals: 0) == "\u{2212}1\u{202F}500")
    #expect(ChartNumberFormat.label(5, decimals: 0, unit: "") == "5")
  }
}

@Suite struct ChartDataTests {
  @Test func sortsByValueLabelOrFile() throws {
    let communes = try ChartFixtures.capsoCommunes()
    let byValue = communes.sorted(by: .value)
    #expect(byValue.categories.prefix(4) == ["Saint-Omer", "Longuenesse", "Aire-sur-la-Lys", "Arques"])
    let values = byValue.values.map { $0[0]! }
    #expect(values == values.sorted(by: >))
    let byLabel = communes.sorted(by: .label)
    // Accents and case do not count: É sorts with E, between "Ecques" and "Esquerdes".
    let e = byLabel.categories.filter { $0.hasPrefix("E") || $0.hasPrefix("É") }
    #expect(e == e.sorted { $0.folding(options: [.diacriticInsensitive], locale: nil) < $1.folding(options: [.diacriticInsensitive], locale: nil) })
    #expect(e.contains("Éperlecques") && e.first == "Ecques")
    #expect(communes.sorted(by: .file) == communes)
    // Each row keeps its values.
    let arques = try #require(byLabel.categories.firstIndex(of: "Arques"))
    #expect(byLabel.values[arques] == communes.values[communes.categories.firstIndex(of: "Arques")!])
  }

  @Test func labelsWithNumbersSortNumerically() {
    let data = ChartData(categories: ["Secteur 10", "Secteur 2", "secteur 1"], values: [1, 2, 3], seriesName: "v")
    #expect(data.sorted(by: .label).categories == ["secteur 1", "Secteur 2", "Secteur 10"])
  }

  @Test func missingValuesSortLast() {
    let data = ChartData(categories: ["a", "b", "c"], values: [nil, -5, 3], seriesName: "v")
    #expect(data.sorted(by: .value).categories == ["c", "b", "a"])
  }

  @Test func topKeepsTheLargestAndSumsTheRest() throws {
    let communes = try ChartFixtures.capsoCommunes()
    let top = communes.sorted(by: .value).top(15)
    #expect(top.categories.count == 16)
    #expect(top.categories.last == "Autres")
    #expect(top.remainderLabel == "Autres")
    let total = communes.values.compactMap { $0[0] }.reduce(0, +)
    // The CAPSO's population municipale 2025, as SOURCES.md gives it.
    #expect(total == 104_320)
    #expect(top.values.compactMap { $0[0] }.reduce(0, +) == total)
    // Sorting again keeps "Autres" last, although it is the largest.
    #expect(top.sorted(by: .value).categories.last == "Autres")
    #expect(top.sorted(by: .label).categories.last == "Autres")
    // Without a remainder, the other communes are left out.
    let only = communes.sorted(by: .value).top(15, remainderLabel: nil)
    #expect(only.categories == Array(top.categories.prefix(15)))
    #expect(only.remainderLabel == nil)
    // Top keeps the current order: here the file's, by commune code.
    #expect(communes.top(3, remainderLabel: nil).categories == ["Aire-sur-la-Lys", "Longuenesse", "Saint-Omer"])
    #expect(communes.top(100) == communes)
  }

  @Test func topSumsEachSeriesAndKeepsUnknownRests() throws {
    let ore = try ChartFixtures.oreByEPCI()
    let top = ore.top(3)
    for series in ore.series.indices {
      let all = ore.values.compactMap { $0[series] }.reduce(0, +)
      let kept = top.values.compactMap { $0[series] }.reduce(0, +)
      #expect(abs(all - kept) < 1e-6 * all)
    }
    let sparse = ChartData(categories: ["a", "b", "c"], series: ["x", "y"], values: [[5, nil], [3, nil], [1, nil]])
    #expect(sparse.top(1).values.last == [4, nil])
  }

  @Test func percentagesAddUpTo100() throws {
    let shares = try ChartFixtures.oreByEPCI().percentages()
    for row in shares.values {
      #expect(abs(row.compactMap { $0 }.reduce(0, +) - 100) < 1e-9)
    }
    let empty = try ChartData(categories: ["a"], series: ["x", "y"], values: [[0, nil]]).percentages()
    #expect(empty.values == [[nil, nil]])
  }

  @Test func negativeSharesAreRefusedWithTheirPlace() {
    let data = ChartData(categories: ["Arques", "Blendecques"], series: ["2019", "2025"], values: [[10, 5], [4, -1.5]])
    #expect(throws: ChartDataError.negativeShare(category: "Blendecques", series: "2025", value: -1.5)) {
      try data.percentages()
    }
    let message = ChartDataError.negativeShare(category: "Blendecques", series: "2025", value: -1.5).description
    #expect(message.contains("\"Blendecques\"") && message.contains("\u{2212}1,5") && message.contains("stacked"))
  }

  @Test func missingYearsBecomeGapsNeverZeros() throws {
    let years = try ChartFixtures.capsoPopulationByYear()
    #expect(years.years == [2019, 2020, 2021, 2022, 2023, 2024, 2025])
    #expect(years.completingYears() == years)
    // Without 2021 and 2023, the years come back with no value.
    let kept = years.categories.indices.filter { !["2021", "2023"].contains(years.categories[$0]) }
    let holed = ChartData(categories: kept.map { years.categories[$0] }.reversed(), series: years.series,
      values: kept.map { years.values[$0] }.reversed())
    let completed = holed.completingYears()
    #expect(completed.categories == ["2019", "2020", "2021", "2022", "2023", "2024", "2025"])
    #expect(completed.values[2] == [nil])
    #expect(completed.values[4] == [nil])
    #expect(completed.values[0] == years.values[0])
    // Not years: unchanged.
    let communes = try ChartFixtures.capsoCommunes()
    #expect(communes.years == nil)
    #expect(communes.completingYears() == communes)
  }
}

@Suite struct ChartContentTests {
  @Test func unknownHighlightSuggestsTheClosestLabel() throws {
    let communes = try ChartFixtures.capsoCommunes()
    #expect(throws: ChartDataError.unknownHighlight(label: "Saint Omer", suggestion: "Saint-Omer", categoryCount: 53)) {
      try ChartContent(data: communes, kind: .bars(.horizontal, .grouped), texts: ChartFixtures.texts, highlight: "Saint Omer")
    }
    let content = try ChartContent(data: communes, kind: .bars(.horizontal, .grouped), texts: ChartFixtures.texts, highlight: "Saint-Omer")
    #expect(content.highlight.map { communes.categories[$0] } == "Saint-Omer")
    let message = ChartDataError.unknownHighlight(label: "Saint Omer", suggestion: "Saint-Omer", categoryCount: 53).description
    #expect(message == "--highlight \"Saint Omer\": none of the 53 categories has this label. Did you mean \"Saint-Omer\"? Labels must match exactly.")
  }

  @Test func percentBarsAndCategoryColoursAreChecked() throws {
    let data = ChartData(categories: ["a", "b"], series: ["x", "y"], values: [[1, 2], [3, -4]])
    #expect(throws: ChartDataError.self) {
      try ChartContent(data: data, kind: .bars(.vertical, .percent), texts: ChartFixtures.texts)
    }
    _ = try ChartContent(data: data, kind: .bars(.vertical, .stacked), texts: ChartFixtures.texts)
    #expect(throws: ChartDataError.categoryColorsWithSeveralSeries(seriesCount: 2)) {
      try ChartContent(data: data, kind: .bars(.vertical, .grouped), texts: ChartFixtures.texts, categoryColors: [.black, .white])
    }
    #expect(throws: ChartDataError.noValues(categoryCount: 2)) {
      try ChartContent(data: ChartData(categories: ["a", "b"], values: [nil, nil], seriesName: "v"), kind: .line, texts: ChartFixtures.texts)
    }
    #expect(throws: ChartDataError.noValues(categoryCount: 0)) {
      try ChartContent(data: ChartData(categories: [], values: [], seriesName: "v"), kind: .line, texts: ChartFixtures.texts)
    }
    #expect(ChartDataError.categoryColorsWithSeveralSeries(seriesCount: 2).exitStatus == .usage)
    #expect(ChartDataError.negativeShare(category: "a", series: "b", value: -1).exitStatus == .dataError)
  }
}
