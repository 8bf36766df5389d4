import AudomapCore
import AudomapGeometry
import AudomapRender
import Foundation

/// Errors in a map request that are found before any file is read.
public enum MapRequestError: AudomapError, Hashable {
  case unknownOutputFormat(path: String)
  case noCodeProperty(source: String, properties: [String])
  case noCodeColumn(source: String, columns: [String])

  public var exitStatus: ExitStatus {
    switch self {
    case .unknownOutputFormat: return .usage
    case .noCodeProperty, .noCodeColumn: return .dataError
    }
  }

  public var description: String {
    switch self {
    case .unknownOutputFormat(let path):
      let known = OutputFormat.allCases.map { "." + $0.rawValue }.joined(separator: ", ")
      return "\(path): unknown output format. Use one of \(known) (the extension chooses the format)."
    case .noCodeProperty(let source, let properties):
      return "\(source): no feature property holds INSEE commune codes (properties: "
        + "\(properties.joined(separator: ", "))). Use a basemap with a commune code per feature."
    case .noCodeColumn(let source, let columns):
      return "\(source): no column holds INSEE commune codes (columns: \(columns.joined(separator: ", "))). "
        + "Name the column of codes with --key."
    }
  }
}

/// Runs the whole pipeline for one map: read, filter, join, classify,
/// project, lay out, render, write. Nothing is written unless every stage succeeded.
public enum MapJob {
  public static func run(_ request: MapRequest) throws -> MapReport {
    let outputs = try request.outputPaths.map { path throws(MapRequestError) in
      guard let format = OutputFormat(path: path) else { throw .unknownOutputFormat(path: path) }
      return (path: path, format: format)
    }
    // Fail before the long work when an output cannot be created.
    for path in outputs.map(\.path) + [request.join.unmatchedPath].compactMap({ $0 }) { try FileIO.checkWritable(path) }

    let palette = try Palette.load(path: request.brandPath)
    let tableReading = Background { try CSVReader.read(path: request.dataPath).filtered(by: request.filters) }
    // Every basemap goes through the repair stage, as `audomap repair` would
    // do it, but without the coverage check and the winding: neither changes
    // what a map shows, and they cost a second on a national file.
    let repaired = try BoundaryRepair.repair(
      try BoundaryReader.read(path: request.basemapPath), source: request.basemapPath,
      options: RepairOptions(idField: request.idField, winding: nil, checkCoverage: false))
    var basemap = repaired.collection
    let table = try tableReading.value()

    guard let codeField = repaired.report.codeField else {
      throw MapRequestError.noCodeProperty(
        source: request.basemapPath, properties: basemap.features.first?.properties.keys ?? [])
    }
    guard let keyColumn = request.keyColumn ?? CodeColumnDetector.detect(in: table) else {
      throw MapRequestError.noCodeColumn(source: request.dataPath, columns: table.columns)
    }
    let joinStage = try JoinStage(settings: request.join).run(
      basemap: basemap, codeField: codeField, table: table, keyColumn: keyColumn,
      keyWasDetected: request.keyColumn == nil, valueColumn: request.valueColumn)
    basemap = joinStage.basemap
    let joined = joinStage.joined

    let projected = try Projector.project(basemap, resolution: max(request.size.width, request.size.height))
    // Only the communes drawn are classified: a left-out overseas commune must
    // not stretch the classes of the mainland map.
    let drawnValues = zip(projected.polygons, joined.values).map { $0.0 == nil ? nil : $0.1 }
    let classification = try Classification.classify(drawnValues, method: request.method, classCount: request.classCount)

    let scene = ChoroplethLayout.scene(
      boundaries: projected.polygons, values: drawnValues, classification: classification,
      texts: request.texts, size: request.size, palette: palette, measurer: PangoTextMeasurer())
    let rendered = try outputs.map { output throws(RenderError) in
      (path: output.path, bytes: try SceneRenderer.render(scene, as: output.format))
    }
    for output in rendered { try FileIO.writeAtomically(output.bytes, to: output.path) }

    return MapReport(
      join: joined.report, classification: classification, projection: projected.projection.name,
      featureCount: basemap.features.count, outsideProjection: projected.outsideDomain.count,
      withoutPolygon: projected.withoutPolygon.count,
      basemapFixes: repaired.report.entries,
      written: rendered.map(\.path), codeUpdate: joinStage.codeUpdate, members: joinStage.members)
  }
}
