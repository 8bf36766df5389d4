import AudomapCore
import Foundation

/// The options of one visual (its dataset's, then its own, which win), read
/// as the CLI reads them, with the manifest line of each fault.
struct ManifestOptions {
  let path: String
  let context: String
  /// The visual's first line, for a missing key.
  let line: Int
  private var options: [String: Manifest.Option] = [:]
  /// Every `filter` of the dataset and of the visual: they all must hold.
  private(set) var filters: [(text: String, line: Int)] = []

  init(path: String, context: String, line: Int, layers: [[Manifest.Option]]) {
    self.path = path
    self.context = context
    self.line = line
    for layer in layers {
      for option in layer {
        if option.key == "filter" {
          filters += Self.items(option.value).map { ($0, option.line) }
        } else {
          options[option.key] = option
        }
      }
    }
  }

  private static func items(_ value: Manifest.Option.Value) -> [String] {
    switch value {
    case .scalar(let text): return [text]
    case .list(let items): return items
    }
  }

  func error(_ key: String, _ message: String) -> ManifestError {
    ManifestError(path: path, line: options[key]?.line ?? line, context: context, message: "\(key): \(message)")
  }

  func has(_ key: String) -> Bool { options[key] != nil }

  func text(_ key: String) throws(ManifestError) -> String? {
    guard let option = options[key] else { return nil }
    guard case .scalar(let text) = option.value else { throw error(key, "expected a single value, not a list.") }
    return text
  }

  /// A single value or a list, as a repeatable CLI option.
  func list(_ key: String) -> [String] { options[key].map { Self.items($0.value) } ?? [] }

  func int(_ key: String, in range: ClosedRange<Int>) throws(ManifestError) -> Int? {
    guard let text = try text(key) else { return nil }
    guard let value = Int(text), range.contains(value) else {
      throw error(key, "'\(text)' is not a whole number from \(range.lowerBound) to \(range.upperBound).")
    }
    return value
  }

  /// A number, with a decimal point or comma.
  func number(_ key: String) throws(ManifestError) -> Double? {
    guard let text = try text(key) else { return nil }
    guard let value = Double(text.replacingOccurrences(of: ",", with: ".")), value.isFinite else {
      throw error(key, "'\(text)' is not a number.")
    }
    return value
  }

  /// `true` or `false` (YAML also reads yes/no).
  func flag(_ key: String) throws(ManifestError) -> Bool {
    guard let text = try text(key) else { return false }
    switch text.lowercased() {
    case "true", "yes", "on": return true
    case "false", "no", "off": return false
    default: throw error(key, "'\(text)' is neither true nor false.")
    }
  }

  func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type) throws(ManifestError) -> T?
  where T.RawValue == String {
    guard let text = try text(key) else { return nil }
    if let value = T(rawValue: text.lowercased()) { return value }
    let names = T.allCases.map(\.rawValue)
    let hint = ManifestError.didYouMean(text, among: names)
    throw error(key, "'\(text)' is not one of \(names.joined(separator: ", ")).\(hint)")
  }

  func rowFilters() throws(ManifestError) -> [RowFilter] {
    var result: [RowFilter] = []
    for filter in filters {
      do {
        result.append(try RowFilter(parsing: filter.text))
      } catch {
        throw ManifestError(path: path, line: filter.line, context: context, message: "filter: \(error.description)")
      }
    }
    return result
  }

  /// The options as the incremental state compares them, in a stable order.
  var canonicalText: String {
    (options.values.map(\.canonicalText).sorted() + filters.map { "filter=\($0.text)" }).joined(separator: "\n")
  }
}
