import Foundation
import Testing

@testable import AudomapCore

@Suite struct PaletteTests {
  /// `Palettes/capso.yml` of this checkout: this file is `Tests/AudomapCoreTests/Color/PaletteTests.swift`.
  static let capsoPath = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Palettes/capso.yml").path

  /// The smallest ΔE_OK between adjacent classes we accept: about 2.5× a
  /// just-noticeable difference (≈0.02), so flat fills side by side on a map
  /// are told apart, and the legend swatches too.
  static let minimumAdjacentDifference = 0.05

  @Test func capsoLoads() throws {
    let palette = try Palette.load(path: Self.capsoPath)
    #expect(palette.name == "CAPSO")
    #expect(palette.font == "Lato")
    #expect(palette.brandColors.map(\.name) == ["green", "blue", "indigo", "purple", "wordmark"])
    #expect(palette.brandColor(named: "green")?.hex == "#76B729")
    #expect(palette.brandColors.map(\.color.hex) == ["#76B729", "#178FCF", "#3A2E87", "#662483", "#4D227A"])
    #expect(palette.sequentialAnchors.count >= 2)
    #expect(palette.background == .white)
    #expect(palette.noData.hex == "#E0E0E0")
    #expect(palette.footer == "Réalisation : CAPSO avec audomap, {date}" && palette.preset == "instagram")
  }

