import Foundation

/// A plain split of a CSV file without quotes, to compute expected join
/// results independently of `CSVReader` and `Join`.
struct RawCSV {
  let header: [String]
  let rows: [[String]]

  init(path: String, separator: Character) throws {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let lines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).map(String.init)
    header = lines[0].split(separator: separator, omittingEmptySubsequences: false).map(String.init)
    rows = lines.dropFirst().map { $0.split(separator: separator, omittingEmptySubsequences: false).map(String.init) }
  }

  /// The cells of `column` (exact header name, double spaces included).
  func column(_ name: String) -> [String] {
    guard let index = header.firstIndex(of: name) else { return [] }
    return rows.map { $0[index] }
  }
}
