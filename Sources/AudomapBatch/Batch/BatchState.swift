import AudomapCore
import Foundation

/// `<output>/.audomap-state.json`: what each visual was last rendered from,
/// so that an unchanged visual is not drawn again.
struct BatchState: Codable, Hashable {
  struct Entry: Codable, Hashable {
    /// The hash of the visual's options and of its inputs' contents.
    var fingerprint: String
    /// Listed again in the report of a run that skips the visual.
    var warnings: [String]
  }

  var visuals: [String: Entry] = [:]

  static func path(in folder: String) -> String {
    URL(fileURLWithPath: folder).appendingPathComponent(".audomap-state.json").path
  }

  /// The saved state, or an empty one when there is none or it cannot be read (everything renders).
  static func load(from folder: String) -> BatchState {
    guard let bytes = try? FileIO.read(path(in: folder)),
      let state = try? JSONDecoder().decode(BatchState.self, from: Data(bytes))
    else { return BatchState() }
    return state
  }

  func save(in folder: String) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
    try FileIO.writeAtomically(Array(try encoder.encode(self)), to: Self.path(in: folder))
  }
}
