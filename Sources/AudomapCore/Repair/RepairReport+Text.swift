import Foundation

extension RepairReport {
  /// The human report `audomap inspect` and `audomap repair` print: a
  /// headline, the counts per defect, then up to `detailLimit` entries per
  /// defect (the JSON report lists them all).
  public func textLines(detailLimit: Int = 10) -> [String] {
    var lines: [String] = []
    let codes = codeField.map { "codes in \"\($0)\" (\(codeFieldWasDetected ? "detected" : "given"))" } ?? "no code field found"
    lines.append("\(source): \(format), \(ReportNumberFormat.grouped(featureCount)) features, \(crsFound), \(codes).")
    lines.append(
      "Vertices \(ReportNumberFormat.grouped(inputVertexCount)) → \(ReportNumberFormat.grouped(outputVertexCount)); "
        + "area \(Self.squareKilometres(inputArea)) → \(Self.squareKilometres(outputArea)); "
        + "features out: \(ReportNumberFormat.grouped(outputFeatureCount)).")
    guard needsFixing else {
      lines.append("Nothing to fix: the file is valid, RFC 7946 wound, and every commune has its own code.")
      return lines
    }
    lines.append("Found:")
    let width = counts.map(\.defect.rawValue.count).max() ?? 0
    for (defect, count) in counts {
      lines.append("  \(defect.rawValue.padding(toLength: width, withPad: " ", startingAt: 0))  \(ReportNumberFormat.grouped(count))")
    }
    for (defect, count) in counts {
      let shown = entries.lazy.filter { $0.defect == defect }.prefix(detailLimit)
      lines.append("\(defect.rawValue):")
      for entry in shown { lines.append("  " + entry.text) }
      if count > detailLimit { lines.append("  … and \(ReportNumberFormat.grouped(count - detailLimit)) more (see the JSON report).") }
    }
    return lines
  }

  static func squareKilometres(_ squareMetres: Double) -> String {
    String(format: "%.2f km²", squareMetres / 1e6)
  }
}

extension DefectEntry {
  /// One line: where (feature and code), what, and where on Earth.
  public var text: String {
    var parts: [String] = []
    if let featureIndex {
      parts.append("feature \(featureIndex)" + (code.map { " (\($0))" } ?? ""))
    }
    if let otherFeatureIndex { parts.append("and feature \(otherFeatureIndex)") }
    var line = parts.joined(separator: " ")
    line += (line.isEmpty ? "" : ": ") + detail
    // Other defects say in their detail how a fix changed the area.
    if let area, defect == .gap || defect == .overlap { line += String(format: ", %.0f m²", area) }
    if let location { line += String(format: ", at %.5f, %.5f", location.x, location.y) }
    return line
  }
}
