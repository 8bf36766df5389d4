import ArgumentParser
import AudomapBatch
import AudomapCore

/// The format options every visual takes: `--preset`, `--size` and `--scale`.
struct FormatArguments: ParsableArguments {
  @Option(help: ArgumentHelp(
    "Format: \(Preset.summary), or any WIDTHxHEIGHT (default: the brand kit's, else instagram).", valueName: "name"))
  var preset: String?

  @Option(help: ArgumentHelp("Size in pixels, WIDTHxHEIGHT (same as --preset WxH).", valueName: "WxH"))
  var size: String?

  @Option(help: ArgumentHelp("Pixel density of PNGs: 2 draws the same layout twice as sharp (1 to 4).", valueName: "factor"))
  var scale: Int = 1

  func validate() throws {
    // The kit's own preset is checked when the kit loads.
    if size != nil || preset != nil { _ = try pageSize(brand: nil, cache: InputCache()) }
    if !(1...4).contains(scale) { throw ValidationError("Invalid --scale \(scale): choose 1 to 4.") }
  }

  /// The page before `--scale`: `--size`, else `--preset`, else the brand kit's preset.
  func pageSize(brand: String?, cache: InputCache) throws -> PageSize {
    try BrandKit.pageSize(size: size, preset: preset, brand: brand, cache: cache)
  }
}
