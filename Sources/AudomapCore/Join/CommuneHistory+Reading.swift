import Foundation

/// Errors finding or reading the history of communes.
public enum HistoryError: AudomapError, Hashable {
  /// The shipped table is not beside the executable; `searched` lists where it was looked for.
  case notFound(searched: [String])
  /// The file could not be read.
  case file(FileError)
  /// The file is not a valid CSV table.
  case table(TableError)
  /// A column of the INSEE layout is missing.
  case missingColumns(source: String, missing: [String], available: [String])
  /// A cell is not a date or a commune code.
  case invalidCell(source: String, line: Int, column: String, value: String)

  public var exitStatus: ExitStatus {
    switch self {
    case .notFound: return .noInput
    case .file(let error): return error.exitStatus
    case .table(let error): return error.exitStatus
    case .missingColumns, .invalidCell: return .dataError
    }
  }

  public var description: String {
    switch self {
    case .notFound(let searched):
      return "the history of communes (\(CommuneHistory.resourceName)) is missing: it should be in "
        + "\(CommuneHistory.resourceFolder)/ beside the audomap executable (looked in \(searched.joined(separator: ", "))). "
        + "Copy that folder with the executable, pass the table with --history FILE, or turn it off with --no-history."
    case .file(let error): return error.description
    case .table(let error): return error.description
    case .missingColumns(let source, let missing, let available):
      return "\(source): not a history of communes: no column \(missing.map { "\"\($0)\"" }.joined(separator: ", ")) "
        + "(columns: \(available.joined(separator: ", "))). Expected the INSEE layout: "
        + CommuneHistory.columns.joined(separator: ", ") + "."
    case .invalidCell(let source, let line, let column, let value):
      let expected = column == "date_effet" ? "a date (YYYY-MM-DD)" : "a commune code"
      return "\(source):\(line): column \(column) holds \"\(value)\", not \(expected). Fix or remove that row."
    }
  }
}

extension CommuneHistory {
  /// The columns read, as in `communes-mouvements.csv`.
  public static let columns = ["date_effet", "code_ancien", "nom_ancien", "code_nouveau", "nom_nouveau", "type"]
  /// The file name of the shipped table.
  public static let resourceName = "communes-mouvements.csv"
  /// The folder SwiftPM copies AudomapCore's resources to, beside the executable.
  public static let resourceFolder = "audomap_AudomapCore.resources"

  /// Reads a history from a table with the INSEE columns (see ``columns``); other columns are ignored.
  /// - Throws: ``HistoryError/missingColumns(source:missing:available:)``, or
  ///   ``HistoryError/invalidCell(source:line:column:value:)`` for a cell that is not a date or a code.
  public init(table: Table) throws(HistoryError) {
    let indexes = Self.columns.map { table.columns.firstIndex(of: $0) }
    let missing = zip(Self.columns, indexes).filter { $0.1 == nil }.map(\.0)
    guard missing.isEmpty else {
      throw .missingColumns(source: table.source, missing: missing, available: table.columns)
    }
    let column = indexes.compactMap { $0 }
    var steps: [Step] = []
    steps.reserveCapacity(table.rows.count)
    for (row, cells) in table.rows.enumerated() {
      func invalid(_ name: Int) -> HistoryError {
        .invalidCell(
          source: table.source, line: table.lineNumbers[row], column: Self.columns[name], value: cells[column[name]])
      }
      guard let date = HistoryDate(cells[column[0]]) else { throw invalid(0) }
      guard let old = CommuneCode(cells[column[1]]) else { throw invalid(1) }
      guard let new = CommuneCode(cells[column[3]]) else { throw invalid(3) }
      steps.append(
        Step(date: date, old: old, oldName: cells[column[2]], new: new, newName: cells[column[4]], kind: cells[column[5]]))
    }
    self.init(steps: steps, source: table.source)
  }

  /// Reads the history in the CSV file at `path`.
  public static func load(path: String) throws(HistoryError) -> CommuneHistory {
    let bytes: [UInt8]
    do { bytes = try FileIO.read(path) } catch { throw .file(error) }
    let table: Table
    do { table = try CSVReader.parse(bytes, source: path) } catch { throw .table(error) }
    return try CommuneHistory(table: table)
  }

  /// The table shipped with audomap (INSEE COG 2026, see `Resources/README.md`).
  /// - Throws: ``HistoryError/notFound(searched:)`` when the resource folder is not beside the executable.
  public static func bundled() throws(HistoryError) -> CommuneHistory {
    try load(path: bundledPath())
  }

  /// Where the shipped table is: SwiftPM copies it to ``resourceFolder``
  /// beside the executable (`audomap`, or the test runner under `swift test`).
  ///
  /// Found by hand rather than with `Bundle.module`, which stops the process
  /// when the folder is missing instead of letting us say what to do.
  public static func bundledPath() throws(HistoryError) -> String {
    var folders: [URL] = []
    if let executable = Bundle.main.executableURL {
      folders.append(executable.deletingLastPathComponent())
      folders.append(executable.resolvingSymlinksInPath().deletingLastPathComponent())
    }
    folders.append(Bundle.main.bundleURL)
    var searched: [String] = []
    for folder in folders {
      let path = folder.appendingPathComponent(resourceFolder).appendingPathComponent(resourceName).path
      if FileManager.default.fileExists(atPath: path) { return path }
      if !searched.contains(path) { searched.append(path) }
    }
    throw .notFound(searched: searched)
  }
}
