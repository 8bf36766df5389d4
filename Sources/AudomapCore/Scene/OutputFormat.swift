/// The file formats a visual can be written in, chosen from the output's extension.
public enum OutputFormat: String, CaseIterable, Hashable, Sendable {
  case png, svg, pdf

  /// The format for a path's extension (case-insensitive), or nil when unknown.
  public init?(path: String) {
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
    self.init(rawValue: path[path.index(after: dot)...].lowercased())
  }
}
