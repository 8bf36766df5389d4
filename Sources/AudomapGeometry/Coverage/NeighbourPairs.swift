import AudomapCore

/// Candidate neighbours: the pairs of communes whose boxes meet.
enum NeighbourPairs {
  /// The pairs (i < j) of boxes that intersect, by a sweep over boxes sorted by
  /// their west edge: plain Swift, ~10 ms for 35,000 communes (an STRtree
  /// built and queried through GEOS costs more in calls alone).
  static func of(_ boxes: [BoundingBox]) -> [(Int, Int)] {
    let order = boxes.indices.sorted { boxes[$0].minX < boxes[$1].minX }
    var active: [Int] = []
    var pairs: [(Int, Int)] = []
    for index in order {
      let box = boxes[index]
      active.removeAll { boxes[$0].maxX < box.minX }
      for other in active where boxes[other].minY <= box.maxY && box.minY <= boxes[other].maxY {
        pairs.append((min(index, other), max(index, other)))
      }
      active.append(index)
    }
    return pairs.sorted { $0 < $1 }
  }
}
