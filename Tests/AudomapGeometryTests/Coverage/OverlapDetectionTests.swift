import AudomapCore
import AudomapGeometry
import Testing

private typealias F = RepairFixtures

private func overlaps(_ features: [Feature]) throws -> [DefectEntry] {
  try BoundaryRepair.repair(FeatureCollection(features: features), source: "fixture", options: RepairOptions())
    .report.entries.filter { $0.defect == .overlap }
}

/// The three ways interiors can meet once no segments cross: each must reach GEOS.
@Suite struct OverlapDetectionTests {
  /// No segment of one meets the other: only the midpoint of the inner square's
  /// unshared segments, inside the outer one, gives it away.
  @Test func aCommuneWhollyInsideAnotherOverlapsIt() throws {
    let found = try overlaps([F.commune("62001", .polygon(Polygon(rings: [F.rectangle(0, 0, 3, 3)]))), F.square("62002", at: 1, 1)])
    #expect(found.count == 1)
    #expect(abs((found.first?.area ?? 0) - 795_000) < 5_000)  // 0.01° × 0.01° at 50° N
  }

  /// Every segment is run twice the same way; none is unshared or crossing.
  @Test func aCommuneTwiceInTheFileOverlapsItself() throws {
    let found = try overlaps([F.square("62001", at: 0, 0), F.square("62002", at: 0, 0), F.square("62003", at: 1, 0)])
    #expect(found.count == 1 && found.first?.code == "62001" && found.first?.otherFeatureIndex == 1)
  }

  /// Two squares sharing a border and a third across both: crossings on the shared border.
  @Test func aCommuneAcrossASharedBorderOverlapsBoth() throws {
    let found = try overlaps([
      F.square("62001", at: 0, 0), F.square("62002", at: 1, 0),
      F.commune("62003", .polygon(Polygon(rings: [F.rectangle(0.5, 0.5, 1.5, 1.5)]))),
    ])
    #expect(Set(found.compactMap(\.code)) == ["62001", "62002"])
  }

  /// Two long rectangles overlapping at their tips: every unshared midpoint lies outside
  /// the other, so only the crossing segments give the overlap away.
  @Test func rectanglesCrossingAtTheirTipsOverlap() throws {
    let found = try overlaps([
      F.commune("62001", .polygon(Polygon(rings: [F.rectangle(-20, 0, 10, 1)]))),
      F.commune("62002", .polygon(Polygon(rings: [F.rectangle(2, 0.6, 30, 3)]))),
    ])
    #expect(found.count == 1)
    // 8 × 0.4 units of 0.01°: 0.08° of longitude (5,720 m at 50° N) × 0.004° of latitude (445 m).
    #expect(abs((found.first?.area ?? 0) - 2_545_000) < 20_000)
  }

  @Test func neighboursSharingABorderDoNotOverlap() throws {
    #expect(try overlaps([F.square("62001", at: 0, 0), F.square("62002", at: 1, 0), F.square("62003", at: 0, 1)]).isEmpty)
  }
}
