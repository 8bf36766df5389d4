import Testing

@testable import AudomapCore

@Suite struct FrenchNumberFormatTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let value: Double
    let decimals: Int
    let expected: String
    var testDescription: String { "\(value) with \(decimals) decimals" }
  }

  // "\u{202F}" is the thousands separator, "\u{2212}" the minus sign.
  static let cases: [Case] = [
    Case(value: 0, decimals: 0, expected: "0"),
    Case(value: 5, decimals: 0, expected: "5"),
    Case(value: 999, decimals: 0, expected: "999"),
    Case(value: 1000, decimals: 0, expected: "1\u{202F}000"),
    Case(value: 1234.5, decimals: 1, expected: "1\u{202F}234,5"),
    Case(value: 1_234_567.891, decimals: 2, expected: "1\u{202F}234\u{202F}567,89"),
    Case(value: 123_456, decimals: 0, expected: "123\u{202F}456"),
    Case(value: 12, decimals: 2, expected: "12,00"),
    Case(value: 0, decimals: 2, expected: "0,00"),
    Case(value: -1234.5, decimals: 1, expected: "\u{2212}1\u{202F}234,5"),
    Case(value: -7, decimals: 0, expected: "\u{2212}7"),
    Case(value: -0.5, decimals: 2, expected: "\u{2212}0,50"),
    // Halves round away from zero, on the decimal the data was written with.
    Case(value: 0.5, decimals: 0, expected: "1"),
    Case(value: 1.5, decimals: 0, expected: "2"),
    Case(value: 2.5, decimals: 0, expected: "3"),
    Case(value: -2.5, decimals: 0, expected: "\u{2212}3"),
    Case(value: 0.125, decimals: 2, expected: "0,13"),
    Case(value: 2.675, decimals: 2, expected: "2,68"),
    Case(value: 1.005, decimals: 2, expected: "1,01"),
    Case(value: 0.0005, decimals: 3, expected: "0,001"),
    Case(value: 0.0004, decimals: 3, expected: "0,000"),
    Case(value: 2.4999, decimals: 0, expected: "2"),
    // Carries ripple into a new digit and a new group.
    Case(value: 999.96, decimals: 1, expected: "1\u{202F}000,0"),
    Case(value: 9.999, decimals: 2, expected: "10,00"),
    Case(value: 999_999.5, decimals: 0, expected: "1\u{202F}000\u{202F}000"),
    // No "−0".
    Case(value: -0.0001, decimals: 0, expected: "0"),
    Case(value: -0.04, decimals: 1, expected: "0,0"),
    Case(value: -0.0, decimals: 1, expected: "0,0"),
    // Exponent notation in Swift's printing of tiny and huge values.
    Case(value: 0.00001, decimals: 5, expected: "0,00001"),
    Case(value: 1.5e-7, decimals: 3, expected: "0,000"),
    Case(value: 1e16, decimals: 0, expected: "10\u{202F}000\u{202F}000\u{202F}000\u{202F}000\u{202F}000"),
    Case(
      value: 1.25e20, decimals: 1,
      expected: "125\u{202F}000\u{202F}000\u{202F}000\u{202F}000\u{202F}000\u{202F}000,0"),
  ]

  @Test(arguments: cases)
  func format(_ c: Case) {
    #expect(FrenchNumberFormat.format(c.value, decimals: c.decimals) == c.expected)
  }

  @Test func nonFiniteValues() {
    #expect(FrenchNumberFormat.format(.nan, decimals: 1) == "NaN")
    #expect(FrenchNumberFormat.format(.infinity, decimals: 0) == "∞")
    #expect(FrenchNumberFormat.format(-.infinity, decimals: 0) == "\u{2212}∞")
  }

  @Test(arguments: [
    ([0, 10, 20], 0), ([0, 0.5, 1], 1), ([0.25, 0.35], 1), ([1.12, 1.13], 2),
    ([1.0001, 1.0002], 3), ([5, 5], 0), ([1_000, 2_000, 2_000, 3_000], 0),
  ] as [([Double], Int)])
  func legendDecimals(_ breaks: [Double], _ expected: Int) {
    #expect(FrenchNumberFormat.legendDecimals(for: breaks) == expected)
  }

  @Test func range() {
    #expect(FrenchNumberFormat.range(1234, 5678, decimals: 0) == "1\u{202F}234 \u{2013} 5\u{202F}678")
    #expect(FrenchNumberFormat.range(-1.5, 2, decimals: 1) == "\u{2212}1,5 \u{2013} 2,0")
    #expect(FrenchNumberFormat.range(3, 3, decimals: 0) == "3")
  }
}
