import AudomapCore
import Foundation

extension MapReport {
  /// The lines the CLI prints on stderr after a map run.
  public var summaryLines: [String] {
    var lines = [join.summary]
    if outsideProjection > 0 {
      lines.append("\(outsideProjection) of \(featureCount) communes lie outside the \(projection) area and were left out (overseas communes: map them from their own file).")
    }
    if withoutPolygon > 0 {
      lines.append("\(withoutPolygon) features have no polygon and were not drawn (run audomap inspect on the basemap).")
    }
    if let first = invalidGeometries.first {
      let count = invalidGeometries.count
      let place = first.feature.location.map { String(format: " at %.5f, %.5f", $0.x, $0.y) } ?? ""
      let code = first.code.map { " (\($0))" } ?? ""
      lines.append("Warning: \(count) commune\(count == 1 ? " has an invalid shape" : "s have invalid shapes"), "
        + "drawn as read; e.g. feature \(first.feature.featureIndex)\(code): \(first.feature.reason)\(place).")
    }
    lines.append("Projection: \(projection). Classes: \(classification.breaks.classCount) (\(classification.method.rawValue)).")
    lines.append("Wrote " + written.joined(separator: ", "))
    return lines
  }
}
