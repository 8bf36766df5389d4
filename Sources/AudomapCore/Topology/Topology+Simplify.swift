extension Topology {
  /// The topology with each arc simplified once, so that neighbours keep one
  /// shared border and no gap or overlap opens between them.
  ///
  /// As mapshaper's `-simplify 10%`: the arcs' interior vertices are ranked
  /// by weighted Visvalingam effective area (see `Visvalingam`) over the
  /// whole map, and `percent` of them are kept; arc endpoints (junctions)
  /// always stay. Three repairs follow, each only putting back removed
  /// vertices (the most important first), until none has anything left to do:
  /// - a ring left with fewer than three distinct positions or no area gets
  ///   vertices back from its own arcs, so no commune ever vanishes;
  /// - two simplified segments that cross or touch away from a shared
  ///   endpoint each get back the most important vertex they skipped, as
  ///   mapshaper's intersection repair does;
  /// - a segment whose shortcut sweeps over a kept vertex gets back the most
  ///   important vertex it skipped: without crossing anything, it would
  ///   otherwise move a whole island inside its neighbour.
  ///
  /// - Parameter percent: The share of removable vertices to keep, from 0 to 100.
  /// - Returns: A topology with the same features and arcs, fewer positions.
  public func simplified(keeping percent: Double) -> Topology {
    guard percent < 100 else { return self }
    var vertices = ArcVertices(arcs)
    vertices.keepMostImportant(percent: max(percent, 0))
    // The first round checks everything; each later one only what the
    // previous round put back, until a round puts back nothing.
    var scope: ArcVertices.Changes? = nil
    repeat {
      vertices.restoreCollapsedRings(features.lazy.flatMap { $0.joined() })
      vertices.restoreCrossings(since: scope)
      vertices.restoreSweptVertices(since: scope)
      scope = vertices.takeChanges()
    } while scope != nil
    return Topology(arcs: vertices.keptArcs(), features: features)
  }
}

/// Every arc position in flat arrays, with its effective area and whether it
/// is kept. Arc `i` occupies `starts[i]..<starts[i + 1]`.
private struct ArcVertices {
  var x: [Double] = []
  var y: [Double] = []
  var area: [Double] = []
  var kept: [Bool] = []
  var starts: [Int] = [0]
  /// The arc of each position.
  var arcOf: [Int32] = []
  /// What was put back since the last `takeChanges()`.
  private var changes = Changes()

  /// The vertices put back by a round of repairs, and their arcs.
  struct Changes {
    var arcs: Set<Int> = []
    var vertices: [Int] = []
  }

  init(_ arcs: [[Position]]) {
    let total = arcs.reduce(0) { $0 + $1.count }
    x.reserveCapacity(total)
    y.reserveCapacity(total)
    for arc in arcs {
      for position in arc {
        x.append(position.x)
        y.append(position.y)
      }
      arcOf.append(contentsOf: repeatElement(Int32(starts.count - 1), count: arc.count))
      starts.append(x.count)
    }
    area = [Double](repeating: .infinity, count: total)
    kept = [Bool](repeating: true, count: total)
    var heap = AreaHeap()
    x.withUnsafeBufferPointer { x in
      y.withUnsafeBufferPointer { y in
        area.withUnsafeMutableBufferPointer { area in
          for arc in 0..<(starts.count - 1) {
            Visvalingam.effectiveAreas(x: x, y: y, range: starts[arc]..<starts[arc + 1], areas: area, heap: &heap)
          }
        }
      }
    }
  }

  func range(ofArc index: Int) -> Range<Int> { starts[index]..<starts[index + 1] }

  /// Keeps vertex `i` again and notes it for the next round.
  mutating func restore(_ i: Int) {
    guard !kept[i] else { return }
    kept[i] = true
    changes.arcs.insert(Int(arcOf[i]))
    changes.vertices.append(i)
  }

  /// What was put back since the last call, or nil when nothing was.
  mutating func takeChanges() -> Changes? {
    defer { changes = Changes() }
    return changes.vertices.isEmpty ? nil : changes
  }

