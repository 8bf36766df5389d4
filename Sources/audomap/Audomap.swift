import ArgumentParser
import AudomapCore
import Foundation

@main
struct Audomap: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Turns French open data into maps in a local authority's colours.",
    discussion: """
      Reads commune boundaries (GeoJSON, TopoJSON, OpenDataSoft exports) and a table of \
      values by commune (CSV); checks and repairs the boundaries; renders PNG, SVG or PDF \
      visuals ready to post.
      """,
    version: AudomapVersion.current,
    subcommands: [Map.self, Chart.self, Batch.self, Render.self, Inspect.self, Repair.self, DataCommand.self])
}

/// Prints a user error the way every subcommand does and exits with its status.
func fail(_ error: any AudomapError) -> ExitCode {
  printError("error: \(error.description)")
  return ExitCode(error.exitStatus.rawValue)
}

func printError(_ line: String) {
  FileHandle.standardError.write(Data((line + "\n").utf8))
}