  @Test func footerAndPresetAreOptionalAndThePresetIsChecked() throws {
    let plain = try Palette.decode(Self.valid, path: "inline.yml")
    #expect(plain.footer == nil && plain.preset == nil)
    let kit = try Palette.decode(Self.valid + "\nfooter: \"Réalisation : Ville\"\npreset: x\n", path: "inline.yml")
    #expect(kit.footer == "Réalisation : Ville" && kit.preset == "x")
    #expect(throws: PaletteError.unknownPreset(path: "inline.yml", value: "tiktok")) {
      try Palette.decode(Self.valid + "\npreset: tiktok\n", path: "inline.yml")
    }
  }

  @Test func capsoRampForFiveClasses() throws {
    let palette = try Palette.load(path: Self.capsoPath)
    let ramp = palette.sequentialRamp(classCount: 5)
    let lab = ramp.map(\.oklab)
    #expect(zip(lab, lab.dropFirst()).allSatisfy { $0.l > $1.l }, "lightness strictly decreasing: \(lab.map(\.l))")
    #expect(lab[0].l > 0.9)
    for (a, b) in zip(lab, lab.dropFirst()) {
      #expect(a.distance(to: b) >= Self.minimumAdjacentDifference)
    }
    // "No data" must not pass for a class.
    for class_ in lab { #expect(palette.noData.oklab.distance(to: class_) >= Self.minimumAdjacentDifference) }
    // Pinned so a change to capso.yml is a deliberate one.
    #expect(ramp.map(\.hex) == ["#DDEDCA", "#90C55C", "#4BA790", "#2E77BD", "#3A2E87"])
  }

  @Test(arguments: Classification.classCountRange)
  func capsoRampIsOrderedForEveryClassCount(_ k: Int) throws {
    let lab = try Palette.load(path: Self.capsoPath).sequentialRamp(classCount: k).map(\.oklab)
    #expect(lab.count == k)
    #expect(zip(lab, lab.dropFirst()).allSatisfy { $0.l > $1.l })
    if (5...7).contains(k) {
      #expect(zip(lab, lab.dropFirst()).allSatisfy { $0.distance(to: $1) >= Self.minimumAdjacentDifference })
    }
  }

  // MARK: - Errors

  static let valid = """
    name: Test
    sequential: ["#FFFFFF", "#000000"]
    neutrals:
      text: "#222222"
      secondary_text: "#666666"
      border: "#FFFFFF"
      no_data: "#E0E0E0"
      background: "#FFFFFF"
    """

  struct ErrorCase: Sendable, CustomTestStringConvertible {
    let id: String
    let yaml: String
    /// The error, given the file's path.
    let expected: @Sendable (String) -> PaletteError
    /// Text the message must contain besides the path.
    let mentions: [String]
    var testDescription: String { id }
  }

  static let errorCases: [ErrorCase] = [
    ErrorCase(
      id: "missing colour", yaml: valid.replacingOccurrences(of: "  text: \"#222222\"\n", with: ""),
      expected: { .missingColor(path: $0, key: "neutrals.text") }, mentions: ["neutrals.text", "\"#222222\""]),
    ErrorCase(
      id: "unquoted #", yaml: valid.replacingOccurrences(of: "\"#222222\"", with: "#222222"),
      expected: { .missingColor(path: $0, key: "neutrals.text") }, mentions: ["unquoted #"]),
    ErrorCase(
      id: "unquoted # in a list", yaml: valid.replacingOccurrences(
        of: "sequential: [\"#FFFFFF\", \"#000000\"]", with: "sequential:\n  - #FFFFFF\n  - \"#000000\""),
      expected: { .missingColor(path: $0, key: "sequential[0]") }, mentions: ["sequential[0]", "- \"#222222\""]),
    ErrorCase(
      id: "bad hex", yaml: valid.replacingOccurrences(of: "border: \"#FFFFFF\"", with: "border: \"#GGHHII\""),
      expected: { .badColor(path: $0, key: "neutrals.border", value: "#GGHHII") },
      mentions: ["neutrals.border", "#GGHHII", "#RRGGBB"]),
    ErrorCase(
      id: "one anchor", yaml: valid.replacingOccurrences(of: ", \"#000000\"", with: ""),
      expected: { .tooFewAnchors(path: $0, count: 1) }, mentions: ["sequential", "at least 2"]),
    ErrorCase(
      id: "no sequential", yaml: valid.replacingOccurrences(of: "sequential: [\"#FFFFFF\", \"#000000\"]\n", with: ""),
      expected: {
        .missingKey(
          path: $0, key: "sequential",
          expected: "a list of at least 2 quoted colours, lightest (low values) first, darkest (high values) last")
      }, mentions: ["missing key 'sequential'"]),
    ErrorCase(
      id: "no name", yaml: valid.replacingOccurrences(of: "name: Test\n", with: ""),
      expected: { .missingKey(path: $0, key: "name", expected: "the palette's name, e.g. name: CAPSO") },
      mentions: ["missing key 'name'"]),
    ErrorCase(
      id: "brand colour missing", yaml: valid + "\nbrand:\n  - {name: green, color: \"#76B729\"}\n  - name: blue\n",
      expected: { .missingColor(path: $0, key: "brand[1].color") }, mentions: ["brand[1].color"]),
    ErrorCase(
      id: "unknown top-level key", yaml: valid + "\nfonts: Lato\n",
      expected: {
        .unknownKey(path: $0, key: "fonts", known: ["name", "font", "brand", "sequential", "diverging", "neutrals", "footer", "preset", "logo"])
      }, mentions: ["unknown key 'fonts'", "font"]),
    ErrorCase(
      id: "unknown neutral", yaml: valid.replacingOccurrences(of: "secondary_text", with: "secondary-text"),
      expected: {
        .unknownKey(
          path: $0, key: "neutrals.secondary-text",
          known: ["text", "secondary_text", "border", "no_data", "background"])
      }, mentions: ["neutrals.secondary-text", "secondary_text"]),
    ErrorCase(
      id: "scalar instead of list",
      yaml: valid.replacingOccurrences(of: "[\"#FFFFFF\", \"#000000\"]", with: "\"#FFFFFF\""),
      expected: { .wrongType(path: $0, key: "sequential", expected: "a list (one `- ` line per item)") },
      mentions: ["'sequential' should be a list"]),
    ErrorCase(
      id: "empty file", yaml: "",
      expected: {
        .wrongType(
          path: $0, key: "",
          expected:
            "a mapping (indented `key: value` lines) with keys name, font, brand, sequential, diverging, neutrals, footer, preset, logo")
      }, mentions: ["the file should be a mapping"]),
    ErrorCase(
      id: "even diverging", yaml: valid + "\ndiverging: [\"#662483\", \"#F2F2F2\", \"#76B729\", \"#3F6E14\"]\n",
      expected: { .divergingAnchorCount(path: $0, count: 4) }, mentions: ["'diverging' has 4 colours", "odd number"]),
    ErrorCase(
      id: "diverging colour missing", yaml: valid + "\ndiverging:\n  - \"#662483\"\n  - #F2F2F2\n  - \"#76B729\"\n",
      expected: { .missingColor(path: $0, key: "diverging[1]") }, mentions: ["diverging[1]"]),
  ]

  @Test(arguments: errorCases)
  func errors(_ c: ErrorCase) throws {
    let path = try Self.write(c.yaml)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let error = Self.loadError(path)
    #expect(error == c.expected(path))
    #expect(error?.exitStatus == .dataError)
    let message = error?.description ?? ""
    for text in [path] + c.mentions { #expect(message.contains(text), "\(text) in: \(message)") }
  }

  @Test func invalidYAMLGivesTheParserPosition() throws {
    let path = try Self.write("name: [unclosed\nsequential: x\n")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let error = Self.loadError(path)
    guard case .invalidYAML(let errorPath, let detail) = error else {
      Issue.record("expected invalidYAML, got \(String(describing: error))")
      return
    }
    #expect(errorPath == path)
    #expect(detail.contains("2:"), "line number in: \(detail)")
    #expect(error?.exitStatus == .dataError)
  }

  @Test func missingFileExits66() {
    let path = "/nonexistent/palette.yml"
    let error = Self.loadError(path)
    #expect(error == .file(.missingInput(path: path)))
    #expect(error?.exitStatus == .noInput)
  }

  @Test func capsoNamesADivergingRamp() throws {
    let diverging = try #require(try Palette.load(path: Self.capsoPath).diverging)
    #expect(diverging.anchors.map(\.hex) == ["#4D227A", "#662483", "#F2F2F2", "#76B729", "#3F6E14"])
    #expect(diverging.centre.hex == "#F2F2F2")
  }

  @Test func divergingIsOptional() throws {
    #expect(try Palette.decode(Self.valid, path: "inline.yml").diverging == nil)
  }

  @Test func fontDefaultsToLato() throws {
    #expect(try Palette.decode(Self.valid, path: "inline.yml").font == "Lato")
  }

  // MARK: - Helpers

  static func loadError(_ path: String) -> PaletteError? {
    do {
      _ = try Palette.load(path: path)
      return nil
    } catch {
      return error
    }
  }

  /// Writes `yaml` to a fresh file in the temporary folder and returns its path.
  static func write(_ yaml: String) throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("audomap-palette-\(UUID().uuidString).yml").path
    try Data(yaml.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }
}
