import AudomapCore
import Testing

@Suite struct ColorTests {
  @Test(arguments: [("#76B729", "#76B729"), ("76b729", "#76B729"), ("#FFF", "#FFFFFF"), ("#3A2E8780", "#3A2E87")])
  func parsesHex(text: String, hex: String) {
    #expect(Color(hex: text)?.hex == hex)
  }

  @Test func keepsAlpha() {
    #expect(Color(hex: "#00000080")?.alpha == 128.0 / 255)
  }

  @Test(arguments: ["", "#12", "#12345", "#+76B72", "#GGGGGG", "#-1234567", "red"])
  func refusesWhatIsNotHex(text: String) {
    #expect(Color(hex: text) == nil)
  }
}
