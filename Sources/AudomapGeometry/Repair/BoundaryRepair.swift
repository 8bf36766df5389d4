import AudomapCore
import Dispatch
import Synchronization

/// The repair stage: any commune boundary file made map-ready, with a report of every fix.
public enum BoundaryRepair {
  /// Repairs `collection` and lists every defect found, per feature.
  ///
  /// In order: the CRS (legacy `crs` member, projected coordinates, swapped axes: all
  /// brought to WGS84 lon/lat with PROJ); property values wrapped in one-element arrays; each feature's geometry (null, empty and
  /// non-polygon features dropped, GeometryCollections made MultiPolygons, rings closed,
  /// consecutive duplicates removed, rings under 4 positions dropped, then GEOS validity and
  /// make-valid by the structure method); the winding; the commune codes; the coverage
  /// (overlaps between neighbours, and gaps: holes of the union smaller than 1 % of the
  /// median commune). Features are repaired on both cores, one GEOS context each.
  ///
  /// ## Example
  /// ```swift
  /// let collection = try GeoJSONReader.read(path: "communes-62.geojson")
  /// let result = try BoundaryRepair.repair(collection, source: "communes-62.geojson", options: RepairOptions())
  /// print(result.report.counts)
  /// ```
  /// - Parameters:
  ///   - collection: the features as read.
  ///   - source: the file name, for the report and error messages.
  ///   - options: the code field, the output winding, whether to check coverage.
  /// - Returns: the repaired collection, the report and each output feature's input index.
  /// - Throws: `RepairError` (an unknown `--id-field` property, an unknown CRS,
  ///   unrecognisable coordinates), `ProjError` or `GEOSError`; all are `AudomapError`s.
  public static func repair(
    _ collection: FeatureCollection, source: String, options: RepairOptions
  ) throws -> RepairResult {
    try prepare(collection, source: source, options: options).finished()
  }

  /// Every step but the coverage check, whose result ``PreparedRepair/finished()`` adds:
  /// a caller may write the repaired features meanwhile, since only `--snap` changes
  /// them after this point.
  public static func prepare(
    _ collection: FeatureCollection, source: String, options: RepairOptions
  ) throws -> PreparedRepair {
    let crs = try InputCRS.detect(collection, source: source)
    let (features, propertyEntries) = WrappedProperties.unwrap(try lonLatFeatures(collection, crs: crs, source: source))
    let field = try FeatureCodes.field(in: features, given: options.idField, source: source)
    let codes = FeatureCodes.codes(of: features, field: field.name)
    let outcomes = try repairFeatures(features, codes: codes, winding: options.winding)
    let kept = outcomes.indices.filter { !outcomes[$0].polygons.isEmpty }
    guard !kept.isEmpty else {
      let types = Set(collection.features.compactMap { $0.geometry?.typeName }).sorted()
      throw RepairError.noPolygon(source: source, featureCount: collection.features.count, geometryTypes: types)
    }
    var entries = crs.entries + propertyEntries
    entries += collection.featuresWithExtraDimensions.map { index in
      DefectEntry(
        defect: .extraDimensions, featureIndex: index, code: codes[index],
        detail: "positions with a third or fourth value (Z or M): dropped to 2D")
    }
    entries += outcomes.flatMap(\.geometryEntries)
    entries += outcomes.compactMap(\.windingEntry)
    entries += FeatureCodes.entries(features: features, kept: kept, field: field.name, codes: codes)
    return PreparedRepair(
      source: source, options: options, format: collection.format, crsFound: crs.description, features: features,
      codeField: field, codes: codes, outcomes: outcomes, kept: kept, entries: entries)
  }

  /// The features in WGS84 lon/lat; a CRS named by the file that PROJ does not know is the user's error.
  private static func lonLatFeatures(_ collection: FeatureCollection, crs: InputCRS, source: String) throws -> [Feature] {
    do {
      return try Reprojection.toLonLat(collection.features, from: crs)
    } catch {
      guard case .cannotCreateTransformation = error, collection.crs != nil, let name = crs.projDefinition else { throw error }
      throw RepairError.unknownCRS(source: source, name: name)
    }
  }

