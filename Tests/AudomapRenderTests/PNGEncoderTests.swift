import AudomapCore
import Testing

@testable import AudomapRender

/// ``PNGEncoder`` against Cairo's own PNG writer: the same pixels, read back
/// through libpng (which also checks every chunk's CRC and the zlib stream).
@Suite struct PNGEncoderTests {
  /// Draws `scene` on one surface and encodes it both ways.
  private func encodeBothWays(_ scene: Scene) throws -> (ours: [UInt8], cairo: [UInt8]) {
    let surface = try CairoSurface.image(
      width: Int32(scene.width), height: Int32(scene.height), opaque: scene.background?.alpha == 1)
    try SceneRenderer.draw(scene, on: surface)
    let ours = try surface.withPixels { pixels throws(RenderError) in try PNGEncoder.encode(pixels) }
    return (ours, try surface.cairoPNGBytes())
  }

  @Test func opaqueSceneIsRGBWithCairosPixels() throws {
    let scene = RandomScenes.scene(width: 300, height: 200, background: .white, count: 120, seed: 1)
    let (ours, cairo) = try encodeBothWays(scene)
    #expect(PNGHeader(ours) == PNGHeader(width: 300, height: 200, bitDepth: 8, colorType: 2))
    #expect(firstDifference(try DecodedImage(png: ours).pixels, try DecodedImage(png: cairo).pixels) == nil)
  }

  /// Transparent background, antialiased edges and semi-transparent fills:
  /// alpha 0, 255 and everything between, un-premultiplied as Cairo does.
  @Test func transparentSceneIsRGBAWithCairosPixels() throws {
    let scene = RandomScenes.scene(width: 300, height: 200, background: nil, count: 120, seed: 2)
    let (ours, cairo) = try encodeBothWays(scene)
    #expect(PNGHeader(ours) == PNGHeader(width: 300, height: 200, bitDepth: 8, colorType: 6))
    let decoded = try DecodedImage(png: ours)
    #expect(firstDifference(decoded.pixels, try DecodedImage(png: cairo).pixels) == nil)
    let alphas = Set(decoded.pixels.map { $0 >> 24 })
    #expect(alphas.contains(0) && alphas.contains(255) && alphas.count > 50)
  }

  /// Noisy pixels: many rows batches and IDAT chunks.
  @Test func largeImageSpansManyChunks() throws {
    let scene = RandomScenes.scene(width: 700, height: 900, background: Color(hex: "#F7F7F2"), count: 3000, seed: 3)
    let (ours, cairo) = try encodeBothWays(scene)
    #expect(ours.count > 2 * PNGEncoder.idatSize)
    #expect(firstDifference(try DecodedImage(png: ours).pixels, try DecodedImage(png: cairo).pixels) == nil)
  }

  @Test func onePixelImage() throws {
    let (ours, cairo) = try encodeBothWays(Scene(width: 1, height: 1, background: Fixtures.red))
    #expect(firstDifference(try DecodedImage(png: ours).pixels, try DecodedImage(png: cairo).pixels) == nil)
    #expect(try DecodedImage(png: ours).argb(x: 0, y: 0) == 0xFFFF_0000)
  }

  /// Signature, IHDR first, a white bKGD as Cairo writes, IDAT, IEND last.
  @Test func chunksAreInPNGOrder() throws {
    let png = try SceneRenderer.render(Fixtures.smallMap, as: .png)
    var types: [String] = []
    var offset = 8
    while offset + 8 <= png.count {
      let length = png[offset..<(offset + 4)].reduce(0) { $0 << 8 | Int($1) }
      types.append(String(decoding: png[(offset + 4)..<(offset + 8)], as: UTF8.self))
      offset += 12 + length
    }
    #expect(offset == png.count)
    #expect(types.first == "IHDR" && types.last == "IEND")
    #expect(types.dropFirst().first == "bKGD")
    #expect(types.dropFirst(2).dropLast().allSatisfy { $0 == "IDAT" })
  }
}
