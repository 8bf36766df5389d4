import AudomapCore
import AudomapGeometry
import AudomapRender
import Foundation

/// Errors in a map request that are found before any file is read.
public enum MapRequestError: AudomapError, Hashable {
  case unknownOutputFormat(path: String)
  case noCodeProperty(source: String, properties: [String])
  case noCodeColumn(source: String, columns: [String])
  case negativeSymbolValue(column: String, value: Double)
  case noDivergingRamp(brand: String)
  case noMemberInBasemap(epci: String, source: String)
  case tooManyCategories(count: Int, available: Int)
  case insetProjection(path: String, map: String, inset: String)

  public var exitStatus: ExitStatus {
    switch self {
    case .unknownOutputFormat, .noDivergingRamp, .tooManyCategories: return .usage
    case .noCodeProperty, .noCodeColumn, .negativeSymbolValue, .noMemberInBasemap, .insetProjection: return .dataError
    }
  }

  public var description: String {
    switch self {
    case .unknownOutputFormat(let path):
      let known = OutputFormat.allCases.map { "." + $0.rawValue }.joined(separator: ", ")
      return "\(path): unknown output format. Use one of \(known) (the extension chooses the format)."
    case .noCodeProperty(let source, let properties):
      return "\(source): no feature property holds INSEE commune codes (properties: "
        + "\(properties.joined(separator: ", "))). Use a basemap with a commune code per feature."
    case .noCodeColumn(let source, let columns):
      return "\(source): no column holds INSEE commune codes (columns: \(columns.joined(separator: ", "))). "
        + "Name the column of codes with --key."
    case .negativeSymbolValue(let column, let value):
      return "\(column) holds negative values (e.g. \(FrenchNumberFormat.format(value, decimals: 1))): a circle cannot have "
        + "a negative area. Map a change with colours (--diverging 0) instead of circles."
    case .insetProjection(let path, let map, let inset):
      return "\(path): the locator's area is drawn in \(inset) but the map in \(map): give an area around the territory, "
        + "such as its département or region."
    case .tooManyCategories(let count, let available):
      return "the typology has \(count) categories but the brand kit only \(available) colours: "
        + "give a qualitative ramp with --ramp (Set3 and Paired have 12), or group categories in the table."
    case .noMemberInBasemap(let epci, let source):
      return "\(source): no commune of \(epci) in this basemap. Use a basemap that covers it (its département or region)."
    case .noDivergingRamp(let brand):
      return "the brand kit \(brand) has no diverging ramp: add a diverging: list to it, or pass --ramp with a "
        + "diverging ramp such as RdBu or PuOr."
    }
  }
}

/// Runs the whole pipeline for one map: read, filter, join, classify,
/// project, lay out, render, write. Nothing is written unless every stage succeeded.
public enum MapJob {
  /// - Parameter cache: files already read by other visuals of the same run.
  public static func run(_ request: MapRequest, cache: InputCache? = nil) throws -> MapReport {
    let outputs = try request.outputPaths.map { path throws(MapRequestError) in
      guard let format = OutputFormat(path: path) else { throw .unknownOutputFormat(path: path) }
      return (path: path, format: format)
    }
    // Fail before the long work when an output cannot be created.
    for path in outputs.map(\.path) + [request.join.unmatchedPath].compactMap({ $0 }) { try FileIO.checkWritable(path) }
    let map = try layout(request, cache: cache)

    let rendered = try outputs.map { output throws(RenderError) in
      (path: output.path, bytes: try SceneRenderer.render(map.scene, as: output.format))
    }
    // The alt text beside each output: map.png and map.svg share map.txt.
    let textPaths = Array(Set(outputs.map { URL(fileURLWithPath: $0.path).deletingPathExtension().path + ".txt" })).sorted()
    for output in rendered { try FileIO.writeAtomically(output.bytes, to: output.path) }
    for path in textPaths { try FileIO.writeAtomically(Array((map.report.altText + "\n").utf8), to: path) }
    var report = map.report
    report.written = rendered.map(\.path) + textPaths
    return report
  }

  /// A map laid out and described, ready to render.
  public struct LaidOutMap: Sendable {
    public var scene: Scene
    public var layout: MapLayoutResult
    /// What the run did, but for the files written.
    public var report: MapReport
  }

