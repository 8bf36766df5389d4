/// A scale bar of a round length in kilometres (or metres under 1 km).
public struct ScaleBar: Hashable, Sendable {
  /// The length on the ground, in metres.
  public let metres: Double
  /// The length on the page.
  public let length: Double

  /// The longest round length that fits in `maximumLength` page units at `scale`
  /// page units per metre (Lambert-93 metres: its scale error is under 0.1 %).
  public init(scale: Double, maximumLength: Double) {
    metres = RoundNumber.atMost(maximumLength / scale)
    length = metres * scale
  }

  /// "5 km", "500 m", "2,5 km".
  public var label: String {
    metres >= 1_000
      ? FrenchNumberFormat.format(metres / 1_000, decimals: metres.truncatingRemainder(dividingBy: 1_000) == 0 ? 0 : 1) + "\u{00A0}km"
      : FrenchNumberFormat.format(metres, decimals: 0) + "\u{00A0}m"
  }
}
