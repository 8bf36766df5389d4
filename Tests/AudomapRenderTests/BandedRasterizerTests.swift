import AudomapCore
import Testing

@testable import AudomapRender

/// Drawing in bands, one thread each, must give the very pixels of drawing in one piece.
@Suite struct BandedRasterizerTests {
  struct BandCase: Sendable, CustomTestStringConvertible {
    let bands: Int
    let opaque: Bool
    var testDescription: String { "\(bands) bands, \(opaque ? "opaque" : "transparent")" }
  }

  /// Shapes, strokes and texts cross every band edge; some shapes lie off the page.
  @Test(arguments: [
    BandCase(bands: 2, opaque: true), BandCase(bands: 3, opaque: true), BandCase(bands: 2, opaque: false),
    BandCase(bands: 7, opaque: false),
  ])
  func bandsGiveTheSamePixelsAsOnePiece(_ bandCase: BandCase) throws {
    let scene = RandomScenes.scene(
      width: 400, height: 600, background: bandCase.opaque ? Color(hex: "#F7F7F2") : nil, count: 600,
      seed: UInt64(bandCase.bands))
    let bands = BandedRasterizer.rowRanges(
      for: DrawItem.flatten(scene.items), height: 600, count: bandCase.bands)
    #expect(bands.count == bandCase.bands)
    #expect(firstDifference(try rasterPixels(scene, bandCount: bandCase.bands), try singlePiecePixels(scene)) == nil)
  }

  @Test func theRealRendererGivesTheSameFileWithAnyBandCount() throws {
    let scene = RandomScenes.scene(width: 300, height: 400, background: .white, count: 300, seed: 9)
    let image = try CairoSurface.image(width: 300, height: 400, opaque: true)
    try BandedRasterizer.draw(scene, on: image, bandCount: 1)
    let onePiece = try image.withPixels { pixels throws(RenderError) in try PNGEncoder.encode(pixels) }
    #expect(firstDifference(try SceneRenderer.render(scene, as: .png), onePiece) == nil)
  }

  @Test func pagesTooShortForTwoBandsAreDrawnInOnePiece() {
    #expect(BandedRasterizer.rowRanges(for: [], height: 100, count: 1) == [0..<100])
  }

  /// Bands cover the page without gaps, are never thinner than the minimum,
  /// and split the work (path points) about evenly.
  @Test func bandsSplitThePointsEvenly() {
    let scene = RandomScenes.scene(width: 500, height: 1000, background: .white, count: 2000, seed: 4)
    let items = DrawItem.flatten(scene.items)
    for count in 2...6 {
      let bands = BandedRasterizer.rowRanges(for: items, height: 1000, count: count)
      #expect(bands.count == count)
      #expect(bands.first?.lowerBound == 0 && bands.last?.upperBound == 1000)
      #expect(zip(bands, bands.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
      #expect(bands.allSatisfy { $0.count >= BandedRasterizer.minimumBandHeight })
      let points = bands.map { band in
        items.reduce(0) { sum, item in
          guard case .shape(let shape, let minY, let maxY) = item, case .path(let path) = shape.shape,
            band.contains(Int(min(max((minY + maxY) / 2, 0), 999)))
          else { return sum }
          return sum + path.points.count
        }
      }
      let total = points.reduce(0, +)
      #expect(points.allSatisfy { abs($0 * count - total) < total / 5 }, "\(points)")
    }
  }

  @Test func sceneWithoutShapesIsSplitEvenly() {
    #expect(BandedRasterizer.rowRanges(for: [], height: 300, count: 3) == [0..<100, 100..<200, 200..<300])
  }

  /// Strokes, including the 1 px margin for antialiasing, count in a shape's rows.
  @Test func drawItemRowsIncludeTheStrokeAndAntialiasing() {
    let shape = SceneShape(
      .rectangle(Rect(x: 0, y: 10, width: 5, height: 20)), fill: .black, stroke: Stroke(color: .white, width: 4))
    let items = DrawItem.flatten([
      .group(name: "g", items: [.shape(shape), .shape(SceneShape(.circle(center: Point(x: 0, y: 0), radius: 1)))])
    ])
    #expect(items.count == 1)
    guard case .shape(_, let minY, let maxY) = items.first else {
      Issue.record("expected a shape")
      return
    }
    #expect(minY == 7 && maxY == 33)
  }
}
