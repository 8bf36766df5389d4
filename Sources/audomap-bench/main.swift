// Prints throughput figures for the issues' performance targets. Run it from
// the package root on a release build: swift build -c release, then
// .build/release/audomap-bench <benchmark> [arguments].
import Foundation

switch CommandLine.arguments.dropFirst().first {
case "geojson":
  exit(GeoJSONBenchmark.run(arguments: CommandLine.arguments.dropFirst(2)))
case "map":
  exit(MapBenchmark.run())
case "csv": exit(CSVBenchmark.run(arguments: CommandLine.arguments.dropFirst(2)))
case "jenks": exit(JenksBenchmark.run(arguments: CommandLine.arguments.dropFirst(2)))
case "batch": exit(BatchBenchmark.run(arguments: CommandLine.arguments.dropFirst(2)))
default:
  print("usage: audomap-bench geojson [PATH] | audomap-bench map | audomap-bench csv [PATH] [MB] | audomap-bench jenks [PATH] [K] | audomap-bench batch [MANIFEST]")
  exit(64)  // EX_USAGE
}
