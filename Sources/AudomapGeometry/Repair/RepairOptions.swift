import AudomapCore

/// The winding order of output rings.
public enum Winding: String, CaseIterable, Hashable, Sendable {
  /// Exterior rings counter-clockwise, holes clockwise: the RFC 7946 right-hand rule.
  case counterClockwise = "ccw"
  /// Exterior rings clockwise, holes counter-clockwise, as d3-geo and TopoJSON expect.
  case clockwise = "cw"
}

/// What the repair stage may assume and how it writes its output.
public struct RepairOptions: Hashable, Sendable {
  /// The property holding commune codes; nil to detect it.
  public var idField: String?
  /// The winding order of output rings; nil leaves them as read (for drawing,
  /// where the even-odd fill makes the order irrelevant, it saves copying every ring).
  public var winding: Winding?
  /// Whether to look for gaps and overlaps between neighbouring communes.
  public var checkCoverage: Bool
  /// Closes gaps and overlaps thinner than this many metres (needs `checkCoverage`).
  public var snapTolerance: Double?

  public init(
    idField: String? = nil, winding: Winding? = .counterClockwise, checkCoverage: Bool = true,
    snapTolerance: Double? = nil
  ) {
    self.idField = idField
    self.winding = winding
    self.checkCoverage = checkCoverage
    self.snapTolerance = snapTolerance
  }
}

/// A repaired boundary file and what was done to it.
public struct RepairResult: Hashable, Sendable {
  /// The repaired features: WGS84 lon/lat, valid polygons or multipolygons
  /// wound as asked; features left without any polygon are dropped.
  public var collection: FeatureCollection
  public var report: RepairReport
  /// The input index of each output feature.
  public var originalIndexes: [Int]

  public init(collection: FeatureCollection, report: RepairReport, originalIndexes: [Int]) {
    self.collection = collection
    self.report = report
    self.originalIndexes = originalIndexes
  }
}
