import Foundation
import Testing

@testable import AudomapCore

@Suite struct PageFrameTests {
  static let logoPath = Bundle.module.url(forResource: "logo-80x40", withExtension: "png", subdirectory: "Fixtures/Brand")!.path

  /// A kit naming a logo beside it: read relative to the kit, its size from the PNG header.
  func kit(logo: String) throws -> Palette {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("audomap-kit-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: Self.logoPath, toPath: folder.appendingPathComponent("logo.png").path)
    let yaml = """
      name: Test
      sequential: ["#FFFFFF", "#000000"]
      neutrals:
        text: "#111111"
        secondary_text: "#555555"
        border: "#FFFFFF"
        no_data: "#DDDDDD"
        background: "#FFFFFF"
      logo: \(logo)
      """
    let path = folder.appendingPathComponent("kit.yml").path
    try Data(yaml.utf8).write(to: URL(fileURLWithPath: path))
    return try Palette.load(path: path)
  }

  @Test func theLogoSitsRightOfTheSourceLineAndTheZoneEndsAboveBoth() throws {
    let palette = try kit(logo: "logo.png")
    let logo = try #require(palette.logo)
    #expect(logo.width == 80 && logo.height == 40)
    let page = Rect(x: 0, y: 0, width: 1080, height: 1080)
    let type = Typography(page: page, family: "Lato")
    let texts = MapTexts(title: "Titre", source: String(repeating: "Source : un long texte de provenance · ", count: 4))
    let frame = PageFrame(texts: texts, page: page, type: type, palette: palette, measurer: MonospaceMeasurer())
    let images = frame.footer.compactMap { item -> SceneImage? in
      if case .image(let image) = item { return image }
      return nil
    }
    let image = try #require(images.first)
    #expect(image.rect.width == image.rect.height * 2)  // the 80×40 aspect
    #expect(abs(image.rect.maxX - 1036) < 1e-9 && abs(image.rect.maxY - 1036) < 1e-9)  // inside the 44-unit margins
    for case .text(let text) in frame.footer {
      let extent = MonospaceMeasurer().measure(text.text, font: text.font, wrapWidth: text.wrapWidth)
      #expect(!Rect(x: text.origin.x, y: text.origin.y, width: extent.width, height: extent.height).intersects(image.rect))
    }
    #expect(frame.zone.maxY < image.rect.y)
  }

  @Test func aLogoThatIsNotAPNGIsRefused() throws {
    #expect(throws: PaletteError.self) { try kit(logo: "kit.yml") }
    #expect(throws: PaletteError.self) { try kit(logo: "missing.png") }
  }
}
