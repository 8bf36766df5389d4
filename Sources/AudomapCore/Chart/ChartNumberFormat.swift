/// Value labels on charts: French numbers with as few decimals as the data
/// allows, and the unit written as French typography wants it.
public enum ChartNumberFormat {
  /// The decimals for labelling `values`: none for whole numbers or values from
  /// 100 up (`12 345`, not `12 345,2`), one from 1 up (`7,3`), two below (`0,42`).
  public static func decimals(for values: [Double]) -> Int {
    let finite = values.filter(\.isFinite)
    guard finite.contains(where: { $0 != $0.rounded() }) else { return 0 }
    let largest = finite.map(abs).max() ?? 0
    return largest >= 100 ? 0 : largest >= 1 ? 1 : 2
  }

  /// `value` in French, followed by `unit` when given: `1 234`, `12,5 %`, `830 MWh`.
  public static func label(_ value: Double, decimals: Int, unit: String? = nil) -> String {
    FrenchNumberFormat.format(value, decimals: decimals) + (unit.map(unitSuffix) ?? "")
  }

  /// The unit as it follows a number: a narrow no-break space before `%`, a
  /// no-break space before any other unit, so that neither is left alone on a line.
  public static func unitSuffix(_ unit: String) -> String {
    guard !unit.isEmpty else { return "" }
    return (unit == "%" ? "\u{202F}" : "\u{00A0}") + unit
  }
}
