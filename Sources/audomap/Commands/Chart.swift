import ArgumentParser
import AudomapBatch
import AudomapCore
import Foundation

extension ChartSort: ExpressibleByArgument {}

extension Audomap {
  struct Chart: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Render a bar or line chart from a table, in the brand's colours, with its alt text.",
      discussion: """
        Example (the 15 most populated CAPSO communes in 2025, Saint-Omer highlighted):
          audomap chart --data Datasets/capso-population-dgcl-2019-2025.csv --filter annee=2025 \\
            --category nom_commune --value population_municipale --horizontal --sort value --top 15 \\
            --highlight Saint-Omer --title "Les 15 communes les plus peuplées" --preset portrait \\
            -o Output/communes.png -o Output/communes.svg
        Each output gets its alt text beside it (Output/communes.txt).
        """)

    @Option(help: ArgumentHelp("Table to chart (CSV, comma or semicolon).", valueName: "file"))
    var data: String

    @Option(help: ArgumentHelp("Column whose values are the bars (one per distinct value, in file order).", valueName: "column"))
    var category: String

    @Option(help: ArgumentHelp(
      "Column(s) of numbers, separated by commas (repeatable): several columns make several series.", valueName: "column"))
    var value: [String] = []

    @Option(help: ArgumentHelp("Column whose distinct values make the series (with a single --value).", valueName: "column"))
    var series: String?

    @Option(help: ArgumentHelp(
      "Keep only the rows that pass (repeatable, all must hold): COLUMN=VALUE, COLUMN!=VALUE, "
        + "COLUMN<NUMBER (or <=, >, >=), or \"COLUMN in A|B|C\".", valueName: "condition"))
    var filter: [String] = []

    @Option(help: ArgumentHelp(
      "Combine the rows of one category (and series): sum, mean, min, max, count (rows) or first. "
        + "Without it, a category with several rows is an error naming the column that tells them apart.", valueName: "how"))
    var aggregate: Aggregation?

    @Flag(help: "Horizontal bars: room for long labels such as commune names.")
    var horizontal = false

    @Flag(help: "Stack the series end to end, the total at the end of each bar.")
    var stacked = false

    @Flag(help: "Stack the series as shares of each bar's total (100 %).")
    var percent = false

    @Flag(help: "A line per series across the categories (years); missing years are gaps.")
    var line = false

    @Option(help: ArgumentHelp("Order of the categories: value (largest first), label or file (default).", valueName: "order"))
    var sort: ChartSort = .file

    @Option(help: ArgumentHelp("Keep the N categories with the largest totals.", valueName: "N"))
    var top: Int?

    @Flag(help: "With --top, add a last bar \"Autres\" summing the categories left out.")
    var others = false

    @Option(help: ArgumentHelp("Category drawn in the accent colour, the others in grey (exact label).", valueName: "label"))
    var highlight: String?

    @Option(name: .customLong("color-classes"), help: ArgumentHelp(
      "Colour each bar like its commune on a map: this many quantile classes of the value (2 to 9), "
        + "in the brand ramp, with the classes as legend.", valueName: "k"))
    var colorClasses: Int?

    @OptionGroup
    var format: FormatArguments

    @Option(help: "Title (defaults to the value column).")
    var title: String?

    @Option(help: "Subtitle under the title.")
    var subtitle: String?

    @Option(name: .customLong("legend-title"), help: "Title of the legend of the series.")
    var legendTitle: String?

    @Option(help: ArgumentHelp("Unit of the values, e.g. MWh or hab. (default: the value columns' common \"(unit)\").", valueName: "unit"))
    var unit: String?

    @Option(help: "Source line (defaults to the data file name).")
    var source: String?

    @Option(help: "Credits, after the source, e.g. \"Réalisation : CAPSO\".")
    var credits: String?

    @Option(help: ArgumentHelp("Brand kit with colours and font (YAML; default Palettes/capso.yml).", valueName: "file"))
    var brand: String?

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(
      "Output file, .png, .svg or .pdf (repeatable: one render, several formats); the alt text goes beside it as .txt.",
      valueName: "file"))
    var outputs: [String] = []

    func validate() throws {
      if outputs.isEmpty { throw ValidationError("Please give an output file with -o, e.g. -o chart.png.") }
      if value.isEmpty { throw ValidationError("Please give the column of numbers with --value, e.g. --value population_municipale.") }
      if stacked, percent { throw ValidationError("Choose --stacked or --percent, not both.") }
      if line, horizontal || stacked || percent {
        throw ValidationError("--line draws lines across the categories: drop --horizontal, --stacked and --percent.")
      }
      if let top, top < 1 { throw ValidationError("Invalid --top \(top): keep at least 1 category.") }
      if others, top == nil { throw ValidationError("--others needs --top N: it sums the categories left out.") }
    }

    var kind: ChartKind {
      if line { return .line }
      return .bars(horizontal ? .horizontal : .vertical, percent ? .percent : stacked ? .stacked : .grouped)
    }

    func run() throws {
      // The brand kit is read once for its defaults and for drawing.
      let cache = InputCache()
      do {
        let filters = try filter.map { text throws(TableError) in try RowFilter(parsing: text) }
        let request = ChartRequest(
          dataPath: data, filters: filters, columns: ChartColumns(category: category, values: value, series: series),
          aggregation: aggregate, kind: kind, sort: sort, top: top, groupsOthers: others, highlight: highlight, colorClasses: colorClasses,
          texts: MapTexts(
            title: title ?? value.joined(separator: ", "), subtitle: subtitle, legendTitle: legendTitle,
            source: source ?? "Source : \(URL(fileURLWithPath: data).lastPathComponent)",
            credits: try BrandKit.credits(credits, brand: brand, cache: cache)),
          unit: unit, size: try format.pageSize(brand: brand, cache: cache), scale: format.scale, brandPath: brand ?? BrandKit.defaultPath(), outputPaths: outputs)
        let report = try ChartJob.run(request, cache: cache)
        for line in report.summaryLines { printError(line) }
      } catch let error as any AudomapError {
        throw fail(error)
      }
    }
  }
}
