import AudomapBatch
import AudomapCore
import AudomapTestSupport
import Foundation
import Testing

/// A manifest of one CAPSO map and one chart, rendered into a temporary folder.
struct SmallBatch {
  let folder: URL
  var output: String { folder.appendingPathComponent("Output").path }

  init(mapValue: String = "population_municipale", chartTitle: String = "Population par année") throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("audomap-batch-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    // The table is copied beside the manifest, so that a test can change it.
    try FileManager.default.copyItem(
      at: packageRoot.appendingPathComponent("Datasets/capso-population-dgcl-2019-2025.csv"),
      to: folder.appendingPathComponent("population.csv"))
    try write(mapValue: mapValue, chartTitle: chartTitle)
  }

  func write(mapValue: String = "population_municipale", chartTitle: String = "Population par année") throws {
    let yaml = """
      version: 1
      brand: \(packageRoot.appendingPathComponent("Palettes/capso.yml").path)
      basemaps:
        capso:
          file: \(packageRoot.appendingPathComponent("Basemaps/capso-communes-2018.geojson").path)
      datasets:
        population:
          file: population.csv
      visuals:
        - name: carte
          kind: map
          basemap: capso
          dataset: population
          filter: annee=2025
          value: \(mapValue)
          title: Population 2025
          presets: [instagram, x]
          formats: [png, svg]
        - name: graphique
          kind: chart
          dataset: population
          category: annee
          value: population_municipale
          aggregate: sum
          title: \(chartTitle)
          formats: [png]
      """
    try yaml.write(to: folder.appendingPathComponent("audomap.yml"), atomically: true, encoding: .utf8)
  }

  func plan() throws -> BatchPlan {
    try BatchPlan.make(
      try ManifestReader.read(path: folder.appendingPathComponent("audomap.yml").path), outputFolder: nil,
      environment: ManifestTests.environment)
  }

  func run(force: Bool = false, only: [String] = []) throws -> BatchReport {
    let plan = try plan()
    return try BatchRunner.run(plan, selected: try BatchRunner.select(plan, patterns: only), jobs: 2, force: force) { _ in }
  }

  func status(_ report: BatchReport) -> [String: BatchReport.Status] {
    Dictionary(uniqueKeysWithValues: report.visuals.map { ($0.name, $0.status) })
  }
}

@Suite struct BatchRunnerTests {
  @Test func rendersEveryPresetAndFormatWithReportAndGallery() throws {
    let batch = try SmallBatch()
    let report = try batch.run()
    #expect(batch.status(report) == ["carte": .rendered, "graphique": .rendered])
    let names = try FileManager.default.contentsOfDirectory(atPath: batch.output).sorted()
    #expect(names == [
      ".audomap-state.json", "carte-instagram.png", "carte-instagram.svg", "carte-instagram.txt", "carte-x.png", "carte-x.svg",
      "carte-x.txt", "graphique-instagram.png", "graphique-instagram.txt", "index.html", "report.json",
    ])

    // report.json as a reader of the file sees it.
    let json = try JSONSerialization.jsonObject(
      with: Data(contentsOf: URL(fileURLWithPath: batch.output).appendingPathComponent("report.json"))) as? [String: Any]
    let visuals = try #require(json?["visuals"] as? [[String: Any]])
    #expect(visuals.map { $0["name"] as? String } == ["carte", "graphique"])
    let carte = visuals[0]
    #expect((carte["files"] as? [String])?.count == 6)
    #expect((carte["warnings"] as? [String])?.first == "Join on insee (detected): 53/53 communes matched, 53/53 rows used.")
    #expect((carte["seconds"] as? Double).map { $0 > 0 } == true)
    let inputs = try #require(json?["inputs"] as? [[String: String]])
    #expect(inputs.count == 3 && inputs.allSatisfy { $0["hash"]?.count == 16 })

    // The gallery shows each visual with its alt text and links to each file.
    let html = try String(contentsOfFile: batch.output + "/index.html", encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">"))
    for visual in ["carte", "graphique"] {
      let altText = try String(contentsOfFile: batch.output + "/\(visual)-instagram.txt", encoding: .utf8)
        .trimmingCharacters(in: .whitespacesAndNewlines)
      #expect(!altText.isEmpty)
      let escaped = altText.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
      #expect(html.contains("<img src=\"\(visual)-instagram.png\" alt=\"\(escaped)\""))
    }
    #expect(html.contains("<a href=\"carte-x.svg\">SVG</a>") && html.contains("x 1600×900"))
  }

  @Test func aSecondRunSkipsUnchangedVisualsAndForceRendersThemAll() throws {
    let batch = try SmallBatch()
    _ = try batch.run()
    #expect(batch.status(try batch.run()) == ["carte": .unchanged, "graphique": .unchanged])
    #expect(batch.status(try batch.run(force: true)) == ["carte": .rendered, "graphique": .rendered])

    // A changed option renders that visual only.
    try batch.write(chartTitle: "Population du Pays de Saint-Omer")
    #expect(batch.status(try batch.run()) == ["carte": .unchanged, "graphique": .rendered])

    // A changed table renders every visual that reads it.
    let table = batch.folder.appendingPathComponent("population.csv")
    try (try String(contentsOf: table, encoding: .utf8) + "\n").write(to: table, atomically: true, encoding: .utf8)
    #expect(batch.status(try batch.run()) == ["carte": .rendered, "graphique": .rendered])

    // A deleted output renders its visual again.
    try FileManager.default.removeItem(atPath: batch.output + "/carte-x.svg")
    #expect(batch.status(try batch.run()) == ["carte": .rendered, "graphique": .unchanged])
  }

  @Test func aFailingVisualDoesNotStopTheOther() throws {
    let batch = try SmallBatch(mapValue: "habitants")
    let report = try batch.run()
    #expect(batch.status(report) == ["carte": .failed, "graphique": .rendered])
    #expect(report.failed == 1)
    let errors = report.visuals[0].errors
    #expect(errors.count == 2 && errors[0].hasPrefix("instagram: ") && errors[0].contains("habitants"))
    #expect(FileManager.default.fileExists(atPath: batch.output + "/graphique-instagram.png"))
    #expect(!FileManager.default.fileExists(atPath: batch.output + "/carte-instagram.png"))
    // A failed visual is tried again on the next run.
    #expect(batch.status(try batch.run()) == ["carte": .failed, "graphique": .unchanged])
  }

  @Test func selectionTakesGlobsAndNamesTheClosestVisual() throws {
    let plan = try SmallBatch().plan()
    #expect(try BatchRunner.select(plan, patterns: ["gra*"]).map(\.name) == ["graphique"])
    #expect(try BatchRunner.select(plan, patterns: [], dataset: "population").map(\.name) == ["carte", "graphique"])
    #expect(throws: BatchSelectionError.noVisual(pattern: "cart", known: ["carte", "graphique"])) {
      try BatchRunner.select(plan, patterns: ["cart"])
    }
    let error = BatchSelectionError.noVisual(pattern: "cart", known: ["carte", "graphique"])
    #expect(error.description.contains("Did you mean 'carte'?"))
    #expect(throws: BatchSelectionError.self) { try BatchRunner.select(plan, patterns: [], dataset: "energie") }
  }

  @Test func onlyRendersTheSelectedAndListsTheOthersFromAnEarlierRun() throws {
    let batch = try SmallBatch()
    #expect(batch.status(try batch.run(only: ["carte"])) == ["carte": .rendered])
    #expect(batch.status(try batch.run(only: ["graphique"])) == ["carte": .notSelected, "graphique": .rendered])
  }
}
