import AudomapCore
import Testing

@Suite struct MapFrameTests {
  // A territory twice as wide as tall (projected metres).
  let bounds = BoundingBox(minX: 600_000, minY: 7_000_000, maxX: 640_000, maxY: 7_020_000)

  @Test func fitsInsideTheRectCentredKeepingTheAspectRatio() {
    let frame = MapFrame(fitting: bounds, into: Rect(x: 10, y: 20, width: 400, height: 400))
    #expect(frame.scale == 0.01)
    #expect(frame.drawnRect == Rect(x: 10, y: 120, width: 400, height: 200))
  }

  @Test func northIsUp() {
    let frame = MapFrame(fitting: bounds, into: Rect(x: 0, y: 0, width: 400, height: 200))
    #expect(frame.point(Position(x: 600_000, y: 7_020_000)) == Point(x: 0, y: 0))
    #expect(frame.point(Position(x: 640_000, y: 7_000_000)) == Point(x: 400, y: 200))
  }

  @Test func detailFinerThanTheToleranceIsDroppedAndCoordinatesSnapToEighths() {
    let frame = MapFrame(fitting: bounds, into: Rect(x: 0, y: 0, width: 400, height: 200))
    // 1 page unit = 100 m: the vertex 20 m from the first is invisible.
    let ring = Ring([
      Position(x: 600_000, y: 7_000_000), Position(x: 600_020, y: 7_000_010), Position(x: 610_000, y: 7_000_000),
      Position(x: 610_013, y: 7_010_000), Position(x: 600_000, y: 7_000_000),
    ])
    let path = frame.path(of: [Polygon(rings: [ring])], tolerance: 0.5)
    #expect(path.subpathLengths == [3])
    #expect(path.points == [Point(x: 0, y: 200), Point(x: 100, y: 200), Point(x: 100.125, y: 100)])
  }

  @Test func ringsSmallerThanATriangleOnThePageAreLeftOut() {
    let frame = MapFrame(fitting: bounds, into: Rect(x: 0, y: 0, width: 400, height: 200))
    let speck = Ring([
      Position(x: 620_000, y: 7_010_000), Position(x: 620_010, y: 7_010_000), Position(x: 620_010, y: 7_010_010),
      Position(x: 620_000, y: 7_010_000),
    ])
    #expect(frame.path(of: [Polygon(rings: [speck])], tolerance: 0.5).isEmpty)
  }
}