  /// The most important vertex that the segment from `first` to `last` skips.
  func mostImportant(between first: Int, and last: Int) -> Int? {
    ((first + 1)..<last).max { area[$0] != area[$1] ? area[$0] < area[$1] : $0 > $1 }
  }

  /// Keeps exactly `percent` % of the interior vertices, the largest areas
  /// first (ties broken by position in the arcs, for deterministic output).
  mutating func keepMostImportant(percent: Double) {
    var interior = area.filter { $0.isFinite }
    let keepCount = Int((Double(interior.count) * percent / 100).rounded())
    guard keepCount < interior.count else { return }
    let threshold = keepCount > 0 ? select(&interior, largest: keepCount) : .infinity
    var ties = keepCount - area.lazy.filter { $0.isFinite && $0 > threshold }.count
    for i in area.indices where area[i].isFinite {
      if area[i] > threshold {
        kept[i] = true
      } else if area[i] == threshold, ties > 0 {
        kept[i] = true
        ties -= 1
      } else {
        kept[i] = false
      }
    }
  }

  func keptArcs() -> [[Position]] {
    (0..<(starts.count - 1)).map { arc in
      range(ofArc: arc).filter { kept[$0] }.map { Position(x: x[$0], y: y[$0]) }
    }
  }

  // MARK: Rings that would collapse

  /// The flat indexes of a ring's positions in ring order, all of them or
  /// only the kept ones, without the closing repeat.
  func ringIndexes(_ references: [Int], keptOnly: Bool) -> [Int] {
    var result: [Int] = []
    for reference in references {
      let (arc, reversed) = Topology.arc(reference)
      let range = range(ofArc: arc)
      // Each arc's last position is the next arc's first: leave it out.
      let indexes = reversed ? Array(range.dropFirst().reversed()) : Array(range.dropLast())
      result += keptOnly ? indexes.filter { kept[$0] } : indexes
    }
    return result
  }

  /// Whether the positions at these indexes make a ring with at least three
  /// distinct positions and a non-zero area.
  func isRing(_ indexes: [Int]) -> Bool {
    guard indexes.count >= 3 else { return false }
    var distinct: [Int] = []
    for i in indexes where !distinct.contains(where: { x[$0] == x[i] && y[$0] == y[i] }) {
      distinct.append(i)
      if distinct.count == 3 { break }
    }
    guard distinct.count == 3 else { return false }
    var twiceArea = 0.0
    for (k, i) in indexes.enumerated() {
      let j = indexes[(k + 1) % indexes.count]
      twiceArea += (x[i] - x[indexes[0]]) * (y[j] - y[indexes[0]]) - (x[j] - x[indexes[0]]) * (y[i] - y[indexes[0]])
    }
    return twiceArea != 0
  }

  /// Puts back vertices of every ring that lost its shape, most important
  /// first, until it has one again.
  mutating func restoreCollapsedRings<S: Sequence>(_ rings: S) where S.Element == [Int] {
    for references in rings where !isRing(ringIndexes(references, keptOnly: true)) {
      let candidates = ringIndexes(references, keptOnly: false).filter { !kept[$0] }.sorted {
        area[$0] != area[$1] ? area[$0] > area[$1] : $0 < $1
      }
      for candidate in candidates {
        restore(candidate)
        if isRing(ringIndexes(references, keptOnly: true)) { break }
      }
    }
  }

  // MARK: Segments that cross

  /// Finds simplified segments that cross or touch other than at a shared
  /// endpoint and puts back, for each, the most important vertex it skipped.
  /// With `changes`, only pairs with a segment of a changed arc are tested
  /// (the others were tested before).
  mutating func restoreCrossings(since changes: Changes?) {
    var segments = SegmentSet()
    for arc in 0..<(starts.count - 1) {
      let changed = changes?.arcs.contains(arc) ?? true
      var from = -1
      for i in range(ofArc: arc) where kept[i] {
        if from >= 0, x[from] != x[i] || y[from] != y[i] {
          segments.append(from: from, to: i, changed: changed, x: x, y: y)
        }
        from = i
      }
    }
    for segment in segments.conflicting(x: x, y: y) {
      if let best = mostImportant(between: segments.from[segment], and: segments.to[segment]) { restore(best) }
    }
  }

