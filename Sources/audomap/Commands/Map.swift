import ArgumentParser
import AudomapBatch
import AudomapCore
import Foundation

extension ClassificationMethod: ExpressibleByArgument {}

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

    @Option(help: ArgumentHelp("Keep only rows where COLUMN equals VALUE (repeatable).", valueName: "column=value"))
    var filter: [String] = []

    @Option(help: "Classification method.")
    var method: ClassificationMethod = .quantile

    @Option(help: ArgumentHelp("Number of classes (2 to 9).", valueName: "k"))
    var classes: Int = 5

    @Option(help: "Title (defaults to the value column).")
    var title: String?

    @Option(help: "Subtitle under the title.")
    var subtitle: String?

    @Option(name: .customLong("legend-title"), help: "Title of the legend.")
    var legendTitle: String?

    @Option(help: "Source and credits line (defaults to the data file name).")
    var source: String?

    @Option(help: ArgumentHelp("Size in pixels, WIDTHxHEIGHT.", valueName: "WxH"))
    var size: String = "1080x1080"

    @Option(help: ArgumentHelp("Brand kit with colours and font (YAML; default Palettes/capso.yml).", valueName: "file"))
    var brand: String?

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(
      "Output file, .png, .svg or .pdf (repeatable: one render, several formats).", valueName: "file"))
    var outputs: [String] = []

    func validate() throws {
      if outputs.isEmpty { throw ValidationError("Please give an output file with -o, e.g. -o map.png.") }
      if PageSize(parsing: size) == nil {
        throw ValidationError("Invalid --size '\(size)': write WIDTHxHEIGHT with each side from \(PageSize.validRange.lowerBound) to \(PageSize.validRange.upperBound), e.g. 1080x1080.")
      }
      if !(2...9).contains(classes) { throw ValidationError("Invalid --classes \(classes): choose from 2 to 9 classes.") }
    }

    func run() throws {
      do {
        let filters = try filter.map { text throws(TableError) in try RowFilter(parsing: text) }
        guard let pageSize = PageSize(parsing: size) else { throw ValidationError("Invalid --size '\(size)'.") }
        let request = MapRequest(
          basemapPath: basemap, idField: idField, dataPath: data, keyColumn: key, valueColumn: value, filters: filters,
          method: method, classCount: classes,
          texts: MapTexts(
            title: title ?? value, subtitle: subtitle, legendTitle: legendTitle,
            source: source ?? "Source : \(URL(fileURLWithPath: data).lastPathComponent)"),
          size: pageSize, brandPath: brand ?? BrandKit.defaultPath(), outputPaths: outputs)
        let report = try MapJob.run(request)
        for line in report.summaryLines { printError(line) }
      } catch let error as any AudomapError {
        throw fail(error)
      }
    }
  }
}
