import AudomapCore

@testable import AudomapRender

/// The pixels of `scene` drawn in `bandCount` bands, as 32-bit words
/// (the unused byte of RGB24 cleared), row by row.
func rasterPixels(_ scene: Scene, bandCount: Int) throws -> [UInt32] {
  let surface = try CairoSurface.image(
    width: Int32(scene.width), height: Int32(scene.height), opaque: scene.background?.alpha == 1)
  try BandedRasterizer.draw(scene, on: surface, bandCount: bandCount)
  return try pixelWords(of: surface)
}

/// The pixels of `scene` drawn in one piece, straight onto one surface.
func singlePiecePixels(_ scene: Scene) throws -> [UInt32] {
  let surface = try CairoSurface.image(
    width: Int32(scene.width), height: Int32(scene.height), opaque: scene.background?.alpha == 1)
  try SceneRenderer.draw(scene, on: surface)
  return try pixelWords(of: surface)
}

func pixelWords(of surface: CairoSurface) throws -> [UInt32] {
  try surface.withPixels { pixels in
    var words: [UInt32] = []
    words.reserveCapacity(pixels.width * pixels.height)
    for y in 0..<pixels.height {
      let row = pixels.base.advanced(by: y * pixels.stride).assumingMemoryBound(to: UInt32.self)
      for x in 0..<pixels.width { words.append(pixels.hasAlpha ? row[x] : row[x] & 0x00FF_FFFF) }
    }
    return words
  }
}

/// The SVG document Cairo writes for `scene` with every path drawn by Cairo
/// itself (no placeholders), post-processed as the renderer does.
func svgWithCairoPaths(_ scene: Scene) throws -> [UInt8] {
  let surface = try CairoSurface.svg(width: scene.width, height: scene.height)
  try SceneRenderer.draw(scene, on: surface)
  return SVGPostProcessor.process(try surface.finishDocument("SVG"), title: scene.title)
}

/// The values of the `d` attributes on the page (after the glyph definitions), as written.
func pagePathData(_ svg: [UInt8]) -> [String] {
  let text = String(decoding: svg, as: UTF8.self)
  guard let page = text.range(of: "<g id=\"surface") else { return [] }
  return text[page.lowerBound...].matches(of: /\sd="([^"]*)"/).map { String($0.output.1) }
}

/// Where two arrays first differ, so that a failure prints a line rather
/// than megabytes; nil when they are equal.
func firstDifference<Element: Equatable>(_ actual: [Element], _ expected: [Element]) -> String? {
  guard actual != expected else { return nil }
  let index =
    zip(actual, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset
    ?? min(actual.count, expected.count)
  return "first difference at index \(index) (counts \(actual.count) and \(expected.count))"
}
