import AudomapBatch
import AudomapCore
import AudomapTestSupport
import Foundation
import Testing

@Suite struct ManifestTests {
  static let environment = BatchEnvironment(
    defaultBrandPath: packageRoot.appendingPathComponent("Palettes/capso.yml").path,
    rampsDirectory: packageRoot.appendingPathComponent("Palettes/ramps").path,
    membersListPath: packageRoot.appendingPathComponent("Datasets/reference/epci-communes-2025.csv").path)

  /// A one-map manifest with `visual` lines appended to its single visual.
  func manifest(visual extra: String = "", top: String = "") -> String {
    """
    version: 1
    \(top)basemaps:
      capso:
        file: Basemaps/capso-communes-2018.geojson
    datasets:
      population:
        file: Datasets/capso-population-dgcl-2019-2025.csv
    visuals:
      - name: carte
        kind: map
        basemap: capso
        dataset: population
        value: population_municipale
    \(extra)
    """
  }

  func manifestError(_ yaml: String) -> ManifestError? {
    do {
      let manifest = try ManifestReader.parse(yaml, path: "audomap.yml")
      _ = try BatchPlan.make(manifest, outputFolder: nil, environment: Self.environment)
      return nil
    } catch {
      return error
    }
  }

  @Test func theDefaultManifestPlansEveryShowcaseVisual() throws {
    let path = packageRoot.appendingPathComponent("audomap.yml").path
    let plan = try BatchPlan.make(try ManifestReader.read(path: path), outputFolder: "/tmp/out", environment: Self.environment)
    #expect(plan.visuals.map(\.name) == [
      "capso-population-2025", "capso-evolution-2019-2025", "capso-population-cercles", "capso-population-par-annee",
      "capso-communes-top15", "mayenne-electricite-secteurs",
    ])
    let evolution = plan.visuals[1]
    #expect(evolution.renders.map(\.preset.name) == ["instagram", "portrait", "x"])
    #expect(evolution.renders[1].request.outputPaths == [
      "/tmp/out/capso-evolution-2019-2025-portrait.png", "/tmp/out/capso-evolution-2019-2025-portrait.svg",
    ])
    guard case .map(let map) = evolution.renders[1].request else { Issue.record("not a map"); return }
    #expect(map.join.derivedValue == .change(from: "2019", to: "2025", periodColumn: nil, kind: .percent))
    #expect(map.design.divergingCenter == 0 && map.design.unit == "%")
    #expect(map.size == PageSize(width: 1080, height: 1350))
    // The credits come from the brand kit's footer.
    #expect(map.texts.credits == FrenchDate.filling("Réalisation : CAPSO avec audomap, {date}", on: Date()))
    // Paths are relative to the manifest's folder.
    #expect(map.basemapPath == packageRoot.appendingPathComponent("Basemaps/capso-communes-2018.geojson").path)

    guard case .map(let circles) = plan.visuals[2].renders[0].request else { Issue.record("not a map"); return }
    #expect(circles.design.kind == .symbols && circles.design.labels == .top(5))
    #expect(circles.filters == [RowFilter(column: "annee", value: "2025")])

    guard case .chart(let energy) = plan.visuals[5].renders[0].request else { Issue.record("not a chart"); return }
    // The dataset's filter and aggregation apply to its visuals.
    #expect(energy.filters == [RowFilter(column: "Filière", value: "Electricité")])
    #expect(energy.aggregation == .sum && energy.kind == .bars(.horizontal, .stacked) && energy.columns.values.count == 4)
  }

  @Test func withoutPresetsAVisualTakesTheBrandKitsPreset() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("audomap-manifest-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let kit = try String(contentsOf: packageRoot.appendingPathComponent("Palettes/capso.yml"), encoding: .utf8)
      .replacingOccurrences(of: "\npreset: instagram", with: "\npreset: portrait")
    try kit.write(to: folder.appendingPathComponent("kit.yml"), atomically: true, encoding: .utf8)
    let yaml = manifest(top: "brand: kit.yml\n")
      .replacingOccurrences(of: "file: Basemaps", with: "file: \(packageRoot.path)/Basemaps")
    let plan = try BatchPlan.make(
      try ManifestReader.parse(yaml, path: folder.appendingPathComponent("audomap.yml").path), outputFolder: nil,
      environment: Self.environment)
    #expect(plan.visuals[0].renders.map(\.preset.name) == ["portrait"])
    #expect(plan.outputFolder == folder.appendingPathComponent("Output").path)
  }

  @Test func anUnknownKeyOfAVisualNamesItsLineAndTheClosestKey() throws {
    let error = try #require(manifestError(manifest(visual: "    subtitel: Population")))
    #expect(error.line == 14)
    #expect(error.description == "audomap.yml:14: visual carte: unknown key 'subtitel'. Did you mean 'subtitle'?")
    let underscore = try #require(manifestError(manifest(visual: "    title: T\n    legend_title: Habitants")))
    #expect(underscore.line == 15 && underscore.message.hasSuffix("Did you mean 'legend-title'?"))
  }

  @Test func aChartOptionOnAMapIsUnknownThere() throws {
    let error = try #require(manifestError(manifest(visual: "    horizontal: true")))
    #expect(error.line == 14 && error.message.hasPrefix("unknown key 'horizontal'"))
  }

  @Test func anUnknownTopLevelKeySuggestsTheValidOne() throws {
    let error = try #require(manifestError(manifest(top: "basemap: x\n")))
    #expect(error.line == 2 && error.description.contains("Did you mean 'basemaps'?"))
  }

  @Test func anUndefinedDatasetSuggestsADefinedOne() throws {
    let yaml = manifest().replacingOccurrences(of: "dataset: population", with: "dataset: populaton")
    let error = try #require(manifestError(yaml))
    #expect(error.line == 12)
    #expect(error.description.contains("dataset 'populaton' is not defined. Did you mean 'population'?"))
  }

  @Test func aBadValueNamesTheLineOfItsKey() throws {
    let classes = try #require(manifestError(manifest(visual: "    title: T\n    classes: 12")))
    #expect(classes.line == 15 && classes.message == "classes: '12' is not a whole number from 2 to 9.")
    let kind = try #require(manifestError(manifest(visual: "    map-kind: cercles")))
    #expect(kind.line == 14 && kind.message.hasPrefix("map-kind: 'cercles' is not one of choropleth, symbols, typology."))
    let preset = try #require(manifestError(manifest(visual: "    presets: [instagram, tiktok]")))
    #expect(preset.line == 14 && preset.message.hasPrefix("presets: unknown preset 'tiktok'"))
  }

  @Test(arguments: ["../carte", "cartes/population", "..", ".cachee"])
  func aNameThatWouldLeaveTheOutputFolderIsRefused(name: String) throws {
    let error = try #require(manifestError(manifest().replacingOccurrences(of: "name: carte", with: "name: \"\(name)\"")))
    #expect(error.line == 9 && error.message.hasPrefix("the name '\(name)' cannot be a file name"))
  }

  @Test(arguments: ["/tmp/sorties", "../sorties", "Output/../../x"])
  func anOutputFolderOutsideTheManifestsFolderIsRefused(output: String) throws {
    let error = try #require(manifestError(manifest(top: "output: \(output)\n")))
    #expect(error.message.contains("leaves the manifest's folder"))
  }

  @Test func aMissingVersionAndInvalidYAMLAreErrors() throws {
    #expect(manifestError("visuals: []")?.message.contains("version: 1") == true)
    #expect(manifestError("version: 1\nvisuals: [a, b")?.message.hasPrefix("not valid YAML") == true)
  }
}
