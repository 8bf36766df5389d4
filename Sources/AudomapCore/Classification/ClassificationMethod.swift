/// How class breaks are chosen from the data.
public enum ClassificationMethod: String, CaseIterable, Hashable, Sendable {
  /// Classes with (about) the same number of communes each; see `Quantile`.
  case quantile
  /// Classes of the same width between the minimum and the maximum; see `EqualInterval`.
  case equal

  /// The raw `classCount + 1` bounds of this method for sorted, finite values.
  public func breaks(sorted: [Double], classCount: Int) -> [Double] {
    switch self {
    case .quantile: return Quantile.breaks(sorted: sorted, classCount: classCount)
    case .equal: return EqualInterval.breaks(sorted: sorted, classCount: classCount)
    }
  }
}
