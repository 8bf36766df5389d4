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

@Suite struct FeatureCodeFieldValuesTests {
  @Test func valuesKeepLeadingZerosAndRefuseRepairs() {
    let values: [JSONValue?] = [
      .string("01001"), .array([.string("2a004")]), .number(62040), .number(1001), .string("1001"), .null, nil,
      .string(" 62765 "), .array([.string("62001"), .string("62002")]),
    ]
    let features = values.map { value in
      Feature(geometry: nil, properties: value.map { JSONObject([("code", $0)]) } ?? JSONObject())
    }
    #expect(
      FeatureCodeField.values(in: features, field: "code")
        == ["01001", "2A004", "62040", nil, nil, nil, nil, "62765", nil])
    #expect(FeatureCodeField.values(in: features, field: "absent") == Array(repeating: nil, count: values.count))
  }

  @Test func findsComCodeInTheNantesRecords() throws {
    let collection = try BoundaryReader.read(
      path: SharedDataFiles.basemap("ods/georef-france-commune-nantes-records-2022.json"))
    #expect(FeatureCodeField.detect(in: collection.features) == "com_code")
  }
}
