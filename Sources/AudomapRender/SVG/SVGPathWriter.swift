import AudomapCore

/// Writes the SVG path data of a ``PathGeometry`` exactly as Cairo 1.16 and
/// then ``SVGPathData/compact(_:)`` would, without Cairo.
///
/// Cairo prints every coordinate with `printf("%f")` (glibc's exact decimal
/// conversion): on a national map that is 0.8 s of the 1.0 s an SVG took.
/// So the renderer has Cairo draw a tiny placeholder for each path (Cairo
/// still writes the element and its style) and puts this data in its place
/// (see ``SVGPostProcessor``). The result is the same bytes, because this
/// reproduces what Cairo does to a path drawn by ``CairoContext``:
/// - coordinates become 24.8 fixed point (`_cairo_fixed_from_double`, round
///   half to even at 1/256);
/// - `cairo-path-fixed.c` drops a lineto that does not move, merges a lineto
///   that continues the previous one in the same direction, drops the lineto
///   that closes a ring onto its start, and starts a subpath only when
///   something is drawn from it;
/// - `_cairo_dtostr` prints a value with 6 decimals, or 7 below 0.1 and 8
///   below 0.01, each rounded half to even (the value k/256 is exact in binary);
/// - a fill or a stroke whose box misses the page is left out (``FixedBox``),
///   which Cairo cannot know from the placeholder.
///
/// Coordinates beyond Cairo's fixed-point range (±8 388 608) are clamped to
/// it, where Cairo also subtracts the current line width: only there can the
/// output differ from Cairo's.
struct SVGPathWriter {
  private enum Op {
    case move, line, close
  }

  private typealias FixedPoint = (x: Int32, y: Int32)

  // Cairo's path state (`cairo_path_fixed_t`), reused from path to path.
  private var ops: [Op] = []
  /// One point per move and line op, in order (Cairo's point buffer).
  private var points: [FixedPoint] = []
  private var hasCurrentPoint = false
  private var needsMoveTo = true
  private var current: FixedPoint = (0, 0)
  private var lastMove: FixedPoint = (0, 0)

  /// Appends the compact path data of `geometry` to `output`.
  /// - Returns: The box of the points Cairo keeps (its `path->extents`), in
  ///   fixed point; nil when no point is drawn from.
  @discardableResult
  mutating func append(_ geometry: PathGeometry, to output: inout [UInt8]) -> FixedBox? {
    precondition(
      geometry.subpathLengths.reduce(0, +) == geometry.points.count,
      "PathGeometry: subpath lengths must add up to the number of points")
    reset()
    geometry.points.withUnsafeBufferPointer { points in
      var start = 0
      for length in geometry.subpathLengths where length > 0 {
        moveTo(Self.fixed(points[start]))
        for index in (start + 1)..<(start + length) {
          lineTo(Self.fixed(points[index]))
        }
        if geometry.closed { closePath() }
        start += length
      }
    }
    appendCompact(to: &output)
    // Points Cairo dropped lie between points it kept, so the box is the same.
    guard let first = points.first else { return nil }
    var box = FixedBox(minX: first.x, minY: first.y, maxX: first.x, maxY: first.y)
    for point in points.dropFirst() {
      box.minX = min(box.minX, point.x)
      box.minY = min(box.minY, point.y)
      box.maxX = max(box.maxX, point.x)
      box.maxY = max(box.maxY, point.y)
    }
    return box
  }

  /// A box in Cairo's 24.8 fixed point.
  struct FixedBox {
    var minX: Int32
    var minY: Int32
    var maxX: Int32
    var maxY: Int32

    /// Whether Cairo records a fill of a path with this box on a page of
    /// `width × height` whole pixels: the box must have an area and, rounded
    /// out to whole pixels, meet the page (`_cairo_path_fixed_fill_extents`,
    /// `_cairo_composite_rectangles_intersect`).
    func fillMeetsPage(width: Int, height: Int) -> Bool {
      minX < maxX && minY < maxY && Self.meetsPage(minX, minY, maxX, maxY, width: width, height: height)
    }

