/// The page around a map or a chart: the title (on one line if shrinking it a little
/// allows) and subtitle on top; the source and credits line at the bottom, with the
/// brand kit's logo at its right; the zone between them for the visual itself.
struct PageFrame {
  var header: [SceneItem] = []
  var footer: [SceneItem] = []
  /// Between header and footer, inside the margins.
  var zone: Rect

  init(texts: MapTexts, page: Rect, type: Typography, palette: Palette, measurer: some TextMeasuring) {
    let margin = type.unit * 44
    let content = Rect(x: margin, y: margin, width: page.width - 2 * margin, height: page.height - 2 * margin)
    var y = content.y
    let titleFont = MapLayout.fittedOnOneLine(texts.title, font: type.title, width: content.width, measurer)
    header.append(.text(SceneText(texts.title, origin: Point(x: content.x, y: y), font: titleFont, color: palette.text,
      wrapWidth: content.width)))
    y += measurer.measure(texts.title, font: titleFont, wrapWidth: content.width).height
    if let subtitle = texts.subtitle, !subtitle.isEmpty {
      y += type.unit * 6
      header.append(.text(SceneText(subtitle, origin: Point(x: content.x, y: y), font: type.subtitle, color: palette.secondaryText,
        wrapWidth: content.width)))
      y += measurer.measure(subtitle, font: type.subtitle, wrapWidth: content.width).height
    }
    let top = y + type.unit * 24

    var bottom = content.maxY
    var textWidth = content.width
    if let logo = palette.logo {
      let height = type.unit * 56
      let width = height * Double(logo.width) / Double(logo.height)
      let rect = Rect(x: content.maxX - width, y: content.maxY - height, width: width, height: height)
      footer.append(.image(SceneImage(png: logo.png, rect: rect)))
      bottom = rect.y
      textWidth -= width + type.unit * 24
    }
    if let line = texts.footerLine {
      let extent = measurer.measure(line, font: type.source, wrapWidth: textWidth)
      let textTop = content.maxY - extent.height
      footer.append(.text(SceneText(line, origin: Point(x: content.x, y: textTop), font: type.source, color: palette.secondaryText,
        wrapWidth: textWidth)))
      bottom = min(bottom, textTop)
    }
    if bottom < content.maxY { bottom -= type.unit * 16 }
    zone = Rect(x: content.x, y: top, width: content.width, height: max(bottom - top, 1))
  }
}
