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

  /// The coverage defects of `communes` and the enclaves of their union; with a `snap`
  /// tolerance (metres), the new polygons of the communes whose thin gaps and overlaps
  /// were closed, by position in `communes`, not yet wound.
  static func check(
    _ communes: [CoverageCommune], snap tolerance: Double? = nil
  ) throws(GEOSError) -> (entries: [DefectEntry], enclaves: [Enclave], snapped: [Int: [Polygon]]) {
    guard !communes.isEmpty else { return ([], [], [:]) }
    let flats = communes.compactMap { FlatPolygons($0.polygons) }
    precondition(flats.count == communes.count, "coverage communes must have polygons")
    let pairs = NeighbourPairs.of(flats.map(\.box))
    let (suspects, unshared) = suspectPairs(pairs, flats)

    let context = try GEOSContext()
    var entries: [DefectEntry] = StrayFeatures.find(boxes: flats.map(\.box), pairs: pairs).map { stray in
      let box = flats[stray.index].box
      return DefectEntry(
        defect: .strayFeature, featureIndex: communes[stray.index].index, code: communes[stray.index].code,
        detail: "lies \(FeatureRepair.format(distance: stray.distance)) from every other commune: kept; "
          + "remove it if it does not belong to this territory",
        location: Position(x: (box.minX + box.maxX) / 2, y: (box.minY + box.maxY) / 2))
    }
    let snap = tolerance.map { CoverageSnap(tolerance: $0, context: context) }
    var snapped: [Int: [Polygon]] = [:]
    func polygons(_ commune: Int) -> [Polygon] { snapped[commune] ?? communes[commune].polygons }
    func name(_ commune: Int) -> String {
      communes[commune].code.map { "\($0) (feature \(communes[commune].index))" } ?? "feature \(communes[commune].index)"
    }

    var overlapFound = false
    for (i, j) in suspects {
      let overlap = try context.intersection(context.geometry(of: polygons(i)), context.geometry(of: polygons(j)))
      let piece = try overlap.polygons()
      let area = RingMeasures.area(piece)
      guard area >= minimumOverlapArea else { continue }
      overlapFound = true
      var outcome = "left as is"
      if let snap, try snap.isThin(piece) {
        let (larger, smaller) = RingMeasures.area(polygons(i)) >= RingMeasures.area(polygons(j)) ? (i, j) : (j, i)
        snapped[smaller] = try snap.cut(piece, from: polygons(smaller))
        outcome = "cut from \(name(smaller)), kept by \(name(larger)) (\(snap.label))"
      }
      entries.append(
        DefectEntry(
          defect: .overlap, featureIndex: communes[i].index, code: communes[i].code,
          detail: "overlaps \(name(j)) over \(FeatureRepair.format(area: area)): \(outcome)",
          location: try context.pointOnSurface(overlap), area: area, otherFeatureIndex: communes[j].index))
    }

    let holes = try holesOfUnion(
      communes, flats: flats, unshared: suspects.isEmpty ? unshared : nil, overlaps: overlapFound, context: context)
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
      var outcome = "left as is"
      let gap = [Polygon(rings: [hole])]
      if let snap, let taker = longestBorder(of: hole, among: around, flats: flats), try snap.isThin(gap) {
        snapped[taker] = try snap.join(gap, to: polygons(taker))
        outcome = "filled into \(name(taker)) (\(snap.label))"
      }
      entries.append(
        DefectEntry(
          defect: .gap, featureIndex: around.first.map { communes[$0].index },
          code: around.first.flatMap { communes[$0].code },
          detail: "gap of \(FeatureRepair.format(area: area)) between \(names.joined(separator: ", ")): \(outcome)",
          location: location, area: area, otherFeatureIndex: around.dropFirst().first.map { communes[$0].index }))
    }
    return (entries, enclaves, snapped)
  }

  /// The pairs (i < j) whose interiors may meet (see ``SharedBorders``), tested on both
  /// cores, and the segments nobody runs back, in input order (the boundary of the union).
  private static func suspectPairs(
    _ pairs: [(Int, Int)], _ flats: [FlatPolygons]
  ) -> (suspects: [(Int, Int)], unshared: [(Position, Position)]) {
    var offsets = [0]
    for flat in flats { offsets.append(offsets[offsets.count - 1] + flat.positions.count) }
    let base = Array(offsets.dropLast())
    let positionCount = offsets[offsets.count - 1]
    var sorted = [SharedBorders.PairSweep.SortedSegments](repeating: .init(), count: flats.count)
    sorted.withUnsafeMutableBufferPointer { sorted in
      nonisolated(unsafe) let sorted = sorted
      DispatchQueue.concurrentPerform(iterations: 2) { half in
        for commune in stride(from: half, to: flats.count, by: 2) {
          sorted[commune] = SharedBorders.PairSweep.SortedSegments(flats[commune])
        }
      }
    }
    let segmentsByWestEnd = sorted
    var flags = [Bool](repeating: false, count: pairs.count)
    // What each core's sweep found run back; a segment is shared if either found it.
    var runBacks: [[Bool]] = [[], []]
    flags.withUnsafeMutableBufferPointer { flags in
      runBacks.withUnsafeMutableBufferPointer { runBacks in
        nonisolated(unsafe) let flags = flags
        nonisolated(unsafe) let runBacks = runBacks
        DispatchQueue.concurrentPerform(iterations: 2) { half in
          var sweep = SharedBorders.PairSweep(
            flats: flats, segmentsByWestEnd: segmentsByWestEnd, base: base, positionCount: positionCount)
          for k in stride(from: half, to: pairs.count, by: 2) {
            flags[k] = sweep.mayOverlap(pairs[k].0, pairs[k].1)
          }
          runBacks[half] = sweep.runBack
        }
      }
    }
    let runBack = zip(runBacks[0], runBacks[1]).map { $0 || $1 }

    var neighbours = [[Int]](repeating: [], count: flats.count)
    for (i, j) in pairs {
      neighbours[i].append(j)
      neighbours[j].append(i)
    }
    let neighbourLists = neighbours
    var covering = [[Int]](repeating: [], count: flats.count)
    covering.withUnsafeMutableBufferPointer { covering in
      nonisolated(unsafe) let covering = covering
      DispatchQueue.concurrentPerform(iterations: 2) { half in
        for commune in stride(from: half, to: flats.count, by: 2) {
          covering[commune] = SharedBorders.communesOverUnsharedSegments(
            of: commune, neighbours: neighbourLists[commune], flats: flats, base: base[commune], runBack: runBack)
        }
      }
    }
    var suspects = Set<SIMD2<Int>>()
    for (k, pair) in pairs.enumerated() where flags[k] { suspects.insert(SIMD2(pair.0, pair.1)) }
    for (commune, others) in covering.enumerated() {
      for other in others { suspects.insert(SIMD2(min(commune, other), max(commune, other))) }
    }

    var unshared: [(Position, Position)] = []
    for (commune, flat) in flats.enumerated() {
      var start = 0
      for end in flat.ringEnds {
        for k in start..<max(end - 1, start) where !runBack[base[commune] + k] {
          unshared.append((flat.positions[k], flat.positions[k + 1]))
        }
        start = end
      }
    }
    return (suspects.map { ($0.x, $0.y) }.sorted { $0 < $1 }, unshared)
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
  /// suspect the boundaries meet only at shared vertices and the `unshared` segments give
  /// the union's holes; otherwise (nil), or if they do not close up, GEOS builds the union.
  private static func holesOfUnion(
    _ communes: [CoverageCommune], flats: [FlatPolygons], unshared: [(Position, Position)]?, overlaps: Bool,
    context: GEOSContext
  ) throws(GEOSError) -> [Ring] {
    let exteriors = RingMeasures.doubleSignedArea(Array(flats[0].positions[..<flats[0].ringEnds[0]]))
    var holes = unshared.flatMap { UnionBoundary(unshared: $0, exteriorsAreCounterClockwise: exteriors > 0)?.holes }
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

  /// The commune among `candidates` whose segments run along most of `ring` (the first on a tie).
  private static func longestBorder(of ring: Ring, among candidates: [Int], flats: [FlatPolygons]) -> Int? {
    var best: (commune: Int, length: Double)?
    for commune in candidates {
      let flat = flats[commune]
      var segments = Set<[Position]>()
      var start = 0
      for end in flat.ringEnds {
        for k in start..<max(end - 1, start) { segments.insert([flat.positions[k], flat.positions[k + 1]]) }
        start = end
      }
      let length = zip(ring.positions, ring.positions.dropFirst()).reduce(0.0) { total, segment in
        let (p, q) = segment
        guard segments.contains([p, q]) || segments.contains([q, p]) else { return total }
        return total + ((q.x - p.x) * (q.x - p.x) + (q.y - p.y) * (q.y - p.y)).squareRoot()
      }
      if length > (best?.length ?? 0) { best = (commune, length) }
    }
    return best?.commune
  }

  /// The communes with a vertex on `ring`, in input order.
  private static func neighbours(of ring: Ring, flats: [FlatPolygons]) -> [Int] {
    guard let box = BoundingBox(enclosing: ring.positions) else { return [] }
    let vertices = Set(ring.positions)
    return flats.indices.filter { flats[$0].box.intersects(box) && flats[$0].positions.contains(where: vertices.contains) }
  }
}
