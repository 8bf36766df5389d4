import AudomapCore

/// Everything `audomap chart` needs to draw one bar or line chart.
public struct ChartRequest: Hashable, Sendable {
  public var dataPath: String
  public var filters: [RowFilter]
  /// Which columns hold the categories, the values and, optionally, the series.
  public var columns: ChartColumns
  /// How rows of one category (and series) are combined; without it, such rows are an error.
  public var aggregation: Aggregation?
  public var kind: ChartKind
  public var sort: ChartSort
  /// Keep only the categories with the largest totals.
  public var top: Int?
  /// With `top`, sum the categories left out into a last bar "Autres".
  public var groupsOthers: Bool
  /// The category drawn in the accent colour, e.g. "Saint-Omer".
  public var highlight: String?
  /// Colour each bar like its commune on a map: this many quantile classes of the
  /// value, in the brand kit's ramp, with the classes as the legend.
  public var colorClasses: Int?
  public var texts: MapTexts
  /// The values' unit ("MWh", "hab."); when nil, the "(unit)" that several value columns end with, if any.
  public var unit: String?
  /// The page size before `scale`.
  public var size: PageSize
  /// The chart is laid out at `size × scale`: 2 gives high-density PNGs with the same design.
  public var scale: Int
  public var brandPath: String
  /// One or more files; the format of each comes from its extension.
  public var outputPaths: [String]

  public init(
    dataPath: String, filters: [RowFilter] = [], columns: ChartColumns, aggregation: Aggregation? = nil,
    kind: ChartKind = .bars(.vertical, .grouped), sort: ChartSort = .file, top: Int? = nil, groupsOthers: Bool = false,
    highlight: String? = nil, colorClasses: Int? = nil, texts: MapTexts, unit: String? = nil, size: PageSize = PageSize(width: 1080, height: 1080),
    scale: Int = 1, brandPath: String, outputPaths: [String]
  ) {
    self.dataPath = dataPath
    self.filters = filters
    self.columns = columns
    self.aggregation = aggregation
    self.kind = kind
    self.sort = sort
    self.top = top
    self.groupsOthers = groupsOthers
    self.highlight = highlight
    self.colorClasses = colorClasses
    self.texts = texts
    self.unit = unit
    self.size = size
    self.scale = scale
    self.brandPath = brandPath
    self.outputPaths = outputPaths
  }
}

/// The columns a chart reads.
public struct ChartColumns: Hashable, Sendable {
  /// One bar (or point) per distinct value, in file order.
  public var category: String
  /// The value columns, as typed: each may list several columns separated by
  /// commas (`A,B`), unless it names a column whole. Several columns make several series.
  public var values: [String]
  /// A column whose distinct values become the series (with a single value column).
  public var series: String?

  public init(category: String, values: [String], series: String? = nil) {
    self.category = category
    self.values = values
    self.series = series
  }
}

/// What a chart run did, for the CLI to print.
public struct ChartReport: Hashable, Sendable {
  /// Rows of the table, before `--filter`.
  public var rowsRead: Int
  /// Rows that passed the filters and gave a value to a category.
  public var rowsUsed: Int
  /// The categories drawn (with "Autres" when asked).
  public var categories: Int
  /// The series drawn, in legend order.
  public var series: [String]
  public var aggregation: Aggregation?
  /// The unit on the chart; `unitFromColumns` when it came from the value columns' names.
  public var unit: String?
  public var unitFromColumns: Bool
  /// What reading the table left out or changed.
  public var notes: [ChartTableNote]
  /// What the layout had to give up.
  public var warnings: [ChartWarning]
  /// The files written: each output, then the alt text beside it.
  public var written: [String]
}
