import AudomapCore
import AudomapTestSupport
import Foundation
import Testing

private func text(_ collection: FeatureCollection, _ options: GeoJSONWriteOptions = GeoJSONWriteOptions()) -> String {
  String(decoding: GeoJSONWriter.write(collection, options: options), as: UTF8.self)
}

private func square(_ x: Double, _ y: Double, size: Double = 1) -> Polygon {
  Polygon(rings: [
    Ring([
      Position(x: x, y: y), Position(x: x + size, y: y), Position(x: x + size, y: y + size), Position(x: x, y: y),
    ])
  ])
}

/// `geometry` with every coordinate rounded to `precision` decimals, as the writer should give it back.
private func rounded(_ geometry: Geometry?, _ precision: Int) -> Geometry? {
  let scale = pow(10, Double(precision))
  func r(_ p: Position) -> Position { Position(x: (p.x * scale).rounded() / scale, y: (p.y * scale).rounded() / scale) }
  func polygon(_ p: Polygon) -> Polygon { Polygon(rings: p.rings.map { Ring($0.positions.map(r)) }) }
  switch geometry {
  case .polygon(let p)?: return .polygon(polygon(p))
  case .multiPolygon(let ps)?: return .multiPolygon(ps.map(polygon))
  default: return geometry
  }
}

@Suite struct GeoJSONWriterTests {
  static let codes = FeatureCollection(features: [
    Feature(
      id: .number(7), geometry: .polygon(square(2.25, 50.5)),
      properties: JSONObject([("code", .string("62001")), ("nom", .string("Acquin")), ("pop", .number(712))])),
    Feature(geometry: nil, properties: JSONObject([("nom", .string("Nulle")), ("code", .string("62002"))])),
  ])

