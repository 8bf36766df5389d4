/// The words around a map: what the reader sees before the colours.
public struct MapTexts: Hashable, Sendable {
  public var title: String
  public var subtitle: String?
  public var legendTitle: String?
  /// The source and credits line at the bottom.
  public var source: String?

  public init(title: String, subtitle: String? = nil, legendTitle: String? = nil, source: String? = nil) {
    self.title = title
    self.subtitle = subtitle
    self.legendTitle = legendTitle
    self.source = source
  }
}
