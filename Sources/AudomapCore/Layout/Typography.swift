/// Font sizes and spacing for a page, scaled from a 1080 px square design so
/// that every size keeps the same proportions on any format, but never below
/// ``minimumSize``: a 1200×630 Facebook image would otherwise get 10 px sources.
struct Typography {
  /// The smallest text size drawn, in page units: 12 px reads on a phone at the
  /// sizes networks display posts; on an A4 page (points) it is 12 pt × 595/1080 ≈ 6.6 pt
  /// scaled, so print gets ``minimumPrintSize``.
  static let minimumSize = 12.0
  /// The smallest text on an A4 page, in points: small print, still legible.
  static let minimumPrintSize = 7.0

  /// Page units per design pixel.
  let unit: Double
  let title: Font
  let subtitle: Font
  let legendTitle: Font
  let legendLabel: Font
  let label: Font
  let source: Font

  init(page: Rect, family: String, print: Bool = false) {
    let unit = min(page.width, page.height) / 1080
    let floor = print ? Self.minimumPrintSize : Self.minimumSize
    let size = { (design: Double) in max(design * unit, floor) }
    self.unit = unit
    title = Font(family: family, size: size(46), weight: .bold)
    subtitle = Font(family: family, size: size(28))
    legendTitle = Font(family: family, size: size(24), weight: .bold)
    legendLabel = Font(family: family, size: size(22))
    label = Font(family: family, size: size(21), weight: .bold)
    source = Font(family: family, size: size(18))
  }
}
