import AudomapCore

/// Plain-Swift tests that clear a clean coverage without GEOS.
///
/// The communes are valid and wound alike, so the overlap depth changes across a
/// segment by the number of communes running it one way minus the other way. When no
/// two communes' segments cross or touch except at shared end points, interiors overlap
/// only if a segment is run twice the same way, or if a segment nobody runs back has
/// another commune on its outer side (its midpoint lies inside that commune). Only the
/// pairs these tests flag go to GEOS for the overlap area.
enum SharedBorders {
  /// A sweep over two neighbours' segments; reusable buffers, one per thread.
  struct PairSweep {
    let flats: [FlatPolygons]
    /// Each commune's segments (their start in its positions) by west end.
    let segmentsByWestEnd: [SortedSegments]
    /// Where each commune's positions start when all are numbered one after another.
    let base: [Int]
    /// Whether someone runs back the segment starting at each position (in that numbering).
    private(set) var runBack: [Bool]
    private var activeA: [Segment] = []
    private var activeB: [Segment] = []

    init(flats: [FlatPolygons], segmentsByWestEnd: [SortedSegments], base: [Int], positionCount: Int) {
      self.flats = flats
      self.segmentsByWestEnd = segmentsByWestEnd
      self.base = base
      runBack = [Bool](repeating: false, count: positionCount)
    }

    private struct Segment {
      var p, q: Position
      var minX, maxX, minY, maxY: Double
      /// The segment's start in the global numbering.
      var index: Int

      init(_ p: Position, _ q: Position, index: Int) {
        self.p = p
        self.q = q
        (minX, maxX) = p.x < q.x ? (p.x, q.x) : (q.x, p.x)
        (minY, maxY) = p.y < q.y ? (p.y, q.y) : (q.y, p.y)
        self.index = index
      }

      func meets(_ box: BoundingBox) -> Bool {
        minX <= box.maxX && maxX >= box.minX && minY <= box.maxY && maxY >= box.minY
      }
    }

    /// One commune's segments by west end, sorted once for all its pairs.
    struct SortedSegments {
      /// The segments' starts in the commune's positions, by west end.
      var starts: [Int32] = []
      var westEnds: [Double] = []
      /// The widest segment's east-west extent: no segment west of `x - maxWidth` reaches `x`.
      var maxWidth = 0.0

      /// No segment: a commune not sorted yet.
      init() {}

      init(_ flat: FlatPolygons) {
        var keyed: [(west: Double, start: Int32)] = []
        keyed.reserveCapacity(flat.positions.count)
        var start = 0
        for end in flat.ringEnds {
          for k in start..<max(end - 1, start) {
            let (x0, x1) = (flat.positions[k].x, flat.positions[k + 1].x)
            keyed.append((min(x0, x1), Int32(k)))
            maxWidth = max(maxWidth, abs(x1 - x0))
          }
          start = end
        }
        keyed.sort { $0.west < $1.west }
        starts = keyed.map(\.start)
        westEnds = keyed.map(\.west)
      }

      /// The first segment that may reach `x` or east of it.
      func first(reaching x: Double) -> Int {
        let west = x - maxWidth
        var (low, high) = (0, westEnds.count)
        while low < high {
          let middle = (low + high) / 2
          if westEnds[middle] < west { low = middle + 1 } else { high = middle }
        }
        return low
      }
    }

