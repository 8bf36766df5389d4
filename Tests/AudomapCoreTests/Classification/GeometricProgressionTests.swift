import Testing

@testable import AudomapCore

@Suite struct GeometricProgressionTests {
  @Test func constantRatioFromMinimumToMaximum() throws {
    let bounds = try GeometricProgression.breaks(sorted: [1, 5, 1000], classCount: 3)
    #expect(bounds.count == 4 && bounds.first == 1 && bounds.last == 1000)
    #expect(abs(bounds[1] - 10) < 1e-9 && abs(bounds[2] - 100) < 1e-9, "\(bounds)")
  }

  @Test func populationsSpreadOverTheClasses() throws {
    let values = RealValueSets.pasDeCalaisPopulation
    let geometric = try Classification.classify(values, method: .geometric, classCount: 5)
    let equal = try Classification.classify(values, method: .equal, classCount: 5)
    // Equal intervals put nearly every commune in the first class; the progression does not.
    #expect(equal.counts[0] > 850)
    #expect(geometric.counts.max() ?? 0 < 500, "\(geometric.counts)")
    let ratios = zip(geometric.breaks.bounds, geometric.breaks.bounds.dropFirst()).map { $1 / $0 }
    #expect(ratios.allSatisfy { abs($0 - ratios[0]) < 1e-9 * ratios[0] }, "\(ratios)")
  }

  @Test func zeroOrNegativeValuesAreAnError() throws {
    let error = ClassificationError.geometricNeedsPositiveValues(nonPositiveCount: 6, minimum: 0)
    #expect(throws: error) {
      try Classification.classify(RealValueSets.francePopulation, method: .geometric, classCount: 5)
    }
    #expect(error.exitStatus == .dataError)
    #expect(error.description == "Geometric classes need values above zero, but 6 values are zero or negative "
      + "(the smallest is 0). Choose another method (jenks, quantile, nice) or filter those values out.")
  }
}
