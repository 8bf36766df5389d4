import Foundation
import Testing

/// `audomap map` end to end: the built binary on the real CAPSO files.
@Suite struct MapCommandTests {
  static let capsoArguments = [
    "map", "--basemap", "Basemaps/capso-communes-2018.geojson",
    "--data", "Datasets/capso-population-dgcl-2019-2025.csv", "--filter", "annee=2025",
    "--value", "population_municipale", "--title", "Population municipale 2025",
  ]

  @Test func capsoPopulationMapMatchesAll53CommunesAtTheRequestedSize() throws {
    let folder = try AudomapRunner.temporaryFolder()
    let png = folder.appendingPathComponent("capso.png")
    let result = try AudomapRunner.run(Self.capsoArguments + ["--size", "800x600", "-o", png.path])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardError.contains("53/53 communes matched"))
    #expect(result.standardError.contains("insee (detected)"))
    let size = try #require(pngSize(try Data(contentsOf: png)))
    #expect(size.width == 800 && size.height == 600)
  }

  @Test func twoRunsGiveIdenticalPNGAndSVGBytes() throws {
    let folder = try AudomapRunner.temporaryFolder()
    var outputs: [[Data]] = []
    for run in 0..<2 {
      let png = folder.appendingPathComponent("run\(run).png")
      let svg = folder.appendingPathComponent("run\(run).svg")
      let pdf = folder.appendingPathComponent("run\(run).pdf")
      let result = try AudomapRunner.run(Self.capsoArguments + ["-o", png.path, "-o", svg.path, "-o", pdf.path])
      #expect(result.status == 0, "\(result.standardError)")
      outputs.append([try Data(contentsOf: png), try Data(contentsOf: svg), try Data(contentsOf: pdf)])
    }
    #expect(outputs[0][0] == outputs[1][0], "PNG bytes differ between runs")
    #expect(outputs[0][1] == outputs[1][1], "SVG bytes differ between runs")
    #expect(outputs[0][2].starts(with: Data("%PDF".utf8)))
    #expect(pngSize(outputs[0][0]).map { $0.width == 1080 && $0.height == 1080 } == true)
  }

  @Test func inputsAreNeverModified() throws {
    let inputs = ["Basemaps/capso-communes-2018.geojson", "Datasets/capso-population-dgcl-2019-2025.csv"]
    let before = try inputs.map { try Data(contentsOf: AudomapRunner.packageRoot.appendingPathComponent($0)) }
    let folder = try AudomapRunner.temporaryFolder()
    _ = try AudomapRunner.run(Self.capsoArguments + ["-o", folder.appendingPathComponent("x.png").path])
    let after = try inputs.map { try Data(contentsOf: AudomapRunner.packageRoot.appendingPathComponent($0)) }
    #expect(before == after)
  }
}

/// Bad input: each case gives its exit code, a message naming the file and
/// place, and leaves no output file behind.
@Suite struct MapCommandErrorTests {
  struct ErrorCase: Sendable, CustomTestStringConvertible {
    let id: String
    /// Builds the arguments given a scratch folder; returns them and the output path.
    let arguments: @Sendable (URL) throws -> (arguments: [String], output: String)
    let status: Int32
    let messageParts: [String]
    var testDescription: String { id }
  }

  /// `audomap map` on the shipped files, with one input or the output replaced.
  static func mapArguments(
    basemap: String = "Basemaps/capso-communes-2018.geojson", value: String = "population_municipale", output: String
  ) -> [String] {
    ["map", "--basemap", basemap, "--data", "Datasets/capso-population-dgcl-2019-2025.csv", "--filter", "annee=2025",
     "--value", value, "-o", output]
  }

  static let cases: [ErrorCase] = [
    ErrorCase(
      id: "truncated GeoJSON",
      arguments: { folder in
        let text = try String(contentsOf: AudomapRunner.packageRoot.appendingPathComponent("Basemaps/capso-communes-2018.geojson"), encoding: .utf8)
        let truncated = folder.appendingPathComponent("truncated.geojson")
        try String(text.prefix(30_000)).write(to: truncated, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("map.png").path
        return (mapArguments(basemap: truncated.path, output: output), output)
      },
      // 25 counted from 0, as in features[25]: checked with Python on the first 30,000 bytes.
      status: 65, messageParts: ["truncated.geojson:1:30001", "feature 25", "truncated"]),
    ErrorCase(
      id: "CSV without the named column",
      arguments: { folder in
        let output = folder.appendingPathComponent("map.png").path
        return (mapArguments(value: "population", output: output), output)
      },
      status: 65, messageParts: ["capso-population-dgcl-2019-2025.csv", "population_municipale", "annee"]),
    ErrorCase(
      id: "unknown output extension",
      arguments: { folder in
        let output = folder.appendingPathComponent("map.gif").path
        return (mapArguments(output: output), output)
      },
      status: 64, messageParts: ["map.gif", ".png, .svg, .pdf"]),
    ErrorCase(
      id: "unwritable output folder",
      arguments: { _ in
        // Even root cannot create files in /proc.
        let output = "/proc/audomap-test/map.png"
        return (mapArguments(output: output), output)
      },
      status: 73, messageParts: ["/proc/audomap-test"]),
    ErrorCase(
      id: "missing basemap",
      arguments: { folder in
        let output = folder.appendingPathComponent("map.png").path
        return (mapArguments(basemap: "Basemaps/nowhere.geojson", output: output), output)
      },
      status: 66, messageParts: ["Basemaps/nowhere.geojson", "no such file"]),
  ]

  @Test(arguments: cases) func badInput(_ c: ErrorCase) throws {
    let folder = try AudomapRunner.temporaryFolder()
    let (arguments, output) = try c.arguments(folder)
    let result = try AudomapRunner.run(arguments)
    #expect(result.status == c.status, "\(result.standardError)")
    for part in c.messageParts { #expect(result.standardError.contains(part), "missing '\(part)' in: \(result.standardError)") }
    #expect(!FileManager.default.fileExists(atPath: output))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
    #expect(leftovers.isEmpty)
  }
}
