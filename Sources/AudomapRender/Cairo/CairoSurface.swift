import CCairo

/// Owns a `cairo_surface_t`: an in-memory image (PNG) or a vector document
/// (SVG, PDF) streamed into memory.
final class CairoSurface {
  let pointer: OpaquePointer
  /// Where SVG and PDF surfaces stream their document; nil for images.
  /// Cairo holds it unretained and may write until the surface is finished
  /// or destroyed, so the surface keeps it alive.
  private let sink: ByteSink?
  /// For a surface made by ``sharingPixels()``: the image surface that owns
  /// the pixels. Cairo does not reference it, so the sharing surface keeps it alive.
  private let parent: CairoSurface?

  private init(
    _ pointer: OpaquePointer, sink: ByteSink? = nil, parent: CairoSurface? = nil, operation: String
  ) throws(RenderError) {
    self.pointer = pointer
    self.sink = sink
    self.parent = parent
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
    return try CairoSurface(pointer, operation: operation)
  }

  /// Another image surface over this image surface's pixels, so that another
  /// thread can draw into them: Cairo lets threads draw at once only on
  /// different surfaces. Each thread must keep to its own rows (with a clip,
  /// see ``CairoContext/clip(to:)``), and this surface must not be drawn on
  /// meanwhile. See `cairo_image_surface_create_for_data`.
  func sharingPixels() throws(RenderError) -> CairoSurface {
    let operation = "creating a drawing surface for a part of the image"
    // returns NULL for a surface that is not an image or is in an error state
    guard let data = cairo_image_surface_get_data(pointer) else {
      throw .cairoFailure(operation: operation, reason: "the image has no pixel data")
    }
    // never returns NULL: a failure is an error-state surface
    guard
      let shared = cairo_image_surface_create_for_data(
        data, cairo_image_surface_get_format(pointer), cairo_image_surface_get_width(pointer),
        cairo_image_surface_get_height(pointer), cairo_image_surface_get_stride(pointer))
    else { throw .outOfMemory(operation: operation) }
    return try CairoSurface(shared, parent: self, operation: operation)
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

  /// Lends the pixels of an image surface to `body`, after pending drawing is done.
  /// See `cairo_surface_flush` and `cairo_image_surface_get_data`.
  func withPixels<Result>(_ body: (ImagePixels) throws(RenderError) -> Result) throws(RenderError) -> Result {
    let operation = "reading the PNG image"
    // returns nothing: a failure sets the surface status, checked next
    cairo_surface_flush(pointer)
    try check(cairo_surface_status(pointer), while: operation)
    // returns NULL for a surface that is not an image or is in an error state (checked above)
    guard let data = cairo_image_surface_get_data(pointer) else {
      throw .cairoFailure(operation: operation, reason: "the surface has no pixel data")
    }
    let format = cairo_image_surface_get_format(pointer)
    guard format == CAIRO_FORMAT_RGB24 || format == CAIRO_FORMAT_ARGB32 else {
      throw .cairoFailure(operation: operation, reason: "unexpected pixel format \(format.rawValue)")
    }
    // The pixels belong to the surface, alive at least until this method returns.
    return try body(
      ImagePixels(
        base: UnsafeRawPointer(data), width: Int(cairo_image_surface_get_width(pointer)),
        height: Int(cairo_image_surface_get_height(pointer)), stride: Int(cairo_image_surface_get_stride(pointer)),
        hasAlpha: format == CAIRO_FORMAT_ARGB32))
  }

  /// Encodes an image surface as PNG with Cairo's own writer (libpng, slower
  /// than ``PNGEncoder``): the reference the encoder is tested against.
  /// See `cairo_surface_write_to_png_stream`.
  func cairoPNGBytes() throws(RenderError) -> [UInt8] {
    let sink = ByteSink()
    // returns the surface's own error, or WRITE_ERROR, NO_MEMORY or SURFACE_TYPE_MISMATCH
    let status = withExtendedLifetime(sink) {
      cairo_surface_write_to_png_stream(pointer, ByteSink.write, sink.closure)
    }
    try check(status, while: "writing the PNG")
    return sink.bytes
  }
}

/// The pixels of an image surface, borrowed for reading: `height` rows of
/// `width` native-endian 32-bit words, `stride` bytes apart. Words are
/// 0x00RRGGBB (RGB24) or premultiplied 0xAARRGGBB (ARGB32) when `hasAlpha`.
struct ImagePixels {
  let base: UnsafeRawPointer
  let width: Int
  let height: Int
  let stride: Int
  let hasAlpha: Bool
}
