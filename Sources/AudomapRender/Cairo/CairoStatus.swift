import CCairo

/// The one place where a Cairo status becomes a ``RenderError``.
///
/// Cairo objects never return NULL on failure: they return an inert object
/// whose status records the error, and every later call on it is a no-op.
/// So a status is checked after creating a surface or context, after drawing,
/// after `cairo_surface_finish` and after writing a PNG.
/// - Parameters:
///   - status: What `cairo_status`, `cairo_surface_status` or a writer returned.
///   - operation: What was being done, for the message ("writing the PNG").
/// - Throws: ``RenderError/outOfMemory(operation:)`` or ``RenderError/cairoFailure(operation:reason:)``.
func check(_ status: cairo_status_t, while operation: String) throws(RenderError) {
  switch status {
  case CAIRO_STATUS_SUCCESS:
    return
  case CAIRO_STATUS_NO_MEMORY:
    throw .outOfMemory(operation: operation)
  default:
    // returns a static string, never NULL
    throw .cairoFailure(operation: operation, reason: String(cString: cairo_status_to_string(status)))
  }
}

/// Collects what a Cairo stream writer emits, so no temporary file is needed.
///
/// Passed to Cairo as an unretained `closure` pointer: whoever hands it to
/// Cairo keeps it alive for as long as Cairo may write (see ``CairoSurface``).
final class ByteSink {
  var bytes: [UInt8] = []

  var closure: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

  /// A `cairo_write_func_t` appending to the `ByteSink` given as closure.
  static let write: cairo_write_func_t = { closure, data, length in
    guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
    let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
    sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
    return CAIRO_STATUS_SUCCESS
  }
}
