import Testing

@testable import AudomapCore

@Suite struct NestedMeansTests {
  @Test func splitsAtTheMeanThenAtTheMeanOfEachHalf() {
    let values = (1...8).map(Double.init)
    #expect(NestedMeans.breaks(sorted: values, classCount: 2) == [1, 4.5, 8])
    // {1, 2, 3, 4} → 2.5; {5, 6, 7, 8} → 6.5.
    #expect(NestedMeans.breaks(sorted: values, classCount: 4) == [1, 2.5, 4.5, 6.5, 8])
    #expect(NestedMeans.breaks(sorted: values, classCount: 8) == [1, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8])
  }

  @Test func skewedDataFollowTheirMeans() {
    // Mean 26.5; below it {1, 2, 3} → 2, from it {100} alone.
    #expect(NestedMeans.breaks(sorted: [1, 2, 3, 100], classCount: 4) == [1, 2, 26.5, 100, 100])
  }

  @Test func aValueEqualToTheMeanGoesUp() throws {
    let c = try Classification.classify([1, 2, 3], method: .nestedMeans, classCount: 2)
    #expect(c.breaks.bounds == [1, 2, 3])
    #expect(c.counts == [1, 2])
  }

  @Test(arguments: [3, 5, 6, 7, 9])
  func onlyTwoFourOrEightClasses(_ k: Int) {
    #expect(throws: ClassificationError.nestedMeansClassCount(requested: k)) {
      try Classification.classify([1, 2, 3], method: .nestedMeans, classCount: k)
    }
  }
}
