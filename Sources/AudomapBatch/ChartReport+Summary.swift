import AudomapCore

extension ChartReport {
  /// The lines the CLI prints on stderr after a chart run.
  public var summaryLines: [String] {
    var rows = "\(ReportNumberFormat.grouped(rowsUsed)) of \(ReportNumberFormat.grouped(rowsRead)) rows used"
    if let aggregation { rows += " (\(aggregation.participle) per category)" }
    var lines = [rows + ": \(categories) categor\(categories == 1 ? "y" : "ies"), \(series.count) series (\(series.joined(separator: ", ")))."]
    if let unit, unitFromColumns { lines.append("Unit \"\(unit)\" taken from the value columns' names (--unit sets another).") }
    lines += notes.map(\.description)
    lines += warnings.map(\.description)
    lines.append("Wrote " + written.joined(separator: ", "))
    return lines
  }
}
