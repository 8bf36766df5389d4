/// Font sizes and spacing for a page, scaled from a 1080 px square design
/// so that every size keeps the same proportions on any format.
struct Typography {
  /// Page units per design pixel.
  let unit: Double
  let title: Font
  let subtitle: Font
  let legendTitle: Font
  let legendLabel: Font
  let source: Font

  init(page: Rect, family: String) {
    unit = min(page.width, page.height) / 1080
    title = Font(family: family, size: 46 * unit, weight: .bold)
    subtitle = Font(family: family, size: 28 * unit)
    legendTitle = Font(family: family, size: 24 * unit, weight: .bold)
    legendLabel = Font(family: family, size: 22 * unit)
    source = Font(family: family, size: 18 * unit)
  }
}
