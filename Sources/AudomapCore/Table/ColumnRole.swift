/// What a column name was given for, so that an error can name the option to fix.
public enum ColumnRole: Hashable, Sendable {
  case key
  case value
  case filter

  /// The CLI option that sets a column of this role.
  public var option: String {
    switch self {
    case .key: return "--key"
    case .value: return "--value"
    case .filter: return "--filter"
    }
  }
}
