import Foundation

enum BrandKit {
  /// `Palettes/capso.yml`, found as ``ShippedFile/path(_:)`` finds files.
  static func defaultPath() -> String { ShippedFile.path("Palettes/capso.yml") }
}

/// Files of the checkout that options default to (palettes, reference data).
enum ShippedFile {
  /// `relative` from the current folder, else from the checkout the binary
  /// was built in (`.build/<triple>/<config>/audomap` lies a few folders below
  /// the package root), so the default works from any folder.
  static func path(_ relative: String) -> String {
    if FileManager.default.fileExists(atPath: relative) { return relative }
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    for _ in 0..<5 {
      folder = folder.deletingLastPathComponent()
      let candidate = folder.appendingPathComponent(relative).path
      if FileManager.default.fileExists(atPath: candidate) { return candidate }
    }
    return relative
  }
}
