import AudomapCore
import AudomapGeometry
import Foundation

/// The formats `audomap repair` writes, chosen from the output's extension.
public enum BoundaryOutputFormat: String, CaseIterable, Hashable, Sendable {
  case geoJSON = "geojson"
  case topoJSON = "topojson"

  /// `.geojson` or `.json` → GeoJSON, `.topojson` → TopoJSON; nil otherwise.
  public init?(path: String) {
    switch URL(fileURLWithPath: path).pathExtension.lowercased() {
    case "geojson", "json": self = .geoJSON
    case "topojson": self = .topoJSON
    default: return nil
    }
  }
}

/// Everything `audomap repair` (and `inspect`, which writes nothing) needs.
public struct RepairRequest: Hashable, Sendable {
  public var inputPath: String
  /// The repaired file; nil for `inspect`.
  public var outputPath: String?
  /// Where to write the JSON report, if anywhere.
  public var reportPath: String?
  public var options: RepairOptions
  public var precision: Int
  /// Properties to keep, in this order; nil keeps them all.
  public var keep: [String]?
  public var khartis: Bool
  /// Percentage of removable vertices kept by the topology-preserving simplification.
  public var simplifyPercent: Double?
  /// Write the outline of all communes instead of the communes.
  public var dissolve: Bool

  public init(
    inputPath: String, outputPath: String? = nil, reportPath: String? = nil, options: RepairOptions = RepairOptions(),
    precision: Int = 6, keep: [String]? = nil, khartis: Bool = false, simplifyPercent: Double? = nil,
    dissolve: Bool = false
  ) {
    self.inputPath = inputPath
    self.outputPath = outputPath
    self.reportPath = reportPath
    self.options = options
    self.precision = precision
    self.keep = keep
    self.khartis = khartis
    self.simplifyPercent = simplifyPercent
    self.dissolve = dissolve
  }
}

/// Errors in a repair request found before reading the input.
public enum RepairRequestError: AudomapError, Hashable {
  case unknownOutputFormat(path: String)
  case khartisNeedsGeoJSON(path: String)

  public var exitStatus: ExitStatus { .usage }

  public var description: String {
    switch self {
    case .unknownOutputFormat(let path):
      return "\(path): unknown output format. Use .geojson (or .json) for GeoJSON, .topojson for TopoJSON."
    case .khartisNeedsGeoJSON(let path):
      return "\(path): --khartis writes GeoJSON. Give the output a .geojson extension."
    }
  }
}

/// Reads a boundary file, repairs it, and writes the repaired file and the
/// report. Nothing is written unless every stage succeeded.
public enum RepairJob {
  public static func run(_ request: RepairRequest) throws -> RepairReport {
    let format = try request.outputPath.map { path throws(RepairRequestError) in
      guard let format = BoundaryOutputFormat(path: path) else { throw .unknownOutputFormat(path: path) }
      if request.khartis, format != .geoJSON { throw .khartisNeedsGeoJSON(path: path) }
      return format
    }
    for path in [request.outputPath, request.reportPath].compactMap({ $0 }) { try FileIO.checkWritable(path) }

    let input = try BoundaryReader.read(path: request.inputPath)
    let prepared = try BoundaryRepair.prepare(input, source: request.inputPath, options: request.options)
    let options = GeoJSONWriteOptions(precision: request.precision, keep: request.keep, khartis: request.khartis, codeField: prepared.codeFieldName)
    // Plain GeoJSON out of features the coverage check leaves alone is encoded on the
    // other core while the check runs (0.15 s of a national repair).
    let early = format == .geoJSON && request.simplifyPercent == nil && !request.dissolve && !prepared.mayChange
      ? Background { [collection = prepared.collection] in GeoJSONWriter.write(collection, options: options) } : nil
    let repaired = try prepared.finished()
    var collection = repaired.collection
    var report = repaired.report

    var outputs: [(path: String, bytes: [UInt8])] = []
    if let outputPath = request.outputPath, let format {
      if let percent = request.simplifyPercent {
        collection = Topology(collection).simplified(keeping: percent)
          .featureCollection(replacingGeometriesOf: collection)
      }
      if request.dissolve {
        collection = FeatureCollection(features: [Feature(geometry: try Dissolve.outline(of: collection))])
      }
      report.outputVertexCount = collection.vertexCount
      let bytes: [UInt8]
      switch format {
      case .geoJSON:
        bytes = try early?.value() ?? GeoJSONWriter.write(collection, options: options)
      case .topoJSON:
        bytes = TopoJSONWriter.write(
          Topology(collection), properties: collection.features.map { request.keep.map($0.properties.keeping) ?? $0.properties },
          ids: collection.features.map(\.id))
      }
      outputs.append((outputPath, bytes))
    }
    if let reportPath = request.reportPath { outputs.append((reportPath, try report.jsonBytes())) }
    for output in outputs { try FileIO.writeAtomically(output.bytes, to: output.path) }
    return report
  }
}

extension RepairReport {
  /// The report as pretty JSON with sorted keys (stable across runs).
  public func jsonBytes() throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return [UInt8](try encoder.encode(self)) + [UInt8(ascii: "\n")]
  }
}
