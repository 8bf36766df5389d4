import AudomapBatch
import AudomapCore
import Foundation

/// `audomap-bench batch [MANIFEST]`: wall time of whole batch runs, in process (the CLI
/// adds its start-up, some 20 ms), against issue #7's targets: the default manifest cold
/// (empty output folder) < 5 s and warm (nothing changed) < 0.5 s; the Hauts-de-France
/// manifest (one map per EPCI) at least 20 maps per second cold.
enum BatchBenchmark {
  static let runs = 3
  static let regionManifest = "examples/hauts-de-france-epci.yml"
  static let regionRate = 20.0

  static func run(arguments: ArraySlice<String>) -> Int32 {
    if let path = arguments.first { return run(manifestPath: path, minimumRate: nil) }
    let defaultStatus = run(manifestPath: "audomap.yml", minimumRate: nil)
    let regionStatus = run(manifestPath: regionManifest, minimumRate: regionRate)
    return max(defaultStatus, regionStatus)
  }

  /// - Parameter minimumRate: renders per second a cold run must reach; nil checks the times instead.
  static func run(manifestPath: String, minimumRate: Double?) -> Int32 {
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
      if let minimumRate {
        let rate = Double(renders) / cold.sorted()[cold.count / 2]
        let met = rate >= minimumRate
        print("cold: \(format(rate, 1)) renders per second (target ≥ \(format(minimumRate, 0)): \(met ? "met" : "MISSED"))")
        _ = line("warm (unchanged)", warm, target: 0.5)
        return met ? 0 : 1
      }
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
