import AudomapTestSupport
import Foundation
import Testing

@testable import AudomapCore

@Suite struct JenksTests {
  /// The sum over classes of squared deviations from the class mean, two
  /// passes per class: the quantity Jenks minimises, computed directly.
  static func withinClassSquares(_ sorted: [Double], bounds: [Double]) throws -> Double {
    guard let breaks = ClassBreaks(bounds: bounds) else { throw BoundsError(bounds: bounds) }
    var classes = Array(repeating: [Double](), count: breaks.classCount)
    for value in sorted { classes[breaks.classIndex(of: value)].append(value) }
    return classes.filter { !$0.isEmpty }.reduce(0) { total, members in
      let mean = members.reduce(0, +) / Double(members.count)
      return total + members.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
    }
  }

  struct BoundsError: Error { let bounds: [Double] }

  /// The least sum of squared deviations over every partition of the sorted
  /// values into `classCount` runs of consecutive values (including those
  /// that split equal values, which class bounds cannot express).
  static func bruteForceMinimum(_ sorted: [Double], classCount: Int) -> Double {
    func squares(_ run: ArraySlice<Double>) -> Double {
      let mean = run.reduce(0, +) / Double(run.count)
      return run.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
    }
    var best = Double.infinity
    // `cuts`: the start index of each class after the first, increasing.
    func choose(_ cuts: [Int], from index: Int) {
      if cuts.count == classCount - 1 {
        let edges = [0] + cuts + [sorted.count]
        best = min(best, zip(edges, edges.dropFirst()).reduce(0) { $0 + squares(sorted[$1.0..<$1.1]) })
        return
      }
      guard index < sorted.count else { return }
      for next in index..<sorted.count { choose(cuts + [next], from: next + 1) }
    }
    choose([], from: 1)
    return best
  }

  struct SmallInput: Sendable, CustomTestStringConvertible {
    let name: String
    let values: [Double]
    var testDescription: String { name }
  }

  static let smallInputs: [SmallInput] = {
    var rng = SeededGenerator(seed: 7)
    var inputs: [SmallInput] = []
    for n in [2, 3, 5, 8, 10, 12] {
      inputs.append(SmallInput(name: "uniform n=\(n)", values: (0..<n).map { _ in Double.random(in: -100...100, using: &rng) }))
      inputs.append(SmallInput(name: "skewed n=\(n)", values: (0..<n).map { _ in exp(Double.random(in: 0...12, using: &rng)) }))
      inputs.append(SmallInput(name: "ties n=\(n)", values: (0..<n).map { _ in Double(Int.random(in: 0...5, using: &rng)) }))
    }
    inputs.append(SmallInput(name: "CAPSO first 12", values: RealValueSets.capsoPopulation2025.prefix(12).compactMap { $0 }))
    return inputs
  }()

  @Test(arguments: smallInputs)
  func equalsBruteForceOnSmallInputs(_ input: SmallInput) throws {
    let sorted = input.values.sorted()
    for k in 2...min(9, sorted.count) {
      let bounds = Jenks.breaks(sorted: sorted, classCount: k)
      let jenks = try Self.withinClassSquares(sorted, bounds: bounds)
      let best = Self.bruteForceMinimum(sorted, classCount: k)
      // No partition beats the optimum: Jenks must reach the brute-force minimum.
      #expect(jenks <= best + 1e-9 * max(1, best), "k=\(k): Jenks \(jenks) > brute force \(best), bounds \(bounds)")
      #expect(bounds.count == k + 1)
    }
  }

  /// The textbook dynamic programme, O(k·n²), with no divide and conquer:
  /// the least cost of each prefix in each number of classes.
  static func quadraticMinimum(_ sorted: [Double], classCount: Int) -> Double {
    let costs = Jenks.ClassCosts(sorted: sorted)
    let m = costs.values.count
    var row = (0..<m).map { costs.cost(0, $0) }
    for q in 1..<classCount {
      var next = Array(repeating: Double.infinity, count: m)
      for end in q..<m {
        for start in q...end { next[end] = min(next[end], row[start - 1] + costs.cost(start, end)) }
      }
      row = next
    }
    return row[m - 1]
  }

  @Test(arguments: [
    ("uniform 300", { var rng = SeededGenerator(seed: 11); return (0..<300).map { _ in Double.random(in: 0...1, using: &rng) } }()),
    ("Pas-de-Calais population", RealValueSets.pasDeCalaisPopulation.compactMap { $0 }),
    ("Mayenne electricity", RealValueSets.mayenneConsumption.compactMap { $0 }),
  ] as [(String, [Double])])
  func divideAndConquerMatchesTheQuadraticProgramme(_ name: String, _ values: [Double]) throws {
    let sorted = values.sorted()
    for k in [2, 5, 7, 9] {
      let jenks = try Self.withinClassSquares(sorted, bounds: Jenks.breaks(sorted: sorted, classCount: k))
      let reference = Self.quadraticMinimum(sorted, classCount: k)
      #expect(abs(jenks - reference) <= 1e-9 * reference, "\(name), k=\(k): \(jenks) vs \(reference)")
    }
  }

  @Test func separatesObviousGroups() {
    let values: [Double] = [1, 2, 3, 10, 11, 12, 20, 21, 22]
    #expect(Jenks.breaks(sorted: values, classCount: 3) == [1, 10, 20, 22])
  }

  @Test func anOutlierGetsAClassOfItsOwn() {
    // {0, 5×6} and {12} cost 18.4 + 3.1; {0} and {5×6, 12} cost 6 + 36.
    let values: [Double] = [0, 5, 5, 5, 5, 5, 5, 12]
    #expect(Jenks.breaks(sorted: values, classCount: 2) == [0, 12, 12])
  }

  @Test func fewerDistinctValuesThanClassesRepeatTheMaximum() {
    #expect(Jenks.breaks(sorted: [1, 1, 2, 3], classCount: 5) == [1, 2, 3, 3, 3, 3])
    #expect(Jenks.breaks(sorted: [4], classCount: 3) == [4, 4, 4, 4])
  }

  @Test func franceJenksBeatsEveryOtherMethod() throws {
    let values = RealValueSets.francePopulation.compactMap { $0 }.sorted()
    let jenks = try Self.withinClassSquares(values, bounds: Jenks.breaks(sorted: values, classCount: 7))
    for method in [ClassificationMethod.quantile, .equal, .nice] {
      let other = try Self.withinClassSquares(values, bounds: try method.breaks(sorted: values, classCount: 7))
      #expect(jenks < other, "\(method.name): \(other) ≤ Jenks \(jenks)")
    }
  }
}
