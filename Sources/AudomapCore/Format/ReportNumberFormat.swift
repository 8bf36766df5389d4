/// Numbers in the English reports the CLI prints (join summary, repair
/// report): thousands grouped with commas. Visuals use `FrenchNumberFormat`.
public enum ReportNumberFormat {
  /// `34812` → `34,812`.
  public static func grouped(_ number: Int) -> String {
    let digits = String(number.magnitude)
    var text = number < 0 ? "-" : ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0, (digits.count - offset) % 3 == 0 { text += "," }
      text.append(digit)
    }
    return text
  }
}
