import AudomapCore
import AudomapGeometry
import Foundation
import Testing

/// A ~1 km square around Saint-Omer (2.2576 E, 50.7503 N; x 647 510, y 7 072 877 in Lambert-93).
private let saintOmerLambert93 = Polygon(rings: [
  Ring([
    Position(x: 647_000, y: 7_072_500), Position(x: 648_000, y: 7_072_500), Position(x: 648_000, y: 7_073_500),
    Position(x: 647_000, y: 7_073_500), Position(x: 647_000, y: 7_072_500),
  ])
])

private func feature(_ polygon: Polygon) -> Feature {
  Feature(geometry: .polygon(polygon), properties: JSONObject([("code", .string("62765"))]))
}

private func crsMember(_ name: String) -> JSONValue {
  .object(JSONObject([("type", .string("name")), ("properties", .object(JSONObject([("name", .string(name))])))]))
}

private func firstPosition(_ result: RepairResult) -> Position? {
  result.collection.features.first?.geometry?.polygons.first?.exterior?.positions.first
}

@Suite struct CRSRepairTests {
  @Test func lambert93WithACRSMemberIsReprojected() throws {
    let collection = FeatureCollection(
      features: [feature(saintOmerLambert93)], crs: crsMember("urn:ogc:def:crs:EPSG::2154"))
    let result = try BoundaryRepair.repair(collection, source: "l93.geojson", options: RepairOptions())
    #expect(result.report.crsFound == "EPSG:2154 (crs member)")
    #expect(result.report.entries == [
      DefectEntry(
        defect: .legacyCRSMember, featureIndex: nil, code: nil,
        detail: "crs member \"urn:ogc:def:crs:EPSG::2154\" (EPSG:2154): coordinates reprojected to WGS84 lon/lat")
    ])
    let corner = try #require(firstPosition(result))
    #expect(abs(corner.x - 2.2504) < 0.001 && abs(corner.y - 50.7469) < 0.001)
    // A 1 km × 1 km square in a conformal projection: ~1 km² (scale factor ~1.0007 there).
    #expect(abs(result.report.outputArea - 1_000_000) < 5_000)
  }

  @Test func lambert93WithoutACRSMemberIsRecognised() throws {
    let result = try BoundaryRepair.repair(
      FeatureCollection(features: [feature(saintOmerLambert93)]), source: "l93.geojson", options: RepairOptions())
    #expect(result.report.crsFound == "EPSG:2154 (detected from coordinate ranges)")
    #expect(result.report.entries == [
      DefectEntry(
        defect: .projectedCoordinates, featureIndex: nil, code: nil,
        detail: "x 647000…648000, y 7072500…7073500 without a crs member: read as Lambert-93 (EPSG:2154), "
          + "reprojected to WGS84 lon/lat")
    ])
    let corner = try #require(firstPosition(result))
    #expect(abs(corner.x - 2.2504) < 0.001 && abs(corner.y - 50.7469) < 0.001)
  }

  @Test func webMercatorIsRecognised() throws {
    // Toulouse (1.444 E, 43.6045 N) in Web Mercator, a 0.01° square.
    func mercator(_ lon: Double, _ lat: Double) -> Position {
      let r = 6_378_137.0
      return Position(x: r * lon * .pi / 180, y: r * log(tan(.pi / 4 + lat * .pi / 360)))
    }
    let ring = Ring([
      mercator(1.444, 43.6045), mercator(1.454, 43.6045), mercator(1.454, 43.6145), mercator(1.444, 43.6145),
      mercator(1.444, 43.6045),
    ])
    let result = try BoundaryRepair.repair(
      FeatureCollection(features: [feature(Polygon(rings: [ring]))]), source: "wm.geojson", options: RepairOptions())
    #expect(result.report.crsFound == "EPSG:3857 (detected from coordinate ranges)")
    #expect(result.report.entries.map(\.defect) == [.projectedCoordinates])
    let corner = try #require(firstPosition(result))
    #expect(abs(corner.x - 1.444) < 1e-7 && abs(corner.y - 43.6045) < 1e-7)
  }

  @Test func swappedLatitudeAndLongitudeAreSwappedBack() throws {
    let latLon = Ring([
      Position(x: 50.75, y: 2.25), Position(x: 50.75, y: 2.26), Position(x: 50.76, y: 2.26), Position(x: 50.76, y: 2.25),
      Position(x: 50.75, y: 2.25),
    ])
    let result = try BoundaryRepair.repair(
      FeatureCollection(features: [feature(Polygon(rings: [latLon]))]), source: "swapped.geojson",
      options: RepairOptions())
    #expect(result.report.crsFound == "WGS84 lat/lon (axes swapped, no crs member)")
    // Clockwise as lat/lon, the ring is counter-clockwise once swapped: no winding entry.
    #expect(result.report.entries == [
      DefectEntry(
        defect: .swappedAxes, featureIndex: nil, code: nil,
        detail: "first values 50.75…50.76 look like latitudes of metropolitan France and second values 2.25…2.26 "
          + "like its longitudes: axes swapped to lon/lat")
    ])
    #expect(firstPosition(result) == Position(x: 2.25, y: 50.75))
  }

  @Test func aCRS84MemberIsRemovedWithoutReprojecting() throws {
    let square = Polygon(rings: [
      Ring([
        Position(x: 2, y: 50), Position(x: 2.01, y: 50), Position(x: 2.01, y: 50.01), Position(x: 2, y: 50.01),
        Position(x: 2, y: 50),
      ])
    ])
    let collection = FeatureCollection(features: [feature(square)], crs: crsMember("urn:ogc:def:crs:OGC:1.3:CRS84"))
    let result = try BoundaryRepair.repair(collection, source: "crs84.geojson", options: RepairOptions())
    #expect(result.report.crsFound == "OGC:CRS84 (crs member)")
    #expect(result.report.entries.map(\.defect) == [.legacyCRSMember])
    #expect(result.collection.features.first?.geometry == .polygon(square))
  }

  @Test func anUnknownCRSNameIsADataError() throws {
    let collection = FeatureCollection(features: [feature(saintOmerLambert93)], crs: crsMember("EPSG:999999"))
    #expect(throws: RepairError.unknownCRS(source: "x.geojson", name: "EPSG:999999")) {
      try BoundaryRepair.repair(collection, source: "x.geojson", options: RepairOptions())
    }
  }
}
