import AudomapCore
import AudomapGeometry
import Dispatch
import Synchronization

/// The files a batch run reads, each read, repaired and parsed once however many
/// visuals use it: the first visual to ask does the work on its own thread, the others
/// wait for it (no extra thread, so renders on every core cannot starve the reading).
public final class InputCache: Sendable {
  private let basemaps = Mutex<[BasemapKey: Once<RepairResult>]>([:])
  private let tables = Mutex<[String: Once<Table>]>([:])
  private let directories = Mutex<[String: Once<EPCIDirectory>]>([:])
  private let palettes = Mutex<[String: Once<Palette>]>([:])
  private let histories = Mutex<[JoinSettings.History: Once<CommuneHistory?>]>([:])

  private struct BasemapKey: Hashable {
    var path: String
    var idField: String?
  }

  public init() {}

  /// How many distinct basemaps and tables were asked for so far.
  public var filesRead: Int { basemaps.withLock(\.count) + tables.withLock(\.count) }

  /// The basemap at `path` read and repaired for drawing (no coverage check, winding as read).
  public func basemap(path: String, idField: String?) throws -> RepairResult {
    let work = basemaps.withLock { cache in
      let key = BasemapKey(path: path, idField: idField)
      if let started = cache[key] { return started }
      let started = Once { try Self.readBasemap(path: path, idField: idField) }
      cache[key] = started
      return started
    }
    return try work.value()
  }

  /// The table at `path`, before any filter.
  public func table(path: String) throws -> Table {
    let work = tables.withLock { cache in
      if let started = cache[path] { return started }
      let started = Once { try CSVReader.read(path: path) }
      cache[path] = started
      return started
    }
    return try work.value()
  }

  /// The brand kit at `path`.
  public func palette(path: String) throws -> Palette {
    let work = palettes.withLock { cache in
      if let started = cache[path] { return started }
      let started = Once { try Palette.load(path: path) }
      cache[path] = started
      return started
    }
    return try work.value()
  }

  /// The EPCI member list at `path`.
  public func directory(path: String) throws -> EPCIDirectory {
    let work = directories.withLock { cache in
      if let started = cache[path] { return started }
      let started = Once { [self] in try EPCIDirectory(table: table(path: path)) }
      cache[path] = started
      return started
    }
    return try work.value()
  }

  /// The history of communes a join setting asks for (nil when turned off).
  public func history(_ setting: JoinSettings.History) throws -> CommuneHistory? {
    let work = histories.withLock { cache in
      if let started = cache[setting] { return started }
      let started = Once { try Self.readHistory(setting) }
      cache[setting] = started
      return started
    }
    return try work.value()
  }

  static func readHistory(_ setting: JoinSettings.History) throws -> CommuneHistory? {
    switch setting {
    case .bundled: try CommuneHistory.bundled()
    case .file(let path): try CommuneHistory.load(path: path)
    case .off: nil
    }
  }

  /// Every basemap goes through the repair stage, as `audomap repair` would do it, but
  /// without the coverage check and the winding: neither changes what a map shows,
  /// and they cost a second on a national file.
  static func readBasemap(path: String, idField: String?) throws -> RepairResult {
    try BoundaryRepair.repair(
      try BoundaryReader.read(path: path), source: path,
      options: RepairOptions(idField: idField, winding: nil, checkCoverage: false))
  }
}

/// A value computed by the first caller; later callers wait for it.
private final class Once<Value: Sendable>: Sendable {
  private let work: @Sendable () throws -> Value
  private let claimed = Mutex(false)
  private let outcome = Mutex<Result<Value, any Error>?>(nil)
  private let done = DispatchSemaphore(value: 0)

  init(_ work: @escaping @Sendable () throws -> Value) { self.work = work }

  func value() throws -> Value {
    let first = claimed.withLock { claimed in
      defer { claimed = true }
      return !claimed
    }
    if first {
      let result = Result { try work() }
      outcome.withLock { $0 = result }
      done.signal()
      return try result.get()
    }
    done.wait()
    done.signal()  // the next waiter goes through too
    guard let result = outcome.withLock({ $0 }) else { preconditionFailure("signalled without a result") }
    return try result.get()
  }
}
