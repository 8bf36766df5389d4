import AudomapCore
import Foundation
import Testing

/// Reads `text` through the format-detecting reader, as a file named `source`.
private func read(_ text: String, source: String = "t.topojson") throws -> FeatureCollection {
  try BoundaryReader.parse(Array(text.utf8), source: source)
}

private func ring(_ pairs: [(Double, Double)]) -> Ring {
  Ring(pairs.map { Position(x: $0.0, y: $0.1) })
}

/// A topology of one GeometryCollection object `c` whose members are `geometries`, over `arcs`.
private func topology(_ geometries: String, arcs: String = #"[[[0,0],[1,0],[1,1],[0,0]]]"#) -> String {
  #"{"type":"Topology","objects":{"c":{"type":"GeometryCollection","geometries":[\#(geometries)]}},"arcs":\#(arcs)}"#
}

@Suite struct TopoJSONReaderTests {
  static let fixture = Bundle.module.url(
    forResource: "communes-quantized", withExtension: "topojson", subdirectory: "Fixtures/TopoJSON")

  @Test func readsTheQuantizedFixture() throws {
    let url = try #require(Self.fixture)
    let collection = try BoundaryReader.read(path: url.path)
    #expect(collection.format == .topoJSON)
    // "communes" is the only polygonal object, so it wins over the first one, "labels".
    #expect(collection.features.map { $0.properties["code"]?.text } == ["62001", "62002", "62003", "62004"])
    #expect(collection.features[0].id == .string("62001"))
    #expect(collection.features[1].id == nil)
    #expect(collection.features[0].properties["nom"] == .string("A with a hole"))

    // A: arc 0 then arc 1 (delta-decoded, scaled, translated), and a hole.
    let a = Polygon(rings: [
      ring([(4, 50), (4, 51), (2, 51), (2, 50), (4, 50)]),
      ring([(2.5, 50.25), (2.5, 50.5), (3, 50.5), (3, 50.25), (2.5, 50.25)]),
    ])
    #expect(collection.features[0].geometry == .polygon(a))
    // B: the shared arc 0 reversed (-1, that is ~0), then arc 2.
    let b = Polygon(rings: [ring([(4, 51), (4, 50), (6, 50), (6, 51), (4, 51)])])
    #expect(collection.features[1].geometry == .polygon(b))
    let c: Geometry = .multiPolygon([
      Polygon(rings: [ring([(7, 50), (8, 50), (8, 50.5), (7, 50.5), (7, 50)])]),
      Polygon(rings: [ring([(7, 50.75), (8, 50.75), (8, 51.25), (7, 51.25), (7, 50.75)])]),
    ])
    #expect(collection.features[2].geometry == c)
    #expect(collection.features[3].geometry == nil)
    #expect(collection.featuresWithExtraDimensions.isEmpty)
    #expect(collection.droppedDimensions == 0)
  }

