/// The official history of commune codes (INSEE *mouvements des communes*):
/// which commune became which, and when, so that a code of an older file can
/// be brought to the current geography.
///
/// Each row of the table is one step. A code may change several times (a
/// commune nouvelle later merged again), and merges are sometimes undone
/// (`Fusion association` then `Rétablissement`: A → B, later B → A), so
/// chains are followed in date order, never backwards.
///
/// ## Example
/// ```swift
/// let history = try CommuneHistory.bundled()
/// if let marconne = CommuneCode("62549") {
///   history.resolve(marconne)  // .replaced(by: 62447, on: 2025-01-01): Hesdin-la-Forêt
/// }
/// ```
public struct CommuneHistory: Sendable {
  /// One row: on `date`, commune `old` became `new` (the same code when the
  /// commune was renamed or absorbed others).
  public struct Step: Hashable, Sendable {
    public let date: HistoryDate
    public let old: CommuneCode
    public let oldName: String
    public let new: CommuneCode
    public let newName: String
    /// The INSEE label, e.g. `Création de commune nouvelle`.
    public let kind: String

    public init(date: HistoryDate, old: CommuneCode, oldName: String, new: CommuneCode, newName: String, kind: String) {
      self.date = date
      self.old = old
      self.oldName = oldName
      self.new = new
      self.newName = newName
      self.kind = kind
    }
  }

  /// What became of a code.
  public enum Resolution: Hashable, Sendable {
    /// The code still exists (possibly renamed).
    case unchanged
    /// The commune is now part of (or renumbered as) `code`; `date` is the last step.
    case replaced(by: CommuneCode, on: HistoryDate)
    /// The commune was split between several communes: no single current code.
    case divided(into: [CommuneCode], on: HistoryDate)
  }

  /// The file the history was read from, for messages.
  public let source: String
  /// Every step, in the order given.
  public let steps: [Step]
  /// The indexes of the steps that name each code (before or after), in date order.
  private let stepsByCode: [CommuneCode: [Int]]

  /// A history made of `steps`, in any order.
  public init(steps: [Step], source: String) {
    self.source = source
    self.steps = steps
    var byCode: [CommuneCode: [Int]] = [:]
    for (index, step) in steps.enumerated() {
      byCode[step.old, default: []].append(index)
      if step.new != step.old { byCode[step.new, default: []].append(index) }
    }
    stepsByCode = byCode.mapValues { indexes in indexes.sorted { steps[$0].date < steps[$1].date } }
  }

  /// The code that `code` has become by `date` (by default, after every known step).
  ///
  /// A code that still exists at `date` is ``Resolution/unchanged``, even if
  /// it was merged and later restored. Otherwise the step that ended it leads
  /// to the next code, whose own later steps are followed from that date on.
  public func resolve(_ code: CommuneCode, asOf date: HistoryDate? = nil) -> Resolution {
    var current = code
    var from: HistoryDate?
    var last: HistoryDate?
    var visited: Set<CommuneCode> = [code]
    while case let (stateDate, state)? = lastState(of: current, from: from, to: date) {
      guard case .ended(let successors) = state else { break }
      guard successors.count == 1, let next = successors.first else {
        return .divided(into: successors, on: stateDate)
      }
      // Dates never go backwards, so only same-day steps could cycle; none do in the INSEE table.
      guard visited.insert(next).inserted else { break }
      current = next
      from = stateDate
      last = stateDate
    }
    guard current != code, let last else { return .unchanged }
    return .replaced(by: current, on: last)
  }

  /// The name of `code` after its last step up to `date`, when the history mentions it.
  public func name(of code: CommuneCode, asOf date: HistoryDate? = nil) -> String? {
    let named = (stepsByCode[code] ?? []).map { steps[$0] }.filter { step in date.map { step.date <= $0 } ?? true }
    guard let step = named.last(where: { $0.new == code }) ?? named.last else { return nil }
    return step.new == code ? step.newName : step.oldName
  }

  /// Every name `code` had in the history, before or after a step.
  public func names(of code: CommuneCode) -> Set<String> {
    var names: Set<String> = []
    for index in stepsByCode[code] ?? [] {
      let step = steps[index]
      if step.old == code { names.insert(step.oldName) }
      if step.new == code { names.insert(step.newName) }
    }
    return names
  }

  private enum State {
    /// The commune exists after that date (renamed, absorbing others, created or restored).
    case exists
    /// The commune's territory went to these communes.
    case ended([CommuneCode])
  }

  /// The state of `code` after the last date in `from...to` on which a step names it.
  private func lastState(of code: CommuneCode, from: HistoryDate?, to: HistoryDate?) -> (HistoryDate, State)? {
    let indexes = stepsByCode[code] ?? []
    guard
      let last = indexes.last(where: { index in
        let date = steps[index].date
        return (from.map { date >= $0 } ?? true) && (to.map { date <= $0 } ?? true)
      })
    else { return nil }
    let date = steps[last].date
    let sameDay = indexes.map { steps[$0] }.filter { $0.date == date }
    // A step keeping the code (renaming, or the commune that absorbs others)
    // means it lives on; so does a code that only receives (a creation).
    let keeps = sameDay.contains { $0.old == code && $0.new == code }
    var successors: [CommuneCode] = []
    for step in sameDay where step.old == code && step.new != code && !successors.contains(step.new) {
      successors.append(step.new)
    }
    return (date, keeps || successors.isEmpty ? .exists : .ended(successors.sorted()))
  }
}
