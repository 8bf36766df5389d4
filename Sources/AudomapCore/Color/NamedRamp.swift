import Foundation

/// What a ramp is for, which decides how it is sampled and checked.
public enum RampKind: String, CaseIterable, Hashable, Sendable {
  /// Low to high values, light to dark: classes are ordered.
  case sequential
  /// Two hues around a neutral centre: classes are ordered, from one extreme to the other.
  case diverging
  /// Unordered categories (a typology): distinct hues, taken in order.
  case qualitative

  /// Whether the classes are read in order, so neighbours in the legend are neighbours in value.
  public var isOrdered: Bool { self != .qualitative }
}

/// A colour ramp shipped as data in `Palettes/ramps/` (format in
/// `Palettes/README.md`), usable with any brand kit: ColorBrewer schemes and
/// viridis.
public struct NamedRamp: Hashable, Sendable {
  /// The name a user types (`--ramp YlGnBu`), matched ignoring case.
  public let name: String
  public let kind: RampKind
  /// Anchors, interpolated in OKLab, for sequential and diverging ramps (a
  /// diverging ramp's centre is the middle one); the colours themselves, in
  /// order, for a qualitative one.
  public let colors: [Color]

  /// A ramp built in code.
  /// - Precondition: at least 2 colours; an odd number, at least 3, for a diverging ramp.
  public init(name: String, kind: RampKind, colors: [Color]) {
    precondition(colors.count >= 2, "a ramp needs at least two colours")
    precondition(kind != .diverging || DivergingRamp(anchors: colors) != nil, "a diverging ramp needs an odd count ≥ 3")
    self.name = name
    self.kind = kind
    self.colors = colors
  }

  /// The ramp's colours around a centre value; nil unless it is diverging.
  public var diverging: DivergingRamp? {
    kind == .diverging ? DivergingRamp(anchors: colors) : nil
  }

  /// One fill per class: sampled evenly in OKLab for a sequential ramp, centred
  /// for a diverging one (see `DivergingRamp.colors(classCount:)`), the first
  /// `classCount` colours of a qualitative one.
  /// - Throws: `NamedRampError.tooManyClasses` when a qualitative ramp has fewer colours.
  public func colors(classCount: Int) throws(NamedRampError) -> [Color] {
    switch kind {
    case .sequential:
      return OKLab.interpolated(colors, count: classCount)
    case .diverging:
      return DivergingRamp(anchors: colors)?.colors(classCount: classCount) ?? []
    case .qualitative:
      guard classCount <= colors.count else {
        throw .tooManyClasses(ramp: name, available: colors.count, requested: classCount)
      }
      return Array(colors.prefix(max(classCount, 0)))
    }
  }

  // MARK: - Loading

  /// The ramp called `name` (ignoring case) among `ramps`.
  /// - Throws: `NamedRampError.unknownRamp`, with the closest name when one is close.
  public static func named(_ name: String, among ramps: [NamedRamp]) throws(NamedRampError) -> NamedRamp {
    let wanted = name.trimmingCharacters(in: .whitespaces).lowercased()
    if let ramp = ramps.first(where: { $0.name.lowercased() == wanted }) { return ramp }
    let names = ramps.map(\.name)
    throw .unknownRamp(name: name, suggestion: ClosestName.find(name, among: names), known: names)
  }

