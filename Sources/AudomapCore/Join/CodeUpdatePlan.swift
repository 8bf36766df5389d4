/// Which features of an older basemap make up each current commune, so that
/// `--update-codes` can dissolve them (the union itself is AudomapGeometry's).
///
/// Only features whose code the table lacks are touched: a table as old as
/// the basemap keeps its geography, a newer one gets communes merged since.
public struct CodeUpdatePlan: Hashable, Sendable {
  /// One current commune made of one or more features.
  public struct Merge: Hashable, Sendable {
    /// The current code.
    public let code: CommuneCode
    /// Its current name in the history, when it has one.
    public let name: String?
    /// The indexes of its features: the one that already has `code` first, when there is one.
    public let features: [Int]
    /// The former codes replaced, sorted.
    public let formerCodes: [CommuneCode]
  }

  /// The merges, ordered by current code.
  public let merges: [Merge]

  /// The plan for features with `codes` against a table with `tableCodes`.
  /// - Parameters:
  ///   - codes: the commune code of each feature, nil when it has none.
  ///   - tableCodes: the codes of the table's rows: features with one of them are kept as they are.
  ///   - date: the last date of the history to apply; nil for all of it.
  public init(codes: [CommuneCode?], tableCodes: Set<CommuneCode>, history: CommuneHistory, asOf date: HistoryDate? = nil) {
    var formerByCurrent: [CommuneCode: [Int]] = [:]
    for (index, code) in codes.enumerated() {
      guard let code, !tableCodes.contains(code), case .replaced(let current, _) = history.resolve(code, asOf: date)
      else { continue }
      formerByCurrent[current, default: []].append(index)
    }
    var firstIndexOfCode: [CommuneCode: Int] = [:]
    for (index, code) in codes.enumerated() {
      if let code, firstIndexOfCode[code] == nil { firstIndexOfCode[code] = index }
    }
    merges = formerByCurrent.keys.sorted().map { current in
      let former = formerByCurrent[current] ?? []
      let features = (firstIndexOfCode[current].map { [$0] } ?? []) + former
      return Merge(
        code: current, name: history.name(of: current, asOf: date), features: features,
        formerCodes: former.compactMap { codes[$0] }.sorted())
    }
  }

  /// The number of features merged into another or renumbered.
  public var formerCount: Int { merges.reduce(0) { $0 + $1.formerCodes.count } }

  /// `Codes updated: 4 former communes merged into 2 current ones (62210 → 62154; 62461, 62549, 62743 → 62447).`
  public var summary: String {
    guard !merges.isEmpty else { return "Codes updated: no former commune in the basemap." }
    let shown = merges.prefix(JoinReport.sampleLimit).map { merge in
      merge.formerCodes.map(\.rawValue).joined(separator: ", ") + " → \(merge.code)"
    }
    let more = merges.count > shown.count ? "; …" : ""
    let former = formerCount == 1 ? "1 former commune" : "\(ReportNumberFormat.grouped(formerCount)) former communes"
    let current = merges.count == 1 ? "1 current one" : "\(ReportNumberFormat.grouped(merges.count)) current ones"
    return "Codes updated: \(former) merged into \(current) (\(shown.joined(separator: "; "))\(more))."
  }

  /// One line per current commune, for `--join-details`.
  public var details: [String] {
    merges.map { merge in
      let name = merge.name.map { " \($0)" } ?? ""
      return "Merged into \(merge.code)\(name): \(merge.formerCodes.map(\.rawValue).joined(separator: ", "))."
    }
  }
}
