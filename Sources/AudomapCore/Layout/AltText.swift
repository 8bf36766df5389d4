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
      let known = drawn.filter { values[$0] != nil }
      if let highest = known.max(by: { values[$0]! < values[$1]! }), let lowest = known.min(by: { values[$0]! < values[$1]! }) {
        let decimals = values.compactMap { $0 }.contains { $0 != $0.rounded() } ? 1 : 0
        func value(_ index: Int) -> String { FrenchNumberFormat.format(values[index]!, decimals: decimals) + unit }
        sentences.append("Valeur la plus élevée : \(name(highest)) (\(value(highest))) ; la plus faible : \(name(lowest)) (\(value(lowest)))")
      }
      let missing = drawn.count - known.count
      if missing > 0 { sentences.append("\(missing) commune\(missing > 1 ? "s" : "") sans donnée, en gris") }
    case .categories(let values, let categories):
      let counts = categories.map { category in
        "\(category.name) (\(drawn.filter { values[$0] == category.name }.count))"
      }
      sentences.append("Les communes sont colorées selon \(categories.count) catégories : " + counts.joined(separator: ", "))
    case .plain:
      break
    }

    if let layer = content.symbols {
      let known = drawn.filter { (layer.values[$0] ?? 0) > 0 }
      let title = layer.title.map { " (\($0))" } ?? ""
      var sentence = "Des cercles proportionnels\(title) sont placés sur \(known.count) communes"
      let ranked = known.sorted { layer.values[$0]! > layer.values[$1]! }.prefix(3)
      if !ranked.isEmpty {
        sentence += " ; les plus grands : " + ranked.map {
          "\(name($0)) (\(FrenchNumberFormat.format(layer.values[$0]!, decimals: 0)))"
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
