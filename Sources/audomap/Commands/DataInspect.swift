import ArgumentParser
import AudomapCore
import Foundation

extension Audomap.DataCommand {
  struct InspectTable: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "inspect",
      abstract: "Show how a CSV table reads: encoding, separator, and each column's type, missing values and samples.",
      discussion: """
        Detects the encoding (UTF-8, with or without byte order mark, or Windows-1252), the separator \
        (comma, semicolon, tab or |) and each column's type: commune code, code (leading zeros), year, \
        integer, decimal, percentage or text. Numbers may be French or English (1 234,5 · 1,234.5 · 12,5 %); \
        empty cells and NA, N/A, -, –, s, nd, NC, … count as missing.
        Exit status: 0 when the table reads, 65 when it cannot be read as a table, 66 when the file is missing.
        Example:
          audomap data inspect Datasets/capso-population-dgcl-2019-2025.csv --filter annee=2025
        """)

    @Argument(help: ArgumentHelp("The CSV table to inspect.", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp(
      "Inspect only the rows that pass (repeatable, all must hold): COLUMN=VALUE, COLUMN!=VALUE, "
        + "COLUMN<NUMBER (or <=, >, >=), or \"COLUMN in A|B|C\".", valueName: "condition"))
    var filter: [String] = []

    @Flag(help: "Print the report as JSON.")
    var json = false

    func run() throws {
      do {
        let filters = try filter.map { text throws(TableError) in try RowFilter(parsing: text) }
        let profile = TableProfile(try CSVReader.read(path: file).filtered(by: filters))
        if json {
          FileHandle.standardOutput.write(Data(try profile.jsonBytes()))
        } else {
          print(profile.textLines().joined(separator: "\n"))
        }
      } catch let error as any AudomapError {
        throw fail(error)
      }
    }
  }
}
