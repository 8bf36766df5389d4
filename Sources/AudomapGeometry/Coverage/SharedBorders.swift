import AudomapCore

/// A plain-Swift test that clears most neighbour pairs without GEOS: in a clean
/// coverage, neighbours share vertices, and every edge of one that is not a
/// shared edge (the same segment, run the other way since both are wound alike)
/// lies outside the other. Only pairs that fail it go to GEOS for the overlap area.
enum SharedBorders {
  /// False when the interiors of `a` and `b` certainly do not meet; true when they may
  /// (a segment run the same way in both, a crossing, a vertex on the inside of the
  /// other's segment, or an unshared segment whose midpoint lies inside the other).
  /// Both must be wound alike (exteriors the same way, holes the other).
  static func mayOverlap(_ a: FlatPolygons, _ b: FlatPolygons) -> Bool {
    let box = a.box.intersection(b.box)
    let segmentsA = segments(of: a, meeting: box)
    let segmentsB = segments(of: b, meeting: box)
    return oneWay(a, segmentsA, b, segmentsB) || oneWay(b, segmentsB, a, segmentsA)
  }

  /// The start index of each segment of `polygons` whose box meets `box`.
  private static func segments(of polygons: FlatPolygons, meeting box: BoundingBox) -> [Int] {
    var result: [Int] = []
    polygons.positions.withUnsafeBufferPointer { p in
      var start = 0
      for end in polygons.ringEnds {
        var k = start
        while k + 1 < end {
          let s = p[k]
          let t = p[k + 1]
          if min(s.x, t.x) <= box.maxX, max(s.x, t.x) >= box.minX, min(s.y, t.y) <= box.maxY, max(s.y, t.y) >= box.minY {
            result.append(k)
          }
          k += 1
        }
        start = end
      }
    }
    return result
  }

  /// Tests the segments of `a` against `b`. An unshared segment that neither crosses
  /// nor touches `b`'s boundary lies wholly inside or outside `b`, and so does the next
  /// one unless they meet on a vertex of `b`: one ray cast per run of such segments.
  private static func oneWay(_ a: FlatPolygons, _ segmentsA: [Int], _ b: FlatPolygons, _ segmentsB: [Int]) -> Bool {
    a.positions.withUnsafeBufferPointer { pa in
      b.positions.withUnsafeBufferPointer { pb in
        var outsideUpTo = -1  // the end vertex of the last segment known to lie outside `b`
        for k in segmentsA {
          let p = pa[k]
          let q = pa[k + 1]
          var shared = false
          var startsOnB = false
          for m in segmentsB {
            let r = pb[m]
            let s = pb[m + 1]
            if p == s, q == r {
              shared = true
              continue
            }
            if p == r, q == s { return true }
            if touchesInside(p, q, r, s) { return true }
            if p == r || p == s { startsOnB = true }
          }
          guard !shared else { continue }
          if outsideUpTo == k, !startsOnB {
            outsideUpTo = k + 1
            continue
          }
          if b.contains(Position(x: (p.x + q.x) / 2, y: (p.y + q.y) / 2)) { return true }
          outsideUpTo = k + 1
        }
        return false
      }
    }
  }

  /// Whether segments pq and rs (not the same segment) meet anywhere but at shared endpoints.
  private static func touchesInside(_ p: Position, _ q: Position, _ r: Position, _ s: Position) -> Bool {
    if max(p.x, q.x) < min(r.x, s.x) || max(r.x, s.x) < min(p.x, q.x) || max(p.y, q.y) < min(r.y, s.y)
      || max(r.y, s.y) < min(p.y, q.y)
    {
      return false
    }
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
