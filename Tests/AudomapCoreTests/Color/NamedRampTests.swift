import AudomapTestSupport
import Foundation
import Testing

@testable import AudomapCore

@Suite struct NamedRampTests {
  static let folder = packageRoot.appendingPathComponent("Palettes/ramps").path

  @Test func shippedRampsLoad() throws {
    let ramps = try NamedRamp.loadAll(directory: Self.folder)
    let names = Set(ramps.map(\.name))
    for name in ["Blues", "Greens", "Purples", "YlGnBu", "YlOrRd", "viridis", "RdBu", "PuOr", "BrBG", "PiYG", "Set2",
      "Dark2", "Paired"]
    {
      #expect(names.contains(name), "\(name)")
    }
    #expect(names.count == ramps.count)
    let byKind = Dictionary(grouping: ramps, by: \.kind).mapValues(\.count)
    #expect(byKind == [.sequential: 19, .diverging: 9, .qualitative: 8])
    #expect(try NamedRamp.named("Blues", among: ramps).colors.first?.hex == "#F7FBFF")
  }

  @Test func sequentialRampsRunLightToDark() throws {
    for ramp in try NamedRamp.loadAll(directory: Self.folder) where ramp.kind == .sequential {
      let l = ramp.colors.map(\.oklab.l)
      #expect(zip(l, l.dropFirst()).allSatisfy { $0 > $1 }, "\(ramp.name): \(l)")
    }
  }

  @Test func divergingRampsHaveTheirLightestColourInTheMiddle() throws {
    for ramp in try NamedRamp.loadAll(directory: Self.folder) where ramp.kind == .diverging {
      let l = ramp.colors.map(\.oklab.l)
      #expect(l.count == 11)
      #expect(l.firstIndex(of: l.max() ?? 0) == 5, "\(ramp.name): \(l)")
    }
  }

  @Test func namesMatchIgnoringCaseAndSpaces() throws {
    let ramps = try NamedRamp.loadAll(directory: Self.folder)
    #expect(try NamedRamp.named("ylgnbu", among: ramps).name == "YlGnBu")
    #expect(try NamedRamp.named(" Viridis ", among: ramps).name == "viridis")
  }

