/// How the communes are coloured.
public enum FillLayer: Hashable, Sendable {
  /// Classes of a numeric value, one colour per class (sequential or diverging ramp).
  case classes(values: [Double?], classification: Classification, colors: [Color])
  /// Categories of a text value (a typology), each with its colour, in legend order.
  case categories(values: [String?], categories: [Category])
  /// Every commune in one colour (a base under proportional symbols).
  case plain(Color)

  public struct Category: Hashable, Sendable {
    public var name: String
    public var color: Color

    public init(name: String, color: Color) {
      self.name = name
      self.color = color
    }
  }
}

/// Proportional circles over the communes, one per commune with a value.
public struct SymbolLayer: Hashable, Sendable {
  /// One value per feature; nil or ≤ 0 draws no circle.
  public var values: [Double?]
  public var color: Color
  /// The legend's title, e.g. "Habitants".
  public var title: String?
  /// The largest circle's radius as a share of the map zone's shorter side.
  public var maximumRadiusShare: Double

  public init(values: [Double?], color: Color, title: String? = nil, maximumRadiusShare: Double = 0.075) {
    self.values = values
    self.color = color
    self.title = title
    self.maximumRadiusShare = maximumRadiusShare
  }

  /// The circles drawn: each commune with a positive value and a point to stand on.
  func circles(at points: [Position?]) -> [(point: Position, value: Double)] {
    zip(values, points).compactMap { value, point in
      guard let value, value > 0, let point else { return nil }
      return (point, value)
    }
  }
}

/// Everything a map shows, in projected metres (y up), one entry per feature.
public struct MapContent: Hashable, Sendable {
  public var boundaries: [[Polygon]?]
  public var fill: FillLayer
  public var symbols: SymbolLayer?
  /// The territory's outline (the dissolved communes), drawn over them.
  public var outline: [Polygon]?
  /// A point inside each commune (its pole of inaccessibility): circles and labels sit there.
  public var interiorPoints: [Position?]
  /// The communes to name, most important first.
  public var labels: [MapLabel]
  public var texts: MapTexts
  /// The unit of the coloured value, shown in the legend (e.g. "%", "hab./km²").
  public var unit: String?
  public var scaleBar: Bool
  /// An arrow pointing north beside the scale bar.
  public var northArrow: Bool
  /// A small map of where the territory lies, in an empty corner.
  public var inset: LocatorInset?

  public init(
    boundaries: [[Polygon]?], fill: FillLayer, symbols: SymbolLayer? = nil, outline: [Polygon]? = nil,
    interiorPoints: [Position?] = [], labels: [MapLabel] = [], texts: MapTexts, unit: String? = nil,
    scaleBar: Bool = true, northArrow: Bool = false, inset: LocatorInset? = nil
  ) {
    self.boundaries = boundaries
    self.fill = fill
    self.symbols = symbols
    self.outline = outline
    self.interiorPoints = interiorPoints
    self.labels = labels
    self.texts = texts
    self.unit = unit
    self.scaleBar = scaleBar
    self.northArrow = northArrow
    self.inset = inset
  }
}

/// A commune to name on the map.
public struct MapLabel: Hashable, Sendable {
  public var feature: Int
  public var text: String

  public init(feature: Int, text: String) {
    self.feature = feature
    self.text = text
  }
}

/// A name written on the map.
public struct PlacedLabel: Hashable, Sendable {
  public var feature: Int
  public var anchor: Point
  public var box: Rect
}

/// A laid-out map and what the layout had to give up.
public struct MapLayoutResult: Hashable, Sendable {
  public var scene: Scene
  /// Labels that found no room, in request order.
  public var droppedLabels: [String]
  /// The labels drawn: the feature named, its anchor inside the commune, and the label's box.
  public var placedLabels: [PlacedLabel]
  /// Where the legend is drawn, if there is one.
  public var legendRect: Rect?
  /// False when a locator inset was asked for but no corner of the map was free.
  public var insetPlaced: Bool
  /// Where the legend went: "right", "bottom", or a corner inside the map ("top-left", …).
  public var legendPosition: String
}

/// Lays out a map on any page: title and subtitle on top, the source line at the
/// bottom, the map with its legend between, the scale bar under the map. The legend
/// goes where the map comes out largest: in an empty corner of the map, right of it,
/// or under it, so square, tall and wide presets each get a sensible arrangement.
public enum MapLayout {
  public static let missingDataLabel = "Données manquantes"

