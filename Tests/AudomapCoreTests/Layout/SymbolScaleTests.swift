import AudomapCore
import Testing

@Suite struct SymbolScaleTests {
  @Test func areasFollowTheValues() {
    let scale = SymbolScale(maximumValue: 14_000, maximumRadius: 60)
    #expect(scale.radius(14_000) == 60)
    let half = scale.radius(7_000)
    #expect(abs(half * half * 2 - 60 * 60) < 1e-9)
    #expect(scale.radius(0) == 0 && scale.radius(-5) == 0)
  }

  @Test(arguments: [
    (14_231.0, [10_000.0, 2_500, 500]), (1_000.0, [1_000.0, 250, 50]), (3.7, [2.5, 0.5, 0.1]), (140.0, [100.0, 25, 5]),
  ] as [(Double, [Double])])
  func theLegendShowsThreeRoundValues(_ maximum: Double, _ expected: [Double]) {
    #expect(SymbolScale(maximumValue: maximum, maximumRadius: 50).legendValues == expected)
  }
}

@Suite struct ScaleBarTests {
  /// 1 page unit per 100 m: at most 200 units is 20 km, a round length.
  @Test func aRoundLengthThatFits() {
    let bar = ScaleBar(scale: 0.01, maximumLength: 230)
    #expect(bar.metres == 20_000 && abs(bar.length - 200) < 1e-9)
    #expect(bar.label == "20\u{00A0}km")
    #expect(ScaleBar(scale: 0.5, maximumLength: 300).label == "500\u{00A0}m")
  }
}

@Suite struct LabelPlacementTests {
  let font = Font(family: "Lato", size: 20)
  let halo = Stroke(color: .white, width: 2)
  let zone = Rect(x: 0, y: 0, width: 400, height: 400)

  @Test func labelsAreCentredOnTheirAnchorAndNeverOverlap() {
    let requests = [
      LabelRequest(text: "Saint-Omer", anchor: Point(x: 200, y: 200)),
      LabelRequest(text: "Arques", anchor: Point(x: 205, y: 222)),  // centred, it would touch Saint-Omer
      LabelRequest(text: "Aire", anchor: Point(x: 100, y: 300)),
    ]
    let placed = LabelPlacement.place(
      requests, font: font, color: .black, halo: halo, zone: zone, obstacles: [], measurer: MonospaceMeasurer())
    #expect(placed.texts.map(\.text) == ["Saint-Omer", "Arques", "Aire"])
    for (i, a) in placed.boxes.enumerated() {
      for b in placed.boxes[(i + 1)...] { #expect(!a.intersects(b)) }
    }
    // Saint-Omer is centred; Arques moved just below or above its anchor, still touching it.
    let first = placed.boxes[0]
    #expect(abs(first.x + first.width / 2 - 200) < 1e-9 && abs(first.y + first.height / 2 - 200) < 1e-9)
    let second = placed.texts[1]
    let extent = MonospaceMeasurer().measure("Arques", font: font, wrapWidth: nil)
    #expect(second.origin.y <= 222 && second.origin.y + extent.height >= 222)
    #expect(abs(second.origin.y + extent.height / 2 - 222) > 1)
  }

  @Test func aLabelOverAnObstacleOrOutOfTheZoneIsDropped() {
    let requests = [
      LabelRequest(text: "Légende", anchor: Point(x: 50, y: 50)), LabelRequest(text: "Bord", anchor: Point(x: 398, y: 200)),
    ]
    let placed = LabelPlacement.place(
      requests, font: font, color: .black, halo: halo, zone: zone, obstacles: [Rect(x: 0, y: 0, width: 120, height: 120)],
      measurer: MonospaceMeasurer())
    #expect(placed.texts.isEmpty && placed.dropped == ["Légende", "Bord"])
  }
}
