import AudomapCore
import Foundation

/// One feature after the geometry and winding steps.
struct FeatureOutcome {
  /// The repaired polygons, wound as asked; empty when the feature is dropped.
  var polygons: [Polygon] = []
  var geometryEntries: [DefectEntry] = []
  var windingEntry: DefectEntry?
  var inputVertexCount = 0
  var inputArea = 0.0
  /// Measured here, on the repair's own thread, and only when a fix changed
  /// the shape: the trigonometry runs over every vertex.
  var outputArea = 0.0
}

/// Steps 2 and 3 of the repair on one feature: structure, rings, GEOS validity, winding.
struct FeatureRepair {
  let context: GEOSContext
  /// nil leaves rings wound as read.
  let winding: Winding?

  func repair(_ geometry: Geometry?, index: Int, code: String?) throws(GEOSError) -> FeatureOutcome {
    var outcome = FeatureOutcome()
    func entry(_ defect: Defect, _ detail: String, location: Position? = nil, area: Double? = nil) {
      outcome.geometryEntries.append(
        DefectEntry(defect: defect, featureIndex: index, code: code, detail: detail, location: location, area: area))
    }
    guard let geometry else {
      entry(.nullGeometry, "no geometry: feature dropped")
      return outcome
    }
    let polygons = geometry.polygons
    outcome.inputVertexCount = RingMeasures.vertexCount(polygons)
    outcome.inputArea = RingMeasures.area(polygons)
    switch geometry {
    case .point, .multiPoint, .lineString, .multiLineString:
      entry(.nonPolygon, "a \(geometry.typeName) in a polygon layer: feature dropped")
      return outcome
    case .geometryCollection(let members):
      let others = members.filter { $0.polygons.isEmpty }.map(\.typeName)
      if members.isEmpty {
        entry(.emptyGeometry, "empty GeometryCollection: feature dropped")
      } else if polygons.isEmpty {
        entry(.nonPolygon, "a GeometryCollection without polygons (\(others.joined(separator: ", "))): feature dropped")
      } else {
        let dropped = others.isEmpty ? "" : "; \(others.joined(separator: ", ")) dropped"
        entry(.geometryCollection, "a GeometryCollection of \(polygons.count) polygon(s): made a MultiPolygon\(dropped)")
      }
    case .polygon, .multiPolygon:
      if polygons.allSatisfy({ $0.rings.isEmpty }) { entry(.emptyGeometry, "empty \(geometry.typeName): feature dropped") }
    }

    let cleaned = cleanRings(polygons, entry: entry)
    guard !cleaned.isEmpty else { return outcome }

    let exteriorCounterClockwise = winding == .counterClockwise
    let oriented = winding.map { _ in
      cleaned.map { RingMeasures.oriented($0, exteriorCounterClockwise: exteriorCounterClockwise) }
    }
    let turned = oriented?.reduce(0) { $0 + $1.turned } ?? 0
    if turned > 0 {
      let rule = exteriorCounterClockwise
        ? "exteriors counter-clockwise, holes clockwise (RFC 7946)" : "exteriors clockwise, holes counter-clockwise (d3)"
      outcome.windingEntry = DefectEntry(
        defect: .winding, featureIndex: index, code: code, detail: "\(turned) of \(ringCount(cleaned)) ring(s) turned: \(rule)")
    }

    var valid = cleaned
    outcome.outputArea = cleaned == polygons ? outcome.inputArea : RingMeasures.area(cleaned)
    // Most communes are one simple ring: proven valid without GEOS.
    let simple = cleaned.count == 1 && cleaned[0].rings.count == 1 && SimpleRing.isCertainlyValid(cleaned[0].rings[0])
    let handle = simple ? nil : try context.geometry(of: cleaned)
    if let handle, case .invalid(let reason, let location) = try context.validity(of: handle) {
      valid = try context.makeValid(handle).polygons()
      let before = RingMeasures.area(cleaned)
      let after = RingMeasures.area(valid)
      outcome.outputArea = after
      let result = valid.isEmpty
        ? "nothing left: feature dropped"
        : "\(cleaned.count) → \(valid.count) polygon(s), area \(Self.format(area: before)) → \(Self.format(area: after))"
      entry(
        Self.defect(forGEOSReason: reason), "GEOS: \(reason); made valid (structure method): \(result)",
        location: location, area: abs(after - before))
    }
    if valid == cleaned {
      outcome.polygons = oriented?.map(\.polygon) ?? cleaned
    } else {
      outcome.polygons = winding == nil
        ? valid : valid.map { RingMeasures.oriented($0, exteriorCounterClockwise: exteriorCounterClockwise).polygon }
    }
    return outcome
  }

