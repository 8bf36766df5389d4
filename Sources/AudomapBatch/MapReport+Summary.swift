import AudomapCore

extension MapReport {
  /// The lines the CLI prints on stderr after a map run.
  public var summaryLines: [String] {
    var lines = [join.summary]
    if let codeUpdate { lines.append(codeUpdate.summary) }
    if let members { lines.append(members.summary) }
    if outsideProjection > 0 {
      lines.append("\(outsideProjection) of \(featureCount) communes lie outside the \(projection) area and were left out (overseas communes: map them from their own file).")
    }
    if withoutPolygon > 0 {
      lines.append("\(withoutPolygon) features have no polygon and were not drawn (run audomap inspect on the basemap).")
    }
    if let first = basemapFixes.first {
      let counts = Defect.allCases.compactMap { defect -> String? in
        let count = basemapFixes.lazy.filter { $0.defect == defect }.count
        return count == 0 ? nil : "\(defect.label) \(count)"
      }
      lines.append("Basemap repaired before drawing (\(counts.joined(separator: ", "))), e.g. \(first.text). "
        + "audomap inspect lists every fix.")
    }
    if let classification {
      lines.append("Projection: \(projection). Classes: \(classification.breaks.classCount) (\(classification.method.name.rawValue)).")
      lines += classification.warnings.map(\.description)
    } else if !categories.isEmpty {
      lines.append("Projection: \(projection). Categories: \(categories.count) (\(categories.joined(separator: ", "))).")
    } else {
      lines.append("Projection: \(projection). Proportional circles.")
    }
    if !droppedLabels.isEmpty {
      lines.append("Labels left out for lack of room: \(droppedLabels.joined(separator: ", ")).")
    }
    if insetLeftOut { lines.append("The locator inset was left out: no corner of the map is free of communes and legend.") }
    lines += colorWarnings
    lines.append("Wrote " + written.joined(separator: ", "))
    return lines
  }

  /// Every count of the join with its codes, and the merges of `--update-codes`, for `--join-details`.
  public var joinDetailLines: [String] {
    join.details + (codeUpdate?.details ?? [])
  }
}
