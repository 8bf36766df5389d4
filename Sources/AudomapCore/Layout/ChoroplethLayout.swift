/// Lays out a choropleth: title and subtitle on top, the source line at the
/// bottom, the map and its legend in between, the legend beside or below the
/// map, wherever the map comes out larger.
public enum ChoroplethLayout {
  /// The label of the legend entry for communes without a value.
  public static let missingDataLabel = "Données manquantes"

  /// Builds the scene of a choropleth.
  /// - Parameters:
  ///   - boundaries: projected polygons (metres, y up) per feature; nil for features not drawn.
  ///   - values: the joined value per feature; nil is drawn as "no data".
  public static func scene(
    boundaries: [[Polygon]?], values: [Double?], classification: Classification,
    texts: MapTexts, size: PageSize, palette: Palette, measurer: some TextMeasuring
  ) -> Scene {
    let page = Rect(x: 0, y: 0, width: Double(size.width), height: Double(size.height))
    let type = Typography(page: page, family: palette.font)
    let margin = type.unit * 44
    let content = Rect(x: margin, y: margin, width: page.width - 2 * margin, height: page.height - 2 * margin)

    // Header: title then subtitle, wrapped to the content width.
    var items: [SceneItem] = []
    var header: [SceneItem] = []
    var y = content.y
    let titleFont = fittedOnOneLine(texts.title, font: type.title, width: content.width, measurer)
    let title = placeText(texts.title, font: titleFont, color: palette.text, x: content.x, y: y, wrap: content.width, measurer)
    header.append(.text(title.text))
    y += title.extent.height
    if let subtitle = texts.subtitle, !subtitle.isEmpty {
      y += type.unit * 6
      let placed = placeText(subtitle, font: type.subtitle, color: palette.secondaryText, x: content.x, y: y, wrap: content.width, measurer)
      header.append(.text(placed.text))
      y += placed.extent.height
    }
    let headerBottom = y + type.unit * 28

    // Footer: the source line, bottom-aligned.
    var footerTop = content.maxY
    var footer: [SceneItem] = []
    if let source = texts.source, !source.isEmpty {
      let extent = measurer.measure(source, font: type.source, wrapWidth: content.width)
      footerTop = content.maxY - extent.height
      footer.append(.text(SceneText(source, origin: Point(x: content.x, y: footerTop), font: type.source,
        color: palette.secondaryText, wrapWidth: content.width)))
      footerTop -= type.unit * 20
    }

    let zone = Rect(x: content.x, y: headerBottom, width: content.width, height: max(footerTop - headerBottom, 1))
    let entries = legendEntries(values: values, classification: classification, palette: palette)
    let legendTitle = texts.legendTitle.flatMap { $0.isEmpty ? nil : $0 }
    let bounds = projectedBounds(boundaries) ?? BoundingBox(minX: 0, minY: 0, maxX: 1, maxY: 1)
    let placement = LegendPlacement.best(
      for: bounds, zone: zone, entries: entries, title: legendTitle, type: type, measurer: measurer)

    let frame = MapFrame(fitting: bounds, into: placement.mapRect)
    let communes = communeShapes(boundaries, values: values, classification: classification, frame: frame, palette: palette)
    let legend = placement.legendItems(
      entries: entries, title: legendTitle, alignedWith: frame.drawnRect, type: type, palette: palette, measurer: measurer)

    items.append(.group(name: "communes", items: communes))
    items.append(.group(name: "header", items: header))
    items.append(.group(name: "legend", items: legend))
    if !footer.isEmpty { items.append(.group(name: "source", items: footer)) }
    return Scene(width: page.width, height: page.height, background: palette.background, items: items, title: texts.title)
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

  static func placeText(
    _ text: String, font: Font, color: Color, x: Double, y: Double, wrap: Double?, _ measurer: some TextMeasuring
  ) -> (text: SceneText, extent: TextExtent) {
    let extent = measurer.measure(text, font: font, wrapWidth: wrap)
    return (SceneText(text, origin: Point(x: x, y: y), font: font, color: color, wrapWidth: wrap), extent)
  }

  static func projectedBounds(_ boundaries: [[Polygon]?]) -> BoundingBox? {
    var box: BoundingBox?
    for polygons in boundaries {
      guard let polygons, let featureBox = BoundingBox(exteriorsOf: polygons) else { continue }
      box = box?.union(featureBox) ?? featureBox
    }
    return box
  }

  /// One entry per class, plus "no data" when some commune drawn has no value.
  static func legendEntries(values: [Double?], classification: Classification, palette: Palette) -> [LegendEntry] {
    let bounds = classification.breaks.bounds
    let ramp = palette.sequentialRamp(classCount: classification.breaks.classCount)
    let decimals = FrenchNumberFormat.legendDecimals(for: bounds)
    var entries = (0..<classification.breaks.classCount).map { index in
      let lower = bounds[index]
      let upper = bounds[index + 1]
      let label = lower == upper
        ? FrenchNumberFormat.format(lower, decimals: decimals)
        : FrenchNumberFormat.range(lower, upper, decimals: decimals)
      return LegendEntry(color: ramp[index], label: label)
    }
    if values.contains(where: { $0 == nil }) {
      entries.append(LegendEntry(color: palette.noData, label: missingDataLabel))
    }
    return entries
  }

  /// Communes as filled shapes with thin borders. Border width follows the
  /// size of the communes on the page: a national map at 2000 px would turn
  /// white with the borders that suit 53 communes.
  static func communeShapes(
    _ boundaries: [[Polygon]?], values: [Double?], classification: Classification, frame: MapFrame, palette: Palette
  ) -> [SceneItem] {
    let ramp = palette.sequentialRamp(classCount: classification.breaks.classCount)
    let drawn = boundaries.compactMap { $0 }
    let typicalSize = drawn.isEmpty ? 0 : (frame.drawnRect.width * frame.drawnRect.height / Double(drawn.count)).squareRoot()
    let borderWidth = min(max(typicalSize / 60, 0.15), 1.2)
    let stroke = Stroke(color: palette.border, width: borderWidth)
    var shapes: [SceneItem] = []
    shapes.reserveCapacity(drawn.count)
    for (index, polygons) in boundaries.enumerated() {
      guard let polygons else { continue }
      let path = frame.path(of: polygons, tolerance: 0.5)
      guard !path.isEmpty else { continue }
      let fill = classification.classIndex(of: values[index]).map { ramp[$0] } ?? palette.noData
      shapes.append(.shape(SceneShape(.path(path), fill: fill, stroke: stroke)))
    }
    return shapes
  }
}
