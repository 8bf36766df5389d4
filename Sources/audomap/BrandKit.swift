import ArgumentParser
import AudomapBatch
import AudomapCore
import Foundation

enum BrandKit {
  /// The format a visual takes: `--size`, else `--preset`, else the kit's `preset:`, else instagram.
  /// - Parameter cache: where the run reads the kit, once for its defaults and its drawing.
  /// - Throws: `ValidationError` for a bad `--size` or `--preset`; `PaletteError` for a bad kit.
  static func pageSize(size: String?, preset: String?, brand: String?, cache: InputCache) throws -> PageSize {
    if let size {
      guard let pageSize = PageSize(parsing: size) else {
        throw ValidationError(
          "Invalid --size '\(size)': write WIDTHxHEIGHT with each side from \(PageSize.validRange.lowerBound) to "
            + "\(PageSize.validRange.upperBound), e.g. 1080x1080.")
      }
      return pageSize
    }
    if let preset {
      guard let named = Preset(preset) else {
        throw ValidationError("Unknown --preset '\(preset)': choose \(Preset.summary), or give WIDTHxHEIGHT.")
      }
      return named.size
    }
    return (try kit(brand, cache).preset.flatMap(Preset.init) ?? .standard).size
  }

  /// The credits line: `--credits`, else the kit's `footer:`.
  static func credits(_ credits: String?, brand: String?, cache: InputCache) throws -> String? {
    try (credits ?? kit(brand, cache).footer).map { FrenchDate.filling($0, on: Date()) }
  }

  private static func kit(_ brand: String?, _ cache: InputCache) throws -> Palette {
    try cache.palette(path: brand ?? defaultPath())
  }

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
