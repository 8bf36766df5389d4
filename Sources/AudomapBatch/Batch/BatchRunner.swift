import AudomapCore
import Foundation

/// Errors choosing what to render.
public enum BatchSelectionError: AudomapError, Hashable {
  case noVisual(pattern: String, known: [String])
  case unknownDataset(name: String, known: [String])

  public var exitStatus: ExitStatus { .usage }

  public var description: String {
    switch self {
    case .noVisual(let pattern, let known):
      return "no visual of the manifest is called '\(pattern)'." + ManifestError.didYouMean(pattern, among: known)
        + " audomap batch --dry-run lists them."
    case .unknownDataset(let name, let known):
      return "no dataset '\(name)' in the manifest." + ManifestError.didYouMean(name, among: known)
        + " Datasets: \(known.joined(separator: ", "))."
    }
  }
}

/// One render finished, for the progress display.
public struct BatchProgress: Sendable {
  /// `visual-preset`.
  public var name: String
  public var failed: Bool
  public var seconds: Double
  public var done: Int
  public var total: Int
}

/// Renders the visuals of a plan in parallel, skipping the unchanged ones, and
/// writes the state, `report.json` and the gallery `index.html`.
public enum BatchRunner {
  /// The visuals whose names match one of `patterns` (globs; all when empty) and of `dataset` when given.
  public static func select(
    _ plan: BatchPlan, patterns: [String], dataset: String? = nil
  ) throws(BatchSelectionError) -> [VisualPlan] {
    var visuals = plan.visuals
    if let dataset {
      let known = Array(Set(plan.visuals.map(\.dataset))).sorted()
      guard known.contains(dataset) else { throw .unknownDataset(name: dataset, known: known) }
      visuals = visuals.filter { $0.dataset == dataset }
    }
    guard !patterns.isEmpty else { return visuals }
    for pattern in patterns where !visuals.contains(where: { matches($0.name, pattern) }) {
      throw .noVisual(pattern: pattern, known: visuals.map(\.name))
    }
    return visuals.filter { visual in patterns.contains { matches(visual.name, $0) } }
  }

  static func matches(_ name: String, _ pattern: String) -> Bool { fnmatch(pattern, name, 0) == 0 }

  /// The visuals of `selected` that would be drawn: changed, never rendered, or all with `force`.
  public static func pending(_ plan: BatchPlan, selected: [VisualPlan], force: Bool) -> [VisualPlan] {
    let state = BatchState.load(from: plan.outputFolder)
    var hashes = InputHashes()
    return selected.filter { force || !isUnchanged($0, state: state, hashes: &hashes) }
  }

  /// Renders `selected` (`jobs` at a time), then writes the state, the report and the gallery.
  /// A failed visual does not stop the others: it is in the report with its error.
  public static func run(
    _ plan: BatchPlan, selected: [VisualPlan], jobs: Int, force: Bool, progress: @escaping @Sendable (BatchProgress) -> Void
  ) throws -> BatchReport {
    try FileManager.default.createDirectory(atPath: plan.outputFolder, withIntermediateDirectories: true)
    var state = BatchState.load(from: plan.outputFolder)
    var hashes = InputHashes()
    let toRender = selected.filter { force || !isUnchanged($0, state: state, hashes: &hashes) }
    let results = render(toRender, jobs: jobs, progress: progress)

    var visuals: [BatchReport.Visual] = []
    let selectedNames = Set(selected.map(\.name))
    for visual in plan.visuals {
      var entry = reportEntry(visual)
      if let mine = results[visual.name] {
        entry.seconds = mine.reduce(0) { $0 + $1.seconds }
        entry.warnings = merged(mine.map(\.outcome.warnings), presets: visual.renders.map(\.preset.name))
        entry.errors = zip(visual.renders, mine).compactMap { render, result in
          result.outcome.error.map { "\(render.preset.name): \($0)" }
        }
        entry.status = entry.errors.isEmpty ? .rendered : .failed
        // A failed visual has no state: the next run tries it again.
        state.visuals[visual.name] = entry.errors.isEmpty
          ? BatchState.Entry(fingerprint: fingerprint(visual, hashes: &hashes), warnings: entry.warnings) : nil
      } else if let previous = state.visuals[visual.name] {
        entry.status = selectedNames.contains(visual.name) ? .unchanged : .notSelected
        entry.warnings = previous.warnings
      } else {
        continue
      }
      visuals.append(entry)
    }
    let inputs = Set(plan.visuals.flatMap(\.inputs)).sorted().map { BatchReport.Input(path: $0, hash: hashes.hash($0) ?? "") }
    let report = BatchReport(manifest: plan.manifestPath, output: plan.outputFolder, inputs: inputs, visuals: visuals)
    try state.save(in: plan.outputFolder)
    try write(report)
    return report
  }

