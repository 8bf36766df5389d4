/// Where the legend goes, chosen by the size the map gets: in an empty corner of the
/// map (the map keeps the whole zone), in a column right of it, or in rows under it.
struct LegendArrangement {
  /// "top-left", "top-right", "bottom-left", "bottom-right", "right" or "bottom".
  let position: String
  let mapRect: Rect
  /// Where the legend is drawn; nil when there is no legend.
  let legendRect: Rect?
  let mode: LegendBlock.Mode
  /// Each block's top-left.
  let origins: [Point]
  let widths: [Double]

  static func best(
    blocks: [LegendBlock], bounds: BoundingBox, zone: Rect, content: MapContent, symbolScale: SymbolScale?,
    type: Typography, measurer: some TextMeasuring
  ) -> LegendArrangement {
    guard !blocks.isEmpty else {
      return LegendArrangement(position: "none", mapRect: zone, legendRect: nil, mode: .column, origins: [], widths: [])
    }
    let gap = type.unit * 32
    let blockGap = type.unit * 28

    // A column: blocks stacked.
    let columnSizes = blocks.map { $0.size(.column, maxWidth: zone.width * 0.4, type: type, measurer: measurer) }
    let columnWidth = columnSizes.map(\.width).max() ?? 0
    let columnHeight = columnSizes.reduce(0) { $0 + $1.height } + blockGap * Double(blocks.count - 1)
    func column(at origin: Point) -> (origins: [Point], widths: [Double]) {
      var y = origin.y
      var origins: [Point] = []
      for size in columnSizes {
        origins.append(Point(x: origin.x, y: y))
        y += size.height + blockGap
      }
      return (origins, columnSizes.map { _ in columnWidth })
    }

    var candidates: [(arrangement: LegendArrangement, scale: Double)] = []
    // Inside a corner of the map drawn over the whole zone, if no commune or circle is there.
    let full = MapFrame(fitting: bounds, into: zone)
    let drawn = full.drawnRect
    let inset = type.unit * 8
    if columnWidth < drawn.width / 2, columnHeight < drawn.height {
      let corners: [(String, Point)] = [
        ("bottom-left", Point(x: drawn.x + inset, y: drawn.maxY - columnHeight - inset)),
        ("bottom-right", Point(x: drawn.maxX - columnWidth - inset, y: drawn.maxY - columnHeight - inset)),
        ("top-right", Point(x: drawn.maxX - columnWidth - inset, y: drawn.y + inset)),
        ("top-left", Point(x: drawn.x + inset, y: drawn.y + inset)),
      ]
      let occupancy = MapOccupancy(content: content, frame: full, symbolScale: symbolScale)
      for (name, origin) in corners {
        let rect = Rect(x: origin.x, y: origin.y, width: columnWidth, height: columnHeight)
        guard zone.contains(rect), occupancy.isEmpty(rect.expanded(by: inset)) else { continue }
        let placed = column(at: origin)
        candidates.append((
          LegendArrangement(position: name, mapRect: zone, legendRect: rect, mode: .column, origins: placed.origins, widths: placed.widths),
          full.scale))
        break
      }
    }
    // A column right of the map, centred on the zone's height.
    if columnHeight <= zone.height {
      let mapRect = Rect(x: zone.x, y: zone.y, width: max(zone.width - columnWidth - gap, 1), height: zone.height)
      let frame = MapFrame(fitting: bounds, into: mapRect)
      let top = max(zone.y, min(frame.drawnRect.y + (frame.drawnRect.height - columnHeight) / 2, zone.maxY - columnHeight))
      let origin = Point(x: zone.maxX - columnWidth, y: top)
      let placed = column(at: origin)
      candidates.append((
        LegendArrangement(position: "right", mapRect: mapRect,
          legendRect: Rect(x: origin.x, y: origin.y, width: columnWidth, height: columnHeight), mode: .column,
          origins: placed.origins, widths: placed.widths),
        frame.scale))
    }
    // Rows under the map: blocks side by side when they fit, else one under the other.
    let rowSizes = blocks.map { $0.size(.rows, maxWidth: zone.width, type: type, measurer: measurer) }
    let sideBySide = rowSizes.reduce(0) { $0 + $1.width } + blockGap * Double(blocks.count - 1) <= zone.width
    let rowsHeight = sideBySide
      ? rowSizes.map(\.height).max() ?? 0 : rowSizes.reduce(0) { $0 + $1.height } + blockGap * Double(blocks.count - 1)
    if rowsHeight < zone.height {
      let mapRect = Rect(x: zone.x, y: zone.y, width: zone.width, height: max(zone.height - rowsHeight - gap, 1))
      let frame = MapFrame(fitting: bounds, into: mapRect)
      let top = min(frame.drawnRect.maxY + gap, zone.maxY - rowsHeight)
      let totalWidth = sideBySide ? rowSizes.reduce(0) { $0 + $1.width } + blockGap * Double(blocks.count - 1) : zone.width
      var x = zone.x + max((zone.width - totalWidth) / 2, 0)
      var y = top
      var origins: [Point] = []
      for size in rowSizes {
        origins.append(Point(x: x, y: y))
        if sideBySide { x += size.width + blockGap } else { y += size.height + blockGap }
      }
      candidates.append((
        LegendArrangement(position: "bottom", mapRect: mapRect,
          legendRect: Rect(x: zone.x, y: top, width: zone.width, height: rowsHeight), mode: .rows, origins: origins,
          widths: sideBySide ? rowSizes.map(\.width) : rowSizes.map { _ in zone.width }),
        frame.scale))
    }
    // The largest map wins; on a tie the earlier candidate (a corner, then right).
    guard let best = candidates.max(by: { $0.scale < $1.scale * 0.999 }) ?? candidates.first else {
      let placed = column(at: Point(x: zone.x, y: zone.y))
      return LegendArrangement(position: "right", mapRect: zone, legendRect: nil, mode: .column, origins: placed.origins,
        widths: placed.widths)
    }
    return best.arrangement
  }

