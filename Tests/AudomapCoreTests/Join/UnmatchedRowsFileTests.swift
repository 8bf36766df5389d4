import AudomapCore
import Testing

@Suite struct UnmatchedRowsFileTests {
  @Test func theUnusedRowsReadBackAsTheyWereWithTheirReason() throws {
    let table = Table(
      source: "data.csv", columns: ["insee", "nom", "valeur"],
      rows: [
        ["62040", "Arques", "9 852"],
        ["75056", "Paris; la capitale", "2 165 423"],  // holds the separator
        ["Total", "Somme \"générale\"", "12"],  // quotes, and an invalid code
        ["62765", " Saint-Omer\nville", "14 358"],  // a line break, a leading space
      ],
      separator: UInt8(ascii: ";"))
    let features = [Feature(geometry: nil, properties: JSONObject([("code", .string("62040"))]))]
    let result = try Join.join(
      features: features, codeField: "code", table: table, keyColumn: "insee", keyWasDetected: false,
      valueColumn: "valeur")
    let bytes = UnmatchedRowsFile.csv(result.unmatchedRows, of: table)
    #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))

    let written = try CSVReader.parse(bytes, source: "unmatched.csv")
    #expect(written.separator == UInt8(ascii: ";"))
    #expect(written.columns == ["insee", "nom", "valeur", "unmatched_reason"])
    #expect(written.rows.map { Array($0.prefix(3)) } == Array(table.rows[1...]))
    #expect(
      written.rows.map(\.last) == [
        "no commune 75056 in the basemap", "not a commune code", "no commune 62765 in the basemap",
      ])
  }

  @Test func noUnusedRowMakesAHeaderOnly() {
    let table = Table(source: "t.csv", columns: ["a", "b"], rows: [])
    #expect(String(decoding: UnmatchedRowsFile.csv([], of: table), as: UTF8.self) == "\u{FEFF}a,b,unmatched_reason\r\n")
  }
}
