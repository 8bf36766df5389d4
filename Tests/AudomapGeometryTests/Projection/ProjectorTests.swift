import AudomapCore
import AudomapGeometry
import Testing

/// A small square commune around a point, as GeoJSON would hold it.
private func squareFeature(lon: Double, lat: Double, size: Double = 0.01) -> Feature {
  let ring = Ring([
    Position(x: lon, y: lat), Position(x: lon + size, y: lat), Position(x: lon + size, y: lat + size),
    Position(x: lon, y: lat + size), Position(x: lon, y: lat),
  ])
  return Feature(geometry: .polygon(Polygon(rings: [ring])))
}

@Suite struct ProjectorTests {
  @Test func saintOmerLandsWhereIGNPutsIt() throws {
    // Saint-Omer (2.2576 E, 50.7503 N) is at x ≈ 647 510, y ≈ 7 072 877 in Lambert-93.
    let result = try Projector.project(FeatureCollection(features: [squareFeature(lon: 2.2576, lat: 50.7503)]))
    #expect(result.projection == .lambert93)
    let corner = try #require(result.polygons[0]?.first?.exterior?.positions.first)
    #expect(abs(corner.x - 647_510) < 5)
    #expect(abs(corner.y - 7_072_877) < 5)
  }

  @Test func overseasCommunesOfANationalFileAreLeftOutAndListed() throws {
    let features = [
      squareFeature(lon: 2.2576, lat: 50.7503),  // Saint-Omer
      squareFeature(lon: 55.45, lat: -20.88),  // Saint-Denis, La Réunion
      Feature(geometry: nil),
      squareFeature(lon: 9.45, lat: 42.70),  // Bastia: Corsica is in Lambert-93's domain
    ]
    let result = try Projector.project(FeatureCollection(features: features))
    #expect(result.projection == .lambert93)
    #expect(result.outsideDomain == [1])
    #expect(result.withoutPolygon == [2])
    #expect(result.polygons[0] != nil && result.polygons[3] != nil)
    #expect(result.polygons[1] == nil)
  }

  @Test func aTerritoryOutsideMetropolitanFranceGetsALocalProjection() throws {
    let features = [squareFeature(lon: 55.45, lat: -20.88), squareFeature(lon: 55.50, lat: -21.00)]
    let result = try Projector.project(FeatureCollection(features: features))
    guard case .localAzimuthal(let center) = result.projection else {
      Issue.record("expected a local projection, got \(result.projection)")
      return
    }
    #expect(abs(center.x - 55.48) < 0.001 && abs(center.y - (-20.935)) < 0.001)
    // Equal-area and centred: a 0.01° square near the centre is ~1.04 km × 1.11 km.
    let ring = try #require(result.polygons[0]?.first?.exterior?.positions)
    let box = try #require(BoundingBox(enclosing: ring))
    #expect(abs(box.width - 1_040) < 15)
    #expect(abs(box.height - 1_106) < 15)
    #expect(result.outsideDomain.isEmpty)
  }

  @Test func largeInputsProjectTheSameInParallel() throws {
    // Above the parallel threshold the work is split in two PROJ contexts;
    // the halves must come back in order.
    let count = 60_000
    let features = (0..<count).map { i in squareFeature(lon: 2 + Double(i % 300) * 0.01, lat: 47 + Double(i / 300) * 0.01) }
    let result = try Projector.project(FeatureCollection(features: features))
    for index in [0, count / 2 - 1, count / 2, count - 1] {
      let single = try Projector.project(FeatureCollection(features: [features[index]]))
      #expect(result.polygons[index] == single.polygons[0])
    }
  }
}
