/// The process exit status a user error maps to (sysexits.h, as in ARCHITECTURE.md).
public enum ExitStatus: Int32, Sendable {
  case failure = 1
  case usage = 64
  case dataError = 65
  case noInput = 66
  case cannotCreate = 73
}

/// An error caused by the user's input or environment, as opposed to a bug.
/// Its `description` says what is wrong, where (file, line, feature, column)
/// and what to do; the CLI prints it and exits with `exitStatus`.
public protocol AudomapError: Error, CustomStringConvertible, Sendable {
  var exitStatus: ExitStatus { get }
}
