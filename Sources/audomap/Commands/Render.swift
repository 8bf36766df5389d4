import ArgumentParser
import AudomapBatch
import Foundation

extension Audomap {
  struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Render some visuals of the manifest by name, or every visual of one dataset.",
      discussion: """
        Examples:
          audomap render capso-population-2025 'capso-evolution-*'
          audomap render --dataset capso-population
        """)

    @Argument(help: ArgumentHelp("Visual names of the manifest (globs such as 'capso-*').", valueName: "name"))
    var names: [String] = []

    @Option(help: ArgumentHelp("Render every visual of this dataset.", valueName: "name"))
    var dataset: String?

    @Option(help: ArgumentHelp("The manifest.", valueName: "file"))
    var manifest: String = "audomap.yml"

    @OptionGroup
    var runOptions: BatchRunArguments

    func validate() throws {
      if names.isEmpty, dataset == nil {
        throw ValidationError("Name the visuals to render (e.g. audomap render capso-population) or give --dataset NAME.")
      }
    }

    func run() throws {
      try BatchSession(arguments: runOptions, manifestPath: manifest).run(patterns: names, dataset: dataset, dryRun: false)
    }
  }
}
