/// Where the legend goes: a column right of the map, or rows below it.
/// Both are measured and the one leaving the larger map wins.
struct LegendPlacement {
  enum Side { case right, bottom }

  let side: Side
  let mapRect: Rect
  let legendRect: Rect

  static func best(
    for bounds: BoundingBox, zone: Rect, entries: [LegendEntry], title: String?, type: Typography,
    measurer: some TextMeasuring
  ) -> LegendPlacement {
    let gap = type.unit * 32
    let column = columnSize(entries: entries, title: title, maxWidth: zone.width * 0.4, type: type, measurer: measurer)
    let right = LegendPlacement(
      side: .right,
      mapRect: Rect(x: zone.x, y: zone.y, width: max(zone.width - column.width - gap, 1), height: zone.height),
      legendRect: Rect(x: zone.maxX - column.width, y: zone.y, width: column.width, height: column.height))
    let rows = rowsSize(entries: entries, title: title, width: zone.width, type: type, measurer: measurer)
    let bottom = LegendPlacement(
      side: .bottom,
      mapRect: Rect(x: zone.x, y: zone.y, width: zone.width, height: max(zone.height - rows.height - gap, 1)),
      legendRect: Rect(x: zone.x, y: zone.maxY - rows.height, width: rows.width, height: rows.height))
    let rightFits = column.height <= zone.height
    let rightScale = MapFrame.scale(fitting: bounds, width: right.mapRect.width, height: right.mapRect.height)
    let bottomScale = MapFrame.scale(fitting: bounds, width: bottom.mapRect.width, height: bottom.mapRect.height)
    return rightFits && rightScale >= bottomScale ? right : bottom
  }

  // MARK: - Measuring

  private static func swatch(_ type: Typography) -> (width: Double, height: Double, gap: Double, rowGap: Double) {
    (36 * type.unit, 24 * type.unit, 12 * type.unit, 10 * type.unit)
  }

  private static func rowHeight(_ label: TextExtent, _ type: Typography) -> Double {
    max(label.height, swatch(type).height)
  }

  private static func columnSize(
    entries: [LegendEntry], title: String?, maxWidth: Double, type: Typography, measurer: some TextMeasuring
  ) -> (width: Double, height: Double) {
    let s = swatch(type)
    var width = 0.0
    var height = 0.0
    if let title {
      let extent = measurer.measure(title, font: type.legendTitle, wrapWidth: maxWidth)
      width = extent.width
      height += extent.height + s.rowGap * 1.5
    }
    for (index, entry) in entries.enumerated() {
      let label = measurer.measure(entry.label, font: type.legendLabel, wrapWidth: nil)
      width = max(width, s.width + s.gap + label.width)
      height += rowHeight(label, type) + (index == entries.count - 1 ? 0 : s.rowGap)
    }
    return (min(width, maxWidth), height)
  }

  /// Entries flow left to right and wrap to new rows.
  private static func rowsSize(
    entries: [LegendEntry], title: String?, width: Double, type: Typography, measurer: some TextMeasuring
  ) -> (width: Double, height: Double) {
    let rows = flow(entries: entries, width: width, type: type, measurer: measurer)
    var height = rows.reduce(0) { $0 + $1.height } + Double(max(rows.count - 1, 0)) * swatch(type).rowGap
    if let title { height += measurer.measure(title, font: type.legendTitle, wrapWidth: width).height + swatch(type).rowGap * 1.5 }
    return (width, height)
  }

  private struct FlowItem {
    var entry: LegendEntry
    var x: Double
    var labelWidth: Double
  }

  private static func flow(
    entries: [LegendEntry], width: Double, type: Typography, measurer: some TextMeasuring
  ) -> [(items: [FlowItem], height: Double)] {
    let s = swatch(type)
    let spacing = 28 * type.unit
    var rows: [(items: [FlowItem], height: Double)] = []
    var current: [FlowItem] = []
    var x = 0.0
    var height = 0.0
    for entry in entries {
      let label = measurer.measure(entry.label, font: type.legendLabel, wrapWidth: nil)
      let itemWidth = s.width + s.gap + label.width
      if !current.isEmpty, x + itemWidth > width {
        rows.append((current, height))
        current = []
        x = 0
        height = 0
      }
      current.append(FlowItem(entry: entry, x: x, labelWidth: label.width))
      x += itemWidth + spacing
      height = max(height, rowHeight(label, type))
    }
    if !current.isEmpty { rows.append((current, height)) }
    return rows
  }

  // MARK: - Drawing

  /// The legend's scene items. A column is centred vertically on the drawn
  /// map, rows are centred under it.
  func legendItems(
    entries: [LegendEntry], title: String?, alignedWith drawn: Rect, type: Typography, palette: Palette,
    measurer: some TextMeasuring
  ) -> [SceneItem] {
    let s = Self.swatch(type)
    var items: [SceneItem] = []
    var origin = Point(x: legendRect.x, y: legendRect.y)
    switch side {
    case .right:
      // Centred on the drawn map, but never above or below the map's zone.
      let centred = drawn.y + (drawn.height - legendRect.height) / 2
      origin.y = max(min(centred, mapRect.maxY - legendRect.height), mapRect.y)
    case .bottom:
      origin.y = min(drawn.maxY + 32 * type.unit, legendRect.y)
    }
    var y = origin.y
    if let title {
      let extent = measurer.measure(title, font: type.legendTitle, wrapWidth: legendRect.width)
      items.append(.text(SceneText(title, origin: Point(x: origin.x, y: y), font: type.legendTitle,
        color: palette.text, wrapWidth: legendRect.width)))
      y += extent.height + s.rowGap * 1.5
    }
    let border = Stroke(color: palette.secondaryText, width: max(0.5, type.unit * 0.75))
    func entryItems(_ entry: LegendEntry, x: Double, y: Double, rowHeight: Double) -> [SceneItem] {
      let box = Rect(x: x, y: y + (rowHeight - s.height) / 2, width: s.width, height: s.height)
      let label = measurer.measure(entry.label, font: type.legendLabel, wrapWidth: nil)
      return [
        .shape(SceneShape(.rectangle(box), fill: entry.color, stroke: border)),
        .text(SceneText(entry.label, origin: Point(x: x + s.width + s.gap, y: y + (rowHeight - label.height) / 2),
          font: type.legendLabel, color: palette.text)),
      ]
    }
    switch side {
    case .right:
      for entry in entries {
        let label = measurer.measure(entry.label, font: type.legendLabel, wrapWidth: nil)
        let height = Self.rowHeight(label, type)
        items += entryItems(entry, x: origin.x, y: y, rowHeight: height)
        y += height + s.rowGap
      }
    case .bottom:
      for row in Self.flow(entries: entries, width: legendRect.width, type: type, measurer: measurer) {
        for item in row.items { items += entryItems(item.entry, x: origin.x + item.x, y: y, rowHeight: row.height) }
        y += row.height + s.rowGap
      }
    }
    return items
  }
}
