/// Picks, among named columns or properties, the one that holds commune codes:
/// shared by ``CodeColumnDetector`` (tables) and ``FeatureCodeField`` (basemaps).
enum CodeFieldRanking {
  /// "Nearly all" values must be codes: a total row or a typo may slip in, but
  /// SIRENs (9 digits), years (4) and suffixes like `CODCOM` (3) are far below.
  static let minimumValidShare = 0.9

  /// Names that say "commune code", normalized by `ClosestName.normalized(_:)`.
  private static let preferredNames: Set<String> = [
    "insee", "code", "com", "codgeo", "codecommune", "comcode", "inseecom", "codeinsee",
    "codecom", "depcom", "codecommuneinsee", "codeinseecommune", "inseecode", "communecode",
  ]

  /// The name whose non-empty values are nearly all commune codes, preferring
  /// names like `insee` or `Code Commune` (a 5-digit `Code_postal` is valid too),
  /// then the higher share of valid codes, then the earlier name.
  /// - Parameters:
  ///   - repairingNamedColumns: whether, under a name that says "code", codes that
  ///     lost their leading zero count (``CommuneCode/init(repairing:)``); never
  ///     elsewhere, where `2019` is a year and not commune 02019.
  ///   - value: the text of name `n` on item `i`, nil when absent.
  static func best(
    names: [String], itemCount: Int, repairingNamedColumns: Bool = false, value: (_ n: Int, _ i: Int) -> String?
  ) -> String? {
    var best: (rank: (Int, Double), name: String)?
    for (n, name) in names.enumerated() {
      let score = nameScore(name)
      let isCode: (String) -> Bool =
        repairingNamedColumns && score > 0 ? { CommuneCode(repairing: $0) != nil } : { CommuneCode($0) != nil }
      var filled = 0
      var valid = 0
      for i in 0..<itemCount {
        guard let text = value(n, i), !text.allSatisfy(\.isWhitespace) else { continue }
        filled += 1
        if isCode(text) { valid += 1 }
        // More invalid values than 10% of all items: the share cannot reach 90%.
        if Double(filled - valid) > Double(itemCount) * (1 - minimumValidShare) { break }
      }
      // Half the items at least: a mostly empty column with a few codes is a note, not the key.
      guard filled > 0, filled * 2 >= itemCount else { continue }
      let share = Double(valid) / Double(filled)
      guard share >= minimumValidShare else { continue }
      let rank = (score, share)
      if best.map({ rank > $0.rank }) ?? true { best = (rank, name) }
    }
    return best?.name
  }

  /// 2 for a usual code name, 1 for a name that mentions INSEE codes, 0 otherwise.
  private static func nameScore(_ name: String) -> Int {
    let key = ClosestName.normalized(name)
    if preferredNames.contains(key) { return 2 }
    return key.contains("insee") || key.contains("codgeo") ? 1 : 0
  }
}