    /// Whether Cairo records a stroke `lineWidth` wide of a path with this box:
    /// the box widened by half the line width (at least 2/256 on a vector
    /// surface), rounded out, must meet the page
    /// (`_cairo_path_fixed_approximate_stroke_extents` with round joins and butt caps).
    func strokeMeetsPage(lineWidth: Double, width: Int, height: Int) -> Bool {
      let margin = SVGPathWriter.fixed(max(0.5 * lineWidth, 2.0 / 256))
      return Self.meetsPage(
        minX &- margin, minY &- margin, maxX &+ margin, maxY &+ margin, width: width, height: height)
    }

    private static func meetsPage(
      _ minX: Int32, _ minY: Int32, _ maxX: Int32, _ maxY: Int32, width: Int, height: Int
    ) -> Bool {
      // _cairo_box_round_to_rectangle, then _cairo_rectangle_intersect with 0, 0, width, height.
      let left = Int(minX >> 8)
      let top = Int(minY >> 8)
      let right = Int((Int64(maxX) + 255) >> 8)
      let bottom = Int((Int64(maxY) + 255) >> 8)
      return max(left, 0) < min(right, width) && max(top, 0) < min(bottom, height)
    }
  }

  // MARK: - cairo-path-fixed.c

  private mutating func reset() {
    ops.removeAll(keepingCapacity: true)
    points.removeAll(keepingCapacity: true)
    hasCurrentPoint = false
    needsMoveTo = true
    current = (0, 0)
    lastMove = (0, 0)
  }

  /// `_cairo_path_fixed_move_to`: nothing is added until something is drawn.
  private mutating func moveTo(_ point: FixedPoint) {
    needsMoveTo = true  // _cairo_path_fixed_new_sub_path
    hasCurrentPoint = true
    current = point
    lastMove = point
  }

  /// `_cairo_path_fixed_move_to_apply`.
  private mutating func applyMoveTo() {
    guard needsMoveTo else { return }
    needsMoveTo = false
    lastMove = current
    ops.append(.move)
    points.append(current)
  }

  /// `_cairo_path_fixed_line_to`.
  private mutating func lineTo(_ point: FixedPoint) {
    guard hasCurrentPoint else { return moveTo(point) }
    applyMoveTo()
    // A lineto that does not move is dropped, except right after a moveto.
    if ops.last != .move, point == current { return }
    if ops.last == .line, points.count >= 2 {
      let penultimate = points[points.count - 2]
      if penultimate == current {
        dropLineTo()  // the previous lineto did not move
      } else {
        let previous = Self.slope(from: penultimate, to: current)
        let this = Self.slope(from: current, to: point)
        // Same direction (`_cairo_slope_equal`), not turning back (`_cairo_slope_backwards`).
        if previous.dy * this.dx == this.dy * previous.dx,
          previous.dx * this.dx + previous.dy * this.dy >= 0
        {
          dropLineTo()
        }
      }
    }
    current = point
    ops.append(.line)
    points.append(point)
  }

  /// `_cairo_path_fixed_close_path`.
  private mutating func closePath() {
    guard hasCurrentPoint else { return }
    lineTo(lastMove)
    if ops.last == .line { dropLineTo() }
    needsMoveTo = true
    ops.append(.close)
  }

  private mutating func dropLineTo() {
    ops.removeLast()
    points.removeLast()
  }

  /// Differences as C computes them on `int32_t`, then widened for the products.
  private static func slope(from a: FixedPoint, to b: FixedPoint) -> (dx: Int64, dy: Int64) {
    (Int64(b.x &- a.x), Int64(b.y &- a.y))
  }

  /// `_cairo_fixed_from_double`: adding 1.5 × 2⁴⁴ leaves the value, rounded
  /// half to even at 1/256, in the low 32 bits of the double.
  private static func fixed(_ point: Point) -> FixedPoint {
    (fixed(point.x), fixed(point.y))
  }

  private static let fixedMagicNumber = Double(1 << 44) * 1.5
  private static let fixedRange = -8_388_608.0...8_388_607.996_093_75

  static func fixed(_ value: Double) -> Int32 {
    // NaN goes through unclamped, as in Cairo.
    let clamped = value < fixedRange.lowerBound ? fixedRange.lowerBound : min(value, fixedRange.upperBound)
    return Int32(truncatingIfNeeded: (clamped + fixedMagicNumber).bitPattern)
  }

  // MARK: - Printing and compacting

