/// A French description of a visual for readers who cannot see it: what is shown,
/// where, the classes and the extremes. Written beside each output (`.txt`), into
/// the SVG `<desc>`, and offered as the alt text of a social post.
public enum AltText {
  /// The description of a map.
  /// - Parameters:
  ///   - content: what the map shows.
  ///   - names: the commune name of each feature (nil when unknown: its code is used).
  ///   - codes: the commune code of each feature.
  public static func map(_ content: MapContent, names: [String?], codes: [String?]) -> String {
    var sentences: [String] = []
    let drawn = content.boundaries.indices.filter { content.boundaries[$0] != nil }
    var opening = "Carte de \(drawn.count) communes : \(content.texts.title.trimmingTrailingPeriod)"
    if let subtitle = content.texts.subtitle, !subtitle.isEmpty { opening += " (\(subtitle.trimmingTrailingPeriod))" }
    sentences.append(opening)
    func name(_ index: Int) -> String { names[index] ?? codes[index] ?? "commune \(index + 1)" }
    let unit = content.unit.map { $0 == "%" ? "\u{202F}%" : "\u{00A0}" + $0 } ?? ""

    switch content.fill {
    case .classes(let values, let classification, _):
      let labels = ClassLabels.french(bounds: classification.breaks.bounds, unit: content.unit)
      let legend = content.texts.legendTitle.map { " de « \($0) »" } ?? ""
      sentences.append(
        "Les communes sont colorées selon \(classification.classCount) classes\(legend), du plus clair au plus foncé : "
          + labels.joined(separator: " ; "))
      let known = drawn.compactMap { index in values[index].map { (index: index, value: $0) } }
      if let highest = known.max(by: { $0.value < $1.value }), let lowest = known.min(by: { $0.value < $1.value }) {
        let decimals = known.contains { $0.value != $0.value.rounded() } ? 1 : 0
        func described(_ point: (index: Int, value: Double)) -> String {
          "\(name(point.index)) (\(FrenchNumberFormat.format(point.value, decimals: decimals) + unit))"
        }
        sentences.append("Valeur la plus élevée : \(described(highest)) ; la plus faible : \(described(lowest))")
      }
      let missing = drawn.count - known.count
      if missing > 0 { sentences.append("\(missing) commune\(missing > 1 ? "s" : "") sans donnée, en gris hachuré") }
    case .categories(let values, let categories):
      let counts = categories.map { category in
        "\(category.name) (\(drawn.filter { values[$0] == category.name }.count))"
      }
      sentences.append("Les communes sont colorées selon \(categories.count) catégories : " + counts.joined(separator: ", "))
    case .plain:
      break
    }

    if let layer = content.symbols {
      let known = drawn.compactMap { index in layer.values[index].flatMap { $0 > 0 ? (index: index, value: $0) : nil } }
      let title = layer.title.map { " (\($0))" } ?? ""
      var sentence = "Des cercles proportionnels\(title) sont placés sur \(known.count) communes"
      let ranked = known.sorted { $0.value > $1.value }.prefix(3)
      if !ranked.isEmpty {
        sentence += " ; les plus grands : " + ranked.map {
          "\(name($0.index)) (\(FrenchNumberFormat.format($0.value, decimals: 0)))"
        }.joined(separator: ", ")
      }
      sentences.append(sentence)
    }
    if !content.labels.isEmpty {
      sentences.append("Communes nommées sur la carte : " + content.labels.map(\.text).joined(separator: ", "))
    }
    if let footer = content.texts.footerLine { sentences.append(footer.trimmingTrailingPeriod) }
    return sentences.map { $0 + "." }.joined(separator: " ")
  }
}

extension String {
  /// The text without its final periods and spaces, to end a sentence with one period.
  var trimmingTrailingPeriod: String {
    var text = self
    while text.last == "." || text.last == " " { text.removeLast() }
    return text
  }
}
