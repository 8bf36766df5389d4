/// A linear ring as read from the file: closure is not enforced here so that
/// the repair stage can report and fix unclosed rings instead of failing.
public struct Ring: Hashable, Sendable {
  public var positions: [Position]

  public init(_ positions: [Position]) {
    self.positions = positions
  }

  /// Whether the first and last positions are equal (and the ring is non-empty).
  public var isClosed: Bool {
    guard let first = positions.first, let last = positions.last else { return false }
    return first == last
  }
}

/// A polygon: the exterior ring first, then its holes.
public struct Polygon: Hashable, Sendable {
  public var rings: [Ring]

  public init(rings: [Ring]) {
    self.rings = rings
  }

  public var exterior: Ring? { rings.first }
  public var holes: ArraySlice<Ring> { rings.dropFirst() }
}
