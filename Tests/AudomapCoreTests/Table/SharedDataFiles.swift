import Foundation

/// Paths to the real open-data files in `shared/data/`, beside the package (read-only).
enum SharedDataFiles {
  private static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Table/
    .deletingLastPathComponent()  // AudomapCoreTests/
    .deletingLastPathComponent()  // Tests/
    .deletingLastPathComponent()  // the package root
    .appendingPathComponent("../shared/data").standardized

  static func dataset(_ name: String) -> String {
    root.appendingPathComponent("datasets").appendingPathComponent(name).path
  }

  static func basemap(_ name: String) -> String {
    root.appendingPathComponent("basemaps").appendingPathComponent(name).path
  }
}