  /// Every stage but rendering and writing the visuals (`--unmatched` is written here).
  public static func layout(_ request: MapRequest, cache: InputCache? = nil) throws -> LaidOutMap {
    let palette = try cache?.palette(path: request.brandPath) ?? Palette.load(path: request.brandPath)
    let tableReading = Background {
      try (cache?.table(path: request.dataPath) ?? CSVReader.read(path: request.dataPath)).filtered(by: request.filters)
    }
    let repaired = try cache?.basemap(path: request.basemapPath, idField: request.idField)
      ?? InputCache.readBasemap(path: request.basemapPath, idField: request.idField)
    var basemap = repaired.collection
    var table = try tableReading.value()
    // A typology joins its categories as ranks, then reads them back as names.
    let categories = request.design.kind == .typology ? try CategoryColumn(table, column: request.valueColumn) : nil
    if let categories { table = categories.table }

    guard let codeField = repaired.report.codeField else {
      throw MapRequestError.noCodeProperty(
        source: request.basemapPath, properties: basemap.features.first?.properties.keys ?? [])
    }
    if let within = request.within {
      basemap = try members(
        of: within, in: basemap, codeField: codeField, source: request.basemapPath, history: request.join.history, cache: cache)
    }
    guard let keyColumn = request.keyColumn ?? CodeColumnDetector.detect(in: table) else {
      throw MapRequestError.noCodeColumn(source: request.dataPath, columns: table.columns)
    }
    let joinStage = try JoinStage(settings: request.join).run(
      basemap: basemap, codeField: codeField, table: table, keyColumn: keyColumn,
      keyWasDetected: request.keyColumn == nil, valueColumn: request.valueColumn, cache: cache)
    basemap = joinStage.basemap
    let joined = joinStage.joined

    // The second variable, drawn as circles over the colours, joins the same way.
    let symbolJoin = try request.design.symbolColumn.map { column in
      try JoinStage(settings: request.join).run(
        basemap: basemap, codeField: codeField, table: table, keyColumn: keyColumn,
        keyWasDetected: request.keyColumn == nil, valueColumn: column, cache: cache
      ).joined
    }

    let page = PageSize(width: request.size.width * request.scale, height: request.size.height * request.scale)
    let projected = try Projector.project(basemap, resolution: max(page.width, page.height))
    // Only the communes drawn are classified: a left-out overseas commune must
    // not stretch the classes of the mainland map.
    func drawn(_ values: [Double?]) -> [Double?] { zip(projected.polygons, values).map { $0.0 == nil ? nil : $0.1 } }
    var drawnValues = drawn(joined.values)
    if request.design.perSquareKilometre {
      drawnValues = zip(drawnValues, basemap.features).map { value, feature in
        let area = GeodesicArea.squareMetres(feature.geometry?.polygons ?? []) / 1_000_000
        return value.flatMap { area > 0 ? $0 / area : nil }
      }
    }

    var classification: Classification?
    var drawnCategories: [String] = []
    var colorWarnings: [String] = ContrastCheck.check(palette: palette).map(\.description)
    let fill: FillLayer
    switch request.design.kind {
    case .symbols:
      fill = .plain(palette.noData)
    case .typology:
      // The categories of the communes drawn, most frequent first, not of the whole table.
      let values = categories?.categories(of: drawnValues) ?? []
      let names = CategoryColumn.byFrequency(values.compactMap { $0 })
      drawnCategories = names
      let colors = try categoryColors(count: names.count, design: request.design, palette: palette)
      let check = ColorVisionCheck.check(classes: colors, kind: .qualitative)
      colorWarnings += check.warnings.map(\.description)
      fill = .categories(values: values, categories: zip(names, colors).map { FillLayer.Category(name: $0, color: $1) })
    case .choropleth:
      let classes = try Classification.classify(drawnValues, method: request.method, classCount: request.classCount)
      classification = classes
      let colors = try rampColors(for: classes, design: request.design, palette: palette)
      // "No data" is hatched as well as grey: its colour alone need not stand apart.
      let check = ColorVisionCheck.check(
        classes: colors,
        kind: request.design.divergingCenter == nil ? .sequential : .diverging)
      colorWarnings += check.warnings.map(\.description) + (check.saferRamp.map { [$0.description] } ?? [])
      fill = .classes(values: drawnValues, classification: classes, colors: colors)
    }
    let symbolValues: [Double?]? = switch request.design.kind {
    case .symbols: drawnValues
    case .choropleth, .typology: symbolJoin.map { drawn($0.values) }
    }
    if let symbolValues, let negative = symbolValues.compactMap({ $0 }).first(where: { $0 < 0 }) {
      throw MapRequestError.negativeSymbolValue(
        column: request.design.symbolColumn ?? request.valueColumn, value: negative)
    }

    let composed = try MapComposer.compose(
      features: basemap.features, codes: FeatureCodeField.values(in: basemap.features, field: codeField),
      projected: projected.polygons, fill: fill, symbolValues: symbolValues,
      symbolTitle: request.design.kind == .symbols ? request.texts.legendTitle : request.design.symbolColumn,
      design: request.design, texts: request.texts, palette: palette)
    var content = composed.content
    if request.design.kind == .symbols { content.texts.legendTitle = nil }
    if let path = request.design.insetPath {
      // The larger area, projected as the map is so that the territory sits right in it.
      let area = try cache?.basemap(path: path, idField: nil) ?? InputCache.readBasemap(path: path, idField: nil)
      let context = try Projector.project(area.collection, resolution: max(page.width, page.height) / 4)
      guard context.projection == projected.projection else {
        throw MapRequestError.insetProjection(path: path, map: projected.projection.name, inset: context.projection.name)
      }
      content.inset = LocatorInset(
        context: context.polygons.compactMap { $0 }.flatMap { $0 },
        territory: content.outline ?? projected.polygons.compactMap { $0 }.flatMap { $0 })
    }
    let layout = MapLayout.layout(content, size: page, palette: palette, measurer: PangoTextMeasurer())
    let altText = AltText.map(content, names: composed.names, codes: composed.codes)
    var scene = layout.scene
    scene.description = altText

    let report = MapReport(
      join: joined.report, classification: classification, projection: projected.projection.name,
      featureCount: basemap.features.count, outsideProjection: projected.outsideDomain.count,
      withoutPolygon: projected.withoutPolygon.count,
      basemapFixes: repaired.report.entries,
      written: [], codeUpdate: joinStage.codeUpdate, members: joinStage.members,
      categories: drawnCategories, insetLeftOut: request.design.insetPath != nil && !layout.insetPlaced,
      droppedLabels: layout.droppedLabels, colorWarnings: colorWarnings, legendPosition: layout.legendPosition,
      altText: altText)
    return LaidOutMap(scene: scene, layout: layout, report: report)
  }

