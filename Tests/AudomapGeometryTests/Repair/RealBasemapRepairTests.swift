import AudomapCore
import AudomapGeometry
import AudomapTestSupport
import Foundation
import Testing

/// The real boundary files in `../shared/data/basemaps/` (read-only), beside the package.
private let basemaps = sharedData.appendingPathComponent("basemaps")

/// The plain GeoJSON files; the OpenDataSoft ones need BoundaryReader (the records export is not GeoJSON).
private let files = [
  "capso-communes-2018.geojson", "communes-14-calvados.geojson", "communes-62-pas-de-calais.geojson",
  "communes-hauts-de-france.geojson", "departement-62-pas-de-calais.geojson", "communes-france-2018.geojson",
]

private func repaired(_ name: String) throws -> RepairResult {
  let path = basemaps.appendingPathComponent(name).path
  return try BoundaryRepair.repair(GeoJSONReader.read(path: path), source: name, options: RepairOptions())
}

@Suite struct RealBasemapRepairTests {
  @Test(arguments: files)
  func comesOutValidCounterClockwiseWithItsCodes(_ name: String) throws {
    let result = try repaired(name)
    let report = result.report
    #expect(try ValidityCheck.invalidFeatures(result.collection.features).isEmpty)
    for feature in result.collection.features {
      for polygon in feature.geometry?.polygons ?? [] {
        for (index, ring) in polygon.rings.enumerated() {
          #expect((signedArea(ring.positions) > 0) == (index == 0), "\(name): ring \(index) wound the wrong way")
        }
      }
    }
    #expect(report.outputFeatureCount == report.featureCount)
    #expect(report.crsFound == "WGS84 lon/lat (no crs member)")
    // Every real file is wound clockwise (d3 order): each feature is turned, and listed.
    #expect(report.entries.filter { $0.defect == .winding }.count == report.featureCount)
    #expect(abs(report.outputArea - report.inputArea) / report.inputArea < 1e-6)
    if name.hasPrefix("departement") {
      // A département, not communes: "62" is no commune code.
      #expect(report.codeField == nil)
    } else {
      #expect(report.codeField == "code" && report.codeFieldWasDetected)
      #expect(report.entries.allSatisfy { [.winding, .selfIntersection].contains($0.defect) })
    }
  }

  @Test func calvados14174IsRepairedWithItsAreaKept() throws {
    let result = try repaired("communes-14-calvados.geojson")
    let entries = result.report.entries.filter { $0.defect != .winding }
    #expect(entries.count == 1)
    let entry = try #require(entries.first)
    #expect(entry.defect == .selfIntersection && entry.code == "14174")
    #expect(entry.location == Position(x: -0.56932, y: 48.89639))
    let before = try #require(result.collection.features.first { $0.properties["code"]?.text == "14174" })
    let input = try GeoJSONReader.read(path: basemaps.appendingPathComponent("communes-14-calvados.geojson").path)
    let original = try #require(input.features.first { $0.properties["code"]?.text == "14174" })
    let areaIn = sphericalArea(original.geometry?.polygons ?? [])
    let areaOut = sphericalArea(before.geometry?.polygons ?? [])
    #expect(abs(areaOut - areaIn) / areaIn < 0.001)
    #expect((entry.area ?? 1) / areaIn < 0.001)  // the area change the report gives
  }

  @Test func theNordEnclaveInPasDeCalaisIsAnEnclaveNotAGap() throws {
    let report = try repaired("communes-62-pas-de-calais.geojson").report
    #expect(!report.entries.contains { $0.defect == .gap || $0.defect == .overlap })
    #expect(report.enclaves.count == 1)
    let enclave = try #require(report.enclaves.first)
    #expect(abs(enclave.area - 22_300_000) < 200_000)
    #expect(abs(enclave.location.x - 3.04) < 0.05 && abs(enclave.location.y - 50.14) < 0.05)
  }

  @Test func theNationalFileHasLliviaAndTheEtangDeBerreAsEnclaves() throws {
    let report = try repaired("communes-france-2018.geojson").report
    #expect(report.featureCount == 35_357 && report.inputVertexCount == 2_199_045)
    #expect(report.enclaves.map { ($0.area / 1e6).rounded() }.sorted() == [13, 155])
  }

  @Test func theIsereCommuneInTheNantesExportIsAStrayAndTheVendeeOnesAreNot() throws {
    let name = "ods/georef-france-commune-nantes-records-2022.json"
    let input = try BoundaryReader.read(path: basemaps.appendingPathComponent(name).path)
    let report = try BoundaryRepair.repair(input, source: name, options: RepairOptions()).report
    let strays = report.entries.filter { $0.defect == .strayFeature }
    #expect(strays.map(\.code) == ["38273"])
    // Nantes-en-Ratier is some 600 km south-east of the Nantes area.
    let location = try #require(strays.first?.location)
    #expect(location.x > 5.5 && location.y < 45.5)
    #expect(report.outputFeatureCount == 102)
  }

  @Test func odsOneElementArraysAreUnwrappedOnceForTheFile() throws {
    let name = "ods/georef-france-commune-31-haute-garonne-2025.geojson"
    let input = try BoundaryReader.read(path: basemaps.appendingPathComponent(name).path)
    let wrapped = input.features.first?.properties["com_code"]
    guard case .array(let items) = wrapped else { Issue.record("com_code is not wrapped in the input"); return }
    let result = try BoundaryRepair.repair(input, source: name, options: RepairOptions())
    let entries = result.report.entries.filter { $0.defect == .wrappedProperties }
    #expect(entries.count == 1 && entries.first?.featureIndex == nil)
    #expect(entries.first?.detail.contains("com_code") == true)
    #expect(entries.first?.detail.contains("586 feature(s)") == true)
    #expect(result.collection.features.first?.properties["com_code"] == items.first)
    let stillWrapped = result.collection.features.flatMap(\.properties.values).filter {
      if case .array(let values) = $0 { return values.count == 1 } else { return false }
    }
    #expect(stillWrapped.isEmpty)
    #expect(result.report.codeField == "com_code")
  }
}

private func signedArea(_ positions: [Position]) -> Double {
  zip(positions, positions.dropFirst()).reduce(0) { $0 + $1.0.x * $1.1.y - $1.1.x * $1.0.y }
}

/// Exterior minus holes on a sphere of radius 6,371,007 m with geodetic latitudes: an
/// independent rougher measure (~0.7 % off), enough to see that make-valid kept the area.
private func sphericalArea(_ polygons: [Polygon]) -> Double {
  func ring(_ p: [Position]) -> Double {
    let n = p.count - 1
    guard n >= 3 else { return 0 }
    var sum = 0.0
    for i in 0..<n {
      let previous = p[(i + n - 1) % n]
      let next = p[(i + 1) % n]
      sum += (next.x - previous.x) * .pi / 180 * sin(p[i].y * .pi / 180)
    }
    return abs(sum) * 6_371_007.181 * 6_371_007.181 / 2
  }
  return polygons.reduce(0) { total, polygon in
    total + polygon.rings.enumerated().reduce(0) { $0 + ($1.offset == 0 ? 1 : -1) * ring($1.element.positions) }
  }
}
