import AudomapCore
import AudomapGeometry
import AudomapTestSupport
import Foundation
import Testing

/// `--update-codes`: the 2018 Pas-de-Calais basemap brought to the 2025 population table.
@Suite struct CodeUpdateTests {
  static let populationPath = sharedData.appendingPathComponent("datasets/population-communes-62-insee.csv").path

  private func code(of feature: Feature) -> String? { feature.properties["code"]?.text }

  @Test func mergedCommunesBecomeOneFeatureAndTheMapHasNoHole() throws {
    let basemap = try BasemapFiles.pasDeCalais()
    let table = try CSVReader.read(path: Self.populationPath)
    let history = try CommuneHistory.bundled()
    let plan = CodeUpdatePlan(
      codes: basemap.features.map { code(of: $0).flatMap(CommuneCode.init(_:)) },
      tableCodes: try Join.codes(in: table, keyColumn: "COM", foldArrondissements: false), history: history)
    let updated = try CodeUpdate.apply(plan, to: basemap, codeField: "code", history: history)

    // The basemap now has the table's codes, one feature each.
    let com = try table.columnIndex("COM")
    let tableCodes = Set(table.rows.map { $0[com] })
    #expect(updated.features.count == basemap.features.count - plan.formerCount)
    #expect(Set(updated.features.compactMap(code(of:))) == tableCodes)
    #expect(updated.features.count == tableCodes.count)

    // Each merged feature covers exactly its former communes, as one polygon.
    for merge in plan.merges {
      let merged = try #require(updated.features.first { code(of: $0) == merge.code.rawValue })
      let parts = merge.features.flatMap { basemap.features[$0].geometry?.polygons ?? [] }
      let before = try Dissolve.area(of: parts)
      #expect(abs(try Dissolve.area(of: merged.geometry?.polygons ?? []) - before) < 1e-9 * before)
      #expect(merged.geometry?.polygons.count == 1, "\(merge.code)")
    }
    let hesdin = try #require(updated.features.first { code(of: $0) == "62447" })
    #expect(hesdin.properties["nom"] == .string("Hesdin-la-Forêt"))  // "Hesdin" in 2018
    // Features that did not change keep their place and their properties.
    #expect(updated.features.first == basemap.features.first)

    // The outline is unchanged: still one hole, the Nord enclave.
    #expect(BasemapFiles.holeCount(try Dissolve.outline(of: updated)) == 1)
    let areaBefore = try Dissolve.area(of: basemap.features.flatMap { $0.geometry?.polygons ?? [] })
    let areaAfter = try Dissolve.area(of: updated.features.flatMap { $0.geometry?.polygons ?? [] })
    #expect(abs(areaAfter - areaBefore) < 1e-9 * areaBefore)

    // Every commune of the updated basemap has its row, directly.
    let joined = try Join.join(
      features: updated.features, codeField: "code", table: table, keyColumn: "COM", keyWasDetected: false,
      valueColumn: "PMUN", options: JoinOptions(history: history))
    #expect(joined.report.isComplete)
    #expect(joined.report.matchedFeatures == updated.features.count)
    #expect(joined.report.featuresThroughHistory.count == 0)
    #expect(joined.values.allSatisfy { $0 != nil })
  }

  @Test func anOpenDataSoftCodeKeepsItsArrayShape() throws {
    let square = { (x: Double, code: String) in
      Feature(
        geometry: .polygon(Polygon(rings: [Ring([
          Position(x: x, y: 0), Position(x: x + 1, y: 0), Position(x: x + 1, y: 1), Position(x: x, y: 1), Position(x: x, y: 0),
        ])])),
        properties: JSONObject([("com_code", .array([.string(code)])), ("com_name", .array([.string("Marconne")]))]))
    }
    let basemap = FeatureCollection(features: [square(0, "62549"), square(1, "62461")])
    let history = try CommuneHistory.bundled()
    let plan = CodeUpdatePlan(codes: [CommuneCode("62549"), CommuneCode("62461")], tableCodes: [], history: history)
    let updated = try CodeUpdate.apply(plan, to: basemap, codeField: "com_code", history: history)
    #expect(updated.features.count == 1)
    #expect(updated.features[0].properties["com_code"] == .array([.string("62447")]))
    #expect(updated.features[0].properties["com_name"] == .array([.string("Hesdin-la-Forêt")]))
    #expect(abs(try Dissolve.area(of: updated.features[0].geometry?.polygons ?? []) - 2) < 1e-12)
  }
}
