import Testing

@testable import AudomapCore

@Suite struct QuantileTests {
  @Test func tenValuesFiveClassesSplitTwoByTwo() {
    let values = (1...10).map(Double.init)
    #expect(Quantile.breaks(sorted: values, classCount: 5) == [1, 3, 5, 7, 9, 10])
  }

  @Test func boundsAreTheValuesAtRankFloorINOverK() {
    // n = 4, k = 3: ranks ⌊4/3⌋ = 1 and ⌊8/3⌋ = 2.
    #expect(Quantile.breaks(sorted: [10, 20, 30, 40], classCount: 3) == [10, 20, 30, 40])
    #expect(Quantile.breaks(sorted: [1, 2, 3, 4], classCount: 2) == [1, 3, 4])
  }

  @Test func tiesGiveEqualBounds() {
    #expect(Quantile.breaks(sorted: [1, 1, 1, 1, 2, 3], classCount: 3) == [1, 1, 2, 3])
  }

  @Test func fewerValuesThanClassesRepeatBounds() {
    #expect(Quantile.breaks(sorted: [7], classCount: 3) == [7, 7, 7, 7])
    #expect(Quantile.breaks(sorted: [1, 2], classCount: 4) == [1, 1, 2, 2, 2])
  }
}
