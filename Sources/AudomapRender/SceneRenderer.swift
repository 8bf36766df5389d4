import AudomapCore
import Foundation

/// Draws a ``Scene`` to PNG, SVG or PDF bytes with Cairo and Pango.
///
/// It only interprets the scene: every position, size and colour was chosen
/// by layout. Shapes are filled with the even-odd rule and then stroked with
/// round joins; groups only order their items. Output is deterministic: the
/// same scene gives the same PNG and SVG bytes in any process, and a PDF whose
/// creation date is ``pdfCreationDate``.
public enum SceneRenderer {
  /// The largest page width or height accepted, in pixels (points for PDF).
  public static let maximumSide = 20_000

  /// The creation date written into every PDF, so that rendering twice gives
  /// the same document. Midnight UTC on 1 January 2000: plainly not a real date.
  public static let pdfCreationDate = "2000-01-01T00:00:00Z"

  /// Renders `scene` as a complete file in `format`.
  ///
  /// PNG is `Int(width) × Int(height)` pixels, without alpha when the background
  /// is opaque; SVG is `width × height` px; PDF is one page of `width × height` pt.
  ///
  /// ## Example
  /// ```swift
  /// let scene = Scene(width: 200, height: 100, background: .white, items: [
  ///   .shape(SceneShape(.rectangle(Rect(x: 10, y: 10, width: 50, height: 30)), fill: Color(hex: "#E63946")))
  /// ])
  /// let png = try SceneRenderer.render(scene, as: .png)
  /// ```
  /// - Parameters:
  ///   - scene: What to draw, in page coordinates.
  ///   - format: The file format.
  /// - Returns: The file's bytes.
  /// - Throws: ``RenderError/invalidSize(width:height:)`` when a side is outside
  ///   1…``maximumSide``; ``RenderError/outOfMemory(operation:)`` or
  ///   ``RenderError/cairoFailure(operation:reason:)`` when Cairo fails.
  public static func render(_ scene: Scene, as format: OutputFormat) throws(RenderError) -> [UInt8] {
    let sides = 1...Double(maximumSide)
    guard sides.contains(scene.width), sides.contains(scene.height) else {
      throw .invalidSize(width: scene.width, height: scene.height)
    }
    switch format {
    case .png:
      let surface = try CairoSurface.image(
        width: Int32(scene.width), height: Int32(scene.height), opaque: scene.background?.alpha == 1)
      try BandedRasterizer.draw(scene, on: surface, bandCount: rasterBandCount)
      return try surface.withPixels { pixels throws(RenderError) in try PNGEncoder.encode(pixels) }
    case .svg:
      let surface = try CairoSurface.svg(width: scene.width, height: scene.height)
      // Cairo draws placeholders for paths; their data is written without it.
      let paths = SVGPathStore()
      try draw(scene, on: surface, paths: paths)
      return SVGPostProcessor.process(
        try surface.finishDocument("SVG"), title: scene.title, description: scene.description, paths: paths)
    case .pdf:
      let surface = try CairoSurface.pdf(width: scene.width, height: scene.height, title: scene.title)
      try draw(scene, on: surface)
      return try surface.finishDocument("PDF")
    }
  }

  /// How many threads rasterise a PNG: one per core, up to 8. The pixels do
  /// not depend on it.
  static let rasterBandCount = min(ProcessInfo.processInfo.activeProcessorCount, 8)

  /// Draws `scene` onto `surface` in one piece.
  /// - Parameter paths: When set (SVG), path shapes are drawn as placeholders
  ///   and their data is written into `paths`.
  static func draw(_ scene: Scene, on surface: CairoSurface, paths: SVGPathStore? = nil) throws(RenderError) {
    let context = try CairoContext(surface: surface)
    let pango = PangoTextContext()
    if let background = scene.background {
      context.paint(background)
    }
    // Cairo's SVG surface rounds its page up to whole pixels.
    let page = (width: Int(scene.width.rounded(.up)), height: Int(scene.height.rounded(.up)))
    draw(scene.items, with: context, pango, paths: paths, pageWidth: page.width, pageHeight: page.height)
    try context.checkStatus(while: "drawing the scene")
  }

  private static func draw(
    _ items: [SceneItem], with context: CairoContext, _ pango: PangoTextContext, paths: SVGPathStore?,
    pageWidth: Int, pageHeight: Int
  ) {
    for item in items {
      switch item {
      case .shape(let shape):
        if let paths, shape.fill != nil || shape.stroke != nil,
          let placeholder = paths.add(shape, pageWidth: pageWidth, pageHeight: pageHeight)
        {
          if let drawn = placeholder.shape { context.draw(drawn, placeholder: placeholder.index) }
        } else {
          context.draw(shape)
        }
      case .text(let text):
        context.draw(text, in: pango)
      case .image(let image):
        context.draw(image)
      case .group(_, let items):
        draw(items, with: context, pango, paths: paths, pageWidth: pageWidth, pageHeight: pageHeight)
      }
    }
  }
}
