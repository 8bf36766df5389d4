import ArgumentParser
import AudomapBatch
import AudomapCore
import AudomapGeometry
import Foundation

extension Audomap {
  struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check a commune boundary file and report what needs fixing.",
      discussion: """
        Reads GeoJSON, TopoJSON or an OpenDataSoft export and lists every defect per feature: \
        coordinate system, invalid shapes, ring winding, missing or duplicate codes, gaps and overlaps. \
        Exit status: 0 when nothing needs fixing, 1 when something does, 65 when the file cannot be read.
        """)

    @Argument(help: ArgumentHelp("The boundary file to check.", valueName: "file"))
    var file: String

    @Option(name: .customLong("id-field"), help: ArgumentHelp("Property holding commune codes (detected when omitted).", valueName: "name"))
    var idField: String?

    @Flag(help: "Print the report as JSON.")
    var json = false

    @Option(help: ArgumentHelp("Entries shown per defect in the text report.", valueName: "n"))
    var details = 10

    func run() throws {
      do {
        let report = try RepairJob.run(RepairRequest(inputPath: file, options: RepairOptions(idField: idField)))
        if json {
          FileHandle.standardOutput.write(Data(try report.jsonBytes()))
        } else {
          print(report.textLines(detailLimit: details).joined(separator: "\n"))
        }
        if report.needsFixing { throw ExitCode(1) }
      } catch let error as any AudomapError {
        throw fail(error)
      }
    }
  }
}
