import AudomapCore
import Foundation

/// The holes of the union of a clean coverage, found without GEOS (its coverage union
/// took 0.6 s on the national file): the segments nobody runs back
/// (``CoverageEdges/partnerOwner``) are the boundary of the union.
struct UnionBoundary {
  /// The boundary loops wound opposite to the communes' exteriors, in the order of their
  /// first segment in the input: the holes of the union.
  let holes: [Ring]

  /// Nil when the segments do not form the boundary of a clean coverage (a vertex with
  /// more unshared segments in than out, a loop of zero area): GEOS must then decide.
  /// Callers must first have checked that the coverage is clean (no suspect pair), so
  /// the unshared segments meet only at their ends.
  /// - Parameters:
  ///   - unshared: the segments nobody runs back, in input order.
  ///   - exteriorsAreCounterClockwise: how the communes' exteriors are wound.
  init?(unshared segments: [(Position, Position)], exteriorsAreCounterClockwise: Bool) {
    var vertices = VertexTable(capacity: 2 * segments.count)
    let from = segments.map { vertices.number($0.0) }
    let to = segments.map { vertices.number($0.1) }
    let unshared = from.indices
    var firstOut = [Int32](repeating: 0, count: vertices.positions.count + 1)
    var balance = [Int32](repeating: 0, count: vertices.positions.count)
    for e in unshared {
      firstOut[Int(from[e]) + 1] += 1
      balance[Int(from[e])] += 1
      balance[Int(to[e])] -= 1
    }
    guard balance.allSatisfy({ $0 == 0 }) else { return nil }
    for v in 1..<firstOut.count { firstOut[v] += firstOut[v - 1] }
    var ends = [Int32](repeating: 0, count: unshared.count)
    var fill = firstOut
    for e in unshared {
      ends[Int(fill[Int(from[e])])] = to[e]
      fill[Int(from[e])] += 1
    }

    let traced = Self.loops(firstOut: firstOut, ends: ends, positions: vertices.positions)
    guard let traced else { return nil }
    var holes: [Ring] = []
    for loop in traced {
      let positions = loop.map { vertices.positions[Int($0)] }
      let area = RingMeasures.doubleSignedArea(positions)
      guard area != 0 else { return nil }
      if (area > 0) != exteriorsAreCounterClockwise { holes.append(Ring(positions)) }
    }
    self.holes = holes
  }

  /// Chains the unshared segments (`ends[firstOut[v]..<firstOut[v + 1]]` leave vertex v)
  /// into closed loops, split wherever a walk comes back to a vertex it already passed, as
  /// GEOS's polygonizer splits its rings: a hole touching the outline at one vertex is a
  /// loop of its own. Nil if a walk gets stuck.
  private static func loops(firstOut: [Int32], ends: [Int32], positions: [Position]) -> [[Int32]]? {
    var used = [Bool](repeating: false, count: ends.count)
    var loops: [[Int32]] = []
    for start in 0..<(firstOut.count - 1) {
      for first in Int(firstOut[start])..<Int(firstOut[start + 1]) where !used[first] {
        var path: [Int32] = [Int32(start)]
        // Where the vertices that may be passed twice (the start, those with several ways out) sit in `path`.
        var onPath: [Int32: Int] = [Int32(start): 0]
        var edge = first
        var at = Int32(start)
        while true {
          used[edge] = true
          let next = ends[edge]
          if firstOut[Int(next) + 1] - firstOut[Int(next)] > 1 || next == Int32(start), let k = onPath[next] {
            loops.append(Array(path[k...]) + [next])
            for vertex in path[(k + 1)...] { onPath[vertex] = nil }
            path.removeSubrange((k + 1)...)
            if path.count == 1 { break }
          } else {
            if firstOut[Int(next) + 1] - firstOut[Int(next)] > 1 { onPath[next] = path.count }
            path.append(next)
          }
          guard let out = leave(next, arrivingFrom: at, firstOut: firstOut, ends: ends, used: used, positions: positions)
          else { return nil }
          at = next
          edge = out
        }
      }
    }
    return loops
  }

  /// The unused segment out of `vertex`: at a vertex with several, the first one clockwise
  /// from the way back (the sharpest left turn), a consistent choice that keeps the loops
  /// from crossing one another.
  private static func leave(
    _ vertex: Int32, arrivingFrom previous: Int32, firstOut: [Int32], ends: [Int32], used: [Bool],
    positions: [Position]
  ) -> Int? {
    let range = Int(firstOut[Int(vertex)])..<Int(firstOut[Int(vertex) + 1])
    if range.count == 1 { return used[range.lowerBound] ? nil : range.lowerBound }
    let p = positions[Int(vertex)]
    func angle(_ other: Int32) -> Double {
      let q = positions[Int(other)]
      return atan2(q.y - p.y, q.x - p.x)
    }
    let back = angle(previous)
    var best: (edge: Int, turn: Double)?
    for e in range where !used[e] {
      var turn = back - angle(ends[e])
      if turn <= 0 { turn += 2 * .pi }
      if best.map({ turn < $0.turn }) ?? true { best = (e, turn) }
    }
    return best?.edge
  }
}

/// Numbers distinct positions by their bit patterns (-0.0 counted as 0.0), open addressing.
private struct VertexTable {
  private var slots: [Int32]
  private let shift: UInt64
  private(set) var positions: [Position] = []

  init(capacity: Int) {
    var bits: UInt64 = 4
    while 1 << bits < capacity + capacity / 3 { bits += 1 }
    slots = [Int32](repeating: -1, count: 1 << bits)
    shift = 64 - bits
    positions.reserveCapacity(capacity)
  }

  mutating func number(_ position: Position) -> Int32 {
    let key = Position(x: position.x + 0, y: position.y + 0)
    let mixed = (key.x.bitPattern &* 0x9E37_79B9_7F4A_7C15) ^ (key.y.bitPattern &* 0xC2B2_AE3D_27D4_EB4F)
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: ((mixed ^ (mixed >> 29)) &* 0x9E37_79B9_7F4A_7C15) >> shift)
    while true {
      let found = slots[slot]
      if found < 0 {
        slots[slot] = Int32(positions.count)
        positions.append(key)
        return Int32(positions.count - 1)
      }
      let stored = positions[Int(found)]
      if stored.x.bitPattern == key.x.bitPattern, stored.y.bitPattern == key.y.bitPattern { return found }
      slot = (slot + 1) & mask
    }
  }
}
