import AudomapCore
import Dispatch
import Synchronization

/// One repaired commune, as the coverage check sees it.
struct CoverageCommune {
  /// Its index in the input file.
  var index: Int
  var code: String?
  /// Valid polygons in lon/lat, all wound alike.
  var polygons: [Polygon]
}

/// Gaps and overlaps between neighbouring communes. GEOS 3.11 has no coverage
/// validator: neighbours come from a box sweep, a Swift test clears pairs that
/// only share edges, and GEOS measures what is left. The holes of the union come
/// from the unshared segments (UnionBoundary), from GEOS when the coverage is not clean.
enum CoverageCheck {
  /// Overlaps smaller than this (m²) are rounding noise from intersecting touching polygons.
  static let minimumOverlapArea = 0.01
  /// A hole of the union is a gap when smaller than this share of the median commune
  /// area (about 0.1 km² in most départements); larger ones are territory outside the
  /// file (the 22 km² Nord enclave in Pas-de-Calais, a commune missing from an extract).
  static let gapShareOfMedianCommune = 0.01

  static func check(_ communes: [CoverageCommune]) throws(GEOSError) -> (entries: [DefectEntry], enclaves: [Enclave]) {
    guard !communes.isEmpty else { return ([], []) }
    let flats = communes.compactMap { FlatPolygons($0.polygons) }
    precondition(flats.count == communes.count, "coverage communes must have polygons")
    let pairs = NeighbourPairs.of(flats.map(\.box))
    let suspects = suspectPairs(pairs, flats)

    let context = try GEOSContext()
    var entries: [DefectEntry] = []
    for (i, j) in suspects {
      let overlap = try context.intersection(
        context.geometry(of: communes[i].polygons), context.geometry(of: communes[j].polygons))
      let area = RingMeasures.area(try overlap.polygons())
      guard area >= minimumOverlapArea else { continue }
      let other = communes[j].code.map { "\($0) (feature \(communes[j].index))" } ?? "feature \(communes[j].index)"
      entries.append(
        DefectEntry(
          defect: .overlap, featureIndex: communes[i].index, code: communes[i].code,
          detail: "overlaps \(other) over \(FeatureRepair.format(area: area)): left as is",
          location: try context.pointOnSurface(overlap), area: area, otherFeatureIndex: communes[j].index))
    }

    let holes = try holesOfUnion(communes, flats: flats, clean: suspects.isEmpty, overlaps: !entries.isEmpty, context: context)
    let areas = communes.map { RingMeasures.area($0.polygons) }.sorted()
    let threshold = areas[areas.count / 2] * gapShareOfMedianCommune
    var enclaves: [Enclave] = []
    for hole in holes {
      let area = abs(RingMeasures.sphericalArea(hole.positions))
      guard let location = try context.pointOnSurface(context.geometry(of: [Polygon(rings: [hole])])) ?? hole.positions.first
      else { continue }
      guard area < threshold else {
        enclaves.append(Enclave(location: location, area: area))
        continue
      }
      let around = neighbours(of: hole, flats: flats)
      let names = around.map { communes[$0].code ?? "feature \(communes[$0].index)" }
      entries.append(
        DefectEntry(
          defect: .gap, featureIndex: around.first.map { communes[$0].index },
          code: around.first.flatMap { communes[$0].code },
          detail: "gap of \(FeatureRepair.format(area: area)) between \(names.joined(separator: ", ")): left as is",
          location: location, area: area, otherFeatureIndex: around.dropFirst().first.map { communes[$0].index }))
    }
    return (entries, enclaves)
  }

  /// The pairs whose interiors may meet, tested on both cores.
  private static func suspectPairs(_ pairs: [(Int, Int)], _ flats: [FlatPolygons]) -> [(Int, Int)] {
    var flags = [Bool](repeating: false, count: pairs.count)
    let middle = pairs.count / 2
    flags.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let buffer = buffer
      DispatchQueue.concurrentPerform(iterations: 2) { half in
        for k in half == 0 ? 0..<middle : middle..<pairs.count {
          buffer[k] = SharedBorders.mayOverlap(flats[pairs[k].0], flats[pairs[k].1])
        }
      }
    }
    return zip(pairs, flags).filter(\.1).map(\.0)
  }

  /// The union of a clean coverage: the west and east halves on both cores (one
  /// GEOS context each), then the two together. Throws when GEOS finds it is not a coverage.
  private static func coverageUnion(_ communes: [CoverageCommune], flats: [FlatPolygons]) throws(GEOSError) -> [Polygon] {
    let order = communes.indices.sorted { flats[$0].box.minX < flats[$1].box.minX }
    let halves = [order[..<(order.count / 2)], order[(order.count / 2)...]]
    var parts: [[Polygon]] = [[], []]
    let errors = Mutex<[GEOSError]>([])
    parts.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let buffer = buffer
      DispatchQueue.concurrentPerform(iterations: 2) { half in
        do throws(GEOSError) {
          let context = try GEOSContext()
          buffer[half] = try context.coverageUnion(context.collection(of: halves[half].flatMap { communes[$0].polygons }))
            .polygons()
        } catch {
          errors.withLock { $0.append(error) }
        }
      }
    }
    if let error = errors.withLock({ $0.first }) { throw error }
    let context = try GEOSContext()
    return try context.coverageUnion(context.collection(of: parts[0] + parts[1])).polygons()
  }

  /// The holes of the union that are not holes of a single commune (a commune's own
  /// hole, unfilled by any neighbour, is not a gap between communes). When no pair is
  /// suspect the boundaries meet only at shared vertices and the unshared segments give
  /// the union's holes; otherwise, or if they do not close up, GEOS builds the union.
  private static func holesOfUnion(
    _ communes: [CoverageCommune], flats: [FlatPolygons], clean: Bool, overlaps: Bool, context: GEOSContext
  ) throws(GEOSError) -> [Ring] {
    var holes = clean ? UnionBoundary(flats)?.holes : nil
    if holes == nil {
      // Coverage union is only right without overlaps; GEOS may also refuse other unclean input.
      var union = overlaps ? nil : try? coverageUnion(communes, flats: flats)
      if union == nil { union = try context.unaryUnion(context.collection(of: communes.flatMap(\.polygons))).polygons() }
      holes = (union ?? []).flatMap(\.holes)
    }
    // The union keeps input vertices, so a commune's hole left open has exactly the same box.
    let communeHoles = Set(communes.lazy.flatMap(\.polygons).flatMap(\.holes).compactMap {
      BoundingBox(enclosing: $0.positions)
    })
    return (holes ?? []).filter { hole in
      BoundingBox(enclosing: hole.positions).map { !communeHoles.contains($0) } ?? false
    }
  }

  /// The communes with a vertex on `ring`, in input order.
  private static func neighbours(of ring: Ring, flats: [FlatPolygons]) -> [Int] {
    guard let box = BoundingBox(enclosing: ring.positions) else { return [] }
    let vertices = Set(ring.positions)
    return flats.indices.filter { flats[$0].box.intersects(box) && flats[$0].positions.contains(where: vertices.contains) }
  }
}
