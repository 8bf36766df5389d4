import AudomapCore
import Foundation

/// How a map looks beyond its data: the kind of map, labels, outline, format.
public struct MapDesign: Hashable, Sendable {
  public enum Kind: String, CaseIterable, Hashable, Sendable {
    /// Communes coloured by classes of the value.
    case choropleth
    /// Circles proportional to the value over plain communes.
    case symbols
    /// Communes coloured by the category in a text column, with a qualitative ramp.
    case typology

    /// The named ramp this kind takes when none is given: categories need a qualitative one.
    public var defaultRamp: String? { self == .typology ? "Set2" : nil }
  }

  /// Which communes get their name written on the map.
  public enum Labels: Hashable, Sendable {
    case none
    /// The N communes with the highest values.
    case top(Int)
    /// These communes, in this order.
    case codes([CommuneCode])

    /// `top:5` or `62765,62040`, as `--label` and the manifest's `label:` write them; nil otherwise.
    public init?(parsing text: String) {
      if text.lowercased().hasPrefix("top:") {
        guard let count = Int(text.dropFirst(4)), count > 0 else { return nil }
        self = .top(count)
        return
      }
      let codes = text.split(separator: ",").map { CommuneCode(String($0).trimmingCharacters(in: .whitespaces)) }
      guard !codes.isEmpty, codes.allSatisfy({ $0 != nil }) else { return nil }
      self = .codes(codes.compactMap { $0 })
    }
  }

  public var kind: Kind
  /// A second value drawn as circles over the choropleth (two variables on one map).
  public var symbolColumn: String?
  public var labels: Labels
  /// Draw the territory's outline over the communes.
  public var outline: Bool
  /// Colour classes below this value with a second hue (a diverging ramp), e.g. 0 for a change.
  public var divergingCenter: Double?
  /// The unit of the value for the legend and the alt text, e.g. "%" or "hab./km²".
  public var unit: String?
  public var scaleBar: Bool
  /// An arrow pointing north beside the scale bar.
  public var northArrow: Bool
  /// A boundary file of the area around the territory (its département), drawn as a locator inset.
  public var insetPath: String?
  /// A named ramp from `Palettes/ramps/` instead of the brand kit's.
  public var ramp: NamedRamp?
  /// Divide each value by its commune's area in km² (a density).
  public var perSquareKilometre: Bool

  public init(
    kind: Kind = .choropleth, symbolColumn: String? = nil, labels: Labels = .none, outline: Bool = true,
    divergingCenter: Double? = nil, unit: String? = nil, scaleBar: Bool = true, ramp: NamedRamp? = nil,
    perSquareKilometre: Bool = false, northArrow: Bool = false, insetPath: String? = nil
  ) {
    self.kind = kind
    self.symbolColumn = symbolColumn
    self.labels = labels
    self.outline = outline
    self.divergingCenter = divergingCenter
    self.unit = unit
    self.scaleBar = scaleBar
    self.northArrow = northArrow
    self.insetPath = insetPath
    self.ramp = ramp
    self.perSquareKilometre = perSquareKilometre
  }
}
