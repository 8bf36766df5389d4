import AudomapCore
import Testing

@Suite struct TopologyBuildTests {
  @Test func twoSquaresStoreTheirSharedEdgeOnceWalkedBothWays() {
    let topology = Topology(TopologyFixtures.twoSquares)
    #expect(topology.arcs.count == 3)
    #expect(TopologyFixtures.uses(topology).sorted() == [1, 1, 2])
    let first = topology.features[0][0][0]
    let second = topology.features[1][0][0]
    let shared = Set(first.map { Topology.arc($0).index }).intersection(second.map { Topology.arc($0).index })
    #expect(shared.count == 1)
    let sharedIndex = shared.first ?? -1
    // One neighbour walks it forwards, the other backwards.
    #expect(first.contains(sharedIndex) != second.contains(sharedIndex))
    #expect(topology.arcs[sharedIndex].count == 2)
  }

  @Test(arguments: [
    ("two squares", TopologyFixtures.twoSquares),
    ("three at a point", TopologyFixtures.threeAtAPoint),
    ("enclave", TopologyFixtures.enclave),
    ("mainland and island", TopologyFixtures.mainlandAndIsland),
  ])
  func ringsAreRebuiltExactlyFromTheirArcs(_ name: String, _ collection: FeatureCollection) {
    let topology = Topology(collection)
    #expect(topology.features.count == collection.features.count)
    for (index, feature) in collection.features.enumerated() {
      let original = feature.geometry?.polygons ?? []
      let rebuilt = topology.polygons(ofFeature: index)
      #expect(rebuilt.count == original.count, "\(name) feature \(index)")
      for (a, b) in zip(original, rebuilt) {
        #expect(a.rings.count == b.rings.count)
        for (ringA, ringB) in zip(a.rings, b.rings) {
          #expect(TopologyFixtures.sameCycle(ringA, ringB), "\(name) feature \(index)")
          #expect(ringB.isClosed)
        }
      }
    }
  }

  @Test func threeRingsMeetingAtAPointAreCutThere() {
    let topology = Topology(TopologyFixtures.threeAtAPoint)
    let junction = Position(x: 1, y: 1)
    // Every ring passes through (1, 1), so every arc through it ends there.
    for arc in topology.arcs where arc.contains(junction) {
      #expect(arc.first == junction || arc.last == junction)
    }
    // The borders 1–2 (x = 1, below), 1–3 and 2–3 (y = 1), plus three outer stretches.
    #expect(TopologyFixtures.uses(topology).filter { $0 == 2 }.count == 3)
  }

  @Test func anEnclaveAndTheHoleHoldingItShareOneClosedArc() {
    let topology = Topology(TopologyFixtures.enclave)
    #expect(topology.arcs.count == 2)
    let hole = topology.features[0][0][1]
    let enclave = topology.features[1][0][0]
    #expect(hole.count == 1 && enclave.count == 1)
    #expect(Topology.arc(hole[0]).index == Topology.arc(enclave[0]).index)
    #expect(Topology.arc(hole[0]).reversed != Topology.arc(enclave[0]).reversed)
    let arc = topology.arcs[Topology.arc(hole[0]).index]
    #expect(arc.first == arc.last)
  }

  @Test func anIslandIsOneClosedArcAndAFeatureWithoutGeometryHasNoRing() {
    let topology = Topology(TopologyFixtures.mainlandAndIsland)
    #expect(topology.arcs.count == 2)
    #expect(topology.arcs.allSatisfy { $0.first == $0.last })
    #expect(topology.features[1].isEmpty)
    let rebuilt = topology.featureCollection(replacingGeometriesOf: TopologyFixtures.mainlandAndIsland)
    #expect(rebuilt == TopologyFixtures.mainlandAndIsland)
  }

  @Test func aGridLetsNearlyEqualFloatsMeet() {
    let nudged = FeatureCollection(features: [
      TopologyFixtures.feature([(0, 0), (1, 0), (1, 1), (0, 1), (0, 0)]),
      TopologyFixtures.feature([(1 + 1e-12, 0), (2, 0), (2, 1), (1, 1 - 1e-12), (1 + 1e-12, 0)]),
    ])
    #expect(Topology(nudged).arcs.count == 2)
    #expect(Topology(nudged, grid: 1e-7).arcs.count == 3)
  }

  @Test func negativeZeroAndZeroAreOnePosition() {
    let signed = FeatureCollection(features: [
      TopologyFixtures.feature([(-1, 0), (0, 0), (0, 1), (-1, 1), (-1, 0)]),
      TopologyFixtures.feature([(-0.0, 0), (1, 0), (1, 1), (-0.0, 1), (-0.0, 0)]),
    ])
    #expect(Topology(signed).arcs.count == 3)
  }

  @Test func realCommunesShareEveryBorderAndRebuildExactly() throws {
    let collection = try GeoJSONReader.read(path: SharedDataFiles.basemap("capso-communes-2018.geojson"))
    let topology = Topology(collection)
    #expect(TopologyFixtures.uses(topology).allSatisfy { $0 == 1 || $0 == 2 })
    // Inner borders are stored once: a third fewer positions than the 2,851 of the file.
    #expect(topology.vertexCount < 2_851 * 7 / 10)
    for index in collection.features.indices {
      let original = collection.features[index].geometry?.polygons ?? []
      let rebuilt = topology.polygons(ofFeature: index)
      #expect(zip(original, rebuilt).allSatisfy { a, b in
        a.rings.count == b.rings.count && zip(a.rings, b.rings).allSatisfy(TopologyFixtures.sameCycle)
      })
    }
  }
}
