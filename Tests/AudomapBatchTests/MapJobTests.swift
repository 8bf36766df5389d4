import AudomapBatch
import AudomapCore
import AudomapTestSupport
import Foundation
import Testing

@Suite struct MapJobTests {
  static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

  func capsoRequest(outputs: [String]) -> MapRequest {
    MapRequest(
      basemapPath: packageRoot.appendingPathComponent("Basemaps/capso-communes-2018.geojson").path,
      dataPath: packageRoot.appendingPathComponent("Datasets/capso-population-dgcl-2019-2025.csv").path,
      valueColumn: "population_municipale", filters: [RowFilter(column: "annee", value: "2025")],
      texts: MapTexts(
        title: "Population des communes du Pays de Saint-Omer", subtitle: "Population municipale au 1er janvier 2025",
        legendTitle: "Habitants", source: "Source : DGCL, populations légales 2025"),
      design: MapDesign(labels: .top(5)),
      brandPath: packageRoot.appendingPathComponent("Palettes/capso.yml").path, outputPaths: outputs)
  }

  func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("audomap-batch-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// The CAPSO population map as SVG, byte for byte: any change to reading,
  /// joining, classes, projection, layout or rendering shows up here.
  @Test func capsoPopulationMapSVG() throws {
    let svg = try temporaryFolder().appendingPathComponent("capso.svg")
    let report = try MapJob.run(capsoRequest(outputs: [svg.path]))
    #expect(report.join.matchedFeatures == 53)
    try assertSnapshot([UInt8](try Data(contentsOf: svg)), named: "capsoPopulationMapSVG", extension: "svg", in: Self.snapshots)
  }

  @Test func capsoReportCountsEveryCommuneAndClass() throws {
    let png = try temporaryFolder().appendingPathComponent("capso.png")
    let report = try MapJob.run(capsoRequest(outputs: [png.path]))
    #expect(report.featureCount == 53)
    #expect(report.join.matchedFeatures == 53 && report.join.rowsUsed == 53)
    #expect(report.outsideProjection == 0 && report.withoutPolygon == 0 && report.basemapFixes.isEmpty)
    #expect(report.projection == "Lambert-93 (EPSG:2154)")
    #expect(report.classification?.counts.reduce(0, +) == 53)
    // Quantile bounds at sorted values 10, 21, 31 and 42 of 53 (cross-checked in Python).
    #expect(report.classification?.breaks.bounds == [228, 555, 824, 1166, 1985, 14358])
    #expect(report.classification?.counts == [10, 11, 10, 11, 11])
    #expect(report.written == [png.path, png.deletingPathExtension().appendingPathExtension("txt").path])
  }

  @Test func aNationalFileLeavesOverseasCommunesOutAndRepairsInvalidShapes() throws {
    let basemap = sharedData.appendingPathComponent("basemaps/communes-france-2018.geojson")
    try #require(FileManager.default.fileExists(atPath: basemap.path), "needs ../shared/data beside the checkout")
    let png = try temporaryFolder().appendingPathComponent("france.png")
    var request = capsoRequest(outputs: [png.path])
    request.basemapPath = basemap.path
    request.dataPath = sharedData.appendingPathComponent("datasets/population-communes-france.csv").path
    request.filters = []
    request.keyColumn = "COM"
    request.valueColumn = "PMUN"
    request.size = PageSize(width: 800, height: 800)
    let report = try MapJob.run(request)
    #expect(report.featureCount == 35_357)
    // 2018 geography: Guadeloupe, Martinique, Guyane, La Réunion and Mayotte.
    #expect(report.outsideProjection == 129)
    #expect(report.basemapFixes.map(\.code) == ["14174"])
    #expect(report.basemapFixes.map(\.defect) == [.selfIntersection])
    // Every commune but the 17 of Mayotte (not in the table) and Paris, Lyon and Marseille (split
    // into arrondissements there); the 493 communes merged since 2018 through the history (SOURCES.md).
    #expect(report.join.matchedFeatures == 35_357 - 17 - 3)
    #expect(report.join.featuresThroughHistory.count == 493)
  }
}

/// `--within` and `--per-km2`: the CAPSO cut from the Hauts-de-France basemap, coloured by density.
@Suite struct MapWithinTests {
  @Test func theCAPSOCutFromItsRegionIsColouredByDensity() throws {
    let basemap = sharedData.appendingPathComponent("basemaps/communes-hauts-de-france.geojson").path
    let request = MapRequest(
      basemapPath: basemap, dataPath: sharedData.appendingPathComponent("datasets/population-communes-france.csv").path,
      keyColumn: "COM", valueColumn: "PMUN", texts: MapTexts(title: "Densité"),
      design: MapDesign(unit: "hab./km²", perSquareKilometre: true),
      within: Within(epci: "200069037", listPath: packageRoot.appendingPathComponent("Datasets/reference/epci-communes-2025.csv").path),
      brandPath: packageRoot.appendingPathComponent("Palettes/capso.yml").path, outputPaths: [])
    let map = try MapJob.layout(request)
    #expect(map.report.featureCount == 53 && map.report.join.matchedFeatures == 53)
    // The densest is Longuenesse (some 10 600 inhabitants on 8.4 km², INSEE: about 1 250 per km²),
    // the sparsest Clairmarais (about 640 on 19.6 km², some 33 per km²).
    let classes = try #require(map.report.classification)
    #expect(classes.breaks.bounds.last! > 1_150 && classes.breaks.bounds.last! < 1_350)
    #expect(classes.breaks.bounds.first! > 28 && classes.breaks.bounds.first! < 38)
    #expect(map.report.altText.contains("hab./km²"))

    var unknown = request
    unknown.within = Within(epci: "Métropole de Lyon", listPath: request.within!.listPath)
    #expect(throws: MapRequestError.self) { try MapJob.layout(unknown) }
  }
}

/// `--kind typology`: Pas-de-Calais communes coloured by the nature of their EPCI.
@Suite struct MapTypologyTests {
  @Test func communesTakeTheColourOfTheirCategory() throws {
    let list = packageRoot.appendingPathComponent("Datasets/reference/epci-communes-2025.csv").path
    let request = MapRequest(
      basemapPath: sharedData.appendingPathComponent("basemaps/communes-62-pas-de-calais.geojson").path, dataPath: list,
      keyColumn: "insee", valueColumn: "epci_nature", texts: MapTexts(title: "Nature des EPCI"),
      design: MapDesign(kind: .typology), brandPath: packageRoot.appendingPathComponent("Palettes/capso.yml").path,
      outputPaths: [])
    let map = try MapJob.layout(request)
    // Counted from the member list itself: the 62 communes by nature, most frequent first.
    let table = try CSVReader.read(path: list)
    let (dep, nature) = (table.columns.firstIndex(of: "dep")!, table.columns.firstIndex(of: "epci_nature")!)
    var counts: [String: Int] = [:]
    for row in table.rows where row[dep] == "62" { counts[row[nature], default: 0] += 1 }
    #expect(map.report.categories == counts.keys.sorted { counts[$0]! > counts[$1]! })
    #expect(map.report.categories == ["CC", "CA", "CU"])
    let fills = map.scene.items.compactMap { item -> [Color?]? in
      guard case .group("communes", let shapes) = item else { return nil }
      return shapes.map { if case .shape(let shape) = $0 { shape.fill } else { nil } }
    }.first ?? []
    #expect(Set(fills.compactMap { $0 }).count == 3 && fills.count == 891)
    #expect(map.report.altText.contains("3 catégories"))
  }
}

/// `--inset`: the CAPSO shown inside the Pas-de-Calais, in an empty corner of the map.
@Suite struct MapInsetTests {
  @Test func theLocatorSitsInAnEmptyCornerAwayFromTheLegendAndLabels() throws {
    let request = MapRequest(
      basemapPath: packageRoot.appendingPathComponent("Basemaps/capso-communes-2018.geojson").path,
      dataPath: packageRoot.appendingPathComponent("Datasets/capso-population-dgcl-2019-2025.csv").path,
      valueColumn: "population_municipale", filters: [RowFilter(column: "annee", value: "2025")],
      texts: MapTexts(title: "Population", legendTitle: "Habitants"),
      design: MapDesign(
        labels: .top(5), insetPath: sharedData.appendingPathComponent("basemaps/departement-62-pas-de-calais.geojson").path),
      brandPath: packageRoot.appendingPathComponent("Palettes/capso.yml").path, outputPaths: [])
    let map = try MapJob.layout(request)
    #expect(!map.report.insetLeftOut && map.layout.insetPlaced)
    let inset = map.scene.items.compactMap { item -> [SceneItem]? in
      if case .group("inset", let items) = item { return items }
      return nil
    }.first ?? []
    let paths = inset.compactMap { item -> PathGeometry? in
      if case .shape(let shape) = item, case .path(let path) = shape.shape { return path }
      return nil
    }
    #expect(paths.count == 2)
    // The territory lies inside the département's box on the inset.
    func box(_ path: PathGeometry) -> Rect {
      let xs = path.points.map(\.x), ys = path.points.map(\.y)
      return Rect(x: xs.min()!, y: ys.min()!, width: xs.max()! - xs.min()!, height: ys.max()! - ys.min()!)
    }
    let (area, territory) = (box(paths[0]), box(paths[1]))
    #expect(area.contains(territory) && territory.width < area.width / 2)
    if let legend = map.layout.legendRect { #expect(!legend.intersects(area)) }
    for label in map.layout.placedLabels { #expect(!label.box.intersects(area)) }
  }
}
