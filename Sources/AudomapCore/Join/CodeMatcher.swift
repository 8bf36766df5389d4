/// Finds the code a row or feature joins on: its own when the other side has
/// it, else the code of its current commune in the history.
///
/// Codes that match are never looked up, so a table and a basemap of the same
/// year join as they are, whatever happened since.
struct CodeMatcher {
  /// What a code joins on.
  enum Match: Hashable {
    /// Its own code: the other side has it, or the history has nothing better.
    case same
    /// The code of the commune it became.
    case current(CommuneCode)
    /// The commune was split: no single code to join on.
    case divided(into: [CommuneCode])
  }

  /// The codes of the other side.
  let targets: Set<CommuneCode>
  let history: CommuneHistory?
  let asOf: HistoryDate?

  func match(_ code: CommuneCode) -> Match {
    guard !targets.contains(code), let history else { return .same }
    switch history.resolve(code, asOf: asOf) {
    case .unchanged: return .same
    case .replaced(let current, _): return .current(current)
    case .divided(let codes, _): return .divided(into: codes)
    }
  }
}
