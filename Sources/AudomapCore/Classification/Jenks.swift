/// Jenks natural breaks: the partition of the sorted values into classes
/// whose total within-class sum of squared deviations from the class means
/// is the smallest possible (the exact optimum, not Jenks's iterative
/// approximation).
///
/// Computed with the ckmeans dynamic programme (Wang & Song, "Ckmeans.1d.dp:
/// optimal k-means clustering in one dimension by dynamic programming", The R
/// Journal 3/2, 2011). Row `q` of the programme holds, for every prefix of the
/// values, the least cost of splitting it into `q + 1` classes; each row is
/// filled by divide and conquer, which is valid because the best start of the
/// last class never moves left as the prefix grows. That gives O(k·m log m)
/// for `m` distinct values: 35,000 communes and 7 classes in milliseconds.
///
/// The programme runs on the distinct values weighted by their counts, so a
/// break never falls between equal values: a class that includes its lower
/// bound then holds exactly the values the optimum gave it.
public enum Jenks {
  /// `classCount + 1` non-decreasing bounds: the minimum, the lowest value of
  /// each class after the first, and the maximum.
  ///
  /// With fewer distinct values than classes, each distinct value is a class
  /// and the remaining bounds repeat the maximum (the classifier merges them).
  /// - Parameters:
  ///   - sorted: the values in ascending order, finite, at least one.
  ///   - classCount: how many classes to ask for, at least 1.
  public static func breaks(sorted: [Double], classCount: Int) -> [Double] {
    precondition(!sorted.isEmpty, "Jenks.breaks needs at least one value")
    precondition(classCount >= 1, "Jenks.breaks needs at least one class")
    let costs = ClassCosts(sorted: sorted)
    let distinct = costs.values
    let classes = min(classCount, distinct.count)
    let firstOfClass = optimalClassStarts(costs, classCount: classes)
    var bounds = firstOfClass.map { distinct[$0] }
    bounds.append(contentsOf: repeatElement(distinct[distinct.count - 1], count: classCount + 1 - bounds.count))
    return bounds
  }

  /// The index (into the distinct values) of the first value of each class
  /// of the optimal partition into `classCount` classes, lowest first.
  static func optimalClassStarts(_ costs: ClassCosts, classCount: Int) -> [Int] {
    let m = costs.values.count
    // previous[i]: least cost of the distinct values 0...i in q classes.
    var previous = (0..<m).map { costs.cost(0, $0) }
    // lastStart[q][i]: first value of the last class in that best partition into q + 1 classes.
    var lastStart: [[Int]] = [Array(repeating: 0, count: m)]
    for q in 1..<classCount {
      var current = Array(repeating: Double.infinity, count: m)
      var start = Array(repeating: 0, count: m)
      // q + 1 classes need at least q + 1 values; the last row needs only the whole set.
      let firstEnd = q == classCount - 1 ? m - 1 : q
      fillRow(
        costs, previous: previous, current: &current, start: &start,
        ends: firstEnd...(m - 1), starts: q...(m - 1))
      previous = current
      lastStart.append(start)
    }
    var starts: [Int] = []
    var end = m - 1
    for q in stride(from: classCount - 1, through: 1, by: -1) {
      let first = lastStart[q][end]
      starts.append(first)
      end = first - 1
    }
    starts.append(0)
    return starts.reversed()
  }

  /// Fills `current[i]` for every `i` in `ends`: the best split of 0...i
  /// whose last class starts at some `j` in `starts`. The best start for the
  /// middle end bounds the search on each side (it is monotone in the end).
  private static func fillRow(
    _ costs: ClassCosts, previous: [Double], current: inout [Double], start: inout [Int],
    ends: ClosedRange<Int>, starts: ClosedRange<Int>
  ) {
    let end = (ends.lowerBound + ends.upperBound) / 2
    var bestStart = starts.lowerBound
    var bestCost = Double.infinity
    for j in starts.lowerBound...min(end, starts.upperBound) {
      let cost = previous[j - 1] + costs.cost(j, end)
      if cost < bestCost {
        bestCost = cost
        bestStart = j
      }
    }
    current[end] = bestCost
    start[end] = bestStart
    if ends.lowerBound < end {
      fillRow(
        costs, previous: previous, current: &current, start: &start,
        ends: ends.lowerBound...(end - 1), starts: starts.lowerBound...bestStart)
    }
    if end < ends.upperBound {
      fillRow(
        costs, previous: previous, current: &current, start: &start,
        ends: (end + 1)...ends.upperBound, starts: bestStart...starts.upperBound)
    }
  }

  /// The distinct values with their counts, and prefix sums giving the sum of
  /// squared deviations of any run of them in O(1).
  struct ClassCosts {
    /// The distinct values, ascending.
    let values: [Double]
    private let weights: [Double]
    private let sums: [Double]
    private let squares: [Double]

    init(sorted: [Double]) {
      var values: [Double] = []
      var counts: [Double] = []
      for value in sorted {
        if values.last == value {
          counts[counts.count - 1] += 1
        } else {
          values.append(value)
          counts.append(1)
        }
      }
      // Sums of squares lose digits to cancellation far from zero; centring
      // on the median keeps them small (Ckmeans.1d.dp does the same).
      let shift = values[values.count / 2]
      var weights = [0.0], sums = [0.0], squares = [0.0]
      for (value, count) in zip(values, counts) {
        let centred = value - shift
        weights.append(weights[weights.count - 1] + count)
        sums.append(sums[sums.count - 1] + count * centred)
        squares.append(squares[squares.count - 1] + count * centred * centred)
      }
      self.values = values
      self.weights = weights
      self.sums = sums
      self.squares = squares
    }

    /// The sum of squared deviations from their mean of the values
    /// `values[first...last]`, each counted as often as it occurs.
    @inline(__always)
    func cost(_ first: Int, _ last: Int) -> Double {
      let weight = weights[last + 1] - weights[first]
      let sum = sums[last + 1] - sums[first]
      let square = squares[last + 1] - squares[first]
      // Rounding can leave a tiny negative where the exact value is zero.
      return max(0, square - sum * sum / weight)
    }
  }
}
