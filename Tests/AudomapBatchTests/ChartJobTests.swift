import AudomapBatch
import AudomapCore
import AudomapRender
import AudomapTestSupport
import Foundation
import Testing

/// The charts of `make demo-charts`, as `audomap chart` builds them from the real tables.
enum DemoChart: String, CaseIterable, CustomTestStringConvertible, Sendable {
  case populationByYear, topCommunes, electricityBySector

  var testDescription: String { rawValue }

  static let capsoPath = sharedData.appendingPathComponent("datasets/capso-population-dgcl-2019-2025.csv").path
  static let orePath = sharedData.appendingPathComponent("datasets/ore-conso-elec-gaz-secteur-commune-53-mayenne-2019.csv").path
  /// As a user types them: single spaces, where the header has two after "Tertiaire" and "Résidentiel".
  static let sectorColumns = ["Agriculture", "Industrie", "Tertiaire", "Résidentiel"].map { "Consommation \($0) (MWh)" }

  func request(outputs: [String] = []) -> ChartRequest {
    let brand = packageRoot.appendingPathComponent("Palettes/capso.yml").path
    switch self {
    case .populationByYear:
      return ChartRequest(
        dataPath: Self.capsoPath, columns: ChartColumns(category: "annee", values: ["population_municipale"]), aggregation: .sum,
        texts: MapTexts(
          title: "Population du Pays de Saint-Omer, 2019-2025", subtitle: "Population municipale des 53 communes de la CAPSO",
          source: "Source : DGCL, populations légales 2019 à 2025"),
        unit: "hab.", brandPath: brand, outputPaths: outputs)
    case .topCommunes:
      return ChartRequest(
        dataPath: Self.capsoPath, filters: [RowFilter(column: "annee", value: "2025")],
        columns: ChartColumns(category: "nom_commune", values: ["population_municipale"]), kind: .bars(.horizontal, .grouped),
        sort: .value, top: 15, highlight: "Saint-Omer",
        texts: MapTexts(
          title: "Les 15 communes les plus peuplées de la CAPSO", subtitle: "Population municipale au 1er janvier 2025",
          source: "Source : DGCL, populations légales 2025"),
        unit: "hab.", brandPath: brand, outputPaths: outputs)
    case .electricityBySector:
      return ChartRequest(
        dataPath: Self.orePath, filters: [RowFilter(column: "Filière", value: "Electricité")],
        columns: ChartColumns(category: "Libellé EPCI", values: [Self.sectorColumns.joined(separator: ",")]), aggregation: .sum,
        kind: .bars(.horizontal, .stacked), sort: .value,
        texts: MapTexts(
          title: "Consommation d'électricité en Mayenne par secteur", subtitle: "Par intercommunalité, en 2019", legendTitle: "Secteur",
          source: "Source : Agence ORE, consommation 2019"),
        brandPath: brand, outputPaths: outputs)
    }
  }
}

/// What a test reads back from a laid-out chart, measured as Pango draws it.
struct MeasuredChart {
  let scene: Scene
  let measurer = PangoTextMeasurer()

  var page: Rect { Rect(x: 0, y: 0, width: scene.width, height: scene.height) }

  func items(_ group: String) -> [SceneItem] {
    for case .group(let name, let items) in scene.items where name == group { return items }
    return []
  }

  /// Every text with its box and group.
  var texts: [(text: SceneText, box: Rect, group: String)] {
    scene.items.flatMap { item -> [(SceneText, Rect, String)] in
      guard case .group(let name, let items) = item else { return [] }
      return items.compactMap { item in
        guard case .text(let text) = item else { return nil }
        let extent = measurer.measure(text.text, font: text.font, wrapWidth: text.wrapWidth)
        return (text, Rect(x: text.origin.x, y: text.origin.y, width: extent.width, height: extent.height), name)
      }
    }
  }

  /// The bar rectangles in drawing order (category by category, series by series), with their fill.
  var bars: [(rect: Rect, fill: Color?)] {
    items("bars").compactMap { item in
      guard case .shape(let shape) = item, case .rectangle(let rect) = shape.shape else { return nil }
      return (rect, shape.fill)
    }
  }

  func strings(_ group: String) -> [String] {
    items(group).compactMap { item in
      guard case .text(let text) = item else { return nil }
      return text.text
    }
  }
}

extension Rect {
  func overlaps(_ other: Rect) -> Bool {
    x < other.maxX - 1e-6 && other.x < maxX - 1e-6 && y < other.maxY - 1e-6 && other.y < maxY - 1e-6
  }

  func encloses(_ other: Rect) -> Bool {
    other.x >= x - 1e-6 && other.y >= y - 1e-6 && other.maxX <= maxX + 1e-6 && other.maxY <= maxY + 1e-6
  }
}

@Suite struct ChartJobTests {
  static let capso = try! Palette.load(path: packageRoot.appendingPathComponent("Palettes/capso.yml").path)

  func laidOut(_ content: ChartContent, _ preset: String = "instagram") -> MeasuredChart {
    MeasuredChart(scene: ChartLayout.layout(content, size: Preset(preset)!.size, palette: Self.capso, measurer: PangoTextMeasurer()).scene)
  }

