/// Errors loading or using the named ramps of `Palettes/ramps/`: each names
/// the file and key, or the ramp, and says what to do.
public enum NamedRampError: AudomapError, Hashable {
  /// The folder or a file is missing or unreadable.
  case file(FileError)
  /// The bytes are not UTF-8 text.
  case notText(path: String)
  /// The YAML does not parse; `detail` is the parser's message with line and column.
  case invalidYAML(path: String, detail: String)
  /// A required key is absent.
  case missingKey(path: String, key: String)
  /// A key the ramp format does not have, usually a typo.
  case unknownKey(path: String, key: String, known: [String])
  /// A value has the wrong shape; an empty `key` is the whole file.
  case wrongType(path: String, key: String, expected: String)
  /// `kind` is not sequential, diverging or qualitative.
  case unknownKind(path: String, key: String, value: String)
  /// A colour is absent or empty (often an unquoted `#`, which starts a YAML comment).
  case missingColor(path: String, key: String)
  /// A colour that is not `#RGB`, `#RRGGBB` or `#RRGGBBAA`.
  case badColor(path: String, key: String, value: String)
  /// Too few colours for the kind (2 at least; an odd number ≥ 3 for diverging).
  case colorCount(path: String, ramp: String, kind: RampKind, count: Int)
  /// Two ramps share a name (ignoring case).
  case duplicateName(name: String, firstPath: String, secondPath: String)
  /// No ramp has this name.
  case unknownRamp(name: String, suggestion: String?, known: [String])
  /// A qualitative ramp has fewer colours than the classes asked for.
  case tooManyClasses(ramp: String, available: Int, requested: Int)

  public var exitStatus: ExitStatus {
    switch self {
    case .file(let error): return error.exitStatus
    case .notText, .invalidYAML, .missingKey, .unknownKey, .wrongType, .unknownKind, .missingColor, .badColor,
      .colorCount, .duplicateName:
      return .dataError
    case .unknownRamp, .tooManyClasses:
      return .usage
    }
  }

  public var description: String {
    switch self {
    case .file(let error):
      return error.description
    case .notText(let path):
      return "\(path): not UTF-8 text. Save the ramp file as UTF-8."
    case .invalidYAML(let path, let detail):
      return "\(path): not valid YAML: \(detail)\nFix the syntax at that line (see Palettes/README.md)."
    case .missingKey(let path, let key):
      return "\(path): missing key '\(key)'. Each ramp needs a name, a kind and colors (see Palettes/README.md)."
    case .unknownKey(let path, let key, let known):
      return "\(path): unknown key '\(key)'. Check the spelling; the keys here are: \(known.joined(separator: ", "))."
    case .wrongType(let path, let key, let expected):
      return "\(path): \(key.isEmpty ? "the file" : "'\(key)'") should be \(expected)."
    case .unknownKind(let path, let key, let value):
      let kinds = RampKind.allCases.map(\.rawValue).joined(separator: ", ")
      return "\(path): '\(key)' is \"\(value)\"; write one of \(kinds)."
    case .missingColor(let path, let key):
      return "\(path): no colour for '\(key)'. Write it in quotes, e.g. - \"#08519C\"; "
        + "an unquoted # starts a YAML comment and leaves the value empty."
    case .badColor(let path, let key, let value):
      return "\(path): '\(key)' is \"\(value)\", which is not a colour. "
        + "Write a hex colour in quotes: \"#RRGGBB\" (or \"#RGB\", \"#RRGGBBAA\")."
    case .colorCount(let path, let ramp, let kind, let count):
      let needed =
        kind == .diverging
        ? "an odd number, at least 3: the low extreme first, the neutral centre in the middle, the high extreme last"
        : "at least 2"
      return "\(path): ramp '\(ramp)' has \(count) colour\(count == 1 ? "" : "s"); a \(kind.rawValue) ramp needs \(needed)."
    case .duplicateName(let name, let firstPath, let secondPath):
      return "Two ramps are called '\(name)', in \(firstPath) and \(secondPath). Rename one of them."
    case .unknownRamp(let name, let suggestion, let known):
      let hint = suggestion.map { "Did you mean '\($0)'? " } ?? ""
      return "Unknown ramp '\(name)'. \(hint)The ramps are \(known.joined(separator: ", "))."
    case .tooManyClasses(let ramp, let available, let requested):
      return "The qualitative ramp '\(ramp)' has \(available) colours, too few for \(requested) classes. "
        + "Group some categories, or choose a qualitative ramp with at least \(requested) colours."
    }
  }
}
