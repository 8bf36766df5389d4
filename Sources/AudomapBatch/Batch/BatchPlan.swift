import AudomapCore
import Foundation

/// Where the defaults of the CLI live (found beside the binary by the CLI).
public struct BatchEnvironment: Hashable, Sendable {
  /// The brand kit when the manifest names none.
  public var defaultBrandPath: String
  /// The named ramps of `ramp:`.
  public var rampsDirectory: String
  /// The EPCI member list of `expect-members:` when `members:` is not given.
  public var membersListPath: String

  public init(defaultBrandPath: String, rampsDirectory: String, membersListPath: String) {
    self.defaultBrandPath = defaultBrandPath
    self.rampsDirectory = rampsDirectory
    self.membersListPath = membersListPath
  }
}

/// One job of a visual: a map or a chart request.
public enum RenderRequest: Hashable, Sendable {
  case map(MapRequest)
  case chart(ChartRequest)

  public var outputPaths: [String] {
    switch self {
    case .map(let request): return request.outputPaths
    case .chart(let request): return request.outputPaths
    }
  }
}

/// A visual of the manifest, its options checked, ready to render once per preset.
public struct VisualPlan: Hashable, Sendable {
  public var name: String
  public var kind: Manifest.Visual.Kind
  public var dataset: String
  public var title: String
  /// One render per preset, in the manifest's order.
  public var renders: [PresetRender]
  /// Every file the visual reads (basemap, table, brand kit, population…), hashed by the incremental check.
  public var inputs: [String]
  /// The options as written, for the incremental check.
  public var settingsText: String

  public struct PresetRender: Hashable, Sendable {
    public var preset: Preset
    public var request: RenderRequest
  }

  /// Every file this visual writes: each output and the alt text beside it.
  public var files: [String] {
    renders.flatMap { render in
      render.request.outputPaths + [Self.altTextPath(of: render.request.outputPaths[0])]
    }
  }

  static func altTextPath(of output: String) -> String {
    URL(fileURLWithPath: output).deletingPathExtension().path + ".txt"
  }
}

/// Every visual of a manifest, checked before anything is rendered.
public struct BatchPlan: Hashable, Sendable {
  public var manifestPath: String
  public var outputFolder: String
  public var visuals: [VisualPlan]

  /// - Parameter outputFolder: `--output`, else the manifest's `output:` (relative to the manifest), else `Output`.
  public static func make(
    _ manifest: Manifest, outputFolder: String?, environment: BatchEnvironment
  ) throws(ManifestError) -> BatchPlan {
    let planner = try Planner(manifest: manifest, environment: environment)
    let folder: String
    if let outputFolder {
      folder = outputFolder
    } else {
      let written = manifest.output ?? "Output"
      if written.hasPrefix("/") || written.split(separator: "/").contains("..") {
        throw ManifestError(
          path: manifest.path, line: nil,
          message: "output: '\(written)' leaves the manifest's folder: give a folder inside it, e.g. Output.")
      }
      folder = planner.resolve(written)
    }
    var visuals: [VisualPlan] = []
    for visual in manifest.visuals { visuals.append(try planner.plan(visual, outputFolder: folder)) }
    return BatchPlan(manifestPath: manifest.path, outputFolder: folder, visuals: visuals)
  }
}

/// Turns a manifest visual into requests, as `audomap map` and `audomap chart` turn their options.
private struct Planner {
  let manifest: Manifest
  let environment: BatchEnvironment
  let folder: String
  /// The brand kit, read once: its footer and preset are the visuals' defaults.
  let brand: Palette

  init(manifest: Manifest, environment: BatchEnvironment) throws(ManifestError) {
    self.manifest = manifest
    self.environment = environment
    let parent = URL(fileURLWithPath: manifest.path).deletingLastPathComponent().relativePath
    folder = parent == "." ? "" : parent
    let brandPath = manifest.brand.map { Self.resolve($0, in: parent == "." ? "" : parent) } ?? environment.defaultBrandPath
    do {
      brand = try Palette.load(path: brandPath)
    } catch {
      throw ManifestError(path: manifest.path, line: nil, context: "brand", message: error.description)
    }
  }

