import AudomapBatch
import AudomapCore
import AudomapTestSupport
import Foundation
import Testing

/// The join options of a map job, on real files: code update, derived values,
/// unmatched rows, `--strict` and `--expect-members`.
@Suite struct MapJobJoinTests {
  static let pasDeCalais = sharedData.appendingPathComponent("basemaps/communes-62-pas-de-calais.geojson").path
  static let population62 = sharedData.appendingPathComponent("datasets/population-communes-62-insee.csv").path

  func request(basemap: String, data: String, value: String, join: JoinSettings, outputs: [String]) -> MapRequest {
    MapRequest(
      basemapPath: basemap, dataPath: data, valueColumn: value, join: join,
      texts: MapTexts(title: value, subtitle: nil, legendTitle: nil, source: "Source : test"),
      size: PageSize(width: 400, height: 400),
      brandPath: packageRoot.appendingPathComponent("Palettes/capso.yml").path, outputPaths: outputs)
  }

  func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("audomap-join-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// The data rows of a CSV file, counted on its bytes.
  func rowCount(_ path: String) throws -> Int {
    try String(contentsOfFile: path, encoding: .utf8).split(whereSeparator: \.isNewline).count - 1
  }

  @Test func updatedCodesMapA2025TableOnThe2018BasemapWithoutGaps() throws {
    let png = try temporaryFolder().appendingPathComponent("62.png")
    let report = try MapJob.run(
      request(
        basemap: Self.pasDeCalais, data: Self.population62, value: "PMUN", join: JoinSettings(updateCodes: true),
        outputs: [png.path]))
    let rows = try rowCount(Self.population62)
    #expect(report.featureCount == rows)  // one commune per row: 891 features less the 4 merged
    #expect(report.codeUpdate?.formerCount == 4)
    #expect(report.join.isComplete)
    #expect(report.join.matchedFeatures == rows)
    #expect(report.classification?.counts.reduce(0, +) == rows)
    #expect(report.summaryLines[1].hasPrefix("Codes updated: 4 former communes merged into 2 current ones"))
    #expect(report.joinDetailLines.suffix(2) == [
      "Merged into 62154 Bonnières: 62210.", "Merged into 62447 Hesdin-la-Forêt: 62461, 62549, 62743.",
    ])
  }

  @Test func strictFailsWithoutWritingTheMapButListsTheUnusedRows() throws {
    let folder = try temporaryFolder()
    let png = folder.appendingPathComponent("capso.png")
    let unmatched = folder.appendingPathComponent("unmatched.csv")
    let capso = packageRoot.appendingPathComponent("Basemaps/capso-communes-2018.geojson").path
    let error = #expect(throws: JoinError.self) {
      try MapJob.run(
        request(
          basemap: capso, data: Self.population62, value: "PMUN",
          join: JoinSettings(unmatchedPath: unmatched.path, strict: true), outputs: [png.path]))
    }
    #expect(error?.description.hasPrefix("--strict: the join left rows or communes unmatched. Join on COM") == true)
    #expect(!FileManager.default.fileExists(atPath: png.path))
    // Every row but the 53 CAPSO communes, with the header and the reason.
    let written = try CSVReader.read(path: unmatched.path)
    #expect(written.rows.count == (try rowCount(Self.population62)) - 53)
    #expect(written.columns.last == "unmatched_reason")
    #expect(written.rows.allSatisfy { $0.last?.hasPrefix("no commune 62") == true })
  }

  @Test func missingMembersFailTheRun() throws {
    let png = try temporaryFolder().appendingPathComponent("capso.png")
    let join = JoinSettings(
      memberCheck: .init(
        epci: "200069037", listPath: packageRoot.appendingPathComponent("Datasets/reference/epci-communes-2025.csv").path))
    var capsoRequest = request(
      basemap: packageRoot.appendingPathComponent("Basemaps/capso-communes-2018.geojson").path,
      data: packageRoot.appendingPathComponent("Datasets/capso-population-dgcl-2019-2025.csv").path,
      value: "population_municipale", join: join, outputs: [png.path])
    capsoRequest.filters = [RowFilter(column: "annee", value: "2025")]
    let report = try MapJob.run(capsoRequest)
    #expect(report.members?.summary == "Members of CA du Pays de Saint-Omer (200069037): 53/53 communes have data.")

    try FileManager.default.removeItem(at: png)
    capsoRequest.filters.append(try RowFilter(parsing: "insee!=62014"))
    let error = #expect(throws: MembershipError.self) { try MapJob.run(capsoRequest) }
    #expect(error?.description.contains("52/53 communes have data; missing: 62014 Aire-sur-la-Lys.") == true)
    #expect(!FileManager.default.fileExists(atPath: png.path))
  }

  @Test func oreConsumptionPerInhabitantOnTheNationalBasemap() throws {
    let basemap = sharedData.appendingPathComponent("basemaps/communes-france-2018.geojson").path
    let mayenne = try BoundaryReader.read(path: basemap).features.count {
      $0.properties["code"]?.text?.hasPrefix("53") == true
    }
    let png = try temporaryFolder().appendingPathComponent("ore.png")
    let report = try MapJob.run(
      request(
        basemap: basemap, data: sharedData.appendingPathComponent(
          "datasets/ore-conso-elec-gaz-secteur-commune-53-mayenne-2019.csv").path,
        value: "Consommation totale (MWh)",
        join: JoinSettings(
          aggregation: .sum,
          derivedValue: .rate(
            per: 1, populationPath: sharedData.appendingPathComponent("datasets/population-communes-france.csv").path,
            populationColumn: nil)),
        outputs: [png.path]))
    #expect(report.join.matchedFeatures == mayenne)
    #expect(report.join.rowsUsed == report.join.rowCount)
    #expect(report.classification?.counts.reduce(0, +) == mayenne)
    guard case .rate(let rate)? = report.join.derivation else {
      Issue.record("no rate")
      return
    }
    #expect(rate.column == "PMUN" && rate.per == 1 && rate.withoutPopulation.count == 0)
  }
}
