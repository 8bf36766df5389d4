import AudomapCore
import Testing

@Suite struct FeatureCodeFieldTests {
  @Test func findsCodeInOurBasemaps() throws {
    let features = try BasemapFeatures.load(SharedDataFiles.basemap("capso-communes-2018.geojson"))
    #expect(features.count == 53)
    #expect(FeatureCodeField.detect(in: features) == "code")
  }

  @Test func findsComCodeInAnOpenDataSoftExport() throws {
    // Every property is a one-element array there, and bv2022_code or
    // com_uu2020_code hold 5-digit values too.
    let features = try BasemapFeatures.load(
      SharedDataFiles.basemap("ods/georef-france-commune-31-haute-garonne-2025.geojson"))
    #expect(FeatureCodeField.detect(in: features) == "com_code")
  }

  private func features(_ properties: [[(String, JSONValue)]]) -> [Feature] {
    properties.map { Feature(geometry: nil, properties: JSONObject($0)) }
  }

  @Test func readsOneElementArraysAndNumbers() {
    let ods = features([
      [("dep_code", .array([.string("62")])), ("com_code", .array([.string("62040")]))],
      [("dep_code", .array([.string("62")])), ("com_code", .array([.string("62765")]))],
    ])
    #expect(FeatureCodeField.detect(in: ods) == "com_code")
    let numeric = features([[("nom", .string("Arques")), ("codgeo", .number(62040))]])
    #expect(FeatureCodeField.detect(in: numeric) == "codgeo")
  }

  @Test(arguments: ["code", "com_code", "insee", "INSEE_COM", "codgeo"])
  func aCodeNameWinsOverAnotherPropertyOfCodes(name: String) {
    let found = features([
      [("code_postal", .string("62500")), (name, .string("62765"))],
      [("code_postal", .string("62219")), (name, .string("62040"))],
    ])
    #expect(FeatureCodeField.detect(in: found) == name)
  }

  @Test func noCodesNoProperty() {
    #expect(FeatureCodeField.detect(in: features([[("nom", .string("Arques")), ("pop", .number(9852))]])) == nil)
    #expect(FeatureCodeField.detect(in: []) == nil)
  }
}