  /// Closes rings, removes consecutive duplicates, drops rings under 4 positions
  /// (a dropped exterior drops its polygon), with one entry per kind of fix.
  private func cleanRings(
    _ polygons: [Polygon], entry: (Defect, String, Position?, Double?) -> Void
  ) -> [Polygon] {
    var unclosed: [String] = []
    var unclosedAt: Position?
    var duplicates = 0
    var duplicateRings = 0
    var duplicatesAt: Position?
    var short: [String] = []
    var shortAt: Position?
    var emptyParts = 0
    var result: [Polygon] = []
    for (p, polygon) in polygons.enumerated() {
      guard !polygon.rings.isEmpty else {
        emptyParts += 1
        continue
      }
      var rings: [Ring] = []
      var exteriorDropped = false
      for (r, ring) in polygon.rings.enumerated() {
        let name = polygons.count == 1 ? Self.ringName(r) : "polygon \(p + 1) \(Self.ringName(r))"
        let fix = RingMeasures.cleaned(ring)
        if fix.closed {
          unclosed.append(name)
          unclosedAt = unclosedAt ?? ring.positions.first
        }
        if fix.duplicatesRemoved > 0 {
          duplicates += fix.duplicatesRemoved
          duplicateRings += 1
          duplicatesAt = duplicatesAt ?? Self.firstRepeat(in: ring.positions)
        }
        if fix.ring.positions.count < 4 {
          short.append("\(name) has \(fix.ring.positions.count) position(s): \(r == 0 ? "polygon" : "hole") dropped")
          shortAt = shortAt ?? ring.positions.first
          exteriorDropped = r == 0
          if exteriorDropped { break }
          continue
        }
        rings.append(fix.ring)
      }
      if !exteriorDropped { result.append(Polygon(rings: rings)) }
    }
    let left = result.isEmpty && polygons.contains { !$0.rings.isEmpty } ? "; no polygon left: feature dropped" : ""
    if !unclosed.isEmpty {
      entry(.unclosedRing, "\(unclosed.joined(separator: ", ")) not closed: closed", unclosedAt, nil)
    }
    if duplicates > 0 {
      entry(.duplicatePoints, "\(duplicates) consecutive duplicate position(s) in \(duplicateRings) ring(s): removed", duplicatesAt, nil)
    }
    if !short.isEmpty { entry(.shortRing, short.joined(separator: "; ") + left, shortAt, nil) }
    if emptyParts > 0, emptyParts < polygons.count {
      entry(.emptyGeometry, "\(emptyParts) empty polygon(s) in a MultiPolygon: dropped", nil, nil)
    }
    return result
  }

  private func ringCount(_ polygons: [Polygon]) -> Int { polygons.reduce(0) { $0 + $1.rings.count } }

  private static func ringName(_ index: Int) -> String { index == 0 ? "exterior" : "hole \(index)" }

  private static func firstRepeat(in positions: [Position]) -> Position? {
    zip(positions, positions.dropFirst()).first { $0.0 == $0.1 }?.0
  }

  /// GEOS's validity reasons ("Self-intersection", "Ring Self-intersection", "Hole lies outside shell", …).
  static func defect(forGEOSReason reason: String) -> Defect {
    if reason.localizedCaseInsensitiveContains("self-intersection") { return .selfIntersection }
    if reason.localizedCaseInsensitiveContains("hole lies outside shell") { return .holeOutsideShell }
    return .otherInvalidity
  }

  /// "12.345 km²" from one square kilometre up, "1,234 m²" below.
  static func format(area: Double) -> String {
    area >= 1e6 ? String(format: "%.3f km²", area / 1e6) : String(format: "%.0f m²", area)
  }

  static func format(distance: Double) -> String {
    distance >= 1000 ? "\(ReportNumberFormat.grouped(Int(distance / 1000))) km" : String(format: "%.0f m", distance)
  }
}
