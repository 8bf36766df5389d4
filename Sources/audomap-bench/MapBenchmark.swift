import Foundation

/// `audomap-bench map`: wall time of whole `audomap map` runs (process start
/// to exit, as a user sees them) on the CAPSO files and on the national
/// basemap, against issue #2's targets: CAPSO PNG ≤ 0.1 s; national
/// 2000×2000 PNG ≤ 1.5 s, SVG ≤ 1.5 s and under 15 MB.
enum MapBenchmark {
  static let runs = 5

  struct Case {
    var name: String
    var arguments: [String]
    var output: String
    var targetSeconds: Double
    var targetMegabytes: Double?
  }

  static let capso = [
    "map", "--basemap", "Basemaps/capso-communes-2018.geojson",
    "--data", "Datasets/capso-population-dgcl-2019-2025.csv", "--filter", "annee=2025",
    "--value", "population_municipale", "--title", "Population municipale 2025",
  ]
  static let national = [
    "map", "--basemap", "../shared/data/basemaps/communes-france-2018.geojson",
    "--data", "../shared/data/datasets/population-communes-france.csv", "--key", "COM", "--value", "PMUN",
    "--title", "Population municipale", "--size", "2000x2000",
  ]
  static let cases = [
    Case(name: "CAPSO 1080×1080 PNG", arguments: capso, output: "capso.png", targetSeconds: 0.1),
    Case(name: "national 2000×2000 PNG", arguments: national, output: "france.png", targetSeconds: 1.5),
    Case(name: "national 2000×2000 SVG", arguments: national, output: "france.svg", targetSeconds: 1.5, targetMegabytes: 15),
  ]

  /// Runs the benchmark and returns the process exit status.
  static func run() -> Int32 {
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("audomap").path
    guard FileManager.default.isExecutableFile(atPath: executable) else {
      print("error: \(executable) not found: build it first (swift build -c release --product audomap).")
      return 66  // EX_NOINPUT
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("audomap-bench-\(getpid())").path
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(atPath: folder) }
      print("audomap map: wall time of the whole process, median of \(runs) runs (\(ProcessInfo.processInfo.activeProcessorCount) cores)")
      var allMet = true
      for c in cases {
        let output = folder + "/" + c.output
        var times: [Double] = []
        for _ in 0..<runs {
          let start = ContinuousClock.now
          let status = try runProcess(executable, c.arguments + ["-o", output])
          let elapsed = start.duration(to: .now)
          times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
          guard status == 0 else {
            print("error: \(c.name) failed with exit status \(status)")
            return 1
          }
        }
        times.sort()
        let median = times[times.count / 2]
        let bytes = (try FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
        let megabytes = Double(bytes) / 1e6
        let met = median <= c.targetSeconds && (c.targetMegabytes.map { megabytes <= $0 } ?? true)
        allMet = allMet && met
        print(
          c.name.padding(toLength: 24, withPad: " ", startingAt: 0)
            + " median \(format(median, 3)) s, best \(format(times[0], 3)) s, output \(format(megabytes, 2)) MB"
            + " (target ≤ \(c.targetSeconds) s\(c.targetMegabytes.map { ", ≤ \(Int($0)) MB" } ?? ""): \(met ? "met" : "MISSED"))")
      }
      return allMet ? 0 : 1
    } catch {
      print("error: \(error)")
      return 1
    }
  }

  /// Spawns and waits with posix_spawn/waitpid: Foundation's Process adds
  /// tens of milliseconds of its own, a third of a CAPSO run.
  private static func runProcess(_ path: String, _ arguments: [String]) throws -> Int32 {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    // returns an errno value on failure
    let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
    guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    // WIFEXITED/WEXITSTATUS are macros Swift cannot import.
    return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
  }
}
