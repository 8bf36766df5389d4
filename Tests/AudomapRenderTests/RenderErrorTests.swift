import AudomapCore
import AudomapRender
import Testing

@Suite struct RenderErrorTests {
  struct SizeCase: Sendable, CustomTestStringConvertible {
    let width: Double
    let height: Double
    var testDescription: String { "\(width)×\(height)" }
  }

  @Test(arguments: [
    SizeCase(width: 0, height: 100), SizeCase(width: 100, height: 0.5), SizeCase(width: 20_001, height: 10),
    SizeCase(width: -5, height: 10), SizeCase(width: .infinity, height: 10), SizeCase(width: 10, height: .nan),
  ])
  func sizeOutOfRangeIsAUsageError(_ size: SizeCase) {
    for format in OutputFormat.allCases {
      #expect {
        try SceneRenderer.render(Scene(width: size.width, height: size.height), as: format)
      } throws: { error in
        guard case .invalidSize = error as? RenderError else { return false }
        return (error as? RenderError)?.exitStatus == .usage
      }
    }
  }

  @Test func largestSizeIsAccepted() throws {
    let svg = try SceneRenderer.render(Scene(width: 20_000, height: 1), as: .svg)
    #expect(!svg.isEmpty)
  }

  @Test func messagesSayWhatFailedAndWhatToDo() {
    #expect(
      RenderError.invalidSize(width: 0, height: 1080).description
        == "Page size 0×1080 is out of range: width and height must each be 1 to 20000 pixels (points for PDF). "
        + "Use a --size in that range.")
    #expect(
      RenderError.outOfMemory(operation: "creating the 20000×20000 PNG image").description
        == "Out of memory while creating the 20000×20000 PNG image. Use a smaller --size, or render to SVG or PDF.")
    #expect(
      RenderError.cairoFailure(operation: "writing the PNG", reason: "error while writing to output stream").description
        == "Rendering failed while writing the PNG: error while writing to output stream.")
    #expect(
      RenderError.zlibFailure(operation: "compressing the PNG", reason: "stream error").description
        == "Rendering failed while compressing the PNG: stream error.")
    #expect(RenderError.zlibFailure(operation: "x", reason: "y").exitStatus == .failure)
    #expect(RenderError.outOfMemory(operation: "x").exitStatus == .failure)
    #expect(RenderError.cairoFailure(operation: "x", reason: "y").exitStatus == .failure)
  }
}
