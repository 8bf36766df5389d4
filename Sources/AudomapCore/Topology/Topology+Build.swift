extension Topology {
  /// Builds the arc topology of the polygons of `collection`, as TopoJSON does.
  ///
  /// Every ring is cut at its junctions: the vertices where the set of rings
  /// going through changes (three or more rings meet, or two rings start or
  /// stop sharing a border). The stretch between two junctions is stored
  /// once and used by every ring that follows it, backwards by one of the
  /// two neighbours. A ring without junctions (an island, or an enclave and
  /// the hole that holds it) becomes one closed arc, started at its lowest
  /// numbered vertex so that both rings that trace it find the same arc.
  ///
  /// Rings are read as closed whether or not they repeat their first
  /// position; consecutive duplicate positions are merged, and a ring left
  /// with fewer than three positions is dropped (with its holes when it is
  /// an exterior). Positions are shared only when equal: a vertex lying on
  /// a neighbour's edge without being one of its vertices is not a junction.
  ///
  /// - Parameters:
  ///   - collection: Valid polygons (the repair stage runs before).
  ///   - grid: When given, every position is first rounded to a multiple of
  ///     it (1e-7 degrees is about 1 cm) so that floats that differ only in
  ///     their last bits still meet; the arcs then hold the rounded positions.
  ///     `nil` matches exact positions, which is right for files whose
  ///     neighbours share coordinates, as mapshaper and IGN exports do.
  public init(_ collection: FeatureCollection, grid: Double? = nil) {
    var builder = TopologyBuilder(vertexCount: collection.vertexCount)
    for feature in collection.features {
      builder.addFeature(feature.geometry?.polygons ?? [], grid: grid.flatMap { $0 > 0 ? $0 : nil })
    }
    self = builder.topology()
  }
}

/// The state of one build: vertices numbered by position, rings as runs of
/// vertex numbers in one flat array.
private struct TopologyBuilder {
  var table: PositionTable
  /// Vertex numbers of every ring, one after the other, without the closing repeat.
  var vertices: [Int32] = []
  /// Where each ring starts in `vertices`, plus the end of the last one.
  var ringStarts: [Int] = [0]
  /// Per feature, per polygon: the numbers of its rings.
  var featureRings: [[[Int]]] = []

  init(vertexCount: Int) {
    // About half the vertices are distinct when every border is shared.
    table = PositionTable(capacity: vertexCount / 2)
    vertices.reserveCapacity(vertexCount)
  }

  mutating func addFeature(_ polygons: [Polygon], grid: Double?) {
    var featurePolygons: [[Int]] = []
    for polygon in polygons {
      var rings: [Int] = []
      for (index, ring) in polygon.rings.enumerated() {
        if let number = addRing(ring, grid: grid) {
          rings.append(number)
        } else if index == 0 {
          break  // no exterior: its holes mean nothing alone
        }
      }
      if !rings.isEmpty { featurePolygons.append(rings) }
    }
    featureRings.append(featurePolygons)
  }

  /// Adds the ring's vertex numbers and returns the ring's number, or nil
  /// when fewer than three distinct consecutive positions remain.
  private mutating func addRing(_ ring: Ring, grid: Double?) -> Int? {
    let start = vertices.count
    for var position in ring.positions {
      if let grid {
        position = Position(x: (position.x / grid).rounded() * grid, y: (position.y / grid).rounded() * grid)
      }
      let number = table.number(of: position)
      if vertices.count == start || vertices[vertices.count - 1] != number { vertices.append(number) }
    }
    while vertices.count - start > 1, vertices[vertices.count - 1] == vertices[start] { vertices.removeLast() }
    guard vertices.count - start >= 3 else {
      vertices.removeSubrange(start...)
      return nil
    }
    ringStarts.append(vertices.count)
    return ringStarts.count - 2
  }

  /// Marks as junctions the vertices whose neighbours differ from one
  /// visit to another (the two neighbours of a shared stretch are the same
  /// pair, in reverse order for the ring on the other side).
  func junctions() -> [Bool] {
    let count = table.positions.count
    var previous = [Int32](repeating: -1, count: count)
    var next = [Int32](repeating: -1, count: count)
    var isJunction = [Bool](repeating: false, count: count)
    vertices.withUnsafeBufferPointer { v in
      for ring in 0..<(ringStarts.count - 1) {
        let start = ringStarts[ring]
        let end = ringStarts[ring + 1]
        for i in start..<end {
          let point = Int(v[i])
          let before = v[i == start ? end - 1 : i - 1]
          let after = v[i == end - 1 ? start : i + 1]
          if previous[point] < 0 {
            previous[point] = before
            next[point] = after
          } else if !((previous[point] == before && next[point] == after)
            || (previous[point] == after && next[point] == before))
          {
            isJunction[point] = true
          }
        }
      }
    }
    return isJunction
  }

  func topology() -> Topology {
    let isJunction = junctions()
    var arcs: [[Int32]] = []
    // An arc is known by its first two vertices: past a junction the path
    // to the next junction is unique. Each arc is entered forwards (first
    // two) and backwards (last two, as `~index`).
    var arcByStart: [UInt64: Int] = [:]
    func key(_ a: Int32, _ b: Int32) -> UInt64 { UInt64(UInt32(bitPattern: a)) << 32 | UInt64(UInt32(bitPattern: b)) }
    func reference(for arc: [Int32]) -> Int {
      if let known = arcByStart[key(arc[0], arc[1])] { return known }
      let index = arcs.count
      arcs.append(arc)
      arcByStart[key(arc[0], arc[1])] = index
      arcByStart[key(arc[arc.count - 1], arc[arc.count - 2])] = ~index
      return index
    }

    var ringArcs: [[Int]] = []
    ringArcs.reserveCapacity(ringStarts.count - 1)
    for ring in 0..<(ringStarts.count - 1) {
      let ringVertices = vertices[ringStarts[ring]..<ringStarts[ring + 1]]
      let count = ringVertices.count
      let base = ringVertices.startIndex
      guard let first = ringVertices.firstIndex(where: { isJunction[Int($0)] }) else {
        // Closed arc: start at the lowest vertex number so the enclave and
        // its hole, which visit the same vertices, agree on it.
        let lowest = ringVertices.indices.min { ringVertices[$0] < ringVertices[$1] } ?? base
        var arc = Array(ringVertices[lowest...]) + ringVertices[..<lowest]
        arc.append(arc[0])
        ringArcs.append([reference(for: arc)])
        continue
      }
      var references: [Int] = []
      var arc: [Int32] = [ringVertices[first]]
      for step in 1...count {
        let vertex = ringVertices[base + (first - base + step) % count]
        arc.append(vertex)
        if isJunction[Int(vertex)] {
          references.append(reference(for: arc))
          arc = [vertex]
        }
      }
      ringArcs.append(references)
    }

    let positions = table.positions
    return Topology(
      arcs: arcs.map { arc in arc.map { positions[Int($0)] } },
      features: featureRings.map { polygons in polygons.map { rings in rings.map { ringArcs[$0] } } })
  }
}
