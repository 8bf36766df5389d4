import ArgumentParser
import AudomapBatch
import AudomapCore
import Foundation

extension Audomap {
  struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Render every visual of a manifest (audomap.yml), in parallel, with a report and a gallery.",
      discussion: """
        Visuals whose files, options and brand kit have not changed since the last run are skipped \
        (--force renders them all). Each visual is written as <output>/<name>-<preset>.<format> with its \
        alt text (.txt); the run writes <output>/report.json and the gallery <output>/index.html.
        Example:
          audomap batch audomap.yml --only 'capso-*' --jobs 2
        """)

    @Argument(help: ArgumentHelp("The manifest.", valueName: "file"))
    var manifest: String = "audomap.yml"

    @OptionGroup
    var runOptions: BatchRunArguments

    @Option(help: ArgumentHelp("Render only the visuals with this name (repeatable; globs such as 'capso-*').", valueName: "name"))
    var only: [String] = []

    @Flag(name: .customLong("dry-run"), help: "List what would be rendered, and what is unchanged, without rendering.")
    var dryRun = false

    func run() throws {
      try BatchSession(arguments: runOptions, manifestPath: manifest).run(patterns: only, dataset: nil, dryRun: dryRun)
    }
  }
}

/// The options `audomap batch` and `audomap render` share.
struct BatchRunArguments: ParsableArguments {
  @Option(help: ArgumentHelp("Output folder (default: the manifest's output:, else Output).", valueName: "folder"))
  var output: String?

  @Option(help: ArgumentHelp("Visuals rendered at the same time (default: the number of cores).", valueName: "N"))
  var jobs: Int?

  @Flag(help: "Render every visual, even those unchanged since the last run.")
  var force = false

  func validate() throws {
    if let jobs, jobs < 1 { throw ValidationError("Invalid --jobs \(jobs): run at least 1 at a time.") }
  }
}

/// Reads the manifest, plans, renders with progress, and prints the summary.
struct BatchSession {
  let arguments: BatchRunArguments
  let manifestPath: String

  func run(patterns: [String], dataset: String?, dryRun: Bool) throws {
    do {
      let manifest = try ManifestReader.read(path: manifestPath)
      let environment = BatchEnvironment(
        defaultBrandPath: BrandKit.defaultPath(), rampsDirectory: ShippedFile.path("Palettes/ramps"),
        membersListPath: ShippedFile.path("Datasets/reference/epci-communes-2025.csv"))
      let plan = try BatchPlan.make(manifest, outputFolder: arguments.output, environment: environment)
      let selected = try BatchRunner.select(plan, patterns: patterns, dataset: dataset)
      if dryRun {
        let pending = Set(BatchRunner.pending(plan, selected: selected, force: arguments.force).map(\.name))
        for visual in selected {
          let state = pending.contains(visual.name) ? "render" : "unchanged"
          print("\(state)\t\(visual.name)\t\(visual.files.filter { !$0.hasSuffix(".txt") }.joined(separator: " "))")
        }
        return
      }
      let display = ProgressDisplay(live: isatty(STDERR_FILENO) == 1)
      let jobs = arguments.jobs ?? ProcessInfo.processInfo.activeProcessorCount
      let report = try BatchRunner.run(plan, selected: selected, jobs: jobs, force: arguments.force) { display.show($0) }
      display.finish()
      for visual in report.visuals where visual.status == .failed {
        printError("error: \(visual.name):")
        for error in visual.errors { printError("  " + error) }
      }
      printError(report.summary)
      if report.failed > 0 { throw ExitCode(ExitStatus.failure.rawValue) }
    } catch let error as any AudomapError {
      throw fail(error)
    }
  }
}

/// Progress on stderr: one updating line on a terminal, plain lines otherwise (logs, CI).
final class ProgressDisplay: @unchecked Sendable {
  private let live: Bool
  private let lock = NSLock()
  private var shown = false

  init(live: Bool) { self.live = live }

  func show(_ progress: BatchProgress) {
    let time = FrenchNumberFormat.format(progress.seconds, decimals: 1)
    let line = "[\(progress.done)/\(progress.total)] \(progress.name) \(progress.failed ? "failed" : "done") (\(time) s)"
    lock.withLock {
      if live {
        let width = 30
        let filled = progress.total == 0 ? width : width * progress.done / progress.total
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
        FileHandle.standardError.write(Data("\r\u{1B}[K\(bar) \(line)".utf8))
        shown = true
      } else {
        printError(line)
      }
    }
  }

  /// Ends the live line.
  func finish() {
    lock.withLock { if shown { FileHandle.standardError.write(Data("\n".utf8)) } }
  }
}
