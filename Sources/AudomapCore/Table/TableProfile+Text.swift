import Foundation

extension TableProfile {
  /// The human report `audomap data inspect` prints: a headline, then one
  /// line per column (name, type, missing count, samples), and under a
  /// numeric column the cells that are not numbers.
  public func textLines() -> [String] {
    let bom = hadByteOrderMark ? " with byte order mark" : ""
    let separatorText = separatorName == "tab" ? "tab" : "\"\(separator)\" (\(separatorName))"
    var lines = [
      "\(source): \(encoding.name)\(bom), separator \(separatorText), "
        + "\(ReportNumberFormat.grouped(rowCount)) \(rowCount == 1 ? "row" : "rows"), "
        + "\(columns.count) \(columns.count == 1 ? "column" : "columns")."
    ]
    let nameWidth = max("column".count, columns.map(\.name.count).max() ?? 0)
    let typeWidth = max("type".count, columns.map(\.type.label.count).max() ?? 0)
    let missingHeading = "missing"
    func row(_ name: String, _ type: String, _ missing: String, _ samples: String) -> String {
      name.padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  "
        + type.padding(toLength: typeWidth, withPad: " ", startingAt: 0) + "  "
        + String(repeating: " ", count: max(0, missingHeading.count - missing.count)) + missing + "  " + samples
    }
    lines.append(row("column", "type", missingHeading, "sample values"))
    for column in columns {
      lines.append(
        row(column.name, column.type.label, ReportNumberFormat.grouped(column.missingCount), column.samplesText))
      guard column.unreadableCount > 0 else { continue }
      let shown = column.unreadableSamples.map { "line \($0.line) \"\($0.text)\"" }.joined(separator: ", ")
      let more = column.unreadableCount > column.unreadableSamples.count ? ", …" : ""
      let count = ReportNumberFormat.grouped(column.unreadableCount)
      lines.append(
        "  \(column.name): \(count) \(column.unreadableCount == 1 ? "cell is" : "cells are") not a number: \(shown)\(more)")
    }
    return lines
  }

  /// The profile as pretty JSON with sorted keys (stable across runs).
  public func jsonBytes() throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return [UInt8](try encoder.encode(self)) + [UInt8(ascii: "\n")]
  }
}

extension ColumnProfile {
  /// `2019, 2020, 2021, … (7 distinct, 2019 to 2025)`; a sample holding
  /// `, ` is quoted (a decimal comma is not), line breaks show as `↵` so that
  /// each column keeps one line.
  fileprivate var samplesText: String {
    guard !samples.isEmpty else { return "" }
    var shown = samples.map { sample in
      let oneLine = sample.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: "↵")
      return oneLine.contains(", ") ? "\"\(oneLine)\"" : oneLine
    }
    if distinctCount > samples.count { shown.append("…") }
    var notes = ["\(ReportNumberFormat.grouped(distinctCount)) distinct"]
    if let minimum, let maximum, minimum < maximum {
      let range = type == .year
        ? "\(Int(minimum)) to \(Int(maximum))" : "\(Self.number(minimum)) to \(Self.number(maximum))"
      notes.append(range + (type == .percentage ? " %" : ""))
    }
    return shown.joined(separator: ", ") + " (" + notes.joined(separator: ", ") + ")"
  }

  /// `117,221` or `-1,234.57`: English grouping, as the other reports; at most two decimals.
  private static func number(_ value: Double) -> String {
    let hundredths = (abs(value) * 100).rounded()
    guard hundredths < 1e17 else { return "\(value)" }
    let whole = Int(hundredths) / 100
    let fraction = Int(hundredths) % 100
    let sign = value < 0 && hundredths > 0 ? "-" : ""
    let decimals = fraction == 0 ? "" : fraction % 10 == 0 ? ".\(fraction / 10)" : String(format: ".%02d", fraction)
    return sign + ReportNumberFormat.grouped(whole) + decimals
  }
}
