/// A point on the page, in pixels (PNG) or points (PDF), y pointing down.
public struct Point: Hashable, Sendable {
  public var x: Double
  public var y: Double

  public init(x: Double, y: Double) {
    self.x = x
    self.y = y
  }
}

/// An axis-aligned rectangle on the page, y pointing down.
public struct Rect: Hashable, Sendable {
  public var x: Double
  public var y: Double
  public var width: Double
  public var height: Double

  public init(x: Double, y: Double, width: Double, height: Double) {
    self.x = x
    self.y = y
    self.width = width
    self.height = height
  }

  public var maxX: Double { x + width }
  public var maxY: Double { y + height }

  public func intersects(_ other: Rect) -> Bool {
    x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
  }

  public func contains(_ other: Rect) -> Bool {
    other.x >= x && other.y >= y && other.maxX <= maxX && other.maxY <= maxY
  }
}

/// What a visual is made of, in page coordinates: layout builds it, a backend
/// only interprets it (Cairo for PNG, SVG and PDF), so layout rules can be
/// tested on the value itself.
public struct Scene: Hashable, Sendable {
  public var width: Double
  public var height: Double
  public var background: Color?
  public var items: [SceneItem]
  /// Title of the document (SVG `<title>`, PDF metadata).
  public var title: String?
  /// What the visual shows, in words (SVG `<desc>`): its alt text.
  public var description: String?

  public init(
    width: Double, height: Double, background: Color? = nil, items: [SceneItem] = [], title: String? = nil,
    description: String? = nil
  ) {
    self.width = width
    self.height = height
    self.background = background
    self.items = items
    self.title = title
    self.description = description
  }
}

public indirect enum SceneItem: Hashable, Sendable {
  case shape(SceneShape)
  case text(SceneText)
  /// A named group (an SVG `<g>`), e.g. "communes" or "legend".
  case group(name: String, items: [SceneItem])
  /// A PNG picture, such as the brand kit's logo.
  case image(SceneImage)
}

/// A PNG drawn scaled into a rectangle of the page.
public struct SceneImage: Hashable, Sendable {
  public var png: [UInt8]
  public var rect: Rect

  public init(png: [UInt8], rect: Rect) {
    self.png = png
    self.rect = rect
  }
}

/// A path made of closed or open polylines: `points` holds every vertex,
/// `subpaths` how many belong to each polyline in turn. Flat arrays keep
/// a national map (hundreds of thousands of vertices) cheap to build.
public struct PathGeometry: Hashable, Sendable {
  public var points: [Point]
  public var subpathLengths: [Int]
  /// Whether each polyline is closed back to its start (polygons) or left open (lines).
  public var closed: Bool

  public init(points: [Point] = [], subpathLengths: [Int] = [], closed: Bool = true) {
    self.points = points
    self.subpathLengths = subpathLengths
    self.closed = closed
  }

  public mutating func append<C: Collection>(subpath: C) where C.Element == Point {
    guard !subpath.isEmpty else { return }
    points.append(contentsOf: subpath)
    subpathLengths.append(subpath.count)
  }

  public var isEmpty: Bool { points.isEmpty }
}

public enum Shape: Hashable, Sendable {
  case path(PathGeometry)
  case rectangle(Rect)
  case circle(center: Point, radius: Double)
}

public struct Stroke: Hashable, Sendable {
  public var color: Color
  public var width: Double

  public init(color: Color, width: Double) {
    self.color = color
    self.width = width
  }
}

/// A filled and/or stroked shape. Fills use the even-odd rule so that holes
/// in communes stay holes whatever their winding.
public struct SceneShape: Hashable, Sendable {
  public var shape: Shape
  public var fill: Color?
  public var stroke: Stroke?
  /// Diagonal lines over the fill, `hatch.width` thick and 4 widths apart ("no data").
  public var hatch: Stroke?

  public init(_ shape: Shape, fill: Color? = nil, stroke: Stroke? = nil, hatch: Stroke? = nil) {
    self.shape = shape
    self.fill = fill
    self.stroke = stroke
    self.hatch = hatch
  }
}

public enum FontWeight: String, Hashable, Sendable {
  case regular, bold
}

public struct Font: Hashable, Sendable {
  public var family: String
  /// Size in page units (pixels for PNG).
  public var size: Double
  public var weight: FontWeight

  public init(family: String, size: Double, weight: FontWeight = .regular) {
    self.family = family
    self.size = size
    self.weight = weight
  }
}

/// A line or paragraph of text whose layout box starts at `origin` (top-left).
/// Layout has already measured it, so a backend draws it without deciding anything.
public struct SceneText: Hashable, Sendable {
  public var text: String
  public var origin: Point
  public var font: Font
  public var color: Color
  /// When set, the text wraps at this width (in page units).
  public var wrapWidth: Double?
  /// An outline drawn under the letters (`width` on each side) so that a label
  /// stays legible over the map.
  public var halo: Stroke?

  public init(_ text: String, origin: Point, font: Font, color: Color, wrapWidth: Double? = nil, halo: Stroke? = nil) {
    self.text = text
    self.origin = origin
    self.font = font
    self.color = color
    self.wrapWidth = wrapWidth
    self.halo = halo
  }
}

/// The size of a text's layout box, as the backend will draw it.
public struct TextExtent: Hashable, Sendable {
  public var width: Double
  public var height: Double
  /// Distance from the top of the box to the first baseline.
  public var baseline: Double

  public init(width: Double, height: Double, baseline: Double) {
    self.width = width
    self.height = height
    self.baseline = baseline
  }
}

/// Measures text exactly as the rendering backend will lay it out, so that
/// layout (pure Swift) can place text without overlaps.
public protocol TextMeasuring: Sendable {
  func measure(_ text: String, font: Font, wrapWidth: Double?) -> TextExtent
}
