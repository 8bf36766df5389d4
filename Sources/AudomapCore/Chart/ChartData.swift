import Foundation

/// How a chart orders its categories (`--sort`).
public enum ChartSort: String, Hashable, Sendable, CaseIterable {
  /// Largest total first; categories without any value last.
  case value
  /// Alphabetical, ignoring case and accents, numbers in numeric order (`2` before `10`).
  case label
  /// As the table lists them.
  case file
}

/// What a chart shows: categories (communes, EPCIs, years) × series (sectors,
/// or a single value column), one value or none for each pair.
///
/// A missing value stays nil through every transform: a year without data is a
/// gap in a line, never a zero.
public struct ChartData: Hashable, Sendable {
  /// The category labels, in drawing order.
  public private(set) var categories: [String]
  /// The series names, in legend and stacking order.
  public private(set) var series: [String]
  /// `values[category][series]`.
  public private(set) var values: [[Double?]]
  /// The label of the last category when it sums the categories left out by
  /// ``top(_:remainderLabel:)``; sorting keeps it last.
  public private(set) var remainderLabel: String?

  /// - Precondition: one row of `series.count` values per category.
  public init(categories: [String], series: [String], values: [[Double?]]) {
    precondition(values.count == categories.count, "one row of values per category")
    precondition(values.allSatisfy { $0.count == series.count }, "one value per series in every row")
    self.categories = categories
    self.series = series
    self.values = values
  }

  /// A single series, e.g. the population of each commune.
  public init(categories: [String], values: [Double?], seriesName: String) {
    self.init(categories: categories, series: [seriesName], values: values.map { [$0] })
  }

  /// The sum of a category's known values; nil when it has none.
  public func total(ofCategory index: Int) -> Double? {
    let known = values[index].compactMap { $0 }
    return known.isEmpty ? nil : known.reduce(0, +)
  }

  /// Whether every value is nil.
  public var isEmpty: Bool { values.allSatisfy { $0.allSatisfy { $0 == nil } } }

  // MARK: - Transforms

  /// The categories reordered; ties keep their file order.
  public func sorted(by order: ChartSort) -> ChartData {
    let body = remainderLabel == nil ? categories.indices : categories.indices.dropLast()
    var indices = Array(body)
    switch order {
    case .file:
      return self
    case .value:
      let totals = indices.map { total(ofCategory: $0) ?? -.infinity }
      indices = indices.indices.sorted { totals[$0] != totals[$1] ? totals[$0] > totals[$1] : $0 < $1 }.map { indices[$0] }
    case .label:
      indices.sort { a, b in
        let order = categories[a].compare(categories[b], options: [.caseInsensitive, .diacriticInsensitive, .numeric])
        return order != .orderedSame ? order == .orderedAscending : a < b
      }
    }
    if remainderLabel != nil { indices.append(categories.count - 1) }
    return reordered(indices)
  }

  /// The `count` categories with the largest totals, in their current order,
  /// followed by one category, `remainderLabel`, summing the others series by
  /// series (none when `remainderLabel` is nil); unchanged when there are no
  /// more than `count`.
  /// - Precondition: `count` ≥ 1.
  public func top(_ count: Int, remainderLabel: String? = "Autres") -> ChartData {
    precondition(count >= 1, "top needs at least one category")
    guard categories.count > count else { return self }
    let ranked = categories.indices.sorted { a, b in
      let (x, y) = (total(ofCategory: a) ?? -.infinity, total(ofCategory: b) ?? -.infinity)
      return x != y ? x > y : a < b
    }
    let kept = Set(ranked.prefix(count))
    let rest = categories.indices.filter { !kept.contains($0) }
    var result = reordered(categories.indices.filter(kept.contains))
    result.remainderLabel = nil
    guard let remainderLabel else { return result }
    result.categories.append(remainderLabel)
    result.values.append(series.indices.map { column in
      let known = rest.compactMap { values[$0][column] }
      return known.isEmpty ? nil : known.reduce(0, +)
    })
    result.remainderLabel = remainderLabel
    return result
  }

