import AudomapCore
import Foundation
import Testing

@Suite struct TopoJSONWriterTests {
  /// The document parsed back with Foundation, and its arcs decoded
  /// (delta-encoding and transform undone).
  struct Decoded {
    let document: [String: Any]
    let arcs: [[Position]]

    init(_ bytes: [UInt8]) throws {
      document = try #require(JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
      let raw = try #require(document["arcs"] as? [[[Double]]])
      if let transform = document["transform"] as? [String: [Double]] {
        let scale = try #require(transform["scale"])
        let translate = try #require(transform["translate"])
        arcs = raw.map { arc in
          var x = 0.0
          var y = 0.0
          return arc.map { delta in
            x += delta[0]
            y += delta[1]
            return Position(x: x * scale[0] + translate[0], y: y * scale[1] + translate[1])
          }
        }
      } else {
        arcs = raw.map { $0.map { Position(x: $0[0], y: $0[1]) } }
      }
    }

    var geometries: [[String: Any]] {
      ((document["objects"] as? [String: Any])?["communes"] as? [String: Any])?["geometries"] as? [[String: Any]] ?? []
    }

    func ring(_ references: [Int]) -> [Position] {
      Topology(arcs: arcs, features: []).ring(references).positions
    }
  }

  static func capso() throws -> FeatureCollection {
    try GeoJSONReader.read(path: SharedDataFiles.basemap("capso-communes-2018.geojson"))
  }

  static func write(_ topology: Topology, _ collection: FeatureCollection, quantization: Int? = 100_000) -> [UInt8] {
    TopoJSONWriter.write(
      topology, properties: collection.features.map(\.properties), ids: collection.features.map(\.id),
      quantization: quantization)
  }

  @Test func aQuantizedRoundTripGivesBackEveryRingWithinHalfAGridStep() throws {
    let collection = try Self.capso()
    let topology = Topology(collection)
    let decoded = try Decoded(Self.write(topology, collection))
    #expect(decoded.document["type"] as? String == "Topology")
    let transform = try #require(decoded.document["transform"] as? [String: [Double]])
    let scale = try #require(transform["scale"])
    #expect(decoded.geometries.count == collection.features.count)
    for (index, geometry) in decoded.geometries.enumerated() {
      #expect(geometry["type"] as? String == "Polygon")
      let properties = try #require(geometry["properties"] as? [String: String])
      #expect(properties["code"] == collection.features[index].properties["code"]?.text)
      let rings = try #require(geometry["arcs"] as? [[Int]])
      let original = try #require(collection.features[index].geometry?.polygons.first)
      for (references, ring) in zip(rings, original.rings) {
        let decodedRing = decoded.ring(references)
        // Rebuilt from the same arcs, the ring has the same vertex count;
        // only the start may differ (rings are cut at junctions).
        #expect(decodedRing.count == ring.positions.count)
        let start = ring.positions.firstIndex {
          abs($0.x - decodedRing[0].x) <= scale[0] / 2 + 1e-12 && abs($0.y - decodedRing[0].y) <= scale[1] / 2 + 1e-12
        }
        let offset = try #require(start)
        let cycle = Array(ring.positions.dropLast())
        for (k, position) in decodedRing.dropLast().enumerated() {
          let expected = cycle[(offset + k) % cycle.count]
          #expect(abs(position.x - expected.x) <= scale[0] / 2 + 1e-12)
          #expect(abs(position.y - expected.y) <= scale[1] / 2 + 1e-12)
        }
      }
    }
  }

  @Test func sharedBordersAppearOnce() throws {
    let collection = try Self.capso()
    let decoded = try Decoded(Self.write(Topology(collection), collection))
    // Neighbours: features that have an edge in common in the file.
    var owner: [[Position]: Int] = [:]
    var neighbours = Set<[Int]>()
    for (index, feature) in collection.features.enumerated() {
      for ring in feature.geometry?.polygons.flatMap(\.rings) ?? [] {
        for (a, b) in zip(ring.positions, ring.positions.dropFirst()) {
          if let other = owner[[b, a]], other != index { neighbours.insert([min(index, other), max(index, other)]) }
          owner[[a, b]] = index
        }
      }
    }
    var uses = [Int](repeating: 0, count: decoded.arcs.count)
    for geometry in decoded.geometries {
      for reference in (geometry["arcs"] as? [[Int]] ?? []).joined() { uses[reference < 0 ? ~reference : reference] += 1 }
    }
    #expect(uses.allSatisfy { $0 == 1 || $0 == 2 })
    #expect(uses.filter { $0 == 2 }.count >= neighbours.count)
    #expect(decoded.arcs.count < 2 * neighbours.count)
  }

  @Test func withoutQuantizationPositionsAreWrittenExactly() throws {
    let collection = try Self.capso()
    let topology = Topology(collection)
    let decoded = try Decoded(Self.write(topology, collection, quantization: nil))
    #expect(decoded.document["transform"] == nil)
    #expect(decoded.arcs == topology.arcs)
  }

  @Test func theBytesAreDeterministicAndCompact() throws {
    let collection = try Self.capso()
    let first = Self.write(Topology(collection), collection)
    #expect(first == Self.write(Topology(collection), collection))
    #expect(!first.contains(UInt8(ascii: "\n")))
    #expect(first.count < 59_853 / 2, "TopoJSON is \(first.count) bytes against 59,853 for the GeoJSON")
  }

  @Test func idsMultiPolygonsEmptyGeometriesAndEscapesAreWritten() throws {
    let collection = FeatureCollection(features: [
      Feature(
        id: .string("62001"), geometry: TopologyFixtures.mainlandAndIsland.features[0].geometry,
        properties: JSONObject([("nom", .string("Saint-\u{C9}tienne \"le\"\n")), ("pop", .number(1200))])),
      Feature(geometry: nil, properties: JSONObject([("code", .null)])),
    ])
    let bytes = TopoJSONWriter.write(
      Topology(collection), properties: collection.features.map(\.properties), ids: collection.features.map(\.id),
      objectName: "poly")
    let document = try #require(JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    let objects = try #require(document["objects"] as? [String: [String: Any]])
    let geometries = try #require(objects["poly"]?["geometries"] as? [[String: Any]])
    #expect(geometries[0]["type"] as? String == "MultiPolygon")
    #expect(geometries[0]["id"] as? String == "62001")
    let properties = try #require(geometries[0]["properties"] as? [String: Any])
    #expect(properties["nom"] as? String == "Saint-\u{C9}tienne \"le\"\n")
    #expect(properties["pop"] as? Int == 1200)
    #expect(geometries[1]["type"] is NSNull)
    #expect(geometries[1]["id"] == nil)
  }
}
