import AudomapTestSupport
import Foundation

/// Paths to the real open-data files in `shared/data/`, beside the package (read-only).
enum SharedDataFiles {
  static func dataset(_ name: String) -> String {
    sharedData.appendingPathComponent("datasets").appendingPathComponent(name).path
  }

  static func basemap(_ name: String) -> String {
    sharedData.appendingPathComponent("basemaps").appendingPathComponent(name).path
  }
}
