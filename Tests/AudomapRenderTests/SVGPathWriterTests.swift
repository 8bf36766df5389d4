import AudomapCore
import AudomapTestSupport
import Testing

@testable import AudomapRender

/// ``SVGPathWriter`` must write what Cairo writes for the same path, after
/// ``SVGPathData/compact(_:)``: the SVG bytes do not change.
@Suite struct SVGPathWriterTests {
  /// What Cairo writes for `geometry` filled and stroked, compacted.
  private func cairoData(_ geometry: PathGeometry) throws -> String? {
    let scene = Scene(
      width: 100, height: 100,
      items: [.shape(SceneShape(.path(geometry), fill: .black, stroke: Stroke(color: .white, width: 1)))])
    return pagePathData(try svgWithCairoPaths(scene)).first
  }

  private func writerData(_ geometry: PathGeometry) -> String {
    var writer = SVGPathWriter()
    var output: [UInt8] = []
    writer.append(geometry, to: &output)
    return String(decoding: output, as: UTF8.self)
  }

  /// Points that Cairo simplifies: repeated points, points on a straight
  /// line, a line turning straight back, a ring closed onto its start,
  /// one-point and two-point subpaths, and values that round half to even.
  @Test(arguments: [
    [[(10.0, 10.0), (20, 10), (20, 10), (30, 10), (30, 20), (10, 10)]],
    [[(10.0, 10.0), (20, 10), (15, 10), (15, 20)], [(50, 50)], [(60, 60), (61, 61)]],
    [[(0.001953125, 0.005859375), (10.1015625, -3.0078125), (0.0976562, 0.01171875), (-0.00390625, 5)]],
    [[(1.0, 1.0), (2, 2), (3, 3.001), (4, 4)], [(5, 5), (5, 5), (5, 5)]],
    [[(99.99, 0.04), (0.1, 0.099), (12345.678, -0.0625)]],
  ])
  func simplifiedPathsMatchCairo(_ subpaths: [[(Double, Double)]]) throws {
    for closed in [true, false] {
      var geometry = PathGeometry(closed: closed)
      for subpath in subpaths { geometry.append(subpath: subpath.map { Point(x: $0.0, y: $0.1) }) }
      #expect(try cairoData(geometry) == writerData(geometry), "closed: \(closed)")
    }
  }

  /// Thousands of random paths, on a grid of 1/512 so that roundings tie,
  /// with repeated and aligned points.
  @Test func randomPathsMatchCairo() throws {
    var random = SeededGenerator(seed: 42)
    for _ in 0..<300 {
      var geometry = PathGeometry(closed: Bool.random(using: &random))
      for _ in 0..<Int.random(in: 1...4, using: &random) {
        var points: [Point] = []
        for _ in 0..<Int.random(in: 1...12, using: &random) {
          if let last = points.last, Int.random(in: 0..<4, using: &random) == 0 {
            // Repeat the point, or go on (or back) along the same line.
            let step = Double(Int.random(in: -2...2, using: &random))
            let previous = points.count > 1 ? points[points.count - 2] : Point(x: 0, y: 0)
            points.append(Point(x: last.x + step * (last.x - previous.x), y: last.y + step * (last.y - previous.y)))
          } else {
            points.append(
              Point(
                x: Double(Int.random(in: -2000...60000, using: &random)) / 512,
                y: Double(Int.random(in: -2000...60000, using: &random)) / 512))
          }
        }
        geometry.append(subpath: points)
      }
      let expected = try cairoData(geometry)
      let actual = writerData(geometry)
      // Cairo writes no element when the path has nothing to fill or stroke.
      if let expected { #expect(expected == actual) }
    }
  }

  /// `_cairo_dtostr`: 6 decimals, 7 below 0.1, 8 below 0.01; ties to even.
  @Test func printedValuesAreCairos() {
    #expect(SVGPathWriter.printed(26) == 10_156_200)  // 0.1015625 → 0.101562
    #expect(SVGPathWriter.printed(-26) == -10_156_200)
    #expect(SVGPathWriter.printed(25) == 9_765_620)  // 0.09765625 → 0.0976562
    #expect(SVGPathWriter.printed(3) == 1_171_880)  // 0.01171875 → 0.0117188
    #expect(SVGPathWriter.printed(1) == 390_625)  // 0.00390625
    #expect(SVGPathWriter.printed(0) == 0)
    #expect(SVGPathWriter.printed(256 * 1000 + 3) == 100_001_171_900)  // 1000.01171875 → 1000.011719
  }
}

@Suite struct SVGPlaceholderTests {
  /// What Cairo writes for placeholder `index`.
  private func placeholderData(_ index: Int) throws -> [UInt8] {
    let surface = try CairoSurface.svg(width: 50, height: 50)
    let context = try CairoContext(surface: surface)
    context.draw(SceneShape(.rectangle(Rect(x: 0, y: 0, width: 1, height: 1)), fill: .black), placeholder: index)
    try context.checkStatus(while: "drawing")
    let svg = String(decoding: try surface.finishDocument("SVG"), as: UTF8.self)
    return svg.matches(of: /\sd="([^"]*)"/).last.map { Array(String($0.output.1).utf8) } ?? []
  }

  @Test(arguments: [0, 1, 35_000, SVGPlaceholder.indices.upperBound - 1])
  func cairosPlaceholderIsRecognised(_ index: Int) throws {
    let data = try placeholderData(index)
    #expect(data.withUnsafeBufferPointer { SVGPlaceholder.index(of: $0) } == index)
  }

  @Test(arguments: [
    "M 0 0 L 1 0 L 1 1 L 0 1 Z M 0 0 ", "M 0 0 L 1 0 L 0 1 Z M 7.5 0 Z M 7.5 0 ", "M 0 0 L 1 0 L 0 1 Z M 3 1 Z M 3 1 ",
    "M 0 0 L 1 0 L 0 1 Z M 3 0 Z M 3 0 Z M 3 0 ", "M 270 60 C 270 66 265 72 258 72 Z", "",
  ])
  func otherPathsAreNot(_ data: String) {
    #expect(Array(data.utf8).withUnsafeBufferPointer { SVGPlaceholder.index(of: $0) } == nil)
  }

  /// Whole documents: every kind of shape, transparent fills Cairo leaves
  /// out, groups and text, give the same bytes with and without placeholders.
  /// Shapes cross the page edges or lie beyond them (Cairo leaves those out,
  /// or only their fill or their stroke); one page has a fractional size.
  @Test(arguments: [UInt64(1), 2, 3, 4])
  func documentIsTheSameAsWithCairosPaths(_ seed: UInt64) throws {
    let width = seed == 4 ? 320.4 : 320
    var scene = RandomScenes.scene(width: width, height: 240, background: .white, count: 300, seed: seed)
    var random = SeededGenerator(seed: seed)
    // Shapes Cairo does not write, between shapes it does.
    let invisible = SceneShape(
      .path(RandomScenes.polygon(around: Point(x: 50, y: 50), radius: 10, &random)),
      fill: Color(red: 1, green: 0, blue: 0, alpha: 0))
    scene.items.insert(.shape(invisible), at: 1)
    scene.items.append(.shape(invisible))
    scene.title = "Random \(seed)"
    let svg = try SceneRenderer.render(scene, as: .svg)
    #expect(firstDifference(svg, try svgWithCairoPaths(scene)) == nil)
    #expect(pagePathData(svg).count > 100)
  }
}