  /// `(label, value)` rows of a table column, read cell by cell, for sums made independently of the job.
  func rows(_ path: String, label: String, value: String, where keep: ([String], Table) -> Bool = { _, _ in true }) throws -> [(String, Double)] {
    let table = try CSVReader.read(path: path)
    let (l, v) = (try table.columnIndex(label), try table.columnIndex(value))
    return table.rows.filter { keep($0, table) }.map { ($0[l], NumberParser.parse($0[v]) ?? 0) }
  }

  func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("audomap-chart-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func populationByYearSumsTheCommunesOfEachYear() throws {
    let chart = try ChartJob.prepare(DemoChart.populationByYear.request())
    let data = chart.content.data
    #expect(data.categories == (2019...2025).map(String.init))
    // The CAPSO totals stated in Datasets/README.md.
    #expect(data.values.first == [105_351] && data.values.last == [104_320])
    #expect(chart.rowsRead == 371 && chart.rowsUsed == 371)

    // Bar heights are proportional to the totals, all from the same baseline.
    let scene = laidOut(chart.content)
    let bars = scene.bars.map(\.rect)
    #expect(bars.count == 7)
    let scale = bars[0].height / 105_351
    for (bar, value) in zip(bars, data.values.map { $0[0]! }) {
      #expect(abs(bar.height / value - scale) < scale * 1e-9)
      #expect(abs(bar.maxY - bars[0].maxY) < 1e-9)
    }
    #expect(scene.strings("values").first == "105\u{202F}351")
  }

  @Test func severalRowsPerCategoryWithoutAggregateSuggestsIt() throws {
    var request = DemoChart.populationByYear.request()
    request.aggregation = nil
    let error = #expect(throws: ChartRequestError.self) { try ChartJob.prepare(request) }
    guard case .severalRowsPerCategory(_, let categories, _, let hint)? = error else {
      Issue.record("expected several rows per category, got \(String(describing: error))")
      return
    }
    // Each year has one row per commune: "insee" tells them apart.
    #expect(categories == 7 && hint?.contains("\"insee\"") == true)
    #expect(error?.description.contains("--aggregate sum") == true && error?.exitStatus == .dataError)
  }

  /// Each bar in the colour its commune has on the map of the same value: the quantile
  /// classes of all 53 communes (not only the 15 shown), the brand ramp, the classes as legend.
  @Test func barsTakeTheColoursOfTheirMapClasses() throws {
    var request = DemoChart.topCommunes.request()
    request.highlight = nil
    request.colorClasses = 4
    let palette = try Palette.load(path: request.brandPath)
    let chart = try ChartJob.prepare(request, palette: palette)
    let values = chart.content.data.values.map { $0[0] }
    let all = try rows(DemoChart.capsoPath, label: "nom_commune", value: "population_municipale") { row, table in
      row[table.columns.firstIndex(of: "annee")!] == "2025"
    }.map { Optional($0.1) }
    #expect(all.count == 53)
    let classes = try Classification.classify(all, method: .quantile, classCount: 4)
    let ramp = palette.sequentialRamp(classCount: 4)
    let bars = laidOut(chart.content, "portrait").bars
    #expect(bars.map(\.fill) == values.map { classes.classIndex(of: $0).map { ramp[$0] } })
    #expect(chart.content.colorLegend.map(\.label) == ClassLabels.french(bounds: classes.breaks.bounds, unit: "hab."))
  }

  @Test func topCommunesAreThe15LargestWithSaintOmerHighlighted() throws {
    let chart = try ChartJob.prepare(DemoChart.topCommunes.request())
    let data = chart.content.data
    let populations = try rows(DemoChart.capsoPath, label: "nom_commune", value: "population_municipale") { row, table in
      row[table.columns.firstIndex(of: "annee")!] == "2025"
    }
    let expected = populations.sorted { $0.1 > $1.1 }.prefix(15)
    #expect(data.categories == expected.map(\.0))
    #expect(data.values.map { $0[0]! } == expected.map(\.1))
    #expect(data.remainderLabel == nil)
    #expect(chart.rowsUsed == 53)
    let highlight = try #require(chart.content.highlight)
    #expect(data.categories[highlight] == "Saint-Omer")

    // Saint-Omer in the brand green, every other bar in one grey.
    let bars = laidOut(chart.content, "portrait").bars
    #expect(bars.count == 15)
    let green = try #require(Color(hex: "#76B729"))
    #expect(bars[highlight].fill == green)
    let others = Set(bars.indices.filter { $0 != highlight }.compactMap { bars[$0].fill })
    #expect(others.count == 1 && !others.contains(green))
  }

