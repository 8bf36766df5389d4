import AudomapTestSupport
import Testing

@testable import AudomapCore

@Suite struct ContrastTests {
  /// Expected luminances and ratios come from the WCAG 2.x formulas evaluated
  /// separately in Python, with WCAG's own 0.03928 threshold:
  /// `L = 0.2126 R + 0.7152 G + 0.0722 B` on linearized components,
  /// `(L1 + 0.05) / (L2 + 0.05)`.
  @Test(arguments: [
    ("#FFFFFF", 1.0), ("#000000", 0.0), ("#808080", 0.2158605001), ("#777777", 0.1844749945),
    ("#4D227A", 0.0412697610),
  ])
  func relativeLuminance(hex: String, expected: Double) throws {
    #expect(abs(try #require(Color(hex: hex)).relativeLuminance - expected) < 1e-9)
  }

  @Test func blackOnWhiteIs21To1() {
    #expect(abs(Color.black.contrastRatio(with: .white) - 21) < 1e-12)
    #expect(Color.white.contrastRatio(with: .black) == Color.black.contrastRatio(with: .white))
    #expect(Color.white.contrastRatio(with: .white) == 1)
  }

  @Test func grey777OnWhiteFailsAAForNormalTextOnly() throws {
    let grey = try #require(Color(hex: "#777777"))
    #expect(abs(grey.contrastRatio(with: .white) - 4.478089) < 1e-6)
    let normal = TextOnBackground(role: "Legend labels", text: grey, background: .white, size: .normal)
    let large = TextOnBackground(role: "Title", text: grey, background: .white, size: .large)
    let warnings = ContrastCheck.check([normal, large])
    #expect(warnings.map(\.sample) == [normal])
    // Truncated, not rounded: 4.478 prints as 4.47, never as a passing-looking 4.5.
    #expect(
      warnings.first?.description
        == "Legend labels: #777777 on #FFFFFF has a contrast of 4.47:1, below the 4.5:1 WCAG AA asks for "
        + "normal text. Darken the text colour or lighten the background.")
    // One shade darker passes (4.54:1).
    let darker = try #require(Color(hex: "#767676"))
    #expect(ContrastCheck.check([.init(role: "Legend labels", text: darker, background: .white, size: .normal)]).isEmpty)
  }

  @Test(arguments: [
    (24.0, false, TextSize.large), (23.9, false, .normal), (18.66, true, .large), (18.6, true, .normal),
    (18.66, false, .normal),
  ])
  func largeTextFollowsWCAGSizes(pixelSize: Double, bold: Bool, expected: TextSize) {
    #expect(TextSize(pixelSize: pixelSize, bold: bold) == expected)
  }

  @Test func translucentTextIsCompositedFirst() {
    // Half-transparent black over white is seen as the grey of component 0.5
    // (luminance 0.214041): 1.05 / 0.264041 = 3.98:1.
    let ink = Color(red: 0, green: 0, blue: 0, alpha: 0.5)
    let sample = TextOnBackground(role: "Notes", text: ink, background: .white, size: .normal)
    #expect(abs(sample.contrastRatio - 3.976653) < 1e-6)
    #expect(ContrastCheck.check([sample]).count == 1)
  }

  @Test func capsoTextColoursPassAA() throws {
    let palette = try Palette.load(path: packageRoot.appendingPathComponent("Palettes/capso.yml").path)
    #expect(ContrastCheck.check(palette: palette).isEmpty)
    // The margin: the wordmark purple is 11.5:1 on white, the grey 5.33:1.
    #expect(abs(palette.text.contrastRatio(with: palette.background) - 11.504358) < 1e-5)
    #expect(abs(palette.secondaryText.contrastRatio(with: palette.background) - 5.329212) < 1e-5)
  }

  @Test func paleSecondaryTextIsReported() throws {
    let palette = Palette(
      name: "Pale", sequentialAnchors: [.white, .black], text: .black,
      secondaryText: try #require(Color(hex: "#999999")), border: .white, noData: .white, background: .white)
    let warnings = ContrastCheck.check(palette: palette)
    #expect(warnings.map(\.sample.role) == ["Sources and notes (neutrals.secondary_text)"])
    #expect(abs((warnings.first?.ratio ?? 0) - 2.849028) < 1e-6)
  }
}
