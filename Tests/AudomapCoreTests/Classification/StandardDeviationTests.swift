import Testing

@testable import AudomapCore

@Suite struct StandardDeviationTests {
  @Test func oneDeviationWideClassesCentredOnTheMean() throws {
    // 1…9: mean 5, population deviation √(60/9) ≈ 2.582; mean ± 2.5 SD lies outside 1…9.
    let values = (1...9).map(Double.init)
    let (mean, deviation) = StandardDeviation.meanAndDeviation(values)
    #expect(mean == 5)
    #expect(abs(deviation - (60.0 / 9).squareRoot()) < 1e-12)
    let bounds = StandardDeviation.breaks(sorted: values)
    let expected = [1, mean - 1.5 * deviation, mean - 0.5 * deviation, mean + 0.5 * deviation, mean + 1.5 * deviation, 9]
    #expect(bounds.count == expected.count)
    for (bound, wanted) in zip(bounds, expected) { #expect(abs(bound - wanted) < 1e-12, "\(bounds)") }
  }

  @Test func skewedPopulationsStopAtThreeAndAHalfDeviations() throws {
    let values = RealValueSets.francePopulation.compactMap { $0 }
    let c = try Classification.classify(values, method: .standardDeviation, classCount: 5)
    let (mean, deviation) = StandardDeviation.meanAndDeviation(values)
    // Nothing lies below mean − 0.5 SD (that is negative), and Toulouse lies far above + 3.5 SD.
    #expect(mean - 0.5 * deviation < 0)
    #expect(c.classCount == 5)
    #expect(abs(c.breaks.bounds[4] - (mean + 3.5 * deviation)) < 1e-6)
    #expect(c.requestedClassCount == 5)
    #expect(c.counts[0] > 30_000, "the mean is far above the typical commune: \(c.counts)")
  }

  @Test func classCountAskedForIsNotUsed() throws {
    let values: [Double?] = (1...9).map(Double.init)
    let asked2 = try Classification.classify(values, method: .standardDeviation, classCount: 2)
    let asked50 = try Classification.classify(values, method: .standardDeviation, classCount: 50)
    #expect(asked2 == asked50)
    #expect(asked2.classCount == 5)
  }
}
