/// What a batch run did: `report.json` in the output folder, the gallery's source.
public struct BatchReport: Codable, Hashable, Sendable {
  public var manifest: String
  public var output: String
  /// Every file read by the visuals of the run, with its content hash.
  public var inputs: [Input]
  public var visuals: [Visual]

  public struct Input: Codable, Hashable, Sendable {
    public var path: String
    /// Empty when the file is missing.
    public var hash: String
  }

  public enum Status: String, Codable, Hashable, Sendable {
    /// Drawn in this run.
    case rendered
    /// Inputs and options as in the last run, and its files still there: not drawn again.
    case unchanged
    case failed
    /// Left out by --only or by the names asked for; its files from an earlier run are listed.
    case notSelected = "not-selected"
  }

  public struct Visual: Codable, Hashable, Sendable {
    public var name: String
    public var kind: String
    public var dataset: String
    public var title: String
    public var status: Status
    /// Wall time of its renders in this run, in seconds (0 when not rendered).
    public var seconds: Double
    public var sizes: [Size]
    /// Every file written (outputs, then the alt texts).
    public var files: [String]
    /// Join losses, classification and colour-check warnings, labels left out.
    public var warnings: [String]
    public var errors: [String]
  }

  /// One preset of a visual and its files.
  public struct Size: Codable, Hashable, Sendable {
    public var preset: String
    public var width: Int
    public var height: Int
    public var files: [String]
  }

  public var rendered: Int { visuals.lazy.filter { $0.status == .rendered }.count }
  public var unchanged: Int { visuals.lazy.filter { $0.status == .unchanged }.count }
  public var failed: Int { visuals.lazy.filter { $0.status == .failed }.count }

  /// The closing line of a run.
  public var summary: String {
    "\(rendered) rendered, \(unchanged) unchanged, \(failed) failed; report in \(output)/report.json, gallery in \(output)/index.html."
  }
}