    /// Whether the interiors of communes `a` and `b` may meet: a segment run the same way
    /// in both, or a segment of one and one of the other meeting elsewhere than at shared
    /// end points (a crossing, an end point inside the other segment). Segments run back
    /// by the other are recorded in ``runBack``. A sweep by west end over the segments in
    /// the common box, merging the two communes' sorted lists.
    mutating func mayOverlap(_ a: Int, _ b: Int) -> Bool {
      let box = flats[a].box.intersection(flats[b].box)
      activeA.removeAll(keepingCapacity: true)
      activeB.removeAll(keepingCapacity: true)
      let (flatA, flatB) = (flats[a], flats[b])
      let (listA, listB) = (segmentsByWestEnd[a], segmentsByWestEnd[b])
      var (i, j) = (listA.first(reaching: box.minX), listB.first(reaching: box.minX))
      var nextA = i < listA.starts.count ? segment(listA.starts[i], of: flatA, commune: a) : nil
      var nextB = j < listB.starts.count ? segment(listB.starts[j], of: flatB, commune: b) : nil
      var overlap = false
      while true {
        // The next segment by west end, from whichever commune has it.
        let item: Segment
        let takeA: Bool
        if let segmentA = nextA, nextB.map({ segmentA.minX <= $0.minX }) ?? true {
          (item, takeA) = (segmentA, true)
          i += 1
          nextA = i < listA.starts.count ? segment(listA.starts[i], of: flatA, commune: a) : nil
        } else if let segmentB = nextB {
          (item, takeA) = (segmentB, false)
          j += 1
          nextB = j < listB.starts.count ? segment(listB.starts[j], of: flatB, commune: b) : nil
        } else {
          break
        }
        if item.minX > box.maxX { break }
        guard item.meets(box) else { continue }
        if takeA {
          activeB.removeAll { $0.maxX < item.minX }
          overlap = compare(item, with: activeB) || overlap
          activeA.append(item)
        } else {
          activeA.removeAll { $0.maxX < item.minX }
          overlap = compare(item, with: activeA) || overlap
          activeB.append(item)
        }
      }
      return overlap
    }

    private func segment(_ k: Int32, of flat: FlatPolygons, commune: Int) -> Segment {
      let k = Int(k)
      return Segment(flat.positions[k], flat.positions[k + 1], index: base[commune] + k)
    }

    /// Records the segments of `others` that run `item` back; true if one meets it otherwise.
    private mutating func compare(_ item: Segment, with others: [Segment]) -> Bool {
      var overlap = false
      for o in others where item.minY <= o.maxY && o.minY <= item.maxY {
        if item.p == o.q, item.q == o.p {
          runBack[item.index] = true
          runBack[o.index] = true
        } else if (item.p == o.p && item.q == o.q) || SharedBorders.touchesInside(item.p, item.q, o.p, o.q) {
          overlap = true
        }
      }
      return overlap
    }
  }

  /// The neighbours (communes whose box meets its box) that hold the midpoint of a
  /// segment of `commune` nobody runs back.
  static func communesOverUnsharedSegments(
    of commune: Int, neighbours: [Int], flats: [FlatPolygons], base: Int, runBack: [Bool]
  ) -> [Int] {
    let flat = flats[commune]
    var found: [Int] = []
    var start = 0
    for end in flat.ringEnds {
      for k in start..<max(end - 1, start) where !runBack[base + k] {
        let p = flat.positions[k]
        let q = flat.positions[k + 1]
        let midpoint = Position(x: (p.x + q.x) / 2, y: (p.y + q.y) / 2)
        for other in neighbours where !found.contains(other) && flats[other].contains(midpoint) {
          found.append(other)
        }
      }
      start = end
    }
    return found
  }

  /// Whether segments pq and rs (not the same segment) meet anywhere but at shared endpoints.
  static func touchesInside(_ p: Position, _ q: Position, _ r: Position, _ s: Position) -> Bool {
    let o1 = orientation(p, q, r)
    let o2 = orientation(p, q, s)
    let o3 = orientation(r, s, p)
    let o4 = orientation(r, s, q)
    if o1 * o2 < 0, o3 * o4 < 0 { return true }
    return (o1 == 0 && strictlyWithin(r, p, q)) || (o2 == 0 && strictlyWithin(s, p, q))
      || (o3 == 0 && strictlyWithin(p, r, s)) || (o4 == 0 && strictlyWithin(q, r, s))
  }

  private static func orientation(_ p: Position, _ q: Position, _ r: Position) -> Double {
    let cross = (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x)
    return cross > 0 ? 1 : cross < 0 ? -1 : 0
  }

  /// Whether `x`, on the line through p and q, lies strictly between them.
  private static func strictlyWithin(_ x: Position, _ p: Position, _ q: Position) -> Bool {
    x != p && x != q && x.x >= min(p.x, q.x) && x.x <= max(p.x, q.x) && x.y >= min(p.y, q.y) && x.y <= max(p.y, q.y)
  }
}