  /// Communes without a value are grey and hatched: the hatch tells them from a pale
  /// class for every reader, whatever their colour vision.
  static func noDataHatch(_ palette: Palette, _ type: Typography) -> Stroke {
    Stroke(color: palette.secondaryText.withAlpha(0.6), width: max(0.75, 1.5 * type.unit))
  }

  public static func layout(
    _ content: MapContent, size: PageSize, palette: Palette, measurer: some TextMeasuring
  ) -> MapLayoutResult {
    let page = Rect(x: 0, y: 0, width: Double(size.width), height: Double(size.height))
    let type = Typography(page: page, family: palette.font)

    let frame_ = PageFrame(texts: content.texts, page: page, type: type, palette: palette, measurer: measurer)
    let (header, footer) = (frame_.header, frame_.footer)
    let scaleBarHeight = content.scaleBar || content.northArrow ? measurer.measure("0 km", font: type.source, wrapWidth: nil).height * 1.5 + type.unit * 12 : 0
    let zone = Rect(x: frame_.zone.x, y: frame_.zone.y, width: frame_.zone.width,
      height: max(frame_.zone.height - scaleBarHeight, 1))

    // The legend and where it goes.
    let bounds = projectedBounds(content.boundaries) ?? BoundingBox(minX: 0, minY: 0, maxX: 1, maxY: 1)
    let symbolScale = content.symbols.flatMap { layer -> SymbolScale? in
      guard let maximum = layer.values.compactMap({ $0 }).max(), maximum > 0 else { return nil }
      return SymbolScale(maximumValue: maximum, maximumRadius: layer.maximumRadiusShare * min(zone.width, zone.height))
    }
    let blocks = legendBlocks(content, symbolScale: symbolScale, palette: palette, hatch: noDataHatch(palette, type))
    let placement = LegendArrangement.best(
      blocks: blocks, bounds: bounds, zone: zone, content: content, symbolScale: symbolScale, type: type, measurer: measurer)
    let frame = MapFrame(fitting: bounds, into: placement.mapRect)

    // The map: communes, outline, circles.
    var items: [SceneItem] = [
      .group(name: "communes", items: communeShapes(content, frame: frame, palette: palette, hatch: noDataHatch(palette, type)))
    ]
    if let outline = content.outline {
      let path = frame.path(of: outline, tolerance: 0.5)
      if !path.isEmpty {
        items.append(.group(name: "outline", items: [.shape(SceneShape(.path(path),
          stroke: Stroke(color: palette.text, width: max(1, 2.2 * type.unit))))]))
      }
    }
    if let layer = content.symbols, let symbolScale {
      items.append(.group(name: "symbols", items: circles(layer, scale: symbolScale, points: content.interiorPoints, frame: frame,
        palette: palette, type: type)))
    }

    // Scale bar in the strip kept for it above the source line, under the map's left edge.
    var obstacles = placement.legendRect.map { [$0] } ?? []
    var stripX = frame.drawnRect.x
    if content.scaleBar {
      let bar = scaleBarItems(frame: frame, top: zone.maxY + type.unit * 8, type: type, palette: palette, measurer: measurer)
      items.append(.group(name: "scale", items: bar.items))
      obstacles.append(bar.box)
      stripX = bar.box.maxX + type.unit * 28
    }
    if content.northArrow {
      let arrow = northArrowItems(x: stripX, top: zone.maxY + type.unit * 8, height: scaleBarHeight - type.unit * 10, type: type,
        palette: palette, measurer: measurer)
      items.append(.group(name: "north", items: arrow))
    }

    // The locator in an empty corner; labels keep clear of it.
    var insetPlaced = content.inset == nil
    if let inset = content.inset,
      let placed = inset.items(
        mapFrame: frame, occupancy: MapOccupancy(content: content, frame: frame, symbolScale: symbolScale), obstacles: obstacles,
        type: type, palette: palette)
    {
      items.append(.group(name: "inset", items: placed.items))
      obstacles.append(placed.box)
      insetPlaced = true
    }

    // Labels, inside the map zone, away from the legend and each other.
    let anchored = content.labels.compactMap { label -> (feature: Int, request: LabelRequest)? in
      guard content.interiorPoints.indices.contains(label.feature), let point = content.interiorPoints[label.feature] else { return nil }
      return (label.feature, LabelRequest(text: label.text, anchor: frame.point(point)))
    }
    let requests = anchored.map(\.request)
    let labels = LabelPlacement.place(
      requests, font: type.label, color: palette.text, halo: Stroke(color: palette.background, width: 3 * type.unit),
      zone: placement.mapRect, obstacles: obstacles, measurer: measurer)
    let droppedLabels = content.labels.map(\.text).filter { text in
      labels.dropped.contains(text) || !requests.contains { $0.text == text }
    }
    if !labels.texts.isEmpty { items.append(.group(name: "labels", items: labels.texts.map { .text($0) })) }

    items.append(.group(name: "header", items: header))
    items.append(.group(name: "legend", items: placement.items(blocks, type: type, palette: palette, measurer: measurer)))
    if !footer.isEmpty { items.append(.group(name: "source", items: footer)) }
    let scene = Scene(width: page.width, height: page.height, background: palette.background, items: items, title: content.texts.title)
    let placedLabels = zip(labels.requestIndexes, labels.boxes).map { index, box in
      PlacedLabel(feature: anchored[index].feature, anchor: anchored[index].request.anchor, box: box)
    }
    return MapLayoutResult(
      scene: scene, droppedLabels: droppedLabels, placedLabels: placedLabels, legendRect: placement.legendRect,
      insetPlaced: insetPlaced, legendPosition: placement.position)
  }

