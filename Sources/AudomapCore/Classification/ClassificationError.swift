/// Errors classifying a column of values.
public enum ClassificationError: AudomapError, Hashable {
  /// The class count asked for is outside `Classification.classCountRange`.
  case classCountOutOfRange(requested: Int)
  /// Nested means were asked for a class count other than 2, 4 or 8.
  case nestedMeansClassCount(requested: Int)
  /// None of the values is a number: all are empty, NaN or infinite.
  case noNumericValues(total: Int)
  /// No method has this name; `suggestion` is the closest one, if any is close.
  case unknownMethod(name: String, suggestion: String?)
  /// Manual classes were asked for without bounds.
  case manualBoundsMissing
  /// Bounds were given with a method that computes its own.
  case boundsWithComputedMethod(name: ClassificationMethod.Name)
  /// Bound number `position` (1-based) of `text` is not a finite number.
  case manualBoundNotANumber(text: String, bound: String, position: Int)
  /// Bound number `position` (1-based) is not above the one before it.
  case manualBoundsNotIncreasing(bounds: [Double], position: Int)
  /// The manual bounds, with the classes added for values outside them, make
  /// more classes than `Classification.classCountRange` allows.
  case tooManyManualClasses(bounds: [Double], classCount: Int)
  /// Geometric progression on data with zero or negative values.
  case geometricNeedsPositiveValues(nonPositiveCount: Int, minimum: Double)

  public var exitStatus: ExitStatus {
    switch self {
    case .classCountOutOfRange, .nestedMeansClassCount, .unknownMethod, .manualBoundsMissing,
      .boundsWithComputedMethod, .manualBoundNotANumber, .manualBoundsNotIncreasing, .tooManyManualClasses:
      return .usage
    case .noNumericValues, .geometricNeedsPositiveValues:
      return .dataError
    }
  }

  public var description: String {
    switch self {
    case .classCountOutOfRange(let requested):
      let range = Classification.classCountRange
      return "Class count \(requested) is out of range: choose between \(range.lowerBound) and "
        + "\(range.upperBound) classes (more than \(range.upperBound) shades cannot be told apart on a map)."
    case .nestedMeansClassCount(let requested):
      return "Nested means make 2, 4 or 8 classes (each class is split in two at its mean), not \(requested): "
        + "ask for 4 or 8 classes."
    case .noNumericValues(let total):
      let values = total == 1 ? "the only value is" : "all \(total) values are"
      return "Nothing to classify: \(values) empty or not a number. "
        + "Check the value column and that the join matched rows to communes."
    case .unknownMethod(let name, let suggestion):
      let known = ClassificationMethod.Name.allCases.map(\.rawValue).joined(separator: ", ")
      let hint = suggestion.map { "Did you mean '\($0)'? " } ?? ""
      return "Unknown classification method '\(name)'. \(hint)The methods are \(known)."
    case .manualBoundsMissing:
      return "Manual classes need their bounds, e.g. --breaks 500,1000,5000."
    case .boundsWithComputedMethod(let name):
      return "Class bounds were given with the \(name.rawValue) method, which computes its own: "
        + "give either the bounds (manual classes) or the method."
    case .manualBoundNotANumber(let text, let bound, let position):
      return "Class bounds '\(text)': bound \(position) ('\(bound)') is not a number. "
        + "Separate bounds with commas (500,1000,5000), or with semicolons to write decimal commas (0,5;1;2,5)."
    case .manualBoundsNotIncreasing(let bounds, let position):
      return "Class bounds \(ManualBreaks.describe(bounds)): bound \(position) "
        + "(\(ManualBreaks.describe([bounds[position - 1]]))) is not above bound \(position - 1) "
        + "(\(ManualBreaks.describe([bounds[position - 2]]))). Give the bounds in increasing order, each once."
    case .tooManyManualClasses(let bounds, let classCount):
      let limit = Classification.classCountRange.upperBound
      return "Class bounds \(ManualBreaks.describe(bounds)) make \(classCount) classes, counting those added for "
        + "values below the first bound or above the last: at most \(limit) shades can be told apart. Give fewer bounds."
    case .geometricNeedsPositiveValues(let count, let minimum):
      let values = count == 1 ? "1 value is" : "\(ReportNumberFormat.grouped(count)) values are"
      return "Geometric classes need values above zero, but \(values) zero or negative "
        + "(the smallest is \(ClassificationWarning.plain(minimum))). Choose another method (jenks, quantile, nice) "
        + "or filter those values out."
    }
  }
}