  @Test func electricityIsStackedBySectorPerEPCI() throws {
    let chart = try ChartJob.prepare(DemoChart.electricityBySector.request())
    let data = chart.content.data
    #expect(data.series == ["Agriculture", "Industrie", "Tertiaire", "Résidentiel"])
    #expect(chart.content.unit == "MWh" && chart.unitFromColumns)
    #expect(chart.notes == [.seriesNamesShortened(removed: "Consommation … (MWh)")])

    // Each EPCI's sums, RTE and Enedis rows together, made here cell by cell.
    for (series, column) in DemoChart.sectorColumns.enumerated() {
      let cells = try rows(DemoChart.orePath, label: "Libellé EPCI", value: column)
      for (row, epci) in data.categories.enumerated() {
        let sum = cells.filter { $0.0 == epci }.map(\.1).reduce(0, +)
        #expect(abs(data.values[row][series]! - sum) < 1e-6 * max(sum, 1), "\(epci) \(column)")
      }
    }
    #expect(Set(try rows(DemoChart.orePath, label: "Libellé EPCI", value: "Code EPCI").map(\.0)) == Set(data.categories))
    let totals = data.categories.indices.map { data.total(ofCategory: $0)! }
    #expect(totals == totals.sorted(by: >))

    // Every part's length is proportional to its value, parts end to end from the same start.
    let bars = laidOut(chart.content, "x").bars.map(\.rect)
    let values = data.values.flatMap { $0.compactMap { $0 } }.filter { $0 != 0 }
    let drawn = bars.filter { $0.width > 0 }
    #expect(drawn.count == values.count)
    let scale = drawn[0].width / values[0]
    for (bar, value) in zip(drawn, values) { #expect(abs(bar.width / value - scale) < scale * 1e-6) }
  }

  @Test func aMissingYearIsAGapNotAZero() throws {
    var request = DemoChart.populationByYear.request()
    request.filters = [try RowFilter(parsing: "annee!=2022")]
    request.kind = .line
    let data = try ChartJob.prepare(request).content.data
    let all = try ChartJob.prepare(DemoChart.populationByYear.request()).content.data
    #expect(data.categories == all.categories)
    #expect(data.values[3] == [nil])
    #expect(data.values.indices.filter { $0 != 3 }.allSatisfy { data.values[$0] == all.values[$0] })
  }

  /// With Pango measuring the text as it is drawn: the header, legend, axes,
  /// categories, values and source line stay inside the page and clear of each other.
  @Test(arguments: DemoChart.allCases, ["instagram", "portrait", "x", "story", "facebook"])
  func noTextOverlapsAnotherOrLeavesThePage(chart: DemoChart, preset: String) throws {
    let scene = laidOut(try ChartJob.prepare(chart.request()).content, preset)
    let texts = scene.texts
    #expect(texts.contains { $0.group == "source" })
    for (index, (text, box, _)) in texts.enumerated() {
      #expect(scene.page.encloses(box), "\"\(text.text)\" leaves the \(preset) page: \(box)")
      for (other, otherBox, _) in texts[(index + 1)...] {
        #expect(!box.overlaps(otherBox), "\"\(text.text)\" overlaps \"\(other.text)\" at \(preset)")
      }
    }
    let bars = scene.bars.map(\.rect)
    for (text, box, group) in texts {
      let touched = bars.filter { $0.overlaps(box) }
      if group == "values", touched.count == 1 {
        #expect(touched[0].encloses(box), "\"\(text.text)\" straddles its bar's end at \(preset)")
      } else {
        #expect(touched.isEmpty, "\"\(text.text)\" lies over a bar at \(preset)")
      }
    }
  }

  @Test func everyOutputGetsItsAltTextBesideIt() throws {
    let folder = try temporaryFolder()
    let (png, svg) = (folder.appendingPathComponent("population.png"), folder.appendingPathComponent("population.svg"))
    var request = DemoChart.populationByYear.request(outputs: [png.path, svg.path])
    request.scale = 2
    let report = try ChartJob.run(request)
    let txt = folder.appendingPathComponent("population.txt")
    #expect(report.written == [png.path, svg.path, txt.path])
    #expect(report.categories == 7 && report.series == ["population_municipale"])

    let altText = try String(contentsOf: txt, encoding: .utf8)
    #expect(altText.hasPrefix("Diagramme en barres verticales : Population du Pays de Saint-Omer, 2019-2025"))
    #expect(altText.contains("105\u{202F}351\u{00A0}hab. en 2019"))
    let svgText = try String(contentsOf: svg, encoding: .utf8)
    #expect(svgText.contains("<desc>Diagramme en barres verticales"))
    // Laid out at twice the instagram size.
    let header = [UInt8](try Data(contentsOf: png).prefix(24))
    let width = header[16..<20].reduce(0) { $0 << 8 | Int($1) }
    #expect(width == 2160)
  }

  @Test func nothingIsWrittenWhenTheChartFails() throws {
    let folder = try temporaryFolder()
    var request = DemoChart.topCommunes.request(outputs: [folder.appendingPathComponent("top.png").path])
    request.highlight = "Saint Omer"
    #expect(throws: ChartDataError.unknownHighlight(label: "Saint Omer", suggestion: "Saint-Omer", categoryCount: 15)) {
      try ChartJob.run(request)
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  @Test func percentOfASingleSeriesIsRefused() throws {
    var request = DemoChart.topCommunes.request()
    request.kind = .bars(.horizontal, .percent)
    #expect(throws: ChartRequestError.percentOfOneSeries(series: "population_municipale")) { try ChartJob.prepare(request) }
  }
}
