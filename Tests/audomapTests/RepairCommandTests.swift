import Foundation
import Testing

/// `audomap inspect` and `audomap repair` end to end, on the real basemaps.
@Suite struct RepairCommandTests {
  static let basemaps = AudomapRunner.sharedData.appendingPathComponent("basemaps")

  func json(_ url: URL) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
    return try #require(object as? [String: Any])
  }

  @Test func inspectExits1WhenSomethingNeedsFixingAnd0WhenNothingDoes() throws {
    let capso = try AudomapRunner.run(["inspect", "Basemaps/capso-communes-2018.geojson"])
    #expect(capso.status == 1, "\(capso.standardError)")
    #expect(capso.standardOutput.contains("53 features"))
    #expect(capso.standardOutput.contains("codes in \"code\" (detected)"))
    #expect(capso.standardOutput.contains("winding  53"))

    let ods = try AudomapRunner.run([
      "inspect", Self.basemaps.appendingPathComponent("ods/georef-france-commune-31-haute-garonne-2025.geojson").path,
    ])
    #expect(ods.status == 1, "\(ods.standardOutput)\(ods.standardError)")
    #expect(ods.standardOutput.contains("codes in \"com_code\" (detected)"))
    #expect(ods.standardOutput.contains("wrapped-properties  1"))

    // What repair writes needs nothing more.
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("audomap-inspect-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let repaired = folder.appendingPathComponent("haute-garonne.geojson").path
    let repair = try AudomapRunner.run([
      "repair", Self.basemaps.appendingPathComponent("ods/georef-france-commune-31-haute-garonne-2025.geojson").path,
      "-o", repaired,
    ])
    #expect(repair.status == 0, "\(repair.standardError)")
    let again = try AudomapRunner.run(["inspect", repaired])
    #expect(again.status == 0, "\(again.standardOutput)\(again.standardError)")
    #expect(again.standardOutput.contains("codes in \"com_code\" (detected)"))
  }

  @Test func inspectJSONListsEveryFixWithFeatureAndCode() throws {
    let result = try AudomapRunner.run(["inspect", "--json", Self.basemaps.appendingPathComponent("communes-14-calvados.geojson").path])
    #expect(result.status == 1)
    let report = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    let entries = try #require(report["entries"] as? [[String: Any]])
    let invalid = entries.filter { $0["defect"] as? String == "self-intersection" }
    #expect(invalid.count == 1)
    #expect(invalid.first?["code"] as? String == "14174")
    #expect(invalid.first?["featureIndex"] as? Int == 62)
    #expect(entries.filter { $0["defect"] as? String == "winding" }.count == 537)
    let counts = try #require(report["counts"] as? [String: Int])
    #expect(counts == ["self-intersection": 1, "winding": 537])
  }

  @Test func repairedCalvadosIsValidCounterClockwiseAndKeepsTheArea() throws {
    let folder = try AudomapRunner.temporaryFolder()
    let output = folder.appendingPathComponent("calvados.geojson")
    let reportFile = folder.appendingPathComponent("report.json")
    let input = Self.basemaps.appendingPathComponent("communes-14-calvados.geojson")
    let before = try Data(contentsOf: input)
    let result = try AudomapRunner.run(["repair", input.path, "-o", output.path, "--report", reportFile.path])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardError.contains("self-intersection"))
    #expect(try Data(contentsOf: input) == before, "the input was modified")

    let report = try json(reportFile)
    let inputArea = try #require(report["inputArea"] as? Double)
    let outputArea = try #require(report["outputArea"] as? Double)
    #expect(abs(outputArea - inputArea) / inputArea < 1e-6)

    // The repaired file needs nothing more.
    let again = try AudomapRunner.run(["inspect", output.path])
    #expect(again.status == 0, "\(again.standardOutput)")
  }

  @Test func khartisOutputHasOnlyAnIDProperty() throws {
    let folder = try AudomapRunner.temporaryFolder()
    let output = folder.appendingPathComponent("khartis.geojson")
    let input = Self.basemaps.appendingPathComponent("ods/georef-france-commune-nantes-records-2022.json")
    let result = try AudomapRunner.run(["repair", input.path, "-o", output.path, "--khartis"])
    #expect(result.status == 0, "\(result.standardError)")
    let collection = try json(output)
    let features = try #require(collection["features"] as? [[String: Any]])
    #expect(features.count == 102)
    for feature in features {
      let properties = try #require(feature["properties"] as? [String: Any])
      #expect(Array(properties.keys) == ["ID"])
      #expect((properties["ID"] as? String)?.count == 5)
      #expect((feature["geometry"] as? [String: Any])?["type"] as? String == "Polygon")
    }
  }

  @Test func simplifiedTopoJSONAndDissolvedOutline() throws {
    let folder = try AudomapRunner.temporaryFolder()
    let topo = folder.appendingPathComponent("capso.topojson")
    let simplified = try AudomapRunner.run(["repair", "Basemaps/capso-communes-2018.geojson", "-o", topo.path, "--simplify", "10"])
    #expect(simplified.status == 0, "\(simplified.standardError)")
    #expect(try json(topo)["type"] as? String == "Topology")

    let outline = folder.appendingPathComponent("outline.geojson")
    let dissolved = try AudomapRunner.run(["repair", "Basemaps/capso-communes-2018.geojson", "-o", outline.path, "--dissolve"])
    #expect(dissolved.status == 0, "\(dissolved.standardError)")
    let features = try #require(try json(outline)["features"] as? [[String: Any]])
    #expect(features.count == 1)
    #expect((features.first?["geometry"] as? [String: Any])?["type"] as? String == "Polygon")
  }

  struct BadFile: Sendable, CustomTestStringConvertible {
    let id: String
    let content: String
    let messagePart: String
    var testDescription: String { id }
  }

  @Test(arguments: [
    BadFile(id: "not JSON", content: "insee,population\n62001,120\n", messagePart: "bad.geojson:1:1"),
    BadFile(id: "truncated", content: #"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[2,50],[3"#, messagePart: "bad.geojson:1:"),
    BadFile(id: "empty collection", content: #"{"type":"FeatureCollection","features":[]}"#, messagePart: "no feature at all"),
    BadFile(id: "no polygon at all", content: #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"62001"},"geometry":{"type":"Point","coordinates":[2,50]}}]}"#, messagePart: "found only Point"),
  ])
  func badFilesExit65WithALocatedMessageAndNoOutput(_ bad: BadFile) throws {
    let folder = try AudomapRunner.temporaryFolder()
    let input = folder.appendingPathComponent("bad.geojson")
    try bad.content.write(to: input, atomically: true, encoding: .utf8)
    let output = folder.appendingPathComponent("out.geojson")
    for arguments in [["inspect", input.path], ["repair", input.path, "-o", output.path]] {
      let result = try AudomapRunner.run(arguments)
      #expect(result.status == 65, "\(arguments[0]): \(result.standardError)")
      #expect(result.standardError.contains(bad.messagePart), "\(result.standardError)")
    }
    #expect(!FileManager.default.fileExists(atPath: output.path))
  }

  @Test func anUnknownOutputExtensionIsAUsageError() throws {
    let result = try AudomapRunner.run(["repair", "Basemaps/capso-communes-2018.geojson", "-o", "/tmp/out.shp"])
    #expect(result.status == 64)
    #expect(result.standardError.contains(".geojson"))
  }
}
