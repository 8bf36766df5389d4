import Testing

@testable import AudomapCore

@Suite struct ClassificationTests {
  @Test func classCountIsCheckedOnlyWhereItIsUsed() throws {
    #expect(try Classification.classify([1, 2, 3], method: .q6, classCount: 0).requestedClassCount == 6)
    #expect(throws: ClassificationError.classCountOutOfRange(requested: 12)) {
      try Classification.classify([1, 2, 3], method: .jenks, classCount: 12)
    }
  }

  @Test func quantileKnownInput() throws {
    let c = try Classification.classify([1, 2, nil, 4, 8], method: .quantile, classCount: 2)
    #expect(c.breaks.bounds == [1, 4, 8])
    #expect(c.counts == [2, 2])
    #expect(c.missingCount == 1)
    #expect(c.method == .quantile && c.requestedClassCount == 2 && c.classCount == 2)
  }

  @Test func equalIntervalKnownInput() throws {
    let c = try Classification.classify([0, 1, 2, 3, 10], method: .equal, classCount: 5)
    #expect(c.breaks.bounds == [0, 2, 4, 6, 8, 10])
    #expect(c.counts == [2, 2, 0, 0, 1])  // gaps in the data leave classes empty
  }

  @Test func duplicateQuantileBoundsAreMerged() throws {
    let c = try Classification.classify([1, 1, 1, 1, 2, 3], method: .quantile, classCount: 3)
    #expect(c.breaks.bounds == [1, 2, 3])
    #expect(c.counts == [4, 2])
    #expect(c.classCount == 2 && c.requestedClassCount == 3)
  }

  @Test func tiesAtTheMaximumKeepAClassOfTheirOwn() throws {
    let c = try Classification.classify([1, 2, 3, 3, 3, 3], method: .quantile, classCount: 3)
    #expect(c.breaks.bounds == [1, 3, 3])
    #expect(c.counts == [2, 4])
  }

  @Test(arguments: [ClassificationMethod.quantile, .equal, .jenks, .standardDeviation, .q6, .geometric, .nice, .manual(bounds: [4])])
  func allValuesEqualGiveOneClass(_ method: ClassificationMethod) throws {
    let c = try Classification.classify([4, 4, nil, 4], method: method, classCount: 5)
    #expect(c.breaks.bounds == [4, 4])
    #expect(c.counts == [3])
    #expect(c.classIndex(of: 4) == 0)
  }

  // MARK: - Warnings

  @Test func gapsLeaveEqualIntervalsEmptyWithAWarning() throws {
    let c = try Classification.classify([0, 1, 2, 3, 10], method: .equal, classCount: 5)
    #expect(c.warnings == [.emptyClasses(indices: [2, 3], breaks: c.breaks)])
    #expect(c.warnings[0].description == "2 of 5 classes hold no value (4 to 6; 6 to 8): their colours show only "
      + "in the legend. Fewer classes or another method (quantile, jenks) avoid it.")
  }

  @Test func fewerDistinctValuesThanClasses() throws {
    let c = try Classification.classify([1, 2, 2, 1, 3], method: .jenks, classCount: 5)
    #expect(c.classCount == 3)
    #expect(c.warnings == [.fewerDistinctValuesThanClasses(distinct: 3, requested: 5)])
    #expect(c.warnings[0].description == "The data have only 3 distinct values for 5 classes: fewer classes were made.")
  }

  @Test func mergedBoundsAreReported() throws {
    let c = try Classification.classify([1, 1, 1, 1, 2, 3], method: .quantile, classCount: 3)
    #expect(c.warnings == [.equalBoundsMerged(requested: 3, made: 2)])
    #expect(c.warnings[0].description
      == "Many equal values: 2 classes instead of 3, as classes with equal bounds were merged.")
  }

  @Test func nonWholeBoundsInWarningsKeepSixDigits() throws {
    let c = try Classification.classify([0, 1, 10], method: .equal, classCount: 3)
    #expect(c.warnings.map(\.description) == [
      "1 of 3 classes holds no value (3.33333 to 6.66667): its colour shows only in the legend. "
        + "Fewer classes or another method (quantile, jenks) avoid it."
    ])
  }

  @Test func missingValuesAreNilNaNAndInfinity() throws {
    let c = try Classification.classify(
      [nil, .nan, 1, 2, .infinity, -.infinity, 3], method: .quantile, classCount: 2)
    #expect(c.missingCount == 4)
    #expect(c.counts.reduce(0, +) == 3)
    #expect(c.classIndex(of: nil) == nil)
    #expect(c.classIndex(of: .nan) == nil)
    #expect(c.classIndex(of: .infinity) == nil)
    #expect(c.classIndex(of: 3) == 1)
  }

  @Test func mergedKeepsDistinctLowerBoundsThenTheMaximum() {
    #expect(Classification.merged([1, 1, 2, 3]) == [1, 2, 3])
    #expect(Classification.merged([1, 3, 3, 3]) == [1, 3, 3])
    #expect(Classification.merged([5, 5, 5]) == [5, 5])
    #expect(Classification.merged([0, 1, 2]) == [0, 1, 2])
  }

  // MARK: - Errors

  struct ErrorCase: Sendable, CustomTestStringConvertible {
    let id: String
    let values: [Double?]
    let classCount: Int
    let expected: ClassificationError
    let status: AudomapCore.ExitStatus
    let message: String
    var testDescription: String { id }
  }

  static let errorCases: [ErrorCase] = [
    ErrorCase(
      id: "one class", values: [1, 2], classCount: 1, expected: .classCountOutOfRange(requested: 1), status: .usage,
      message: "Class count 1 is out of range: choose between 2 and 9 classes "
        + "(more than 9 shades cannot be told apart on a map)."),
    ErrorCase(
      id: "ten classes", values: [1, 2], classCount: 10, expected: .classCountOutOfRange(requested: 10),
      status: .usage,
      message: "Class count 10 is out of range: choose between 2 and 9 classes "
        + "(more than 9 shades cannot be told apart on a map)."),
    ErrorCase(
      id: "all missing", values: [nil, .nan, nil], classCount: 5, expected: .noNumericValues(total: 3),
      status: .dataError,
      message: "Nothing to classify: all 3 values are empty or not a number. "
        + "Check the value column and that the join matched rows to communes."),
    ErrorCase(
      id: "no values", values: [], classCount: 5, expected: .noNumericValues(total: 0), status: .dataError,
      message: "Nothing to classify: all 0 values are empty or not a number. "
        + "Check the value column and that the join matched rows to communes."),
  ]

  @Test(arguments: errorCases)
  func errors(_ c: ErrorCase) {
    #expect(throws: c.expected) {
      try Classification.classify(c.values, method: .quantile, classCount: c.classCount)
    }
    #expect(c.expected.exitStatus == c.status)
    #expect(c.expected.description == c.message)
  }
}
