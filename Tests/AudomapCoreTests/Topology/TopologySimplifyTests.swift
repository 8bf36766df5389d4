import AudomapCore
import Foundation
import Testing

@Suite struct TopologySimplifyTests {
  /// A wavy island of 41 positions: 39 removable vertices.
  static let wavyIsland: Topology = {
    var positions = (0...39).map { i -> Position in
      let angle = Double(i) / 40 * 2 * .pi
      let radius = 1 + 0.1 * Double(i % 3)
      return Position(x: radius * cos(angle), y: radius * sin(angle))
    }
    positions.append(positions[0])
    return Topology(arcs: [positions], features: [[[[0]]]])
  }()

  @Test func keepingEverythingChangesNothing() {
    #expect(Self.wavyIsland.simplified(keeping: 100) == Self.wavyIsland)
  }

  @Test func theRequestedShareOfRemovableVerticesIsKeptWithTheEndpoints() {
    let simplified = Self.wavyIsland.simplified(keeping: 20)
    let arc = simplified.arcs[0]
    #expect(arc.count == 2 + 8)  // both endpoints (the same position) + 20 % of 39, rounded
    #expect(arc.first == Self.wavyIsland.arcs[0].first && arc.last == Self.wavyIsland.arcs[0].last)
    #expect(arc.allSatisfy(Self.wavyIsland.arcs[0].contains))
  }

  @Test func collinearVerticesTiedAtZeroAreaStillGiveTheExactShare() {
    // A square island with 10 positions per side: 3 corners and 36 collinear
    // vertices are removable, the 36 all with area 0.
    let side = (0..<10).map { Double($0) / 10 }
    var positions = side.map { Position(x: $0, y: 0) } + side.map { Position(x: 1, y: $0) }
    positions += side.map { Position(x: 1 - $0, y: 1) } + side.map { Position(x: 0, y: 1 - $0) }
    positions.append(positions[0])
    let square = Topology(arcs: [positions], features: [[[[0]]]])
    let arc = square.simplified(keeping: 20).arcs[0]
    #expect(arc.count == 2 + 8)
    for corner in [Position(x: 1, y: 0), Position(x: 1, y: 1), Position(x: 0, y: 1)] { #expect(arc.contains(corner)) }
  }

  @Test func anIslandSimplifiedToNothingKeepsAShape() {
    let simplified = Self.wavyIsland.simplified(keeping: 0)
    let ring = simplified.ring(simplified.features[0][0][0])
    #expect(Set(ring.positions).count >= 3)
    #expect(ring.positions.count >= 4)
  }

  @Test func aSharedBorderIsSimplifiedOnceForBothNeighbours() {
    // Two communes split by a zigzag border of 21 positions.
    let border = (0...20).map { Position(x: Double($0 % 2) * 0.01, y: Double($0) / 20) }
    let west = Ring(border + [Position(x: -1, y: 1), Position(x: -1, y: 0), border[0]])
    let east = Ring(border.reversed() + [Position(x: 1, y: 0), Position(x: 1, y: 1), border[20]])
    let collection = FeatureCollection(features: [
      Feature(geometry: .polygon(Polygon(rings: [west]))), Feature(geometry: .polygon(Polygon(rings: [east]))),
    ])
    let simplified = Topology(collection).simplified(keeping: 10)
    let output = simplified.featureCollection(replacingGeometriesOf: collection)
    let westBorder = Set(output.features[0].geometry?.polygons.first?.exterior?.positions ?? [])
    let eastBorder = Set(output.features[1].geometry?.polygons.first?.exterior?.positions ?? [])
    let shared = westBorder.intersection(eastBorder)
    // Only the border's vertices can be in both rings, and they are the same ones.
    #expect(shared == westBorder.filter { $0.x >= 0 && $0.x <= 0.01 })
    #expect(shared == eastBorder.filter { $0.x >= 0 && $0.x <= 0.01 })
    #expect(shared.count < border.count)
  }

  @Test func aDepartmentAtTenPercentKeepsAboutTenPercentAndEveryCommune() throws {
    let collection = try GeoJSONReader.read(path: SharedDataFiles.basemap("communes-62-pas-de-calais.geojson"))
    let topology = Topology(collection)
    let removable = topology.arcs.reduce(0) { $0 + $1.count - 2 }
    let simplified = topology.simplified(keeping: 10)
    let kept = simplified.arcs.reduce(0) { $0 + $1.count - 2 }
    #expect(Double(kept) >= 0.10 * Double(removable))
    #expect(Double(kept) <= 0.12 * Double(removable), "the repairs put back \(kept - removable / 10) vertices")
    #expect(simplified.features == topology.features)
    for index in simplified.features.indices {
      for polygon in simplified.polygons(ofFeature: index) {
        for ring in polygon.rings { #expect(Set(ring.positions).count >= 3, "feature \(index)") }
      }
    }
  }
}
