/// Lays out a bar or line chart on any page with the maps' look: the same
/// margins, title, subtitle and source line, the legend as swatches in rows
/// under the header, then the plot with light gridlines, French tick and value
/// labels, and category labels that never overlap (wrapped on two lines, cut
/// with an ellipsis, or, for years, written one in two).
public enum ChartLayout {
  /// The scene of `content` on a page of `size`, in the brand kit's colours and font.
  ///
  /// ## Example
  /// ```swift
  /// let data = ChartData(categories: ["Arques", "Saint-Omer"], values: [9_526, 14_358], seriesName: "Population")
  /// let content = try ChartContent(data: data.sorted(by: .value), kind: .bars(.horizontal, .grouped),
  ///   texts: MapTexts(title: "Population 2025"), highlight: "Saint-Omer")
  /// let result = ChartLayout.layout(content, size: Preset.standard.size, palette: palette, measurer: PangoTextMeasurer())
  /// ```
  public static func layout(
    _ content: ChartContent, size: PageSize, palette: Palette, measurer: some TextMeasuring
  ) -> ChartLayoutResult {
    let page = Rect(x: 0, y: 0, width: Double(size.width), height: Double(size.height))
    let type = ChartTypography(page: page, family: palette.font)
    var frame = PageFrame(texts: content.texts, page: page, type: type.base, palette: palette, measurer: measurer)
    let colors = ChartColors(palette: palette, seriesCount: content.data.series.count)

    // The legend, in rows under the header.
    var legendItems: [SceneItem] = []
    let entries = legendEntries(content, colors: colors)
    if !entries.isEmpty {
      let block = LegendBlock.swatches(title: content.texts.legendTitle.flatMap { $0.isEmpty ? nil : $0 }, entries: entries)
      let zone = frame.zone
      let legendSize = block.size(.rows, maxWidth: zone.width, type: type.base, measurer: measurer)
      legendItems = block.items(at: Point(x: zone.x, y: zone.y), .rows, width: zone.width, type: type.base, palette: palette, measurer: measurer)
      let below = zone.y + legendSize.height + 24 * type.unit
      frame.zone = Rect(x: zone.x, y: below, width: zone.width, height: max(zone.maxY - below, 1))
    }

    let plot = ChartPlot(content: content, zone: frame.zone, type: type, colors: colors, palette: palette, measurer: measurer)
    let drawn: ChartPlot.Drawing
    switch content.kind {
    case .bars(let orientation, let arrangement):
      drawn = orientation == .horizontal ? plot.horizontalBars(arrangement) : plot.verticalBars(arrangement)
    case .line:
      drawn = plot.lines()
    }

    var items = drawn.groups.filter { !$0.items.isEmpty }.map { SceneItem.group(name: $0.name, items: $0.items) }
    items.append(.group(name: "header", items: frame.header))
    if !legendItems.isEmpty { items.append(.group(name: "legend", items: legendItems)) }
    if !frame.footer.isEmpty { items.append(.group(name: "source", items: frame.footer)) }
    let scene = Scene(width: page.width, height: page.height, background: palette.background, items: items, title: content.texts.title)
    return ChartLayoutResult(scene: scene, warnings: drawn.warnings)
  }

  /// The series when there are several; otherwise what per-category colours mean.
  static func legendEntries(_ content: ChartContent, colors: ChartColors) -> [LegendEntry] {
    if content.data.series.count > 1 {
      return zip(content.data.series, colors.series).map { LegendEntry(color: $1, label: $0) }
    }
    return content.categoryColors == nil ? [] : content.colorLegend.map { LegendEntry(color: $0.color, label: $0.label) }
  }
}

/// Font sizes for charts: the maps' typography, plus the axis and value labels.
struct ChartTypography {
  let base: Typography
  /// Category names (communes, years).
  let category: Font
  /// Gridline values.
  let tick: Font
  /// Values written on or next to the bars.
  let value: Font

  var unit: Double { base.unit }

  init(page: Rect, family: String) {
    let base = Typography(page: page, family: family)
    let size = { (design: Double) in max(design * base.unit, Typography.minimumSize) }
    self.base = base
    category = Font(family: family, size: size(22))
    tick = Font(family: family, size: size(18))
    value = Font(family: family, size: size(20))
  }
}

/// The colours of a chart, from the brand kit.
struct ChartColors {
  /// Bars of a single series: the first brand colour.
  let bar: Color
  /// The highlighted bar: the brand colour named `accent`, else the first.
  let highlight: Color
  /// The other bars when one is highlighted: a neutral grey, so that it stands out.
  let muted: Color
  /// One per series: the brand colours that are distinct enough to tell apart,
  /// or the sequential ramp (but its palest colour) when there are more series than those.
  let series: [Color]
  let grid: Color
  /// The zero line, darker than the grid.
  let baseline: Color

  /// Brand colours closer than this (ΔE_OK) count as one: a wordmark purple next to the purple.
  static let distinctColorDifference = 0.1

  init(palette: Palette, seriesCount: Int) {
    let primary = palette.brandColors.first?.color ?? palette.sequentialAnchors[palette.sequentialAnchors.count - 1]
    bar = primary
    highlight = palette.brandColor(named: "accent") ?? primary
    func mix(_ color: Color, _ fraction: Double) -> Color {
      Color(oklab: color.oklab.mixed(with: palette.background.oklab, fraction: fraction))
    }
    muted = mix(palette.secondaryText, 0.5)
    grid = mix(palette.secondaryText, 0.8)
    baseline = mix(palette.secondaryText, 0.35)
    var distinct: [Color] = []
    for brand in palette.brandColors.map(\.color)
    where distinct.allSatisfy({ $0.oklab.distance(to: brand.oklab) >= Self.distinctColorDifference }) {
      distinct.append(brand)
    }
    // The ramp's first colour is a pale tint made for a map's lowest class: as
    // a line or a bar it would vanish into the page, so it is left out.
    series = distinct.count >= seriesCount
      ? Array(distinct.prefix(seriesCount)) : Array(palette.sequentialRamp(classCount: seriesCount + 1).dropFirst())
  }

  /// The colour of text written over `fill`: the brand text colour, white or
  /// black, the first that meets WCAG AA for `font`; nil when none does.
  func text(over fill: Color, font: Font, palette: Palette) -> Color? {
    let size = TextSize(pixelSize: font.size, bold: font.weight == .bold)
    return [palette.text, Color.white, Color.black].first { $0.contrastRatio(with: fill) >= size.minimumContrast }
  }
}
