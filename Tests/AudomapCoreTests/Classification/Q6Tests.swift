import Testing

@testable import AudomapCore

@Suite struct Q6Tests {
  @Test func extremeFivePercentApart() throws {
    let values: [Double?] = (1...100).map(Double.init)
    let c = try Classification.classify(values, method: .q6, classCount: 5)
    #expect(c.breaks.bounds == [1, 6, 26, 51, 76, 96, 100])
    #expect(c.counts == [5, 20, 25, 25, 20, 5])
    #expect(c.requestedClassCount == 6 && c.warnings.isEmpty)
  }

  @Test func franceExtremesHoldAboutFivePercentEach() throws {
    let values = RealValueSets.francePopulation
    let c = try Classification.classify(values, method: .q6, classCount: 5)
    #expect(c.classCount == 6)
    // Ties at the bounds move a few communes up; never more than the ties.
    let n = Double(values.count)
    #expect(abs(Double(c.counts[0]) / n - 0.05) < 0.01, "\(c.counts)")
    #expect(abs(Double(c.counts[5]) / n - 0.05) < 0.01, "\(c.counts)")
  }

  @Test func fewerThanTwentyValuesMergeTheLowestClass() throws {
    // 5 % of 10 values is no value: the 0 and 5th percentiles are both the minimum.
    #expect(Q6.breaks(sorted: (1...10).map(Double.init)) == [1, 1, 3, 6, 8, 10, 10])
    let c = try Classification.classify((1...10).map(Double.init), method: .q6, classCount: 5)
    #expect(c.breaks.bounds == [1, 3, 6, 8, 10, 10])
    #expect(c.warnings == [.equalBoundsMerged(requested: 6, made: 5)])
  }
}