  /// The ops as ``SVGPathData/compact(_:)`` writes Cairo's `M x y L x y … Z`:
  /// relative, with implicit linetos.
  private func appendCompact(to output: inout [UInt8]) {
    var pen = (x: Int64(0), y: Int64(0))
    var subpathStart = pen
    var pointIndex = 0
    for (index, op) in ops.enumerated() {
      switch op {
      case .move:
        let point = Self.printed(points[pointIndex])
        pointIndex += 1
        // A moveto followed by no drawing only moves the pen (never happens
        // with Cairo's lazy movetos, kept for parity with compact(_:)).
        guard index + 1 < ops.count, ops[index + 1] != .move else { continue }
        output.append(UInt8(ascii: "m"))
        SVGPathData.appendNumber(point.x - pen.x, to: &output)
        output.append(UInt8(ascii: " "))
        SVGPathData.appendNumber(point.y - pen.y, to: &output)
        pen = point
        subpathStart = point
      case .line:
        let point = Self.printed(points[pointIndex])
        pointIndex += 1
        output.append(UInt8(ascii: " "))
        SVGPathData.appendNumber(point.x - pen.x, to: &output)
        output.append(UInt8(ascii: " "))
        SVGPathData.appendNumber(point.y - pen.y, to: &output)
        pen = point
      case .close:
        output.append(UInt8(ascii: "z"))
        pen = subpathStart
      }
    }
  }

  private static func printed(_ point: FixedPoint) -> (x: Int64, y: Int64) {
    (printed(point.x), printed(point.y))
  }

  /// The value `_cairo_dtostr` prints for `fixed`/256, in units of 10⁻⁸.
  static func printed(_ fixed: Int32) -> Int64 {
    let exact = Int64(fixed) * 390_625  // 1/256 = 0.00390625
    let magnitude = exact.magnitude
    // "%f" keeps 6 decimals; below 0.1 Cairo keeps 6 significant digits.
    let step: UInt64 = magnitude >= 10_000_000 ? 100 : magnitude >= 1_000_000 ? 10 : 1
    var rounded = magnitude / step
    let remainder = magnitude % step
    if remainder * 2 > step || (remainder * 2 == step && rounded % 2 == 1) { rounded += 1 }
    let value = Int64(rounded * step)
    return exact < 0 ? -value : value
  }
}

/// The path data of the scene paths drawn as placeholders in one SVG, by
/// placeholder index, written by ``SVGPathWriter`` into one buffer.
final class SVGPathStore {
  private var writer = SVGPathWriter()
  private var data: [UInt8] = []
  /// Where each path's data ends in `data`.
  private var ends: [Int] = []

  var count: Int { ends.count }

  /// Writes the data of `shape`'s outline, a path, and says how to draw its placeholder.
  /// - Parameters:
  ///   - shape: A path shape.
  ///   - width: The page width in whole pixels, as Cairo's SVG surface rounds it (up).
  ///   - height: The page height, likewise.
  /// - Returns: The placeholder index, and the shape without the fill or
  ///   stroke that Cairo would leave out because it misses the page (nil
  ///   when both are left out); nil when the outline is not a path or there
  ///   are too many paths for placeholders, and Cairo must draw the shape itself.
  func add(_ shape: SceneShape, pageWidth width: Int, pageHeight height: Int) -> (index: Int, shape: SceneShape?)? {
    guard case .path(let geometry) = shape.shape, SVGPlaceholder.indices.contains(ends.count) else { return nil }
    let start = data.count
    let box = writer.append(geometry, to: &data)
    var drawn = shape
    if shape.fill != nil, box?.fillMeetsPage(width: width, height: height) != true {
      drawn.fill = nil
    }
    if let stroke = shape.stroke, box?.strokeMeetsPage(lineWidth: stroke.width, width: width, height: height) != true {
      drawn.stroke = nil
    }
    guard drawn.fill != nil || drawn.stroke != nil else {
      data.removeSubrange(start...)
      return (ends.count, nil)
    }
    ends.append(data.count)
    return (ends.count - 1, drawn)
  }

  /// The data of the path with placeholder index `index`.
  subscript(index: Int) -> ArraySlice<UInt8> {
    data[(index == 0 ? 0 : ends[index - 1])..<ends[index]]
  }
}