  /// A manifest path: relative to the manifest's folder.
  func resolve(_ path: String) -> String { Self.resolve(path, in: folder) }

  static func resolve(_ path: String, in folder: String) -> String {
    path.hasPrefix("/") || folder.isEmpty ? path : URL(fileURLWithPath: folder).appendingPathComponent(path).path
  }

  var brandPath: String { manifest.brand.map(resolve) ?? environment.defaultBrandPath }

  func plan(_ visual: Manifest.Visual, outputFolder: String) throws(ManifestError) -> VisualPlan {
    let context = "visual \(visual.name)"
    guard let dataset = manifest.datasets.first(where: { $0.name == visual.dataset }) else {
      throw ManifestError(
        path: manifest.path, line: visual.line, context: context,
        message: "no dataset named '\(visual.dataset)'." + ManifestError.didYouMean(visual.dataset, among: manifest.datasets.map(\.name)))
    }
    let options = ManifestOptions(path: manifest.path, context: context, line: visual.line, layers: [dataset.options, visual.options])
    let dataPath = resolve(dataset.file)

    var presets: [Preset] = []
    for name in visual.presets.isEmpty ? [brand.preset ?? "instagram"] : visual.presets {
      guard let preset = Preset(name) else {
        throw options.error("presets", "unknown preset '\(name)'. Choose \(Preset.summary), or WIDTHxHEIGHT.")
      }
      presets.append(preset)
    }
    var formats: [OutputFormat] = []
    for name in visual.formats {
      guard let format = OutputFormat(rawValue: name.lowercased()) else {
        throw options.error(
          "formats", "unknown format '\(name)'. Choose \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
      }
      formats.append(format)
    }
    func outputs(_ preset: Preset) -> [String] {
      formats.map { URL(fileURLWithPath: outputFolder).appendingPathComponent("\(visual.name)-\(preset.name).\($0.rawValue)").path }
    }
    let texts = try texts(options, dataPath: dataPath)
    var inputs = [dataPath, brandPath]
    let renders: [VisualPlan.PresetRender]
    var extra = ""
    switch visual.kind {
    case .map:
      guard let basemap = manifest.basemaps.first(where: { $0.name == visual.basemap }) else {
        throw ManifestError(
          path: manifest.path, line: visual.line, context: context,
          message: "no basemap named '\(visual.basemap ?? "")'."
            + ManifestError.didYouMean(visual.basemap ?? "", among: manifest.basemaps.map(\.name)))
      }
      let request = try mapRequest(options, basemap: basemap, dataPath: dataPath, texts: texts)
      inputs.insert(request.basemapPath, at: 0)
      switch request.join.derivedValue {
      case .rate(_, let population, _)?: inputs.append(population)
      default: break
      }
      if case .file(let history) = request.join.history { inputs.append(history) }
      if let check = request.join.memberCheck { inputs.append(check.listPath) }
      if let within = request.within { inputs.append(within.listPath) }
      if let inset = request.design.insetPath { inputs.append(inset) }
      extra = "basemap=\(basemap.file)|\(basemap.idField ?? "")"
      renders = presets.map { preset in
        var request = request
        request.size = preset.size
        request.outputPaths = outputs(preset)
        return VisualPlan.PresetRender(preset: preset, request: .map(request))
      }
    case .chart:
      let request = try chartRequest(options, dataPath: dataPath, texts: texts)
      renders = presets.map { preset in
        var request = request
        request.size = preset.size
        request.outputPaths = outputs(preset)
        return VisualPlan.PresetRender(preset: preset, request: .chart(request))
      }
    }
    let settings = [
      "kind=\(visual.kind.rawValue)", "data=\(dataset.file)", extra, "brand=\(brandPath)",
      options.canonicalText,
    ].joined(separator: "\n")
    return VisualPlan(
      name: visual.name, kind: visual.kind, dataset: visual.dataset, title: texts.title, renders: renders,
      inputs: inputs, settingsText: settings)
  }

  func texts(_ options: ManifestOptions, dataPath: String) throws(ManifestError) -> MapTexts {
    let values = options.list("value")
    return MapTexts(
      title: try options.text("title") ?? values.joined(separator: ", "), subtitle: try options.text("subtitle"),
      legendTitle: try options.text("legend-title"),
      source: try options.text("source") ?? "Source : \(URL(fileURLWithPath: dataPath).lastPathComponent)",
      credits: (try options.text("credits") ?? brand.footer).map { FrenchDate.filling($0, on: Date()) })
  }

  // MARK: Maps

  func mapRequest(
    _ options: ManifestOptions, basemap: Manifest.Basemap, dataPath: String, texts: MapTexts
  ) throws(ManifestError) -> MapRequest {
    guard let value = try options.text("value") else { throw options.error("value", "missing: name the column to map.") }
    let kind = try options.choice("map-kind", MapDesign.Kind.self) ?? .choropleth
    let symbols = try options.text("symbols")
    if kind == .symbols, symbols != nil {
      throw options.error("symbols", "adds circles to a choropleth; with map-kind: symbols the value itself is drawn as circles.")
    }
    var labels = MapDesign.Labels.none
    if let label = try options.text("label") {
      guard let parsed = MapDesign.Labels(parsing: label) else {
        throw options.error("label", "'\(label)' is neither top:N (e.g. top:5) nor commune codes separated by commas.")
      }
      labels = parsed
    }
    var ramp: NamedRamp?
    if let name = try options.text("ramp") ?? kind.defaultRamp {
      do {
        ramp = try NamedRamp.named(name, among: NamedRamp.loadAll(directory: environment.rampsDirectory))
      } catch {
        throw options.error("ramp", error.description)
      }
    }
    var breaks: [Double]?
    if let text = try options.text("breaks") {
      do { breaks = try ManualBreaks.parse(text) } catch { throw options.error("breaks", error.description) }
    }
    let methodName: ClassificationMethod.Name
    if let text = try options.text("method") {
      do { methodName = try ClassificationMethod.Name(parsing: text) } catch { throw options.error("method", error.description) }
    } else {
      methodName = breaks == nil ? .quantile : .manual
    }
    let classes = try options.int("classes", in: 2...9)
    if classes != nil, methodName.decidesClassCount {
      throw options.error("classes", "does not apply to the \(methodName.rawValue) method, which decides its classes. Remove it.")
    }
    let method: ClassificationMethod
    do { method = try ClassificationMethod(name: methodName, manualBounds: breaks) } catch {
      throw options.error("method", error.description)
    }
    let design = MapDesign(
      kind: kind, symbolColumn: symbols, labels: labels, outline: !(try options.flag("no-outline")),
      divergingCenter: try options.number("diverging"), unit: try options.text("unit"),
      scaleBar: !(try options.flag("no-scale-bar")), ramp: ramp, perSquareKilometre: try options.flag("per-km2"),
      northArrow: try options.flag("north-arrow"), insetPath: try options.text("inset").map(resolve))
    return MapRequest(
      basemapPath: resolve(basemap.file), idField: basemap.idField, dataPath: dataPath, keyColumn: try options.text("key"),
      valueColumn: value, filters: try options.rowFilters(), join: try joinSettings(options), method: method,
      classCount: classes ?? methodName.defaultClassCount, texts: texts, design: design,
      within: try options.text("within").map { Within(epci: $0, listPath: environment.membersListPath) },
      scale: try options.int("scale", in: 1...4) ?? 1, brandPath: brandPath, outputPaths: [])
  }

  /// The join options of the dataset and the visual, checked as `audomap map` checks them.
  func joinSettings(_ options: ManifestOptions) throws(ManifestError) -> JoinSettings {
    let per = try options.number("per")
    let population = try options.text("population").map(resolve)
    if per != nil, population == nil { throw options.error("per", "needs the inhabitants: add population: FILE.") }
    if let per, !(per > 0) { throw options.error("per", "give a positive number, e.g. 1000.") }
    var derived: JoinSettings.DerivedValue?
    if let population {
      derived = .rate(per: per ?? 1, populationPath: population, populationColumn: try options.text("population-column"))
    }
    if let change = try options.text("change") {
      if population != nil { throw options.error("change", "choose change or population: a change of a rate is not supported.") }
      let parts = change.split(separator: ":", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
      guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
        throw options.error("change", "'\(change)' is not FROM:TO, e.g. 2019:2025 (quote it in YAML: \"2019:2025\").")
      }
      derived = .change(
        from: parts[0], to: parts[1], periodColumn: try options.text("period-column"),
        kind: try options.choice("change-as", ChangeKind.self) ?? .difference)
    }
    let noHistory = try options.flag("no-history")
    var history = JoinSettings.History.bundled
    if let path = try options.text("history") { history = .file(resolve(path)) }
    if noHistory {
      let updatesCodes = try options.flag("update-codes")
      if options.has("history") || options.has("codes-as-of") || updatesCodes {
        throw options.error("no-history", "turns the history off: remove history, update-codes and codes-as-of.")
      }
      history = .off
    }
    var codesAsOf: HistoryDate?
    if let text = try options.text("codes-as-of") {
      guard let date = HistoryDate(text) else { throw options.error("codes-as-of", "'\(text)' is not YYYY or YYYY-MM-DD.") }
      codesAsOf = date
    }
    var memberCheck: JoinSettings.MemberCheck?
    if let epci = try options.text("expect-members") {
      memberCheck = JoinSettings.MemberCheck(
        epci: epci, listPath: try options.text("members").map(resolve) ?? environment.membersListPath)
    }
    return JoinSettings(
      aggregation: try options.choice("aggregate", Aggregation.self),
      foldArrondissements: try options.flag("fold-arrondissements"), history: history, codesAsOf: codesAsOf,
      derivedValue: derived, updateCodes: try options.flag("update-codes"), memberCheck: memberCheck,
      strict: try options.flag("strict"))
  }

  // MARK: Charts

  func chartRequest(_ options: ManifestOptions, dataPath: String, texts: MapTexts) throws(ManifestError) -> ChartRequest {
    guard let category = try options.text("category") else {
      throw options.error("category", "missing: name the column whose values are the bars.")
    }
    let values = options.list("value")
    if values.isEmpty { throw options.error("value", "missing: name the column(s) of numbers.") }
    let (horizontal, stacked, percent, line) = (
      try options.flag("horizontal"), try options.flag("stacked"), try options.flag("percent"), try options.flag("line")
    )
    if stacked, percent { throw options.error("percent", "choose stacked or percent, not both.") }
    if line, horizontal || stacked || percent {
      throw options.error("line", "draws lines across the categories: remove horizontal, stacked and percent.")
    }
    let top = try options.int("top", in: 1...10_000)
    let others = try options.flag("others")
    if others, top == nil { throw options.error("others", "needs top: N: it sums the categories left out.") }
    let kind: ChartKind = line ? .line : .bars(horizontal ? .horizontal : .vertical, percent ? .percent : stacked ? .stacked : .grouped)
    return ChartRequest(
      dataPath: dataPath, filters: try options.rowFilters(),
      columns: ChartColumns(category: category, values: values, series: try options.text("series")),
      aggregation: try options.choice("aggregate", Aggregation.self), kind: kind,
      sort: try options.choice("sort", ChartSort.self) ?? .file, top: top, groupsOthers: others,
      highlight: try options.text("highlight"), colorClasses: try options.int("color-classes", in: 2...9), texts: texts, unit: try options.text("unit"),
      scale: try options.int("scale", in: 1...4) ?? 1, brandPath: brandPath, outputPaths: [])
  }
}