  @Test func theSharedArcIsTheSameBorderInBothNeighbours() throws {
    let collection = try BoundaryReader.read(path: try #require(Self.fixture).path)
    let a = try #require(collection.features[0].geometry?.polygons.first?.exterior?.positions)
    let b = try #require(collection.features[1].geometry?.polygons.first?.exterior?.positions)
    #expect(Array(a[0...1]) == Array(b[0...1].reversed()))
  }

  @Test func withoutTransformArcsAreAbsolute() throws {
    let collection = try read(
      topology(
        #"{"type":"Polygon","arcs":[[0,1]]},{"type":"LineString","arcs":[-2]},{"type":"Point","coordinates":[5,6]}"#,
        arcs: #"[[[0,0],[1,0],[1,1]],[[1,1],[0,1],[0,0]]]"#))
    #expect(
      collection.features[0].geometry == .polygon(Polygon(rings: [ring([(0, 0), (1, 0), (1, 1), (0, 1), (0, 0)])])))
    #expect(collection.features[1].geometry == .lineString(ring([(0, 0), (0, 1), (1, 1)]).positions))
    #expect(collection.features[2].geometry == .point(Position(x: 5, y: 6)))
  }

  @Test func pointsAreQuantizedButNotDeltaEncoded() throws {
    let collection = try read(
      #"""
      {"type":"Topology","transform":{"scale":[2,3],"translate":[10,20]},"arcs":[],
       "objects":{"p":{"type":"MultiPoint","coordinates":[[1,1],[1,1]]}}}
      """#)
    #expect(collection.features == [Feature(geometry: .multiPoint([Position(x: 12, y: 23), Position(x: 12, y: 23)]))])
  }

  @Test func theFirstObjectWinsUnlessExactlyOneHoldsPolygons() throws {
    let twoPolygonal = try read(
      #"""
      {"type":"Topology","arcs":[[[0,0],[1,0],[1,1],[0,0]]],"objects":{
        "second":{"type":"Polygon","properties":{"n":2},"arcs":[[0]]},
        "first":{"type":"MultiPolygon","properties":{"n":1},"arcs":[[[0]]]}}}
      """#)
    #expect(twoPolygonal.features.map { $0.properties["n"] } == [.number(2)])
    let none = try read(
      #"{"type":"Topology","arcs":[],"objects":{"a":{"type":"Point","coordinates":[0,0]},"b":{"type":null}}}"#)
    #expect(none.features == [Feature(geometry: .point(Position(x: 0, y: 0)))])
  }

  @Test func nestedCollectionsAndNullMembers() throws {
    let collection = try read(
      topology(#"{"type":"GeometryCollection","geometries":[{"type":"Polygon","arcs":[[0]]},{"type":null}]}"#))
    let square = Polygon(rings: [ring([(0, 0), (1, 0), (1, 1), (0, 0)])])
    #expect(collection.features.map(\.geometry) == [.geometryCollection([.polygon(square)])])
  }

  @Test func recordsFeaturesWithZValues() throws {
    let collection = try read(
      topology(
        #"{"type":"Polygon","arcs":[[0]]},{"type":"Polygon","arcs":[[1]]},{"type":"Polygon","arcs":[[-2]]}"#,
        arcs: #"[[[0,0],[1,0],[1,1],[0,0]],[[0,0,5],[1,0,5],[1,1,5],[0,0,5]]]"#))
    #expect(collection.featuresWithExtraDimensions == [1, 2])
    #expect(collection.droppedDimensions == 4)
  }

  // MARK: - Errors

  struct ErrorCase: Sendable, CustomTestStringConvertible {
    let testDescription: String
    let json: String
    let expected: TopoJSONError
  }

  static let errorCases = [
    ErrorCase(
      testDescription: "arc index out of range",
      json: topology(#"{"type":"Polygon","arcs":[[0]]},{"type":"Polygon","arcs":[[5]]}"#),
      expected: .arcIndexOutOfRange(.init(file: "t.topojson", object: "c", feature: 1), index: 5, arcCount: 1)),
    ErrorCase(
      testDescription: "reversed arc index out of range",
      json: topology(#"{"type":"MultiPolygon","arcs":[[[-2]]]}"#),
      expected: .arcIndexOutOfRange(.init(file: "t.topojson", object: "c", feature: 0), index: -2, arcCount: 1)),
    ErrorCase(
      testDescription: "missing arcs",
      json: #"{"type":"Topology","objects":{"c":{"type":"Polygon","arcs":[[0]]}}}"#,
      expected: .missingMember(.init(file: "t.topojson"), member: "arcs")),
    ErrorCase(
      testDescription: "missing objects",
      json: #"{"type":"Topology","arcs":[]}"#,
      expected: .missingMember(.init(file: "t.topojson"), member: "objects")),
    ErrorCase(
      testDescription: "no objects",
      json: #"{"type":"Topology","arcs":[],"objects":{}}"#,
      expected: .noObjects(.init(file: "t.topojson"))),
    ErrorCase(
      testDescription: "a polygon without arcs",
      json: topology(#"{"type":"Polygon"}"#),
      expected: .missingMember(.init(file: "t.topojson", object: "c", feature: 0), member: "arcs")),
    ErrorCase(
      testDescription: "a fractional arc index",
      json: topology(#"{"type":"Polygon","arcs":[[0.5]]}"#),
      expected: .invalidMember(
        .init(file: "t.topojson", object: "c", feature: 0), member: "arcs", expected: "an arc index",
        found: "the number 0.5")),
    ErrorCase(
      testDescription: "a damaged arc",
      json: topology(#"{"type":"Polygon","arcs":[[0]]}"#, arcs: #"[[[0,0],[1]]]"#),
      expected: .invalidMember(
        .init(file: "t.topojson"), member: "arcs[0][1]", expected: "a position [x, y]", found: "an array of 1")),
    ErrorCase(
      testDescription: "a bad transform",
      json: #"{"type":"Topology","transform":{"scale":[1]},"arcs":[],"objects":{}}"#,
      expected: .invalidMember(
        .init(file: "t.topojson"), member: "transform.scale", expected: "an array of two numbers",
        found: "an array of 1")),
    ErrorCase(
      testDescription: "an unknown type",
      json: topology(#"{"type":"polygon","arcs":[[0]]}"#),
      expected: .unknownType(.init(file: "t.topojson", object: "c", feature: 0), type: "polygon")),
  ]

  @Test(arguments: errorCases)
  func malformedTopologiesGiveLocatedErrors(_ testCase: ErrorCase) {
    #expect(throws: testCase.expected) { try read(testCase.json) }
    #expect(testCase.expected.exitStatus == .dataError)
  }

  @Test func messagesSayWhatWhereAndWhatToDo() {
    let error = TopoJSONError.arcIndexOutOfRange(
      .init(file: "communes.topojson", object: "communes", feature: 12), index: 57, arcCount: 40)
    #expect(
      error.description
        == #"communes.topojson: arc index 57 is out of range: the topology has 40 arcs in object "communes", "#
        + "feature 12 (the topology is damaged or truncated: export or download it again)")
    #expect(
      TopoJSONError.missingMember(.init(file: "t.topojson"), member: "arcs").description
        == #"t.topojson: no "arcs" member (the topology is damaged or truncated: export or download it again)"#)
  }

  @Test func aSyntaxErrorIsStillLocatedByLineAndColumn() {
    #expect(throws: GeoJSONError.truncated(.init(file: "t.topojson", line: 1, column: 30))) {
      try read(#"{"type":"Topology","arcs":[[["#)
    }
  }
}