  /// Each value as a percentage of its category's total, so that every
  /// category adds up to 100 (100 % stacked bars). A category whose total is
  /// zero or unknown gets no values.
  /// - Throws: ``ChartDataError/negativeShare(category:series:value:)`` for a
  ///   negative value, which has no share of a total.
  public func percentages() throws(ChartDataError) -> ChartData {
    var result = self
    for (row, category) in categories.enumerated() {
      if let (column, value) = values[row].enumerated().lazy.compactMap({ column, value in
        value.flatMap { $0 < 0 ? (column, $0) : nil }
      }).first {
        throw .negativeShare(category: category, series: series[column], value: value)
      }
      let total = total(ofCategory: row) ?? 0
      result.values[row] = values[row].map { value in total > 0 ? value.map { $0 / total * 100 } : nil }
    }
    return result
  }

  /// The categories as years when every label is one (four digits), else nil.
  public var years: [Int]? {
    let years = categories.map { label -> Int? in
      let trimmed = label.trimmingCharacters(in: .whitespaces)
      guard trimmed.count == 4, trimmed.allSatisfy(\.isASCII), let year = Int(trimmed) else { return nil }
      return year
    }
    return years.allSatisfy { $0 != nil } && !years.isEmpty ? years.map { $0! } : nil
  }

  /// For a time series (categories are years): every year from the first to the
  /// last, in order, a year the table lacks getting no values, so that a line
  /// shows the gap. Unchanged when the categories are not all years, or a year repeats.
  public func completingYears() -> ChartData {
    guard let years, Set(years).count == years.count, remainderLabel == nil,
      let first = years.min(), let last = years.max()
    else { return self }
    let rows = Dictionary(uniqueKeysWithValues: zip(years, values))
    let all = Array(first...last)
    return ChartData(
      categories: all.map(String.init), series: series,
      values: all.map { rows[$0] ?? Array(repeating: nil, count: series.count) })
  }

  private func reordered(_ indices: [Int]) -> ChartData {
    var result = self
    result.categories = indices.map { categories[$0] }
    result.values = indices.map { values[$0] }
    return result
  }
}

/// Data that a chart cannot draw as asked.
public enum ChartDataError: AudomapError, Hashable {
  /// A 100 % bar has a negative part.
  case negativeShare(category: String, series: String, value: Double)
  /// `--highlight` names no category; `suggestion` is the closest label, if any.
  case unknownHighlight(label: String, suggestion: String?, categoryCount: Int)
  /// Bars coloured one by one (like a map's classes) hold more than one series.
  case categoryColorsWithSeveralSeries(seriesCount: Int)
  /// No category has any value.
  case noValues(categoryCount: Int)

  public var exitStatus: ExitStatus {
    switch self {
    case .negativeShare, .unknownHighlight, .noValues: return .dataError
    case .categoryColorsWithSeveralSeries: return .usage
    }
  }

  public var description: String {
    switch self {
    case .negativeShare(let category, let series, let value):
      return "\"\(category)\": \"\(series)\" is negative (\(FrenchNumberFormat.format(value, decimals: ChartNumberFormat.decimals(for: [value])))), "
        + "and a 100 % bar can only split positive values. Draw stacked or grouped bars instead, or filter the row out."
    case .unknownHighlight(let label, let suggestion, let count):
      var text = "--highlight \"\(label)\": none of the \(count) categories has this label."
      if let suggestion { text += " Did you mean \"\(suggestion)\"?" }
      return text + " Labels must match exactly."
    case .noValues(let count):
      return "Nothing to draw: none of the \(count) categories has a value. Check the --value columns and the --filter options."
    case .categoryColorsWithSeveralSeries(let count):
      return "Bars coloured like a map's classes need a single value column; this chart has \(count) series. "
        + "Pass one --value column."
    }
  }
}
