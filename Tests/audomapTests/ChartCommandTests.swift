import Foundation
import Testing

/// `audomap chart` end to end: the built binary on the shipped CAPSO table.
@Suite struct ChartCommandTests {
  static let populationByYear = [
    "chart", "--data", "Datasets/capso-population-dgcl-2019-2025.csv", "--category", "annee",
    "--value", "population_municipale", "--aggregate", "sum", "--unit", "hab.", "--title", "Population de la CAPSO",
  ]

  @Test func writesEveryOutputAndTheAltTextBesideThem() throws {
    let folder = try AudomapRunner.temporaryFolder()
    let (png, svg) = (folder.appendingPathComponent("population.png"), folder.appendingPathComponent("population.svg"))
    let result = try AudomapRunner.run(Self.populationByYear + ["--preset", "x", "-o", png.path, "-o", svg.path])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardError.contains("371 of 371 rows used (summed per category): 7 categories, 1 series"))
    let size = try #require(pngSize(try Data(contentsOf: png)))
    #expect(size.width == 1600 && size.height == 900)
    let altText = try String(contentsOf: folder.appendingPathComponent("population.txt"), encoding: .utf8)
    #expect(altText.hasPrefix("Diagramme en barres verticales : Population de la CAPSO."))
    #expect(altText.hasSuffix(".\n"))
    #expect(try String(contentsOf: svg, encoding: .utf8).contains("<desc>\(altText.dropLast())</desc>"))
  }

  @Test func anUnknownColumnSuggestsTheClosestAndWritesNothing() throws {
    let folder = try AudomapRunner.temporaryFolder()
    let output = folder.appendingPathComponent("chart.png")
    var arguments = Self.populationByYear + ["-o", output.path]
    arguments[arguments.firstIndex(of: "annee")!] = "anee"
    let result = try AudomapRunner.run(arguments)
    #expect(result.status == 65)
    #expect(result.standardError.contains("no column \"anee\""))
    #expect(result.standardError.contains("Did you mean \"annee\"? Pass it with --category."))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  @Test func severalRowsPerCategoryWithoutAggregateIsADataError() throws {
    let folder = try AudomapRunner.temporaryFolder()
    let arguments = Self.populationByYear.filter { $0 != "--aggregate" && $0 != "sum" }
    let result = try AudomapRunner.run(arguments + ["-o", folder.appendingPathComponent("chart.png").path])
    #expect(result.status == 65)
    #expect(result.standardError.contains("7 categories have several rows"))
    #expect(result.standardError.contains("--aggregate sum"))
  }

  @Test func anUnknownPresetListsTheValidOnes() throws {
    let folder = try AudomapRunner.temporaryFolder()
    let result = try AudomapRunner.run(Self.populationByYear + ["--preset", "tiktok", "-o", folder.appendingPathComponent("c.png").path])
    #expect(result.status == 64)
    #expect(result.standardError.contains("Unknown --preset 'tiktok': choose instagram"))
    #expect(result.standardError.contains("instagram (1080×1080), portrait (1080×1350)"))
  }

  @Test(arguments: [
    (["--stacked", "--percent"], "Choose --stacked or --percent, not both."),
    (["--line", "--horizontal"], "--line draws lines across the categories"),
    (["--others"], "--others needs --top N"),
    (["--top", "0"], "Invalid --top 0"),
    (["--sort", "size"], "size"),
    (["--aggregate", "median"], "median"),
    (["--percent"], "--percent splits each bar between its series, but there is only one (\"population_municipale\")"),
  ])
  func usageErrorsExit64(extra: [String], message: String) throws {
    let folder = try AudomapRunner.temporaryFolder()
    let result = try AudomapRunner.run(Self.populationByYear + extra + ["-o", folder.appendingPathComponent("c.png").path])
    #expect(result.status == 64, "\(result.standardError)")
    #expect(result.standardError.contains(message), "\(result.standardError)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  @Test func aMissingOutputFolderCannotBeCreated() throws {
    let folder = try AudomapRunner.temporaryFolder()
    let result = try AudomapRunner.run(Self.populationByYear + ["-o", folder.appendingPathComponent("none/chart.png").path])
    #expect(result.status == 73)
    #expect(result.standardError.contains("the output folder does not exist"))
  }

  @Test func aMissingTableIsMissingInput() throws {
    let folder = try AudomapRunner.temporaryFolder()
    var arguments = Self.populationByYear + ["-o", folder.appendingPathComponent("chart.png").path]
    arguments[2] = "Datasets/absent.csv"
    let result = try AudomapRunner.run(arguments)
    #expect(result.status == 66)
    #expect(result.standardError.contains("Datasets/absent.csv: no such file"))
  }
}
