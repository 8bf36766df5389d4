/// The words around a map: what the reader sees before the colours.
public struct MapTexts: Hashable, Sendable {
  public var title: String
  public var subtitle: String?
  public var legendTitle: String?
  /// Where the data comes from, e.g. "Source : INSEE, recensement 2022".
  public var source: String?
  /// Who made the visual and when, e.g. "Réalisation : CAPSO, novembre 2026".
  public var credits: String?

  public init(title: String, subtitle: String? = nil, legendTitle: String? = nil, source: String? = nil, credits: String? = nil) {
    self.title = title
    self.subtitle = subtitle
    self.legendTitle = legendTitle
    self.source = source
    self.credits = credits
  }

  /// The source and credits on one line, separated by a middle dot; nil when both are empty.
  public var footerLine: String? {
    let parts = [source, credits].compactMap { $0 }.filter { !$0.isEmpty }
    return parts.isEmpty ? nil : parts.joined(separator: " · ")
  }
}
