import AudomapCore
import CCairo

/// Owns a `PangoContext` set up identically for measuring and for drawing,
/// so a text measured by ``PangoTextMeasurer`` is drawn with the same size
/// in PNG, SVG and PDF. Drawing uses it instead of `pango_cairo_create_layout`,
/// whose context would take the target surface's font options into account.
///
/// Not shared between threads: it is made from the calling thread's default
/// font map (`pango_cairo_font_map_get_default` keeps one per thread since
/// Pango 1.32.6, and Pango objects are not thread-safe).
///
/// Pango reports no errors: GLib aborts on out-of-memory, and a missing font
/// falls back to another one (see ``TextLayout/unknownGlyphCount``).
final class PangoTextContext {
  let pointer: OpaquePointer

  init() {
    // never returns NULL: creates the thread's font map on first use
    let fontMap = pango_cairo_font_map_get_default()
    // never returns NULL: GLib aborts on out-of-memory
    guard let pointer = pango_font_map_create_context(fontMap) else {
      preconditionFailure("pango_font_map_create_context returned NULL")
    }
    self.pointer = pointer
    // Without hinting, glyph advances do not depend on the surface type
    // (image surfaces hint metrics, vector surfaces do not).
    // never returns NULL: on out-of-memory an inert object that Pango ignores
    let options = cairo_font_options_create()
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
    pango_cairo_context_set_font_options(pointer, options)  // copies the options
    cairo_font_options_destroy(options)
    // Whole-pixel glyph positions would shift letters in SVG and PDF.
    pango_context_set_round_glyph_positions(pointer, 0)
  }

  deinit {
    g_object_unref(UnsafeMutableRawPointer(pointer))
  }
}

/// Owns a `PangoLayout`: one text laid out in a font, wrapped or not.
final class TextLayout {
  let pointer: OpaquePointer

  /// Lays out `text` in `font`, word-wrapped at `wrapWidth` page units when given.
  /// See `pango_layout_new`, `pango_layout_set_width` and `pango_font_description_set_absolute_size`.
  init(_ text: String, font: Font, wrapWidth: Double?, in context: PangoTextContext) {
    precondition(font.size.isFinite && font.size >= 0, "Font size must be finite and not negative: \(font.size)")
    // never returns NULL: GLib aborts on out-of-memory
    guard let pointer = pango_layout_new(context.pointer) else {
      preconditionFailure("pango_layout_new returned NULL")
    }
    self.pointer = pointer

    // never returns NULL: GLib aborts on out-of-memory
    let description = pango_font_description_new()
    pango_font_description_set_family(description, font.family)
    pango_font_description_set_weight(description, font.weight == .bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
    // Absolute size: in page units, whatever the font map's resolution.
    pango_font_description_set_absolute_size(description, font.size * Double(PANGO_SCALE))
    pango_layout_set_font_description(pointer, description)  // copies the description
    pango_font_description_free(description)

    if let wrapWidth {
      pango_layout_set_width(pointer, Self.pangoUnits(wrapWidth))
      pango_layout_set_wrap(pointer, PANGO_WRAP_WORD)
    }
    // The length is given, so the text needs no terminating NUL.
    text.withCString { pango_layout_set_text(pointer, $0, Int32(clamping: text.utf8.count)) }
  }

  deinit {
    g_object_unref(UnsafeMutableRawPointer(pointer))
  }

  /// The logical box, whose top-left is the layout's origin, and the first baseline.
  /// See `pango_layout_get_extents` and `pango_layout_get_baseline`.
  var extent: TextExtent {
    var logical = PangoRectangle()
    pango_layout_get_extents(pointer, nil, &logical)
    let scale = Double(PANGO_SCALE)
    return TextExtent(
      width: Double(logical.width) / scale, height: Double(logical.height) / scale,
      baseline: Double(pango_layout_get_baseline(pointer)) / scale)
  }

  /// Characters that no installed font could draw. See `pango_layout_get_unknown_glyphs_count`.
  var unknownGlyphCount: Int {
    Int(pango_layout_get_unknown_glyphs_count(pointer))
  }

  /// Page units in Pango units, clamped to what an `int` holds.
  private static func pangoUnits(_ value: Double) -> Int32 {
    guard !value.isNaN else { return 0 }
    return Int32(min(max((value * Double(PANGO_SCALE)).rounded(), Double(Int32.min)), Double(Int32.max)))
  }
}

extension CairoContext {
  /// Draws `text` with the top-left of its layout box at its origin.
  /// See `pango_cairo_show_layout`.
  func draw(_ text: SceneText, in pango: PangoTextContext) {
    let layout = TextLayout(text.text, font: text.font, wrapWidth: text.wrapWidth, in: pango)
    if let halo = text.halo {
      // The glyph outlines stroked twice as wide as the halo: half falls under the letters.
      cairo_move_to(pointer, text.origin.x, text.origin.y)
      pango_cairo_layout_path(pointer, layout.pointer)
      setSource(halo.color)
      cairo_set_line_width(pointer, halo.width * 2)
      cairo_set_line_join(pointer, CAIRO_LINE_JOIN_ROUND)
      cairo_stroke(pointer)
    }
    setSource(text.color)
    cairo_move_to(pointer, text.origin.x, text.origin.y)
    pango_cairo_show_layout(pointer, layout.pointer)
    cairo_new_path(pointer)
  }
}
