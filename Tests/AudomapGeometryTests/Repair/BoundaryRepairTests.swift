import AudomapCore
import AudomapGeometry
import Foundation
import Testing

private typealias F = RepairFixtures

private func repair(_ features: [Feature], options: RepairOptions = RepairOptions()) throws -> RepairResult {
  try BoundaryRepair.repair(FeatureCollection(features: features), source: "fixture", options: options)
}

/// The entries other than the given kinds (winding is checked on its own).
private func entries(_ result: RepairResult, excluding: Set<Defect> = [.winding]) -> [DefectEntry] {
  result.report.entries.filter { !excluding.contains($0.defect) }
}

@Suite struct BoundaryRepairGeometryTests {
  /// Rings that a quick look takes for simple: each must still reach GEOS and be listed.
  @Test(arguments: [
    // passes through (1, 2) twice: a ring touching itself
    [(0.0, 0.0), (2, 0), (2, 2), (1, 2), (1, 3), (0.5, 3), (1, 2), (0, 2), (0, 0)],
    // a spike folding back along its previous segment
    [(0, 0), (2, 0), (2, 2), (1, 2), (1, 3), (1, 2.5), (0, 2), (0, 0)],
    // a vertex on another segment
    [(0, 0), (2, 0), (2, 2), (1, 0), (0, 2), (0, 0)],
  ] as [[(Double, Double)]])
  func selfTouchingRingsAreFoundInvalid(_ points: [(Double, Double)]) throws {
    let result = try repair([F.commune("62001", .polygon(Polygon(rings: [F.ring(points)]))), F.clean])
    #expect(entries(result).map(\.defect) == [.selfIntersection], "\(entries(result).map(\.detail))")
    #expect(try ValidityCheck.invalidFeatures(result.collection.features).isEmpty)
  }


  @Test func aBowTieIsMadeValidAsTwoTriangles() throws {
    let result = try repair([F.bowTie, F.clean])
    let entry = try #require(entries(result).first)
    #expect(entries(result).count == 1)
    #expect(entry.defect == .selfIntersection && entry.featureIndex == 0 && entry.code == "62001")
    #expect(entry.location == F.p(0.5, 0.5))
    #expect(entry.detail.hasPrefix("GEOS: Self-intersection; made valid (structure method): 1 → 2 polygon(s), area 0 m² → "))
    guard case .multiPolygon(let parts) = result.collection.features[0].geometry else {
      Issue.record("expected a MultiPolygon")
      return
    }
    #expect(parts.count == 2)
    #expect(try ValidityCheck.invalidFeatures(result.collection.features).isEmpty)
  }

