import Foundation

extension JoinReport {
  /// One line for stderr, e.g. `Join on insee (detected): 53/53 communes matched, 53/53 rows used.`
  public var summary: String {
    var text =
      "Join on \(keyColumn)\(keyWasDetected ? " (detected)" : ""): "
      + "\(Self.grouped(matchedFeatures))/\(Self.grouped(featureCount)) communes matched"
    if matchedFeatures < featureCount { text += " (\(matchedPercent)%)" }
    text += ", \(Self.grouped(rowsUsed))/\(Self.grouped(rowCount)) rows used"

    // As in mapshaper, orphan codes are listed only when both sides have some:
    // a one-sided gap is the expected shape of a subset or superset join (a
    // CAPSO table on a Pas-de-Calais basemap) and its sample would be noise.
    let listOrphans = featuresWithoutData.count > 0 && unusedRows.count > 0
    var parts: [String] = []
    if featuresWithoutData.count > 0 {
      parts.append(
        "\(Self.grouped(featuresWithoutData.count)) without data" + (listOrphans ? Self.example(featuresWithoutData) : ""))
    }
    if featuresWithoutCode.count > 0 {
      parts.append(
        Self.counted(featuresWithoutCode.count, "feature") + " without a code"
          + Self.example(featuresWithoutCode, prefix: "features ") { "#\($0)" })
    }
    if unusedRows.count > 0 {
      parts.append(Self.counted(unusedRows.count, "row") + " unused" + (listOrphans ? Self.example(unusedRows) : ""))
    }
    if let aggregation, duplicateKeys.count > 0 {
      parts.append(
        Self.counted(duplicateKeys.count, "commune") + " with several rows, \(aggregation.participle)"
          + Self.example(duplicateKeys))
    }
    if featuresThroughHistory.count > 0 {
      parts.append(
        Self.counted(featuresThroughHistory.count, "former commune") + " of the basemap given the value of "
          + "\(featuresThroughHistory.count == 1 ? "its" : "their") current commune" + Self.example(featuresThroughHistory)
          + " (--update-codes merges them)")
    }
    if rowsThroughHistory.count > 0 {
      parts.append(
        Self.counted(rowsThroughHistory.count, "former commune") + " of the table counted in "
          + "\(rowsThroughHistory.count == 1 ? "its" : "their") current commune" + Self.example(rowsThroughHistory))
    }
    if dividedCommunes.count > 0 {
      parts.append(Self.counted(dividedCommunes.count, "divided commune") + " unused" + Self.example(dividedCommunes))
    }
    if foldedArrondissements.count > 0 {
      parts.append(Self.counted(foldedArrondissements.count, "arrondissement") + " counted in their city")
    }
    if restoredCodes.count > 0 {
      parts.append(
        Self.counted(restoredCodes.count, "code") + " missing a leading zero, restored" + Self.example(restoredCodes))
    }
    if rowsWithInvalidCode.count > 0 {
      parts.append(
        Self.counted(rowsWithInvalidCode.count, "row") + " with an invalid code"
          + Self.example(rowsWithInvalidCode, prefix: rowsWithInvalidCode.count == 1 ? "line " : "lines "))
    }
    if nonNumericValues.count > 0 {
      parts.append(Self.counted(nonNumericValues.count, "non-numeric value") + Self.example(nonNumericValues))
    }
    if missingValues > 0 {
      parts.append(Self.counted(missingValues, "missing value"))
    }
    switch derivation {
    case .rate(let rate)?: parts += rate.summaryParts
    case .change(let change)?: parts += change.summaryParts
    case nil: break
    }
    return text + parts.map { "; " + $0 }.joined() + "."
  }

