import AudomapTestSupport
import Foundation
import Testing

@testable import AudomapCore

@Suite struct ColorVisionCheckTests {
  static let rampsFolder = packageRoot.appendingPathComponent("Palettes/ramps").path
  static let capsoPath = packageRoot.appendingPathComponent("Palettes/capso.yml").path

  static func ramps() throws -> [NamedRamp] { try NamedRamp.loadAll(directory: rampsFolder) }

  static func ramp(_ name: String) throws -> NamedRamp { try NamedRamp.named(name, among: ramps()) }

  @Test(arguments: Classification.classCountRange)
  func viridisPassesEveryVision(_ k: Int) throws {
    let capso = try Palette.load(path: Self.capsoPath)
    let report = ColorVisionCheck.check(
      classes: try Self.ramp("viridis").colors(classCount: k), noData: capso.noData, kind: .sequential)
    #expect(report.passes, "\(report.warnings)")
    #expect(report.summaries.map(\.vision) == ColorVision.allCases)
    #expect(report.saferRamp == nil)
  }

  @Test func redToGreenFailsDeuteranopiaAndOffersASaferRamp() throws {
    let ramps = try Self.ramps()
    let fills = try NamedRamp.named("RdYlGn", among: ramps).colors(classCount: 5)
    let report = ColorVisionCheck.check(classes: fills, kind: .diverging, alternatives: ramps)
    // The red and green extremes, far apart for normal vision, merge without M cones.
    let extremes = ColorVisionWarning.Pair.classes(0, 4)
    let deutan = try #require(report.warnings.first { $0.vision == .deuteranopia && $0.pair == extremes })
    #expect(deutan.difference < ColorVisionCheck.minimumDifference)
    #expect(try #require(report.summary(for: .normal)?.smallestDifference) > 0.2)
    #expect(!report.warnings.contains { $0.vision == .normal })
    #expect(deutan.description.hasPrefix("Under deuteranopia (green-blind), classes 1 and 5 are hard to tell apart"))

    let safer = try #require(report.saferRamp)
    #expect(try NamedRamp.named(safer.name, among: ramps).kind == .diverging)
    #expect(safer.colors.count == 5)
    #expect(ColorVisionCheck.check(classes: safer.colors, kind: .diverging).passes)
    #expect(safer.description.hasPrefix("Try --ramp \(safer.name): "))
  }

  /// ColorBrewer's colour-blind rating of each size of its qualitative schemes
  /// (colorbrewer_schemes.js; the table is in `Scripts/color_reference.py`):
  /// the threshold was chosen to agree with every "ok" and every "bad".
  @Test(arguments: [
    ("Set2", 3, true), ("Set2", 7, false), ("Dark2", 3, true), ("Dark2", 7, false), ("Paired", 3, true),
    ("Paired", 4, true), ("Paired", 9, false), ("Set3", 5, false), ("Accent", 4, false), ("Pastel1", 4, false),
    ("Pastel2", 4, false),
  ])
  func agreesWithColorBrewerRatings(name: String, size: Int, rated ok: Bool) throws {
    let report = ColorVisionCheck.check(classes: try Self.ramp(name).colors(classCount: size), kind: .qualitative)
    #expect(report.passes == ok, "\(report.warnings)")
  }

  @Test func qualitativeRampsHaveNoAdjacency() throws {
    let report = ColorVisionCheck.check(classes: try Self.ramp("Set2").colors(classCount: 4), kind: .qualitative)
    #expect(report.summaries.allSatisfy { $0.smallestAdjacentDifference == nil })
    // Set2's first four: the lavender blue (3) and the pink (4) merge for
    // protanopes, the sea green (1) and the pink for deuteranopes.
    #expect(report.warnings.map(\.pair) == [.classes(2, 3), .classes(0, 3)])
    #expect(report.warnings.map(\.vision) == [.protanopia, .deuteranopia])
  }

  @Test func pairsTooCloseForEveryoneAreReportedOnce() throws {
    // Greens at 9 classes: the two palest are closer than the threshold even for normal vision.
    let report = ColorVisionCheck.check(classes: try Self.ramp("Greens").colors(classCount: 9), kind: .sequential)
    let palest = report.warnings.filter { $0.pair == .classes(0, 1) }
    #expect(palest.map(\.vision) == [.normal])
  }

