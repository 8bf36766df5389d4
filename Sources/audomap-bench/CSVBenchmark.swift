import AudomapCore
import Foundation

/// `audomap-bench csv [PATH] [MB]`: throughput of `CSVReader` on a large
/// table, made in memory by repeating the rows of a real file (by default the
/// national population table, `;` and CRLF) up to about `MB` megabytes.
enum CSVBenchmark {
  static let defaultPath = "../shared/data/datasets/population-communes-france.csv"
  static let defaultMegabytes = 150
  /// The column whose numbers are parsed and profiled.
  static let numberColumn = "PMUN"
  static let runs = 5
  /// Issue #4: at least 100 MB/s reading a large table and the numbers of one column.
  static let targetRate = 100.0

  /// Runs the benchmark and returns the process exit status.
  static func run(arguments: ArraySlice<String>) -> Int32 {
    let path = arguments.first ?? defaultPath
    let megabytes = arguments.dropFirst().first.flatMap(Int.init) ?? defaultMegabytes
    return exitStatus {
      let bytes = repeatedRows(of: try FileIO.read(path), upTo: megabytes * 1_000_000)
      let size = Double(bytes.count) / 1e6
      var parseSeconds: [Double] = []
      var numberSeconds: [Double] = []
      var profileSeconds: [Double] = []
      var rows = 0
      var total = 0.0
      var profile: ColumnProfile?
      for _ in 0..<runs {
        var start = ContinuousClock.now
        let table = try CSVReader.parse(bytes, source: path)
        parseSeconds.append(seconds(since: start))
        rows = table.rows.count
        let column = try table.columnIndex(numberColumn)

        start = ContinuousClock.now
        total = table.rows.reduce(0) { $0 + (NumberParser.parse($1[column]) ?? 0) }
        numberSeconds.append(seconds(since: start))

        start = ContinuousClock.now
        profile = ColumnProfile(table, column: column)
        profileSeconds.append(seconds(since: start))
      }
      let parseAndNumberSeconds = zip(parseSeconds, numberSeconds).map(+)
      let rate = size / median(parseAndNumberSeconds)
      print("CSV reader: \(path) repeated to \(format(size, 1)) MB, \(ReportNumberFormat.grouped(rows)) rows")
      print("sum of \(numberColumn): \(format(total, 0)); profile: \(profile.map(describe) ?? "none")")
      print("\(runs) runs, best and median:")
      print("  parse:                       \(summary(parseSeconds, megabytes: size))")
      print("  parse + numbers of 1 column: \(summary(parseAndNumberSeconds, megabytes: size))")
      print("  profile of 1 column:         \(summary(profileSeconds, megabytes: nil))")
      print(
        "parse + numbers: median \(format(rate, 1)) MB/s "
          + "(target ≥ \(format(targetRate, 0)) MB/s: \(rate >= targetRate ? "met" : "MISSED"))")
      return rate >= targetRate ? 0 : 1
    }
  }

  /// The header of `file`, then its rows again and again until `size` bytes are reached.
  private static func repeatedRows(of file: [UInt8], upTo size: Int) -> [UInt8] {
    let bodyStart = (file.firstIndex(of: UInt8(ascii: "\n")) ?? file.count - 1) + 1
    var body = Array(file[bodyStart...])
    if body.last != UInt8(ascii: "\n") { body.append(UInt8(ascii: "\n")) }
    var bytes = file
    if bytes.last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
    bytes.reserveCapacity(size + body.count)
    while bytes.count < size { bytes.append(contentsOf: body) }
    return bytes
  }

  private static func describe(_ profile: ColumnProfile) -> String {
    "\(profile.type.label), \(profile.missingCount) missing, \(ReportNumberFormat.grouped(profile.distinctCount)) distinct"
  }

  private static func median(_ values: [Double]) -> Double {
    values.sorted()[values.count / 2]
  }

  /// "best 180.2 MB/s (842 ms), median 171.0 MB/s (887 ms)", without the rates when `megabytes` is nil.
  private static func summary(_ seconds: [Double], megabytes: Double?) -> String {
    func timing(_ seconds: Double) -> String {
      let milliseconds = "\(format(seconds * 1000, 0)) ms"
      return megabytes.map { "\(format($0 / seconds, 1)) MB/s (\(milliseconds))" } ?? milliseconds
    }
    return "best \(timing(seconds.min() ?? 0)), median \(timing(median(seconds)))"
  }

  private static func seconds(since start: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  }
}
