import Foundation

/// The EPCIs (intercommunalités à fiscalité propre) and their member
/// communes, as in the DGCL list `epci-communes-2025.csv`: one row per member
/// with columns `insee`, `nom_commune`, `epci_siren` and `epci_nom`.
public struct EPCIDirectory: Sendable {
  /// One EPCI and its members, in file order.
  public struct EPCI: Hashable, Sendable {
    public let siren: String
    public let name: String
    public let members: [Member]
  }

  /// A member commune.
  public struct Member: Hashable, Sendable {
    public let code: CommuneCode
    public let name: String
  }

  /// The columns read.
  public static let columns = ["insee", "nom_commune", "epci_siren", "epci_nom"]

  /// The file it was read from, for messages.
  public let source: String
  /// Every EPCI, in the order of their first row.
  public let epcis: [EPCI]

  /// Reads the directory from a table with ``columns`` (others are ignored).
  /// - Throws: ``MembershipError/missingColumns(source:missing:available:)``, or
  ///   ``MembershipError/invalidCode(source:line:value:)`` for a member code that is not one.
  public init(table: Table) throws(MembershipError) {
    let indexes = Self.columns.map { table.columns.firstIndex(of: $0) }
    let missing = zip(Self.columns, indexes).filter { $0.1 == nil }.map(\.0)
    guard missing.isEmpty else { throw .missingColumns(source: table.source, missing: missing, available: table.columns) }
    let column = indexes.compactMap { $0 }
    var order: [String] = []
    var names: [String: String] = [:]
    var members: [String: [Member]] = [:]
    for (row, cells) in table.rows.enumerated() {
      guard let code = CommuneCode(repairing: cells[column[0]]) else {
        throw .invalidCode(source: table.source, line: table.lineNumbers[row], value: cells[column[0]])
      }
      let siren = cells[column[2]].trimmingCharacters(in: .whitespaces)
      if names[siren] == nil {
        order.append(siren)
        names[siren] = cells[column[3]]
      }
      members[siren, default: []].append(Member(code: code, name: cells[column[1]]))
    }
    source = table.source
    epcis = order.map { EPCI(siren: $0, name: names[$0] ?? "", members: members[$0] ?? []) }
  }

  /// The EPCI whose SIREN is `query`, or whose name is or contains `query`
  /// (case, accents, spaces and punctuation ignored: `pays de saint-omer`).
  /// - Throws: ``MembershipError/unknownEPCI(query:source:suggestion:)`` when none matches,
  ///   ``MembershipError/ambiguousEPCI(query:candidates:)`` when several names contain `query`.
  public func find(_ query: String) throws(MembershipError) -> EPCI {
    let trimmed = query.trimmingCharacters(in: .whitespaces)
    if let epci = epcis.first(where: { $0.siren == trimmed }) { return epci }
    let wanted = ClosestName.normalized(trimmed)
    if let epci = epcis.first(where: { ClosestName.normalized($0.name) == wanted }) { return epci }
    let containing = wanted.isEmpty ? [] : epcis.filter { ClosestName.normalized($0.name).contains(wanted) }
    if containing.count == 1 { return containing[0] }
    if containing.count > 1 {
      throw .ambiguousEPCI(query: query, candidates: containing.map { "\($0.name) (\($0.siren))" })
    }
    throw .unknownEPCI(query: query, source: source, suggestion: ClosestName.find(trimmed, among: epcis.map(\.name)))
  }
}
