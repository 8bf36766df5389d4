import AudomapCore
import CProj

/// A PROJ context and one transformation (from WGS84 lon/lat unless told otherwise). PROJ contexts are
/// not thread-safe: each instance belongs to one task, so this class is never
/// `Sendable` and never leaves this module.
final class ProjTransformation {
  private let context: OpaquePointer
  private let transformation: OpaquePointer

  /// - Parameter target: any definition PROJ accepts ("EPSG:2154", a PROJ string).
  convenience init(target: String) throws(ProjError) {
    try self.init(source: "EPSG:4326", target: target)
  }

  /// A transformation between any two CRSs, both taken in x/y order (longitude
  /// first for geographic ones), as GeoJSON holds coordinates.
  /// - Parameters:
  ///   - source: any definition PROJ accepts ("EPSG:2154", "OGC:CRS84", a PROJ string).
  ///   - target: likewise.
  init(source: String, target: String) throws(ProjError) {
    // returns NULL when out of memory
    guard let context = proj_context_create() else { throw .cannotCreateContext }
    // returns NULL when a CRS is unknown or proj.db cannot be found
    guard let raw = proj_create_crs_to_crs(context, source, target, nil) else {
      let reason = Self.message(context)
      proj_context_destroy(context)
      throw .cannotCreateTransformation(from: source, to: target, reason: reason)
    }
    // EPSG:4326 is lat/lon; normalising makes both sides x/y (lon first), as GeoJSON is.
    // returns NULL on failure; the raw object is not needed afterwards either way
    let normalized = proj_normalize_for_visualization(context, raw)
    proj_destroy(raw)
    guard let normalized else {
      let reason = Self.message(context)
      proj_context_destroy(context)
      throw .cannotCreateTransformation(from: source, to: target, reason: reason)
    }
    self.context = context
    self.transformation = normalized
  }

  deinit {
    proj_destroy(transformation)
    proj_context_destroy(context)
  }

  /// Projects positions in place, in one bulk call. Points PROJ cannot project
  /// come back as infinity; the caller decides what to do with them.
  func forward(_ positions: inout [Position]) throws(ProjError) {
    guard !positions.isEmpty else { return }
    let count = positions.count
    let stride = MemoryLayout<Position>.stride
    let done: Int = positions.withUnsafeMutableBytes { raw in
      guard let base = raw.baseAddress else { return 0 }
      let xs = base.assumingMemoryBound(to: Double.self)
      let ys = (base + MemoryLayout<Double>.size).assumingMemoryBound(to: Double.self)
      // returns the number of points transformed
      return proj_trans_generic(transformation, PJ_FWD, xs, stride, count, ys, stride, count, nil, 0, 0, nil, 0, 0)
    }
    guard done == count else { throw .transformFailed(reason: Self.message(context)) }
  }

  private static func message(_ context: OpaquePointer) -> String {
    let code = proj_context_errno(context)
    // returns a static string, or NULL for no error
    guard let text = proj_context_errno_string(context, code) else { return "unknown error" }
    return String(cString: text)
  }
}
