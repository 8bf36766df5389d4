import Testing

@testable import AudomapCore

@Suite struct ManualBreaksTests {
  @Test(arguments: [
    ("500,1000,5000", [500, 1000, 5000]),
    ("500, 1000 ,5000", [500, 1000, 5000]),
    ("0.5,1,2.5", [0.5, 1, 2.5]),
    ("0,5;1;2,5", [0.5, 1, 2.5]),
    ("1 000;2 500,5", [1000, 2500.5]),
    ("-10,0,10", [-10, 0, 10]),
    ("42", [42]),
  ] as [(String, [Double])])
  func parsesCommasOrSemicolons(_ text: String, _ expected: [Double]) throws {
    #expect(try ManualBreaks.parse(text) == expected)
  }

  struct ErrorCase: Sendable, CustomTestStringConvertible {
    let text: String
    let expected: ClassificationError
    let message: String
    var testDescription: String { text }
  }

  static let errorCases: [ErrorCase] = [
    ErrorCase(
      text: "500,abc,5000", expected: .manualBoundNotANumber(text: "500,abc,5000", bound: "abc", position: 2),
      message: "Class bounds '500,abc,5000': bound 2 ('abc') is not a number. Separate bounds with commas "
        + "(500,1000,5000), or with semicolons to write decimal commas (0,5;1;2,5)."),
    ErrorCase(
      text: "500,,5000", expected: .manualBoundNotANumber(text: "500,,5000", bound: "", position: 2),
      message: "Class bounds '500,,5000': bound 2 ('') is not a number. Separate bounds with commas "
        + "(500,1000,5000), or with semicolons to write decimal commas (0,5;1;2,5)."),
    ErrorCase(
      text: "1000,500", expected: .manualBoundsNotIncreasing(bounds: [1000, 500], position: 2),
      message: "Class bounds 1000, 500: bound 2 (500) is not above bound 1 (1000). "
        + "Give the bounds in increasing order, each once."),
    ErrorCase(
      text: "0,5;1;1", expected: .manualBoundsNotIncreasing(bounds: [0.5, 1, 1], position: 3),
      message: "Class bounds 0.5, 1, 1: bound 3 (1) is not above bound 2 (1). "
        + "Give the bounds in increasing order, each once."),
  ]

  @Test(arguments: errorCases)
  func badBoundsSayWhichIsWrong(_ c: ErrorCase) {
    #expect(throws: c.expected) { try ManualBreaks.parse(c.text) }
    #expect(c.expected.description == c.message)
    #expect(c.expected.exitStatus == .usage)
  }

  @Test func valuesOutsideTheBoundsGetAClassAndAWarning() throws {
    let c = try Classification.classify(
      [100, 600, 700, 2000, 9000, nil], method: .manual(bounds: [500, 1000, 5000]), classCount: 5)
    #expect(c.breaks.bounds == [100, 500, 1000, 5000, 9000])
    #expect(c.counts == [1, 2, 1, 1])
    #expect(c.missingCount == 1)
    #expect(c.warnings == [
      .classAddedBelow(count: 1, firstBound: 500, minimum: 100),
      .classAddedAbove(count: 1, lastBound: 5000, maximum: 9000),
    ])
    #expect(c.warnings.map(\.description) == [
      "1 value lies below the first bound 500: a class from 100 (the minimum) was added for them.",
      "1 value lies above the last bound 5,000: a class up to 9,000 (the maximum) was added for them.",
    ])
  }

  @Test func boundsBeyondTheDataAreKept() throws {
    let c = try Classification.classify([5, 12, 20], method: .manual(bounds: [0, 10, 20]), classCount: 5)
    #expect(c.breaks.bounds == [0, 10, 20])
    #expect(c.counts == [1, 2])
    #expect(c.warnings.isEmpty)
  }

  @Test func frenchPopulationsWithTheBriefsBounds() throws {
    let values = RealValueSets.francePopulation
    let c = try Classification.classify(values, method: .manual(bounds: [500, 1000, 5000]), classCount: 5)
    #expect(c.breaks.bounds == [0, 500, 1000, 5000, 514_819])
    let present = values.compactMap { $0 }
    let expected: [Int] = [
      present.filter { $0 < 500 }.count, present.filter { $0 >= 500 && $0 < 1000 }.count,
      present.filter { $0 >= 1000 && $0 < 5000 }.count, present.filter { $0 >= 5000 }.count,
    ]
    #expect(c.counts == expected)
    #expect(c.warnings == [
      .classAddedBelow(count: c.counts[0], firstBound: 500, minimum: 0),
      .classAddedAbove(count: present.filter { $0 > 5000 }.count, lastBound: 5000, maximum: 514_819),
    ])
  }

  @Test func atMostNineClassesCountingTheAddedOnes() throws {
    let bounds: [Double] = [10, 20, 30, 40, 50, 60, 70, 80, 90]
    #expect(try Classification.classify([10, 90], method: .manual(bounds: bounds), classCount: 5).classCount == 8)
    #expect(throws: ClassificationError.tooManyManualClasses(bounds: bounds, classCount: 10)) {
      try Classification.classify([0, 90, 100], method: .manual(bounds: bounds), classCount: 5)
    }
  }

  @Test func boundsAreCheckedBeforeClassifying() {
    #expect(throws: ClassificationError.manualBoundsNotIncreasing(bounds: [1, 3, 2], position: 3)) {
      try Classification.classify([1, 2], method: .manual(bounds: [1, 3, 2]), classCount: 5)
    }
    #expect(throws: ClassificationError.manualBoundsMissing) {
      try Classification.classify([1, 2], method: .manual(bounds: []), classCount: 5)
    }
  }
}
