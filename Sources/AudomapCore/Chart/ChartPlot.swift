/// The plot of a chart inside its zone: axes, gridlines, bars or lines, and
/// their labels. Shared by bars and lines: the value axis, category labels and
/// the number format.
struct ChartPlot {
  struct Group {
    var name: String
    var items: [SceneItem]
  }

  struct Drawing {
    var groups: [Group]
    var warnings: [ChartWarning]
  }

  let content: ChartContent
  /// The values as drawn (shares for 100 % bars).
  let data: ChartData
  let zone: Rect
  let type: ChartTypography
  let colors: ChartColors
  let palette: Palette
  let measurer: any TextMeasuring

  init(content: ChartContent, zone: Rect, type: ChartTypography, colors: ChartColors, palette: Palette, measurer: some TextMeasuring) {
    self.content = content
    data = content.drawnData
    self.zone = zone
    self.type = type
    self.colors = colors
    self.palette = palette
    self.measurer = measurer
  }

  var unit: Double { type.unit }

  func extent(_ text: String, _ font: Font) -> TextExtent {
    measurer.measure(text, font: font, wrapWidth: nil)
  }

  // MARK: - Values

  /// Decimals of the value labels: none for shares (`23 %`), else as the data needs.
  var valueDecimals: Int {
    if case .bars(_, .percent) = content.kind { return 0 }
    return ChartNumberFormat.decimals(for: data.values.flatMap { $0.compactMap { $0 } })
  }

  /// A value as written on the chart; only a percent unit is repeated on every value.
  func valueText(_ value: Double) -> String {
    ChartNumberFormat.label(value, decimals: valueDecimals, unit: content.drawnUnit == "%" ? "%" : nil)
  }

  /// The font of a category's label: bold for the highlighted one.
  func categoryFont(_ base: Font, _ category: Int) -> Font {
    var font = base
    if category == content.highlight { font.weight = .bold }
    return font
  }

  /// The font at `size`, never below the minimum legible size.
  func resized(_ font: Font, _ size: Double) -> Font {
    var font = font
    font.size = max(size, Typography.minimumSize)
    return font
  }

  // MARK: - Category labels

  /// Category labels fitted to their room: the lines of each (nil when not
  /// written), in the font chosen for all.
  struct CategoryLabels {
    var lines: [[String]?]
    var font: Font
    var lineHeight: Double
    var warnings: [ChartWarning]

    var lineCount: Int { lines.map { $0?.count ?? 0 }.max() ?? 0 }
  }

  /// Labels for rows `rowHeight` high, left of horizontal bars, at most
  /// `maxWidth` wide: shrunk to fit a row (never below the minimum size), on two
  /// lines when rows are tall enough, one row in two (or three…) when even the
  /// smallest text is taller than a row.
  func rowLabels(rowHeight: Double, maxWidth: Double) -> (labels: CategoryLabels, width: Double) {
    var font = type.category
    var lineHeight = extent("Ag", font).height
    while lineHeight > rowHeight, font.size > Typography.minimumSize {
      font = resized(font, font.size * 0.9)
      lineHeight = extent("Ag", font).height
    }
    let every = lineHeight > rowHeight ? Int((lineHeight / rowHeight).rounded(.up)) : 1
    let maxLines = rowHeight >= 2 * lineHeight ? 2 : 1
    let shown = data.categories.indices.filter { $0 % every == 0 || $0 == content.highlight }
      .filter { every == 1 || $0 == content.highlight || !shownNear($0, every: every) }
    let natural = shown.map { extent(data.categories[$0], categoryFont(font, $0)).width }.max() ?? 0
    let width = min(natural, maxWidth)
    var lines: [[String]?] = Array(repeating: nil, count: data.categories.count)
    var shortened: [String] = []
    for index in shown {
      let fit = CategoryLabelFit.fit(data.categories[index], width: width, maxLines: maxLines, font: categoryFont(font, index), measurer: measurer)
      lines[index] = fit.lines
      if fit.shortened { shortened.append(data.categories[index]) }
    }
    var warnings: [ChartWarning] = shortened.isEmpty ? [] : [.shortenedLabels(shortened)]
    if shown.count < data.categories.count { warnings.append(.thinnedCategoryLabels(shown: shown.count, of: data.categories.count)) }
    return (CategoryLabels(lines: lines, font: font, lineHeight: lineHeight, warnings: warnings), width)
  }

  /// Whether the highlighted category, always labelled, sits within `every`
  /// rows of `index`, whose label then gives way to it.
  private func shownNear(_ index: Int, every: Int) -> Bool {
    guard let highlight = content.highlight, highlight % every != 0 else { return false }
    return abs(index - highlight) < every
  }

