/// A category label broken into lines that fit a width: whole on one line,
/// else on two lines broken after a space or a hyphen ("Saint-Martin-" /
/// "lez-Tatinghem"), else cut with an ellipsis. Each line is its own text, so
/// that the layout can right-align or centre it.
struct CategoryLabelFit: Hashable {
  var lines: [String]
  /// Whether the label lost characters to an ellipsis.
  var shortened: Bool

  static let ellipsis = "…"

  static func fit(_ label: String, width: Double, maxLines: Int, font: Font, measurer: some TextMeasuring) -> CategoryLabelFit {
    func fits(_ text: String) -> Bool { measurer.measure(text, font: font, wrapWidth: nil).width <= width }
    if fits(label) { return CategoryLabelFit(lines: [label], shortened: false) }
    guard maxLines >= 2 else { return CategoryLabelFit(lines: [shortened(label, fits)], shortened: true) }

    let breaks = breakPoints(label)
    // Both halves fit: the most balanced break.
    var best: (lines: [String], width: Double)?
    for split in breaks {
      let (first, second) = halves(label, at: split)
      guard !first.isEmpty, !second.isEmpty, fits(first), fits(second) else { continue }
      let widest = max(measurer.measure(first, font: font, wrapWidth: nil).width, measurer.measure(second, font: font, wrapWidth: nil).width)
      if best.map({ widest < $0.width }) ?? true { best = ([first, second], widest) }
    }
    if let best { return CategoryLabelFit(lines: best.lines, shortened: false) }
    // The longest first line that fits, the rest cut short.
    if let split = breaks.last(where: { fits(halves(label, at: $0).0) }) {
      let (first, second) = halves(label, at: split)
      if !first.isEmpty, !second.isEmpty { return CategoryLabelFit(lines: [first, shortened(second, fits)], shortened: true) }
    }
    return CategoryLabelFit(lines: [shortened(label, fits)], shortened: true)
  }

  /// Where a line may end: after a space (dropped) or a hyphen (kept).
  private static func breakPoints(_ label: String) -> [String.Index] {
    label.indices.filter { label[$0] == " " || label[$0] == "-" }.map { label.index(after: $0) }
  }

  private static func halves(_ label: String, at split: String.Index) -> (String, String) {
    let first = label[..<split].trimmingSuffix(" ")
    let second = label[split...].trimmingPrefix(" ")
    return (String(first), String(second))
  }

  /// The longest start of `text` that fits once followed by an ellipsis
  /// (trailing spaces and hyphens dropped): the ellipsis alone if nothing does.
  private static func shortened(_ text: String, _ fits: (String) -> Bool) -> String {
    let characters = Array(text)
    var (low, high) = (0, characters.count)
    while low < high {
      let middle = (low + high + 1) / 2
      if fits(candidate(characters, middle)) { low = middle } else { high = middle - 1 }
    }
    return candidate(characters, low)
  }

  private static func candidate(_ characters: [Character], _ count: Int) -> String {
    var prefix = characters[..<count]
    while let last = prefix.last, last == " " || last == "-" { prefix = prefix.dropLast() }
    return String(prefix) + ellipsis
  }
}

extension Substring {
  fileprivate func trimmingSuffix(_ character: Character) -> Substring {
    var text = self
    while text.last == character { text = text.dropLast() }
    return text
  }

  fileprivate func trimmingPrefix(_ character: Character) -> Substring {
    var text = self
    while text.first == character { text = text.dropFirst() }
    return text
  }
}
