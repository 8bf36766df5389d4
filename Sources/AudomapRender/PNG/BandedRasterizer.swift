import AudomapCore
import Dispatch

/// Draws a scene onto an image surface in horizontal bands, one thread per
/// band, so that rasterising a national map uses every core.
///
/// Cairo lets threads draw at once only on different surfaces, so each band
/// draws on its own surface over all of the image's pixels
/// (``CairoSurface/sharingPixels()``), clipped to its rows: Cairo writes no
/// pixel outside the clip, so no two threads write the same memory. A band
/// draws only the shapes whose bounding box reaches its rows, and every text.
///
/// Cairo computes each pixel from the shapes alone, and a clip on whole pixels
/// changes no pixel inside it, so the image is the same, byte for byte, as one
/// drawn in a single piece; the tests check it. A band is not a smaller
/// surface with a device offset: Cairo 1.16 computes some round joins from
/// absolute coordinates in floating point, so an offset changes a few pixels
/// by one level (39 on the national map at 2000×2000).
enum BandedRasterizer {
  /// Bands are not made thinner than this many rows: below it, the shapes
  /// that cross band edges cost more than another core saves.
  static let minimumBandHeight = 64

  /// Draws `scene` onto `image`, an image surface of the scene's size.
  /// - Parameter bandCount: How many bands (and threads) at most; with 1, or
  ///   a page too short for 2, the scene is drawn in one piece, unclipped.
  static func draw(_ scene: Scene, on image: CairoSurface, bandCount: Int) throws(RenderError) {
    let width = Int(scene.width)
    let height = Int(scene.height)
    let count = min(bandCount, height / minimumBandHeight)
    guard count > 1 else {
      try SceneRenderer.draw(scene, on: image)
      return
    }
    let items = DrawItem.flatten(scene.items)
    let bands = rowRanges(for: items, height: height, count: count)
    // Shared with the threads below, which the compiler cannot check: band i's
    // surface and error slot are used only by iteration i (with its own Cairo
    // and Pango contexts), and by this thread only before and after
    // concurrentPerform, which returns once every iteration has. The surfaces
    // are made here, so that only this thread calls Cairo on the image itself.
    var bandSurfaces: [CairoSurface] = []
    for _ in bands { bandSurfaces.append(try image.sharingPixels()) }
    nonisolated(unsafe) let surfaces = bandSurfaces
    nonisolated(unsafe) let errors = UnsafeMutableBufferPointer<RenderError?>.allocate(capacity: bands.count)
    errors.initialize(repeating: nil)
    defer {
      _ = errors.deinitialize()
      errors.deallocate()
    }
    DispatchQueue.concurrentPerform(iterations: bands.count) { index in
      do throws(RenderError) {
        try draw(scene.background, items, rows: bands[index], width: width, on: surfaces[index])
      } catch {
        errors[index] = error
      }
    }
    if let error = errors.lazy.compactMap({ $0 }).first { throw error }
  }

  private static func draw(
    _ background: Color?, _ items: [DrawItem], rows: Range<Int>, width: Int, on surface: CairoSurface
  ) throws(RenderError) {
    let context = try CairoContext(surface: surface)
    let pango = PangoTextContext()
    let top = Double(rows.lowerBound)
    let bottom = Double(rows.upperBound)
    context.clip(to: Rect(x: 0, y: top, width: Double(width), height: bottom - top))
    if let background {
      context.paint(background)
    }
    for item in items {
      switch item {
      case .shape(let shape, let minY, let maxY):
        // Written so that NaN bounds draw the shape rather than skip it.
        if maxY < top || minY >= bottom { continue }
        context.draw(shape)
      case .text(let text):
        context.draw(text, in: pango)
      case .image(let image):
        if image.rect.maxY < top || image.rect.y >= bottom { continue }
        context.draw(image)
      }
    }
    try context.checkStatus(while: "drawing the scene")
  }

  /// Consecutive row ranges covering `0..<height`, `count` of them (fewer
  /// when the points crowd into the last rows), each at least
  /// ``minimumBandHeight`` rows, split so that each holds about as many path
  /// points (where the drawing time goes).
  static func rowRanges(for items: [DrawItem], height: Int, count: Int) -> [Range<Int>] {
    guard count > 1 else { return [0..<height] }
    var work = [Double](repeating: 0, count: height)
    var total = 0.0
    for case .shape(let shape, let minY, let maxY) in items {
      let middle = (minY + maxY) / 2
      guard middle.isFinite else { continue }
      let cost = Double(shape.pointCount + 8)
      work[Int(min(max(middle, 0), Double(height - 1)))] += cost
      total += cost
    }
    guard total > 0 else {
      return (0..<count).map { height * $0 / count..<height * ($0 + 1) / count }
    }
    var bounds = [0]
    var sum = 0.0
    for row in 0..<height where bounds.count < count {
      sum += work[row]
      let next = row + 1
      let bandsLeft = count - bounds.count
      guard next - (bounds.last ?? 0) >= minimumBandHeight, height - next >= bandsLeft * minimumBandHeight else {
        continue
      }
      if sum >= total * Double(bounds.count) / Double(count) { bounds.append(next) }
    }
    bounds.append(height)
    return zip(bounds, bounds.dropFirst()).map { $0..<$1 }
  }
}

/// A scene item to draw, with groups flattened away and, for shapes, the
/// rows the drawing can touch (stroke and antialiasing included).
enum DrawItem {
  case shape(SceneShape, minY: Double, maxY: Double)
  case text(SceneText)
  case image(SceneImage)

  static func flatten(_ items: [SceneItem]) -> [DrawItem] {
    var flat: [DrawItem] = []
    flat.reserveCapacity(items.count)
    append(items, to: &flat)
    return flat
  }

  private static func append(_ items: [SceneItem], to flat: inout [DrawItem]) {
    for item in items {
      switch item {
      case .shape(let shape):
        guard shape.fill != nil || shape.stroke != nil else { continue }
        let extent = shape.shape.verticalExtent
        // Round joins and butt caps reach half the line width beyond the
        // path; one more pixel covers antialiasing.
        let margin = (shape.stroke.map { abs($0.width) / 2 } ?? 0) + 1
        flat.append(.shape(shape, minY: extent.min - margin, maxY: extent.max + margin))
      case .text(let text):
        flat.append(.text(text))
      case .image(let image):
        flat.append(.image(image))
      case .group(_, let items):
        append(items, to: &flat)
      }
    }
  }
}

extension SceneShape {
  /// Roughly how much drawing the shape costs.
  fileprivate var pointCount: Int {
    switch shape {
    case .path(let geometry): geometry.points.count
    case .rectangle: 4
    case .circle: 16
    }
  }
}

extension Shape {
  /// The lowest and highest y of the outline; everything when a coordinate is NaN.
  fileprivate var verticalExtent: (min: Double, max: Double) {
    var low = Double.infinity
    var high = -Double.infinity
    var nan = false
    func add(_ y: Double) {
      if y < low { low = y }
      if y > high { high = y }
      if y.isNaN { nan = true }
    }
    switch self {
    case .path(let geometry):
      for point in geometry.points { add(point.y) }
    case .rectangle(let rect):
      add(rect.y)
      add(rect.maxY)
    case .circle(let center, let radius):
      add(center.y - radius)
      add(center.y + radius)
    }
    if nan { return (-.infinity, .infinity) }
    return low <= high ? (low, high) : (0, 0)
  }
}
