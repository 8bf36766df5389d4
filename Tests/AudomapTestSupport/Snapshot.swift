import Foundation
import Testing

/// Compares `bytes` with the golden file `<snapshots>/<name>.<ext>`.
///
/// When the file is missing, or RECORD_SNAPSHOTS is set, writes it and fails
/// with "Recorded new baseline", so a baseline is never accepted silently;
/// on CI (CI=true) a missing golden file is an error, never recorded.
/// On a mismatch, the actual bytes go to a temporary folder, never to Output/.
/// - Parameter snapshots: the test target's `Snapshots/` folder in the source tree.
public func assertSnapshot(
  _ bytes: [UInt8], named name: String, extension ext: String, in snapshots: URL,
  sourceLocation: SourceLocation = #_sourceLocation
) throws {
  let fileName = "\(name).\(ext)"
  let golden = snapshots.appendingPathComponent(fileName)
  let environment = ProcessInfo.processInfo.environment
  let record = environment["RECORD_SNAPSHOTS"] != nil

  guard !record, let expected = try? Data(contentsOf: golden) else {
    if environment["CI"] == "true", !record {
      Issue.record("Missing snapshot \(golden.path): record it locally and commit it.", sourceLocation: sourceLocation)
      return
    }
    try Data(bytes).write(to: golden)
    Issue.record("Recorded new baseline: \(golden.path)", sourceLocation: sourceLocation)
    return
  }
  guard [UInt8](expected) != bytes else { return }
  let actualFolder = FileManager.default.temporaryDirectory.appendingPathComponent("audomap-snapshots")
  try FileManager.default.createDirectory(at: actualFolder, withIntermediateDirectories: true)
  let actual = actualFolder.appendingPathComponent(fileName)
  try Data(bytes).write(to: actual)
  Issue.record(
    "\(fileName) differs from its snapshot; actual: \(actual.path). RECORD_SNAPSHOTS=1 accepts it.",
    sourceLocation: sourceLocation)
}

/// The package root, found from this file's place in `Tests/AudomapTestSupport/`.
public let packageRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// `../shared/data` beside the checkout, where the large real files stay.
public let sharedData = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
