import Dispatch
import Synchronization

/// Work started on another core now and collected later: a map run reads
/// its table while the basemap parses, and checks geometry validity while
/// it projects and renders.
final class Background<Value: Sendable>: Sendable {
  private let outcome = Mutex<Result<Value, any Error>?>(nil)
  private let finished = DispatchSemaphore(value: 0)

  init(_ work: @escaping @Sendable () throws -> Value) {
    DispatchQueue.global().async { [self] in
      let result = Result { try work() }
      outcome.withLock { $0 = result }
      finished.signal()
    }
  }

  /// Waits for the work and returns its value or rethrows its error.
  func value() throws -> Value {
    finished.wait()
    finished.signal()  // later calls return at once
    guard let result = outcome.withLock({ $0 }) else { preconditionFailure("signalled without a result") }
    return try result.get()
  }
}