  func items(_ blocks: [LegendBlock], type: Typography, palette: Palette, measurer: some TextMeasuring) -> [SceneItem] {
    zip(blocks, zip(origins, widths)).flatMap { block, placement in
      block.items(at: placement.0, mode, width: placement.1, type: type, palette: palette, measurer: measurer)
    }
  }
}

/// Whether a rectangle of the page is free of communes and circles: no commune
/// vertex inside it, and none of its points (6 units apart) inside a commune.
struct MapOccupancy {
  let content: MapContent
  let frame: MapFrame
  let symbolScale: SymbolScale?

  func isEmpty(_ rect: Rect) -> Bool {
    // Circles: their boxes must stay clear.
    if let layer = content.symbols, let symbolScale {
      for circle in layer.circles(at: content.interiorPoints) {
        let centre = frame.point(circle.point)
        let radius = symbolScale.radius(circle.value)
        if rect.intersects(Rect(x: centre.x - radius, y: centre.y - radius, width: 2 * radius, height: 2 * radius)) { return false }
      }
    }
    // Communes: no sample point of the rectangle may fall inside one.
    let step = 6.0
    var samples: [Point] = []
    var y = rect.y
    while y <= rect.maxY {
      var x = rect.x
      while x <= rect.maxX {
        samples.append(Point(x: x, y: y))
        x += step
      }
      y += step
    }
    for polygons in content.boundaries {
      guard let polygons, let box = BoundingBox(exteriorsOf: polygons) else { continue }
      let topLeft = frame.point(Position(x: box.minX, y: box.maxY))
      let bottomRight = frame.point(Position(x: box.maxX, y: box.minY))
      let pageBox = Rect(x: topLeft.x, y: topLeft.y, width: bottomRight.x - topLeft.x, height: bottomRight.y - topLeft.y)
      guard pageBox.intersects(rect) else { continue }
      // A vertex inside catches the thin spurs the samples step over.
      for ring in polygons.lazy.flatMap(\.rings) {
        for position in ring.positions {
          let p = frame.point(position)
          if p.x >= rect.x, p.x <= rect.maxX, p.y >= rect.y, p.y <= rect.maxY { return false }
        }
      }
      for sample in samples where contains(polygons, sample) { return false }
    }
    return true
  }

  /// Even-odd test of a page point against projected polygons.
  private func contains(_ polygons: [Polygon], _ point: Point) -> Bool {
    // Back to projected metres: cheaper than projecting every vertex.
    let p = Position(
      x: frame.bounds.minX + (point.x - frame.offsetX) / frame.scale, y: frame.bounds.maxY - (point.y - frame.offsetY) / frame.scale)
    var inside = false
    for ring in polygons.lazy.flatMap(\.rings) {
      var previous = ring.positions.last ?? p
      for current in ring.positions {
        if (current.y > p.y) != (previous.y > p.y),
          p.x < (previous.x - current.x) * (p.y - current.y) / (previous.y - current.y) + current.x
        {
          inside.toggle()
        }
        previous = current
      }
    }
    return inside
  }
}

extension Rect {
  func expanded(by amount: Double) -> Rect {
    Rect(x: x - amount, y: y - amount, width: width + 2 * amount, height: height + 2 * amount)
  }
}