  /// Every count with its whole sample, one topic per line, for `--join-details`.
  public var details: [String] {
    var lines = ["Key column: \(keyColumn)\(keyWasDetected ? " (detected)" : ""); value column: \(valueColumn)."]
    func add<Element>(_ title: String, _ tally: Tally<Element>, show: (Element) -> String = { "\($0)" }) {
      guard tally.count > 0 else { return }
      let more = tally.count > tally.sample.count ? ", …" : ""
      lines.append("\(title) (\(Self.grouped(tally.count))): \(tally.sample.map(show).joined(separator: ", "))\(more)")
    }
    add("Communes without data", featuresWithoutData)
    add("Features without a code", featuresWithoutCode) { "#\($0)" }
    add("Unused rows (codes no feature has)", unusedRows)
    add("Rows without a commune code", rowsWithInvalidCode) { "line \($0)" }
    if let aggregation { add("Communes with several rows, \(aggregation.participle)", duplicateKeys) }
    add("Former communes of the basemap, given the value of their current commune", featuresThroughHistory)
    add("Former communes of the table, counted in their current commune", rowsThroughHistory)
    add("Communes since divided between several (rows unused)", dividedCommunes)
    add("Arrondissements counted in their city", foldedArrondissements)
    add("Codes missing a leading zero, restored", restoredCodes)
    add("Non-numeric values", nonNumericValues)
    if missingValues > 0 { lines.append("Missing values (empty, NA, s…): \(Self.grouped(missingValues)).") }
    switch derivation {
    case .rate(let rate)?:
      lines.append(rate.headline)
      add("Communes without population", rate.withoutPopulation)
      add("Communes with a population of 0 or not a number", rate.unusablePopulation)
    case .change(let change)?:
      lines.append(change.headline)
      add("Communes with a row in only one period", change.onlyOnePeriod)
      add("Communes whose first value is 0 (no percentage)", change.zeroBase)
    case nil: break
    }
    return lines
  }

  /// One decimal, but never "100.0" while some communes lack data, nor "0.0" when some matched.
  ///
  /// Only shown when `matchedFeatures < featureCount`, so `featureCount` is not zero.
  private var matchedPercent: String {
    let percent = (Double(matchedFeatures) / Double(featureCount) * 1000).rounded() / 10
    return String(format: "%.1f", min(max(percent, matchedFeatures > 0 ? 0.1 : 0), 99.9))
  }

  /// ` (e.g. a, b, …)` with the first ``sampleLimit`` items, and an ellipsis when that is not everything.
  static func example<Element>(
    _ tally: Tally<Element>, prefix: String = "e.g. ", show: (Element) -> String = { "\($0)" }
  ) -> String {
    guard !tally.sample.isEmpty else { return "" }
    let shown = tally.sample.prefix(sampleLimit)
    let more = tally.count > shown.count ? ", …" : ""
    return " (\(prefix)\(shown.map(show).joined(separator: ", "))\(more))"
  }

  static func counted(_ count: Int, _ noun: String) -> String {
    "\(grouped(count)) \(noun)\(count == 1 ? "" : "s")"
  }

  static func grouped(_ count: Int) -> String { ReportNumberFormat.grouped(count) }
}

extension RateReport {
  /// `value per 1,000 inhabitants (PMUN of population.csv)`.
  var headline: String {
    let perText = per == 1 ? "inhabitant" : "\(Self.number(per)) inhabitants"
    return "Value per \(perText) (\(column) of \(URL(fileURLWithPath: source).lastPathComponent))."
  }

  var summaryParts: [String] {
    var parts = [String(headline.dropLast()).lowercasedFirst]
    if withoutPopulation.count > 0 {
      parts.append(
        JoinReport.counted(withoutPopulation.count, "commune") + " without population"
          + JoinReport.example(withoutPopulation))
    }
    if unusablePopulation.count > 0 {
      parts.append(
        JoinReport.counted(unusablePopulation.count, "commune") + " with a population of 0 or not a number"
          + JoinReport.example(unusablePopulation))
    }
    return parts
  }

  /// `1,000`, or `2.5` for a fractional base.
  private static func number(_ value: Double) -> String {
    value.rounded() == value && abs(value) < 1e15 ? ReportNumberFormat.grouped(Int(value)) : String(value)
  }
}

extension ChangeReport {
  /// `Change in percent from annee 2019 (53 rows) to 2025 (53 rows); 265 rows of other periods left out.`
  var headline: String {
    let kind = change.kind == .percent ? "in percent" : "as a difference"
    var text =
      "Change \(kind) from \(change.column) \(change.from) (\(JoinReport.counted(rowsFrom, "row"))) "
      + "to \(change.to) (\(JoinReport.counted(rowsTo, "row")))"
    if rowsOtherPeriods > 0 { text += "; \(JoinReport.counted(rowsOtherPeriods, "row")) of other periods left out" }
    return text + "."
  }

  var summaryParts: [String] {
    var parts = ["change \(change.from) → \(change.to)" + (change.kind == .percent ? " in %" : "")]
    if onlyOnePeriod.count > 0 {
      parts.append(
        JoinReport.counted(onlyOnePeriod.count, "commune") + " in only one period" + JoinReport.example(onlyOnePeriod))
    }
    if zeroBase.count > 0 {
      parts.append(
        JoinReport.counted(zeroBase.count, "commune") + " starting from 0, no percentage"
          + JoinReport.example(zeroBase))
    }
    return parts
  }
}

extension String {
  fileprivate var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