  @Test func noDataIsComparedWithEveryClass() throws {
    let grey = try #require(Color(hex: "#E0E0E0"))
    let classes = try ["#DEDEDE", "#808080", "#202020"].map { try #require(Color(hex: $0)) }
    let report = ColorVisionCheck.check(classes: classes, noData: grey, kind: .sequential)
    // Greys look the same under every vision: one warning, for normal vision.
    #expect(report.warnings.map(\.pair) == [.noData(class: 0)])
    #expect(report.warnings.map(\.vision) == [.normal])
    #expect(report.warnings.first?.description.contains("\"no data\" and class 1") == true)
    let normal = try #require(report.summary(for: .normal))
    #expect(normal.smallestNoDataDifference == grey.oklab.distance(to: classes[0].oklab))
  }

  @Test func offersNothingWhenNoAlternativePasses() throws {
    // No shipped qualitative ramp keeps 12 colours apart for every vision.
    let ramps = try Self.ramps()
    let report = ColorVisionCheck.check(
      classes: try NamedRamp.named("Paired", among: ramps).colors(classCount: 12), kind: .qualitative,
      alternatives: ramps)
    #expect(!report.passes)
    #expect(report.saferRamp == nil)
  }

  @Test func divergingAlternativesAreSampledAsTheMapIs() throws {
    // Four classes below 0 and one above: the offer is coloured around the same centre.
    let ramps = try Self.ramps()
    let breaks = try #require(ClassBreaks(bounds: [-40, -30, -20, -10, 0, 10]))
    let rdYlGn = try #require(try NamedRamp.named("RdYlGn", among: ramps).diverging)
    let report = ColorVisionCheck.check(
      classes: rdYlGn.colors(for: breaks, centre: 0), kind: .diverging, alternatives: ramps,
      sample: { $0.diverging?.colors(for: breaks, centre: 0) })
    let safer = try #require(report.saferRamp)
    let offered = try #require(try NamedRamp.named(safer.name, among: ramps).diverging)
    #expect(safer.colors == offered.colors(for: breaks, centre: 0))
  }

  // MARK: - The CAPSO brand kit, measured

  @Test(arguments: 2...6)
  func capsoSequentialClassesStayApart(_ k: Int) throws {
    let fills = try Palette.load(path: Self.capsoPath).sequentialRamp(classCount: k)
    let report = ColorVisionCheck.check(classes: fills, kind: .sequential)
    #expect(report.passes, "\(report.warnings)")
  }

  @Test func capsoSequentialAtSevenClassesFailsTritanopia() throws {
    // At 7 classes the teal between the brand green and blue (class 4) and the
    // brand blue (class 5) differ mostly along the blue–yellow axis that
    // tritanopes lack.
    let fills = try Palette.load(path: Self.capsoPath).sequentialRamp(classCount: 7)
    let report = ColorVisionCheck.check(classes: fills, kind: .sequential, alternatives: try Self.ramps())
    #expect(fills.map(\.hex)[3...4] == ["#4BA790", "#178FCF"])
    #expect(report.warnings.map(\.pair) == [.classes(3, 4)])
    #expect(report.warnings.map(\.vision) == [.tritanopia])
    let difference = try #require(report.warnings.first?.difference)
    #expect(difference > 0.03 && difference < ColorVisionCheck.minimumDifference)
    #expect(report.saferRamp != nil)
  }

  @Test func capsoNoDataGreyMergesWithTheFirstClassUnderTritanopia() throws {
    // Why "no data" must be hatched, not only grey: the pale green tint and
    // the grey differ by their yellow–green, which tritanopes do not see.
    let palette = try Palette.load(path: Self.capsoPath)
    let report = ColorVisionCheck.check(
      classes: palette.sequentialRamp(classCount: 5), noData: palette.noData, kind: .sequential)
    #expect(report.warnings.map(\.pair) == [.noData(class: 0)])
    #expect(report.warnings.map(\.vision) == [.tritanopia])
  }

  @Test(arguments: 3...9)
  func capsoDivergingPassesEveryVision(_ k: Int) throws {
    let palette = try Palette.load(path: Self.capsoPath)
    let diverging = try #require(palette.diverging)
    let report = ColorVisionCheck.check(
      classes: diverging.colors(classCount: k), noData: palette.noData, kind: .diverging)
    #expect(report.passes, "\(report.warnings)")
  }
}