  // MARK: - Pieces

  static func legendBlocks(_ content: MapContent, symbolScale: SymbolScale?, palette: Palette, hatch: Stroke) -> [LegendBlock] {
    var blocks: [LegendBlock] = []
    let title = content.texts.legendTitle.flatMap { $0.isEmpty ? nil : $0 }
    switch content.fill {
    case .classes(let values, let classification, let colors):
      let labels = ClassLabels.french(bounds: classification.breaks.bounds, unit: content.unit)
      var entries = zip(colors, labels).map { LegendEntry(color: $0, label: $1) }
      if content.boundaries.indices.contains(where: { content.boundaries[$0] != nil && values[$0] == nil }) {
        entries.append(LegendEntry(color: palette.noData, label: missingDataLabel, hatch: hatch))
      }
      blocks.append(.swatches(title: title, entries: entries))
    case .categories(let values, let categories):
      var entries = categories.map { LegendEntry(color: $0.color, label: $0.name) }
      if values.contains(where: { $0 == nil }) {
        entries.append(LegendEntry(color: palette.noData, label: missingDataLabel, hatch: hatch))
      }
      blocks.append(.swatches(title: title, entries: entries))
    case .plain:
      break
    }
    if let layer = content.symbols, let symbolScale {
      let values = symbolScale.legendValues
      let decimals = values.contains { $0 != $0.rounded() } ? 1 : 0
      blocks.append(.circles(
        title: layer.title, values: values, radii: values.map(symbolScale.radius),
        labels: values.map { FrenchNumberFormat.format($0, decimals: decimals) }, color: layer.color, stroke: palette.background))
    }
    return blocks
  }

  static func communeShapes(_ content: MapContent, frame: MapFrame, palette: Palette, hatch: Stroke) -> [SceneItem] {
    let drawn = content.boundaries.compactMap { $0 }
    let typicalSize = drawn.isEmpty ? 0 : (frame.drawnRect.width * frame.drawnRect.height / Double(drawn.count)).squareRoot()
    // A national map at 2000 px would turn white with the borders that suit 53 communes.
    let stroke = Stroke(color: palette.border, width: min(max(typicalSize / 60, 0.15), 1.2))
    var shapes: [SceneItem] = []
    shapes.reserveCapacity(drawn.count)
    for (index, polygons) in content.boundaries.enumerated() {
      guard let polygons else { continue }
      let path = frame.path(of: polygons, tolerance: 0.5)
      guard !path.isEmpty else { continue }
      let color = fillColor(content.fill, index, palette)
      shapes.append(.shape(SceneShape(.path(path), fill: color ?? palette.noData, stroke: stroke, hatch: color == nil ? hatch : nil)))
    }
    return shapes
  }

