import Foundation

/// Finds the column name a user most likely meant, for "Did you mean …?" hints.
enum ClosestName {
  /// The best candidate for `name`, or nil when none is close.
  ///
  /// In order of preference:
  /// the same name up to case, accents, spaces and punctuation (`code commune` for
  /// `Code_Commune`); a small edit distance (typos); one name containing the other
  /// (`population` for `population_totale`). Ties go to the earlier candidate.
  static func find(_ name: String, among candidates: [String]) -> String? {
    let wanted = normalized(name)
    guard !wanted.isEmpty else { return nil }
    var best: (rank: (Int, Int), name: String)?
    for candidate in candidates {
      let other = normalized(candidate)
      guard !other.isEmpty, let rank = rank(wanted, other) else { continue }
      if best.map({ rank < $0.rank }) ?? true { best = (rank, candidate) }
    }
    return best?.name
  }

  /// (tier, distance within the tier), lower is closer; nil when unrelated.
  private static func rank(_ a: String, _ b: String) -> (Int, Int)? {
    if a == b { return (0, 0) }
    let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
    let distance = editDistance(a, b)
    // A third of the shorter name, at least 1: "popluation" → "population", but not "dep" → "reg".
    if distance <= max(1, min(a.count, b.count) / 3) { return (1, distance) }
    let (short, long) = a.count <= b.count ? (a, b) : (b, a)
    // Three characters at least, or "co" would match half of any header.
    guard short.count >= 3, contains(long, short) else { return nil }
    return (2, long.count - short.count)
  }

  private static func contains(_ long: [Unicode.Scalar], _ short: [Unicode.Scalar]) -> Bool {
    (0...(long.count - short.count)).contains { long[$0..<$0 + short.count].elementsEqual(short) }
  }

  /// Lower case, no accents, letters and digits only: `Code Commune` → `codecommune`.
  static func normalized(_ name: String) -> String {
    String(
      String.UnicodeScalarView(
        name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
          .unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }))
  }

  /// Levenshtein distance, one row at a time.
  private static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    var previous = Array(0...b.count)
    for (i, x) in a.enumerated() {
      var current = [i + 1]
      current.reserveCapacity(b.count + 1)
      for (j, y) in b.enumerated() {
        current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
      }
      previous = current
    }
    return previous[b.count]
  }
}
