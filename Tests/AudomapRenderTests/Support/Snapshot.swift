import Foundation
import Testing

/// Compares `bytes` with the golden file `Snapshots/<name>.<ext>`.
///
/// When the file is missing, or RECORD_SNAPSHOTS is set, writes it into the
/// source tree's Snapshots folder (next to this target's sources) and fails
/// with "Recorded new baseline", so a baseline is never accepted silently.
/// On a mismatch, the actual bytes are written to a temporary folder.
func assertSnapshot(
  _ bytes: [UInt8], named name: String, extension ext: String, sourceLocation: SourceLocation = #_sourceLocation
) throws {
  let fileName = "\(name).\(ext)"
  let golden = Bundle.module.url(forResource: "Snapshots", withExtension: nil)?.appendingPathComponent(fileName)
  let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil

  guard !record, let golden, let expected = try? Data(contentsOf: golden) else {
    let destination = sourceSnapshotsFolder.appendingPathComponent(fileName)
    try Data(bytes).write(to: destination)
    Issue.record("Recorded new baseline: \(destination.path)", sourceLocation: sourceLocation)
    return
  }
  guard [UInt8](expected) != bytes else { return }
  let actual = FileManager.default.temporaryDirectory.appendingPathComponent("audomap-snapshots")
  try FileManager.default.createDirectory(at: actual, withIntermediateDirectories: true)
  let actualFile = actual.appendingPathComponent(fileName)
  try Data(bytes).write(to: actualFile)
  Issue.record(
    "\(fileName) differs from its snapshot; actual: \(actualFile.path). RECORD_SNAPSHOTS=1 accepts it.",
    sourceLocation: sourceLocation)
}

/// `Snapshots/` in the source tree: this file is `<target>/Support/Snapshot.swift`.
private let sourceSnapshotsFolder = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Snapshots")
