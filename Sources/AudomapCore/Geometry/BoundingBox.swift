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

  /// The box around the exterior rings of `polygons`, or nil when they have no position.
  /// Plain loops: this runs over every vertex of a national file.
  public init?(exteriorsOf polygons: [Polygon]) {
    var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
    for polygon in polygons {
      guard let exterior = polygon.rings.first else { continue }
      for p in exterior.positions {
        minX = min(minX, p.x)
        maxX = max(maxX, p.x)
        minY = min(minY, p.y)
        maxY = max(maxY, p.y)
      }
    }
    guard minX <= maxX, minY <= maxY else { return nil }
    self.init(minX: minX, minY: minY, maxX: maxX, maxY: maxY)
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
