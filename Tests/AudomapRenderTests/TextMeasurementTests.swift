import AudomapCore
import Testing

@testable import AudomapRender

@Suite struct TextMeasurementTests {
  let measurer = PangoTextMeasurer()

  @Test func widthGrowsWithTheText() {
    let short = measurer.measure("Lens", font: Fixtures.lato, wrapWidth: nil)
    let long = measurer.measure("Lens-Liévin", font: Fixtures.lato, wrapWidth: nil)
    #expect(short.width > 0)
    #expect(long.width > short.width)
    #expect(long.height == short.height)
  }

  @Test func sizeIsInPageUnits() {
    let small = measurer.measure("Arras", font: Font(family: "Lato", size: 10), wrapWidth: nil)
    let large = measurer.measure("Arras", font: Font(family: "Lato", size: 100), wrapWidth: nil)
    // Lato's line box is one em (its typographic ascender + descender).
    #expect(abs(large.height - 100) < 1)
    #expect(abs(large.width - 10 * small.width) < 1)
    #expect(large.baseline > 70 && large.baseline < 90)
  }

  @Test func boldIsWider() {
    let regular = measurer.measure("Boulogne-sur-Mer", font: Fixtures.lato, wrapWidth: nil)
    let bold = measurer.measure("Boulogne-sur-Mer", font: Font(family: "Lato", size: 20, weight: .bold), wrapWidth: nil)
    #expect(bold.width > regular.width)
  }

  @Test func wrapWidthWrapsOnMoreLines() {
    let text = "Part des logements sociaux dans les résidences principales"
    let line = measurer.measure(text, font: Fixtures.lato, wrapWidth: nil)
    let wrapped = measurer.measure(text, font: Fixtures.lato, wrapWidth: 150)
    #expect(wrapped.height >= 3 * line.height - 0.5)
    #expect(wrapped.width <= 150)
    #expect(wrapped.baseline == line.baseline)
  }

  @Test(arguments: [
    "Évolution démographique à Saint-Étienne-du-Rouvray", "Œuvre, cœur, façade, naïve, là, où",
    "12\u{202F}345 habitants, +2,5\u{202F}%", "« Île-de-France » – 1\u{00A0}000",
  ])
  func frenchTextHasNoMissingGlyphs(_ text: String) {
    for weight in [FontWeight.regular, .bold] {
      let font = Font(family: "Lato", size: 20, weight: weight)
      let layout = TextLayout(text, font: font, wrapWidth: nil, in: PangoTextContext())
      #expect(layout.unknownGlyphCount == 0)
    }
  }

  @Test func measuresTheSameFromSeveralThreads() async {
    let texts = (0..<40).map { "Commune nº \($0) — Hénin-Beaumont" }
    let expected = texts.map { measurer.measure($0, font: Fixtures.lato, wrapWidth: 120) }
    let measured = await withTaskGroup(of: [TextExtent].self) { group in
      for _ in 0..<8 {
        group.addTask { texts.map { PangoTextMeasurer().measure($0, font: Fixtures.lato, wrapWidth: 120) } }
      }
      return await group.reduce(into: []) { $0.append($1) }
    }
    #expect(measured.count == 8)
    #expect(measured.allSatisfy { $0 == expected })
  }

  /// The drawn ink must fall inside the measured box, so layout can rely on it;
  /// only accents on capitals rise above it, since Lato's line box is one em.
  @Test func drawnTextFitsItsMeasuredBox() throws {
    let font = Font(family: "Lato", size: 30, weight: .bold)
    let text = SceneText("Évolution à Saint-Omer", origin: Point(x: 20, y: 15), font: font, color: .black)
    let extent = measurer.measure(text.text, font: font, wrapWidth: nil)
    let scene = Scene(width: 500, height: 80, background: .white, items: [.text(text)])
    let image = try DecodedImage(png: SceneRenderer.render(scene, as: .png))
    var ink = (minX: Int.max, minY: Int.max, maxX: Int.min, maxY: Int.min)
    for y in 0..<image.height {
      for x in 0..<image.width where image.argb(x: x, y: y) != 0xFFFF_FFFF {
        ink = (min(ink.minX, x), min(ink.minY, y), max(ink.maxX, x), max(ink.maxY, y))
      }
    }
    #expect(ink.minX >= 20)
    #expect(Double(ink.maxX) < 20 + extent.width)
    // The ink reaches the box's right edge: the width is not inflated.
    #expect(Double(ink.maxX) > 20 + extent.width - 2)
    #expect(Double(ink.maxY) < 15 + extent.height)
    #expect(Double(ink.minY) >= 15 - 0.2 * font.size)
  }
}
