import Foundation
import AudomapTestSupport
import Testing

@testable import AudomapCore

/// Invariants checked over every generated dataset, method and class count 2…9:
/// non-decreasing breaks from min to max, each value in exactly one class,
/// counts adding up to n − missing, never more classes than asked.
@Suite struct ClassificationSweepTests {
  struct Dataset: Sendable, CustomTestStringConvertible {
    let name: String
    let values: [Double?]
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
      Dataset(name: "fewer values than classes", values: [3, 1, 2]),
      Dataset(name: "two values", values: [10, 20]),
      Dataset(name: "single value", values: [5]),
      Dataset(name: "all equal", values: Array(repeating: 2.5, count: 12)),
      Dataset(name: "distinct 1…1000", values: (1...1000).map(Double.init).shuffled(using: &rng)),
    ]
  }()

  @Test(arguments: datasets, ClassificationMethod.allCases)
  func invariants(_ dataset: Dataset, _ method: ClassificationMethod) throws {
    let present = dataset.values.compactMap { $0 }.filter(\.isFinite)
    for k in Classification.classCountRange {
      let c = try Classification.classify(dataset.values, method: method, classCount: k)
      let bounds = c.breaks.bounds
      let context = "\(dataset.name), \(method), k=\(k), bounds \(bounds)"

      #expect(zip(bounds, bounds.dropFirst()).allSatisfy { $0 <= $1 }, "non-decreasing: \(context)")
      #expect(bounds.first == present.min() && bounds.last == present.max(), "min…max: \(context)")
      #expect((1...k).contains(c.classCount), "class count: \(context)")
      #expect(c.counts.count == c.classCount, "\(context)")
      #expect(c.counts.reduce(0, +) == dataset.values.count - c.missingCount, "counts add up: \(context)")
      #expect(c.missingCount == dataset.values.count - present.count, "\(context)")
      // Lower bounds are distinct; only a final [max, max] class may repeat a bound.
      let lowers = bounds.dropLast()
      #expect(Set(lowers).count == lowers.count, "merged: \(context)")

      var recount = Array(repeating: 0, count: c.classCount)
      for value in present {
        // Membership from the definition, independent of the binary search.
        let members = (0..<c.classCount).filter { i in
          let (lower, upper) = c.breaks.range(ofClass: i)
          return i == c.classCount - 1 ? lower <= value && value <= upper : lower <= value && value < upper
        }
        #expect(members.count == 1, "\(value) in exactly one class: \(context)")
        #expect(c.classIndex(of: value) == members.first, "\(value): \(context)")
        recount[c.classIndex(of: value) ?? 0] += 1
      }
      #expect(recount == c.counts, "\(context)")

      if method == .quantile {
        #expect(!c.counts.contains(0), "no empty quantile class: \(context)")
        if Set(present).count == present.count && present.count >= k {
          #expect(c.classCount == k, "\(context)")
          #expect((c.counts.max() ?? 0) - (c.counts.min() ?? 0) <= 1, "balanced: \(context)")
        }
      }
    }
  }
}
