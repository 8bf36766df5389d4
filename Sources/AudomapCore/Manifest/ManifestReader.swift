import Yams

/// Reads `audomap.yml` into a ``Manifest``: the structure and keys are checked
/// here, with the line of each fault; the values are checked by the planner.
public enum ManifestReader {
  public static func read(path: String) throws -> Manifest {
    let bytes = try FileIO.read(path)
    return try parse(String(decoding: bytes, as: UTF8.self), path: path)
  }

  public static func parse(_ yaml: String, path: String) throws(ManifestError) -> Manifest {
    let root: Node?
    do {
      root = try Yams.compose(yaml: yaml)
    } catch {
      throw ManifestError(path: path, line: nil, message: "not valid YAML (\(error)). Check the indentation and quotes.")
    }
    guard let root, let top = root.mapping else {
      throw ManifestError(path: path, line: root?.mark?.line, message: "expected a mapping with version:, datasets: and visuals:.")
    }
    let reader = NodeReader(path: path)
    let entries = try reader.entries(of: top, known: ManifestKeys.topLevel, context: nil)

    guard let versionNode = entries["version"] else {
      throw ManifestError(path: path, line: 1, message: "missing 'version: 1' at the top of the manifest.")
    }
    guard case .scalar(let text) = try reader.value(versionNode, key: "version", context: nil), text == "1" else {
      throw ManifestError(
        path: path, line: versionNode.line, message: "unsupported version: this audomap reads 'version: 1' manifests.")
    }
    var manifest = Manifest(path: path, version: 1, brand: nil, output: nil, basemaps: [], datasets: [], visuals: [])
    if let brand = entries["brand"] { manifest.brand = try reader.text(brand, key: "brand", context: nil) }
    if let output = entries["output"] { manifest.output = try reader.text(output, key: "output", context: nil) }

    for (name, node) in try reader.named(entries["basemaps"], section: "basemaps") {
      let context = "basemap \(name)"
      let fields = try reader.entries(of: node, known: ManifestKeys.basemap, context: context)
      var idField: String?
      if let entry = fields["id-field"] { idField = try reader.text(entry, key: "id-field", context: context) }
      manifest.basemaps.append(Manifest.Basemap(
        name: name, file: try reader.required("file", in: fields, node: node, context: context), idField: idField))
    }
    for (name, node) in try reader.named(entries["datasets"], section: "datasets") {
      let context = "dataset \(name)"
      let fields = try reader.entries(of: node, known: ManifestKeys.dataset, context: context)
      manifest.datasets.append(Manifest.Dataset(
        name: name, file: try reader.required("file", in: fields, node: node, context: context),
        options: try reader.options(fields, except: ["file"], context: context)))
    }
    manifest.visuals = try reader.visuals(entries["visuals"], manifest: manifest)
    return manifest
  }
}

/// A mapping entry: its value node and the line of its key.
struct Entry {
  var node: Node
  var line: Int
}

/// Walks the YAML nodes, throwing located ``ManifestError``s.
private struct NodeReader {
  let path: String

  func error(_ line: Int?, _ context: String?, _ message: String) -> ManifestError {
    ManifestError(path: path, line: line, context: context, message: message)
  }

  /// The keys of `mapping` (in file order through `order`), refusing any not in `known`.
  func entries(of node: Entry, known: [String], context: String?) throws(ManifestError) -> Entries {
    guard let mapping = node.node.mapping else { throw error(node.line, context, "expected a mapping of key: value.") }
    return try entries(of: mapping, known: known, context: context)
  }

  func entries(of mapping: Node.Mapping, known: [String], context: String?) throws(ManifestError) -> Entries {
    var result = Entries()
    for (keyNode, value) in mapping {
      let line = keyNode.mark?.line ?? 0
      guard let key = keyNode.scalar?.string else { throw error(line, context, "a key must be a plain name.") }
      guard known.contains(key) else {
        throw ManifestError.unknownKey(key, known: known, path: path, line: line, context: context)
      }
      guard result[key] == nil else { throw error(line, context, "'\(key)' is given twice; keep one.") }
      result.append(key, Entry(node: value, line: line))
    }
    return result
  }

  /// `name: {…}` mappings in file order (basemaps, datasets).
  func named(_ section: Entry?, section name: String) throws(ManifestError) -> [(String, Entry)] {
    guard let section else { return [] }
    guard let mapping = section.node.mapping else {
      throw error(section.line, nil, "\(name): expected names, each with its file, e.g.\n  \(name):\n    capso:\n      file: …")
    }
    var result: [(String, Entry)] = []
    for (keyNode, value) in mapping {
      let line = keyNode.mark?.line ?? 0
      guard let key = keyNode.scalar?.string, !key.isEmpty else { throw error(line, nil, "\(name): a name must be plain text.") }
      if result.contains(where: { $0.0 == key }) { throw error(line, nil, "\(name): '\(key)' is defined twice.") }
      result.append((key, Entry(node: value, line: line)))
    }
    return result
  }

  func value(_ entry: Entry, key: String, context: String?) throws(ManifestError) -> Manifest.Option.Value {
    switch entry.node {
    case .scalar(let scalar): return .scalar(scalar.string)
    case .sequence(let sequence):
      var items: [String] = []
      for item in sequence {
        guard let text = item.scalar?.string else {
          throw error(item.mark?.line ?? entry.line, context, "\(key): each item of the list must be a plain value.")
        }
        items.append(text)
      }
      return .list(items)
    case .mapping:
      throw error(entry.line, context, "\(key): expected a value or a list, not a mapping.")
    }
  }

