import CCairo

/// Owns a `cairo_surface_t`: an in-memory image (PNG) or a vector document
/// (SVG, PDF) streamed into memory.
final class CairoSurface {
  let pointer: OpaquePointer
  /// Where SVG and PDF surfaces stream their document; nil for images.
  /// Cairo holds it unretained and may write until the surface is finished
  /// or destroyed, so the surface keeps it alive.
  private let sink: ByteSink?

  private init(_ pointer: OpaquePointer, sink: ByteSink?, operation: String) throws(RenderError) {
    self.pointer = pointer
    self.sink = sink
    try check(cairo_surface_status(pointer), while: operation)
  }

  deinit {
    cairo_surface_destroy(pointer)
  }

  /// An image surface of `width × height` pixels; RGB24 when `opaque`, so the
  /// PNG has no alpha channel to analyse, unpremultiply or store.
  /// See `cairo_image_surface_create`.
  static func image(width: Int32, height: Int32, opaque: Bool) throws(RenderError) -> CairoSurface {
    let operation = "creating the \(width)×\(height) PNG image"
    // never returns NULL: a failure (e.g. out of memory) is an error-state surface
    guard let pointer = cairo_image_surface_create(opaque ? CAIRO_FORMAT_RGB24 : CAIRO_FORMAT_ARGB32, width, height)
    else { throw .outOfMemory(operation: operation) }
    return try CairoSurface(pointer, sink: nil, operation: operation)
  }

  /// An SVG document of `width × height` px streamed into memory.
  /// See `cairo_svg_surface_create_for_stream` and `cairo_svg_surface_set_document_unit`.
  static func svg(width: Double, height: Double) throws(RenderError) -> CairoSurface {
    let sink = ByteSink()
    // never returns NULL: a failure is an error-state surface
    guard let pointer = cairo_svg_surface_create_for_stream(ByteSink.write, sink.closure, width, height)
    else { throw .outOfMemory(operation: "creating the SVG document") }
    let surface = try CairoSurface(pointer, sink: sink, operation: "creating the SVG document")
    // Cairo 1.16 writes pt by default; px makes the document size the scene size in pixels.
    // Returns nothing: a failure sets the surface status, checked when the document is finished.
    cairo_svg_surface_set_document_unit(pointer, CAIRO_SVG_UNIT_PX)
    return surface
  }

  /// A one-page PDF of `width × height` pt streamed into memory, with `title`
  /// and a fixed creation date (``SceneRenderer/pdfCreationDate``) so that
  /// the date does not change the bytes. See `cairo_pdf_surface_create_for_stream`
  /// and `cairo_pdf_surface_set_metadata`.
  static func pdf(width: Double, height: Double, title: String?) throws(RenderError) -> CairoSurface {
    let sink = ByteSink()
    // never returns NULL: a failure is an error-state surface
    guard let pointer = cairo_pdf_surface_create_for_stream(ByteSink.write, sink.closure, width, height)
    else { throw .outOfMemory(operation: "creating the PDF document") }
    let surface = try CairoSurface(pointer, sink: sink, operation: "creating the PDF document")
    // Returns nothing: a failure sets the surface status, checked when the document is finished.
    cairo_pdf_surface_set_metadata(pointer, CAIRO_PDF_METADATA_CREATE_DATE, SceneRenderer.pdfCreationDate)
    if let title {
      cairo_pdf_surface_set_metadata(pointer, CAIRO_PDF_METADATA_TITLE, title)
    }
    return surface
  }

  /// Finishes an SVG or PDF surface and returns the whole document.
  /// See `cairo_surface_finish`.
  func finishDocument(_ format: String) throws(RenderError) -> [UInt8] {
    // returns nothing: a failure (including a failed write) sets the surface status
    cairo_surface_finish(pointer)
    try check(cairo_surface_status(pointer), while: "finishing the \(format) document")
    return sink?.bytes ?? []
  }

  /// Encodes an image surface as PNG. See `cairo_surface_write_to_png_stream`.
  func pngBytes() throws(RenderError) -> [UInt8] {
    let sink = ByteSink()
    // returns the surface's own error, or WRITE_ERROR, NO_MEMORY or SURFACE_TYPE_MISMATCH
    let status = withExtendedLifetime(sink) {
      cairo_surface_write_to_png_stream(pointer, ByteSink.write, sink.closure)
    }
    try check(status, while: "writing the PNG")
    return sink.bytes
  }
}
