import AudomapCore
import Testing

@Suite struct CodeUpdatePlanTests {
  private func codes(_ texts: [String]) -> [CommuneCode?] { texts.map(CommuneCode.init(_:)) }

  @Test func pasDeCalaisFeaturesMergedSince2018GoToTheirCurrentCommune() throws {
    let features = try BasemapFeatures.load(SharedDataFiles.basemap("communes-62-pas-de-calais.geojson"))
    let featureCodes = features.map { $0.properties["code"]?.text.flatMap(CommuneCode.init(_:)) }
    let raw = try RawCSV(path: SharedDataFiles.dataset("population-communes-62-insee.csv"), separator: ";")
    let tableCodes = Set(raw.column("COM").compactMap(CommuneCode.init(_:)))
    let plan = CodeUpdatePlan(codes: featureCodes, tableCodes: tableCodes, history: try CommuneHistory.bundled())

    func index(_ code: String) throws -> Int { try #require(featureCodes.firstIndex { $0?.rawValue == code }) }
    #expect(plan.merges.map(\.code.rawValue) == ["62154", "62447"])
    #expect(try plan.merges[0].features == [index("62154"), index("62210")])
    #expect(try plan.merges[1].features == [index("62447"), index("62461"), index("62549"), index("62743")])
    #expect(plan.merges[1].name == "Hesdin-la-Forêt")
    #expect(plan.formerCount == 4)
    #expect(
      plan.summary
        == "Codes updated: 4 former communes merged into 2 current ones (62210 → 62154; 62461, 62549, 62743 → 62447).")
    #expect(plan.details == ["Merged into 62154 Bonnières: 62210.", "Merged into 62447 Hesdin-la-Forêt: 62461, 62549, 62743."])
  }

  @Test func featuresTheTableHasAreKeptEvenIfMergedSince() throws {
    // A 2018 table on the 2018 basemap: nothing to do.
    let plan = CodeUpdatePlan(
      codes: codes(["62154", "62210"]), tableCodes: Set(codes(["62154", "62210"]).compactMap { $0 }),
      history: try CommuneHistory.bundled())
    #expect(plan.merges.isEmpty)
    #expect(plan.summary == "Codes updated: no former commune in the basemap.")
  }

  @Test func aCurrentCommuneWithoutAFeatureOfItsOwnIsMadeFromItsFormerOnes() throws {
    let plan = CodeUpdatePlan(
      codes: codes(["62461", "62549"]), tableCodes: [], history: try CommuneHistory.bundled())
    #expect(plan.merges.count == 1)
    #expect(plan.merges[0].code.rawValue == "62447")
    #expect(plan.merges[0].features == [0, 1])
    #expect(plan.merges[0].formerCodes.map(\.rawValue) == ["62461", "62549"])
  }
}