  @Test func anUnclosedRingIsClosed() throws {
    let result = try repair([F.unclosedRing, F.clean])
    #expect(entries(result) == [
      DefectEntry(defect: .unclosedRing, featureIndex: 0, code: "62001", detail: "exterior not closed: closed", location: F.p(0, 0))
    ])
    #expect(result.collection.features[0].geometry == .polygon(Polygon(rings: [F.rectangle(0, 0, 1, 1)])))
  }

  @Test func consecutiveDuplicatesAreRemoved() throws {
    let result = try repair([F.duplicatePoints, F.clean])
    #expect(entries(result) == [
      DefectEntry(
        defect: .duplicatePoints, featureIndex: 0, code: "62001",
        detail: "3 consecutive duplicate position(s) in 1 ring(s): removed", location: F.p(1, 0))
    ])
    #expect(result.collection.features[0].geometry == .polygon(Polygon(rings: [F.rectangle(0, 0, 1, 1)])))
    #expect(result.report.inputVertexCount == 8 + 5 && result.report.outputVertexCount == 5 + 5)
  }

  @Test func ringsUnderFourPositionsAreDroppedWithTheirPolygon() throws {
    let result = try repair([F.shortRings, F.clean])
    #expect(entries(result) == [
      DefectEntry(
        defect: .shortRing, featureIndex: 0, code: "62001",
        detail: "polygon 1 hole 1 has 3 position(s): hole dropped; polygon 2 exterior has 3 position(s): polygon dropped",
        location: F.p(0.2, 0.2))
    ])
    #expect(result.collection.features[0].geometry == .polygon(Polygon(rings: [F.rectangle(0, 0, 1, 1)])))
  }

  @Test func nullAndNonPolygonFeaturesAreDroppedAndListed() throws {
    let result = try repair([F.nullGeometry, F.lineString, F.clean])
    #expect(entries(result) == [
      DefectEntry(defect: .nullGeometry, featureIndex: 0, code: "62001", detail: "no geometry: feature dropped"),
      DefectEntry(defect: .nonPolygon, featureIndex: 1, code: "62001", detail: "a LineString in a polygon layer: feature dropped"),
    ])
    #expect(result.originalIndexes == [2])
    #expect(result.report.outputFeatureCount == 1 && result.report.featureCount == 3)
  }

  @Test func aGeometryCollectionOfPolygonsBecomesAMultiPolygon() throws {
    let result = try repair([F.geometryCollection, F.clean])
    #expect(entries(result) == [
      DefectEntry(
        defect: .geometryCollection, featureIndex: 0, code: "62001",
        detail: "a GeometryCollection of 2 polygon(s): made a MultiPolygon; Point dropped")
    ])
    #expect(result.collection.features[0].geometry == .multiPolygon([
      Polygon(rings: [F.rectangle(0, 0, 1, 1)]), Polygon(rings: [F.rectangle(2, 0, 3, 1)]),
    ]))
  }

  @Test func aHoleOutsideItsShellIsRepaired() throws {
    let result = try repair([F.holeOutsideShell, F.clean])
    let found = entries(result)
    #expect(found.map(\.defect) == [.holeOutsideShell])
    #expect(found.first?.location == F.p(2, 2))
    #expect(found.first?.detail.hasPrefix("GEOS: Hole lies outside shell; made valid (structure method): 1 → ") == true)
    #expect(try ValidityCheck.invalidFeatures(result.collection.features).isEmpty)
  }

  @Test func zCoordinatesAreListedPerFeature() throws {
    let json = #"{"type":"FeatureCollection","features":["#
      + #"{"type":"Feature","properties":{"code":"62001"},"geometry":{"type":"Polygon","coordinates":[[[2,50,10],[2.01,50,10],[2.01,50.01,12],[2,50,10]]]}},"#
      + #"{"type":"Feature","properties":{"code":"62002"},"geometry":{"type":"Polygon","coordinates":[[[3,50],[3.01,50],[3.01,50.01],[3,50]]]}}]}"#
    let collection = try GeoJSONReader.parse(Array(json.utf8), source: "z.geojson")
    let result = try BoundaryRepair.repair(collection, source: "z.geojson", options: RepairOptions())
    #expect(entries(result) == [
      DefectEntry(
        defect: .extraDimensions, featureIndex: 0, code: "62001",
        detail: "positions with a third or fourth value (Z or M): dropped to 2D")
    ])
  }
}

@Suite struct BoundaryRepairWindingTests {
  @Test func clockwiseRingsAreTurnedForRFC7946() throws {
    let result = try repair([F.clockwise, F.clean])
    #expect(result.report.entries == [
      DefectEntry(
        defect: .winding, featureIndex: 0, code: "62001",
        detail: "2 of 2 ring(s) turned: exteriors counter-clockwise, holes clockwise (RFC 7946)")
    ])
    let rings = result.collection.features[0].geometry?.polygons.first?.rings ?? []
    #expect(rings.first?.positions.first == F.p(0, 0) && rings.first?.positions[1] == F.p(1, 0))
  }

  @Test func d3WindingTurnsTheOtherRings() throws {
    let result = try repair([F.clockwise, F.clean], options: RepairOptions(winding: .clockwise))
    #expect(result.report.entries.map(\.featureIndex) == [1])
    #expect(result.report.entries.first?.detail == "1 of 1 ring(s) turned: exteriors clockwise, holes counter-clockwise (d3)")
  }
}

@Suite struct BoundaryRepairCodeTests {
  @Test func missingAndDuplicateCodesAreListed() throws {
    let features = [
      F.square("62001", at: 0, 0), F.square("62002", at: 1, 0), F.square("62002", at: 2, 0),
      F.square("62003", at: 3, 0), F.square("62004", at: 4, 0), F.square("62005", at: 5, 0),
      F.square("62006", at: 6, 0), F.square("62007", at: 7, 0), F.square("62008", at: 8, 0),
      F.square("62009", at: 9, 0), F.square("62010", at: 10, 0), F.commune(nil, .polygon(Polygon(rings: [F.rectangle(11, 0, 12, 1)]))),
    ]
    let result = try repair(features)
    #expect(result.report.codeField == "code" && result.report.codeFieldWasDetected)
    #expect(entries(result) == [
      DefectEntry(defect: .missingCode, featureIndex: 11, code: nil, detail: "no \"code\" property: kept without a code"),
      DefectEntry(
        defect: .duplicateCode, featureIndex: 1, code: "62002", detail: "code 62002 also on feature(s) 2: kept",
        otherFeatureIndex: 2),
      DefectEntry(
        defect: .duplicateCode, featureIndex: 2, code: "62002", detail: "code 62002 also on feature(s) 1: kept",
        otherFeatureIndex: 1),
    ])
  }

  @Test func anUnknownIdFieldIsAUsageErrorListingTheProperties() throws {
    #expect(throws: RepairError.unknownIdField(source: "fixture", field: "insee", available: ["code"])) {
      try repair([F.clean], options: RepairOptions(idField: "insee"))
    }
    #expect(RepairError.unknownIdField(source: "f", field: "x", available: []).exitStatus == .usage)
  }

  @Test func aGivenIdFieldIsNotDetected() throws {
    let result = try repair([F.clean], options: RepairOptions(idField: "code"))
    #expect(result.report.codeField == "code" && !result.report.codeFieldWasDetected)
  }
}

