/// Which way bars run.
public enum BarOrientation: String, Hashable, Sendable {
  /// Columns rising from a horizontal axis: years, a few short labels.
  case vertical
  /// Bars running right from a column of labels: long names such as communes.
  case horizontal
}

/// How several series share a category's bar.
public enum BarArrangement: String, Hashable, Sendable {
  /// Side by side.
  case grouped
  /// End to end (negative values stack below zero), the total written at the end.
  case stacked
  /// End to end as shares of the category's total, every bar the same length.
  case percent
}

/// The kind of chart.
public enum ChartKind: Hashable, Sendable {
  case bars(BarOrientation, BarArrangement)
  /// One line per series across the categories (years), broken where a value is missing.
  case line
}

/// A colour and what it means, in a chart's legend.
public struct ChartLegendEntry: Hashable, Sendable {
  public var label: String
  public var color: Color

  public init(label: String, color: Color) {
    self.label = label
    self.color = color
  }
}

/// Everything a chart shows, checked: the highlighted category exists, and
/// the data suits the arrangement.
public struct ChartContent: Hashable, Sendable {
  public let data: ChartData
  public let kind: ChartKind
  /// Title, subtitle, legend title (over the series), source and credits.
  public let texts: MapTexts
  /// The values' unit, e.g. "%", "MWh" or "hab.": on the axis and in the alt text.
  public let unit: String?
  /// The index of the category drawn in the accent colour.
  public let highlight: Int?
  /// One colour per category (e.g. the class of each commune on a map), for a single series.
  public let categoryColors: [Color]?
  /// What `categoryColors` mean (the map's classes), shown as the legend.
  public let colorLegend: [ChartLegendEntry]
  /// Whether bars carry their value.
  public let valueLabels: Bool

  /// - Parameters:
  ///   - highlight: the label of the category to stand out, e.g. "Saint-Omer".
  ///   - categoryColors: one colour per category, in `data`'s order.
  /// - Throws: ``ChartDataError`` when no category has a value, when `highlight`
  ///   names no category, when 100 % bars get a negative value, or when
  ///   `categoryColors` is given for several series.
  /// - Precondition: `categoryColors`, when given, has one colour per category.
  public init(
    data: ChartData, kind: ChartKind, texts: MapTexts, unit: String? = nil, highlight: String? = nil,
    categoryColors: [Color]? = nil, colorLegend: [ChartLegendEntry] = [], valueLabels: Bool = true
  ) throws(ChartDataError) {
    guard !data.isEmpty else { throw .noValues(categoryCount: data.categories.count) }
    if let categoryColors {
      precondition(categoryColors.count == data.categories.count, "one colour per category")
      guard data.series.count == 1 else { throw .categoryColorsWithSeveralSeries(seriesCount: data.series.count) }
    }
    if case .bars(_, .percent) = kind { _ = try data.percentages() }
    if let highlight {
      guard let index = data.categories.firstIndex(of: highlight) else {
        throw .unknownHighlight(
          label: highlight, suggestion: ClosestName.find(highlight, among: data.categories), categoryCount: data.categories.count)
      }
      self.highlight = index
    } else {
      self.highlight = nil
    }
    self.data = data
    self.kind = kind
    self.texts = texts
    self.unit = unit.flatMap { $0.isEmpty ? nil : $0 }
    self.categoryColors = categoryColors
    self.colorLegend = colorLegend
    self.valueLabels = valueLabels
  }

  /// The values as drawn: shares of each category's total for 100 % bars, else as given.
  var drawnData: ChartData {
    if case .bars(_, .percent) = kind, let shares = try? data.percentages() { return shares }
    return data
  }

  /// The unit of the drawn values: "%" for 100 % bars.
  var drawnUnit: String? {
    if case .bars(_, .percent) = kind { return "%" }
    return unit
  }
}

/// Something the layout had to give up, for the CLI to report.
public enum ChartWarning: Hashable, Sendable, CustomStringConvertible {
  /// Category labels cut short with an ellipsis, as written in the data.
  case shortenedLabels([String])
  /// Only some categories are labelled (one in two, three…): the labels would overlap otherwise.
  case thinnedCategoryLabels(shown: Int, of: Int)
  /// Bars too narrow for any value label: none is written.
  case valueLabelsDropped
  /// The unit did not fit after the last axis value.
  case unitLeftOut(String)

  public var description: String {
    switch self {
    case .shortenedLabels(let labels):
      let list = labels.prefix(5).map { "\"\($0)\"" }.joined(separator: ", ") + (labels.count > 5 ? ", …" : "")
      return "\(labels.count) category label\(labels.count == 1 ? " was" : "s were") shortened to fit: \(list). "
        + "Horizontal bars (--horizontal) or a larger format leave more room."
    case .thinnedCategoryLabels(let shown, let total):
      return "Only \(shown) of the \(total) category labels are written: the others would overlap. "
        + "Use --top N, horizontal bars or a larger format."
    case .valueLabelsDropped:
      return "No value labels: the bars are too narrow for them. Horizontal bars (--horizontal) or --top N leave more room."
    case .unitLeftOut(let unit):
      return "The unit \"\(unit)\" did not fit after the last axis value and was left out: give it in the subtitle (e.g. \"en \(unit)\")."
    }
  }
}

/// A laid-out chart and what the layout had to give up.
public struct ChartLayoutResult: Hashable, Sendable {
  public var scene: Scene
  public var warnings: [ChartWarning]
}
