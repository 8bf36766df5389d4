import AudomapCore
import Foundation

/// `value` with a fixed number of decimals, for benchmark lines.
func format(_ value: Double, _ decimals: Int) -> String {
  String(format: "%.\(decimals)f", value)
}

/// Runs a benchmark's body and returns its exit status; an error is printed and
/// gives its own status (65 for data, 66 for a missing file, 1 otherwise).
func exitStatus(of body: () throws -> Int32) -> Int32 {
  do {
    return try body()
  } catch let error as any AudomapError {
    print("error: \(error.description)")
    return error.exitStatus.rawValue
  } catch {
    print("error: \(error)")
    return 1
  }
}
