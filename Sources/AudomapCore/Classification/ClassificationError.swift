/// Errors classifying a column of values.
public enum ClassificationError: AudomapError, Hashable {
  /// The class count asked for is outside `Classification.classCountRange`.
  case classCountOutOfRange(requested: Int)
  /// None of the values is a number: all are empty, NaN or infinite.
  case noNumericValues(total: Int)

  public var exitStatus: ExitStatus {
    switch self {
    case .classCountOutOfRange: return .usage
    case .noNumericValues: return .dataError
    }
  }

  public var description: String {
    switch self {
    case .classCountOutOfRange(let requested):
      let range = Classification.classCountRange
      return "Class count \(requested) is out of range: choose between \(range.lowerBound) and "
        + "\(range.upperBound) classes (more than \(range.upperBound) shades cannot be told apart on a map)."
    case .noNumericValues(let total):
      let values = total == 1 ? "the only value is" : "all \(total) values are"
      return "Nothing to classify: \(values) empty or not a number. "
        + "Check the value column and that the join matched rows to communes."
    }
  }
}