  /// The features of `basemap` that belong to the EPCI `within` names.
  private static func members(
    of within: Within, in basemap: FeatureCollection, codeField: String, source: String, history: JoinSettings.History,
    cache: InputCache?
  ) throws -> FeatureCollection {
    let directory = try cache?.directory(path: within.listPath) ?? EPCIDirectory(table: CSVReader.read(path: within.listPath))
    let epci = try directory.find(within.epci)
    let wanted = Set(epci.members.map(\.code))
    // An older basemap still has the communes merged since: they belong where their current commune does.
    let history = try cache?.history(history) ?? InputCache.readHistory(history)
    let codes = FeatureCodeField.values(in: basemap.features, field: codeField)
    let kept = basemap.features.indices.filter { index in
      guard let text = codes[index], let code = CommuneCode(text) else { return false }
      if wanted.contains(code) { return true }
      guard case .replaced(let current, _) = history?.resolve(code) else { return false }
      return wanted.contains(current)
    }
    guard !kept.isEmpty else { throw MapRequestError.noMemberInBasemap(epci: epci.name, source: source) }
    return FeatureCollection(features: kept.map { basemap.features[$0] }, format: basemap.format)
  }

  /// One colour per category: a qualitative named ramp, else the brand kit's own colours.
  private static func categoryColors(count: Int, design: MapDesign, palette: Palette) throws -> [Color] {
    if let ramp = design.ramp { return try ramp.colors(classCount: count) }
    guard count <= palette.brandColors.count else {
      throw MapRequestError.tooManyCategories(count: count, available: palette.brandColors.count)
    }
    return palette.brandColors.prefix(count).map(\.color)
  }

  /// The class colours: a named ramp, the kit's diverging ramp around a centre, or the kit's sequential ramp.
  private static func rampColors(for classes: Classification, design: MapDesign, palette: Palette) throws -> [Color] {
    let count = classes.breaks.classCount
    if let centre = design.divergingCenter {
      guard let diverging = design.ramp?.diverging ?? palette.diverging else {
        throw MapRequestError.noDivergingRamp(brand: palette.name)
      }
      return diverging.colors(for: classes.breaks, centre: centre)
    }
    if let ramp = design.ramp { return try ramp.colors(classCount: count) }
    return palette.sequentialRamp(classCount: count)
  }
}
