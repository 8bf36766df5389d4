/// Fits projected geometry (metres, y up) into a rectangle of the page
/// (y down), north up, keeping the aspect ratio and centring the result.
public struct MapFrame: Hashable, Sendable {
  public let bounds: BoundingBox
  public let scale: Double
  public let offsetX: Double
  public let offsetY: Double

  /// The frame placing `bounds` as large as possible inside `rect`.
  public init(fitting bounds: BoundingBox, into rect: Rect) {
    self.bounds = bounds
    let scale = min(
      rect.width / max(bounds.width, .leastNonzeroMagnitude),
      rect.height / max(bounds.height, .leastNonzeroMagnitude))
    self.scale = scale
    offsetX = rect.x + (rect.width - bounds.width * scale) / 2
    offsetY = rect.y + (rect.height - bounds.height * scale) / 2
  }

  /// The scale (page units per metre) at which `bounds` fits in a `width`×`height` box.
  public static func scale(fitting bounds: BoundingBox, width: Double, height: Double) -> Double {
    min(width / max(bounds.width, .leastNonzeroMagnitude), height / max(bounds.height, .leastNonzeroMagnitude))
  }

  /// The page rectangle the fitted geometry covers.
  public var drawnRect: Rect {
    Rect(x: offsetX, y: offsetY, width: bounds.width * scale, height: bounds.height * scale)
  }

  public func point(_ p: Position) -> Point {
    Point(x: offsetX + (p.x - bounds.minX) * scale, y: offsetY + (bounds.maxY - p.y) * scale)
  }

  /// The polygons as a page path. Vertices closer than `tolerance` page
  /// units to the previous one are dropped and coordinates are snapped to
  /// 1/8 unit: detail finer than a pixel is invisible, and a national map
  /// then draws a fraction of its vertices with short SVG numbers (1/8 is
  /// exact in Cairo's 24.8 fixed point). Rings that shrink below a triangle
  /// are left out.
  public func path(of polygons: [Polygon], tolerance: Double) -> PathGeometry {
    var path = PathGeometry()
    var ringPoints: [Point] = []
    for polygon in polygons {
      for ring in polygon.rings {
        ringPoints.removeAll(keepingCapacity: true)
        for position in ring.positions {
          let p = Self.snapped(point(position))
          if let last = ringPoints.last, abs(p.x - last.x) < tolerance, abs(p.y - last.y) < tolerance { continue }
          ringPoints.append(p)
        }
        // The closing vertex repeats the first: the path closes itself.
        if ringPoints.count > 1, let first = ringPoints.first, let last = ringPoints.last,
          abs(first.x - last.x) < tolerance, abs(first.y - last.y) < tolerance
        {
          ringPoints.removeLast()
        }
        if ringPoints.count >= 3 { path.append(subpath: ringPoints) }
      }
    }
    return path
  }

  private static func snapped(_ p: Point) -> Point {
    Point(x: (p.x * 8).rounded() / 8, y: (p.y * 8).rounded() / 8)
  }
}