  func text(_ entry: Entry, key: String, context: String?) throws(ManifestError) -> String {
    guard case .scalar(let text) = try value(entry, key: key, context: context) else {
      throw error(entry.line, context, "\(key): expected a single value, not a list.")
    }
    return text
  }

  func required(_ key: String, in entries: Entries, node: Entry, context: String) throws(ManifestError) -> String {
    guard let entry = entries[key] else { throw error(node.line, context, "missing '\(key):'.") }
    return try text(entry, key: key, context: context)
  }

  func options(_ entries: Entries, except excluded: Set<String>, context: String) throws(ManifestError) -> [Manifest.Option] {
    var options: [Manifest.Option] = []
    for key in entries.order where !excluded.contains(key) {
      guard let entry = entries[key] else { continue }
      options.append(Manifest.Option(key: key, value: try value(entry, key: key, context: context), line: entry.line))
    }
    return options
  }

  func visuals(_ section: Entry?, manifest: Manifest) throws(ManifestError) -> [Manifest.Visual] {
    guard let section else { throw error(nil, nil, "no 'visuals:' list: add the visuals to render.") }
    guard let sequence = section.node.sequence else {
      throw error(section.line, nil, "visuals: expected a list, each item starting with '- name: …'.")
    }
    var visuals: [Manifest.Visual] = []
    for (index, item) in sequence.enumerated() {
      let line = item.mark?.line ?? section.line
      guard let mapping = item.mapping else { throw error(line, nil, "visuals[\(index)]: expected name:, kind: and options.") }
      // The name and kind first: they choose which keys are valid and name the visual in errors.
      guard let nameNode = mapping["name"] else { throw error(line, "visuals[\(index)]", "missing 'name:'.") }
      let name = try text(Entry(node: nameNode, line: nameNode.mark?.line ?? line), key: "name", context: nil)
      let context = "visual \(name)"
      try VisualName.check(name, path: path, line: line, context: context)
      if visuals.contains(where: { $0.name == name }) { throw error(line, context, "the name is used twice; give each visual its own.") }
      guard let kindNode = mapping["kind"] else { throw error(line, context, "missing 'kind: map' or 'kind: chart'.") }
      let kindText = try text(Entry(node: kindNode, line: kindNode.mark?.line ?? line), key: "kind", context: context)
      guard let kind = Manifest.Visual.Kind(rawValue: kindText) else {
        throw error(kindNode.mark?.line ?? line, context, "kind: '\(kindText)' is neither map nor chart.")
      }
      let fields = try entries(of: mapping, known: kind == .map ? ManifestKeys.map : ManifestKeys.chart, context: context)

      guard let datasetEntry = fields["dataset"] else { throw error(line, context, "missing 'dataset:'.") }
      let dataset = try text(datasetEntry, key: "dataset", context: context)
      guard manifest.datasets.contains(where: { $0.name == dataset }) else {
        throw reference("dataset", dataset, known: manifest.datasets.map(\.name), line: datasetEntry.line, context: context)
      }
      var basemap: String?
      if kind == .map {
        guard let entry = fields["basemap"] else { throw error(line, context, "missing 'basemap:' (a map needs boundaries).") }
        let name = try text(entry, key: "basemap", context: context)
        guard manifest.basemaps.contains(where: { $0.name == name }) else {
          throw reference("basemap", name, known: manifest.basemaps.map(\.name), line: entry.line, context: context)
        }
        basemap = name
      }
      func list(_ key: String, default fallback: [String]) throws(ManifestError) -> [String] {
        guard let entry = fields[key] else { return fallback }
        switch try value(entry, key: key, context: context) {
        case .scalar(let text): return [text]
        case .list(let items):
          if items.isEmpty { throw error(entry.line, context, "\(key): the list is empty.") }
          return items
        }
      }
      visuals.append(Manifest.Visual(
        name: name, kind: kind, basemap: basemap, dataset: dataset,
        options: try options(fields, except: ["name", "kind", "dataset", "basemap"], context: context),
        presets: try list("presets", default: []), formats: try list("formats", default: ["png", "svg"]),
        line: line))
    }
    return visuals
  }

  func reference(_ what: String, _ name: String, known: [String], line: Int, context: String) -> ManifestError {
    let hint = ClosestName.find(name, among: known).map { " Did you mean '\($0)'?" }
      ?? (known.isEmpty ? " Define it under \(what)s:." : " Defined: \(known.joined(separator: ", ")).")
    return error(line, context, "\(what) '\(name)' is not defined." + hint)
  }
}

/// A mapping's keys in file order.
struct Entries {
  private(set) var order: [String] = []
  private var values: [String: Entry] = [:]

  subscript(key: String) -> Entry? { values[key] }

  mutating func append(_ key: String, _ entry: Entry) {
    order.append(key)
    values[key] = entry
  }
}

/// Visual names become file names: they must stay inside the output folder.
public enum VisualName {
  /// Letters, digits, `-`, `_` and `.`, no `..`: `capso-population`.
  public static func check(_ name: String, path: String, line: Int?, context: String?) throws(ManifestError) {
    let allowed = name.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)
    }
    guard !name.isEmpty, allowed, !name.contains(".."), !name.hasPrefix(".") else {
      throw ManifestError(
        path: path, line: line, context: context,
        message: "the name '\(name)' cannot be a file name: use letters, digits, - and _ only (no /, no ..), "
          + "e.g. capso-population.")
    }
  }
}
