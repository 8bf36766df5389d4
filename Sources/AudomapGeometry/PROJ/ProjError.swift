import AudomapCore

/// Failures reported by PROJ. They point at the installation (proj-data
/// missing) rather than at the user's data.
public enum ProjError: AudomapError, Hashable {
  case cannotCreateContext
  case cannotCreateTransformation(from: String, to: String, reason: String)
  case transformFailed(reason: String)

  public var exitStatus: ExitStatus { .failure }

  public var description: String {
    switch self {
    case .cannotCreateContext:
      return "PROJ could not start (out of memory?)."
    case .cannotCreateTransformation(let from, let to, let reason):
      return "PROJ cannot transform \(from) to \(to): \(reason). "
        + "Check that the proj-data package is installed (make demo installs it)."
    case .transformFailed(let reason):
      return "PROJ failed while projecting coordinates: \(reason)."
    }
  }
}
