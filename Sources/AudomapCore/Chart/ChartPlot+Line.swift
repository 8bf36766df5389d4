extension ChartPlot {
  /// One line per series across the categories (years), the value axis fitted
  /// to the data rather than started at zero, so that a variation shows. A
  /// missing value breaks the line; a value between two gaps is a dot. The last
  /// value of each series is written right of the plot, at its height.
  func lines() -> Drawing {
    let count = data.categories.count
    let known = data.values.flatMap { $0.compactMap { $0 } }
    let ticks = AxisTicks(covering: known.min() ?? 0, known.max() ?? 0, includingZero: false)
    let tickExtents = ticks.labels(unit: content.drawnUnit).map { extent($0, type.tick) }
    let tickHeight = tickExtents.map(\.height).max() ?? 0
    let gap = 12 * unit
    var warnings: [ChartWarning] = []

    let ends: [(series: Int, value: Double, text: String)] = content.valueLabels
      ? data.series.indices.compactMap { series in
        data.values.last { $0[series] != nil }.map { row in (series, row[series]!, valueText(row[series]!)) }
      } : []
    let lineWidth = max(4 * unit, 1.5)
    let radius = max(5 * unit, 2.5)
    let left = zone.x + (tickExtents.map(\.width).max() ?? 0) + gap

    // The end values go right of the last point: the plot gives up what its
    // last half slot does not already offer.
    let endWidth = ends.map { extent($0.text, type.value).width + radius + gap }.max() ?? 0
    let halfSlots = 1 / (2 * Double(count))
    let endRoom = max(0, (endWidth - (zone.maxX - left) * halfSlots) / (1 - halfSlots))
    let right = zone.maxX - endRoom
    let slot = (right - left) / Double(count)
    let labels = slotLabels(slot: slot)
    warnings += labels.warnings
    let top = zone.y + tickHeight / 2
    let bottom = zone.maxY - Double(labels.lineCount) * labels.lineHeight - gap
    let plot = Rect(x: left, y: top, width: right - left, height: max(bottom - top, 1))
    let axis = ValueAxis(ticks: ticks, start: -plot.maxY, end: -plot.y)
    func point(_ category: Int, _ value: Double) -> Point { Point(x: plot.x + (Double(category) + 0.5) * slot, y: -axis.t(value)) }

    // Dots on every point when they do not crowd each other.
    let dotEveryPoint = slot >= 6 * radius
    var paths: [SceneItem] = []
    var dots: [SceneItem] = []
    for series in data.series.indices {
      let color = data.series.count > 1 ? colors.series[series] : colors.bar
      var path = PathGeometry(closed: false)
      var run: [Point] = []
      func closeRun() {
        if run.count > 1 { path.append(subpath: run) }
        for point in run where run.count == 1 || dotEveryPoint {
          dots.append(.shape(SceneShape(.circle(center: point, radius: radius), fill: color,
            stroke: Stroke(color: palette.background, width: max(1.5 * unit, 1)))))
        }
        run = []
      }
      for category in 0..<count {
        if let value = data.values[category][series] { run.append(point(category, value)) } else { closeRun() }
      }
      closeRun()
      if !path.isEmpty { paths.append(.shape(SceneShape(.path(path), stroke: Stroke(color: color, width: lineWidth)))) }
    }

    // End values right of the plot, pushed apart where they would overlap.
    let endExtents = ends.map { extent($0.text, type.value) }
    let order = ends.indices.sorted { ends[$0].value > ends[$1].value }
    var tops = order.map { max(-axis.t(ends[$0].value) - endExtents[$0].height / 2, zone.y) }
    for k in tops.indices.dropFirst() { tops[k] = max(tops[k], tops[k - 1] + endExtents[order[k - 1]].height) }
    if let last = order.last, let lastTop = tops.last, lastTop + endExtents[last].height > zone.maxY {
      tops[tops.count - 1] = zone.maxY - endExtents[last].height
      for k in tops.indices.dropLast().reversed() { tops[k] = min(tops[k], tops[k + 1] - endExtents[order[k]].height) }
    }
    let endTexts = zip(order, tops).map { index, top -> SceneItem in
      .text(SceneText(ends[index].text, origin: Point(x: plot.maxX - slot / 2 + radius + gap, y: top), font: type.value, color: palette.text))
    }

    let lines = gridlines(axis, horizontal: false, across: plot.x...plot.maxX)
    let tickTexts = tickTexts(axis, horizontal: false, plot: plot, gap: gap)
    warnings += tickTexts.warnings
    let categories = categoryTexts(labels, rows: false) { index in (plot.x + (Double(index) + 0.5) * slot, plot.maxY + gap) }
    return Drawing(
      groups: [
        Group(name: "grid", items: lines.grid + lines.baseline), Group(name: "lines", items: paths + dots),
        Group(name: "values", items: endTexts), Group(name: "axis", items: tickTexts.items), Group(name: "categories", items: categories),
      ],
      warnings: warnings)
  }
}
