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
    // POSIX reads straight into the array: going through Data costs a second
    // copy, some 50 ms on the 46 MB national basemap.
    // open returns -1 on failure
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw .unreadableInput(path: path, reason: String(cString: strerror(errno))) }
    defer { close(descriptor) }
    var info = stat()
    // fstat returns -1 on failure
    guard fstat(descriptor, &info) == 0 else {
      throw .unreadableInput(path: path, reason: String(cString: strerror(errno)))
    }
    let size = Int(info.st_size)
    var failure: String?
    let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
      count = 0
      while count < size {
        // read returns the bytes read, 0 at end of file, -1 on failure
        let got = posixRead(descriptor, buffer.baseAddress.map { $0 + count }, size - count)
        if got < 0, errno == EINTR { continue }
        if got < 0 { failure = String(cString: strerror(errno)) }
        if got <= 0 { break }
        count += got
      }
    }
    if let failure { throw .unreadableInput(path: path, reason: failure) }
    return bytes
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
    // POSIX writes straight from the array: Data(bytes) would copy a 46 MB
    // repaired national file once more.
    if let reason = writeFile(bytes, to: temporary) {
      unlink(temporary)
      throw .cannotWrite(path: path, reason: reason)
    }
    // rename(2) replaces the destination in one step; returns -1 on failure.
    guard rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(atPath: temporary)
      throw .cannotWrite(path: path, reason: reason)
    }
  }
}

/// Writes `bytes` to a new file at `path` (mode 0644 before the umask);
/// returns why it failed, or nil.
private func writeFile(_ bytes: [UInt8], to path: String) -> String? {
  // open returns -1 on failure
  let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
  guard descriptor >= 0 else { return String(cString: strerror(errno)) }
  var written = 0
  var failure: String?
  bytes.withUnsafeBytes { buffer in
    while written < buffer.count {
      // write returns the bytes written, -1 on failure
      let count = write(descriptor, buffer.baseAddress.map { $0 + written }, buffer.count - written)
      if count < 0, errno == EINTR { continue }
      guard count > 0 else {
        failure = String(cString: strerror(errno))
        return
      }
      written += count
    }
  }
  // close returns -1 when the data could not be written out (e.g. disk full)
  if close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
  return failure
}

/// `read(2)`, out of reach inside `FileIO` whose own `read` shadows it.
private func posixRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
  read(descriptor, buffer, count)
}

extension FileIO {
  /// Throws unless a file could be created at `path`: its folder exists and is writable.
  public static func checkWritable(_ path: String) throws(FileError) {
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw .outputFolderMissing(path: folder)
    }
    guard FileManager.default.isWritableFile(atPath: folder) else {
      throw .cannotWrite(path: path, reason: "the folder is not writable")
    }
  }
}
