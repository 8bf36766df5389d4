/// Numbers distinct positions by their exact bit patterns. Open addressing
/// over one `Int32` array whose slots point into `positions`: a national
/// file has 2.2 M vertices, and a `Dictionary<Position, Int>` spends most of
/// its time hashing and twice the memory.
struct PositionTable {
  /// The number of the position in each slot, or -1 for an empty slot.
  private var slots: [Int32]
  private var mask: Int
  /// The distinct positions, by number (-0.0 stored as 0.0).
  private(set) var positions: [Position] = []

  /// A table that holds up to `capacity` distinct positions before growing.
  init(capacity: Int) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [Int32](repeating: -1, count: size)
    mask = size - 1
    positions.reserveCapacity(capacity)
  }

  /// The number of `position`, given the next free number when it is new.
  mutating func number(of position: Position) -> Int32 {
    // Adding 0 turns -0.0 into 0.0, so that equal positions have equal bits.
    let normalized = Position(x: position.x + 0, y: position.y + 0)
    let x = normalized.x.bitPattern
    let y = normalized.y.bitPattern
    var slot = Int(truncatingIfNeeded: PositionTable.hash(x, y)) & mask
    while true {
      let number = slots[slot]
      if number < 0 { break }
      let known = positions[Int(number)]
      if known.x.bitPattern == x && known.y.bitPattern == y { return number }
      slot = (slot + 1) & mask
    }
    let number = Int32(positions.count)
    slots[slot] = number
    positions.append(normalized)
    if positions.count * 2 > slots.count { grow() }
    return number
  }

  /// Doubles the slots, keeping every number.
  private mutating func grow() {
    slots = [Int32](repeating: -1, count: slots.count * 2)
    mask = slots.count - 1
    for (number, position) in positions.enumerated() {
      var slot = Int(truncatingIfNeeded: PositionTable.hash(position.x.bitPattern, position.y.bitPattern)) & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(number)
    }
  }

  /// A 64-bit mix of both coordinates: coordinates written with few decimals
  /// share most of their bits, so the mix must spread every bit.
  private static func hash(_ x: UInt64, _ y: UInt64) -> UInt64 {
    var h = x &* 0x9E37_79B9_7F4A_7C15 ^ (y &* 0xC2B2_AE3D_27D4_EB4F)
    h ^= h >> 31
    h &*= 0xBF58_476D_1CE4_E5B9
    h ^= h >> 29
    return h
  }
}
