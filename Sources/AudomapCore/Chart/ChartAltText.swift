extension AltText {
  /// The description of a chart: its kind and title, what the categories and
  /// series are, the extremes, the total, the highlighted category and its
  /// rank, the categories without data, and the source.
  public static func chart(_ content: ChartContent) -> String {
    let data = content.data
    var sentences: [String] = []
    var opening = kindPhrase(content) + " : " + content.texts.title.trimmingTrailingPeriod
    if let subtitle = content.texts.subtitle, !subtitle.isEmpty { opening += " (\(subtitle.trimmingTrailingPeriod))" }
    sentences.append(opening)

    let decimals = ChartNumberFormat.decimals(for: data.values.flatMap { $0.compactMap { $0 } })
    func number(_ value: Double) -> String { ChartNumberFormat.label(value, decimals: decimals, unit: content.unit) }
    let years = data.years
    let span = years.flatMap { years in years.first.flatMap { first in years.last.map { "de \(first) à \($0)" } } }
    // The categories that are not the remainder ("Autres"), which no extreme or rank counts.
    let ranked = data.remainderLabel == nil ? Array(data.categories.indices) : Array(data.categories.indices.dropLast())
    let categoryCount = "\(ranked.count) catégories" + (data.remainderLabel.map { " et « \($0) »" } ?? "")

    if data.series.count > 1 {
      let what = span.map { "\(data.series.count) séries, \($0)" } ?? "\(categoryCount), \(data.series.count) séries"
      sentences.append(what.capitalizedFirst + " : " + frenchList(data.series))
    } else if let span {
      sentences.append("Une valeur par année, \(span)")
    } else {
      sentences.append(categoryCount)
    }

    if let years {
      // Each series from its first to its last known year, with its extremes;
      // a total over years would mean nothing.
      for series in data.series.indices {
        let known = data.categories.indices.compactMap { index in data.values[index][series].map { (index: index, value: $0) } }
        guard let first = known.first, let last = known.last,
          let high = known.max(by: { $0.value < $1.value }), let low = known.min(by: { $0.value < $1.value })
        else { continue }
        func at(_ point: (index: Int, value: Double)) -> String { "\(number(point.value)) en \(years[point.index])" }
        let name = data.series.count > 1 ? data.series[series] + " : " : ""
        sentences.append(
          "\(name)de \(at(first)) à \(at(last)) ; maximum \(at(high)), minimum \(at(low))".capitalizedFirst)
      }
    } else {
      let totals = ranked.compactMap { index in data.total(ofCategory: index).map { (index, $0) } }
      let (highest, lowest) = data.series.count > 1 ? ("Total le plus élevé", "le plus faible") : ("Valeur la plus élevée", "la plus faible")
      if let high = totals.max(by: { $0.1 < $1.1 }), let low = totals.min(by: { $0.1 < $1.1 }) {
        sentences.append(
          "\(highest) : \(data.categories[high.0]) (\(number(high.1))) ; \(lowest) : \(data.categories[low.0]) (\(number(low.1)))")
      }
      if data.series.count > 1 {
        let seriesTotals = data.series.indices.map { series in data.values.compactMap { $0[series] }.reduce(0, +) }
        let sum = seriesTotals.reduce(0, +)
        if case .bars(_, .percent) = content.kind, sum > 0 {
          let shares = zip(data.series, seriesTotals).map { "\($0) \(ChartNumberFormat.label($1 / sum * 100, decimals: 0, unit: "%"))" }
          sentences.append("Part de chaque série dans l'ensemble : " + shares.joined(separator: ", "))
        } else {
          sentences.append("Total par série : " + zip(data.series, seriesTotals).map { "\($0) \(number($1))" }.joined(separator: ", "))
        }
      }
      let all = data.categories.indices.compactMap { data.total(ofCategory: $0) }
      if content.unit != "%", all.count > 1 {
        sentences.append("Total de l'ensemble : \(number(all.reduce(0, +)))")
      }
    }

    if let remainder = data.remainderLabel {
      sentences.append("« \(remainder) » regroupe les catégories les moins élevées")
    }
    if let highlight = content.highlight {
      var sentence = "Mise en évidence : \(data.categories[highlight])"
      if let value = data.total(ofCategory: highlight), ranked.contains(highlight) {
        let values = ranked.compactMap { data.total(ofCategory: $0) }
        let rank = values.filter { $0 > value }.count + 1
        sentence += " (\(number(value)), \(rank == 1 ? "1re" : "\(rank)e") sur \(values.count))"
      }
      sentences.append(sentence)
    }
    let missing = data.categories.indices.filter { data.total(ofCategory: $0) == nil }.map { data.categories[$0] }
    if !missing.isEmpty { sentences.append("Sans donnée : " + frenchList(missing)) }
    if let footer = content.texts.footerLine { sentences.append(footer.trimmingTrailingPeriod) }
    // A sentence ending in an abbreviation ("hab.") already has its period.
    return sentences.map { $0.hasSuffix(".") ? $0 : $0 + "." }.joined(separator: " ")
  }

  private static func kindPhrase(_ content: ChartContent) -> String {
    switch content.kind {
    case .line:
      return content.data.series.count > 1 ? "Graphique en courbes" : "Graphique en courbe"
    case .bars(let orientation, let arrangement):
      var phrase = orientation == .horizontal ? "Diagramme en barres horizontales" : "Diagramme en barres verticales"
      if content.data.series.count > 1 {
        switch arrangement {
        case .grouped: phrase += " groupées"
        case .stacked: phrase += " empilées"
        case .percent: phrase += " empilées à 100\u{202F}%"
        }
      }
      return phrase
    }
  }

  /// "A, B et C".
  private static func frenchList(_ items: [String]) -> String {
    guard items.count > 1, let last = items.last else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " et " + last
  }
}

extension String {
  fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
