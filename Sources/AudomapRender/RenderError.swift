import AudomapCore

/// Why a scene could not be rendered.
///
/// Cairo failures exit with status 1; a page size out of range is a usage
/// error (64). Cases are `Hashable` so tests can assert the exact error.
public enum RenderError: AudomapError, Hashable {
  /// The page is smaller than 1 or larger than ``SceneRenderer/maximumSide`` on a side.
  case invalidSize(width: Double, height: Double)
  /// Cairo ran out of memory while doing `operation` (e.g. "creating the PNG surface").
  case outOfMemory(operation: String)
  /// Cairo reported `reason` (its own status message) while doing `operation`.
  case cairoFailure(operation: String, reason: String)
  /// zlib reported `reason` while compressing a PNG.
  case zlibFailure(operation: String, reason: String)

  public var exitStatus: ExitStatus {
    switch self {
    case .invalidSize: .usage
    case .outOfMemory, .cairoFailure, .zlibFailure: .failure
    }
  }

  public var description: String {
    switch self {
    case .invalidSize(let width, let height):
      let range = "1 to \(SceneRenderer.maximumSide)"
      return "Page size \(Self.format(width))×\(Self.format(height)) is out of range: "
        + "width and height must each be \(range) pixels (points for PDF). Use a --size in that range."
    case .outOfMemory(let operation):
      return "Out of memory while \(operation). Use a smaller --size, or render to SVG or PDF."
    case .cairoFailure(let operation, let reason), .zlibFailure(let operation, let reason):
      return "Rendering failed while \(operation): \(reason)."
    }
  }

  /// `1080` rather than `1080.0`, so the message shows the size as the user typed it.
  private static func format(_ value: Double) -> String {
    value.isFinite && value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }
}
