import Testing

@testable import AudomapCore

@Suite struct JoinReportTests {
  private func codes(_ texts: [String]) -> [CommuneCode] {
    texts.compactMap(CommuneCode.init(_:))
  }

  private func report(
    features: Int, matched: Int, withoutData: JoinReport.Tally<CommuneCode>, rows: Int,
    unused: JoinReport.Tally<CommuneCode>, detected: Bool = false
  ) -> JoinReport {
    JoinReport(
      keyColumn: "COM", keyWasDetected: detected, valueColumn: "PMUN", featureCount: features,
      matchedFeatures: matched, featuresWithoutData: withoutData,
      featuresWithoutCode: .init(count: 0, sample: []), rowCount: rows, rowsUsed: rows - unused.count,
      unusedRows: unused, rowsWithInvalidCode: .init(count: 0, sample: []),
      duplicateKeys: .init(count: 0, sample: []), nonNumericValues: .init(count: 0, sample: []), missingValues: 0)
  }

  @Test func gapsOnBothSidesShowSampleCodes() {
    // The national population table on a COG 2018 basemap.
    let summary = report(
      features: 35_357, matched: 34_812,
      withoutData: .init(count: 545, sample: codes(["01015", "01080", "01095", "01098", "01138"])),
      rows: 34_900, unused: .init(count: 88, sample: codes(["13201", "13202", "13203", "13204", "13205"]))
    ).summary
    #expect(
      summary
        == "Join on COM: 34,812/35,357 communes matched (98.5%), 34,812/34,900 rows used; "
        + "545 without data (e.g. 01015, 01080, 01095, 01098, 01138, …); "
        + "88 rows unused (e.g. 13201, 13202, 13203, 13204, 13205, …).")
  }

  @Test func aOneSidedGapHasNoSample() {
    // A CAPSO table on the Pas-de-Calais basemap: the expected shape of a subset join.
    let summary = report(
      features: 891, matched: 53, withoutData: .init(count: 838, sample: codes(["62001", "62002"])), rows: 53,
      unused: .init(count: 0, sample: []), detected: true
    ).summary
    #expect(summary == "Join on COM (detected): 53/891 communes matched (5.9%), 53/53 rows used; 838 without data.")
  }

  @Test func aSampleThatIsEverythingHasNoEllipsis() {
    let summary = report(
      features: 2, matched: 1, withoutData: .init(count: 1, sample: codes(["62210"])), rows: 2,
      unused: .init(count: 1, sample: codes(["62447"]))
    ).summary
    #expect(
      summary
        == "Join on COM: 1/2 communes matched (50.0%), 1/2 rows used; 1 without data (e.g. 62210); "
        + "1 row unused (e.g. 62447).")
  }

  @Test func thePercentageNeverRoundsToAllOrNothing() {
    let nearlyAll = report(
      features: 10_000, matched: 9_999, withoutData: .init(count: 1, sample: []), rows: 9_999,
      unused: .init(count: 0, sample: [])
    ).summary
    #expect(nearlyAll.contains("9,999/10,000 communes matched (99.9%)"))
    let nearlyNone = report(
      features: 10_000, matched: 1, withoutData: .init(count: 9_999, sample: []), rows: 1,
      unused: .init(count: 0, sample: [])
    ).summary
    #expect(nearlyNone.contains("1/10,000 communes matched (0.1%)"))
  }

  @Test(arguments: [
    (0, "0"), (999, "999"), (1_000, "1,000"), (34_812, "34,812"), (1_234_567, "1,234,567"), (-4_200, "-4,200"),
  ])
  func groupsThousandsWithCommas(number: Int, text: String) {
    #expect(ReportNumberFormat.grouped(number) == text)
  }
}
