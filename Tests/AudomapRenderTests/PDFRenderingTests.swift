import AudomapCore
import AudomapRender
import Testing

/// PDF bytes are not compared with a golden file: Cairo writes its version
/// into /Producer and changes its date format between versions. Page count,
/// page size, date and title are checked instead.
@Suite struct PDFRenderingTests {
  private let bytes = (try? SceneRenderer.render(Fixtures.smallMap, as: .pdf)) ?? []

  /// One character per byte (Latin-1), so binary streams cannot swallow the ASCII around them.
  private func text(_ bytes: [UInt8]) -> String {
    String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
  }

  @Test func isOnePageOfTheSceneSizeInPoints() {
    let pdf = text(bytes)
    #expect(pdf.hasPrefix("%PDF-"))
    #expect(pdf.matches(of: /\/Type \/Page\b/).count == 1)
    #expect(pdf.contains("/MediaBox [ 0 0 320 200 ]"))
  }

  @Test func hasTheFixedCreationDateAndTheTitle() {
    let pdf = text(bytes)
    // Cairo 1.16 writes the date without the "D:" prefix; later versions add it.
    #expect(pdf.contains(/\/CreationDate \((D:)?20000101000000Z\)/))
    #expect(pdf.contains("/Title (Population & communes)"))
  }

  @Test func nonASCIITitleIsWrittenInUTF16() throws {
    let pdf = text(try SceneRenderer.render(Scene(width: 10, height: 10, title: "Évolution"), as: .pdf))
    #expect(pdf.contains("/Title <FEFF00C90076006F006C007500740069006F006E>"))
  }

  @Test func renderingTwiceGivesTheSameBytes() throws {
    #expect(try SceneRenderer.render(Fixtures.smallMap, as: .pdf) == bytes)
  }
}
