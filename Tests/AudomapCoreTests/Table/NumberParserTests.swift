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
  ])
  func parsesFrenchAndPlainNumbers(text: String, expected: Double) {
    #expect(NumberParser.parse(text) == expected)
  }

  @Test(arguments: [
    "", "   ", "abc", "12 ans", "n/a", "s", "-", "+",
    "1,234.5", "1.234,5", "1,2,3",  // two decimal marks
    "1 23", "12 3456", "1234 567", " 1 ,5",  // not groups of three
    "1.", ".5", ",5",  // a decimal mark needs digits on both sides
    "inf", "nan", "1e5", "0x10", "١٢",  // forms Double(_:) would take, or non-ASCII digits
  ])
  func rejectsEverythingElse(text: String) {
    #expect(NumberParser.parse(text) == nil)
  }
}
