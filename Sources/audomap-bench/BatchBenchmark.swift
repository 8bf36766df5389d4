import AudomapBatch
import AudomapCore
import Foundation

/// `audomap-bench batch [MANIFEST]`: wall time of a whole batch run of the
/// default manifest, in process (the CLI adds its start-up, some 20 ms), against
/// issue #7's targets: cold (empty output folder) < 5 s, warm (nothing changed) < 0.5 s.
enum BatchBenchmark {
  static let runs = 3

  static func run(arguments: ArraySlice<String>) -> Int32 {
    let manifestPath = arguments.first ?? "audomap.yml"
    let environment = BatchEnvironment(
      defaultBrandPath: "Palettes/capso.yml", rampsDirectory: "Palettes/ramps",
      membersListPath: "Datasets/reference/epci-communes-2025.csv")
    let jobs = ProcessInfo.processInfo.activeProcessorCount
    do {
      let manifest = try ManifestReader.read(path: manifestPath)
      var cold: [Double] = []
      var warm: [Double] = []
      var renders = 0
      for _ in 0..<runs {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("audomap-bench-batch-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for pass in 0..<2 {
          let start = ContinuousClock.now
          let plan = try BatchPlan.make(manifest, outputFolder: folder, environment: environment)
          let report = try BatchRunner.run(plan, selected: plan.visuals, jobs: jobs, force: false) { _ in }
          let elapsed = start.duration(to: .now)
          let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
          guard report.failed == 0 else {
            print("error: \(report.failed) visuals failed: \(report.visuals.flatMap(\.errors).joined(separator: "; "))")
            return 1
          }
          if pass == 0 {
            cold.append(seconds)
            renders = plan.visuals.reduce(0) { $0 + $1.renders.count }
          } else {
            guard report.rendered == 0 else {
              print("error: the second run rendered \(report.rendered) visuals again: the incremental check failed.")
              return 1
            }
            warm.append(seconds)
          }
        }
      }
      print("audomap batch \(manifestPath): \(manifest.visuals.count) visuals, \(renders) renders, median of \(runs) runs (\(jobs) cores)")
      let coldMet = line("cold (no state)", cold, target: 5)
      let warmMet = line("warm (unchanged)", warm, target: 0.5)
      return coldMet && warmMet ? 0 : 1
    } catch {
      print("error: \(error)")
      return 1
    }
  }

  private static func line(_ name: String, _ times: [Double], target: Double) -> Bool {
    let sorted = times.sorted()
    let median = sorted[sorted.count / 2]
    let met = median < target
    print(
      name.padding(toLength: 18, withPad: " ", startingAt: 0)
        + " median \(format(median, 3)) s, best \(format(sorted[0], 3)) s (target < \(target) s: \(met ? "met" : "MISSED"))")
    return met
  }
}
