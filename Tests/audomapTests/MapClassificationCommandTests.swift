import Foundation
import Testing

/// `audomap map --method` and `--breaks` end to end on the CAPSO population
/// 2025 (53 communes from 228 to 14,358 inhabitants; 8 below 500, 5 above 5,000).
@Suite struct MapClassificationCommandTests {
  static func run(_ extra: [String]) throws -> (result: AudomapRunner.Result, output: URL) {
    let output = try AudomapRunner.temporaryFolder().appendingPathComponent("map.png")
    let result = try AudomapRunner.run(MapCommandTests.capsoArguments + extra + ["-o", output.path])
    return (result, output)
  }

  @Test(arguments: [
    (["--method", "jenks", "--classes", "4"], "Classes: 4 (jenks)."),
    (["--method", "Q6"], "Classes: 6 (q6)."),
    (["--method", "nested"], "Classes: 4 (nested)."),
    (["--method", "nice", "--classes", "3"], "Classes: 3 (nice)."),
    (["--method", "geometric"], "Classes: 5 (geometric)."),
  ])
  func methodsChosenByName(_ extra: [String], _ summary: String) throws {
    let (result, output) = try Self.run(extra)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardError.contains(summary), "\(result.standardError)")
    #expect(FileManager.default.fileExists(atPath: output.path))
  }

  @Test func breaksImplyManualClassesAndReportValuesOutside() throws {
    let (result, _) = try Self.run(["--breaks", "500,1000,5000"])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardError.contains("Classes: 4 (manual)."), "\(result.standardError)")
    #expect(result.standardError.contains(
      "8 values lie below the first bound 500: a class from 228 (the minimum) was added for them."))
    #expect(result.standardError.contains(
      "5 values lie above the last bound 5,000: a class up to 14,358 (the maximum) was added for them."))
  }

  @Test(arguments: [
    (["--method", "jenk"], "Did you mean 'jenks'?"),
    (["--breaks", "500,abc,5000"], "bound 2 ('abc') is not a number"),
    (["--breaks", "1000,500"], "bound 2 (500) is not above bound 1 (1000)"),
    (["--method", "q6", "--classes", "4"], "--classes does not apply to the q6 method"),
    (["--breaks", "0,5;1", "--classes", "4"], "--classes does not apply to the manual method"),
    (["--method", "manual"], "Manual classes need their bounds"),
    (["--method", "jenks", "--breaks", "1,2"], "the jenks method, which computes its own"),
    (["--method", "nested", "--classes", "5"], "Nested means make 2, 4 or 8 classes"),
  ])
  func badChoicesExit64AndSayWhy(_ extra: [String], _ message: String) throws {
    let (result, output) = try Self.run(extra)
    #expect(result.status == 64, "\(result.standardError)")
    #expect(result.standardError.contains(message), "\(result.standardError)")
    #expect(!FileManager.default.fileExists(atPath: output.path))
  }
}