@Suite struct BoundaryRepairCoverageTests {
  @Test func overlappingSquaresAreListedWithTheirSharedArea() throws {
    let result = try repair(F.overlappingSquares)
    let found = entries(result)
    #expect(found.map(\.defect) == [.overlap])
    let entry = try #require(found.first)
    #expect(entry.featureIndex == 0 && entry.otherFeatureIndex == 1 && entry.code == "62001")
    // Half a unit square: 0.005° × 0.01° at 50° N, about 397,000 m².
    let area = try #require(entry.area)
    #expect(abs(area - 397_400) < 2_000)
    #expect(entry.detail.hasPrefix("overlaps 62002 (feature 1) over "))
    let location = try #require(entry.location)
    #expect(location.x > F.p(0.5, 0).x && location.x < F.p(1, 0).x)
  }

  @Test func aGapBetweenNeighboursIsListedButAnEnclaveIsNot() throws {
    let result = try repair(F.gapBetweenSquares)
    let found = entries(result)
    #expect(found.map(\.defect) == [.gap])
    let entry = try #require(found.first)
    #expect(entry.featureIndex == 0 && entry.otherFeatureIndex == 1)
    #expect(entry.detail.hasPrefix("gap of ") && entry.detail.hasSuffix(" between 62001, 62002, 62003, 62004: left as is"))
    // 0.00005° × 0.01° at 50° N, about 3,970 m².
    #expect(abs((entry.area ?? 0) - 3_974) < 30)
    #expect(result.report.enclaves.isEmpty)

    // Without B, its square is a hole as large as a commune: an enclave, not a gap.
    var withoutB = F.gapBetweenSquares
    withoutB.remove(at: 1)
    let enclave = try repair(withoutB)
    #expect(entries(enclave).isEmpty)
    #expect(enclave.report.enclaves.count == 1)
  }

  /// The strip is about 3.6 m wide: --snap 5 fills it into a commune along its length.
  @Test func snapFillsAGapThinnerThanTheTolerance() throws {
    let loose = try repair(F.gapBetweenSquares, options: RepairOptions(snapTolerance: 2))
    #expect(entries(loose).first?.detail.hasSuffix(": left as is") == true)

    let result = try repair(F.gapBetweenSquares, options: RepairOptions(snapTolerance: 5))
    let entry = try #require(entries(result).first)
    #expect(entry.defect == .gap && entry.detail.hasSuffix(": filled into 62001 (feature 0) (--snap 5 m)"))
    #expect(abs(result.report.outputArea - result.report.inputArea - 3_974) < 30)
    // Checked again, the repaired communes have no gap left and are valid.
    let again = try repair(result.collection.features)
    #expect(entries(again).isEmpty && again.report.enclaves.isEmpty)
    #expect(try ValidityCheck.invalidFeatures(result.collection.features).isEmpty)
  }

  /// The overlap is about 357 m wide: --snap 500 cuts it from one of the two squares.
  @Test func snapCutsAnOverlapThinnerThanTheTolerance() throws {
    let kept = try repair(F.overlappingSquares, options: RepairOptions(snapTolerance: 5))
    #expect(entries(kept).first?.detail.hasSuffix(": left as is") == true)

    let result = try repair(F.overlappingSquares, options: RepairOptions(snapTolerance: 500))
    let entry = try #require(entries(result).first)
    #expect(entry.detail.hasSuffix(": cut from 62002 (feature 1), kept by 62001 (feature 0) (--snap 500 m)"))
    let again = try repair(result.collection.features)
    #expect(entries(again).isEmpty)
    #expect(abs(result.report.inputArea - result.report.outputArea - 397_400) < 2_000)
  }

  @Test func coverageIsSkippedWhenNotAsked() throws {
    let result = try repair(F.overlappingSquares, options: RepairOptions(checkCoverage: false))
    #expect(entries(result).isEmpty)
  }
}
