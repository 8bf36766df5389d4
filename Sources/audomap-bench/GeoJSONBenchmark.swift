import AudomapCore
import Foundation

/// `audomap-bench geojson [PATH]`: throughput of `GeoJSONReader` on a real file.
enum GeoJSONBenchmark {
  static let defaultPath = "../shared/data/basemaps/communes-france-2018.geojson"
  static let runs = 5

  /// Runs the benchmark and returns the process exit status.
  static func run(arguments: ArraySlice<String>) -> Int32 {
    let path = arguments.first ?? defaultPath
    return exitStatus {
      // The first read warms the page cache; the parses below reuse its bytes.
      let bytes = try FileIO.read(path)
      var parseSeconds: [Double] = []
      var features = 0
      var positions = 0
      var dropped = 0
      for _ in 0..<runs {
        let start = ContinuousClock.now
        let collection = try GeoJSONReader.parse(bytes, source: path)
        parseSeconds.append(seconds(since: start))
        features = collection.features.count
        positions = collection.features.reduce(0) { $0 + ($1.geometry.map(positionCount) ?? 0) }
        dropped = collection.droppedDimensions
      }
      var totalSeconds: [Double] = []
      for _ in 0..<runs {
        let start = ContinuousClock.now
        let collection = try GeoJSONReader.read(path: path)
        totalSeconds.append(seconds(since: start))
        precondition(collection.features.count == features, "the file changed during the benchmark")
      }

      let megabytes = Double(bytes.count) / 1e6
      print("GeoJSON reader: \(path) (\(format(megabytes, 1)) MB)")
      print("features: \(features), positions: \(positions), positions with Z/M dropped: \(dropped)")
      print("parse from memory, \(runs) runs: \(summary(parseSeconds, megabytes: megabytes))")
      print("read file + parse, \(runs) runs: \(summary(totalSeconds, megabytes: megabytes))")
      print("peak memory (max RSS): \(format(peakResidentMegabytes(), 1)) MB")
      return 0
    }
  }

  private static func positionCount(_ geometry: Geometry) -> Int {
    switch geometry {
    case .point: return 1
    case .multiPoint(let points), .lineString(let points): return points.count
    case .multiLineString(let lines): return lines.reduce(0) { $0 + $1.count }
    case .polygon(let polygon): return polygon.rings.reduce(0) { $0 + $1.positions.count }
    case .multiPolygon(let polygons):
      return polygons.reduce(0) { total, polygon in total + polygon.rings.reduce(0) { $0 + $1.positions.count } }
    case .geometryCollection(let members): return members.reduce(0) { $0 + positionCount($1) }
    }
  }

  /// "best 512.3 MB/s (89.7 ms), median 498.1 MB/s (92.2 ms)".
  private static func summary(_ seconds: [Double], megabytes: Double) -> String {
    let sorted = seconds.sorted()
    let best = sorted[0]
    let median = sorted[sorted.count / 2]
    return "best \(format(megabytes / best, 1)) MB/s (\(format(best * 1000, 1)) ms), "
      + "median \(format(megabytes / median, 1)) MB/s (\(format(median * 1000, 1)) ms)"
  }

  private static func seconds(since start: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  }

  /// The peak resident set size in MB (10^6 bytes).
  private static func peakResidentMegabytes() -> Double {
    var usage = rusage()
    #if os(Linux)
      getrusage(RUSAGE_SELF.rawValue, &usage)
      return Double(usage.ru_maxrss) * 1024 / 1e6  // kilobytes on Linux
    #else
      getrusage(RUSAGE_SELF, &usage)
      return Double(usage.ru_maxrss) / 1e6  // bytes on macOS
    #endif
  }
}
