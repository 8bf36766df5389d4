import AudomapCore
import AudomapRender
import AudomapTestSupport
import Foundation
import Testing

/// Golden files: recorded in another process, so they also pin that output
/// does not depend on process history.
@Suite struct SnapshotTests {
  @Test func smallMapSVG() throws {
    try assertSnapshot(
      SceneRenderer.render(Fixtures.smallMap, as: .svg), named: "smallMapSVG", extension: "svg",
      in: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots"))
  }
}
