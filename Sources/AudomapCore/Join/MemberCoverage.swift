/// How many member communes of an EPCI have a value on the map (`--expect-members`).
public struct MemberCoverage: Hashable, Sendable {
  public let siren: String
  public let name: String
  /// The number of member communes.
  public let memberCount: Int
  /// Members without a value: no feature, no row, or a missing value.
  public let missing: [EPCIDirectory.Member]

  /// Whether every member has a value.
  public var isComplete: Bool { missing.isEmpty }

  /// `Members of CA du Pays de Saint-Omer (200069037): 53/53 communes have data.`
  public var summary: String {
    let covered = memberCount - missing.count
    var text = "Members of \(name) (\(siren)): \(covered)/\(memberCount) communes have data"
    if !missing.isEmpty {
      let shown = missing.prefix(JoinReport.detailLimit).map { "\($0.code) \($0.name)" }
      text += "; missing: " + shown.joined(separator: ", ") + (missing.count > shown.count ? ", …" : "")
    }
    return text + "."
  }

  /// Checks which members of `epci` have a value.
  ///
  /// A member counts when a feature with its code has a value, or a feature of
  /// a former commune now part of it, or one of its arrondissements (the
  /// directory lists current communes; a basemap may be older).
  /// - Parameters:
  ///   - codes: the commune code of each feature, nil when it has none.
  ///   - values: the joined value of each feature.
  public static func check(
    _ epci: EPCIDirectory.EPCI, codes: [CommuneCode?], values: [Double?], history: CommuneHistory?,
    asOf date: HistoryDate? = nil
  ) -> MemberCoverage {
    precondition(codes.count == values.count, "one value per feature")
    var withData: Set<CommuneCode> = []
    for (code, value) in zip(codes, values) {
      guard let code, value != nil else { continue }
      withData.insert(code)
      if let city = code.cityOfArrondissement { withData.insert(city) }
      if case .replaced(let current, _)? = history?.resolve(code, asOf: date) { withData.insert(current) }
    }
    return MemberCoverage(
      siren: epci.siren, name: epci.name, memberCount: epci.members.count,
      missing: epci.members.filter { !withData.contains($0.code) })
  }
}

/// Errors reading the EPCI directory or checking the members of an EPCI.
public enum MembershipError: AudomapError, Hashable {
  case missingColumns(source: String, missing: [String], available: [String])
  case invalidCode(source: String, line: Int, value: String)
  /// No EPCI has this SIREN or name; `suggestion` is the closest name.
  case unknownEPCI(query: String, source: String, suggestion: String?)
  /// Several EPCI names contain the query.
  case ambiguousEPCI(query: String, candidates: [String])
  /// `--expect-members`: some members have no value.
  case membersWithoutData(MemberCoverage)

  public var exitStatus: ExitStatus {
    switch self {
    case .unknownEPCI, .ambiguousEPCI: return .usage
    case .missingColumns, .invalidCode, .membersWithoutData: return .dataError
    }
  }

  public var description: String {
    switch self {
    case .missingColumns(let source, let missing, let available):
      return "\(source): not a list of EPCI members: no column \(missing.map { "\"\($0)\"" }.joined(separator: ", ")) "
        + "(columns: \(available.joined(separator: ", "))). Expected one row per member commune with "
        + EPCIDirectory.columns.joined(separator: ", ") + "."
    case .invalidCode(let source, let line, let value):
      return "\(source):\(line): \"\(value)\" is not a commune code. Fix that row of the EPCI list."
    case .unknownEPCI(let query, let source, let suggestion):
      let hint = suggestion.map { " Did you mean \"\($0)\"?" } ?? ""
      return "--expect-members \"\(query)\": no EPCI has this SIREN or name in \(source).\(hint) "
        + "Give the 9-digit SIREN (e.g. 200069037) or the name of the EPCI."
    case .ambiguousEPCI(let query, let candidates):
      let shown = candidates.prefix(5).joined(separator: "; ") + (candidates.count > 5 ? "; …" : "")
      return "--expect-members \"\(query)\": \(candidates.count) EPCIs match (\(shown)). Give the SIREN or the full name."
    case .membersWithoutData(let coverage):
      return "--expect-members: \(coverage.summary) Check the table covers every member (see --join-details)."
    }
  }
}
