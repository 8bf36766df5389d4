import AudomapCore

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
    lines.append("Projection: \(projection). Classes: \(classification.breaks.classCount) (\(classification.method.rawValue)).")
    lines.append("Wrote " + written.joined(separator: ", "))
    return lines
  }
}