  /// Labels centred under slots `slot` wide (vertical bars, lines): the largest
  /// font down to the minimum that fits every label, on two lines if needed.
  /// Years never wrap: when they do not fit, only one in two (three…) is written.
  /// Other labels are cut with an ellipsis, or thinned too when nothing of them would remain.
  func slotLabels(slot: Double) -> CategoryLabels {
    let gap = 8 * unit
    let isYears = data.years != nil
    let maxLines = isYears ? 1 : 2
    // Smaller than the tick values, category labels would read as footnotes.
    let smallest = max(Typography.minimumSize, type.tick.size * 0.9)
    var font = type.category
    func fitted(_ font: Font, width: Double, every: Int) -> [CategoryLabelFit?] {
      data.categories.indices.map { index in
        guard index % every == 0 else { return nil }
        return CategoryLabelFit.fit(data.categories[index], width: width, maxLines: maxLines, font: categoryFont(font, index), measurer: measurer)
      }
    }
    var fits = fitted(font, width: slot - gap, every: 1)
    while fits.contains(where: { $0?.shortened == true }), font.size > smallest {
      font = resized(font, max(font.size * 0.9, smallest))
      fits = fitted(font, width: slot - gap, every: 1)
    }
    var every = 1
    let unreadable = fits.contains { $0?.lines == [CategoryLabelFit.ellipsis] }
    if isYears || unreadable {
      while fits.contains(where: { $0?.shortened == true }), every < data.categories.count {
        every += 1
        fits = fitted(font, width: Double(every) * slot - gap, every: every)
      }
    }
    var warnings: [ChartWarning] = []
    let shortened = fits.indices.filter { fits[$0]?.shortened == true }.map { data.categories[$0] }
    if !shortened.isEmpty { warnings.append(.shortenedLabels(shortened)) }
    let shown = fits.compactMap { $0 }.count
    if shown < data.categories.count { warnings.append(.thinnedCategoryLabels(shown: shown, of: data.categories.count)) }
    return CategoryLabels(lines: fits.map { $0?.lines }, font: font, lineHeight: extent("Ag", font).height, warnings: warnings)
  }

  /// The label lines of each category as texts. `anchor` gives, for rows, the
  /// right edge and the vertical centre; for slots, the centre and the top.
  func categoryTexts(_ labels: CategoryLabels, rows: Bool, anchor: (Int) -> (x: Double, y: Double)) -> [SceneItem] {
    var items: [SceneItem] = []
    for (index, lines) in labels.lines.enumerated() {
      guard let lines else { continue }
      let font = categoryFont(labels.font, index)
      let point = anchor(index)
      let top = rows ? point.y - Double(lines.count) * labels.lineHeight / 2 : point.y
      for (row, line) in lines.enumerated() {
        let width = extent(line, font).width
        let x = rows ? point.x - width : point.x - width / 2
        items.append(.text(SceneText(line, origin: Point(x: x, y: top + Double(row) * labels.lineHeight), font: font, color: palette.text)))
      }
    }
    return items
  }

  // MARK: - Value axis

  /// Where values go along the value axis, in a coordinate `t` that grows with
  /// the value: x for horizontal bars, −y for vertical bars and lines.
  struct ValueAxis {
    let ticks: AxisTicks
    let start: Double
    let end: Double

    func t(_ value: Double) -> Double {
      start + (value - ticks.lower) / (ticks.upper - ticks.lower) * (end - start)
    }
  }

  /// The tick values under the plot (horizontal axis, each centred on its
  /// gridline but kept inside the zone) or left of it (vertical axis). When they
  /// would touch, the unit after the last value goes first, then every other value.
  func tickTexts(_ axis: ValueAxis, horizontal: Bool, plot: Rect, gap: Double) -> (items: [SceneItem], warnings: [ChartWarning]) {
    let ticks = axis.ticks
    func boxes(_ labels: [String]) -> [Rect] {
      zip(ticks.values, labels).map { value, label in
        let size = extent(label, type.tick)
        let t = axis.t(value)
        return horizontal
          ? Rect(x: min(max(t - size.width / 2, zone.x), zone.maxX - size.width), y: plot.maxY + gap, width: size.width, height: size.height)
          : Rect(x: plot.x - gap - size.width, y: -t - size.height / 2, width: size.width, height: size.height)
      }
    }
    func crowded(_ boxes: [Rect], every: Int) -> Bool {
      let shown = stride(from: 0, to: boxes.count, by: every).map { boxes[$0] }
      let space = 6 * unit
      return zip(shown, shown.dropFirst()).contains { a, b in
        horizontal ? a.maxX + space > b.x : b.maxY + space > a.y
      }
    }
    var labels = ticks.labels(unit: content.drawnUnit)
    var warnings: [ChartWarning] = []
    if crowded(boxes(labels), every: 1), let unit = content.drawnUnit, unit != "%", horizontal {
      labels = ticks.labels(unit: nil)
      warnings.append(.unitLeftOut(unit))
    }
    let placed = boxes(labels)
    var every = 1
    while every < placed.count - 1, crowded(placed, every: every) { every += 1 }
    let items = stride(from: 0, to: placed.count, by: every).map { index -> SceneItem in
      .text(SceneText(labels[index], origin: Point(x: placed[index].x, y: placed[index].y), font: type.tick, color: palette.secondaryText))
    }
    return (items, warnings)
  }

  /// A gridline per tick across the plot, the zero line darker.
  func gridlines(_ axis: ValueAxis, horizontal: Bool, across: ClosedRange<Double>) -> (grid: [SceneItem], baseline: [SceneItem]) {
    var grid: [SceneItem] = []
    var baseline: [SceneItem] = []
    for value in axis.ticks.values {
      let t = axis.t(value)
      let points = horizontal
        ? [Point(x: t, y: across.lowerBound), Point(x: t, y: across.upperBound)]
        : [Point(x: across.lowerBound, y: -t), Point(x: across.upperBound, y: -t)]
      let isZero = value == 0
      let stroke = Stroke(color: isZero ? colors.baseline : colors.grid, width: max(isZero ? 1.5 * unit : unit, 0.75))
      let line = SceneItem.shape(SceneShape(.path(PathGeometry(points: points, subpathLengths: [2], closed: false)), stroke: stroke))
      if isZero { baseline.append(line) } else { grid.append(line) }
    }
    return (grid, baseline)
  }
}
