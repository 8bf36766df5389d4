import AudomapCore
import CCairo

/// Pixels of a PNG read back through Cairo, so tests can check what was drawn
/// without a second PNG implementation.
struct DecodedImage {
  let width: Int
  let height: Int
  /// Premultiplied ARGB words, row by row; alpha is 0xFF for images without alpha.
  let pixels: [UInt32]

  func argb(x: Int, y: Int) -> UInt32 {
    pixels[y * width + x]
  }

  /// Decodes PNG bytes. See `cairo_image_surface_create_from_png_stream`.
  init(png: [UInt8]) throws(RenderError) {
    let source = ByteSource(png)
    let operation = "reading a PNG"
    // never returns NULL: a failure (bad data, read error) is an error-state surface
    guard let pointer = withExtendedLifetime(source, {
      cairo_image_surface_create_from_png_stream(ByteSource.read, Unmanaged.passUnretained(source).toOpaque())
    }) else { throw .outOfMemory(operation: operation) }
    defer { cairo_surface_destroy(pointer) }
    try check(cairo_surface_status(pointer), while: operation)

    cairo_surface_flush(pointer)
    width = Int(cairo_image_surface_get_width(pointer))
    height = Int(cairo_image_surface_get_height(pointer))
    let stride = Int(cairo_image_surface_get_stride(pointer))
    let opaque = cairo_image_surface_get_format(pointer) == CAIRO_FORMAT_RGB24
    // returns NULL only for a surface in an error state, checked above
    guard let data = cairo_image_surface_get_data(pointer) else {
      throw .cairoFailure(operation: operation, reason: "no pixel data")
    }
    var pixels: [UInt32] = []
    pixels.reserveCapacity(width * height)
    for y in 0..<height {
      let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
      for x in 0..<width { pixels.append(opaque ? row[x] | 0xFF00_0000 : row[x]) }
    }
    self.pixels = pixels
  }
}

/// Feeds bytes to a `cairo_read_func_t`; passed unretained as its closure.
final class ByteSource {
  let bytes: [UInt8]
  var offset = 0

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  static let read: cairo_read_func_t = { closure, data, length in
    guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
    let source = Unmanaged<ByteSource>.fromOpaque(closure).takeUnretainedValue()
    let count = Int(length)
    guard source.offset + count <= source.bytes.count else { return CAIRO_STATUS_READ_ERROR }
    source.bytes.withUnsafeBufferPointer { bytes in
      guard let base = bytes.baseAddress else { return }
      data.update(from: base + source.offset, count: count)
    }
    source.offset += count
    return CAIRO_STATUS_SUCCESS
  }
}

extension CairoContext {
  /// Paints a PNG scaled into its rectangle; a PNG Cairo cannot read draws nothing
  /// (the brand kit checked its header when it loaded). See `cairo_image_surface_create_from_png_stream`.
  func draw(_ image: SceneImage) {
    let source = ByteSource(image.png)
    // never returns NULL: a failure is an error-state surface
    guard let picture = withExtendedLifetime(source, {
      cairo_image_surface_create_from_png_stream(ByteSource.read, Unmanaged.passUnretained(source).toOpaque())
    }) else { return }
    defer { cairo_surface_destroy(picture) }
    let width = Double(cairo_image_surface_get_width(picture))
    let height = Double(cairo_image_surface_get_height(picture))
    guard cairo_surface_status(picture) == CAIRO_STATUS_SUCCESS, width > 0, height > 0 else { return }
    cairo_save(pointer)
    cairo_translate(pointer, image.rect.x, image.rect.y)
    cairo_scale(pointer, image.rect.width / width, image.rect.height / height)
    cairo_set_source_surface(pointer, picture, 0, 0)
    // Smooth downscaling: a logo is usually drawn smaller than its pixels.
    cairo_pattern_set_filter(cairo_get_source(pointer), CAIRO_FILTER_BEST)
    cairo_paint(pointer)
    cairo_restore(pointer)
  }
}
