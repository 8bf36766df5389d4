import AudomapCore
import Testing

@Suite struct ClassLabelsTests {
  private let nnbsp = "\u{202F}"

  @Test func threeClassesReadAsTheIssueAsks() {
    #expect(ClassLabels.french(bounds: [12, 500, 1_000, 25_000]) == [
      "moins de 500", "de 500 à moins de 1\(nnbsp)000", "1\(nnbsp)000 et plus",
    ])
  }

  @Test func aPercentFollowsEveryNumberAndAnotherUnitTheLastOne() {
    let labels = ClassLabels.french(bounds: [-3.5, 0, 2.25], unit: "%")
    #expect(labels == ["moins de 0\(nnbsp)%", "0\(nnbsp)% et plus"])
    #expect(ClassLabels.french(bounds: [0, 10, 20], unit: "hab.") == ["moins de 10\u{00A0}hab.", "10\u{00A0}hab. et plus"])
    #expect(ClassLabels.french(bounds: [0, 45, 107, 300], unit: "hab./km²")[1] == "de 45 à moins de 107\u{00A0}hab./km²")
    #expect(ClassLabels.french(bounds: [-3, 1, 4, 9], unit: "%")[1] == "de 1\u{202F}% à moins de 4\u{202F}%")
  }

  /// A class of one value (the maximum alone, or ties) is that value, not a range.
  @Test func aSingleValueClassIsThatValue() {
    #expect(ClassLabels.french(bounds: [1, 5, 9, 9]) == ["moins de 5", "de 5 à moins de 9", "9"])
    #expect(ClassLabels.french(bounds: [4, 4]) == ["4"])
    #expect(ClassLabels.french(bounds: [1, 4]) == ["de 1 à 4"])
  }

  @Test func longBoundsAreRoundedToTheFewestDecimalsThatKeepThemApart() {
    #expect(ClassLabels.french(bounds: [1_166.4567, 1_985.7513, 3_000.01]) == ["moins de 1\u{202F}986", "1\u{202F}986 et plus"])
  }

  @Test func shortBoundsAreWrittenAsTheyAre() {
    #expect(ClassLabels.french(bounds: [0, 0.25, 0.5, 1]) == ["moins de 0,25", "de 0,25 à moins de 0,5", "0,5 et plus"])
  }
}
