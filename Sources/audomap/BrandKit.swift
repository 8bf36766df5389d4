import Foundation

enum BrandKit {
  /// `Palettes/capso.yml` from the current folder, else from the checkout the
  /// binary was built in (`.build/<config>/audomap` → `Palettes/`), so the
  /// default works from any folder.
  static func defaultPath() -> String {
    let relative = "Palettes/capso.yml"
    if FileManager.default.fileExists(atPath: relative) { return relative }
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    let checkout = executable.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let candidate = checkout.appendingPathComponent(relative).path
    return FileManager.default.fileExists(atPath: candidate) ? candidate : relative
  }
}
