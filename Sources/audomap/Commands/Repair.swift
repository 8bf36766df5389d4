import ArgumentParser
import AudomapBatch
import AudomapCore
import AudomapGeometry
import Foundation

extension Winding: ExpressibleByArgument {}

extension Audomap {
  struct Repair: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write a map-ready copy of a commune boundary file, with a report of every fix.",
      discussion: """
        Example (an OpenDataSoft export made ready for Khartis):
          audomap repair georef-france-commune.geojson -o communes.geojson --khartis --report fixes.json
        """)

    @Argument(help: ArgumentHelp("The boundary file to repair (never modified).", valueName: "file"))
    var file: String

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(
      "The repaired file: .geojson (RFC 7946) or .topojson.", valueName: "file"))
    var output: String

    @Option(help: ArgumentHelp("Also write the full report as JSON.", valueName: "file"))
    var report: String?

    @Option(name: .customLong("id-field"), help: ArgumentHelp("Property holding commune codes (detected when omitted).", valueName: "name"))
    var idField: String?

    @Option(help: ArgumentHelp("Decimals kept in coordinates.", valueName: "digits"))
    var precision = 6

    @Option(help: ArgumentHelp("Properties to keep, comma-separated, e.g. code,nom (default: all).", valueName: "names"))
    var keep: String?

    @Flag(help: "Write what Khartis accepts: WGS84 polygons with one ID property.")
    var khartis = false

    @Option(help: "Ring orientation: ccw (RFC 7946) or cw (d3).")
    var winding: Winding = .counterClockwise

    @Option(help: ArgumentHelp(
      "Keep this percentage of removable vertices; shared borders stay shared.", valueName: "percent"))
    var simplify: Double?

    @Flag(help: "Write the outline of all communes (e.g. the EPCI contour) instead of the communes.")
    var dissolve = false

    @Option(help: ArgumentHelp(
      "Close gaps and overlaps between neighbours thinner than this many metres, e.g. --snap 5.",
      valueName: "metres"))
    var snap: Double?

    func validate() throws {
      guard (0...15).contains(precision) else { throw ValidationError("Invalid --precision \(precision): choose 0 to 15 decimals.") }
      if let simplify, !(simplify > 0 && simplify <= 100) {
        throw ValidationError("Invalid --simplify \(simplify): give a percentage above 0 and up to 100, e.g. --simplify 10.")
      }
      if let snap, !(snap > 0 && snap <= 1000) {
        throw ValidationError("Invalid --snap \(snap): give a tolerance in metres above 0 and up to 1000, e.g. --snap 5.")
      }
    }

    func run() throws {
      do {
        let keepList = keep.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        let result = try RepairJob.run(RepairRequest(
          inputPath: file, outputPath: output, reportPath: report,
          options: RepairOptions(idField: idField, winding: winding, snapTolerance: snap),
          precision: precision, keep: keepList, khartis: khartis, simplifyPercent: simplify, dissolve: dissolve))
        for line in result.textLines(detailLimit: 3) { printError(line) }
        printError("Wrote " + ([output] + (report.map { [$0] } ?? [])).joined(separator: ", "))
      } catch let error as any AudomapError {
        throw fail(error)
      }
    }
  }
}
