import Testing

@testable import AudomapCore

@Suite struct EqualIntervalTests {
  @Test func evenWidths() {
    #expect(EqualInterval.breaks(sorted: [0, 3, 10], classCount: 5) == [0, 2, 4, 6, 8, 10])
    #expect(EqualInterval.breaks(sorted: [1, 11], classCount: 5) == [1, 3, 5, 7, 9, 11])
    #expect(EqualInterval.breaks(sorted: [-5, 0, 5], classCount: 4) == [-5, -2.5, 0, 2.5, 5])
  }

  @Test func lastBoundIsExactlyTheMaximum() {
    let bounds = EqualInterval.breaks(sorted: [0, 1], classCount: 3)
    #expect(bounds.count == 4)
    #expect(bounds.last == 1)
    #expect(abs(bounds[1] - 1.0 / 3) < 1e-15 && abs(bounds[2] - 2.0 / 3) < 1e-15)
  }

  @Test func singleValueGivesEqualBounds() {
    #expect(EqualInterval.breaks(sorted: [4, 4], classCount: 2) == [4, 4, 4])
  }

  @Test func hugeRangeDoesNotOverflow() {
    let bounds = EqualInterval.breaks(sorted: [-1.5e308, 1.5e308], classCount: 2)
    #expect(bounds == [-1.5e308, 0, 1.5e308])
  }
}
