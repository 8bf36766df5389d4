import ArgumentParser
import AudomapBatch
import AudomapCore
import Foundation

extension Audomap {
  struct Map: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Render a choropleth map of communes coloured by a value from a table.",
      discussion: """
        Example (the CAPSO population in 2025):
          audomap map --basemap Basemaps/capso-communes-2018.geojson \\
            --data Datasets/capso-population-dgcl-2019-2025.csv --filter annee=2025 \\
            --value population_municipale --title "Population municipale 2025" \\
            -o Output/population.png -o Output/population.svg
        """)

    @Option(help: ArgumentHelp("Commune boundaries (GeoJSON, TopoJSON or an OpenDataSoft export).", valueName: "file"))
    var basemap: String

    @Option(name: .customLong("id-field"), help: ArgumentHelp(
      "Basemap property holding commune codes (detected when omitted).", valueName: "name"))
    var idField: String?

    @Option(help: ArgumentHelp("Table of values by commune (CSV, comma or semicolon).", valueName: "file"))
    var data: String

    @Option(help: ArgumentHelp("Column of commune codes in the table (detected when omitted).", valueName: "column"))
    var key: String?

    @Option(help: ArgumentHelp("Column holding the value to map.", valueName: "column"))
    var value: String

    @Option(help: ArgumentHelp(
      "Keep only the rows that pass (repeatable, all must hold): COLUMN=VALUE, COLUMN!=VALUE, "
        + "COLUMN<NUMBER (or <=, >, >=), or \"COLUMN in A|B|C\".", valueName: "condition"))
    var filter: [String] = []

    @OptionGroup
    var join: JoinArguments

    @Option(
      help: ArgumentHelp(
        "How classes are chosen: "
          + ClassificationMethod.Name.allCases.map(\.rawValue).joined(separator: ", ")
          + " (default: quantile, or manual with --breaks).", valueName: "method"),
      transform: { try ClassificationMethod.Name(parsing: $0) })
    var method: ClassificationMethod.Name?

    @Option(help: ArgumentHelp("Number of classes, 2 to 9 (default: 5; nested makes 2, 4 or 8, default 4).", valueName: "k"))
    var classes: Int?

    @Option(
      help: ArgumentHelp(
        "Bounds of manual classes, e.g. 500,1000,5000 (values beyond the first or last bound get a class of their own); "
          + "separate them with ; to write decimal commas: 0,5;1;2,5.", valueName: "list"),
      transform: { try ManualBreaks.parse($0) })
    var breaks: [Double]?

    @Option(help: "Title (defaults to the value column).")
    var title: String?

    @Option(help: "Subtitle under the title.")
    var subtitle: String?

    @Option(name: .customLong("legend-title"), help: "Title of the legend.")
    var legendTitle: String?

    @Option(help: "Source and credits line (defaults to the data file name).")
    var source: String?

    @OptionGroup
    var format: FormatArguments

    @Option(help: ArgumentHelp(
      "choropleth (communes coloured by classes), symbols (circles sized by the value) or typology "
        + "(communes coloured by the category in a text column; qualitative ramp Set2 unless --ramp).",
      valueName: "kind"))
    var kind: MapDesign.Kind = .choropleth

    @Option(help: ArgumentHelp("A second value column drawn as proportional circles over the colours.", valueName: "column"))
    var symbols: String?

    @Option(help: ArgumentHelp("Communes to name: top:N (the N largest values) or codes, e.g. 62765,62040.", valueName: "which"))
    var label: String?

    @Option(help: ArgumentHelp(
      "Colour classes below and above this value with two hues (a diverging ramp), e.g. 0 for a change.", valueName: "value"))
    var diverging: Double?

    @Option(help: ArgumentHelp("A named ramp from Palettes/ramps instead of the brand kit's, e.g. YlGnBu, viridis, RdBu.",
      valueName: "name"))
    var ramp: String?

    @Option(help: ArgumentHelp("Unit of the value, shown in the legend, e.g. % or hab./km².", valueName: "unit"))
    var unit: String?

    @Option(help: "Credits after the source, e.g. \"Réalisation : CAPSO, novembre 2026\" (default: the brand kit's footer).")
    var credits: String?

    @Option(help: ArgumentHelp(
      "Draw only the communes of this EPCI (SIREN or name, from Datasets/reference/epci-communes-2025.csv or --members).",
      valueName: "EPCI"))
    var within: String?

    @Flag(name: .customLong("per-km2"), help: "Divide each value by its commune's area in km² (a density).")
    var perKm2 = false

    @Flag(name: .customLong("no-outline"), help: "Do not draw the territory's outline over the communes.")
    var noOutline = false

    @Flag(name: .customLong("no-scale-bar"), help: "Do not draw the scale bar.")
    var noScaleBar = false

    @Flag(name: .customLong("north-arrow"), help: "Draw an arrow pointing north beside the scale bar.")
    var northArrow = false

    @Option(help: ArgumentHelp(
      "A boundary file of the area around the territory (e.g. its département), drawn small in an empty corner "
        + "with the territory in it.", valueName: "file"))
    var inset: String?

    @Option(help: ArgumentHelp("Brand kit with colours and font (YAML; default Palettes/capso.yml).", valueName: "file"))
    var brand: String?

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(
      "Output file, .png, .svg or .pdf (repeatable: one render, several formats).", valueName: "file"))
    var outputs: [String] = []

    func validate() throws {
      if outputs.isEmpty { throw ValidationError("Please give an output file with -o, e.g. -o map.png.") }
      if let label, MapDesign.Labels(parsing: label) == nil {
        throw ValidationError("Invalid --label '\(label)': write top:N (e.g. top:5) or commune codes separated by commas.")
      }
      if join.members != nil, join.expectMembers == nil, within == nil {
        throw ValidationError("--members needs --expect-members EPCI or --within EPCI.")
      }
      if kind == .symbols, symbols != nil {
        throw ValidationError("--symbols adds circles to a choropleth; with --kind symbols the value itself is drawn as circles.")
      }
      if let classes, !(2...9).contains(classes) { throw ValidationError("Invalid --classes \(classes): choose from 2 to 9 classes.") }
      if classes != nil, methodName.decidesClassCount {
        throw ValidationError(
          "--classes does not apply to the \(methodName.rawValue) method, which decides its classes "
            + "(q6: 6; stddev: from the spread of the data; manual: from --breaks). Drop --classes.")
      }
    }

    /// The method asked for: --breaks alone means manual classes.
    var methodName: ClassificationMethod.Name { method ?? (breaks == nil ? .quantile : .manual) }

    func run() throws {
      // The brand kit is read once for its defaults and for drawing.
      let cache = InputCache()
      do {
        let filters = try filter.map { text throws(TableError) in try RowFilter(parsing: text) }
        let pageSize = try format.pageSize(brand: brand, cache: cache)
        let namedRamp = try (ramp ?? kind.defaultRamp).map { name in
          try NamedRamp.named(name, among: NamedRamp.loadAll(directory: ShippedFile.path("Palettes/ramps")))
        }
        let design = MapDesign(
          kind: kind, symbolColumn: symbols, labels: label.flatMap(MapDesign.Labels.init(parsing:)) ?? .none, outline: !noOutline,
          divergingCenter: diverging, unit: unit, scaleBar: !noScaleBar, ramp: namedRamp, perSquareKilometre: perKm2,
          northArrow: northArrow, insetPath: inset)
        let chosenMethod = try ClassificationMethod(name: methodName, manualBounds: breaks)
        let request = MapRequest(
          basemapPath: basemap, idField: idField, dataPath: data, keyColumn: key, valueColumn: value, filters: filters,
          join: join.settings,
          method: chosenMethod, classCount: classes ?? methodName.defaultClassCount,
          texts: MapTexts(
            title: title ?? value, subtitle: subtitle, legendTitle: legendTitle,
            source: source ?? "Source : \(URL(fileURLWithPath: data).lastPathComponent)",
            credits: try BrandKit.credits(credits, brand: brand, cache: cache)),
          design: design,
          within: within.map { Within(epci: $0, listPath: join.membersListPath) },
          size: pageSize, scale: format.scale, brandPath: brand ?? BrandKit.defaultPath(), outputPaths: outputs)
        let report = try MapJob.run(request, cache: cache)
        for line in report.summaryLines { printError(line) }
        if join.joinDetails { for line in report.joinDetailLines { printError("  " + line) } }
      } catch let error as any AudomapError {
        throw fail(error)
      }
    }
  }
}
extension MapDesign.Kind: ExpressibleByArgument {}
