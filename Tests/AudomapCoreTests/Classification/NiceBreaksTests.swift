import Testing

@testable import AudomapCore

@Suite struct NiceBreaksTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let id: String
    let values: [Double]
    let classCount: Int
    let expected: [Double]
    var testDescription: String { id }
  }

  static let cases: [Case] = [
    // Width 20 makes exactly the 5 classes asked for.
    Case(id: "3…97 in 5", values: [3, 50, 97], classCount: 5, expected: [0, 20, 40, 60, 80, 100]),
    // Widths 0.1 (7 classes), 0.2 (4) and 0.25 (3, from 0 to 0.75): 0.25 is nearest to 3.
    Case(id: "0.1…0.74 in 3", values: [0.1, 0.74], classCount: 3, expected: [0, 0.25, 0.5, 0.75]),
    // 0.3 / 0.1 is 2.9999999999999996 in binary: the bounds must still start at 0.3, exactly.
    Case(id: "0.3…0.9 in 6", values: [0.3, 0.9], classCount: 6, expected: [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]),
    // Width 5 gives 5 classes (−10…15) and width 10 gives 3 (−10…20): a tie, fewer classes win.
    Case(id: "−7…13 in 4", values: [-7, 13], classCount: 4, expected: [-10, 0, 10, 20]),
    // Widths 2,000 (0…6,000) and 2,500 (0…7,500) both make 3 classes: the narrower wins.
    Case(id: "12…5,432 in 3", values: [12, 5432], classCount: 3, expected: [0, 2000, 4000, 6000]),
    Case(id: "all equal", values: [7, 7], classCount: 5, expected: [7, 7]),
  ]

  @Test(arguments: cases)
  func roundBoundsCoveringTheData(_ c: Case) {
    #expect(NiceBreaks.breaks(sorted: c.values, classCount: c.classCount) == c.expected)
  }

  @Test func francePopulationInHundredThousands() throws {
    let c = try Classification.classify(RealValueSets.francePopulation, method: .nice, classCount: 5)
    // 0 to 514,819: widths of 10⁵ make 6 classes, 2×10⁵ and 2.5×10⁵ make 3.
    #expect(c.breaks.bounds == [0, 100_000, 200_000, 300_000, 400_000, 500_000, 600_000])
    #expect(c.requestedClassCount == 5 && c.classCount == 6)
  }
}
