import AudomapCore
import Foundation
import Testing

/// The hand-made files of `Fixtures/CSV`, one quirk each (see `Fixtures/README.md`).
@Suite struct CSVFixtureTests {
  static func fixture(_ name: String) throws -> String {
    let url = URL(fileURLWithPath: name)
    return try #require(
      Bundle.module.url(
        forResource: url.deletingPathExtension().lastPathComponent, withExtension: url.pathExtension,
        subdirectory: "Fixtures/CSV")
    ).path
  }

  @Test func windows1252WithDecimalCommasAndNoBreakSpaceThousands() throws {
    let table = try CSVReader.read(path: Self.fixture("windows-1252-decimal-comma.csv"))
    #expect(table.encoding == .windows1252)
    #expect(table.separator == UInt8(ascii: ";"))
    #expect(!table.hadByteOrderMark)
    #expect(
      table.columns == [
        "Code commune", "Libellé", "Population municipale", "Part des moins de 20 ans", "Dépense par habitant (€)",
      ])
    #expect(table.rows.map { $0[1] } == ["Aire-sur-la-Lys", "Arques", "Dennebrœucq", "Saint-Omer", "L’Abergement-Clémenciat"])
    #expect(table.lineNumbers == [2, 3, 4, 5, 6])
    // 0xA0 is the no-break space that groups thousands.
    #expect(table.rows[0][2] == "9\u{00A0}598")
    #expect(table.rows.map { NumberParser.parse($0[2]) } == [9598, 9431, 391, 14382, 860])
    #expect(table.rows.map { NumberParser.read($0[3]) } == [.percentage(23.4), .missing, .missing, .percentage(21.8), .missing])
    #expect(table.rows.map { NumberParser.read($0[4]) } == [.number(1204.5), .number(987.25), .missing, .number(1530.75), .missing])
  }

  @Test func utf8WithAByteOrderMark() throws {
    let table = try CSVReader.read(path: Self.fixture("utf8-bom.csv"))
    #expect(table.hadByteOrderMark)
    #expect(table.encoding == .utf8)
    #expect(table.separator == UInt8(ascii: ","))
    // The mark is not part of the first column's name.
    #expect(table.columns.first == "insee")
    #expect(try table.columnIndex("insee") == 0)
    #expect(table.rows.map { $0[0] } == ["62014", "62040", "62267", "2A004"])
    #expect(table.rows[2][1] == "Dennebrœucq")
  }

  @Test func tabSeparatedWithSpacedHeadersAndTrailingBlankLines() throws {
    let table = try CSVReader.read(path: Self.fixture("tab-separated.tsv"))
    #expect(table.separator == UInt8(ascii: "\t"))
    #expect(table.columns == ["COM", "Commune", "Population municipale", "Population totale"])
    #expect(table.rows.count == 3)
    #expect(table.rows.last == ["62765", "Saint-Omer", "14382", "14954"])
  }

  @Test func pipeSeparatedWithCommasInTheValues() throws {
    let table = try CSVReader.read(path: Self.fixture("pipe-separated.csv"))
    #expect(table.separator == UInt8(ascii: "|"))
    #expect(table.columns == ["code", "nom", "note", "part"])
    #expect(table.rows[0] == ["62765", "Saint-Omer, sous-préfecture", "ville, centre", "12,5"])
    // A quoted pipe stays in its field.
    #expect(table.rows[2][2] == "bailliage | beffroi")
    #expect(table.rows.map { NumberParser.read($0[3]) } == [.number(12.5), .number(8.25), .missing])
  }

  @Test func quotedFieldsWithALineBreakAndCRLF() throws {
    let table = try CSVReader.read(path: Self.fixture("quoted-multiline-crlf.csv"))
    #expect(table.separator == UInt8(ascii: ","))
    #expect(
      table.rows == [
        ["62765", "Saint-Omer", "Sous-préfecture,\r\nsiège de la CAPSO"],
        ["62040", "Arques", "La \"cité du cristal\""],
        ["62014", "Aire-sur-la-Lys", ""],
      ])
    // The quoted line break pushes Arques to line 4.
    #expect(table.lineNumbers == [2, 4, 5])
  }
}
