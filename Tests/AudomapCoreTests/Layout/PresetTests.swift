import AudomapCore
import Testing

@Suite struct PresetTests {
  @Test(arguments: [
    ("instagram", 1080, 1080), ("portrait", 1080, 1350), ("story", 1080, 1920), ("x", 1600, 900),
    ("facebook", 1200, 630), ("linkedin", 1200, 627), ("a4", 595, 842), ("A4-Landscape", 842, 595),
    ("1200x800", 1200, 800),
  ])
  func namesAndSizesGiveTheirPages(_ name: String, _ width: Int, _ height: Int) throws {
    let preset = try #require(Preset(name))
    #expect(preset.size == PageSize(width: width, height: height))
    #expect(preset.isPrint == name.lowercased().hasPrefix("a4"))
  }

  @Test func unknownNamesAndBadSizesAreRefused() {
    #expect(Preset("tiktok") == nil)
    #expect(Preset("10x10") == nil)
    #expect(Preset("") == nil)
  }
}
