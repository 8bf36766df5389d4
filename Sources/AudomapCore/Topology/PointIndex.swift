/// Flat vertex indexes bucketed into horizontal stripes and sorted by x
/// inside each stripe, to find the vertices inside a small box quickly.
struct PointIndex {
  private let bottom: Double
  private let stripeHeight: Double
  private let stripeStarts: [Int]
  /// Vertex indexes, stripe after stripe, each stripe sorted by x.
  private let members: [Int]
  private let memberX: [Double]

  /// Indexes `points` of the flat coordinate arrays, with stripes about as
  /// tall as `typicalHeight` (the height of the boxes that will be asked for).
  init(points: [Int], x: [Double], y: [Double], typicalHeight: Double) {
    let low = points.lazy.map { y[$0] }.min() ?? 0
    let high = points.lazy.map { y[$0] }.max() ?? 0
    let count =
      typicalHeight > 0 && high > low ? max(1, min(Int((high - low) / typicalHeight), points.count, 1 << 20)) : 1
    bottom = low
    stripeHeight = high > low ? (high - low) / Double(count) : 1
    var starts = [Int](repeating: 0, count: count + 1)
    let height = stripeHeight
    func stripe(_ value: Double) -> Int { min(count - 1, max(0, Int((value - low) / height))) }
    for point in points { starts[stripe(y[point]) + 1] += 1 }
    for band in 0..<count { starts[band + 1] += starts[band] }
    var fill = starts
    var members = [Int](repeating: 0, count: points.count)
    for point in points {
      let band = stripe(y[point])
      members[fill[band]] = point
      fill[band] += 1
    }
    for band in 0..<count { members[starts[band]..<starts[band + 1]].sort { x[$0] < x[$1] } }
    stripeStarts = starts
    self.members = members
    memberX = members.map { x[$0] }
  }

  /// Calls `body` with every indexed vertex inside the box (edges included)
  /// until it returns false.
  func forEach(
    minX: Double, maxX: Double, minY: Double, maxY: Double, y: [Double], _ body: (Int) -> Bool
  ) {
    let stripeCount = stripeStarts.count - 1
    let first = max(0, min(stripeCount - 1, Int((minY - bottom) / stripeHeight)))
    let last = max(0, min(stripeCount - 1, Int((maxY - bottom) / stripeHeight)))
    for band in first...last {
      // Binary search for the first member at or right of minX.
      var low = stripeStarts[band]
      var high = stripeStarts[band + 1]
      while low < high {
        let middle = (low + high) / 2
        if memberX[middle] < minX { low = middle + 1 } else { high = middle }
      }
      var k = low
      while k < stripeStarts[band + 1], memberX[k] <= maxX {
        let point = members[k]
        if y[point] >= minY, y[point] <= maxY, !body(point) { return }
        k += 1
      }
    }
  }
}
