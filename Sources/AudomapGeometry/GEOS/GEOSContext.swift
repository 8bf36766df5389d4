import AudomapCore
import CGEOS

/// One GEOS reentrant context and the error messages it reported. GEOS wants
/// one context per thread, so a context belongs to one operation or task and
/// is never `Sendable`.
final class GEOSContext {
  let handle: GEOSContextHandle_t
  fileprivate(set) var messages: [String] = []

  init() throws(GEOSError) {
    // returns NULL when out of memory
    guard let handle = GEOS_init_r() else { throw .unableToCreateContext }
    self.handle = handle
    let me = Unmanaged.passUnretained(self).toOpaque()
    GEOSContext_setErrorMessageHandler_r(handle, { message, userData in
      guard let message, let userData else { return }
      Unmanaged<GEOSContext>.fromOpaque(userData).takeUnretainedValue().messages.append(String(cString: message))
    }, me)
  }

  deinit {
    GEOS_finish_r(handle)
  }

  /// The error to throw after a failed call, with what GEOS said.
  func error() -> GEOSError {
    defer { messages.removeAll() }
    return .libraryError(messages: messages)
  }
}

/// A GEOS geometry owned by Swift: destroyed with its context unless a
/// parent geometry took ownership (then `owned` is false).
final class GEOSGeometryHandle {
  let context: GEOSContext
  let pointer: OpaquePointer

  init(context: GEOSContext, pointer: OpaquePointer) {
    self.context = context
    self.pointer = pointer
  }

  deinit {
    GEOSGeom_destroy_r(context.handle, pointer)
  }
}