  /// Renders every preset of `visuals` on `jobs` threads; the results of each visual, by name, in preset order.
  static func render(
    _ visuals: [VisualPlan], jobs: Int, progress: @escaping @Sendable (BatchProgress) -> Void
  ) -> [String: [RenderResult]] {
    let units = visuals.flatMap { visual in visual.renders.map { (visual: visual.name, render: $0) } }
    let results = Results(count: units.count)
    // Each basemap and table is read once for the whole run.
    let cache = InputCache()
    DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, units.count))) { _ in
      while let index = results.next() {
        let unit = units[index]
        let start = DispatchTime.now()
        let outcome = render(unit.render.request, cache: cache)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let done = results.store(RenderResult(outcome: outcome, seconds: seconds), at: index)
        progress(BatchProgress(
          name: "\(unit.visual)-\(unit.render.preset.name)", failed: outcome.error != nil, seconds: seconds, done: done,
          total: units.count))
      }
    }
    return Dictionary(grouping: zip(units, results.all), by: \.0.visual).mapValues { $0.map(\.1) }
  }

  /// `report.json` and the gallery `index.html`, with the alt text written beside each visual.
  static func write(_ report: BatchReport) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    let folder = URL(fileURLWithPath: report.output)
    try FileIO.writeAtomically(Array(try encoder.encode(report)), to: folder.appendingPathComponent("report.json").path)
    let altTexts = Dictionary(uniqueKeysWithValues: report.visuals.map { visual in
      (visual.name, visual.files.first { $0.hasSuffix(".txt") }.flatMap { try? FileIO.read($0) }
        .map { String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) } ?? "")
    })
    try FileIO.writeAtomically(
      Array(Gallery.html(report, altTexts: altTexts).utf8), to: folder.appendingPathComponent("index.html").path)
  }

  // MARK: Rendering one preset

  struct RenderOutcome: Sendable {
    var warnings: [String] = []
    var error: String?
  }

  struct RenderResult: Sendable {
    var outcome: RenderOutcome
    var seconds: Double
  }

  /// Runs one job; its summary lines but the list of files written are its warnings.
  static func render(_ request: RenderRequest, cache: InputCache) -> RenderOutcome {
    do {
      let lines: [String]
      switch request {
      case .map(let map): lines = try MapJob.run(map, cache: cache).summaryLines
      case .chart(let chart): lines = try ChartJob.run(chart, cache: cache).summaryLines
      }
      return RenderOutcome(warnings: lines.filter { !$0.hasPrefix("Wrote ") })
    } catch let error as any AudomapError {
      return RenderOutcome(error: error.description)
    } catch {
      return RenderOutcome(error: String(describing: error))
    }
  }

  /// The lines of every preset once; a line that only some presets have says which.
  static func merged(_ warnings: [[String]], presets: [String]) -> [String] {
    var lines: [String] = []
    for line in warnings.flatMap({ $0 }) where !lines.contains(line) && !lines.contains(where: { $0.hasSuffix("] " + line) }) {
      let having = zip(presets, warnings).filter { $0.1.contains(line) }.map(\.0)
      lines.append(having.count == presets.count ? line : "[\(having.joined(separator: ", "))] " + line)
    }
    return lines
  }

  static func reportEntry(_ visual: VisualPlan) -> BatchReport.Visual {
    BatchReport.Visual(
      name: visual.name, kind: visual.kind.rawValue, dataset: visual.dataset, title: visual.title, status: .rendered,
      seconds: 0,
      sizes: visual.renders.map { render in
        let outputs = render.request.outputPaths
        return BatchReport.Size(
          preset: render.preset.name, width: render.preset.size.width, height: render.preset.size.height,
          files: outputs.map { URL(fileURLWithPath: $0).lastPathComponent })
      },
      files: visual.files, warnings: [], errors: [])
  }

  // MARK: Incremental check

  static func fingerprint(_ visual: VisualPlan, hashes: inout InputHashes) -> String {
    ContentHash.hex(
      "audomap " + AudomapVersion.current + "\n" + visual.settingsText + "\n" + visual.inputs.map { "\($0)=\(hashes.hash($0) ?? "missing")" }.joined(separator: "\n"))
  }

  static func isUnchanged(_ visual: VisualPlan, state: BatchState, hashes: inout InputHashes) -> Bool {
    guard let previous = state.visuals[visual.name], previous.fingerprint == fingerprint(visual, hashes: &hashes) else {
      return false
    }
    return visual.files.allSatisfy { FileManager.default.fileExists(atPath: $0) }
  }
}

/// Each input hashed once per run, however many visuals read it.
struct InputHashes {
  private var known: [String: String?] = [:]

  mutating func hash(_ path: String) -> String? {
    if let hash = known[path] { return hash }
    let hash = (try? FileIO.read(path)).map(ContentHash.hex)
    known[path] = hash
    return hash
  }
}

/// The results of the renders, filled in by the worker threads.
private final class Results: @unchecked Sendable {
  private let lock = NSLock()
  private var results: [BatchRunner.RenderResult?]
  private var nextIndex = 0
  private var done = 0

  init(count: Int) { results = Array(repeating: nil, count: count) }

  /// The next render to run, or nil when all have started.
  func next() -> Int? {
    lock.withLock {
      guard nextIndex < results.count else { return nil }
      defer { nextIndex += 1 }
      return nextIndex
    }
  }

  /// Stores a result; returns how many are done.
  func store(_ result: BatchRunner.RenderResult, at index: Int) -> Int {
    lock.withLock {
      results[index] = result
      done += 1
      return done
    }
  }

  /// Every result, once `concurrentPerform` has returned.
  var all: [BatchRunner.RenderResult] { lock.withLock { results.compactMap { $0 } } }
}
