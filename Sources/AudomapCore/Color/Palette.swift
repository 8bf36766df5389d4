import Foundation

/// A brand kit: the colours and font maps and charts are drawn with.
///
/// Loaded from a YAML file in `Palettes/` (format in `Palettes/README.md`).
/// A `Palette` that exists has at least two sequential anchors.
public struct Palette: Hashable, Sendable {
  /// A named brand colour, in the order the file lists them.
  public struct BrandColor: Hashable, Sendable {
    public let name: String
    public let color: Color

    public init(name: String, color: Color) {
      self.name = name
      self.color = color
    }
  }

  /// The font family used when the file names none.
  public static let defaultFont = "Lato"

  /// The palette's name, e.g. "CAPSO".
  public let name: String
  /// The authority's colours, e.g. for bar charts and accents.
  public let brandColors: [BrandColor]
  /// The choropleth ramp's anchors, lightest (low values) to darkest (high values).
  public let sequentialAnchors: [Color]
  /// The diverging ramp (low hue, neutral centre, high hue), e.g. for
  /// population change; nil when the file names none.
  public let diverging: DivergingRamp?
  /// Titles, legend labels.
  public let text: Color
  /// Sources, notes, the "no data" label.
  public let secondaryText: Color
  /// Commune borders.
  public let border: Color
  /// Communes without a value.
  public let noData: Color
  /// The page background.
  public let background: Color
  /// The font family for all text.
  public let font: String
  /// The credits line every visual carries unless told otherwise, e.g. "Réalisation : CAPSO".
  public var footer: String?
  /// The format visuals take unless told otherwise (a ``Preset`` name such as "instagram").
  public var preset: String?
  /// The logo drawn right of the source line.
  public var logo: Logo?
  /// The kit's `logo:` as written, read by ``load(path:)``.
  var logoPath: String?

  /// A PNG logo and its size in pixels (from its header), for its aspect ratio.
  public struct Logo: Hashable, Sendable {
    public let png: [UInt8]
    public let width: Int
    public let height: Int

