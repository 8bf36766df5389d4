import AudomapCore
import AudomapTestSupport
import Foundation
import Testing

private func read(_ text: String, source: String = "t.json") throws -> FeatureCollection {
  try BoundaryReader.parse(Array(text.utf8), source: source)
}

private func fixture(_ name: String, _ ext: String) throws -> String {
  try #require(Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Fixtures/OpenDataSoft")).path
}

private func vertexCount(_ geometry: Geometry?) -> Int {
  (geometry?.polygons ?? []).reduce(0) { $0 + $1.rings.reduce(0) { $0 + $1.positions.count } }
}

@Suite struct BoundaryReaderTests {
  // MARK: - Format detection

  @Test func recognisesTheFormatFromTheContent() throws {
    let polygon = #"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}"#
    #expect(try read(polygon, source: "x.json").format == .geoJSON)
    #expect(try read("\u{FEFF} \n" + #"{"type":"Feature","geometry":null,"properties":{}}"#).format == .geoJSON)
    #expect(try read(#"{"arcs":[],"type":"Topology","objects":{"a":{"type":null}}}"#).format == .topoJSON)
    #expect(
      try read("\u{FEFF}\n [{\"fields\":{\"geo_shape\":\(polygon)}}]", source: "x.geojson").format
        == .openDataSoftRecords)
    #expect(try read("[]").features.isEmpty)
  }

  @Test func otherContentKeepsTheGeoJSONReadersMessages() {
    #expect(throws: GeoJSONError.notGeoJSON(.init(file: "t.json", line: 1, column: 1), content: .htmlPage)) {
      try read("<html></html>")
    }
    #expect(throws: GeoJSONError.emptyFile(.init(file: "t.json", line: 1, column: 3))) { try read("  ") }
    #expect(throws: GeoJSONError.truncated(.init(file: "t.json", line: 1, column: 13))) { try read(#"[{"fields":{"#) }
  }

  // MARK: - OpenDataSoft

  @Test func readsTheRecordsExcerpt() throws {
    let collection = try BoundaryReader.read(path: try fixture("nantes-records-2022-excerpt", "json"))
    #expect(collection.format == .openDataSoftRecords)
    #expect(collection.features.count == 2)
    let first = collection.features[0]
    #expect(first.id == .string("f4348f5466d19569782749aa79e48a4b2458d94d"))
    #expect(first.properties["com_code"] == .string("44203"))
    #expect(first.properties["com_name"] == .string("Le Temple-de-Bretagne"))
    #expect(first.properties["geo_shape"] == nil)
    #expect(first.properties["recordid"] == nil)
    #expect(first.properties.count == 30)
    #expect(first.geometry?.typeName == "Polygon")
    #expect(collection.features.map { vertexCount($0.geometry) } == [92, 99])
    #expect(FeatureCodeField.detect(in: collection.features) == "com_code")
  }

  @Test func recordsGiveTheFeaturesOfTheOlderGeoJSONExport() throws {
    let records = try BoundaryReader.read(path: try fixture("nantes-records-2022-excerpt", "json"))
    let geoJSON = try BoundaryReader.read(path: try fixture("nantes-2022-older-flavour-excerpt", "geojson"))
    #expect(geoJSON.format == .geoJSON)
    #expect(records.features.map { Feature(geometry: $0.geometry, properties: $0.properties) } == geoJSON.features)
    // The older flavour: scalar strings, geo_point_2d as [lat, lon].
    #expect(geoJSON.features[1].properties["com_code"] == .string("44101"))
    guard case .array(let point)? = geoJSON.features[1].properties["geo_point_2d"] else {
      Issue.record("geo_point_2d is not an array")
      return
    }
    #expect(point.count == 2)
    #expect(FeatureCodeField.detect(in: geoJSON.features) == "com_code")
    #expect(FeatureCodeField.values(in: geoJSON.features, field: "com_code") == ["44203", "44101"])
  }

  @Test func readsThe2025FlavourExcerpt() throws {
    let collection = try BoundaryReader.read(path: try fixture("haute-garonne-2025-excerpt", "geojson"))
    #expect(collection.format == .geoJSON)
    #expect(collection.features[0].properties["com_code"] == .array([.string("31061")]))
    guard case .object(let point)? = collection.features[0].properties["geo_point_2d"] else {
      Issue.record("geo_point_2d is not an object")
      return
    }
    #expect(point.keys == ["lon", "lat"])
    #expect(FeatureCodeField.detect(in: collection.features) == "com_code")
    #expect(FeatureCodeField.values(in: collection.features, field: "com_code") == ["31061", "31306"])
    #expect(collection.features.map { vertexCount($0.geometry) } == [180, 34])
  }

  @Test func readsFlatRecordsWhoseShapeIsAFeature() throws {
    let collection = try read(
      #"""
      [{"geo_point_2d":{"lon":0.5,"lat":0.5},"com_code":["62001"],
        "geo_shape":{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[0,0,9],[1,0],[1,1],[0,0]]]},
                     "properties":{}}},
       {"com_code":["62002"],"geo_shape":null}]
      """#)
    #expect(collection.features.map(\.properties.keys) == [["geo_point_2d", "com_code"], ["com_code"]])
    #expect(collection.features[0].geometry?.typeName == "Polygon")
    #expect(collection.features[1].geometry == nil)
    #expect(collection.featuresWithExtraDimensions == [0])
  }

  @Test func aRecordWithoutShapeKeepsItsPoint() throws {
    let collection = try read(
      #"[{"recordid":"r1","fields":{"nom":"x"},"geometry":{"type":"Point","coordinates":[2,50]}}]"#)
    #expect(
      collection.features
        == [
          Feature(
            id: .string("r1"), geometry: .point(Position(x: 2, y: 50)), properties: JSONObject([("nom", .string("x"))]))
        ])
  }

  @Test func badRecordsGiveLocatedErrors() {
    #expect(throws: OpenDataSoftRecordsError.notARecord(file: "t.json", record: 1, found: "the number 2")) {
      try read(#"[{"fields":{}},2]"#)
    }
    #expect(throws: OpenDataSoftRecordsError.notARecord(file: "t.json", record: 0, found: "an object")) {
      try read(#"[{"type":"Feature"}]"#)
    }
    let badShape = OpenDataSoftRecordsError.invalidGeometry(
      file: "t.json", record: 0, path: "fields.geo_shape.coordinates[0][1]", expected: "a position [x, y]",
      found: "the string \"1\"")
    #expect(throws: badShape) {
      try read(#"[{"fields":{"geo_shape":{"type":"Polygon","coordinates":[[[0,0],"1"]]}}}]"#)
    }
    #expect(badShape.exitStatus == .dataError)
    let flat = OpenDataSoftRecordsError.invalidGeometry(
      file: "t.json", record: 0, path: "geo_shape.type", expected: "a geometry type", found: "\"Polygone\"")
    #expect(throws: flat) { try read(#"[{"geo_shape":{"type":"Polygone","coordinates":[]}}]"#) }
    #expect(
      badShape.description
        == #"t.json: expected a position [x, y] at fields.geo_shape.coordinates[0][1], found the string "1" in record 0 "#
        + "(the shape is damaged: export the dataset again, preferably as GeoJSON)")
  }

  @Test func zValuesAreRecordedPerFeatureInGeoJSON() throws {
    let collection = try read(
      #"""
      {"type":"FeatureCollection","features":[
        {"type":"Feature","geometry":{"type":"Point","coordinates":[1,2]},"properties":{}},
        {"type":"Feature","geometry":{"type":"LineString","coordinates":[[1,2,3],[4,5,6]]},"properties":{}},
        {"type":"Feature","geometry":null,"properties":{}},
        {"type":"Feature","properties":{},"geometry":{"coordinates":[1,2,3,4],"type":"Point"}}]}
      """#)
    #expect(collection.featuresWithExtraDimensions == [1, 3])
    #expect(collection.droppedDimensions == 3)
    #expect(try read(#"{"type":"Point","coordinates":[1,2,3]}"#).featuresWithExtraDimensions == [0])
  }

  // MARK: - Real files

  static let ods = sharedData.appendingPathComponent("basemaps/ods")

  @Test func readsTheHauteGaronne2025Export() throws {
    let collection = try BoundaryReader.read(
      path: Self.ods.appendingPathComponent("georef-france-commune-31-haute-garonne-2025.geojson").path)
    #expect(collection.format == .geoJSON)
    #expect(collection.features.count == 586)
    #expect(collection.features.allSatisfy { $0.geometry?.typeName == "Polygon" })
    #expect(collection.features.reduce(0) { $0 + vertexCount($1.geometry) } == 84_564)
    #expect(FeatureCodeField.detect(in: collection.features) == "com_code")
    let codes = FeatureCodeField.values(in: collection.features, field: "com_code")
    #expect(codes.allSatisfy { $0?.hasPrefix("31") == true })
    #expect(Set(codes).count == 586)
  }

  @Test func readsTheNantesRecordsExport() throws {
    let collection = try BoundaryReader.read(
      path: Self.ods.appendingPathComponent("georef-france-commune-nantes-records-2022.json").path)
    #expect(collection.format == .openDataSoftRecords)
    #expect(collection.features.count == 102)
    #expect(collection.features.allSatisfy { $0.geometry?.typeName == "Polygon" })
    #expect(collection.features.reduce(0) { $0 + vertexCount($1.geometry) } == 34_042)
    #expect(FeatureCodeField.detect(in: collection.features) == "com_code")
    let codes = FeatureCodeField.values(in: collection.features, field: "com_code")
    #expect(codes.contains("38273") && codes.contains("85076") && !codes.contains(nil))
  }

  @Test func readsEveryGeoJSONBasemapAsBefore() throws {
    for name in ["capso-communes-2018.geojson", "departement-62-pas-de-calais.geojson"] {
      let path = sharedData.appendingPathComponent("basemaps/\(name)").path
      #expect(try BoundaryReader.read(path: path) == GeoJSONReader.read(path: path))
    }
  }
}
