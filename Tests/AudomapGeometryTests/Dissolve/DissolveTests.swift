import AudomapCore
import AudomapGeometry
import Foundation
import Testing

@Suite struct DissolveTests {
  static func square(_ x: Double, _ y: Double, side: Double = 1) -> Feature {
    Feature(geometry: .polygon(Polygon(rings: [Ring([
      Position(x: x, y: y), Position(x: x + side, y: y), Position(x: x + side, y: y + side),
      Position(x: x, y: y + side), Position(x: x, y: y),
    ])])))
  }

  @Test func theCAPSOOutlineIsOnePolygonWithoutHolesAndTheCommunesArea() throws {
    let capso = try BasemapFiles.capso()
    let outline = try Dissolve.outline(of: capso, method: .coverage)
    guard case .polygon(let polygon) = outline else {
      Issue.record("expected one polygon, got \(outline.typeName)")
      return
    }
    #expect(polygon.holes.isEmpty)
    let sum = try Dissolve.area(of: capso.features.flatMap { $0.geometry?.polygons ?? [] })
    #expect(abs(try Dissolve.area(of: [polygon]) - sum) <= 1e-9 * sum)
    #expect(try Dissolve.outline(of: capso) == outline)
  }

  @Test func thePasDeCalaisOutlineHasTheNordEnclaveAsItsOnlyHole() throws {
    let outline = try Dissolve.outline(of: try BasemapFiles.pasDeCalais())
    #expect(BasemapFiles.holeCount(outline) == 1)
    let hole = try #require(outline.polygons.flatMap(\.holes).first)
    let box = try #require(BoundingBox(enclosing: hole.positions))
    #expect(abs((box.minX + box.maxX) / 2 - 3.04) < 0.05 && abs((box.minY + box.maxY) / 2 - 50.14) < 0.05)
    // Square degrees to km² at 50.14° N: 111.2 km per degree of latitude,
    // 111.3 cos(latitude) km per degree of longitude.
    let squareDegrees = try Dissolve.area(of: [Polygon(rings: [hole])])
    let squareKilometres = squareDegrees * 111.2 * 111.3 * cos(50.14 * .pi / 180)
    #expect(squareKilometres > 20 && squareKilometres < 24, "the enclave measures \(squareKilometres) km²")
  }

  @Test func overlappingCommunesAreRefusedAsACoverageAndDissolvedByOverlay() throws {
    let overlapping = FeatureCollection(features: [Self.square(0, 0), Self.square(0.5, 0.5)])
    #expect(throws: GEOSError.self) { try Dissolve.outline(of: overlapping, method: .coverage) }
    let outline = try Dissolve.outline(of: overlapping)
    #expect(outline.polygons.count == 1)
    #expect(abs(try Dissolve.area(of: outline.polygons) - 1.75) < 1e-12)
  }

  @Test func separateCommunesGiveAMultiPolygonAndNoCommuneGivesAnEmptyOne() throws {
    let apart = FeatureCollection(features: [Self.square(0, 0), Self.square(5, 0), Feature(geometry: nil)])
    #expect(try Dissolve.outline(of: apart).polygons.count == 2)
    #expect(try Dissolve.outline(of: FeatureCollection(features: [])) == .multiPolygon([]))
  }
}
