import AudomapTestSupport
import Foundation
import Testing

@testable import AudomapCore

/// Invariants checked on every method, over generated and real datasets and
/// every class count a method takes: non-decreasing bounds covering the
/// values, each value in exactly one class, counts adding up to n − missing,
/// the missing counted, and warnings that match the counts.
@Suite struct ClassificationSweepTests {
  struct Dataset: Sendable, CustomTestStringConvertible {
    let name: String
    let values: [Double?]
    /// Large sets try fewer class counts: the membership check is O(n·k).
    var isLarge = false
    var testDescription: String { name }
  }

  static let datasets: [Dataset] = {
    var rng = SeededGenerator(seed: 42)
    func uniform(_ n: Int) -> [Double?] { (0..<n).map { _ in Double.random(in: 0..<1000, using: &rng) } }
    return [
      Dataset(name: "uniform 200", values: uniform(200)),
      Dataset(name: "population-like (log-normal) 53", values: (0..<53).map { _ in
        exp(Double.random(in: 5...11, using: &rng)).rounded()
      }),
      Dataset(name: "heavy ties, integers 0…4", values: (0..<100).map { _ in
        Double(Int.random(in: 0...4, using: &rng))
      }),
      Dataset(name: "mostly zero", values: (0..<60).map { i in i < 50 ? 0 : Double(i) }),
      Dataset(name: "negatives and positives", values: (0..<77).map { _ in Double.random(in: -50...50, using: &rng) }),
      Dataset(name: "with missing", values: (0..<90).map { i in
        i % 7 == 0 ? nil : (i % 11 == 0 ? .nan : Double.random(in: 0..<1, using: &rng))
      }),
      Dataset(name: "tiny decimals", values: (0..<40).map { _ in Double.random(in: 1e-7...3e-7, using: &rng) }),
      Dataset(name: "fewer values than classes", values: [3, 1, 2]),
      Dataset(name: "two values", values: [10, 20]),
      Dataset(name: "single value", values: [5]),
      Dataset(name: "all equal", values: Array(repeating: 2.5, count: 12)),
      Dataset(name: "distinct 1…1000", values: (1...1000).map(Double.init).shuffled(using: &rng)),
      Dataset(name: "CAPSO population 2025", values: RealValueSets.capsoPopulation2025),
      Dataset(name: "Pas-de-Calais population", values: RealValueSets.pasDeCalaisPopulation),
      Dataset(name: "Mayenne electricity (MWh)", values: RealValueSets.mayenneConsumption),
      Dataset(name: "France population", values: RealValueSets.francePopulation, isLarge: true),
    ]
  }()

  /// Every method; manual with bounds inside, around and beyond the data sets.
  static let methods: [ClassificationMethod] = [
    .quantile, .equal, .jenks, .standardDeviation, .nestedMeans, .q6, .geometric, .nice,
    .manual(bounds: [500, 1000, 5000]), .manual(bounds: [-10, 0, 0.5, 10]), .manual(bounds: [0]),
  ]

  static func classCounts(_ method: ClassificationMethod, large: Bool) -> [Int] {
    if method.name.decidesClassCount { return [5] }  // not used: any valid count
    if method == .nestedMeans { return large ? [8] : NestedMeans.classCounts }
    return large ? [3, 7] : Array(Classification.classCountRange)
  }

  @Test func realDatasetsHaveTheirDocumentedSizes() {
    #expect(RealValueSets.francePopulation.count == 34_900)
    #expect(RealValueSets.francePopulation.allSatisfy { $0 != nil })
    #expect(RealValueSets.pasDeCalaisPopulation.count == 887)
    #expect(RealValueSets.capsoPopulation2025.count == 53)
    #expect(RealValueSets.mayenneConsumption.count == 243)
  }

  @Test(arguments: datasets, methods)
  func invariants(_ dataset: Dataset, _ method: ClassificationMethod) throws {
    let present = dataset.values.compactMap { $0 }.filter(\.isFinite).sorted()
    let minimum = try #require(present.first), maximum = try #require(present.last)
    for k in Self.classCounts(method, large: dataset.isLarge) {
      let context = "\(dataset.name), \(method.name), k=\(k)"
      if method == .geometric, minimum <= 0 {
        let nonPositive = present.filter { $0 <= 0 }.count
        #expect(throws: ClassificationError.geometricNeedsPositiveValues(nonPositiveCount: nonPositive, minimum: minimum)) {
          try Classification.classify(dataset.values, method: method, classCount: k)
        }
        continue
      }
      let c = try Classification.classify(dataset.values, method: method, classCount: k)
      let bounds = c.breaks.bounds

      #expect(zip(bounds, bounds.dropFirst()).allSatisfy { $0 <= $1 }, "non-decreasing \(bounds): \(context)")
      #expect(bounds[0] <= minimum && maximum <= bounds[bounds.count - 1], "covers the data \(bounds): \(context)")
      switch method {
      case .nice:
        break
      case .manual(let manual):
        #expect(Set(manual).isSubset(of: bounds), "keeps the manual bounds \(bounds): \(context)")
        #expect(bounds[0] == min(minimum, manual[0]), "\(context)")
        #expect(bounds[bounds.count - 1] == max(maximum, manual[manual.count - 1]), "\(context)")
      default:
        #expect(bounds[0] == minimum && bounds[bounds.count - 1] == maximum, "min…max \(bounds): \(context)")
      }
      #expect(Classification.classCountRange.upperBound >= c.classCount && c.classCount >= 1, "class count: \(context)")
      if !method.name.decidesClassCount && method != .nice {
        #expect(c.classCount <= k, "no more classes than asked: \(context)")
      }
      #expect(c.counts.count == c.classCount, "\(context)")
      #expect(c.counts.reduce(0, +) == present.count, "counts add up: \(context)")
      #expect(c.missingCount == dataset.values.count - present.count, "missing counted: \(context)")
      // Lower bounds are distinct; only a final [max, max] class may repeat a bound.
      let lowers = bounds.dropLast()
      #expect(Set(lowers).count == lowers.count, "merged: \(context)")

      var recount = Array(repeating: 0, count: c.classCount)
      for value in present {
        // Membership from the definition, independent of the binary search.
        var members: [Int] = []
        for i in 0..<c.classCount {
          let (lower, upper) = c.breaks.range(ofClass: i)
          if lower <= value && (value < upper || (i == c.classCount - 1 && value == upper)) { members.append(i) }
        }
        #expect(members.count == 1, "\(value) in exactly one class: \(context)")
        #expect(c.classIndex(of: value) == members.first, "\(value): \(context)")
        recount[members.first ?? 0] += 1
      }
      #expect(recount == c.counts, "\(context)")

      let empty = c.counts.indices.filter { c.counts[$0] == 0 }
      #expect(c.warnings.contains(.emptyClasses(indices: empty, breaks: c.breaks)) == !empty.isEmpty, "\(context)")
      let distinct = Set(present).count
      #expect(
        c.warnings.contains(.fewerDistinctValuesThanClasses(distinct: distinct, requested: c.requestedClassCount))
          == (distinct < c.requestedClassCount), "\(context)")

      if method == .quantile || method == .q6 || method == .jenks {
        #expect(empty.isEmpty, "no empty class: \(context)")
      }
      if method == .quantile, distinct == present.count, present.count >= k {
        #expect(c.classCount == k, "\(context)")
        #expect((c.counts.max() ?? 0) - (c.counts.min() ?? 0) <= 1, "balanced: \(context)")
      }
      if method == .jenks, distinct >= k {
        #expect(c.classCount == k, "Jenks makes every class asked for: \(context)")
      }
    }
  }
}
