/// An axis-aligned rectangle in the coordinates of the geometry it bounds.
public struct BoundingBox: Hashable, Sendable {
  public var minX: Double
  public var minY: Double
  public var maxX: Double
  public var maxY: Double

  public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
    self.minX = minX
    self.minY = minY
    self.maxX = maxX
    self.maxY = maxY
  }

  public var width: Double { maxX - minX }
  public var height: Double { maxY - minY }

  /// The box around the given positions, or nil when there are none.
  public init?<S: Sequence>(enclosing positions: S) where S.Element == Position {
    var box: BoundingBox?
    for p in positions { box = box?.extended(by: p) ?? BoundingBox(minX: p.x, minY: p.y, maxX: p.x, maxY: p.y) }
    guard let box else { return nil }
    self = box
  }

  public func extended(by p: Position) -> BoundingBox {
    BoundingBox(minX: min(minX, p.x), minY: min(minY, p.y), maxX: max(maxX, p.x), maxY: max(maxY, p.y))
  }

  public func union(_ other: BoundingBox) -> BoundingBox {
    BoundingBox(
      minX: min(minX, other.minX), minY: min(minY, other.minY),
      maxX: max(maxX, other.maxX), maxY: max(maxY, other.maxY))
  }
}
