import Foundation
import Testing

@Suite struct BatchCommandTests {
  /// A manifest of a map and a chart of the CAPSO table in a fresh folder; `value` is the map's column.
  func manifest(value: String = "population_municipale", name: String = "carte") throws -> URL {
    let folder = try AudomapRunner.temporaryFolder()
    let root = AudomapRunner.packageRoot
    let yaml = """
      version: 1
      basemaps:
        capso:
          file: \(root.appendingPathComponent("Basemaps/capso-communes-2018.geojson").path)
      datasets:
        population:
          file: \(root.appendingPathComponent("Datasets/capso-population-dgcl-2019-2025.csv").path)
      visuals:
        - name: \(name)
          kind: map
          basemap: capso
          dataset: population
          filter: annee=2025
          value: \(value)
          formats: [png]
        - name: graphique
          kind: chart
          dataset: population
          category: annee
          value: population_municipale
          aggregate: sum
          formats: [png]
      """
    let url = folder.appendingPathComponent("audomap.yml")
    try yaml.write(to: url, atomically: true, encoding: .utf8)
    return url
  }

  @Test func batchRendersEveryVisualWithPlainProgressLinesWhenNotATerminal() throws {
    let manifest = try manifest()
    let output = manifest.deletingLastPathComponent().appendingPathComponent("Sorties").path
    let result = try AudomapRunner.run(["batch", manifest.path, "--output", output, "--jobs", "2"])
    #expect(result.status == 0, "\(result.standardError)")
    let lines = result.standardError.split(separator: "\n")
    #expect(lines.filter { $0.hasPrefix("[") && $0.contains("/2] ") }.count == 2)
    #expect(lines.last == "2 rendered, 0 unchanged, 0 failed; report in \(output)/report.json, gallery in \(output)/index.html.")
    #expect(FileManager.default.fileExists(atPath: output + "/carte-instagram.png"))
    #expect(FileManager.default.fileExists(atPath: output + "/index.html"))

    let again = try AudomapRunner.run(["batch", manifest.path, "--output", output, "--dry-run"])
    #expect(again.standardOutput.split(separator: "\n").map { $0.split(separator: "\t").prefix(2).joined(separator: " ") }
      == ["unchanged carte", "unchanged graphique"])
  }

  @Test func aFailedVisualGivesANonZeroExitAfterRenderingTheOthers() throws {
    let manifest = try manifest(value: "habitants")
    let output = manifest.deletingLastPathComponent().appendingPathComponent("Output").path
    let result = try AudomapRunner.run(["batch", manifest.path])
    #expect(result.status == 1)
    #expect(result.standardError.contains("error: carte:\n  instagram: "))
    #expect(result.standardError.contains("1 rendered, 0 unchanged, 1 failed"))
    // The manifest's folder holds the default output folder.
    #expect(FileManager.default.fileExists(atPath: output + "/graphique-instagram.png"))
  }

  @Test func renderDrawsTheNamedVisualsOnly() throws {
    let manifest = try manifest()
    let output = manifest.deletingLastPathComponent().appendingPathComponent("Output").path
    let result = try AudomapRunner.run(["render", "graphique", "--manifest", manifest.path])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(FileManager.default.fileExists(atPath: output + "/graphique-instagram.png"))
    #expect(!FileManager.default.fileExists(atPath: output + "/carte-instagram.png"))

    let unknown = try AudomapRunner.run(["render", "graphiqe", "--manifest", manifest.path])
    #expect(unknown.status == 64)
    #expect(unknown.standardError.contains("no visual of the manifest is called 'graphiqe'. Did you mean 'graphique'?"))
  }

  @Test func aNameLeavingTheOutputFolderIsRefusedWithItsLine() throws {
    let manifest = try manifest(name: "../carte")
    let result = try AudomapRunner.run(["batch", manifest.path])
    #expect(result.status == 64)
    #expect(result.standardError.hasPrefix("error: \(manifest.path):9: visual ../carte: the name '../carte' cannot be a file name"))
  }
}