  /// The commune's colour; nil when it has no value.
  static func fillColor(_ fill: FillLayer, _ index: Int, _ palette: Palette) -> Color? {
    switch fill {
    case .classes(let values, let classification, let colors):
      return classification.classIndex(of: values[index]).map { colors[$0] }
    case .categories(let values, let categories):
      return values[index].flatMap { value in categories.first { $0.name == value }?.color }
    case .plain(let color):
      return color
    }
  }

  /// Circles largest first, so that small ones stay visible on top.
  static func circles(
    _ layer: SymbolLayer, scale: SymbolScale, points: [Position?], frame: MapFrame, palette: Palette, type: Typography
  ) -> [SceneItem] {
    let stroke = Stroke(color: palette.background, width: max(0.75, type.unit))
    return layer.circles(at: points).sorted { $0.value > $1.value }.map { circle in
      .shape(SceneShape(.circle(center: frame.point(circle.point), radius: scale.radius(circle.value)), fill: layer.color, stroke: stroke))
    }
  }

  /// A bar of round length with end ticks pointing up, its label to the right,
  /// both wholly under `top`.
  static func scaleBarItems(
    frame: MapFrame, top: Double, type: Typography, palette: Palette, measurer: some TextMeasuring
  ) -> (items: [SceneItem], box: Rect) {
    let bar = ScaleBar(scale: frame.scale, maximumLength: min(frame.drawnRect.width / 4, 220 * type.unit))
    let x = frame.drawnRect.x
    let extent = measurer.measure(bar.label, font: type.source, wrapWidth: nil)
    let tick = min(6 * type.unit, extent.height / 2)
    let baseline = top + extent.height / 2 + tick / 2
    let path = PathGeometry(
      points: [
        Point(x: x, y: baseline - tick), Point(x: x, y: baseline), Point(x: x + bar.length, y: baseline),
        Point(x: x + bar.length, y: baseline - tick),
      ],
      subpathLengths: [4], closed: false)
    let labelOrigin = Point(x: x + bar.length + 8 * type.unit, y: baseline - tick / 2 - extent.height / 2)
    let label = SceneText(bar.label, origin: labelOrigin, font: type.source, color: palette.secondaryText)
    let box = Rect(x: x, y: top, width: labelOrigin.x + extent.width - x, height: extent.height + tick)
    return ([.shape(SceneShape(.path(path), stroke: Stroke(color: palette.secondaryText, width: max(1, 2 * type.unit)))), .text(label)], box)
  }

  /// An arrow pointing up with an N beside it. Maps are drawn north up; in Lambert-93 the
  /// meridians lean by at most 4° at the edges of France, less than a reader can see.
  static func northArrowItems(
    x: Double, top: Double, height: Double, type: Typography, palette: Palette, measurer: some TextMeasuring
  ) -> [SceneItem] {
    let width = height * 0.6
    let arrow = PathGeometry(
      points: [
        Point(x: x + width / 2, y: top), Point(x: x + width, y: top + height), Point(x: x + width / 2, y: top + height * 0.72),
        Point(x: x, y: top + height),
      ],
      subpathLengths: [4], closed: true)
    let extent = measurer.measure("N", font: type.source, wrapWidth: nil)
    return [
      .shape(SceneShape(.path(arrow), fill: palette.secondaryText)),
      .text(SceneText("N", origin: Point(x: x + width + 4 * type.unit, y: top + (height - extent.height) / 2), font: type.source,
        color: palette.secondaryText)),
    ]
  }

  /// The title font, shrunk by up to a fifth when that keeps the title on
  /// one line: a slightly smaller title reads better than one broken at a hyphen.
  static func fittedOnOneLine(_ text: String, font: Font, width: Double, _ measurer: some TextMeasuring) -> Font {
    var candidate = font
    while candidate.size >= font.size * 0.8 {
      if measurer.measure(text, font: candidate, wrapWidth: nil).width <= width { return candidate }
      candidate.size -= font.size * 0.05
    }
    return font
  }

  static func projectedBounds(_ boundaries: [[Polygon]?]) -> BoundingBox? {
    var box: BoundingBox?
    for polygons in boundaries {
      guard let polygons, let featureBox = BoundingBox(exteriorsOf: polygons) else { continue }
      box = box?.union(featureBox) ?? featureBox
    }
    return box
  }
}
