import AudomapCore
import AudomapTestSupport
import Foundation

/// The real boundary files in `shared/data/basemaps/`, beside the package (read-only).
enum BasemapFiles {
  private static let root = sharedData.appendingPathComponent("basemaps")

  /// The 53 CAPSO communes: one outline without holes.
  static func capso() throws -> FeatureCollection { try read("capso-communes-2018.geojson") }

  /// The 891 Pas-de-Calais communes: one outline with the Nord enclave as its hole.
  static func pasDeCalais() throws -> FeatureCollection { try read("communes-62-pas-de-calais.geojson") }

  /// Interior rings over all polygons of a geometry.
  static func holeCount(_ geometry: Geometry) -> Int { geometry.polygons.reduce(0) { $0 + $1.holes.count } }

  static func read(_ name: String) throws -> FeatureCollection {
    try GeoJSONReader.read(path: root.appendingPathComponent(name).path)
  }
}
