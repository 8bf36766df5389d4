import AudomapCore

/// Failures reported by GEOS itself, with the messages its error handler collected.
public enum GEOSError: AudomapError, Hashable {
  case unableToCreateContext
  case libraryError(messages: [String])

  public var exitStatus: ExitStatus { .failure }

  public var description: String {
    switch self {
    case .unableToCreateContext:
      return "GEOS could not start (out of memory?)."
    case .libraryError(let messages):
      return "GEOS failed: " + (messages.isEmpty ? "no message" : messages.joined(separator: "; "))
    }
  }
}
