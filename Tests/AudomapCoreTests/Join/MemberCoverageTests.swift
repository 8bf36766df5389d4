import AudomapCore
import AudomapTestSupport
import Foundation
import Testing

/// `--expect-members` on the EPCI list shipped in `Datasets/reference/`.
@Suite struct MemberCoverageTests {
  static let directory = Result {
    try EPCIDirectory(
      table: CSVReader.read(path: packageRoot.appendingPathComponent("Datasets/reference/epci-communes-2025.csv").path))
  }

  @Test func theShippedListIsTheSharedOneAndHoldsEveryEPCI() throws {
    let shipped = packageRoot.appendingPathComponent("Datasets/reference/epci-communes-2025.csv")
    #expect(
      try Data(contentsOf: shipped)
        == Data(contentsOf: URL(fileURLWithPath: SharedDataFiles.dataset("epci-communes-2025.csv"))))
    let raw = try RawCSV(path: shipped.path, separator: ",")
    let directory = try Self.directory.get()
    // SIRENs are the third field on every row (names with commas are quoted later in the line).
    #expect(directory.epcis.count == Set(raw.rows.map { $0[2] }).count)
    #expect(directory.epcis.reduce(0) { $0 + $1.members.count } == raw.rows.count)
  }

  @Test(arguments: ["200069037", "CA du Pays de Saint-Omer", "pays de saint-omer", " Pays de Saint Omer "])
  func findsCapsoBySirenOrName(query: String) throws {
    let capso = try Self.directory.get().find(query)
    #expect(capso.siren == "200069037")
    #expect(capso.members.count == 53)
  }

  @Test func unknownAndAmbiguousNamesAreErrors() throws {
    let directory = try Self.directory.get()
    let unknown = #expect(throws: MembershipError.self) { try directory.find("200069052x") }
    #expect(unknown?.exitStatus == .usage)
    #expect(unknown?.description.contains("no EPCI has this SIREN or name") == true)
    let ambiguous = #expect(throws: MembershipError.self) { try directory.find("Saint") }
    #expect(ambiguous?.description.hasPrefix("--expect-members \"Saint\": ") == true)
  }

  @Test func capsoPopulationCoversAll53Members() throws {
    let features = try BasemapFeatures.load(SharedDataFiles.basemap("communes-62-pas-de-calais.geojson"))
    let table = try CSVReader.read(
      path: packageRoot.appendingPathComponent("Datasets/capso-population-dgcl-2019-2025.csv").path
    ).filtered(by: [RowFilter(parsing: "annee=2025")])
    let result = try Join.join(
      features: features, codeField: "code", table: table, keyColumn: "insee", keyWasDetected: false,
      valueColumn: "population_municipale")
    let codes = features.map { $0.properties["code"]?.text.flatMap(CommuneCode.init(_:)) }
    let capso = try Self.directory.get().find("200069037")
    let coverage = MemberCoverage.check(capso, codes: codes, values: result.values, history: nil)
    #expect(coverage.isComplete)
    #expect(coverage.memberCount == 53)
    #expect(coverage.summary == "Members of CA du Pays de Saint-Omer (200069037): 53/53 communes have data.")

    // Without the rows of Aire-sur-la-Lys and Arques, two members lack data.
    let partial = result.values.enumerated().map { index, value in
      ["62014", "62040"].contains(codes[index]?.rawValue ?? "") ? nil : value
    }
    let gaps = MemberCoverage.check(capso, codes: codes, values: partial, history: nil)
    #expect(gaps.missing.map(\.code.rawValue) == ["62014", "62040"])
    #expect(
      MembershipError.membersWithoutData(gaps).description
        == "--expect-members: Members of CA du Pays de Saint-Omer (200069037): 51/53 communes have data; "
        + "missing: 62014 Aire-sur-la-Lys, 62040 Arques. Check the table covers every member (see --join-details).")
  }

  @Test func aMemberIsCoveredByItsFormerCommunesOnAnOlderBasemap() throws {
    // Hesdin-la-Forêt (62447, 2025) on a 2018 basemap with only its three former communes having values.
    let epci = try #require(try Self.directory.get().epcis.first { $0.members.contains { $0.code.rawValue == "62447" } })
    let codes = ["62461", "62549"].map(CommuneCode.init(_:))
    let coverage = MemberCoverage.check(epci, codes: codes, values: [1, 2], history: try CommuneHistory.bundled())
    #expect(!coverage.missing.contains { $0.code.rawValue == "62447" })
    let without = MemberCoverage.check(epci, codes: codes, values: [1, 2], history: nil)
    #expect(without.missing.contains { $0.code.rawValue == "62447" })
  }
}
