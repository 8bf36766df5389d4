import AudomapCore
import AudomapGeometry
import Testing

private typealias F = RepairFixtures

private func coverageEntries(_ features: [Feature], winding: Winding = .counterClockwise) throws -> RepairResult {
  try BoundaryRepair.repair(FeatureCollection(features: features), source: "fixture", options: RepairOptions(winding: winding))
}

/// The holes of the union, found from the unshared segments when the coverage is clean
/// and by GEOS when it is not.
@Suite struct UnionHoleTests {
  @Test func theGapIsFoundWithD3WindingToo() throws {
    let result = try coverageEntries(F.gapBetweenSquares, winding: .clockwise)
    let gaps = result.report.entries.filter { $0.defect == .gap }
    #expect(gaps.count == 1 && result.report.enclaves.isEmpty)
    #expect(abs((gaps.first?.area ?? 0) - 3_974) < 30)
  }

  /// A thin triangle between L and R whose tip touches the outline at (2, 0): the loop of
  /// unshared segments passes that vertex twice and is split there, as GEOS does.
  @Test func aGapTouchingTheOutlineAtAVertexIsAGap() throws {
    let features = [
      F.commune("62001", .polygon(Polygon(rings: [F.ring([(0, 0), (2, 0), (1.995, 1), (0, 1), (0, 0)])]))),
      F.commune("62002", .polygon(Polygon(rings: [F.ring([(2, 0), (4, 0), (4, 1), (2.005, 1), (2, 0)])]))),
      F.commune(
        "62003", .polygon(Polygon(rings: [F.ring([(0, 1), (1.995, 1), (2.005, 1), (4, 1), (4, 2), (0, 2), (0, 1)])]))),
    ]
    let result = try coverageEntries(features)
    let gaps = result.report.entries.filter { $0.defect == .gap }
    #expect(gaps.count == 1 && result.report.enclaves.isEmpty)
    #expect(gaps.first?.detail.hasSuffix(" between 62001, 62002, 62003: left as is") == true)
  }

  @Test func aCommunesOwnHoleIsNeitherGapNorEnclave() throws {
    let holed = F.commune("62001", .polygon(Polygon(rings: [F.rectangle(0, 0, 3, 3), F.ring([(1, 1), (1, 2), (2, 2), (2, 1), (1, 1)])])))
    let result = try coverageEntries([holed, F.square("62002", at: 3, 0)])
    #expect(!result.report.entries.contains { $0.defect == .gap } && result.report.enclaves.isEmpty)
  }

  /// A vertex of A inside B's edge (no shared vertex there): the pair is suspect, has no
  /// overlap, and the union goes to GEOS, which finds no hole.
  @Test func aTJunctionGoesToGEOSAndIsNoDefect() throws {
    let features = [
      F.commune("62001", .polygon(Polygon(rings: [F.ring([(0, 0), (1, 0), (1, 0.5), (1, 1), (0, 1), (0, 0)])]))),
      F.square("62002", at: 1, 0),
    ]
    let result = try coverageEntries(features)
    #expect(result.report.entries.isEmpty && result.report.enclaves.isEmpty)
  }
}
