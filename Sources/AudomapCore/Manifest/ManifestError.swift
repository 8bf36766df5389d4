/// A manifest that cannot be used: where (file:line, visual) and what to do.
public struct ManifestError: AudomapError, Hashable {
  public var path: String
  /// 1-based; nil when the fault is the file as a whole.
  public var line: Int?
  /// The visual (or dataset, basemap) the fault is in.
  public var context: String?
  public var message: String

  public init(path: String, line: Int?, context: String? = nil, message: String) {
    self.path = path
    self.line = line
    self.context = context
    self.message = message
  }

  public var exitStatus: ExitStatus { .usage }

  public var description: String {
    let location = path + (line.map { ":\($0)" } ?? "")
    return "\(location): " + (context.map { "\($0): " } ?? "") + message
  }

  /// " Did you mean 'x'?" for the candidate closest to `name`, or "" when none is close.
  public static func didYouMean(_ name: String, among candidates: [String]) -> String {
    ClosestName.find(name, among: candidates).map { " Did you mean '\($0)'?" } ?? ""
  }

  /// An unknown key, with the closest valid one when there is one.
  static func unknownKey(_ key: String, known: [String], path: String, line: Int?, context: String?) -> ManifestError {
    let hint = ClosestName.find(key, among: known).map { " Did you mean '\($0)'?" }
      ?? " Valid keys: \(known.joined(separator: ", "))."
    return ManifestError(path: path, line: line, context: context, message: "unknown key '\(key)'." + hint)
  }
}
