import AudomapCore
import Foundation

/// `audomap-bench jenks [PATH] [K]`: time of the exact Jenks breaks on the
/// population of every commune of France (34,900 values, 5,908 distinct), in
/// `K` classes (7 by default), against issue #4's target: well under a second.
enum JenksBenchmark {
  static let defaultPath = "../shared/data/datasets/population-communes-france.csv"
  static let valueColumn = "PMUN"
  static let defaultClassCount = 7
  static let runs = 11

  /// Runs the benchmark and returns the process exit status.
  static func run(arguments: ArraySlice<String>) -> Int32 {
    let path = arguments.first ?? defaultPath
    let classCount = arguments.dropFirst().first.flatMap(Int.init) ?? defaultClassCount
    return exitStatus {
      let table = try CSVReader.read(path: path)
      let column = try table.columnIndex(valueColumn)
      let values = table.rows.map { NumberParser.parse($0[column]) }
      let sorted = values.compactMap { $0 }.sorted()

      var breaksSeconds: [Double] = []
      var classifySeconds: [Double] = []
      var classification: Classification?
      for _ in 0..<runs {
        var start = ContinuousClock.now
        let bounds = Jenks.breaks(sorted: sorted, classCount: classCount)
        breaksSeconds.append(seconds(since: start))
        precondition(bounds.count == classCount + 1)

        // The whole classification: sort, breaks, counts and warnings, as `audomap map` runs it.
        start = ContinuousClock.now
        classification = try Classification.classify(values, method: .jenks, classCount: classCount)
        classifySeconds.append(seconds(since: start))
      }
      guard let classification else { return 1 }
      let median = classifySeconds.sorted()[runs / 2]
      print("Jenks natural breaks (ckmeans): \(path), column \(valueColumn)")
      print("values: \(sorted.count), distinct: \(Set(sorted).count), classes: \(classCount)")
      print("bounds: \(classification.breaks.bounds.map { format($0, 0) }.joined(separator: ", "))")
      print("counts: \(classification.counts.map(String.init).joined(separator: ", "))")
      print("Jenks.breaks on sorted values, \(runs) runs: \(summary(breaksSeconds))")
      print("Classification.classify (sort + breaks + counts), \(runs) runs: \(summary(classifySeconds))"
        + " (target < 1 s: \(median < 1 ? "met" : "MISSED"))")
      return median < 1 ? 0 : 1
    }
  }

  /// "median 12.3 ms, best 11.9 ms".
  private static func summary(_ seconds: [Double]) -> String {
    let sorted = seconds.sorted()
    return "median \(format(sorted[sorted.count / 2] * 1000, 1)) ms, best \(format(sorted[0] * 1000, 1)) ms"
  }

  private static func seconds(since start: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  }
}
