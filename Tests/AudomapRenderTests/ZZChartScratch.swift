// TEMPORARY visual check for the chart layout (helper "charts"); deleted before hand-over.
import AudomapCore
import AudomapRender
import AudomapTestSupport
import Foundation
import Testing

@Suite struct ZZChartScratch {
  static func table(_ name: String) throws -> Table {
    try CSVReader.read(path: sharedData.appendingPathComponent("datasets/\(name)").path)
  }

  static func capsoByYear() throws -> ChartData {
    let t = try table("capso-population-dgcl-2019-2025.csv")
    let y = try t.columnIndex("annee"), p = try t.columnIndex("population_municipale")
    var sums: [String: Double] = [:]
    var order: [String] = []
    for row in t.rows { if sums[row[y]] == nil { order.append(row[y]) }; sums[row[y], default: 0] += NumberParser.parse(row[p]) ?? 0 }
    return ChartData(categories: order, values: order.map { sums[$0] }, seriesName: "Population municipale")
  }

  static func communes2025() throws -> ChartData {
    let t = try table("capso-population-dgcl-2019-2025.csv")
    let y = try t.columnIndex("annee"), p = try t.columnIndex("population_municipale"), n = try t.columnIndex("nom_commune")
    let rows = t.rows.filter { $0[y] == "2025" }
    return ChartData(categories: rows.map { $0[n] }, values: rows.map { NumberParser.parse($0[p]) }, seriesName: "Population")
  }

  static func ore() throws -> ChartData {
    let t = try table("ore-conso-elec-gaz-secteur-commune-53-mayenne-2019.csv")
    let cols = ["Consommation Agriculture (MWh)", "Consommation Industrie (MWh)", "Consommation Tertiaire  (MWh)", "Consommation Résidentiel  (MWh)"]
    let idx = try cols.map { try t.columnIndex($0) }
    let e = try t.columnIndex("Libellé EPCI")
    var order: [String] = []
    var sums: [String: [Double]] = [:]
    for row in t.rows {
      if sums[row[e]] == nil { order.append(row[e]); sums[row[e]] = [0, 0, 0, 0] }
      for (k, i) in idx.enumerated() { sums[row[e]]![k] += NumberParser.parse(row[i]) ?? 0 }
    }
    return ChartData(categories: order, series: ["Agriculture", "Industrie", "Tertiaire", "Résidentiel"], values: order.map { sums[$0]!.map { $0 } })
  }

  static let palette = try! Palette.load(path: packageRoot.appendingPathComponent("Palettes/capso.yml").path)

  func render(_ content: ChartContent, _ name: String) throws {
    for presetName in ["instagram", "portrait", "story", "x", "facebook", "a4"] {
      let preset = Preset(presetName)!
      let result = ChartLayout.layout(content, size: preset.size, palette: Self.palette, measurer: PangoTextMeasurer())
      let png = try SceneRenderer.render(result.scene, as: .png)
      try Data(png).write(to: URL(fileURLWithPath: "/tmp/charts/\(name)-\(presetName).png"))
      print(name, presetName, result.warnings.map(\.description))
    }
    print(AltText.chart(content))
  }

  @Test func renderAll() throws {
    let source = MapTexts(title: "", source: "Source : DGCL, populations légales", credits: "Réalisation : CAPSO")
    var texts = source
    texts.title = "La population de la CAPSO de 2019 à 2025"
    texts.subtitle = "Population municipale, en habitants"
    try render(ChartContent(data: Self.capsoByYear(), kind: .bars(.vertical, .grouped), texts: texts), "years-bars")
    try render(ChartContent(data: Self.capsoByYear(), kind: .line, texts: texts), "years-line")
    texts.title = "Les 15 communes les plus peuplées de la CAPSO"
    texts.subtitle = "Population municipale 2025"
    try render(ChartContent(data: Self.communes2025().sorted(by: .value).top(15), kind: .bars(.horizontal, .grouped), texts: texts, unit: "hab.", highlight: "Saint-Omer"), "top15")
    try render(ChartContent(data: Self.communes2025().sorted(by: .value), kind: .bars(.horizontal, .grouped), texts: texts, highlight: "Saint-Omer"), "all53")
    texts.title = "Consommation d'électricité par secteur"
    texts.subtitle = "EPCI de la Mayenne, 2019, en MWh"
    texts.source = "Source : Agence ORE"
    try render(ChartContent(data: Self.ore().sorted(by: .value), kind: .bars(.horizontal, .stacked), texts: texts, unit: "MWh"), "ore-stacked")
    try render(ChartContent(data: Self.ore().sorted(by: .value), kind: .bars(.horizontal, .percent), texts: texts, unit: "MWh"), "ore-percent")
    try render(ChartContent(data: Self.ore().sorted(by: .value), kind: .bars(.vertical, .stacked), texts: texts, unit: "MWh"), "ore-vstacked")
    try render(ChartContent(data: Self.ore().sorted(by: .value), kind: .bars(.vertical, .grouped), texts: texts, unit: "MWh"), "ore-grouped")
  }
}