  @Test(arguments: [("Blue", "Blues"), ("virdis", "viridis"), ("RdYlGrn", "RdYlGn"), ("rainbow", nil)])
  func unknownNameSuggestsTheClosest(name: String, suggestion: String?) throws {
    let ramps = try NamedRamp.loadAll(directory: Self.folder)
    #expect(throws: NamedRampError.unknownRamp(name: name, suggestion: suggestion, known: ramps.map(\.name))) {
      try NamedRamp.named(name, among: ramps)
    }
    let error = NamedRampError.unknownRamp(name: name, suggestion: suggestion, known: ramps.map(\.name))
    #expect(error.exitStatus == .usage)
    #expect(error.description.contains(suggestion.map { "Did you mean '\($0)'?" } ?? "Unknown ramp 'rainbow'. The ramps are"))
  }

  @Test func sampling() throws {
    let ramps = try NamedRamp.loadAll(directory: Self.folder)
    let blues = try NamedRamp.named("Blues", among: ramps)
    // As many classes as anchors gives the anchors themselves.
    #expect(try blues.colors(classCount: 9) == blues.colors)
    #expect(try blues.colors(classCount: 5).count == 5)
    let set2 = try NamedRamp.named("Set2", among: ramps)
    #expect(try set2.colors(classCount: 3) == Array(set2.colors.prefix(3)))
    #expect(throws: NamedRampError.tooManyClasses(ramp: "Set2", available: 8, requested: 9)) {
      try set2.colors(classCount: 9)
    }
    let rdBu = try NamedRamp.named("RdBu", among: ramps)
    #expect(try rdBu.colors(classCount: 7)[3] == rdBu.colors[5])
    #expect(rdBu.diverging?.centre.hex == "#F7F7F7")
    #expect(blues.diverging == nil)
  }

  // MARK: - Errors

  static let valid = """
    ramps:
      - name: Test
        kind: sequential
        colors: ["#FFFFFF", "#000000"]
    """

  struct ErrorCase: Sendable, CustomTestStringConvertible {
    let id: String
    let yaml: String
    let expected: @Sendable (String) -> NamedRampError
    /// Text the message must contain besides the path.
    let mentions: [String]
    var testDescription: String { id }
  }

  static let errorCases: [ErrorCase] = [
    ErrorCase(
      id: "no ramps key", yaml: "name: x\n",
      expected: { .unknownKey(path: $0, key: "name", known: ["ramps"]) }, mentions: ["unknown key 'name'"]),
    ErrorCase(
      id: "empty file", yaml: "", expected: { .wrongType(path: $0, key: "", expected: "a mapping with the key ramps") },
      mentions: ["the file should be a mapping"]),
    ErrorCase(
      id: "missing kind", yaml: valid.replacingOccurrences(of: "    kind: sequential\n", with: ""),
      expected: { .missingKey(path: $0, key: "ramps[0].kind") }, mentions: ["ramps[0].kind"]),
    ErrorCase(
      id: "unknown kind", yaml: valid.replacingOccurrences(of: "sequential", with: "sequentiel"),
      expected: { .unknownKind(path: $0, key: "ramps[0].kind", value: "sequentiel") },
      mentions: ["sequential, diverging, qualitative"]),
    ErrorCase(
      id: "typo in a key", yaml: valid.replacingOccurrences(of: "colors:", with: "colours:"),
      expected: { .unknownKey(path: $0, key: "ramps[0].colours", known: ["name", "kind", "colors"]) },
      mentions: ["ramps[0].colours", "colors"]),
    ErrorCase(
      id: "bad colour", yaml: valid.replacingOccurrences(of: "#000000", with: "#00000G"),
      expected: { .badColor(path: $0, key: "ramps[0].colors[1]", value: "#00000G") }, mentions: ["#RRGGBB"]),
    ErrorCase(
      id: "unquoted #",
      yaml: valid.replacingOccurrences(of: "colors: [\"#FFFFFF\", \"#000000\"]", with: "colors:\n      - #FFFFFF"),
      expected: { .missingColor(path: $0, key: "ramps[0].colors[0]") }, mentions: ["unquoted #"]),
    ErrorCase(
      id: "one colour", yaml: valid.replacingOccurrences(of: ", \"#000000\"", with: ""),
      expected: { .colorCount(path: $0, ramp: "Test", kind: .sequential, count: 1) }, mentions: ["at least 2"]),
    ErrorCase(
      id: "even diverging", yaml: valid.replacingOccurrences(of: "sequential", with: "diverging"),
      expected: { .colorCount(path: $0, ramp: "Test", kind: .diverging, count: 2) },
      mentions: ["an odd number", "centre in the middle"]),
    ErrorCase(
      id: "scalar colours", yaml: valid.replacingOccurrences(of: "[\"#FFFFFF\", \"#000000\"]", with: "\"#FFFFFF\""),
      expected: { .wrongType(path: $0, key: "ramps[0].colors", expected: "a list (one `- ` item per entry)") },
      mentions: ["'ramps[0].colors' should be a list"]),
  ]

  @Test(arguments: errorCases)
  func errors(_ c: ErrorCase) throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/ramps.yml"
    try Data(c.yaml.utf8).write(to: URL(fileURLWithPath: path))
    let error = Self.loadError(folder)
    #expect(error == c.expected(path))
    #expect(error?.exitStatus == .dataError)
    let message = error?.description ?? ""
    for text in [path] + c.mentions { #expect(message.contains(text), "\(text) in: \(message)") }
  }

  @Test func invalidYAMLGivesTheParserPosition() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Data("ramps:\n  - name: [unclosed\n".utf8).write(to: URL(fileURLWithPath: folder + "/bad.yml"))
    guard case .invalidYAML(_, let detail) = Self.loadError(folder) else {
      Issue.record("expected invalidYAML")
      return
    }
    #expect(detail.contains("3:") || detail.contains("2:"), "line number in: \(detail)")
  }

  @Test func duplicateNamesAcrossFiles() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Data(Self.valid.utf8).write(to: URL(fileURLWithPath: folder + "/a.yml"))
    try Data(Self.valid.replacingOccurrences(of: "Test", with: "TEST").utf8)
      .write(to: URL(fileURLWithPath: folder + "/b.yml"))
    // Not a ramp file: ignored.
    try Data("notes".utf8).write(to: URL(fileURLWithPath: folder + "/README.md"))
    #expect(
      Self.loadError(folder) == .duplicateName(name: "TEST", firstPath: folder + "/a.yml", secondPath: folder + "/b.yml"))
  }

  @Test func missingFolder() {
    let error = Self.loadError("/nonexistent/ramps")
    #expect(error == .file(.missingInput(path: "/nonexistent/ramps")))
    #expect(error?.exitStatus == .noInput)
  }

  // MARK: - Helpers

  static func loadError(_ folder: String) -> NamedRampError? {
    do {
      _ = try NamedRamp.loadAll(directory: folder)
      return nil
    } catch {
      return error
    }
  }

  static func temporaryFolder() throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("audomap-ramps-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
  }
}
