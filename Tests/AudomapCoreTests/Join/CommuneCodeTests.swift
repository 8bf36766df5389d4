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
}
