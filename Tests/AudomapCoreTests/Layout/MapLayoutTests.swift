import AudomapCore
import Testing

/// Measures text like a monospaced font (0.55 em per character, 1.2 em per
/// line, wrapping by character count): enough to test layout geometry
/// without Pango, which AudomapRender's tests cover.
struct MonospaceMeasurer: TextMeasuring {
  func measure(_ text: String, font: Font, wrapWidth: Double?) -> TextExtent {
    let advance = font.size * 0.55
    let natural = Double(text.count) * advance
    let lines = wrapWidth.map { max(1, (natural / $0).rounded(.up)) } ?? 1
    return TextExtent(width: min(natural, wrapWidth ?? natural), height: lines * font.size * 1.2, baseline: font.size)
  }
}

@Suite struct MapLayoutTests {
  let palette = Palette(
    name: "test", brandColors: [], sequentialAnchors: [Color.white, Color.black],
    text: Color.black, secondaryText: Color(red: 0.4, green: 0.4, blue: 0.4), border: Color.white,
    noData: Color(red: 0.88, green: 0.88, blue: 0.88), background: Color.white, font: "Lato")

  /// A row of `count` unit squares (1 km), projected metres.
  func squares(_ count: Int, height: Double = 1000) -> [[Polygon]?] {
    (0..<count).map { i in
      let x = Double(i) * 1000
      return [Polygon(rings: [Ring([
        Position(x: x, y: 0), Position(x: x + 1000, y: 0), Position(x: x + 1000, y: height),
        Position(x: x, y: height), Position(x: x, y: 0),
      ])])]
    }
  }

  func scene(_ boundaries: [[Polygon]?], _ values: [Double?], size: PageSize, legendTitle: String? = "Habitants") throws -> Scene {
    let classification = try Classification.classify(values, method: .quantile, classCount: 4)
    let content = MapContent(
      boundaries: boundaries,
      fill: .classes(values: values, classification: classification, colors: palette.sequentialRamp(classCount: classification.classCount)),
      texts: MapTexts(title: "Population des communes", subtitle: "En 2025", legendTitle: legendTitle, source: "Source : INSEE"))
    return MapLayout.layout(content, size: size, palette: palette, measurer: MonospaceMeasurer()).scene
  }

  func group(_ name: String, in scene: Scene) -> [SceneItem] {
    for case .group(let groupName, let items) in scene.items where groupName == name { return items }
    return []
  }

  func textBoxes(_ items: [SceneItem]) -> [Rect] {
    items.compactMap { item in
      guard case .text(let text) = item else { return nil }
      let extent = MonospaceMeasurer().measure(text.text, font: text.font, wrapWidth: text.wrapWidth)
      return Rect(x: text.origin.x, y: text.origin.y, width: extent.width, height: extent.height)
    }
  }

  func mapBox(_ scene: Scene) -> Rect? {
    var box: Rect?
    for case .shape(let shape) in group("communes", in: scene) {
      guard case .path(let path) = shape.shape else { continue }
      for p in path.points {
        let r = Rect(x: p.x, y: p.y, width: 0, height: 0)
        box = box.map { b in
          let minX = min(b.x, r.x), minY = min(b.y, r.y)
          return Rect(x: minX, y: minY, width: max(b.maxX, r.x) - minX, height: max(b.maxY, r.y) - minY)
        } ?? r
      }
    }
    return box
  }

  @Test func legendListsEachClassInFrenchAndMissingData() throws {
    let values: [Double?] = [120, 1500, 2500, 12_000.5, nil, 800, 45_000, 3000]
    let scene = try scene(squares(values.count), values, size: PageSize(width: 1080, height: 1080))
    let labels = group("legend", in: scene).compactMap { item -> String? in
      if case .text(let text) = item { return text.text }
      return nil
    }
    #expect(labels.first == "Habitants")
    #expect(labels.last == MapLayout.missingDataLabel)
    #expect(labels.count == 1 + 4 + 1)
    let classification = try Classification.classify(values, method: .quantile, classCount: 4)
    #expect(Array(labels[1...4]) == ClassLabels.french(bounds: classification.breaks.bounds))
    #expect(labels[1].hasPrefix("moins de ") && labels[4].hasSuffix(" et plus"))
    let swatches = group("legend", in: scene).compactMap { item -> Color? in
      if case .shape(let shape) = item { return shape.fill }
      return nil
    }
    #expect(swatches.first == Color.white)
    #expect(swatches.last == palette.noData)
  }

  @Test(arguments: [PageSize(width: 1080, height: 1080), PageSize(width: 1080, height: 1350), PageSize(width: 1600, height: 900), PageSize(width: 800, height: 1600)])
  func nothingOverlapsAndEverythingStaysOnThePage(size: PageSize) throws {
    for shape in [squares(6), squares(2, height: 4000)] {
      let values: [Double?] = (0..<shape.count).map { Double($0 * 100) }
      let scene = try scene(shape, values, size: size)
      let page = Rect(x: 0, y: 0, width: scene.width, height: scene.height)
      let texts = ["header", "legend", "source", "scale"].flatMap { textBoxes(group($0, in: scene)) }
      let map = try #require(mapBox(scene))
      #expect(page.contains(map))
      for (i, a) in texts.enumerated() {
        #expect(page.contains(a), "text outside the page at \(size): \(a)")
        #expect(!a.intersects(map), "text over the map at \(size): \(a) vs \(map)")
        for b in texts[(i + 1)...] { #expect(!a.intersects(b), "texts overlap at \(size): \(a) \(b)") }
      }
    }
  }

  @Test func communesWithoutPolygonsAreNotDrawnAndWithoutValuesAreGrey() throws {
    var boundaries = squares(4)
    boundaries[1] = nil
    let scene = try scene(boundaries, [1, 2, nil, 4], size: PageSize(width: 600, height: 600))
    let fills = group("communes", in: scene).compactMap { item -> Color? in
      if case .shape(let shape) = item { return shape.fill }
      return nil
    }
    #expect(fills.count == 3)
    #expect(fills[1] == palette.noData)
    let hatched = group("communes", in: scene).compactMap { item -> Bool? in
      if case .shape(let shape) = item { return shape.hatch != nil }
      return nil
    }
    #expect(hatched == [false, true, false])
    let legendHatches = group("legend", in: scene).compactMap { item -> Bool? in
      if case .shape(let shape) = item { return shape.hatch != nil }
      return nil
    }
    #expect(legendHatches.last == true && legendHatches.dropLast().allSatisfy { !$0 })
  }

  @Test func theNorthArrowStandsBesideTheScaleBarOffTheMap() throws {
    let values: [Double?] = [1, 2, 3, 4]
    let classification = try Classification.classify(values, method: .quantile, classCount: 2)
    let content = MapContent(
      boundaries: squares(4),
      fill: .classes(values: values, classification: classification, colors: palette.sequentialRamp(classCount: 2)),
      texts: MapTexts(title: "Titre", source: "Source"), northArrow: true)
    let scene = MapLayout.layout(content, size: PageSize(width: 1080, height: 1080), palette: palette, measurer: MonospaceMeasurer()).scene
    let north = group("north", in: scene)
    #expect(north.contains { if case .text(let text) = $0 { return text.text == "N" } else { return false } })
    let scale = try #require(textBoxes(group("scale", in: scene)).first)
    let letter = try #require(textBoxes(north).first)
    let map = try #require(mapBox(scene))
    #expect(letter.x > scale.maxX && !letter.intersects(map) && letter.maxY <= scene.height)
  }
}
