/// A code replaced by another for the join: a former commune by its current
/// one, or an arrondissement by its city.
public struct CodeChange: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let from: CommuneCode
  public let to: CommuneCode

  public init(from: CommuneCode, to: CommuneCode) {
    self.from = from
    self.to = to
  }

  public static func < (lhs: CodeChange, rhs: CodeChange) -> Bool {
    (lhs.from, lhs.to) < (rhs.from, rhs.to)
  }

  /// `62461 → 62447`.
  public var description: String { "\(from) → \(to)" }
}
