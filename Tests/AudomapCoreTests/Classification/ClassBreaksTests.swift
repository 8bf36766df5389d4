import Testing

@testable import AudomapCore

@Suite struct ClassBreaksTests {
  @Test(arguments: [[], [1], [2, 1], [.nan, 1], [0, .infinity], [1, 2, 1.5]] as [[Double]])
  func rejectsBrokenBounds(_ bounds: [Double]) {
    #expect(ClassBreaks(bounds: bounds) == nil)
  }

  @Test func lowerBoundInclusiveLastClassIncludesMaximum() throws {
    let breaks = try #require(ClassBreaks(bounds: [0, 10, 20, 30]))
    #expect(breaks.classCount == 3)
    let cases: [(Double, Int)] = [(0, 0), (9.999, 0), (10, 1), (19.5, 1), (20, 2), (30, 2)]
    for (value, expected) in cases {
      #expect(breaks.classIndex(of: value) == expected, "value \(value)")
    }
  }

  @Test func valuesOutsideTheRangeAreClamped() throws {
    let breaks = try #require(ClassBreaks(bounds: [0, 10, 20]))
    #expect(breaks.classIndex(of: -5) == 0)
    #expect(breaks.classIndex(of: 25) == 1)
  }

  @Test func degenerateClasses() throws {
    let single = try #require(ClassBreaks(bounds: [5, 5]))
    #expect(single.classCount == 1 && single.classIndex(of: 5) == 0)
    let maximumOnly = try #require(ClassBreaks(bounds: [1, 3, 3]))
    #expect(maximumOnly.classIndex(of: 2.9) == 0)
    #expect(maximumOnly.classIndex(of: 3) == 1)
    #expect(maximumOnly.range(ofClass: 1) == (3, 3))
  }
}