    /// Nil unless `png` starts like a PNG file (signature, then an IHDR chunk with a non-zero size).
    public init?(png: [UInt8]) {
      let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
      guard png.count > 24, Array(png[0..<8]) == signature, Array(png[12..<16]) == Array("IHDR".utf8) else { return nil }
      func big32(_ at: Int) -> Int { png[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
      guard big32(16) > 0, big32(20) > 0 else { return nil }
      self.png = png
      width = big32(16)
      height = big32(20)
    }
  }

  /// A palette built in code.
  /// - Precondition: `sequentialAnchors` has at least two colours.
  public init(
    name: String, brandColors: [BrandColor] = [], sequentialAnchors: [Color], diverging: DivergingRamp? = nil,
    text: Color, secondaryText: Color, border: Color, noData: Color, background: Color,
    font: String = Palette.defaultFont
  ) {
    precondition(sequentialAnchors.count >= 2, "a sequential ramp needs at least two anchors")
    self.name = name
    self.brandColors = brandColors
    self.sequentialAnchors = sequentialAnchors
    self.diverging = diverging
    self.text = text
    self.secondaryText = secondaryText
    self.border = border
    self.noData = noData
    self.background = background
    self.font = font
  }

  /// One fill per class, lightest first, sampled evenly in OKLab through the anchors.
  public func sequentialRamp(classCount: Int) -> [Color] {
    OKLab.interpolated(sequentialAnchors, count: classCount)
  }

  /// The brand colour called `name`, if the palette has one.
  public func brandColor(named name: String) -> Color? {
    brandColors.first { $0.name == name }?.color
  }

  /// Reads and checks a palette file.
  ///
  /// - Parameter path: the YAML file, relative to the current folder or absolute.
  /// - Throws: `PaletteError.file` (exit 66) if it cannot be read; the other
  ///   cases (exit 65) name the key at fault and what to write instead.
  ///
  /// ## Example
  /// ```swift
  /// let palette = try Palette.load(path: "Palettes/capso.yml")
  /// let fills = palette.sequentialRamp(classCount: 5)
  /// ```
  public static func load(path: String) throws(PaletteError) -> Palette {
    let bytes: [UInt8]
    do { bytes = try FileIO.read(path) } catch { throw .file(error) }
    guard let yaml = String(bytes: bytes, encoding: .utf8) else { throw .notText(path: path) }
    var palette = try decode(yaml, path: path)
    if let logoPath = palette.logoPath {
      // Relative to the kit's own folder, so that a kit and its logo travel together.
      let resolved = logoPath.hasPrefix("/") ? logoPath : URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(logoPath).path
      let logoBytes: [UInt8]
      do { logoBytes = try FileIO.read(resolved) } catch { throw .file(error) }
      guard let logo = Logo(png: logoBytes) else { throw .logoNotPNG(path: path, logo: resolved) }
      palette.logo = logo
    }
    return palette
  }

  /// Decodes and checks palette YAML already in memory; `path` is only used in messages.
  public static func decode(_ yaml: String, path: String) throws(PaletteError) -> Palette {
    let file: PaletteFile
    do {
      file = try decodeYAML(PaletteFile.self, from: yaml)
    } catch {
      switch error {
      case .wrongType(let key, let codingPath):
        throw .wrongType(path: path, key: key, expected: PaletteFile.shape(at: codingPath))
      case .unknownKey(let key, let known):
        throw .unknownKey(path: path, key: key, known: known)
      case .invalid(let detail):
        throw .invalidYAML(path: path, detail: detail)
      }
    }
    return try file.palette(path: path)
  }
}

// MARK: - The file as written

/// A palette file as written. Every field is optional so that `palette(path:)`
/// can say exactly which key is missing rather than relay a decoder message.
private struct PaletteFile: Decodable {
  enum CodingKeys: String, CodingKey, CaseIterable {
    case name, font, brand, sequential, diverging, neutrals, footer, preset, logo
  }

  struct Brand: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable {
      case name, color
    }
    let name: String?
    let color: String?

    init(from decoder: any Decoder) throws {
      let container = try checkedContainer(decoder, keyedBy: CodingKeys.self)
      name = try container.decodeIfPresent(String.self, forKey: .name)
      color = try container.decodeIfPresent(String.self, forKey: .color)
    }
  }

  struct Neutrals: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable {
      case text
      case secondaryText = "secondary_text"
      case border
      case noData = "no_data"
      case background
    }
    let colors: [CodingKeys: String?]

    init(from decoder: any Decoder) throws {
      let container = try checkedContainer(decoder, keyedBy: CodingKeys.self)
      var colors: [CodingKeys: String?] = [:]
      for key in CodingKeys.allCases {
        colors[key] = try container.decodeIfPresent(String.self, forKey: key)
      }
      self.colors = colors
    }
  }

  let name: String?
  let font: String?
  let brand: [Brand]?
  // Items are optional: an unquoted `- #76B729` is an empty item, reported as such.
  let sequential: [String?]?
  let diverging: [String?]?
  let neutrals: Neutrals?
  let footer: String?
  let preset: String?
  let logo: String?

  init(from decoder: any Decoder) throws {
    let container = try checkedContainer(decoder, keyedBy: CodingKeys.self)
    name = try container.decodeIfPresent(String.self, forKey: .name)
    font = try container.decodeIfPresent(String.self, forKey: .font)
    brand = try container.decodeIfPresent([Brand].self, forKey: .brand)
    sequential = try container.decodeIfPresent([String?].self, forKey: .sequential)
    diverging = try container.decodeIfPresent([String?].self, forKey: .diverging)
    neutrals = try container.decodeIfPresent(Neutrals.self, forKey: .neutrals)
    footer = try container.decodeIfPresent(String.self, forKey: .footer)
    preset = try container.decodeIfPresent(String.self, forKey: .preset)
    logo = try container.decodeIfPresent(String.self, forKey: .logo)
  }

