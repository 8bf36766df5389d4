extension ChartPlot {
  /// A bar or one part of a stacked bar, in values along the value axis and
  /// page units across it.
  struct Piece {
    var category: Int
    var from: Double
    var to: Double
    var bandStart: Double
    var bandEnd: Double
    var fill: Color
    var stroke: Stroke?
    /// The value written on the bar, if any.
    var label: String?
    var role: Role

    enum Role {
      /// A whole bar: its label goes inside its end, or past it.
      case bar
      /// A part of a stacked bar: its label goes inside, or nowhere.
      case part
      /// Not drawn: the total written past the end of a stacked bar.
      case total
    }
  }

  /// A value label placed along the value axis: `low` is its edge nearest the axis start.
  struct PlacedLabel {
    var text: String
    var low: Double
    var bandCentre: Double
    var extent: TextExtent
    var color: Color
    /// Outside its bar: it needs room on the plot.
    var outside: Bool
  }

  func horizontalBars(_ arrangement: BarArrangement) -> Drawing { bars(horizontal: true, arrangement) }
  func verticalBars(_ arrangement: BarArrangement) -> Drawing { bars(horizontal: false, arrangement) }

  /// Bars along a band axis (rows for horizontal bars, slots for vertical ones),
  /// values from zero along the other; value labels inside the bar's end when
  /// they fit and read well on its colour, outside otherwise.
  private func bars(horizontal: Bool, _ arrangement: BarArrangement) -> Drawing {
    let count = data.categories.count
    let seriesCount = data.series.count
    let sideBySide = arrangement == .grouped && seriesCount > 1
    let stacked = arrangement != .grouped && seriesCount > 1
    let ticks = barTicks(stacked: stacked, percent: arrangement == .percent)
    let tickExtents = ticks.labels(unit: content.drawnUnit).map { extent($0, type.tick) }
    let tickHeight = tickExtents.map(\.height).max() ?? 0
    let gap = 12 * unit
    var warnings: [ChartWarning] = []

    // The band axis, and the category labels beside it.
    let barsPerBand = Double(sideBySide ? seriesCount : 1)
    let maxBar = (horizontal ? 90 : 110) * unit
    let labels: CategoryLabels
    let plot: Rect
    if horizontal {
      let rowHeight = min((zone.height - tickHeight - gap) / Double(count), barsPerBand * maxBar / 0.72)
      let rows = rowLabels(rowHeight: rowHeight, maxWidth: zone.width * 0.4)
      labels = rows.labels
      let left = zone.x + (rows.width > 0 ? rows.width + gap : 0)
      plot = Rect(x: left, y: zone.y, width: zone.maxX - left, height: rowHeight * Double(count))
    } else {
      let left = zone.x + (tickExtents.map(\.width).max() ?? 0) + gap
      labels = slotLabels(slot: (zone.maxX - left) / Double(count))
      let top = zone.y + tickHeight / 2
      let bottom = zone.maxY - Double(labels.lineCount) * labels.lineHeight - gap
      plot = Rect(x: left, y: top, width: zone.maxX - left, height: max(bottom - top, 1))
    }
    warnings += labels.warnings
    let bandStep = (horizontal ? plot.height : plot.width) / Double(count)
    let groupThickness = min(bandStep * 0.72, barsPerBand * maxBar)
    let thickness = groupThickness / barsPerBand
    func band(_ category: Int, _ series: Int) -> (start: Double, end: Double) {
      let start = (horizontal ? plot.y : plot.x) + Double(category) * bandStep + (bandStep - groupThickness) / 2
        + (sideBySide ? Double(series) * thickness : 0)
      return (start, start + thickness)
    }

    // The bars and their parts, then the totals at the end of stacked bars.
    var pieces: [Piece] = []
    var totals: [Piece] = []
    for category in 0..<count {
      var (positive, negative) = (0.0, 0.0)
      for series in 0..<seriesCount {
        guard let value = data.values[category][series] else { continue }
        var from = 0.0
        if stacked {
          from = value >= 0 ? positive : negative
          if value >= 0 { positive += value } else { negative += value }
        }
        let (start, end) = band(category, series)
        pieces.append(Piece(
          category: category, from: from, to: from + value, bandStart: start, bandEnd: end,
          fill: fill(category: category, series: series), stroke: stroke(category, part: stacked),
          label: content.valueLabels ? valueText(value) : nil, role: stacked ? .part : .bar))
      }
      if stacked, arrangement == .stacked, content.valueLabels, let total = data.total(ofCategory: category) {
        let (start, end) = band(category, 0)
        totals.append(Piece(
          category: category, from: 0, to: total >= 0 ? positive : negative, bandStart: start, bandEnd: end, fill: palette.background,
          label: valueText(total), role: .total))
      }
    }

    // The value font: every label that may go outside must fit across its band.
    var valueFont = type.value
    let pitch = sideBySide ? thickness : bandStep
    let outsideTexts = (stacked ? totals : pieces).compactMap(\.label)
    func across(_ font: Font) -> Double {
      horizontal ? extent("0", font).height : outsideTexts.map { extent($0, font).width + 4 * unit }.max() ?? 0
    }
    while across(valueFont) > pitch, valueFont.size > Typography.minimumSize {
      valueFont = resized(valueFont, valueFont.size * 0.9)
    }
    if !outsideTexts.isEmpty, across(valueFont) > pitch {
      warnings.append(.valueLabelsDropped)
      totals.removeAll()
      for index in pieces.indices where pieces[index].role == .bar { pieces[index].label = nil }
    }

    // The value axis, leaving room for the labels outside the bars.
    let (tMin, tMax) = horizontal ? (plot.x, plot.maxX) : (-plot.maxY, -plot.y)
    var (lowRoom, highRoom) = (0.0, 0.0)
    var axis = ValueAxis(ticks: ticks, start: tMin, end: tMax)
    var placed: [PlacedLabel] = []
    for _ in 0..<6 {
      axis = ValueAxis(ticks: ticks, start: tMin + lowRoom, end: tMax - highRoom)
      placed = valueLabels(pieces + totals, axis: axis, font: valueFont, horizontal: horizontal)
      let high = placed.filter(\.outside).map { $0.low + along($0.extent, horizontal) - (tMax - 0.5) }.max() ?? 0
      let low = placed.filter(\.outside).map { tMin + 0.5 - $0.low }.max() ?? 0
      guard high > 0 || low > 0 else { break }
      highRoom += max(high, 0)
      lowRoom += max(low, 0)
    }

    // Scene items.
    let across = horizontal ? plot.y...plot.maxY : plot.x...plot.maxX
    let lines = gridlines(axis, horizontal: horizontal, across: across)
    let shapes = pieces.map { piece -> SceneItem in
      .shape(SceneShape(.rectangle(rect(piece, axis: axis, horizontal: horizontal)), fill: piece.fill, stroke: piece.stroke))
    }
    let values = placed.map { label -> SceneItem in
      .text(SceneText(label.text, origin: origin(label, horizontal: horizontal), font: valueFont, color: label.color))
    }
    let tickTexts = tickTexts(axis, horizontal: horizontal, plot: plot, gap: gap)
    warnings += tickTexts.warnings
    let categories = categoryTexts(labels, rows: horizontal) { index in
      let (start, _) = band(index, 0)
      let centre = start - (bandStep - groupThickness) / 2 + bandStep / 2
      return horizontal ? (plot.x - gap, centre) : (centre, plot.maxY + gap)
    }
    return Drawing(
      groups: [
        Group(name: "grid", items: lines.grid), Group(name: "bars", items: shapes), Group(name: "baseline", items: lines.baseline),
        Group(name: "values", items: values), Group(name: "axis", items: tickTexts.items), Group(name: "categories", items: categories),
      ],
      warnings: warnings)
  }

  /// Ticks covering every bar: each value, or each stack's positive and negative ends.
  private func barTicks(stacked: Bool, percent: Bool) -> AxisTicks {
    if percent { return AxisTicks(covering: 0, 100) }
    var ends: [Double] = []
    for row in data.values {
      if stacked {
        ends.append(row.compactMap { $0 }.filter { $0 > 0 }.reduce(0, +))
        ends.append(row.compactMap { $0 }.filter { $0 < 0 }.reduce(0, +))
      } else {
        ends += row.compactMap { $0 }
      }
    }
    return AxisTicks(covering: ends.min() ?? 0, ends.max() ?? 0)
  }

  /// The colour of a bar: its category's own colour when given; with a single
  /// series, the accent for the highlighted bar and grey for the others;
  /// otherwise the series colour.
  private func fill(category: Int, series: Int) -> Color {
    if let colors = content.categoryColors { return colors[category] }
    if data.series.count > 1 { return self.colors.series[series] }
    guard let highlight = content.highlight else { return colors.bar }
    return category == highlight ? colors.highlight : colors.muted
  }

  /// An outline for the highlighted bar when bars keep their own colours; a
  /// thin line of the background between the parts of a stacked bar.
  private func stroke(_ category: Int, part: Bool) -> Stroke? {
    if category == content.highlight, content.categoryColors != nil || data.series.count > 1 {
      return Stroke(color: palette.text, width: max(2 * unit, 1))
    }
    return part ? Stroke(color: palette.background, width: max(unit, 0.5)) : nil
  }

  private func rect(_ piece: Piece, axis: ValueAxis, horizontal: Bool) -> Rect {
    let (a, b) = (axis.t(piece.from), axis.t(piece.to))
    return horizontal
      ? Rect(x: min(a, b), y: piece.bandStart, width: abs(b - a), height: piece.bandEnd - piece.bandStart)
      : Rect(x: piece.bandStart, y: -max(a, b), width: piece.bandEnd - piece.bandStart, height: abs(b - a))
  }

  /// A label's size along the value axis.
  private func along(_ extent: TextExtent, _ horizontal: Bool) -> Double { horizontal ? extent.width : extent.height }

  private func origin(_ label: PlacedLabel, horizontal: Bool) -> Point {
    horizontal
      ? Point(x: label.low, y: label.bandCentre - label.extent.height / 2)
      : Point(x: label.bandCentre - label.extent.width / 2, y: -(label.low + label.extent.height))
  }

  /// Each piece's label: inside the end of its bar (centred in a stacked part)
  /// when it fits and some text colour reads on the fill; else outside, or left
  /// out for stacked parts, whose total says the rest.
  private func valueLabels(_ pieces: [Piece], axis: ValueAxis, font: Font, horizontal: Bool) -> [PlacedLabel] {
    let pad = 8 * unit
    var placed: [PlacedLabel] = []
    for piece in pieces {
      guard let text = piece.label else { continue }
      let size = extent(text, font)
      let (a, b) = (axis.t(piece.from), axis.t(piece.to))
      let length = abs(b - a)
      let along = along(size, horizontal)
      let across = horizontal ? size.height : size.width + 4 * unit
      let centre = (piece.bandStart + piece.bandEnd) / 2
      let positive = piece.to >= piece.from
      let fitsInside = piece.role != .total && along + 2 * pad <= length && across <= piece.bandEnd - piece.bandStart
      if fitsInside, let ink = colors.text(over: piece.fill, font: font, palette: palette) {
        let low = piece.role == .part ? (a + b - along) / 2 : positive ? b - pad - along : b + pad
        placed.append(PlacedLabel(text: text, low: low, bandCentre: centre, extent: size, color: ink, outside: false))
      } else if piece.role != .part {
        let low = positive ? b + pad : b - pad - along
        placed.append(PlacedLabel(text: text, low: low, bandCentre: centre, extent: size, color: palette.text, outside: true))
      }
    }
    return placed
  }
}
