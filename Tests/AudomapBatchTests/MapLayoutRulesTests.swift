import AudomapBatch
import AudomapCore
import AudomapRender
import AudomapTestSupport
import Foundation
import Testing

/// The layout rules of issue 5 on the three CAPSO demo maps, in every preset, with the
/// text measured by Pango as it is drawn: nothing overlaps, nothing leaves the page, no
/// text is under the legible minimum, every label sits on its commune.
@Suite struct MapLayoutRulesTests {
  enum Demo: String, CaseIterable {
    case population, change, circles
  }

  static let cases: [(Demo, String)] = Demo.allCases.flatMap { demo in Preset.named.map { (demo, $0.name) } }

  func request(_ demo: Demo, preset: Preset) -> MapRequest {
    var request = MapRequest(
      basemapPath: packageRoot.appendingPathComponent("Basemaps/capso-communes-2018.geojson").path,
      dataPath: packageRoot.appendingPathComponent("Datasets/capso-population-dgcl-2019-2025.csv").path,
      valueColumn: "population_municipale", filters: [RowFilter(column: "annee", value: "2025")],
      texts: MapTexts(
        title: "Population des communes du Pays de Saint-Omer", subtitle: "Population municipale au 1er janvier 2025",
        legendTitle: "Habitants", source: "Source : DGCL, populations légales 2025 (Licence Ouverte) · Fond : IGN Admin Express 2018",
        credits: "Réalisation : CAPSO avec audomap"),
      design: MapDesign(labels: .top(5)), size: preset.size,
      brandPath: packageRoot.appendingPathComponent("Palettes/capso.yml").path, outputPaths: [])
    switch demo {
    case .population: break
    case .change:
      request.filters = []
      request.join.derivedValue = .change(from: "2019", to: "2025", periodColumn: nil, kind: .percent)
      request.design = MapDesign(labels: .none, divergingCenter: 0, unit: "%")
    case .circles:
      request.design = MapDesign(kind: .symbols, labels: .top(5))
    }
    return request
  }

  @Test(arguments: cases)
  func nothingOverlapsOrLeavesThePage(_ demo: Demo, _ presetName: String) throws {
    let preset = try #require(Preset(presetName))
    let map = try MapJob.layout(request(demo, preset: preset))
    let scene = map.scene
    let page = Rect(x: 0, y: 0, width: scene.width, height: scene.height)
    let measurer = PangoTextMeasurer()
    let texts = allTexts(scene.items)
    #expect(!texts.isEmpty)
    var boxes: [(group: String, box: Rect)] = []
    for (group, text) in texts {
      #expect(text.font.size >= 12, "\(presetName): '\(text.text)' is \(text.font.size) px")
      let extent = measurer.measure(text.text, font: text.font, wrapWidth: text.wrapWidth)
      let box = Rect(x: text.origin.x, y: text.origin.y, width: extent.width, height: extent.height)
      #expect(page.contains(box), "\(presetName): '\(text.text)' leaves the page")
      boxes.append((group, box))
    }
    for (i, a) in boxes.enumerated() {
      for b in boxes[(i + 1)...] where !(a.group == "legend" && b.group == "legend") {
        #expect(!a.box.intersects(b.box), "\(demo) \(presetName): \(a.group) and \(b.group) texts overlap")
      }
    }
    // Titles, legend, scale and source stay off the communes.
    let communes = paths(named: "communes", in: scene.items)
    for (group, box) in boxes where group != "labels" {
      #expect(!communes.contains { path in path.points.contains { box.contains(Rect(x: $0.x, y: $0.y, width: 0, height: 0)) } },
        "\(demo) \(presetName): the \(group) text over a commune")
    }
  }

  @Test(arguments: cases)
  func everyLabelSitsOnItsCommune(_ demo: Demo, _ presetName: String) throws {
    let preset = try #require(Preset(presetName))
    let map = try MapJob.layout(request(demo, preset: preset))
    let communes = paths(named: "communes", in: map.scene.items)
    #expect(map.layout.placedLabels.count + map.report.droppedLabels.count == (demo == .change ? 0 : 5))
    if demo != .change { #expect(map.layout.placedLabels.count >= 3, "\(presetName): \(map.report.droppedLabels)") }
    for label in map.layout.placedLabels {
      // Every CAPSO feature is drawn, so the feature index is the path's.
      #expect(contains(communes[label.feature], label.anchor), "\(presetName): a label anchor outside its commune")
      #expect(label.box.x <= label.anchor.x && label.anchor.x <= label.box.maxX)
      #expect(label.box.y <= label.anchor.y && label.anchor.y <= label.box.maxY)
      if let legend = map.layout.legendRect { #expect(!legend.intersects(label.box)) }
    }
  }

  // MARK: - Reading the scene

  private func allTexts(_ items: [SceneItem], group: String = "") -> [(String, SceneText)] {
    items.flatMap { item -> [(String, SceneText)] in
      switch item {
      case .text(let text): return [(group, text)]
      case .group(let name, let children): return allTexts(children, group: name)
      case .shape, .image: return []
      }
    }
  }

  private func paths(named name: String, in items: [SceneItem]) -> [PathGeometry] {
    for case .group(let groupName, let children) in items where groupName == name {
      return children.compactMap { item in
        guard case .shape(let shape) = item, case .path(let path) = shape.shape else { return nil }
        return path
      }
    }
    return []
  }

  /// Even-odd test over every subpath of a page path.
  private func contains(_ path: PathGeometry, _ point: Point) -> Bool {
    var inside = false
    var start = 0
    for length in path.subpathLengths {
      let ring = path.points[start..<(start + length)]
      var previous = ring.last!
      for current in ring {
        if (current.y > point.y) != (previous.y > point.y),
          point.x < (previous.x - current.x) * (point.y - current.y) / (previous.y - current.y) + current.x
        {
          inside.toggle()
        }
        previous = current
      }
      start += length
    }
    return inside
  }
}
