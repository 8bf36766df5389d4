import AudomapCore
import Testing

@Suite struct NumberParserTests {
  @Test(arguments: [
    ("1234", 1234.0),
    ("-12.5", -12.5),
    ("+3", 3),
    ("1234,5", 1234.5),
    ("1 234,5", 1234.5),
    ("1\u{00A0}234,5", 1234.5),  // no-break space, as LibreOffice exports
    ("1\u{202F}234\u{202F}567,25", 1_234_567.25),  // narrow no-break space, as Excel (fr) exports
    ("1 234.5", 1234.5),
    ("  42 ", 42),
    ("0.0", 0),
    ("428.551855566173", 428.551855566173),
    ("-1 000", -1000),
    ("\u{2212}1\u{202F}234,5", -1234.5),  // as FrenchNumberFormat writes it
    // A dot or comma groups thousands when the other one is the decimal mark, or when it occurs twice.
    ("1,234,567", 1_234_567),
    ("1.234.567", 1_234_567),
    ("1,234.5", 1234.5),
    ("1.234,5", 1234.5),
    ("12,345,678.90", 12_345_678.9),
    // A lone mark is the decimal mark: French "1,234" is 1.234.
    ("1,234", 1.234),
    ("1.234", 1.234),
  ])
  func parsesFrenchAndEnglishNumbers(text: String, expected: Double) {
    #expect(NumberParser.parse(text) == expected)
    #expect(NumberParser.read(text) == .number(expected))
  }

  @Test(arguments: [
    ("12,5 %", 12.5),
    ("12.5%", 12.5),
    ("-3,2\u{202F}%", -3.2),
    ("1 234,5\u{00A0}%", 1234.5),
    (" 100 % ", 100),
  ])
  func readsPercentagesAsTheirNumber(text: String, expected: Double) {
    #expect(NumberParser.read(text) == .percentage(expected))
    #expect(NumberParser.parse(text) == expected)
  }

  @Test(arguments: ["", "   ", "NA", "na", "N/A", "n/a", "-", "–", "—", "s", "S", " s ", "nd", "ND", "NC", "nc", "…", "..."])
  func missingTokensAreMissing(text: String) {
    #expect(NumberParser.read(text) == .missing)
    #expect(NumberParser.isMissing(text))
    #expect(NumberParser.parse(text) == nil)
  }

  @Test(arguments: [
    "abc", "12 ans", "+", "%", "sans objet",
    "1,234.5,6", "1.234,5.6", "1,2,3", "1.2.3",  // marks that cannot be read one way
    "1 234.567,5",  // two kinds of thousands separator
    "1 23", "12 3456", "1234 567", " 1 ,5", "1234,567,890",  // not groups of three
    "1.", ".5", ",5",  // a decimal mark needs digits on both sides
    "inf", "nan", "1e5", "0x10", "١٢",  // forms Double(_:) would take, or non-ASCII digits
  ])
  func rejectsEverythingElse(text: String) {
    #expect(NumberParser.parse(text) == nil)
    #expect(NumberParser.read(text) == .notANumber)
    #expect(!NumberParser.isMissing(text))
  }
}
