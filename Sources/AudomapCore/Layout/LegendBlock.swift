/// One part of a map's legend: colour swatches with their labels, or nested
/// circles for proportional symbols. A block measures itself for a column (right
/// of the map, or in a corner) or for rows (under the map), then draws itself.
enum LegendBlock: Hashable, Sendable {
  case swatches(title: String?, entries: [LegendEntry])
  case circles(title: String?, values: [Double], radii: [Double], labels: [String], color: Color, stroke: Color)

  enum Mode { case column, rows }

  /// The block's size in `mode`, no wider than `maxWidth` for rows (the flow width).
  func size(_ mode: Mode, maxWidth: Double, type: Typography, measurer: some TextMeasuring) -> (width: Double, height: Double) {
    let spacing = Self.spacing(type)
    var width = 0.0
    var height = 0.0
    if let title {
      let extent = measurer.measure(title, font: type.legendTitle, wrapWidth: maxWidth)
      width = extent.width
      height = extent.height + spacing.afterTitle
    }
    switch self {
    case .swatches(_, let entries):
      switch mode {
      case .column:
        for (index, entry) in entries.enumerated() {
          let label = measurer.measure(entry.label, font: type.legendLabel, wrapWidth: nil)
          width = max(width, spacing.swatchWidth + spacing.swatchGap + label.width)
          height += max(label.height, spacing.swatchHeight) + (index == entries.count - 1 ? 0 : spacing.rowGap)
        }
      case .rows:
        let rows = Self.flow(entries, width: maxWidth, type: type, measurer: measurer)
        width = max(width, rows.map(\.width).max() ?? 0)
        height += rows.reduce(0) { $0 + $1.height } + Double(max(rows.count - 1, 0)) * spacing.rowGap
      }
    case .circles(_, _, let radii, let labels, _, _):
      let largest = radii.first ?? 0
      let labelWidth = labels.map { measurer.measure($0, font: type.legendLabel, wrapWidth: nil).width }.max() ?? 0
      let labelHeight = measurer.measure("0", font: type.legendLabel, wrapWidth: nil).height
      width = max(width, 2 * largest + spacing.leader + spacing.swatchGap + labelWidth)
      height += max(2 * largest, labelHeight)
    }
    return (min(width, maxWidth), height)
  }

  /// The block's items with its top-left at `origin`.
  func items(
    at origin: Point, _ mode: Mode, width: Double, type: Typography, palette: Palette, measurer: some TextMeasuring
  ) -> [SceneItem] {
    let spacing = Self.spacing(type)
    var items: [SceneItem] = []
    var y = origin.y
    if let title {
      let extent = measurer.measure(title, font: type.legendTitle, wrapWidth: width)
      items.append(.text(SceneText(title, origin: Point(x: origin.x, y: y), font: type.legendTitle, color: palette.text, wrapWidth: width)))
      y += extent.height + spacing.afterTitle
    }
    switch self {
    case .swatches(_, let entries):
      let border = Stroke(color: palette.secondaryText, width: max(0.5, type.unit * 0.75))
      func entryItems(_ entry: LegendEntry, x: Double, y: Double, rowHeight: Double) -> [SceneItem] {
        let box = Rect(x: x, y: y + (rowHeight - spacing.swatchHeight) / 2, width: spacing.swatchWidth, height: spacing.swatchHeight)
        let label = measurer.measure(entry.label, font: type.legendLabel, wrapWidth: nil)
        return [
          .shape(SceneShape(.rectangle(box), fill: entry.color, stroke: border, hatch: entry.hatch)),
          .text(SceneText(entry.label, origin: Point(x: x + spacing.swatchWidth + spacing.swatchGap, y: y + (rowHeight - label.height) / 2),
            font: type.legendLabel, color: palette.text)),
        ]
      }
      switch mode {
      case .column:
        for entry in entries {
          let label = measurer.measure(entry.label, font: type.legendLabel, wrapWidth: nil)
          let height = max(label.height, spacing.swatchHeight)
          items += entryItems(entry, x: origin.x, y: y, rowHeight: height)
          y += height + spacing.rowGap
        }
      case .rows:
        for row in Self.flow(entries, width: width, type: type, measurer: measurer) {
          for (entry, x) in row.items { items += entryItems(entry, x: origin.x + x, y: y, rowHeight: row.height) }
          y += row.height + spacing.rowGap
        }
      }
    case .circles(_, _, let radii, let labels, let color, let stroke):
      // Nested circles standing on one baseline, the largest behind; each value
      // is written right of a leader line from the top of its circle.
      let largest = radii.first ?? 0
      let centreX = origin.x + largest
      let base = y + 2 * largest
      let line = Stroke(color: palette.secondaryText, width: max(0.5, type.unit * 0.75))
      for radius in radii {
        items.append(.shape(SceneShape(.circle(center: Point(x: centreX, y: base - radius), radius: radius), fill: color,
          stroke: Stroke(color: stroke, width: max(0.5, type.unit)))))
      }
      for (radius, label) in zip(radii, labels) {
        let top = base - 2 * radius
        let end = origin.x + 2 * largest + spacing.leader
        items.append(.shape(SceneShape(.path(PathGeometry(points: [Point(x: centreX, y: top), Point(x: end, y: top)],
          subpathLengths: [2], closed: false)), stroke: line)))
        let extent = measurer.measure(label, font: type.legendLabel, wrapWidth: nil)
        items.append(.text(SceneText(label, origin: Point(x: end + spacing.swatchGap, y: top - extent.height / 2),
          font: type.legendLabel, color: palette.text)))
      }
    }
    return items
  }

  private var title: String? {
    switch self {
    case .swatches(let title, _), .circles(let title, _, _, _, _, _): return title
    }
  }

  private static func spacing(_ type: Typography) -> (
    swatchWidth: Double, swatchHeight: Double, swatchGap: Double, rowGap: Double, afterTitle: Double, leader: Double, entryGap: Double
  ) {
    (36 * type.unit, 24 * type.unit, 12 * type.unit, 10 * type.unit, 15 * type.unit, 16 * type.unit, 28 * type.unit)
  }

  /// Swatches flowing left to right, wrapping to new rows.
  private static func flow(
    _ entries: [LegendEntry], width: Double, type: Typography, measurer: some TextMeasuring
  ) -> [(items: [(LegendEntry, Double)], width: Double, height: Double)] {
    let spacing = spacing(type)
    var rows: [(items: [(LegendEntry, Double)], width: Double, height: Double)] = []
    var current: [(LegendEntry, Double)] = []
    var x = 0.0
    var rowWidth = 0.0
    var height = 0.0
    for entry in entries {
      let label = measurer.measure(entry.label, font: type.legendLabel, wrapWidth: nil)
      let itemWidth = spacing.swatchWidth + spacing.swatchGap + label.width
      if !current.isEmpty, x + itemWidth > width {
        rows.append((current, rowWidth, height))
        (current, x, rowWidth, height) = ([], 0, 0, 0)
      }
      current.append((entry, x))
      rowWidth = x + itemWidth
      x += itemWidth + spacing.entryGap
      height = max(height, max(label.height, spacing.swatchHeight))
    }
    if !current.isEmpty { rows.append((current, rowWidth, height)) }
    return rows
  }
}

/// A colour and its label in a swatch legend.
struct LegendEntry: Hashable, Sendable {
  var color: Color
  var label: String
  /// Hatched like the communes it stands for ("no data").
  var hatch: Stroke? = nil
}
