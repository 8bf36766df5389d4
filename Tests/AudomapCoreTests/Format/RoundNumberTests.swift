import AudomapCore
import Testing

@Suite struct RoundNumberTests {
  @Test(arguments: [
    (7_340.0, 5_000.0), (0.034, 0.02), (100, 100), (99.99, 50), (1, 1), (19_999, 10_000), (2_000, 2_000), (0.3, 0.2),
  ])
  func theLargestRoundNumberNotAbove(_ value: Double, _ expected: Double) {
    #expect(RoundNumber.atMost(value) == expected)
  }

  @Test func otherMultipliers() {
    #expect(RoundNumber.atMost(2_600, multipliers: [1, 2.5, 5]) == 2_500)
    #expect(RoundNumber.atMost(1_900, multipliers: [1, 2.5, 5]) == 1_000)
  }
}
