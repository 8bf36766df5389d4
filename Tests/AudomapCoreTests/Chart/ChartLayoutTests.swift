import AudomapCore
import Testing

/// The charts of issue 6, from real data.
enum SampleChart: String, CaseIterable, CustomTestStringConvertible, Sendable {
  case populationByYear, populationLine, populationLineWithGaps, topCommunes, allCommunes, coloredCommunes
  case sectorsStacked, sectorsPercent, sectorsVerticalStacked, sectorsGrouped, sectorsHorizontalGrouped
  case populationChange, populationChangeRows

  var testDescription: String { rawValue }

  func content() throws -> ChartContent {
    let texts = ChartFixtures.texts
    switch self {
    case .populationByYear:
      return try ChartContent(data: ChartFixtures.capsoPopulationByYear(), kind: .bars(.vertical, .grouped), texts: texts, unit: "hab.")
    case .populationLine:
      return try ChartContent(data: ChartFixtures.capsoPopulationByYear(), kind: .line, texts: texts)
    case .populationLineWithGaps:
      return try ChartContent(data: Self.yearsWithGaps(), kind: .line, texts: texts)
    case .topCommunes:
      return try ChartContent(
        data: ChartFixtures.capsoCommunes().sorted(by: .value).top(15), kind: .bars(.horizontal, .grouped), texts: texts,
        unit: "hab.", highlight: "Saint-Omer")
    case .allCommunes:
      return try ChartContent(
        data: ChartFixtures.capsoCommunes().sorted(by: .label), kind: .bars(.horizontal, .grouped), texts: texts, highlight: "Arques")
    case .coloredCommunes:
      let data = try ChartFixtures.capsoCommunes().sorted(by: .value).top(20, remainderLabel: nil)
      let classes = try Self.classes(data)
      return try ChartContent(
        data: data, kind: .bars(.horizontal, .grouped), texts: texts, categoryColors: classes.colors, colorLegend: classes.legend)
    case .sectorsStacked:
      return try ChartContent(data: ChartFixtures.oreByEPCI().sorted(by: .value), kind: .bars(.horizontal, .stacked), texts: texts, unit: "MWh")
    case .sectorsPercent:
      return try ChartContent(data: ChartFixtures.oreByEPCI(), kind: .bars(.horizontal, .percent), texts: texts, unit: "MWh")
    case .sectorsVerticalStacked:
      return try ChartContent(data: ChartFixtures.oreByEPCI().sorted(by: .value), kind: .bars(.vertical, .stacked), texts: texts)
    case .sectorsGrouped:
      return try ChartContent(data: ChartFixtures.oreByEPCI(), kind: .bars(.vertical, .grouped), texts: texts, unit: "MWh")
    case .populationChange:
      let change = try ChartFixtures.capsoPopulationChange()
      let data = ChartData(categories: Array(change.categories.prefix(10)), values: change.values.prefix(10).map { $0[0] }, seriesName: "Évolution")
      return try ChartContent(data: data, kind: .bars(.vertical, .grouped), texts: texts, unit: "hab.")
    case .populationChangeRows:
      return try ChartContent(
        data: ChartFixtures.capsoPopulationChange().sorted(by: .value), kind: .bars(.horizontal, .grouped), texts: texts,
        highlight: "Saint-Omer")
    case .sectorsHorizontalGrouped:
      return try ChartContent(data: ChartFixtures.oreByEPCI().top(5), kind: .bars(.horizontal, .grouped), texts: texts, unit: "MWh")
    }
  }

  /// The CAPSO population without 2021 and 2023, the years put back as gaps.
  static func yearsWithGaps() throws -> ChartData {
    let years = try ChartFixtures.capsoPopulationByYear()
    let kept = years.categories.indices.filter { !["2021", "2023"].contains(years.categories[$0]) }
    return ChartData(categories: kept.map { years.categories[$0] }, series: years.series, values: kept.map { years.values[$0] })
      .completingYears()
  }

