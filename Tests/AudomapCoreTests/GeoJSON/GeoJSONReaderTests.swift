import AudomapCore
import Foundation
import AudomapTestSupport
import Testing

/// Parses `text` as a GeoJSON file named `source`.
private func parse(_ text: String, source: String = "t.geojson") throws(GeoJSONError) -> FeatureCollection {
  try GeoJSONReader.parse(Array(text.utf8), source: source)
}

/// The error the reader throws on `bytes`, or nil when it reads them.
private func failure(_ bytes: [UInt8], source: String = "t.geojson") -> GeoJSONError? {
  do {
    _ = try GeoJSONReader.parse(bytes, source: source)
    return nil
  } catch {
    return error
  }
}

private func failure(_ text: String) -> GeoJSONError? {
  failure(Array(text.utf8))
}

private func position(_ x: Double, _ y: Double) -> Position {
  Position(x: x, y: y)
}

private func ring(_ pairs: [(Double, Double)]) -> Ring {
  Ring(pairs.map { Position(x: $0.0, y: $0.1) })
}

/// The number of positions in a geometry, for comparisons with other readers.
private func positionCount(_ geometry: Geometry) -> Int {
  switch geometry {
  case .point: return 1
  case .multiPoint(let points), .lineString(let points): return points.count
  case .multiLineString(let lines): return lines.reduce(0) { $0 + $1.count }
  case .polygon(let polygon): return polygon.rings.reduce(0) { $0 + $1.positions.count }
  case .multiPolygon(let polygons): return polygons.reduce(0) { $0 + positionCount(.polygon($1)) }
  case .geometryCollection(let members): return members.reduce(0) { $0 + positionCount($1) }
  }
}

@Suite struct GeoJSONReaderTests {
  // MARK: - Top-level shapes

