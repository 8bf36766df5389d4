import AudomapCore

/// Measures text with Pango exactly as ``SceneRenderer`` will draw it, in
/// every output format.
///
/// Safe to use from several threads at once: it holds no state, and each
/// call lays the text out in its own Pango context made from the calling
/// thread's font map (Pango keeps one per thread). Fonts stay cached in that
/// font map, so a call costs tens of microseconds once a thread has loaded its fonts.
///
/// ## Example
/// ```swift
/// let extent = PangoTextMeasurer().measure("Saint-Omer", font: Font(family: "Lato", size: 22), wrapWidth: nil)
/// ```
public struct PangoTextMeasurer: TextMeasuring {
  public init() {}

  /// The logical extents of `text` laid out in `font`.
  /// - Parameters:
  ///   - text: The text, on one line unless it contains line breaks or `wrapWidth` is set.
  ///   - font: Family, size in page units, and weight.
  ///   - wrapWidth: When set, words wrap at this width in page units.
  /// - Returns: Width, height and first baseline of the layout box, in page units.
  public func measure(_ text: String, font: Font, wrapWidth: Double?) -> TextExtent {
    TextLayout(text, font: font, wrapWidth: wrapWidth, in: PangoTextContext()).extent
  }
}
