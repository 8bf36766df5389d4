/// The outcome of ``Join/join(features:codeField:table:keyColumn:keyWasDetected:valueColumn:)``.
public struct JoinResult: Hashable, Sendable {
  /// One value per feature, in feature order; nil when the feature has no code,
  /// no row, or an empty or non-numeric value.
  public let values: [Double?]
  /// What matched and what did not, for the CLI to print.
  public let report: JoinReport
}
