import AudomapCore
import Foundation
import Testing

@Suite struct FileIOTests {
  func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("audomap-io-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func writesAtomicallyAndReadsBack() throws {
    let folder = try temporaryFolder()
    let path = folder.appendingPathComponent("out.bin").path
    try FileIO.writeAtomically([1, 2, 3], to: path)
    try FileIO.writeAtomically([4, 5], to: path)
    #expect(try FileIO.read(path) == [4, 5])
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.bin"])
  }

  @Test func readsEmptyFiles() throws {
    let path = try temporaryFolder().appendingPathComponent("empty").path
    try FileIO.writeAtomically([], to: path)
    #expect(try FileIO.read(path) == [])
  }

  @Test func errorsSayWhatIsWrongWithWhichPath() throws {
    let folder = try temporaryFolder()
    #expect(throws: FileError.missingInput(path: folder.path + "/nope.csv")) { try FileIO.read(folder.path + "/nope.csv") }
    #expect(throws: FileError.unreadableInput(path: folder.path, reason: "it is a folder")) { try FileIO.read(folder.path) }
    let missingFolder = folder.path + "/missing"
    #expect(throws: FileError.outputFolderMissing(path: missingFolder)) {
      try FileIO.writeAtomically([1], to: missingFolder + "/out.png")
    }
    #expect(FileError.missingInput(path: "a.csv").exitStatus == .noInput)
    #expect(FileError.outputFolderMissing(path: "x").exitStatus == .cannotCreate)
  }
}
