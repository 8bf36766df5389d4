import AudomapCore
import CCairo

/// Owns a `cairo_t` drawing on a ``CairoSurface`` and draws scene shapes with it.
///
/// Cairo's drawing calls return nothing: a failure puts the context in an
/// error state that makes later calls no-ops, so the status is checked once,
/// after drawing (``checkStatus(while:)``).
final class CairoContext {
  let pointer: OpaquePointer
  /// Cairo references the surface itself; this keeps the wrapper (and the
  /// document sink it owns) alive for as long as the context can draw.
  let surface: CairoSurface

  /// See `cairo_create`.
  init(surface: CairoSurface) throws(RenderError) {
    // never returns NULL: a failure is an error-state context
    guard let pointer = cairo_create(surface.pointer) else {
      throw .outOfMemory(operation: "creating the drawing context")
    }
    self.pointer = pointer
    self.surface = surface
    try check(cairo_status(pointer), while: "creating the drawing context")
    // Holes stay holes whatever the winding of their rings.
    cairo_set_fill_rule(pointer, CAIRO_FILL_RULE_EVEN_ODD)
    cairo_set_line_join(pointer, CAIRO_LINE_JOIN_ROUND)
  }

  deinit {
    cairo_destroy(pointer)
  }

  /// The context's status, after drawing. See `cairo_status`.
  func checkStatus(while operation: String) throws(RenderError) {
    try check(cairo_status(pointer), while: operation)
  }

  /// Restricts later drawing to `rect`. A clip on whole pixels changes no
  /// pixel inside it. See `cairo_clip`.
  func clip(to rect: Rect) {
    cairo_rectangle(pointer, rect.x, rect.y, rect.width, rect.height)
    cairo_clip(pointer)
  }

  func setSource(_ color: Color) {
    cairo_set_source_rgba(pointer, color.red, color.green, color.blue, color.alpha)
  }

  /// Fills the whole surface. See `cairo_paint`.
  func paint(_ color: Color) {
    setSource(color)
    cairo_paint(pointer)
  }

  /// Fills (even-odd) and then strokes `shape`; either may be absent.
  /// - Parameter placeholder: When set, the outline drawn is ``SVGPlaceholder``
  ///   number `placeholder` instead of the shape's (SVG only).
  func draw(_ shape: SceneShape, placeholder: Int? = nil) {
    guard shape.fill != nil || shape.stroke != nil else { return }
    func outline() {
      cairo_new_path(pointer)
      if let placeholder {
        for subpath in SVGPlaceholder.subpaths(placeholder) {
          for (index, point) in subpath.enumerated() {
            if index == 0 { cairo_move_to(pointer, point.x, point.y) } else { cairo_line_to(pointer, point.x, point.y) }
          }
          cairo_close_path(pointer)
        }
      } else {
        addPath(shape.shape)
      }
    }
    outline()
    if let fill = shape.fill {
      setSource(fill)
      if shape.stroke == nil || shape.hatch != nil {
        cairo_fill(pointer)
      } else {
        // Keeps the path for the stroke; Cairo's SVG writer then emits one element for both.
        cairo_fill_preserve(pointer)
      }
    }
    if let hatch = shape.hatch {
      drawHatch(hatch, inside: shape.shape)
      if shape.stroke != nil { outline() }
    }
    if let stroke = shape.stroke {
      setSource(stroke.color)
      cairo_set_line_width(pointer, stroke.width)
      cairo_stroke(pointer)
    }
  }

  /// Lines rising at 45° across the shape, clipped to it.
  private func drawHatch(_ hatch: Stroke, inside shape: Shape) {
    cairo_save(pointer)
    cairo_new_path(pointer)
    addPath(shape)
    cairo_clip(pointer)
    var (x1, y1, x2, y2) = (0.0, 0.0, 0.0, 0.0)
    cairo_clip_extents(pointer, &x1, &y1, &x2, &y2)
    let spacing = hatch.width * 4
    // The lines x + y = c for c on a grid fixed to the page, so that neighbouring shapes' hatches line up.
    var c = ((x1 + y1) / spacing).rounded(.down) * spacing
    while c <= x2 + y2 {
      cairo_move_to(pointer, c - y2, y2)
      cairo_line_to(pointer, c - y1, y1)
      c += spacing
    }
    setSource(hatch.color)
    cairo_set_line_width(pointer, hatch.width)
    cairo_stroke(pointer)
    cairo_restore(pointer)
  }

  private func addPath(_ shape: Shape) {
    switch shape {
    case .path(let geometry):
      addPath(geometry)
    case .rectangle(let rect):
      cairo_rectangle(pointer, rect.x, rect.y, rect.width, rect.height)
    case .circle(let center, let radius):
      cairo_new_sub_path(pointer)
      cairo_arc(pointer, center.x, center.y, radius, 0, 2 * Double.pi)
      cairo_close_path(pointer)
    }
  }

  private func addPath(_ geometry: PathGeometry) {
    precondition(
      geometry.subpathLengths.reduce(0, +) == geometry.points.count,
      "PathGeometry: subpath lengths must add up to the number of points")
    geometry.points.withUnsafeBufferPointer { points in
      var start = 0
      for length in geometry.subpathLengths where length > 0 {
        cairo_move_to(pointer, points[start].x, points[start].y)
        for point in points[(start + 1)..<(start + length)] {
          cairo_line_to(pointer, point.x, point.y)
        }
        if geometry.closed { cairo_close_path(pointer) }
        start += length
      }
    }
  }
}
