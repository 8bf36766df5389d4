import AudomapCore
import Testing

@testable import AudomapRender

@Suite struct PNGRenderingTests {
  @Test func pixelSizeIsTheSceneSizeTruncated() throws {
    let png = try SceneRenderer.render(Scene(width: 320.9, height: 123, background: .white), as: .png)
    #expect(PNGHeader(png) == PNGHeader(width: 320, height: 123, bitDepth: 8, colorType: 2))
  }

  @Test func transparentBackgroundKeepsAlpha() throws {
    let png = try SceneRenderer.render(Scene(width: 40, height: 30), as: .png)
    #expect(PNGHeader(png)?.colorType == 6)
    #expect(try DecodedImage(png: png).argb(x: 5, y: 5) == 0x0000_0000)
  }

  @Test func filledRectangleIsRedAtItsCentreOnly() throws {
    let image = try DecodedImage(png: SceneRenderer.render(Fixtures.redRectangle, as: .png))
    #expect(image.width == 100 && image.height == 60)
    #expect(image.argb(x: 50, y: 30) == 0xFFFF_0000)
    #expect(image.argb(x: 5, y: 5) == 0xFFFF_FFFF)
    #expect(image.argb(x: 90, y: 55) == 0xFFFF_FFFF)
  }

  /// A logo: a PNG painted scaled into its rectangle, in PNG, SVG and PDF alike.
  @Test func anImageIsPaintedScaledIntoItsRectangle() throws {
    let green = Color(red: 0x76 / 255, green: 0xB7 / 255, blue: 0x29 / 255)
    let logo = try SceneRenderer.render(Scene(width: 20, height: 10, background: green), as: .png)
    let scene = Scene(width: 100, height: 100, background: .white, items: [
      .image(SceneImage(png: logo, rect: Rect(x: 10, y: 60, width: 40, height: 20)))
    ])
    let image = try DecodedImage(png: SceneRenderer.render(scene, as: .png))
    #expect(image.argb(x: 30, y: 70) == 0xFF76_B729)
    #expect(image.argb(x: 30, y: 50) == 0xFFFF_FFFF && image.argb(x: 60, y: 70) == 0xFFFF_FFFF)
    let svg = String(decoding: try SceneRenderer.render(scene, as: .svg), as: UTF8.self)
    #expect(svg.contains("<image"))
    #expect(try SceneRenderer.render(scene, as: .pdf).count > 1_000)
  }

  /// "No data": diagonal lines 4 widths apart over the fill, and nothing outside the shape.
  @Test func aHatchDrawsDiagonalLinesInsideTheShapeOnly() throws {
    let square = Rect(x: 20, y: 20, width: 60, height: 60)
    let scene = Scene(width: 100, height: 100, background: .white, items: [
      .shape(SceneShape(.rectangle(square), fill: .white, hatch: Stroke(color: .black, width: 2)))
    ])
    let image = try DecodedImage(png: SceneRenderer.render(scene, as: .png))
    func dark(_ x: Int, _ y: Int) -> Bool { image.argb(x: x, y: y) & 0xFF < 0x80 }
    let inside = (22..<78).flatMap { y in (22..<78).map { (x: $0, y: y) } }
    let share = Double(inside.filter { dark($0.x, $0.y) }.count) / Double(inside.count)
    #expect(share > 0.15 && share < 0.4, "\(share)")  // a 2-unit line every 8 units: about a quarter
    // Along a 45° line x + y = c the pixel stays the same; across it, it changes.
    #expect(inside.contains { dark($0.x, $0.y) && dark($0.x + 5, $0.y - 5) && !dark($0.x + 4, $0.y) })
    #expect((0..<100).allSatisfy { !dark($0, 5) && !dark($0, 95) && !dark(5, $0) && !dark(95, $0) })
  }

  @Test func holesStayEmptyWhateverTheirWinding() throws {
    let image = try DecodedImage(png: SceneRenderer.render(Fixtures.squareWithHole, as: .png))
    #expect(image.argb(x: 20, y: 50) == 0xFF00_00FF)
    #expect(image.argb(x: 50, y: 50) == 0xFFFF_FFFF)
  }

  @Test func strokeIsDrawnOverTheFill() throws {
    let shape = SceneShape(
      .rectangle(Rect(x: 20, y: 20, width: 60, height: 60)), fill: Fixtures.red,
      stroke: Stroke(color: .black, width: 4))
    let image = try DecodedImage(
      png: SceneRenderer.render(Scene(width: 100, height: 100, background: .white, items: [.shape(shape)]), as: .png))
    #expect(image.argb(x: 20, y: 50) == 0xFF00_0000)
    #expect(image.argb(x: 50, y: 50) == 0xFFFF_0000)
  }

  @Test func circlesAndGroupedItemsAreDrawn() throws {
    let circle = SceneItem.shape(SceneShape(.circle(center: Point(x: 50, y: 50), radius: 20), fill: Fixtures.blue))
    let scene = Scene(width: 100, height: 100, background: .white, items: [.group(name: "legend", items: [circle])])
    let image = try DecodedImage(png: SceneRenderer.render(scene, as: .png))
    #expect(image.argb(x: 50, y: 50) == 0xFF00_00FF)
    #expect(image.argb(x: 50, y: 25) == 0xFFFF_FFFF)
  }

  @Test func sameSceneGivesTheSameBytes() throws {
    let first = try SceneRenderer.render(Fixtures.smallMap, as: .png)
    _ = try SceneRenderer.render(Fixtures.redRectangle, as: .svg)
    #expect(try SceneRenderer.render(Fixtures.smallMap, as: .png) == first)
  }

  @Test func rendersFromSeveralThreadsAtOnce() async throws {
    let expected = try SceneRenderer.render(Fixtures.smallMap, as: .png)
    let results = try await withThrowingTaskGroup(of: [UInt8].self) { group in
      for _ in 0..<8 {
        group.addTask { try SceneRenderer.render(Fixtures.smallMap, as: .png) }
      }
      return try await group.reduce(into: []) { $0.append($1) }
    }
    #expect(results.count == 8)
    #expect(results.allSatisfy { $0 == expected })
  }
}