  // MARK: Shortcuts that sweep over vertices

  /// Finds simplified segments whose shortcut passes on the other side of a
  /// kept vertex: the vertex lies inside the pocket between the segment and
  /// the stretch of arc it replaces, so its ring would cross the segment or
  /// end up on the wrong side of it. Puts back, for each, the most important
  /// vertex it skipped. With `changes`, only the segments of changed arcs are
  /// tested against every kept vertex, the others against the vertices put back.
  mutating func restoreSweptVertices(since changes: Changes?) {
    var spans: [(range: ClosedRange<Int>, changed: Bool, box: BoundingBox)] = []
    var keptIndexes: [Int] = []
    for arc in 0..<(starts.count - 1) {
      let changed = changes?.arcs.contains(arc) ?? true
      var from = -1
      for i in range(ofArc: arc) where kept[i] {
        if from >= 0, i > from + 1 {
          var box = BoundingBox(minX: x[i], minY: y[i], maxX: x[i], maxY: y[i])
          for k in from..<i { box = box.extended(by: Position(x: x[k], y: y[k])) }
          spans.append((from...i, changed, box))
        }
        keptIndexes.append(i)
        from = i
      }
    }
    guard !spans.isEmpty else { return }
    let typicalHeight = 2 * spans.reduce(0.0) { $0 + $1.box.height } / Double(spans.count)
    let everyVertex = PointIndex(points: keptIndexes, x: x, y: y, typicalHeight: typicalHeight)
    let newVertices = changes.map { PointIndex(points: $0.vertices, x: x, y: y, typicalHeight: typicalHeight) }
    for span in spans {
      guard let index = span.changed ? everyVertex : newVertices else { continue }
      let first = span.range.lowerBound
      let last = span.range.upperBound
      var swept = false
      index.forEach(minX: span.box.minX, maxX: span.box.maxX, minY: span.box.minY, maxY: span.box.maxY, y: y) { point in
        let onEnd = (x[point] == x[first] && y[point] == y[first]) || (x[point] == x[last] && y[point] == y[last])
        if !onEnd, pocket(span.range, contains: point) { swept = true }
        return !swept
      }
      if swept, let best = mostImportant(between: first, and: last) { restore(best) }
    }
  }

  /// Whether the vertex lies inside the polygon that the arc positions of
  /// `span` close with their chord (even-odd rule).
  func pocket(_ span: ClosedRange<Int>, contains point: Int) -> Bool {
    let px = x[point]
    let py = y[point]
    var inside = false
    var j = span.upperBound
    for i in span {
      if (y[i] > py) != (y[j] > py) {
        let crossingX: Double = (x[j] - x[i]) * (py - y[i]) / (y[j] - y[i]) + x[i]
        if px < crossingX { inside.toggle() }
      }
      j = i
    }
    return inside
  }
}

/// The `count`-th largest of `values` (1 for the largest), found by
/// quickselect in linear time: a full sort of a national file's million
/// areas costs more than the rest of the ranking. Reorders `values`.
private func select(_ values: inout [Double], largest count: Int) -> Double {
  var low = 0
  var high = values.count
  let target = count - 1
  while high - low > 1 {
    let pivot = medianOfThree(values[low], values[(low + high) / 2], values[high - 1])
    // Three-way partition: larger | equal | smaller, so that runs of equal
    // areas (collinear vertices all have 0) cannot make it quadratic.
    var larger = low
    var i = low
    var smaller = high
    while i < smaller {
      if values[i] > pivot {
        values.swapAt(i, larger)
        larger += 1
        i += 1
      } else if values[i] < pivot {
        smaller -= 1
        values.swapAt(i, smaller)
      } else {
        i += 1
      }
    }
    if target < larger {
      high = larger
    } else if target >= smaller {
      low = smaller
    } else {
      return pivot
    }
  }
  return values[target]
}

private func medianOfThree(_ a: Double, _ b: Double, _ c: Double) -> Double {
  max(min(a, b), min(max(a, b), c))
}
