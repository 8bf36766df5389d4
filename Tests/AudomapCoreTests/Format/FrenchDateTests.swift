import AudomapCore
import Foundation
import Testing

@Suite struct FrenchDateTests {
  @Test func theMonthIsWrittenInFrenchWithTheYear() {
    // 2026-11-29T12:00:00Z and 2025-02-01T00:00:00Z.
    #expect(FrenchDate.monthAndYear(Date(timeIntervalSince1970: 1_795_953_600)) == "novembre 2026")
    #expect(FrenchDate.monthAndYear(Date(timeIntervalSince1970: 1_738_368_000)) == "février 2025")
  }

  @Test func everyDatePlaceholderIsFilled() {
    let date = Date(timeIntervalSince1970: 1_738_368_000)
    #expect(FrenchDate.filling("Réalisation : CAPSO, {date}", on: date) == "Réalisation : CAPSO, février 2025")
    #expect(FrenchDate.filling("Sans date", on: date) == "Sans date")
  }
}
