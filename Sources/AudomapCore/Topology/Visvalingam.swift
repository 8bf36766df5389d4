import Foundation

/// Visvalingam–Whyatt effective areas, the ranking that mapshaper's
/// `-simplify` uses: a vertex is worth the area of the triangle it forms with
/// its two neighbours, and the least worthy vertex is removed first.
enum Visvalingam {
  /// How much a sharp angle lowers a vertex's worth, as mapshaper's default
  /// "weighted Visvalingam" (weighting 0.7): the area is multiplied by
  /// `1 - 0.7 cos θ`, θ the angle at the vertex, so spikes (θ near 0) go
  /// before smooth bends of the same area.
  static let weighting = 0.7

  /// The effective area of every position of the arc `x[range]`, `y[range]`
  /// written into `areas[range]`: endpoints get infinity (they are always
  /// kept). Areas never decrease in the order vertices are removed, so
  /// keeping the vertices whose area is at least `t` gives the same line as
  /// removing vertices one by one until the smallest left is `t`.
  /// Longitudes are scaled by the cosine of the arc's latitude so that areas
  /// compare across the map.
  static func effectiveAreas(
    x: UnsafeBufferPointer<Double>, y: UnsafeBufferPointer<Double>, range: Range<Int>,
    areas: UnsafeMutableBufferPointer<Double>, heap: inout AreaHeap
  ) {
    let first = range.lowerBound
    let count = range.count
    areas[first] = .infinity
    areas[range.upperBound - 1] = .infinity
    guard count > 2 else { return }
    let latitude = y[first]
    let scale = abs(latitude) <= 90 ? max(cos(latitude * .pi / 180), 1e-6) : 1
    func metric(_ a: Int, _ b: Int, _ c: Int) -> Double {
      let abx = (x[first + a] - x[first + b]) * scale, aby = y[first + a] - y[first + b]
      let cbx = (x[first + c] - x[first + b]) * scale, cby = y[first + c] - y[first + b]
      let area = abs(abx * cby - aby * cbx) / 2
      let lengths = ((abx * abx + aby * aby) * (cbx * cbx + cby * cby)).squareRoot()
      let cosine = lengths > 0 ? (abx * cbx + aby * cby) / lengths : 0
      return area * (1 - weighting * cosine)
    }

    var previous = [Int32](unsafeUninitializedCapacity: count) { buffer, initialized in
      for i in 0..<count { buffer[i] = Int32(i - 1) }
      initialized = count
    }
    var next = [Int32](unsafeUninitializedCapacity: count) { buffer, initialized in
      for i in 0..<count { buffer[i] = Int32(i + 1) }
      initialized = count
    }
    heap.reset(count: count)
    for i in 1..<(count - 1) { heap.insert(i, area: metric(i - 1, i, i + 1)) }
    var largest = -Double.infinity
    while let (vertex, area) = heap.popMin() {
      // Keep areas monotonic: a vertex whose triangle shrank after its
      // neighbour went still outlives that neighbour.
      largest = max(largest, area)
      areas[first + vertex] = largest
      let before = Int(previous[vertex])
      let after = Int(next[vertex])
      next[before] = Int32(after)
      previous[after] = Int32(before)
      if before > 0 { heap.update(before, area: metric(Int(previous[before]), before, after)) }
      if after < count - 1 { heap.update(after, area: metric(before, after, Int(next[after]))) }
    }
  }
}

/// A binary min-heap of arc-local vertex indexes keyed by area, with each
/// vertex's place remembered so its area can change. Reused across arcs.
struct AreaHeap {
  private var items: [Int32] = []
  private var areas: [Double] = []
  /// The place of each vertex in `items`, or -1 once popped.
  private var places: [Int32] = []

  mutating func reset(count: Int) {
    items.removeAll(keepingCapacity: true)
    if areas.count < count {
      areas = [Double](repeating: 0, count: count)
      places = [Int32](repeating: -1, count: count)
    }
  }

  mutating func insert(_ vertex: Int, area: Double) {
    areas[vertex] = area
    places[vertex] = Int32(items.count)
    items.append(Int32(vertex))
    siftUp(items.count - 1)
  }

  mutating func update(_ vertex: Int, area: Double) {
    let place = Int(places[vertex])
    guard place >= 0 else { return }
    let old = areas[vertex]
    areas[vertex] = area
    if area < old { siftUp(place) } else { siftDown(place) }
  }

  mutating func popMin() -> (vertex: Int, area: Double)? {
    guard let top = items.first else { return nil }
    let last = items.removeLast()
    if !items.isEmpty {
      items[0] = last
      places[Int(last)] = 0
      siftDown(0)
    }
    places[Int(top)] = -1
    return (Int(top), areas[Int(top)])
  }

  private mutating func siftUp(_ start: Int) {
    var child = start
    let item = items[child]
    while child > 0 {
      let parent = (child - 1) / 2
      guard areas[Int(items[parent])] > areas[Int(item)] else { break }
      items[child] = items[parent]
      places[Int(items[child])] = Int32(child)
      child = parent
    }
    items[child] = item
    places[Int(item)] = Int32(child)
  }

  private mutating func siftDown(_ start: Int) {
    var parent = start
    let item = items[parent]
    let count = items.count
    while true {
      var child = 2 * parent + 1
      guard child < count else { break }
      if child + 1 < count, areas[Int(items[child + 1])] < areas[Int(items[child])] { child += 1 }
      guard areas[Int(items[child])] < areas[Int(item)] else { break }
      items[parent] = items[child]
      places[Int(items[parent])] = Int32(parent)
      parent = child
    }
    items[parent] = item
    places[Int(item)] = Int32(parent)
  }
}
