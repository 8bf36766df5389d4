/// The outcome of ``Join/join(features:codeField:table:keyColumn:keyWasDetected:valueColumn:options:)``.
public struct JoinResult: Hashable, Sendable {
  /// One value per feature, in feature order; nil when the feature has no code,
  /// no row, or an empty or non-numeric value.
  public let values: [Double?]
  /// What matched and what did not, for the CLI to print.
  public let report: JoinReport
  /// The rows that no feature used, in table order (for `--unmatched`).
  public let unmatchedRows: [UnmatchedRow]
}

/// A table row that no feature used, and why.
public struct UnmatchedRow: Hashable, Sendable {
  public enum Reason: Hashable, Sendable {
    /// The key cell is not a commune code.
    case invalidCode
    /// No feature has this code (nor, through the history, its current code).
    case noFeature(CommuneCode)
    /// The commune was later split between several: no single commune to give the row to.
    case divided(CommuneCode, into: [CommuneCode])
  }

  /// The index of the row in the table's `rows`.
  public let row: Int
  public let reason: Reason
}

extension UnmatchedRow.Reason: CustomStringConvertible {
  /// A short explanation for the `--unmatched` file.
  public var description: String {
    switch self {
    case .invalidCode: return "not a commune code"
    case .noFeature(let code): return "no commune \(code) in the basemap"
    case .divided(let code, let parts):
      return "\(code) was divided between \(parts.map(\.rawValue).joined(separator: ", "))"
    }
  }
}

extension UnmatchedRow.Reason {
  /// The row's commune code, when it has one.
  var code: CommuneCode? {
    switch self {
    case .invalidCode: return nil
    case .noFeature(let code), .divided(let code, _): return code
    }
  }
}
