/// One defect found on one feature (or between two, for coverage defects).
public struct DefectEntry: Hashable, Codable, Sendable {
  public var defect: Defect
  /// The index of the feature in the input file, counted from 0.
  public var featureIndex: Int?
  /// The commune code of that feature, when it has one.
  public var code: String?
  /// What was found and what was done, e.g. "ring 2 had 3 positions: dropped".
  public var detail: String
  /// Where, in WGS84 longitude/latitude, when the defect has a place.
  public var location: Position?
  /// The area concerned in square metres (gaps, overlaps, area changed by a fix).
  public var area: Double?
  /// The other feature, for coverage defects between two neighbours.
  public var otherFeatureIndex: Int?

  public init(
    defect: Defect, featureIndex: Int?, code: String?, detail: String, location: Position? = nil,
    area: Double? = nil, otherFeatureIndex: Int? = nil
  ) {
    self.defect = defect
    self.featureIndex = featureIndex
    self.code = code
    self.detail = detail
    self.location = location
    self.area = area
    self.otherFeatureIndex = otherFeatureIndex
  }
}

/// What the repair stage found and did to a boundary file. Returned by the
/// library, printed (text) or written (JSON) by the CLI.
public struct RepairReport: Hashable, Encodable, Sendable {
  public var source: String
  /// What the file was read as, e.g. "GeoJSON" or "OpenDataSoft records JSON".
  public var format: String
  public var featureCount: Int
  /// Features in the output (non-polygon and empty features are dropped).
  public var outputFeatureCount: Int
  /// The property holding commune codes, and whether it was detected or given with --id-field.
  public var codeField: String?
  public var codeFieldWasDetected: Bool
  /// The coordinate reference system the input was found in, e.g. "EPSG:2154 (crs member)".
  public var crsFound: String
  public var inputVertexCount: Int
  public var outputVertexCount: Int
  /// Total area of the input and output polygons, in square metres (geodesic
  /// approximation: spherical excess on the authalic sphere of the WGS84 ellipsoid).
  public var inputArea: Double
  public var outputArea: Double
  public var entries: [DefectEntry]
  /// Holes of the union of all communes too large to be gaps (an enclave of
  /// another département, a commune missing from an extract): not defects.
  public var enclaves: [Enclave]

  public init(
    source: String, format: String, featureCount: Int, outputFeatureCount: Int, codeField: String?, codeFieldWasDetected: Bool,
    crsFound: String, inputVertexCount: Int, outputVertexCount: Int, inputArea: Double, outputArea: Double,
    entries: [DefectEntry], enclaves: [Enclave] = []
  ) {
    self.source = source
    self.format = format
    self.featureCount = featureCount
    self.outputFeatureCount = outputFeatureCount
    self.codeField = codeField
    self.codeFieldWasDetected = codeFieldWasDetected
    self.crsFound = crsFound
    self.inputVertexCount = inputVertexCount
    self.outputVertexCount = outputVertexCount
    self.inputArea = inputArea
    self.outputArea = outputArea
    self.entries = entries
    self.enclaves = enclaves
  }

  /// How many entries of each defect, in `Defect` order, leaving out those not found.
  public var counts: [(defect: Defect, count: Int)] {
    Defect.allCases.compactMap { defect in
      let count = entries.lazy.filter { $0.defect == defect }.count
      return count == 0 ? nil : (defect, count)
    }
  }

  /// Whether the file needed any fix (what `audomap inspect` exits 1 on).
  public var needsFixing: Bool { !entries.isEmpty }

  private enum CodingKeys: String, CodingKey {
    case source, format, featureCount, outputFeatureCount, codeField, codeFieldWasDetected, crsFound
    case inputVertexCount, outputVertexCount, inputArea, outputArea, entries, enclaves
    /// Written only: derived from the entries.
    case counts
  }

  /// The synthesized encoding plus `counts`, the number of entries per defect.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(source, forKey: .source)
    try container.encode(format, forKey: .format)
    try container.encode(featureCount, forKey: .featureCount)
    try container.encode(outputFeatureCount, forKey: .outputFeatureCount)
    try container.encodeIfPresent(codeField, forKey: .codeField)
    try container.encode(codeFieldWasDetected, forKey: .codeFieldWasDetected)
    try container.encode(crsFound, forKey: .crsFound)
    try container.encode(inputVertexCount, forKey: .inputVertexCount)
    try container.encode(outputVertexCount, forKey: .outputVertexCount)
    try container.encode(inputArea, forKey: .inputArea)
    try container.encode(outputArea, forKey: .outputArea)
    try container.encode(entries, forKey: .entries)
    try container.encode(enclaves, forKey: .enclaves)
    try container.encode(
      Dictionary(uniqueKeysWithValues: counts.map { ($0.defect.rawValue, $0.count) }), forKey: .counts)
  }
}

/// A hole in the union of all communes that is not a gap: territory outside the file.
public struct Enclave: Hashable, Codable, Sendable {
  /// A point inside the hole, in WGS84 longitude/latitude.
  public var location: Position
  /// Its area in square metres.
  public var area: Double

  public init(location: Position, area: Double) {
    self.location = location
    self.area = area
  }
}