  @Test func writesAnRFC7946FeatureCollection() {
    #expect(
      text(Self.codes) == """
        {"type":"FeatureCollection","features":[
        {"type":"Feature","id":7,"properties":{"code":"62001","nom":"Acquin","pop":712},\
        "geometry":{"type":"Polygon","coordinates":[[[2.25,50.5],[3.25,50.5],[3.25,51.5],[2.25,50.5]]]}},
        {"type":"Feature","properties":{"nom":"Nulle","code":"62002"},"geometry":null}
        ]}

        """)
    #expect(text(FeatureCollection(features: [])) == "{\"type\":\"FeatureCollection\",\"features\":[]}\n")
  }

  @Test func dropsTheLegacyCRSMember() {
    var collection = Self.codes
    collection.crs = .object(JSONObject([("type", .string("name"))]))
    #expect(!text(collection).contains("crs"))
  }

  @Test func writesEveryGeometryType() throws {
    let p = Position(x: 1, y: 2)
    let geometries: [Geometry] = [
      .point(p), .multiPoint([p, p]), .lineString([p, p]), .multiLineString([[p, p]]), .multiPolygon([square(0, 0)]),
      .geometryCollection([.point(p), .polygon(square(0, 0))]),
    ]
    let collection = FeatureCollection(features: geometries.map { Feature(geometry: $0) })
    let bytes = GeoJSONWriter.write(collection, options: GeoJSONWriteOptions())
    #expect(try GeoJSONReader.parse(bytes, source: "out.geojson").features == collection.features)
    #expect(
      text(FeatureCollection(features: [Feature(geometry: .point(p))])).contains(
        #"{"type":"Point","coordinates":[1,2]}"#))
  }

  // MARK: - Numbers

  @Test func roundsCoordinatesAndTrimsZeros() {
    func coordinates(_ x: Double, _ y: Double, precision: Int) -> String {
      let written = text(
        FeatureCollection(features: [Feature(geometry: .point(Position(x: x, y: y)))]),
        GeoJSONWriteOptions(precision: precision))
      let start = written.range(of: #""coordinates":"#)?.upperBound ?? written.startIndex
      return String(written[start...].prefix { $0 != "}" })
    }
    #expect(coordinates(1.05140094329584, 43.67889793996536, precision: 6) == "[1.051401,43.678898]")
    #expect(coordinates(2.5, -0.000_000_4, precision: 6) == "[2.5,0]")
    #expect(coordinates(-0.0, -3.25, precision: 6) == "[0,-3.25]")
    #expect(coordinates(0.005, -0.0051, precision: 3) == "[0.005,-0.005]")
    #expect(coordinates(1.05140094329584, -43.5, precision: 0) == "[1,-44]")
    #expect(coordinates(-0.4, 0.4, precision: 0) == "[0,0]")
    #expect(coordinates(700_000.123_456_7, 7_000_000, precision: 2) == "[700000.12,7000000]")
    #expect(coordinates(1e300, 0.1, precision: 6) == "[1e+300,0.1]")
    #expect(coordinates(0.1, 0.2, precision: -3) == "[0,0]")
  }

  @Test func writesIntegralPropertyNumbersAsIntegers() {
    let collection = FeatureCollection(features: [
      Feature(
        geometry: nil,
        properties: JSONObject([
          ("a", .number(42)), ("b", .number(-0.0)), ("c", .number(2.5)), ("d", .number(1e20)), ("e", .number(1e-7)),
          ("f", .number(.nan)), ("g", .array([.bool(true), .null, .object(JSONObject([("h", .number(3))]))])),
        ]))
    ])
    #expect(
      text(collection).contains(
        #""properties":{"a":42,"b":0,"c":2.5,"d":1e+20,"e":1e-07,"f":null,"g":[true,null,{"h":3}]}"#))
  }

  // MARK: - Strings

  @Test func escapesStringsAsJSONRequires() throws {
    let tricky = "q\" b\\ s/ \n\r\t\u{8}\u{C}\u{1}\u{1F} Béthune — 😀 \u{7F}"
    let collection = FeatureCollection(features: [
      Feature(id: .string("i\"d"), geometry: nil, properties: JSONObject([("k\ney", .string(tricky))]))
    ])
    let written = text(collection)
    #expect(
      written.contains(#""k\ney":"q\" b\\ s/ \n\r\t\b\f\u0001\u001f Béthune — 😀 "# + "\u{7F}\""))
    #expect(try GeoJSONReader.parse(Array(written.utf8), source: "out.geojson").features == collection.features)
    let foundation = try JSONSerialization.jsonObject(with: Data(written.utf8)) as? [String: Any]
    let features = try #require(foundation?["features"] as? [[String: Any]])
    #expect((features[0]["properties"] as? [String: Any])?["k\ney"] as? String == tricky)
  }

  // MARK: - Properties

  @Test func keepsTheRequestedPropertiesInTheRequestedOrder() {
    let written = text(Self.codes, GeoJSONWriteOptions(keep: ["pop", "code", "absent"]))
    #expect(written.contains(#""properties":{"pop":712,"code":"62001"},"#))
    #expect(written.contains(#""properties":{"code":"62002"},"#))
    #expect(text(Self.codes, GeoJSONWriteOptions(keep: [])).contains(#""properties":{},"#))
  }

  @Test func khartisModeWritesPolygonsWithOnlyAnID() throws {
    let collection = FeatureCollection(features: [
      Feature(
        id: .string("x"), geometry: .multiPolygon([square(0, 0), square(2, 0)]),
        properties: JSONObject([("nom", .string("A")), ("com_code", .array([.string("01001")]))])),
      Feature(geometry: .point(Position(x: 1, y: 1)), properties: JSONObject([("com_code", .string("01002"))])),
      Feature(geometry: nil, properties: JSONObject([("com_code", .string("01003"))])),
      Feature(
        geometry: .geometryCollection([.lineString([]), .polygon(square(5, 5))]),
        properties: JSONObject([("com_code", .string("2A004"))])),
    ])
    let written = text(collection, GeoJSONWriteOptions(khartis: true))
    #expect(written.hasPrefix(#"{"type":"FeatureCollection","name":"poly","features":["#))
    let read = try GeoJSONReader.parse(Array(written.utf8), source: "khartis.geojson")
    #expect(
      read.features.map(\.properties) == [
        JSONObject([("ID", .string("01001"))]), JSONObject([("ID", .string("2A004"))]),
      ])
    #expect(read.features.map(\.id) == [nil, nil])
    #expect(read.features.map { $0.geometry?.typeName } == ["MultiPolygon", "Polygon"])

    let named = text(Self.codes, GeoJSONWriteOptions(keep: ["nom"], khartis: true, codeField: "nom"))
    #expect(named.contains(#""properties":{"ID":"Acquin"},"#))
    let fallback = text(
      FeatureCollection(features: [Feature(id: .number(62001), geometry: .polygon(square(0, 0)))]),
      GeoJSONWriteOptions(khartis: true))
    #expect(fallback.contains(#""properties":{"ID":"62001"},"#))
  }

  // MARK: - Round trips and determinism

  static let hauteGaronne = sharedData.appendingPathComponent(
    "basemaps/ods/georef-france-commune-31-haute-garonne-2025.geojson")

  @Test(arguments: [6, 0])
  func aRealFileReadsBackRoundedToThePrecision(precision: Int) throws {
    let original = try BoundaryReader.read(path: Self.hauteGaronne.path)
    let bytes = GeoJSONWriter.write(original, options: GeoJSONWriteOptions(precision: precision))
    let back = try BoundaryReader.parse(bytes, source: "out.geojson")
    #expect(back.features.count == original.features.count)
    #expect(back.features.map(\.properties) == original.features.map(\.properties))
    #expect(back.features.map(\.geometry) == original.features.map { rounded($0.geometry, precision) })
    // Writing what was read gives the same bytes again.
    #expect(GeoJSONWriter.write(back, options: GeoJSONWriteOptions(precision: precision)) == bytes)
  }

  @Test func writesTheSameBytesEveryTime() throws {
    let records = try BoundaryReader.read(
      path: sharedData.appendingPathComponent("basemaps/ods/georef-france-commune-nantes-records-2022.json").path)
    let options = GeoJSONWriteOptions(precision: 5, keep: ["com_code", "com_name"])
    let first = GeoJSONWriter.write(records, options: options)
    #expect(GeoJSONWriter.write(records, options: options) == first)
    #expect(try JSONSerialization.jsonObject(with: Data(first)) is [String: Any])
    #expect(String(decoding: first, as: UTF8.self).contains(#""id":"cdc80bf0e61ddb12ada79c1d995cd3bfbc77498c","#))
  }
}
