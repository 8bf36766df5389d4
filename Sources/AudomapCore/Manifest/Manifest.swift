/// `audomap.yml`: the brand kit, the basemaps and tables, and every visual to
/// render from them, as written (values are interpreted by the batch planner).
public struct Manifest: Hashable, Sendable {
  /// The manifest file, for located errors.
  public var path: String
  public var version: Int
  /// The brand kit as written; the shipped default when nil.
  public var brand: String?
  /// The output folder as written (relative to the manifest's folder); `Output` when nil.
  public var output: String?
  public var basemaps: [Basemap]
  public var datasets: [Dataset]
  public var visuals: [Visual]

  /// A boundary file named once and used by any number of maps.
  public struct Basemap: Hashable, Sendable {
    public var name: String
    public var file: String
    public var idField: String?
  }

  /// A table with how its rows are chosen and joined (`filter`, `aggregate`, `key`, join options).
  public struct Dataset: Hashable, Sendable {
    public var name: String
    public var file: String
    public var options: [Option]
  }

  /// One visual, rendered once per preset, in every format.
  public struct Visual: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Hashable, Sendable {
      case map, chart
    }

    public var name: String
    public var kind: Kind
    /// The basemap's name (maps only).
    public var basemap: String?
    public var dataset: String
    /// The options of `audomap map` or `audomap chart`, with their CLI names (and `presets`, `formats`, for their lines).
    public var options: [Option]
    /// Empty for the brand kit's preset (else instagram).
    public var presets: [String]
    public var formats: [String]
    /// The line of its `- name:`, for errors about a missing key.
    public var line: Int
  }

  /// One `key: value` of a dataset or visual, with its line for error messages.
  public struct Option: Hashable, Sendable {
    public enum Value: Hashable, Sendable {
      case scalar(String)
      case list([String])
    }

    public var key: String
    public var value: Value
    public var line: Int

    public init(key: String, value: Value, line: Int) {
      self.key = key
      self.value = value
      self.line = line
    }

    /// `key=value` or `key=[a,b]`: the option as the incremental state compares it.
    public var canonicalText: String {
      switch value {
      case .scalar(let text): return "\(key)=\(text)"
      case .list(let items): return "\(key)=[\(items.joined(separator: "\u{1F}"))]"
      }
    }
  }
}

/// The keys each part of a manifest accepts: the CLI's option names.
public enum ManifestKeys {
  public static let topLevel = ["version", "brand", "output", "basemaps", "datasets", "visuals"]
  public static let basemap = ["file", "id-field"]
  /// The options of `audomap map` that say how a table joins the basemap.
  public static let join = [
    "per", "population", "population-column", "change", "change-as", "period-column", "fold-arrondissements",
    "history", "no-history", "codes-as-of", "update-codes", "expect-members", "members", "strict",
  ]
  public static let dataset = ["file", "key", "filter", "aggregate"] + join
  /// Every visual has these; `kind` is map or chart.
  public static let visual = ["name", "kind", "dataset", "presets", "formats"]
  public static let map = visual + [
    "basemap", "value", "title", "subtitle", "legend-title", "source", "credits", "method", "classes", "breaks", "label",
    "diverging", "unit", "symbols", "map-kind", "ramp", "no-outline", "no-scale-bar", "scale", "filter", "key",
    "within", "per-km2", "north-arrow", "inset",
  ] + join
  public static let chart = visual + [
    "category", "value", "series", "filter", "aggregate", "horizontal", "stacked", "percent", "line", "sort", "top",
    "others", "highlight", "color-classes", "unit", "title", "subtitle", "legend-title", "source", "credits", "scale",
  ]
}