  @Test func readsAFeatureCollection() throws {
    let collection = try parse(
      #"""
      {"type":"FeatureCollection","features":[
        {"type":"Feature","geometry":{"type":"Point","coordinates":[2.25,50.75]},"properties":{"code":"62765"}},
        {"type":"Feature","geometry":{"type":"Point","coordinates":[2.5,50.5]},"properties":{"code":"62001"}}
      ]}
      """#)
    #expect(collection.features.count == 2)
    #expect(collection.features[0].geometry == .point(position(2.25, 50.75)))
    #expect(collection.features[1].properties["code"] == .string("62001"))
    #expect(collection.crs == nil)
    #expect(collection.droppedDimensions == 0)
  }

  @Test func readsAnEmptyFeatureCollection() throws {
    #expect(try parse(#"{"type":"FeatureCollection","features":[]}"#).features.isEmpty)
  }

  @Test func readsASingleFeature() throws {
    let collection = try parse(
      #"""
      {"type":"Feature","id":"62765","geometry":{"type":"Point","coordinates":[1,2]},
       "properties":{"nom":"Saint-Omer"}}
      """#)
    #expect(
      collection.features == [
        Feature(
          id: .string("62765"), geometry: .point(position(1, 2)),
          properties: JSONObject([("nom", .string("Saint-Omer"))]))
      ])
  }

  @Test func wrapsABareGeometryAsOneFeatureWithoutProperties() throws {
    let collection = try parse(#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}"#)
    #expect(
      collection.features == [
        Feature(geometry: .polygon(Polygon(rings: [ring([(0, 0), (1, 0), (1, 1), (0, 0)])])))
      ])
    #expect(collection.features[0].properties.count == 0)
  }

  @Test func wrapsABareGeometryCollection() throws {
    let collection = try parse(
      #"{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[1,2]}]}"#)
    #expect(collection.features == [Feature(geometry: .geometryCollection([.point(position(1, 2))]))])
  }

  @Test func keepsTheLegacyCRSMember() throws {
    let collection = try parse(
      #"""
      {"type":"FeatureCollection",
       "crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::2154"}},
       "features":[]}
      """#)
    #expect(
      collection.crs
        == .object(
          JSONObject([
            ("type", .string("name")),
            ("properties", .object(JSONObject([("name", .string("urn:ogc:def:crs:EPSG::2154"))]))),
          ])))
  }

  @Test func skipsAByteOrderMarkAndAnyWhitespace() throws {
    let text = "\u{FEFF}\r\n\t{ \"type\" :\r\n \"Point\" ,\n\t\"coordinates\" : [ 1 , 2 ] }\r\n \n"
    #expect(try parse(text).features == [Feature(geometry: .point(position(1, 2)))])
  }

  // MARK: - Geometry types

  struct GeometryCase: Sendable, CustomTestStringConvertible {
    let json: String
    let expected: Geometry
    var testDescription: String { expected.typeName }
  }

  static let geometryCases: [GeometryCase] = [
    GeometryCase(json: #"{"type":"Point","coordinates":[-1.5,2]}"#, expected: .point(position(-1.5, 2))),
    GeometryCase(
      json: #"{"type":"MultiPoint","coordinates":[[1,2],[3,4]]}"#,
      expected: .multiPoint([position(1, 2), position(3, 4)])),
    GeometryCase(
      json: #"{"type":"LineString","coordinates":[[1,2],[3,4],[5,6]]}"#,
      expected: .lineString([position(1, 2), position(3, 4), position(5, 6)])),
    GeometryCase(
      json: #"{"type":"MultiLineString","coordinates":[[[1,2],[3,4]],[],[[5,6],[7,8]]]}"#,
      expected: .multiLineString([[position(1, 2), position(3, 4)], [], [position(5, 6), position(7, 8)]])),
    // The exterior is clockwise and the hole counter-clockwise, as in the Pas-de-Calais file.
    GeometryCase(
      json: #"""
        {"type":"Polygon","coordinates":[
          [[0,0],[0,10],[10,10],[10,0],[0,0]],
          [[2,2],[4,2],[4,4],[2,4],[2,2]]
        ]}
        """#,
      expected: .polygon(
        Polygon(rings: [
          ring([(0, 0), (0, 10), (10, 10), (10, 0), (0, 0)]),
          ring([(2, 2), (4, 2), (4, 4), (2, 4), (2, 2)]),
        ]))),
    GeometryCase(
      json: #"""
        {"type":"MultiPolygon","coordinates":[
          [[[0,0],[0,1],[1,1],[0,0]]],
          [[[5,5],[5,9],[9,9],[9,5],[5,5]],[[6,6],[7,6],[7,7],[6,6]]]
        ]}
        """#,
      expected: .multiPolygon([
        Polygon(rings: [ring([(0, 0), (0, 1), (1, 1), (0, 0)])]),
        Polygon(rings: [
          ring([(5, 5), (5, 9), (9, 9), (9, 5), (5, 5)]),
          ring([(6, 6), (7, 6), (7, 7), (6, 6)]),
        ]),
      ])),
    GeometryCase(
      json: #"""
        {"type":"GeometryCollection","geometries":[
          {"type":"Point","coordinates":[1,2]},
          {"type":"GeometryCollection","geometries":[{"type":"LineString","coordinates":[[0,0],[1,1]]}]}
        ]}
        """#,
      expected: .geometryCollection([
        .point(position(1, 2)),
        .geometryCollection([.lineString([position(0, 0), position(1, 1)])]),
      ])),
    GeometryCase(json: #"{"type":"Polygon","coordinates":[]}"#, expected: .polygon(Polygon(rings: []))),
  ]

  @Test(arguments: geometryCases)
  func readsEachGeometryType(_ testCase: GeometryCase) throws {
    let feature = #"{"type":"Feature","properties":{},"geometry":\#(testCase.json)}"#
    #expect(try parse(feature).features[0].geometry == testCase.expected)
    #expect(try parse(testCase.json).features[0].geometry == testCase.expected)
  }

  @Test func readsANullOrMissingGeometryAsNil() throws {
    let collection = try parse(
      #"""
      {"type":"FeatureCollection","features":[
        {"type":"Feature","geometry":null,"properties":{"code":"62001"}},
        {"type":"Feature","properties":null}
      ]}
      """#)
    #expect(collection.features.map(\.geometry) == [nil, nil])
    #expect(collection.features[0].properties["code"] == .string("62001"))
    #expect(collection.features[1].properties.count == 0)
  }

  @Test func dropsAndCountsZAndMValues() throws {
    let collection = try parse(#"{"type":"LineString","coordinates":[[1,2,3],[4,5,6,7],[8,9],[1e1, 2 , -3.5 ]]}"#)
    #expect(
      collection.features[0].geometry == .lineString([position(1, 2), position(4, 5), position(8, 9), position(10, 2)]))
    #expect(collection.droppedDimensions == 3)
  }

  // MARK: - Properties and ids

  @Test func keepsPropertiesOfEveryJSONTypeInFileOrder() throws {
    let collection = try parse(
      #"""
      {"type":"Feature","geometry":null,"properties":{
        "zeta":1,"alpha":"a","nothing":null,"yes":true,"no":false,
        "list":[1,"two",[3],{"k":null},[]],
        "nested":{"y":-2.5e-3,"x":{}},
        "wrapped":["31061"]
      }}
      """#)
    let properties = collection.features[0].properties
    #expect(properties.keys == ["zeta", "alpha", "nothing", "yes", "no", "list", "nested", "wrapped"])
    #expect(
      properties.values == [
        .number(1), .string("a"), .null, .bool(true), .bool(false),
        .array([.number(1), .string("two"), .array([.number(3)]), .object(JSONObject([("k", .null)])), .array([])]),
        .object(JSONObject([("y", .number(-0.0025)), ("x", .object(JSONObject()))])),
        .array([.string("31061")]),
      ])
    #expect(Array(properties.values[6].objectKeys ?? []) == ["y", "x"])
  }

  @Test func decodesEveryStringEscapeAndPassesUTF8Through() throws {
    let collection = try parse(
      #"""
      {"type":"Feature","geometry":null,"properties":{
        "escapes":"q\" b\\ s\/ \b\f\n\r\t",
        "unicode":"Cl\u00e9menciat \u20AC \ud83d\ude00 \u0000",
        "raw":"Dennebrœucq — 日本 😀",
        "B\u00e9thune":"key escaped"
      }}
      """#)
    let properties = collection.features[0].properties
    #expect(properties["escapes"] == .string("q\" b\\ s/ \u{8}\u{C}\n\r\t"))
    #expect(properties["unicode"] == .string("Clémenciat € 😀 \u{0}"))
    #expect(properties["raw"] == .string("Dennebrœucq — 日本 😀"))
    #expect(properties["Béthune"] == .string("key escaped"))
  }

  @Test func keepsFeatureIdsOfAnyType() throws {
    let collection = try parse(
      #"""
      {"type":"FeatureCollection","features":[
        {"type":"Feature","id":"62765","geometry":null,"properties":{}},
        {"type":"Feature","id":42,"geometry":null,"properties":{}},
        {"type":"Feature","geometry":null,"properties":{}}
      ]}
      """#)
    #expect(collection.features.map(\.id) == [.string("62765"), .number(42), nil])
  }

  @Test func aDuplicatedPropertyKeepsItsLastValue() throws {
    let collection = try parse(#"{"type":"Feature","geometry":null,"properties":{"a":1,"b":2,"a":3}}"#)
    #expect(collection.features[0].properties == JSONObject([("a", .number(3)), ("b", .number(2))]))
  }

  // MARK: - Member order

  @Test func acceptsMembersInAnyOrder() throws {
    let usual = try parse(
      #"""
      {"type":"FeatureCollection","features":[
        {"type":"Feature","id":1,"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]},
         "properties":{"code":"62001"}}
      ]}
      """#)
    let unusual = try parse(
      #"""
      {"bbox":[0,0,1,1],"features":[
        {"properties":{"code":"62001"},"geometry":{"coordinates":[[[0,0],[1,0],[1,1],[0,0]]],
         "bbox":[0,0,1,1],"type":"Polygon"},"id":1,"type":"Feature"}
      ],"name":{"skipped":["x",{"y":null}]},"type":"FeatureCollection"}
      """#)
    #expect(unusual == usual)
  }

  @Test func acceptsCoordinatesOrGeometriesBeforeTheType() throws {
    let point = try parse(#"{"coordinates":[1,2],"type":"Point"}"#)
    #expect(point.features[0].geometry == .point(position(1, 2)))
    let collection = try parse(
      #"{"geometries":[{"coordinates":[[1,2,3]],"type":"MultiPoint"}],"title":"x","type":"GeometryCollection"}"#)
    #expect(collection.features[0].geometry == .geometryCollection([.multiPoint([position(1, 2)])]))
    #expect(collection.droppedDimensions == 1)
    let feature = try parse(#"{"properties":{"a":[1]},"crs":null,"geometry":null,"id":"x","type":"Feature"}"#)
    #expect(
      feature.features == [
        Feature(id: .string("x"), geometry: nil, properties: JSONObject([("a", .array([.number(1)]))]))
      ])
    #expect(feature.crs == .null)
  }

  @Test func skipsForeignMembersOfEveryKind() throws {
    let collection = try parse(
      #"""
      {"type":"FeatureCollection","name":"communes","generator":{"v":[1,2.5e3,true,false,null,"\u00e9\"}"]},
       "features":[{"type":"Feature","title":"x","geometry":{"type":"Point","extra":[[[]]],"coordinates":[1,2]},
       "properties":{}}]}
      """#)
    #expect(collection.features == [Feature(geometry: .point(position(1, 2)))])
  }

  // MARK: - Files

  @Test func readsAFileByPath() throws {
    let url = try #require(
      Bundle.module.url(forResource: "polygon-with-hole", withExtension: "geojson", subdirectory: "Fixtures/GeoJSON"))
    let collection = try GeoJSONReader.read(path: url.path)
    #expect(collection.features.count == 1)
    #expect(collection.features[0].properties["code"] == .string("62999"))
    #expect(collection.features[0].geometry?.polygons.first?.holes.count == 1)
  }

  @Test func aMissingFileIsAFileError() {
    #expect(throws: FileError.missingInput(path: "nowhere/communes.geojson")) {
      try GeoJSONReader.read(path: "nowhere/communes.geojson")
    }
  }
}

extension JSONValue {
  /// The keys of an object value, for order checks.
  fileprivate var objectKeys: [String]? {
    if case .object(let object) = self { return object.keys }
    return nil
  }
}

@Suite struct GeoJSONNumberTests {
  /// Reads each text as a coordinate and checks it against Swift's own
  /// correctly rounded parser, bit for bit.
  private func expectSameAsSwift(_ texts: [String]) throws {
    let positions = texts.map { "[\($0),0]" }.joined(separator: ",")
    let collection = try parse(#"{"type":"MultiPoint","coordinates":[\#(positions)]}"#)
    guard case .multiPoint(let points) = collection.features[0].geometry else {
      Issue.record("not a MultiPoint")
      return
    }
    for (text, point) in zip(texts, points) {
      let expected = try #require(Double(text))
      #expect(point.x.bitPattern == expected.bitPattern, "\(text): \(point.x) instead of \(expected)")
    }
  }

  @Test func readsNumbersExactlyAsSwiftDoes() throws {
    try expectSameAsSwift([
      "0", "-0", "1", "-1", "3.14159", "-122.419416", "45.71359", "2.28776", "1e5", "1E-5", "2.5e+3", "-2.5E-3",
      "0.1", "0.30000000000000004", "9007199254740992", "9007199254740993", "123456789012345678901234567890",
      "2.000000000000000000000001", "0.000000000000000000000000000001", "1.7976931348623157e308",
      "-1.7976931348623157e308", "2.2250738585072014e-308", "4.9e-324", "5e-324", "1e-400", "1e22", "1e23",
      "8.98846567431158e307", "1.4142135623730951", "43.604652", "1.449987812000044", "0.5e00", "10e-1",
    ])
  }

  @Test func readsRandomNumbersExactlyAsSwiftDoes() throws {
    var generator = SeededGenerator(seed: 0x6175_646F_6D61_70)
    var texts: [String] = []
    for _ in 0..<20_000 {
      let value = Double(bitPattern: generator.next() & 0x7FEF_FFFF_FFFF_FFFF)  // finite, positive
      let digits = Int(generator.next() % 20) + 1
      texts.append(String(value))  // shortest round-trip form
      texts.append(String(format: "%.\(digits)e", value))
      // Typical coordinates: up to 17 significant digits around the unit.
      let coordinate = Double(generator.next() % 360_000_000_000) / 1e9 - 180
      texts.append(String(format: "%.\(digits % 16)f", coordinate))
    }
    try expectSameAsSwift(texts)
  }

  @Test func rejectsNumbersJSONDoesNotAllow() {
    #expect(failure(#"{"type":"Point","coordinates":[01,2]}"#) == .invalidNumber(at(1, 32), text: "01"))
    #expect(failure(#"{"type":"Point","coordinates":[1.,2]}"#) == .invalidNumber(at(1, 32), text: "1."))
    #expect(failure(#"{"type":"Point","coordinates":[-,2]}"#) == .invalidNumber(at(1, 32), text: "-"))
    #expect(failure(#"{"type":"Point","coordinates":[1e+,2]}"#) == .invalidNumber(at(1, 32), text: "1e+"))
    #expect(failure(#"{"type":"Point","coordinates":[1e400,2]}"#) == .numberOutOfRange(at(1, 32), text: "1e400"))
  }
}

/// A location in the file "t.geojson".
private func at(_ line: Int, _ column: Int, feature: Int? = nil) -> GeoJSONError.Location {
  GeoJSONError.Location(file: "t.geojson", line: line, column: column, feature: feature)
}

@Suite struct GeoJSONErrorTests {
  @Test func aTruncatedFileNamesTheFeatureAndTheEnd() throws {
    let bytes = try FileIO.read(GeoJSONRealFileTests.capso)
    let error = failure(Array(bytes.prefix(53_011)), source: "capso.geojson")
    #expect(error == .truncated(GeoJSONError.Location(file: "capso.geojson", line: 1, column: 53_012, feature: 47)))
    #expect(
      error?.description
        == "capso.geojson:1:53012: unexpected end of file inside feature 47 (the file looks truncated: download it again)"
    )
    #expect(error?.exitStatus == .dataError)
  }

  @Test func truncationInsideALiteralOrAStringIsTruncation() {
    #expect(failure(#"{"type":"Feature","geometry":nul"#) == .truncated(at(1, 33)))
    #expect(failure(#"{"type":"Feature","geometry":null,"properties":{"nom":"Saint-"#) == .truncated(at(1, 62)))
    #expect(failure("{\"type\":\"Point\",\n\"coordinates\":[1,") == .truncated(at(2, 18)))
  }

  @Test func aMissingCommaGivesLineColumnAndFeature() {
    let error = failure(
      #"""
      {
        "type": "FeatureCollection",
        "features": [
          {"type": "Feature", "geometry": null, "properties": {"code": "62001"}},
          {"type": "Feature", "geometry": null, "properties": {"code": "62002" "nom": "Ablain"}}
        ]
      }
      """#)
    #expect(error == .unexpected(at(5, 74, feature: 1), expected: "',' or '}' after a member", found: "'\"nom\"'"))
    #expect(
      error?.description
        == #"t.geojson:5:74: expected ',' or '}' after a member, found '"nom"' inside feature 1 (a comma is probably missing before it)"#
    )
  }

  @Test func aMissingCommaBetweenPositions() {
    #expect(
      failure(#"{"type":"LineString","coordinates":[[1,2] [3,4]]}"#)
        == .unexpected(at(1, 43), expected: "',' or ']' after a position", found: "'['"))
  }

  @Test func aTrailingCommaIsNamed() {
    let error = failure(#"{"type":"Feature","geometry":null,"properties":{"a":1,}}"#)
    #expect(error == .unexpected(at(1, 55), expected: "a member name after ','", found: "'}'"))
    #expect(error?.description.hasSuffix("(JSON allows no comma before a closing bracket: remove it)") == true)
  }

  @Test func aBadNumberGivesItsPosition() {
    let error = failure("{\"type\": \"Point\",\n \"coordinates\": [2.5, 01]}")
    #expect(error == .invalidNumber(at(2, 23), text: "01"))
    #expect(
      error?.description
        == "t.geojson:2:23: invalid number '01' (JSON numbers look like -1.25 or 3e-5: "
        + "a dot for decimals, no leading zero, no NaN or Infinity)")
  }

  @Test func coordinatesThatAreNotNumbers() {
    let quoted = failure(
      #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[["2.5","50.1"]]]}}]}"#
    )
    #expect(
      quoted
        == .invalidCoordinates(
          at(1, 121, feature: 0), geometryType: "Polygon", expected: "a number", found: "'\"2.5\"'"))
    #expect(
      quoted?.description
        == #"t.geojson:1:121: expected a number in the coordinates of a Polygon, found '"2.5"' inside feature 0 "#
        + "(a Polygon's coordinates are an array of rings, each an array of positions [x, y]: "
        + "fix the file or export it again)")
    #expect(
      failure(#"{"type":"Point","coordinates":[NaN,1]}"#)
        == .invalidCoordinates(at(1, 32), geometryType: "Point", expected: "a number", found: "'NaN'"))
    #expect(
      failure(#"{"type":"Point","coordinates":[1]}"#)
        == .invalidCoordinates(at(1, 33), geometryType: "Point", expected: "',' and a second number", found: "']'"))
  }

  @Test func coordinatesNestedAtTheWrongDepth() {
    // LineString coordinates given to a Polygon.
    #expect(
      failure(#"{"type":"Polygon","coordinates":[[1,2],[3,4]]}"#)
        == .invalidCoordinates(at(1, 35), geometryType: "Polygon", expected: "'[' opening a position", found: "'1'"))
    #expect(
      failure(#"{"type":"MultiPolygon","coordinates":{}}"#)
        == .invalidCoordinates(at(1, 38), geometryType: "MultiPolygon", expected: "'['", found: "'{'"))
  }

  @Test func anUnknownTypeIsNamed() {
    let error = failure(
      #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygone","coordinates":[]}}]}"#
    )
    let geometryTypes =
      "a geometry type (Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon or GeometryCollection)"
    #expect(error == .unexpectedType(at(1, 94, feature: 0), type: "Polygone", expected: geometryTypes))
    #expect(
      error?.description == #"t.geojson:1:94: unknown type "Polygone" inside feature 0 (expected \#(geometryTypes))"#)
    #expect(
      failure(#"{"type":"polygon","coordinates":[]}"#)?.description
        == #"t.geojson:1:9: unknown type "polygon" (type names are case-sensitive: write "Polygon")"#)
    #expect(
      failure(#"{"type":"FeatureCollection","features":[{"type":"Polygon","coordinates":[]}]}"#)
        == .unexpectedType(at(1, 49, feature: 0), type: "Polygon", expected: "a Feature"))
  }

  @Test func aCSVTableIsNotGeoJSON() {
    let error = failure("insee,nom,population\n62001,Ablain-Saint-Nazaire,1994\n")
    #expect(error == .notGeoJSON(at(1, 1), content: .csvTable(firstLine: "insee,nom,population")))
    #expect(
      error?.description
        == #"t.geojson:1:1: expected GeoJSON, found a table starting "insee,nom,population" "#
        + "(a table of values is a dataset: give a GeoJSON file of boundaries here)")
    let long = failure(
      "\u{FEFF}REG;Région;DEP;CODARR;CODCAN;CODCOM;COM;Commune;PMUN;PCAP;PTOT\r\n32;Hauts-de-France\r\n")
    #expect(long == .notGeoJSON(at(1, 1), content: .csvTable(firstLine: "REG;Région;DEP;CODARR;CODCAN;CODCOM;COM;…")))
  }

  @Test func otherContentThatIsNotGeoJSON() {
    #expect(failure("<!DOCTYPE html>\n<html>") == .notGeoJSON(at(1, 1), content: .htmlPage))
    #expect(failure("\n  [{\"datasetid\":\"x\"}]") == .notGeoJSON(at(2, 3), content: .jsonArray))
    #expect(failure(#"{"datasetid":"x","fields":{}}"#) == .notGeoJSON(at(1, 1), content: .objectWithoutType))
    #expect(failure(#"{"type":"Topology","objects":{}}"#) == .notGeoJSON(at(1, 9), content: .topoJSON))
    #expect(failure([0xFF, 0xFE, 0x7B, 0x00]) == .notGeoJSON(at(1, 1), content: .utf16Text))
    #expect(failure("hello") == .notGeoJSON(at(1, 1), content: .unknown(found: "'hello'")))
  }

  @Test func anEmptyFile() {
    #expect(failure("") == .emptyFile(at(1, 1)))
    #expect(failure(" \n") == .emptyFile(at(2, 1)))
    #expect(
      failure("")?.description
        == "t.geojson:1:1: the file is empty (expected GeoJSON: check the path, or download the file again)")
  }

  @Test func badStrings() {
    #expect(
      failure(#"{"type":"Feature","geometry":null,"properties":{"a":"\x"}}"#)
        == .invalidString(at(1, 54), problem: .invalidEscape("\\x")))
    #expect(
      failure("{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"a\":\"line\nbreak\"}}")
        == .invalidString(at(1, 58), problem: .controlCharacter(0x0A)))
    #expect(
      failure(#"{"type":"Feature","geometry":null,"properties":{"a":"\ud83d x"}}"#)
        == .invalidString(at(1, 54), problem: .loneSurrogate("\\ud83d")))
    // "Béthune" in Latin-1: the é is the single byte 0xE9.
    let latin1 =
      Array(#"{"type":"Feature","geometry":null,"properties":{"nom":"B"#.utf8) + [0xE9]
      + Array(#"thune"}}"#.utf8)
    let error = failure(latin1)
    #expect(error == .invalidString(at(1, 57), problem: .notUTF8))
    #expect(error?.description.contains("iconv -f WINDOWS-1252 -t UTF-8") == true)
  }

  @Test func missingMembers() {
    #expect(
      failure(#"{"type":"Feature","geometry":{"type":"Polygon"},"properties":{}}"#)
        == .missingMember(at(1, 30), member: "coordinates", type: "Polygon"))
    #expect(
      failure(#"{"type":"FeatureCollection"}"#)
        == .missingMember(at(1, 1), member: "features", type: "FeatureCollection"))
    #expect(
      failure(#"{"type":"Feature","geometry":{"coordinates":[1,2]}}"#)
        == .missingMember(at(1, 30), member: "type", type: "geometry"))
  }

  @Test func structuralMistakes() {
    #expect(
      failure(#"{"type":"Feature","geometry":null,"properties":{}} {"type":"Feature"}"#)
        == .trailingContent(at(1, 52), found: "'{'"))
    #expect(
      failure(#"{"type":"Feature","geometry":null,"properties":{'a':1}}"#)?.description
        == "t.geojson:1:49: expected a member name in double quotes, found ''' "
        + "(JSON strings and member names take double quotes)")
    #expect(
      failure(#"{"type":"Feature","geometry":[1,2],"properties":{}}"#)
        == .unexpected(at(1, 30), expected: "a geometry object or null", found: "'['"))
    #expect(
      failure(#"{"type":"FeatureCollection","features":{}}"#)
        == .unexpected(at(1, 40), expected: "an array of features", found: "'{'"))
  }

  @Test func nestingIsLimited() {
    let deep = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
    let error = failure(#"{"type":"Feature","geometry":null,"properties":{"a":\#(deep)}}"#)
    #expect(error == .nestedTooDeeply(at(1, 151), limit: 100))
  }

  @Test func errorsCountColumnsInCharacters() {
    #expect(
      failure("{\"type\":\"Feature\",\"properties\":{\"nom\":\"Béthune\" \"code\":1}}")
        == .unexpected(at(1, 49), expected: "',' or '}' after a member", found: "'\"code\"'"))
  }
}

@Suite struct GeoJSONRealFileTests {
  static let basemaps = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // GeoJSON/
    .deletingLastPathComponent()  // AudomapCoreTests/
    .deletingLastPathComponent()  // Tests/
    .deletingLastPathComponent()  // the package root
    .appendingPathComponent("../shared/data/basemaps").standardized
  static let capso = basemaps.appendingPathComponent("capso-communes-2018.geojson").path

  @Test func readsTheCAPSOCommunes() throws {
    let collection = try GeoJSONReader.read(path: Self.capso)
    #expect(collection.features.count == 53)
    for feature in collection.features {
      guard case .string(let code)? = feature.properties["code"], case .string(let name)? = feature.properties["nom"]
      else {
        Issue.record("feature without a code and a name: \(feature.properties)")
        continue
      }
      #expect(code.hasPrefix("62") && code.count == 5)
      #expect(!name.isEmpty)
      #expect(feature.geometry?.typeName == "Polygon")
    }
    #expect(collection.features.contains { $0.properties["nom"] == .string("Saint-Omer") })
  }

  @Test func agreesWithJSONSerializationOnTheCAPSOCommunes() throws {
    let collection = try GeoJSONReader.read(path: Self.capso)
    let data = try Data(contentsOf: URL(fileURLWithPath: Self.capso))
    let root = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
    let features = try #require(root["features"] as? [[String: Any]])

    /// Every number of a coordinates tree, in file order.
    func numbers(_ value: Any) -> [Double] {
      if let array = value as? [Any] { return array.flatMap(numbers) }
      return (value as? NSNumber).map { [$0.doubleValue] } ?? []
    }
    let foundationNumbers = features.map { feature -> [Double] in
      let geometry = feature["geometry"] as? [String: Any]
      return numbers(geometry?["coordinates"] ?? [])
    }
    let ourNumbers = collection.features.map { feature in
      feature.geometry.map { $0.polygons.flatMap { $0.rings.flatMap { $0.positions.flatMap { [$0.x, $0.y] } } } } ?? []
    }
    #expect(collection.features.count == features.count)
    #expect(
      collection.features.reduce(0) { $0 + positionCount($1.geometry ?? .multiPoint([])) }
        == foundationNumbers.reduce(0) { $0 + $1.count } / 2)
    #expect(ourNumbers == foundationNumbers)
    #expect(
      collection.features.map { $0.properties["nom"]?.text }
        == features.map { ($0["properties"] as? [String: Any])?["nom"] as? String })
  }

  @Test func readsTheDepartmentAsOneFeatureWithAHole() throws {
    let collection = try GeoJSONReader.read(
      path: Self.basemaps.appendingPathComponent("departement-62-pas-de-calais.geojson").path)
    #expect(collection.features.count == 1)
    let feature = collection.features[0]
    #expect(feature.properties["code"] == .string("62"))
    guard case .polygon(let polygon)? = feature.geometry else {
      Issue.record("not a Polygon")
      return
    }
    #expect(polygon.holes.count == 1)
    #expect(polygon.rings.allSatisfy { $0.isClosed })
    #expect(positionCount(.polygon(polygon)) == 2_204)
  }
}
