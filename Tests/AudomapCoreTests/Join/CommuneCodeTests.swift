import AudomapCore
import Testing

@Suite struct CommuneCodeTests {
  @Test(arguments: [
    ("01001", "01001"),  // leading zero kept
    ("62040", "62040"),
    ("2A004", "2A004"),
    ("2b033", "2B033"),  // Corsica, stored upper case
    ("97411", "97411"),  // overseas
    ("97608", "97608"),
    (" 62040 ", "62040"),  // surrounding spaces
    ("\t75056\u{00A0}", "75056"),
  ])
  func acceptsInseeCodes(text: String, rawValue: String) {
    #expect(CommuneCode(text)?.rawValue == rawValue)
    #expect(CommuneCode(text)?.description == rawValue)
  }

  @Test(arguments: [
    "1001",  // a spreadsheet dropped the zero: not repaired here
    "123456", "ABCDE", "62-01", "", "   ", "2C004", "3A004", "2AB04", "62O40", "6204 0", "216200402",
  ])
  func rejectsAnythingElse(text: String) {
    #expect(CommuneCode(text) == nil)
  }

  @Test func equalityIgnoresCaseAndSpacesOfTheInput() {
    #expect(CommuneCode("2a004") == CommuneCode(" 2A004"))
  }

  @Test func sortsAsText() throws {
    let codes = try ["97411", "62040", "2A004", "01001", "2B033"].map { try #require(CommuneCode($0)) }
    #expect(codes.sorted().map(\.rawValue) == ["01001", "2A004", "2B033", "62040", "97411"])
  }

  @Test(arguments: [
    ("1001", "01001"),  // a spreadsheet dropped the zero
    ("9999", "09999"),
    (" 1001 ", "01001"),
    ("1001.0", "01001"),  // and wrote it as a decimal
    ("1001,00", "01001"),
    ("62040.0", "62040"),
    ("01001", "01001"),  // valid codes pass unchanged
    ("2a004", "2A004"),
  ])
  func repairsCodesWrittenAsNumbers(text: String, rawValue: String) {
    #expect(CommuneCode(repairing: text)?.rawValue == rawValue)
  }

  @Test(arguments: ["0100", "100", "123456", "1001.5", "1001.", "62040,01", "-1001", "2A04", "", "annee"])
  func repairsNothingElse(text: String) {
    #expect(CommuneCode(repairing: text) == nil)
  }

  @Test(arguments: [
    ("75101", "75056"), ("75120", "75056"), ("69381", "69123"), ("69389", "69123"), ("13201", "13055"),
    ("13216", "13055"),
  ])
  func arrondissementsBelongToTheirCity(arrondissement: String, city: String) throws {
    #expect(try #require(CommuneCode(arrondissement)).cityOfArrondissement?.rawValue == city)
  }

  @Test(arguments: ["75100", "75121", "75056", "69380", "69390", "69123", "13200", "13217", "13055", "62040", "2A004"])
  func otherCodesHaveNoCity(text: String) throws {
    #expect(try #require(CommuneCode(text)).cityOfArrondissement == nil)
  }
}
