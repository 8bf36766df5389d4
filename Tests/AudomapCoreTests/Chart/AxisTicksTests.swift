import AudomapCore
import AudomapTestSupport
import Foundation
import Testing

@Suite struct AxisTicksTests {
  /// The properties every axis must have, whatever the data.
  func checkInvariants(_ ticks: AxisTicks, _ a: Double, _ b: Double, includingZero: Bool,
    sourceLocation: SourceLocation = #_sourceLocation) {
    let (low, high) = (min(a, b), max(a, b))
    let context = "\(low)…\(high): \(ticks.values)"
    #expect(ticks.lower <= low, "\(context) starts above the data", sourceLocation: sourceLocation)
    #expect(ticks.upper >= high, "\(context) ends below the data", sourceLocation: sourceLocation)
    #expect(AxisTicks.preferredCount.contains(ticks.values.count), "\(context) count", sourceLocation: sourceLocation)
    for (a, b) in zip(ticks.values, ticks.values.dropFirst()) {
      #expect(abs((b - a) - ticks.step) <= ticks.step * 1e-9, "\(context) unequal steps", sourceLocation: sourceLocation)
    }
    let exponent = (log10(ticks.step)).rounded(.down)
    let mantissa = ticks.step / pow(10, exponent)
    #expect([1, 2, 2.5, 5].contains { abs($0 - mantissa) < 1e-9 }, "\(context) step \(ticks.step)", sourceLocation: sourceLocation)
    let labels = ticks.labels()
    #expect(Set(labels).count == labels.count, "\(context) repeated labels \(labels)", sourceLocation: sourceLocation)
    if includingZero || (low < 0 && high > 0) {
      #expect(ticks.values.contains(0), "\(context) has no zero tick", sourceLocation: sourceLocation)
    }
    // Less than a step of empty axis beyond the data (and zero) at either end.
    let (covered, reach) = includingZero ? (min(low, 0), max(high, 0)) : (low, high)
    #expect(reach - covered == 0 || ticks.upper - reach < ticks.step * (1 + 1e-9), "\(context) too much room above", sourceLocation: sourceLocation)
    #expect(reach - covered == 0 || covered - ticks.lower < ticks.step * (1 + 1e-9), "\(context) too much room below", sourceLocation: sourceLocation)
  }

  @Test func invariantsHoldOnRandomRanges() {
    var generator = SeededGenerator(seed: 6)
    for _ in 0..<5_000 {
      let magnitude = pow(10, Double.random(in: -4...9, using: &generator))
      let a = Double.random(in: -1...1, using: &generator) * magnitude
      let b = Double.random(in: -1...1, using: &generator) * magnitude
      checkInvariants(AxisTicks(covering: a, b), a, b, includingZero: true)
      guard a != b else { continue }
      checkInvariants(AxisTicks(covering: a, b, includingZero: false), a, b, includingZero: false)
    }
  }

  @Test func invariantsHoldOnRealValues() throws {
    let communes = try ChartFixtures.capsoCommunes().values.compactMap { $0[0] }
    let years = try ChartFixtures.capsoPopulationByYear().values.compactMap { $0[0] }
    let ore = try ChartFixtures.oreByEPCI().values.flatMap { $0.compactMap { $0 } }
    for values in [communes, years, ore] {
      checkInvariants(AxisTicks(covering: values.min()!, values.max()!), values.min()!, values.max()!, includingZero: true)
      checkInvariants(AxisTicks(covering: values.min()!, values.max()!, includingZero: false), values.min()!, values.max()!,
        includingZero: false)
    }
    // A line of the CAPSO population shows the decline, not a flat line at 100 000.
    let line = AxisTicks(covering: years.min()!, years.max()!, includingZero: false)
    #expect(line.values == [104_000, 104_500, 105_000, 105_500, 106_000])
  }

  @Test(arguments: [
    (0.0, 7_340.0, [0.0, 2_000, 4_000, 6_000, 8_000]),
    (0, 100, [0, 20, 40, 60, 80, 100]),
    (0, 14_358, [0, 5_000, 10_000, 15_000]),
    (0, 1, [0, 0.2, 0.4, 0.6, 0.8, 1]),
    (0, 0.034, [0, 0.01, 0.02, 0.03, 0.04]),
    (-35, 80, [-50, 0, 50, 100]),
    (-12, -3, [-15, -10, -5, 0]),
  ])
  func knownRanges(low: Double, high: Double, expected: [Double]) {
    #expect(AxisTicks(covering: low, high).values == expected)
  }

  @Test func ticksAreTheNearestDoublesOfTheirDecimals() {
    // 3 × 0.1 is 0.30000000000000004 in binary: the tick must be 0.3 itself.
    let ticks = AxisTicks(covering: 0.1, 0.55, includingZero: false)
    #expect(ticks.values == [0.1, 0.2, 0.3, 0.4, 0.5, 0.6])
    #expect(ticks.labels() == ["0,1", "0,2", "0,3", "0,4", "0,5", "0,6"])
  }

  @Test func allZeroAndSingleValues() {
    #expect(AxisTicks(covering: 0, 0).values.first == 0)
    #expect(AxisTicks(covering: 0, 0).upper > 0)
    let single = AxisTicks(covering: 5, 5, includingZero: false)
    #expect(single.lower < 5 && single.upper > 5 && single.lower > 0)
  }

  @Test func labelsAreFrench() {
    let thousands = AxisTicks(covering: 0, 12_345)
    #expect(thousands.labels() == ["0", "2\u{202F}500", "5\u{202F}000", "7\u{202F}500", "10\u{202F}000", "12\u{202F}500"])
    #expect(AxisTicks(covering: 0, 7.5).labels() == ["0", "2", "4", "6", "8"])
    // Whole ticks are written without decimals.
    #expect(AxisTicks(covering: 0, 1.4).labels() == ["0", "0,5", "1", "1,5"])
    #expect(AxisTicks(covering: 0, 0.9).labels() == ["0", "0,2", "0,4", "0,6", "0,8", "1"])
    #expect(AxisTicks(covering: -35, 80).labels().first == "\u{2212}50")
  }

  @Test(arguments: [(0.0, 0.7), (0, 2.3), (0, 0.0123), (-0.4, 0.9), (1_000, 1_750), (0, 1.6e7)])
  func labelsReadBackAsTheirTicks(low: Double, high: Double) {
    let ticks = AxisTicks(covering: low, high, includingZero: low == 0)
    for (value, label) in zip(ticks.values, ticks.labels()) {
      #expect(NumberParser.parse(label) == value, "\(label) for \(value)")
    }
  }

  @Test func percentOnEveryLabelOtherUnitsOnTheLastOnly() {
    let percent = AxisTicks(covering: 0, 100).labels(unit: "%")
    #expect(percent.allSatisfy { $0.hasSuffix("\u{202F}%") })
    #expect(percent[1] == "20\u{202F}%")
    let energy = AxisTicks(covering: 0, 7_340).labels(unit: "MWh")
    #expect(energy.last == "8\u{202F}000\u{00A0}MWh")
    #expect(energy.dropLast().allSatisfy { !$0.contains("MWh") })
    #expect(AxisTicks(covering: 0, 10).labels(unit: "") == AxisTicks(covering: 0, 10).labels())
  }
}
