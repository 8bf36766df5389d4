/// Errors loading a palette file: each names the file and the key, and says what to write instead.
public enum PaletteError: AudomapError, Hashable {
  /// The file is missing or unreadable.
  case file(FileError)
  /// The bytes are not UTF-8 text.
  case notText(path: String)
  /// The YAML does not parse; `detail` is the parser's message with line and column.
  case invalidYAML(path: String, detail: String)
  /// A required key is absent; `expected` describes what it should hold.
  case missingKey(path: String, key: String, expected: String)
  /// A required colour is absent or empty (often an unquoted `#`, which starts a YAML comment).
  case missingColor(path: String, key: String)
  /// A key the palette format does not have, usually a typo.
  case unknownKey(path: String, key: String, known: [String])
  /// A value has the wrong shape, e.g. a single value where a list is expected;
  /// an empty `key` is the whole file.
  case wrongType(path: String, key: String, expected: String)
  /// A colour that is not `#RGB`, `#RRGGBB` or `#RRGGBBAA`.
  case badColor(path: String, key: String, value: String)
  /// The sequential ramp has fewer than two colours.
  case tooFewAnchors(path: String, count: Int)
  /// The diverging ramp does not have an odd number of colours, at least 3.
  case divergingAnchorCount(path: String, count: Int)
  /// The default format is not a known preset.
  case unknownPreset(path: String, value: String)
  /// The logo file is not a PNG.
  case logoNotPNG(path: String, logo: String)

  public var exitStatus: ExitStatus {
    switch self {
    case .file(let error): return error.exitStatus
    case .notText, .invalidYAML, .missingKey, .missingColor, .unknownKey, .wrongType, .badColor, .tooFewAnchors,
      .divergingAnchorCount, .unknownPreset, .logoNotPNG:
      return .dataError
    }
  }

  public var description: String {
    switch self {
    case .file(let error):
      return error.description
    case .notText(let path):
      return "\(path): not UTF-8 text. Save the palette file as UTF-8."
    case .invalidYAML(let path, let detail):
      return "\(path): not valid YAML: \(detail)\nFix the syntax at that line (see Palettes/README.md)."
    case .missingKey(let path, let key, let expected):
      return "\(path): missing key '\(key)'. Add it: \(expected) (see Palettes/README.md)."
    case .missingColor(let path, let key):
      // A list item is written `- "#222222"`, a mapping entry `text: "#222222"`.
      let example = key.hasSuffix("]") ? "- " : "\(key.split(separator: ".").last ?? Substring(key)): "
      return "\(path): no colour for '\(key)'. Write it in quotes, e.g. \(example)\"#222222\"; "
        + "an unquoted # starts a YAML comment and leaves the value empty."
    case .unknownKey(let path, let key, let known):
      return "\(path): unknown key '\(key)'. Check the spelling; the keys here are: \(known.joined(separator: ", "))."
    case .wrongType(let path, let key, let expected):
      return "\(path): \(key.isEmpty ? "the file" : "'\(key)'") should be \(expected)."
    case .badColor(let path, let key, let value):
      return "\(path): '\(key)' is \"\(value)\", which is not a colour. "
        + "Write a hex colour in quotes: \"#RRGGBB\" (or \"#RGB\", \"#RRGGBBAA\")."
    case .tooFewAnchors(let path, let count):
      return "\(path): 'sequential' has \(count) colour\(count == 1 ? "" : "s"); a ramp needs at least 2. "
        + "List them lightest first (low values) to darkest last (high values)."
    case .divergingAnchorCount(let path, let count):
      return "\(path): 'diverging' has \(count) colour\(count == 1 ? "" : "s"); it needs an odd number, at least 3: "
        + "the low extreme first, the neutral centre in the middle, the high extreme last."
    case .logoNotPNG(let path, let logo):
      return "\(path): the logo \(logo) is not a PNG file. Export the logo as PNG (with transparency) and name it in logo:."
    case .unknownPreset(let path, let value):
      return "\(path): 'preset' is \"\(value)\", which is not a format. Choose \(Preset.summary), or WIDTHxHEIGHT."
    }
  }
}
