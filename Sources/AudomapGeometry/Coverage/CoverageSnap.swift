import AudomapCore
import Foundation

/// `--snap`: closes the gaps and overlaps between neighbours thinner than a tolerance,
/// the slivers left by digitising each commune on its own. An overlap stays with the
/// larger commune and is cut from the smaller one; a gap joins the neighbour that has
/// the most vertices on its rim (the longest border with it), as mapshaper's `-clean`
/// does. Wider gaps and overlaps are real disagreements and are left as they are.
struct CoverageSnap {
  /// The tolerance in metres.
  let tolerance: Double
  let context: GEOSContext

  /// Whether `polygons` (lon/lat) are thinner than the tolerance, measured in metres on
  /// a local equirectangular frame (a degree of longitude shrinks with latitude).
  func isThin(_ polygons: [Polygon]) throws(GEOSError) -> Bool {
    guard let box = BoundingBox(exteriorsOf: polygons) else { return true }
    let scaleY = 111_195.0
    let scaleX = scaleY * cos((box.minY + box.maxY) / 2 * .pi / 180)
    let local = polygons.map { polygon in
      Polygon(rings: polygon.rings.map { Ring($0.positions.map { Position(x: $0.x * scaleX, y: $0.y * scaleY) }) })
    }
    return try context.isThinnerThan(tolerance, context.geometry(of: local))
  }

  /// `polygons` without `piece`.
  func cut(_ piece: [Polygon], from polygons: [Polygon]) throws(GEOSError) -> [Polygon] {
    try context.difference(context.geometry(of: polygons), context.geometry(of: piece)).polygons()
  }

  /// `polygons` with `piece` added.
  func join(_ piece: [Polygon], to polygons: [Polygon]) throws(GEOSError) -> [Polygon] {
    try context.union(context.geometry(of: polygons), context.geometry(of: piece)).polygons()
  }

  var label: String { "--snap \(FeatureRepair.format(distance: tolerance))" }
}
