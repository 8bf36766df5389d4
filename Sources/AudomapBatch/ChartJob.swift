import AudomapCore
import AudomapRender

/// Runs the whole pipeline for one chart: read, filter, combine rows, sort,
/// keep the top, lay out, render, write each output with its alt text beside
/// it. Nothing is written unless every stage succeeded.
public enum ChartJob {
  /// - Precondition: `request.scale` ≥ 1.
  /// - Parameter cache: files already read by other visuals of the same run.
  public static func run(_ request: ChartRequest, cache: InputCache? = nil) throws -> ChartReport {
    precondition(request.scale >= 1, "scale must be at least 1")
    let outputs = try request.outputPaths.map { path throws(MapRequestError) in
      guard let format = OutputFormat(path: path) else { throw .unknownOutputFormat(path: path) }
      return (path: path, format: format)
    }
    let altTextPaths = altTextPaths(for: outputs.map(\.path))
    for path in outputs.map(\.path) + altTextPaths { try FileIO.checkWritable(path) }
    let (width, height) = (request.size.width * request.scale, request.size.height * request.scale)
    guard PageSize.validRange.contains(width), PageSize.validRange.contains(height) else {
      throw ChartRequestError.scaledSizeTooLarge(size: request.size, scale: request.scale)
    }

    let palette = try cache?.palette(path: request.brandPath) ?? Palette.load(path: request.brandPath)
    let chart = try prepare(request, palette: palette, cache: cache)
    let content = chart.content
    let laidOut = ChartLayout.layout(
      content, size: PageSize(width: width, height: height), palette: palette, measurer: PangoTextMeasurer())
    var scene = laidOut.scene
    let altText = AltText.chart(content)
    scene.description = altText
    let rendered = try outputs.map { output throws(RenderError) in
      (path: output.path, bytes: try SceneRenderer.render(scene, as: output.format))
    }
    let files = rendered + altTextPaths.map { (path: $0, bytes: Array((altText + "\n").utf8)) }
    for file in files { try FileIO.writeAtomically(file.bytes, to: file.path) }

    return ChartReport(
      rowsRead: chart.rowsRead, rowsUsed: chart.rowsUsed, categories: content.data.categories.count,
      series: content.data.series, aggregation: request.aggregation, unit: content.unit,
      unitFromColumns: chart.unitFromColumns, notes: chart.notes, warnings: laidOut.warnings, written: files.map(\.path))
  }

  /// The chart a request describes, before layout: the table read, filtered,
  /// its rows combined, the categories sorted and cut to the top ones.
  public static func prepare(_ request: ChartRequest) throws -> PreparedChart {
    try prepare(request, palette: Palette.load(path: request.brandPath))
  }

  /// ``prepare(_:)`` with the brand kit already loaded.
  public static func prepare(_ request: ChartRequest, palette: Palette, cache: InputCache? = nil) throws -> PreparedChart {
    let table = try cache?.table(path: request.dataPath) ?? CSVReader.read(path: request.dataPath)
    let read = try ChartTable(try table.filtered(by: request.filters), columns: request.columns, aggregation: request.aggregation)
    if case .bars(_, .percent) = request.kind, read.data.series.count == 1 {
      throw ChartRequestError.percentOfOneSeries(series: read.data.series[0])
    }
    let data = arranged(read.data, request)
    let unit = request.unit ?? read.unitFromColumns
    // Bars coloured like the communes of a map of the same value: classes of every
    // category read, before --top keeps some.
    var colors: (bars: [Color], legend: [ChartLegendEntry])?
    if let count = request.colorClasses {
      let classes = try Classification.classify(read.data.values.map { $0.first ?? nil }, method: .quantile, classCount: count)
      let values = data.values.map { $0.first ?? nil }
      let ramp = palette.sequentialRamp(classCount: classes.classCount)
      let labels = ClassLabels.french(bounds: classes.breaks.bounds, unit: unit)
      colors = (
        values.map { classes.classIndex(of: $0).map { ramp[$0] } ?? palette.noData },
        zip(ramp, labels).map { ChartLegendEntry(label: $1, color: $0) })
    }
    let content = try ChartContent(
      data: data, kind: request.kind, texts: request.texts, unit: unit, highlight: request.highlight,
      categoryColors: colors?.bars, colorLegend: colors?.legend ?? [])
    return PreparedChart(
      content: content, rowsRead: table.rows.count, rowsUsed: read.rowsUsed, notes: read.notes,
      unitFromColumns: request.unit == nil && read.unitFromColumns != nil)
  }

  /// The categories in the order asked, cut to the top ones. Years in file
  /// order are completed first, so that a missing year shows as a gap.
  static func arranged(_ data: ChartData, _ request: ChartRequest) -> ChartData {
    var data = data
    if request.sort == .file, request.top == nil { data = data.completingYears() }
    data = data.sorted(by: request.sort)
    if let top = request.top { data = data.top(top, remainderLabel: request.groupsOthers ? "Autres" : nil) }
    return data
  }

  /// `chart.txt` beside `chart.png` and `chart.svg`: one per distinct output name.
  static func altTextPaths(for outputs: [String]) -> [String] {
    var paths: [String] = []
    for output in outputs {
      // Every output has an extension: OutputFormat(path:) accepted it.
      let path = String(output[..<(output.lastIndex(of: ".") ?? output.endIndex)]) + ".txt"
      if !paths.contains(path) { paths.append(path) }
    }
    return paths
  }
}

/// A chart read from its table and checked, ready to lay out on any page.
public struct PreparedChart: Hashable, Sendable {
  public var content: ChartContent
  /// Rows of the table, before `--filter`.
  public var rowsRead: Int
  /// Rows that passed the filters and gave a value to a category.
  public var rowsUsed: Int
  public var notes: [ChartTableNote]
  /// Whether the unit came from the value columns' names.
  public var unitFromColumns: Bool
}
