/// Segments between kept arc vertices, searched for conflicts (a crossing,
/// a vertex on another segment, an overlap) with a sweep along x inside
/// horizontal stripes, as mapshaper's intersection finder does.
struct SegmentSet {
  /// The flat vertex indexes each segment joins.
  private(set) var from: [Int] = []
  private(set) var to: [Int] = []
  private var minX: [Double] = []
  private var maxX: [Double] = []
  private var minY: [Double] = []
  private var maxY: [Double] = []
  /// Whether each segment is new since the last search: pairs of old
  /// segments were searched already and are skipped.
  private var changed: [Bool] = []

  mutating func append(from a: Int, to b: Int, changed isNew: Bool, x: [Double], y: [Double]) {
    from.append(a)
    to.append(b)
    changed.append(isNew)
    minX.append(min(x[a], x[b]))
    maxX.append(max(x[a], x[b]))
    minY.append(min(y[a], y[b]))
    maxY.append(max(y[a], y[b]))
  }

  /// The segments that conflict with at least one other (in a pair with a
  /// changed segment), in increasing order.
  func conflicting(x: [Double], y: [Double]) -> [Int] {
    let count = from.count
    guard count > 1, let bottom = minY.min(), let top = maxY.max() else { return [] }
    // Stripes about twice as tall as the average segment: most segments then
    // sit in one or two stripes, and each stripe holds few segments.
    let averageHeight = zip(minY, maxY).reduce(0) { $0 + ($1.1 - $1.0) } / Double(count)
    let height = top - bottom
    let stripeCount =
      height > 0 && averageHeight > 0 ? max(1, min(Int(height / (2 * averageHeight)), count / 2, 1 << 20)) : 1
    let stripeHeight = height > 0 ? height / Double(stripeCount) : 1
    func stripe(_ value: Double) -> Int { min(stripeCount - 1, max(0, Int((value - bottom) / stripeHeight))) }

    // Bucket the segments by stripe (a counting sort into one flat array).
    var bucketStarts = [Int](repeating: 0, count: stripeCount + 1)
    for s in 0..<count {
      for band in stripe(minY[s])...stripe(maxY[s]) { bucketStarts[band + 1] += 1 }
    }
    for band in 0..<stripeCount { bucketStarts[band + 1] += bucketStarts[band] }
    var fill = bucketStarts
    var buckets = [Int](repeating: 0, count: bucketStarts[stripeCount])
    for s in 0..<count {
      for band in stripe(minY[s])...stripe(maxY[s]) {
        buckets[fill[band]] = s
        fill[band] += 1
      }
    }

    var conflicts = [Bool](repeating: false, count: count)
    for band in 0..<stripeCount {
      let members = buckets[bucketStarts[band]..<bucketStarts[band + 1]].sorted { minX[$0] < minX[$1] }
      for (k, s) in members.enumerated() {
        for t in members[(k + 1)...] {
          guard minX[t] <= maxX[s] else { break }
          guard changed[s] || changed[t], minY[t] <= maxY[s], minY[s] <= maxY[t] else { continue }
          if conflict(s, t, x: x, y: y) {
            conflicts[s] = true
            conflicts[t] = true
          }
        }
      }
    }
    return conflicts.indices.filter { conflicts[$0] }
  }

  /// Whether segments `s` and `t` meet anywhere but at one shared endpoint
  /// (where neighbouring segments of a line, or arcs at a junction, meet).
  private func conflict(_ s: Int, _ t: Int, x: [Double], y: [Double]) -> Bool {
    let a = from[s], b = to[s], c = from[t], d = to[t]
    func same(_ i: Int, _ j: Int) -> Bool { x[i] == x[j] && y[i] == y[j] }
    func orient(_ p: Int, _ q: Int, _ r: Int) -> Double {
      (x[q] - x[p]) * (y[r] - y[p]) - (y[q] - y[p]) * (x[r] - x[p])
    }
    // `r` lies on segment p–q, given the three are collinear.
    func within(_ p: Int, _ q: Int, _ r: Int) -> Bool {
      min(x[p], x[q]) <= x[r] && x[r] <= max(x[p], x[q]) && min(y[p], y[q]) <= y[r] && y[r] <= max(y[p], y[q])
    }
    let shared = [(a, c, b, d), (a, d, b, c), (b, c, a, d), (b, d, a, c)].filter { same($0.0, $0.1) }
    if shared.count > 1 { return true }  // the same segment twice
    if let (p, _, q, r) = shared.first {
      // One shared endpoint: a conflict only if the segments overlap.
      return orient(p, q, r) == 0 && (x[q] - x[p]) * (x[r] - x[p]) + (y[q] - y[p]) * (y[r] - y[p]) > 0
    }
    let o1 = orient(a, b, c), o2 = orient(a, b, d), o3 = orient(c, d, a), o4 = orient(c, d, b)
    if (o1 > 0 && o2 < 0 || o1 < 0 && o2 > 0) && (o3 > 0 && o4 < 0 || o3 < 0 && o4 > 0) { return true }
    return (o1 == 0 && within(a, b, c)) || (o2 == 0 && within(a, b, d))
      || (o3 == 0 && within(c, d, a)) || (o4 == 0 && within(c, d, b))
  }
}
