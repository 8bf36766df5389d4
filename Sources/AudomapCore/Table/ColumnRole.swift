/// What a column name was given for, so that an error can name the option to fix.
public enum ColumnRole: Hashable, Sendable {
  case key
  case value
  case filter
  /// The column of years (or other periods) that `--change` compares.
  case period
  /// The column of inhabitants in the `--population` table.
  case population
  /// The column whose values are a chart's bars (`audomap chart --category`).
  case category
  /// The column whose values are a chart's series (`audomap chart --series`).
  case series

  /// The CLI option that sets a column of this role.
  public var option: String {
    switch self {
    case .key: return "--key"
    case .value: return "--value"
    case .filter: return "--filter"
    case .period: return "--period-column"
    case .population: return "--population-column"
    case .category: return "--category"
    case .series: return "--series"
    }
  }
}
