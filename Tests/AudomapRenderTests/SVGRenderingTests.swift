import AudomapCore
import Foundation
import Testing

@testable import AudomapRender

@Suite struct SVGRenderingTests {
  private func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

  @Test func sameSceneGivesTheSameBytesAfterOtherSurfaces() throws {
    let first = try SceneRenderer.render(Fixtures.smallMap, as: .svg)
    // Each of these advances Cairo's process-wide surface counter.
    for format in OutputFormat.allCases {
      _ = try SceneRenderer.render(Fixtures.redRectangle, as: format)
    }
    #expect(try SceneRenderer.render(Fixtures.smallMap, as: .svg) == first)
  }

  @Test func surfaceIDsDoNotDependOnProcessHistory() throws {
    for format in OutputFormat.allCases {
      _ = try SceneRenderer.render(Fixtures.squareWithHole, as: format)
    }
    let svg = text(try SceneRenderer.render(Fixtures.smallMap, as: .svg))
    let ids = svg.matches(of: /surface\d+/).map { String($0.output) }
    #expect(ids == ["surface1"])
  }

  @Test func documentSizeIsTheSceneSizeInPixels() throws {
    let svg = text(try SceneRenderer.render(Fixtures.smallMap, as: .svg))
    #expect(svg.contains(#"width="320px" height="200px" viewBox="0 0 320 200""#))
  }

  @Test func titleIsEscapedFirstChild() throws {
    let svg = text(try SceneRenderer.render(Fixtures.smallMap, as: .svg))
    #expect(svg.contains(#"version="1.1">"# + "\n<title>Population &amp; communes</title>"))
  }

  @Test func repeatedStylesBecomeOneClass() throws {
    var scene = Fixtures.redRectangle
    scene.items += scene.items
    let svg = text(try SceneRenderer.render(scene, as: .svg))
    #expect(!svg.contains("style=\""))
    #expect(svg.matches(of: /fill:rgb\(100%,0%,0%\)/).count == 1)
    #expect(svg.matches(of: /<path class="s1" d="m20 10 60 0 0 40 -60 0z"\/>/).count == 2)
  }
}

@Suite struct SVGPathDataTests {
  private func compact(_ data: String) -> String? {
    Array(data.utf8).withUnsafeBufferPointer { SVGPathData.compact($0) }.map { String(decoding: $0, as: UTF8.self) }
  }

  @Test func polygonBecomesRelativeWithImplicitLinetos() {
    #expect(
      compact("M 10.101562 10 L 110.101562 10 L 110.101562 60 L 10.101562 60 Z M 10.101562 10 ")
        == "m10.101562 10 100 0 0 50 -100 0z")
  }

  @Test func secondSubpathStartsFromTheFirstOnesStart() {
    #expect(
      compact("M 10 10 L 20 10 L 20 20 Z M 10 10 M 50 50 L 60 50 L 60 60 Z M 50 50 ")
        == "m10 10 10 0 0 10zm40 40 10 0 0 10z")
  }

  @Test func curvePointsAreRelativeToTheCurveStart() {
    #expect(
      compact("M 240 100 C 240 122.089844 222.089844 140 200 140 Z")
        == "m240 100c0 22.089844 -17.910156 40 -40 40z")
  }

  @Test func openLineKeepsItsLastPointAndDifferencesStayExact() {
    #expect(compact("M 0.00390625 -8.03125 L 1.941406 -8.238281 ") == "m0.00390625 -8.03125 1.93749975 -0.207031")
  }

  @Test func unexpectedDataIsLeftAlone() {
    #expect(compact("M 1e5 2 ") == nil)
    #expect(compact("M 1 2 A 3 4 ") == nil)
    #expect(compact("M 1.123456789 2 ") == nil)
  }
}