  /// Steps 2 and 3 on both cores: the features split in two halves of about as many
  /// vertices, each repaired with its own GEOS context (contexts are per thread).
  private static func repairFeatures(
    _ features: [Feature], codes: [String?], winding: Winding?
  ) throws(GEOSError) -> [FeatureOutcome] {
    let weights = features.map { RingMeasures.vertexCount($0.geometry?.polygons ?? []) }
    let total = weights.reduce(0, +)
    var split = 0
    var running = 0
    while split < features.count, running * 2 < total {
      running += weights[split]
      split += 1
    }
    let halves = [0..<split, split..<features.count]
    var outcomes = [FeatureOutcome](repeating: FeatureOutcome(), count: features.count)
    let errors = Mutex<[GEOSError]>([])
    outcomes.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let buffer = buffer
      DispatchQueue.concurrentPerform(iterations: halves.count) { half in
        do throws(GEOSError) {
          let repair = FeatureRepair(context: try GEOSContext(), winding: winding)
          for index in halves[half] {
            buffer[index] = try repair.repair(features[index].geometry, index: index, code: codes[index])
          }
        } catch {
          errors.withLock { $0.append(error) }
        }
      }
    }
    if let error = errors.withLock({ $0.first }) { throw error }
    return outcomes
  }
}

/// A repair done but for the coverage check (see ``BoundaryRepair/prepare(_:source:options:)``).
public struct PreparedRepair: Sendable {
  let source: String
  let options: RepairOptions
  let format: BoundaryFormat
  let crsFound: String
  let features: [Feature]
  let codeField: (name: String?, detected: Bool)
  let codes: [String?]
  var outcomes: [FeatureOutcome]
  let kept: [Int]
  let entries: [DefectEntry]

  /// The repaired features as they will be written, unless `--snap` closes gaps or overlaps.
  public var collection: FeatureCollection {
    FeatureCollection(features: kept.map { feature($0) }, format: format)
  }

  /// The property holding commune codes, as the report will give it.
  public var codeFieldName: String? { codeField.name }

  /// Whether ``finished()`` may still change the features.
  public var mayChange: Bool { options.checkCoverage && options.snapTolerance != nil }

  /// The coverage check (and `--snap`), then the report.
  public func finished() throws -> RepairResult {
    var outcomes = outcomes
    var entries = entries
    var enclaves: [Enclave] = []
    if options.checkCoverage {
      let communes = kept.map { CoverageCommune(index: $0, code: codes[$0], polygons: outcomes[$0].polygons) }
      let coverage = try CoverageCheck.check(communes, snap: options.snapTolerance)
      entries += coverage.entries
      enclaves = coverage.enclaves
      for (commune, polygons) in coverage.snapped {
        let index = kept[commune]
        outcomes[index].polygons = options.winding.map { winding in
          polygons.map { RingMeasures.oriented($0, exteriorCounterClockwise: winding == .counterClockwise).polygon }
        } ?? polygons
        outcomes[index].outputArea = RingMeasures.area(polygons)
      }
    }
    let output = kept.filter { !outcomes[$0].polygons.isEmpty }
    let report = RepairReport(
      source: source, format: format.label, featureCount: features.count, outputFeatureCount: output.count,
      codeField: codeField.name, codeFieldWasDetected: codeField.name != nil && codeField.detected, crsFound: crsFound,
      inputVertexCount: outcomes.reduce(0) { $0 + $1.inputVertexCount },
      outputVertexCount: output.reduce(0) { $0 + RingMeasures.vertexCount(outcomes[$1].polygons) },
      inputArea: outcomes.reduce(0) { $0 + $1.inputArea },
      outputArea: output.reduce(0) { $0 + outcomes[$1].outputArea },
      entries: entries, enclaves: enclaves)
    let repaired = PreparedRepair(
      source: source, options: options, format: format, crsFound: crsFound, features: features, codeField: codeField,
      codes: codes, outcomes: outcomes, kept: output, entries: entries)
    return RepairResult(collection: repaired.collection, report: report, originalIndexes: output)
  }

  private func feature(_ index: Int) -> Feature {
    var feature = features[index]
    let polygons = outcomes[index].polygons
    feature.geometry = polygons.count == 1 ? .polygon(polygons[0]) : .multiPolygon(polygons)
    return feature
  }
}