  /// Every ramp of the `.yml` files in `directory`, file by file in name order.
  ///
  /// ## Example
  /// ```swift
  /// let ramps = try NamedRamp.loadAll(directory: "Palettes/ramps")
  /// let fills = try NamedRamp.named("YlGnBu", among: ramps).colors(classCount: 5)
  /// ```
  /// - Throws: `NamedRampError.file` when the folder or a file cannot be read,
  ///   `.duplicateName` when two ramps share a name, and the file errors of `decode`.
  public static func loadAll(directory: String) throws(NamedRampError) -> [NamedRamp] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
      throw .file(.missingInput(path: directory))
    }
    guard isDirectory.boolValue else { throw .file(.unreadableInput(path: directory, reason: "it is not a folder")) }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory)
    } catch {
      throw .file(.unreadableInput(path: directory, reason: error.localizedDescription))
    }
    var ramps: [NamedRamp] = []
    var sources: [String: String] = [:]
    for fileName in names.filter({ $0.hasSuffix(".yml") }).sorted() {
      let path = URL(fileURLWithPath: directory).appendingPathComponent(fileName).path
      for ramp in try load(path: path) {
        let key = ramp.name.lowercased()
        if let first = sources[key] { throw .duplicateName(name: ramp.name, firstPath: first, secondPath: path) }
        sources[key] = path
        ramps.append(ramp)
      }
    }
    return ramps
  }

  /// The ramps of one file.
  public static func load(path: String) throws(NamedRampError) -> [NamedRamp] {
    let bytes: [UInt8]
    do { bytes = try FileIO.read(path) } catch { throw .file(error) }
    guard let yaml = String(bytes: bytes, encoding: .utf8) else { throw .notText(path: path) }
    return try decode(yaml, path: path)
  }

  /// Decodes and checks ramp YAML already in memory; `path` is only used in messages.
  public static func decode(_ yaml: String, path: String) throws(NamedRampError) -> [NamedRamp] {
    let file: RampFile
    do {
      file = try decodeYAML(RampFile.self, from: yaml)
    } catch {
      switch error {
      case .wrongType(let key, let codingPath):
        throw .wrongType(path: path, key: key, expected: RampFile.shape(at: codingPath))
      case .unknownKey(let key, let known):
        throw .unknownKey(path: path, key: key, known: known)
      case .invalid(let detail):
        throw .invalidYAML(path: path, detail: detail)
      }
    }
    return try file.ramps(path: path)
  }
}

// MARK: - The file as written

/// A ramp file as written; every field optional so that `ramps(path:)` names
/// the missing key.
private struct RampFile: Decodable {
  enum CodingKeys: String, CodingKey, CaseIterable {
    case ramps
  }

  struct Entry: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable {
      case name, kind, colors
    }
    let name: String?
    let kind: String?
    // Items are optional: an unquoted `- #76B729` is an empty item, reported as such.
    let colors: [String?]?

    init(from decoder: any Decoder) throws {
      let container = try checkedContainer(decoder, keyedBy: CodingKeys.self)
      name = try container.decodeIfPresent(String.self, forKey: .name)
      kind = try container.decodeIfPresent(String.self, forKey: .kind)
      colors = try container.decodeIfPresent([String?].self, forKey: .colors)
    }
  }

  let ramps: [Entry]?

  init(from decoder: any Decoder) throws {
    let container = try checkedContainer(decoder, keyedBy: CodingKeys.self)
    ramps = try container.decodeIfPresent([Entry].self, forKey: .ramps)
  }

  /// What the value at `codingPath` should look like, for type-mismatch messages.
  static func shape(at codingPath: [any CodingKey]) -> String {
    let entryKeys = Entry.CodingKeys.allCases.map(\.rawValue).joined(separator: ", ")
    guard let last = codingPath.last else { return "a mapping with the key ramps" }
    if last.intValue != nil {
      return codingPath.count == 2 ? "a mapping with keys \(entryKeys)" : "a single value such as \"#08519C\""
    }
    switch last.stringValue {
    case CodingKeys.ramps.rawValue, Entry.CodingKeys.colors.rawValue: return "a list (one `- ` item per entry)"
    default: return "a single value"
    }
  }

  /// The checked ramps, or the first problem found, in file order.
  func ramps(path: String) throws(NamedRampError) -> [NamedRamp] {
    guard let ramps else { throw .missingKey(path: path, key: "ramps") }
    var result: [NamedRamp] = []
    for (index, entry) in ramps.enumerated() {
      let at = "ramps[\(index)]"
      guard let name = entry.name, !name.isEmpty else { throw .missingKey(path: path, key: at + ".name") }
      guard let kindText = entry.kind else { throw .missingKey(path: path, key: at + ".kind") }
      guard let kind = RampKind(rawValue: kindText) else {
        throw .unknownKind(path: path, key: at + ".kind", value: kindText)
      }
      guard let values = entry.colors else { throw .missingKey(path: path, key: at + ".colors") }
      var colors: [Color] = []
      for (colorIndex, value) in values.enumerated() {
        let key = "\(at).colors[\(colorIndex)]"
        guard let value, !value.isEmpty else { throw .missingColor(path: path, key: key) }
        guard let color = Color(hex: value) else { throw .badColor(path: path, key: key, value: value) }
        colors.append(color)
      }
      let enough = kind == .diverging ? colors.count >= 3 && colors.count % 2 == 1 : colors.count >= 2
      guard enough else { throw .colorCount(path: path, ramp: name, kind: kind, count: colors.count) }
      result.append(NamedRamp(name: name, kind: kind, colors: colors))
    }
    return result
  }
}