  /// What the value at `codingPath` should look like, for type-mismatch messages.
  static func shape(at codingPath: [any CodingKey]) -> String {
    func mapping<Keys: RawRepresentable<String> & CaseIterable>(_ keys: Keys.Type) -> String {
      "a mapping (indented `key: value` lines) with keys " + keys.allCases.map(\.rawValue).joined(separator: ", ")
    }
    guard let last = codingPath.last else { return mapping(CodingKeys.self) }
    if last.intValue != nil {
      let inBrand = codingPath.first?.stringValue == CodingKeys.brand.rawValue
      return inBrand ? mapping(Brand.CodingKeys.self) : "a single value such as \"#76B729\""
    }
    switch last.stringValue {
    case CodingKeys.neutrals.rawValue: return mapping(Neutrals.CodingKeys.self)
    case CodingKeys.brand.rawValue, CodingKeys.sequential.rawValue, CodingKeys.diverging.rawValue:
      return "a list (one `- ` line per item)"
    default: return "a single value"
    }
  }

  /// The checked `Palette`, or the first problem found, in file order.
  func palette(path: String) throws(PaletteError) -> Palette {
    func color(_ value: String?, key: String) throws(PaletteError) -> Color {
      guard let value, !value.isEmpty else { throw .missingColor(path: path, key: key) }
      guard let color = Color(hex: value) else { throw .badColor(path: path, key: key, value: value) }
      return color
    }

    guard let name else {
      throw .missingKey(path: path, key: "name", expected: "the palette's name, e.g. name: CAPSO")
    }
    var brandColors: [Palette.BrandColor] = []
    for (index, entry) in (brand ?? []).enumerated() {
      guard let colorName = entry.name else {
        throw .missingKey(path: path, key: "brand[\(index)].name", expected: "a name for the colour, e.g. name: green")
      }
      brandColors.append(.init(name: colorName, color: try color(entry.color, key: "brand[\(index)].color")))
    }
    guard let sequential else {
      throw .missingKey(
        path: path, key: "sequential",
        expected: "a list of at least 2 quoted colours, lightest (low values) first, darkest (high values) last")
    }
    var anchors: [Color] = []
    for (index, value) in sequential.enumerated() {
      anchors.append(try color(value, key: "sequential[\(index)]"))
    }
    guard anchors.count >= 2 else { throw .tooFewAnchors(path: path, count: anchors.count) }
    var divergingRamp: DivergingRamp?
    if let diverging {
      var divergingAnchors: [Color] = []
      for (index, value) in diverging.enumerated() {
        divergingAnchors.append(try color(value, key: "diverging[\(index)]"))
      }
      guard let ramp = DivergingRamp(anchors: divergingAnchors) else {
        throw .divergingAnchorCount(path: path, count: divergingAnchors.count)
      }
      divergingRamp = ramp
    }
    guard let neutrals else {
      let keys = Neutrals.CodingKeys.allCases.map(\.rawValue).joined(separator: ", ")
      throw .missingKey(path: path, key: "neutrals", expected: "a mapping with the colours \(keys)")
    }
    func neutral(_ key: Neutrals.CodingKeys) throws(PaletteError) -> Color {
      try color(neutrals.colors[key] ?? nil, key: "neutrals." + key.rawValue)
    }
    if let preset, Preset(preset) == nil { throw .unknownPreset(path: path, value: preset) }
    var palette = Palette(
      name: name, brandColors: brandColors, sequentialAnchors: anchors, diverging: divergingRamp,
      text: try neutral(.text), secondaryText: try neutral(.secondaryText), border: try neutral(.border),
      noData: try neutral(.noData), background: try neutral(.background), font: font ?? Palette.defaultFont)
    palette.footer = footer.flatMap { $0.isEmpty ? nil : $0 }
    palette.preset = preset
    palette.logoPath = logo.flatMap { $0.isEmpty ? nil : $0 }
    return palette
  }
}