  /// Each commune coloured by its population class, as on a choropleth.
  static func classes(_ data: ChartData) throws -> (colors: [Color], legend: [ChartLegendEntry]) {
    let values = data.values.map { $0[0] }
    let classification = try Classification.classify(values, method: .quantile, classCount: 4)
    let ramp = ChartFixtures.capso.sequentialRamp(classCount: classification.classCount)
    let labels = ClassLabels.french(bounds: classification.breaks.bounds)
    return (values.map { ramp[classification.classIndex(of: $0)!] }, zip(labels, ramp).map { ChartLegendEntry(label: $0, color: $1) })
  }
}

@Suite struct ChartLayoutTests {
  static let presets = ["instagram", "portrait", "story", "x", "facebook", "a4"].map { Preset($0)! }

  func layout(_ content: ChartContent, _ preset: Preset = Preset("instagram")!, palette: Palette = ChartFixtures.capso) -> (ChartScene, [ChartWarning]) {
    let result = ChartLayout.layout(content, size: preset.size, palette: palette, measurer: MonospaceMeasurer())
    return (ChartScene(scene: result.scene), result.warnings)
  }

  @Test(arguments: presets, SampleChart.allCases)
  func noTextOverlapsAnotherOrABarOrLeavesThePage(preset: Preset, chart: SampleChart) throws {
    let (scene, _) = layout(try chart.content(), preset)
    let texts = scene.texts()
    let bars = scene.bars.map(\.rect)
    #expect(!texts.isEmpty && (!bars.isEmpty || !scene.group("lines").isEmpty))
    for (index, (text, box)) in texts.enumerated() {
      #expect(scene.page.encloses(box), "\"\(text.text)\" leaves the \(preset) page: \(box)")
      #expect(text.font.size >= 12, "\"\(text.text)\" is \(text.font.size) px at \(preset)")
      for (other, otherBox) in texts[(index + 1)...] {
        #expect(!box.overlaps(otherBox), "\"\(text.text)\" overlaps \"\(other.text)\" at \(preset)")
      }
    }
    // A value label sits inside its bar or clear of every bar; other texts clear of all.
    let values = Set(scene.texts(in: ["values"]).map(\.box))
    for (text, box) in texts {
      let touched = bars.filter { $0.overlaps(box) }
      if values.contains(box), touched.count == 1 {
        #expect(touched[0].encloses(box), "\"\(text.text)\" straddles its bar's end at \(preset)")
      } else {
        #expect(touched.isEmpty, "\"\(text.text)\" lies over a bar at \(preset)")
      }
    }
    for bar in bars { #expect(scene.page.encloses(bar)) }
  }

  @Test(arguments: presets)
  func horizontalBarLengthsAreProportionalToValues(preset: Preset) throws {
    let content = try SampleChart.topCommunes.content()
    let (scene, _) = layout(content, preset)
    let bars = scene.bars
    let values = content.data.values.map { $0[0]! }
    #expect(bars.count == values.count)
    let scale = bars[0].rect.width / values[0]
    let start = bars[0].rect.x
    for (bar, value) in zip(bars, values) {
      #expect(abs(bar.rect.width / value - scale) < scale * 1e-9, "\(value)")
      #expect(abs(bar.rect.x - start) < 1e-9, "every bar starts at zero")
    }
    // Rows go down in the data's order without overlapping.
    for (a, b) in zip(bars, bars.dropFirst()) { #expect(a.rect.maxY <= b.rect.y) }
  }

  @Test(arguments: presets)
  func verticalBarHeightsAreProportionalToValues(preset: Preset) throws {
    for chart in [SampleChart.populationByYear, .sectorsGrouped] {
      let content = try chart.content()
      let (scene, _) = layout(content, preset)
      let values = content.data.values.flatMap { $0.compactMap { $0 } }
      let bars = scene.bars
      #expect(bars.count == values.count)
      let scale = bars[0].rect.height / values[0]
      let base = bars[0].rect.maxY
      for (bar, value) in zip(bars, values) {
        #expect(abs(bar.rect.height - value * scale) < 1e-6 * max(scale * value, 1), "\(value)")
        #expect(abs(bar.rect.maxY - base) < 1e-9)
      }
      for (a, b) in zip(bars, bars.dropFirst()) { #expect(a.rect.maxX <= b.rect.x + 1e-9) }
    }
  }

  @Test(arguments: presets)
  func negativeBarsHangFromTheZeroLine(preset: Preset) throws {
    for chart in [SampleChart.populationChange, .populationChangeRows] {
      let content = try chart.content()
      let (scene, warnings) = layout(content, preset)
      let horizontal = chart == .populationChangeRows
      let values = content.data.values.map { $0[0]! }
      #expect(values.contains { $0 < 0 } && values.contains { $0 > 0 })
      let bars = scene.bars.map(\.rect)
      let length = { (rect: Rect) in horizontal ? rect.width : rect.height }
      let scale = zip(bars, values).map { length($0) / abs($1) }
      for factor in scale { #expect(abs(factor - scale[0]) < scale[0] * 1e-9) }
      // Every bar touches the zero line, on the side of its sign.
      let positive = try #require(values.firstIndex { $0 > 0 })
      let zero = horizontal ? bars[positive].x : bars[positive].maxY
      for (bar, value) in zip(bars, values) {
        if horizontal {
          #expect(abs((value > 0 ? bar.x : bar.maxX) - zero) < 1e-9)
        } else {
          #expect(abs((value > 0 ? bar.maxY : bar.y) - zero) < 1e-9)
        }
      }
      // The zero line is the darker baseline; "−" is the minus sign (53 rows on a wide format leave no room for values).
      #expect(scene.group("baseline").count == 1)
      #expect(horizontal || !warnings.contains(.valueLabelsDropped))
      if !warnings.contains(.valueLabelsDropped) { #expect(scene.strings("values").contains { $0.hasPrefix("\u{2212}") }) }
    }
  }

  @Test(arguments: presets)
  func stackedPartsAreContiguousAndSumToTheTotal(preset: Preset) throws {
    for chart in [SampleChart.sectorsStacked, .sectorsVerticalStacked] {
      let content = try chart.content()
      let (scene, warnings) = layout(content, preset)
      let horizontal = chart == .sectorsStacked
      let bars = scene.bars
      var offset = 0
      var scale: Double?
      for row in content.data.values {
        let parts = bars[offset..<(offset + row.compactMap { $0 }.count)].map(\.rect)
        offset += parts.count
        for (a, b) in zip(parts, parts.dropFirst()) {
          if horizontal { #expect(abs(a.maxX - b.x) < 1e-9) } else { #expect(abs(a.y - b.maxY) < 1e-9) }
        }
        let length = parts.reduce(0) { $0 + (horizontal ? $1.width : $1.height) }
        let total = row.compactMap { $0 }.reduce(0, +)
        scale = scale ?? length / total
        #expect(abs(length - total * scale!) < 1e-6 * length)
        // The parts are in series order, each with its series colour.
        let fills = bars[(offset - parts.count)..<offset].map(\.fill)
        #expect(Set(fills).count == parts.count)
      }
      #expect(offset == bars.count)
      // The total is written at the end of each bar, unless bars are too narrow for any value.
      #expect(horizontal || preset.name == "a4" || !warnings.contains(.valueLabelsDropped))
      guard !warnings.contains(.valueLabelsDropped) else { continue }
      let totals = content.data.categories.indices.map { content.data.total(ofCategory: $0)! }
      let written = scene.strings("values")
      for total in totals { #expect(written.contains(FrenchNumberFormat.format(total, decimals: 0))) }
    }
  }

  @Test(arguments: presets)
  func percentBarsAllHaveTheSameLength(preset: Preset) throws {
    let content = try SampleChart.sectorsPercent.content()
    let (scene, _) = layout(content, preset)
    var offset = 0
    var lengths: [Double] = []
    for row in content.data.values {
      let count = row.compactMap { $0 }.count
      let parts = scene.bars[offset..<(offset + count)].map(\.rect)
      offset += count
      lengths.append(parts.map(\.maxX).max()! - parts.map(\.x).min()!)
    }
    for length in lengths { #expect(abs(length - lengths[0]) < 1e-9) }
    // The axis goes from 0 % to 100 %, and the labels are shares.
    let axis = scene.strings("axis")
    #expect(axis.first == "0\u{202F}%" && axis.last == "100\u{202F}%")
    #expect(scene.strings("values").allSatisfy { $0.hasSuffix("\u{202F}%") })
  }

  @Test func lineChartsLeaveGapsForMissingYears() throws {
    let content = try SampleChart.populationLineWithGaps.content()
    let (scene, _) = layout(content)
    let lines = scene.group("lines")
    let paths = lines.compactMap { item -> PathGeometry? in
      guard case .shape(let shape) = item, case .path(let path) = shape.shape else { return nil }
      return path
    }
    #expect(paths.count == 1)
    // 2019–2020, then 2022 alone (a dot, no segment), then 2024–2025.
    #expect(paths[0].subpathLengths == [2, 2])
    #expect(!paths[0].closed)
    let categories = scene.strings("categories")
    #expect(categories == ["2019", "2020", "2021", "2022", "2023", "2024", "2025"])
    let labelCentres = scene.texts(in: ["categories"]).map { $0.box.x + $0.box.width / 2 }
    let xs = Set(paths[0].points.map { ($0.x * 1e6).rounded() })
    for missing in [2, 4] { #expect(!xs.contains((labelCentres[missing] * 1e6).rounded()), "a point at a missing year") }
    for present in [0, 1, 5, 6] { #expect(xs.contains((labelCentres[present] * 1e6).rounded())) }
    let dots = lines.compactMap { item -> Point? in
      guard case .shape(let shape) = item, case .circle(let center, _) = shape.shape else { return nil }
      return center
    }
    #expect(dots.contains { abs($0.x - labelCentres[3]) < 1e-6 }, "2022 is drawn as a dot")
    // Higher values are higher on the page.
    let values = content.data.values.map { $0[0] }
    let points = paths[0].points
    #expect((points[0].y < points[1].y) == (values[0]! > values[1]!))
    #expect(scene.strings("values") == [FrenchNumberFormat.format(values[6]!, decimals: 0)])
  }

  @Test func theHighlightedBarTakesTheAccentAndTheOthersGrey() throws {
    let content = try SampleChart.allCommunes.content()
    let (scene, _) = layout(content, Preset("portrait")!)
    let arques = try #require(content.data.categories.firstIndex(of: "Arques"))
    let fills = scene.bars.map(\.fill)
    let green = ChartFixtures.capso.brandColor(named: "green")
    #expect(fills[arques] == green)
    let others = fills.indices.filter { $0 != arques }.map { fills[$0] }
    #expect(Set(others).count == 1 && others[0] != green)
    // Its label is bold; no other is.
    let bold = scene.texts(in: ["categories"]).filter { $0.text.font.weight == .bold }.map(\.text.text)
    #expect(bold == ["Arques"])
    // A kit with a colour named "accent" uses it.
    let accent = Color(hex: "#E4003A")!
    let kit = ChartFixtures.capso
    let withAccent = Palette(
      name: kit.name, brandColors: kit.brandColors + [.init(name: "accent", color: accent)], sequentialAnchors: kit.sequentialAnchors,
      text: kit.text, secondaryText: kit.secondaryText, border: kit.border, noData: kit.noData, background: kit.background, font: kit.font)
    #expect(layout(content, palette: withAccent).0.bars[arques].fill == accent)
    // Without a highlight, every bar is in the first brand colour.
    let plain = try ChartContent(data: content.data, kind: content.kind, texts: content.texts)
    #expect(layout(plain).0.bars.allSatisfy { $0.fill == green })
  }

  @Test func barsCanTakeTheirCommunesMapColours() throws {
    let content = try SampleChart.coloredCommunes.content()
    let (scene, _) = layout(content)
    #expect(scene.bars.map(\.fill) == content.categoryColors!)
    #expect(Set(content.categoryColors!).count == 4)
    let legend = scene.strings("legend")
    #expect(legend == content.colorLegend.map(\.label))
  }

  @Test func valueLabelsAreFrenchAndReadableWhereTheySit() throws {
    let content = try SampleChart.topCommunes.content()
    for preset in Self.presets {
      let (scene, _) = layout(content, preset)
      let values = scene.texts(in: ["values"])
      #expect(values.map(\.text.text) == content.data.values.map { FrenchNumberFormat.format($0[0]!, decimals: 0) })
      for ((text, box), bar) in zip(values, scene.bars) {
        let background = bar.rect.encloses(box) ? bar.fill! : ChartFixtures.capso.background
        #expect(text.color.contrastRatio(with: background) >= 4.5, "\(text.text) at \(preset)")
      }
    }
    // On a square post, the shortest bars cannot hold their value: it goes past their end.
    let (scene, _) = layout(content)
    let values = scene.texts(in: ["values"])
    let last = try #require(values.dropLast().last)
    #expect(!scene.bars[values.count - 2].rect.overlaps(last.box))
    #expect(scene.bars[0].rect.encloses(values[0].box))
  }

  @Test func ticksAndGridlinesFollowTheAxis() throws {
    let content = try SampleChart.topCommunes.content()
    let (scene, _) = layout(content)
    let ticks = AxisTicks(covering: 0, content.data.values.compactMap { $0[0] }.max()!)
    #expect(scene.strings("axis") == ticks.labels(unit: "hab."))
    let grid = scene.group("grid").count + scene.group("baseline").count
    #expect(grid == ticks.values.count)
  }

  @Test func tooManyCommunesOnAWideFormatAreThinnedAndReported() throws {
    let content = try SampleChart.allCommunes.content()
    let (scene, warnings) = layout(content, Preset("facebook")!)
    let written = scene.strings("categories")
    #expect(written.count < 53)
    #expect(written.contains("Arques"), "the highlighted commune is always named")
    #expect(warnings.contains(.thinnedCategoryLabels(shown: written.count, of: 53)))
    // On a tall format, every commune is named.
    let (tall, tallWarnings) = layout(content, Preset("story")!)
    #expect(tall.strings("categories").count == 53)
    #expect(!tallWarnings.contains { if case .thinnedCategoryLabels = $0 { return true } else { return false } })
  }

  @Test func longNamesUnderColumnsAreWrappedOrShortenedAndReported() throws {
    let content = try SampleChart.sectorsVerticalStacked.content()
    let (scene, warnings) = layout(content, Preset("a4")!)
    let lines = scene.strings("categories")
    let shortened = lines.filter { $0.hasSuffix("…") }
    #expect(!shortened.isEmpty)
    let reported = warnings.compactMap { warning -> [String]? in
      if case .shortenedLabels(let labels) = warning { return labels }
      return nil
    }.first ?? []
    #expect(reported.count == shortened.count)
    #expect(reported.allSatisfy(content.data.categories.contains))
    // Wide enough, they wrap on two lines and nothing is lost.
    let (wide, wideWarnings) = layout(try SampleChart.sectorsGrouped.content(), Preset("x")!)
    #expect(!wide.strings("categories").contains { $0.hasSuffix("…") })
    #expect(!wideWarnings.contains { if case .shortenedLabels = $0 { return true } else { return false } })
  }

  @Test func theLayoutHasTheMapsHeaderAndFooter() throws {
    let (scene, _) = layout(try SampleChart.sectorsStacked.content())
    #expect(scene.strings("header") == [ChartFixtures.texts.title, ChartFixtures.texts.subtitle!])
    #expect(scene.strings("source") == [ChartFixtures.texts.footerLine!])
    #expect(scene.strings("legend") == ChartFixtures.sectors)
    #expect(scene.scene.title == ChartFixtures.texts.title)
    #expect(scene.scene.background == ChartFixtures.capso.background)
  }
}
