/// Named output formats for social networks and print (`--preset NAME`), or any `WxH`.
public struct Preset: Hashable, Sendable, CustomStringConvertible {
  /// The name as typed, e.g. "instagram" or "1200x800".
  public let name: String
  /// The page size in pixels (points for A4 PDF), before `--scale`.
  public let size: PageSize
  /// Whether the format is meant for print (A4): PDF by default.
  public let isPrint: Bool

  /// The named presets, in the order `--help` lists them.
  public static let named: [Preset] = [
    Preset(name: "instagram", width: 1080, height: 1080),
    Preset(name: "portrait", width: 1080, height: 1350),
    Preset(name: "story", width: 1080, height: 1920),
    Preset(name: "x", width: 1600, height: 900),
    Preset(name: "facebook", width: 1200, height: 630),
    Preset(name: "linkedin", width: 1200, height: 627),
    // ISO 216 A4 in PostScript points (210 × 297 mm).
    Preset(name: "a4", width: 595, height: 842, isPrint: true),
    Preset(name: "a4-landscape", width: 842, height: 595, isPrint: true),
  ]

  /// The default format: instagram, 1080×1080.
  public static var standard: Preset { named[0] }

  private init(name: String, width: Int, height: Int, isPrint: Bool = false) {
    self.name = name
    size = PageSize(width: width, height: height)
    self.isPrint = isPrint
  }

  /// A named preset (case-insensitive) or a `WxH` size; nil otherwise.
  public init?(_ text: String) {
    let lowered = text.lowercased()
    if let preset = Self.named.first(where: { $0.name == lowered }) {
      self = preset
    } else if let size = PageSize(parsing: text) {
      self.init(name: size.description, width: size.width, height: size.height)
    } else {
      return nil
    }
  }

  public var description: String { name }

  /// The names and sizes, for help texts and error messages.
  public static var summary: String {
    named.map { "\($0.name) (\($0.size.width)×\($0.size.height))" }.joined(separator: ", ")
  }
}
