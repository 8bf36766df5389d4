import Foundation

/// Errors reading input files or writing outputs.
public enum FileError: AudomapError, Hashable {
  case missingInput(path: String)
  case unreadableInput(path: String, reason: String)
  case outputFolderMissing(path: String)
  case cannotWrite(path: String, reason: String)

  public var exitStatus: ExitStatus {
    switch self {
    case .missingInput: return .noInput
    case .unreadableInput: return .noInput
    case .outputFolderMissing, .cannotWrite: return .cannotCreate
    }
  }

  public var description: String {
    switch self {
    case .missingInput(let path):
      return "\(path): no such file. Check the path (it is relative to the current folder)."
    case .unreadableInput(let path, let reason):
      return "\(path): cannot be read (\(reason)). Check that it is a file you may read."
    case .outputFolderMissing(let path):
      return "\(path): the output folder does not exist. Create it first or choose another output path."
    case .cannotWrite(let path, let reason):
      return "\(path): cannot be written (\(reason)). Choose a folder you may write to."
    }
  }
}

/// Reading inputs and writing outputs so that nothing is ever half-written:
/// an output goes to a temporary file in the same folder and is renamed.
public enum FileIO {
  /// The whole file as bytes.
  public static func read(_ path: String) throws(FileError) -> [UInt8] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .missingInput(path: path)
    }
    guard !isDirectory.boolValue else { throw .unreadableInput(path: path, reason: "it is a folder") }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .unreadableInput(path: path, reason: "permission denied or I/O error")
    }
    return [UInt8](data)
  }

  /// Writes `bytes` to `path` atomically: a temporary file beside it, then a rename.
  public static func writeAtomically(_ bytes: [UInt8], to path: String) throws(FileError) {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw .outputFolderMissing(path: folder)
    }
    let temporary = url.deletingLastPathComponent()
      .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp").path
    guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else {
      throw .cannotWrite(path: path, reason: "permission denied or disk full")
    }
    // rename(2) replaces the destination in one step; returns -1 on failure.
    guard rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(atPath: temporary)
      throw .cannotWrite(path: path, reason: reason)
    }
  }
}
