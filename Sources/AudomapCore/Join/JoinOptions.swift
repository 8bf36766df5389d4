/// How ``Join`` reads codes, combines rows and derives the mapped value.
public struct JoinOptions: Sendable {
  /// How rows falling on one commune are combined; nil refuses such rows
  /// (``JoinError/severalRowsPerCommune(source:communes:sample:hint:)``) rather than guess.
  public var aggregation: Aggregation?
  /// Whether the arrondissements of Paris, Lyon and Marseille count as their city (75056, 69123, 13055).
  public var foldArrondissements: Bool
  /// Brings codes that match nothing to their current commune; nil leaves them unmatched.
  public var history: CommuneHistory?
  /// The last date of the history that applies (the table's geography); nil for every known step.
  public var codesAsOf: HistoryDate?
  /// A value computed from the rows instead of the value itself.
  public var derivation: Derivation?

  public init(
    aggregation: Aggregation? = nil, foldArrondissements: Bool = false, history: CommuneHistory? = nil,
    codesAsOf: HistoryDate? = nil, derivation: Derivation? = nil
  ) {
    self.aggregation = aggregation
    self.foldArrondissements = foldArrondissements
    self.history = history
    self.codesAsOf = codesAsOf
    self.derivation = derivation
  }
}

/// A value derived from the table rather than read from it.
public enum Derivation: Sendable {
  /// The value per `per` inhabitants, the inhabitants read from a second table.
  case rate(Rate)
  /// The change of the value between two periods of the same table.
  case change(Change)

  /// A rate per `per` inhabitants (per 1,000, per 100, or 1 for per inhabitant).
  public struct Rate: Sendable {
    public var per: Double
    /// The table of inhabitants (e.g. `population-communes-france.csv`).
    public var population: Table
    /// Its column of commune codes.
    public var populationKey: String
    /// Its column of inhabitants.
    public var populationColumn: String

    public init(per: Double, population: Table, populationKey: String, populationColumn: String) {
      precondition(per > 0, "a rate is per a positive number of inhabitants")
      self.per = per
      self.population = population
      self.populationKey = populationKey
      self.populationColumn = populationColumn
    }
  }

  /// The change between the rows whose `column` is `from` and those whose it is `to`.
  public struct Change: Hashable, Sendable {
    /// The column of years or periods, e.g. `annee`.
    public var column: String
    public var from: String
    public var to: String
    public var kind: ChangeKind

    public init(column: String, from: String, to: String, kind: ChangeKind) {
      self.column = column
      self.from = from
      self.to = to
      self.kind = kind
    }
  }
}

/// How a change between two periods is expressed.
public enum ChangeKind: String, CaseIterable, Hashable, Sendable {
  /// `to − from`, in the unit of the value.
  case difference
  /// `(to − from) / from × 100`; undefined when `from` is 0.
  case percent

  /// The change from `old` to `new`; nil when either is missing, or for a percentage of 0.
  public func change(from old: Double?, to new: Double?) -> Double? {
    guard let old, let new else { return nil }
    switch self {
    case .difference: return new - old
    case .percent: return old == 0 ? nil : (new - old) / old * 100
    }
  }
}
