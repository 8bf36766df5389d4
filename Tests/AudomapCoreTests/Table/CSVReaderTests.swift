import AudomapCore
import Testing

@Suite struct CSVReaderTests {
  private func parse(_ text: String, source: String = "t.csv") throws -> Table {
    try CSVReader.parse(Array(text.utf8), source: source)
  }

  @Test func readsCommaSeparatedRowsWithTheirLines() throws {
    let table = try parse("insee,pop\n62040,9852\n01001,860\n")
    #expect(table.columns == ["insee", "pop"])
    #expect(table.rows == [["62040", "9852"], ["01001", "860"]])
    #expect(table.lineNumbers == [2, 3])
    #expect(table.separator == UInt8(ascii: ","))
    #expect(!table.hadByteOrderMark)
    #expect(table.source == "t.csv")
  }

  @Test func detectsSemicolonAndTab() throws {
    let semicolon = try parse("COM;Commune;PMUN\n62001;Ablain-Saint-Nazaire;1994\n")
    #expect(semicolon.separator == UInt8(ascii: ";"))
    #expect(semicolon.rows == [["62001", "Ablain-Saint-Nazaire", "1994"]])
    let tab = try parse("COM\tPMUN\n62001\t1 994,5\n")
    #expect(tab.separator == UInt8(ascii: "\t"))
    #expect(tab.rows == [["62001", "1 994,5"]])
  }

  @Test func ignoresSeparatorsInsideQuotedHeaderNames() throws {
    // Two quoted semicolons, one comma outside quotes: the separator is the comma.
    let table = try parse("\"a;b;c\",d\n1,2\n")
    #expect(table.separator == UInt8(ascii: ","))
    #expect(table.columns == ["a;b;c", "d"])
  }

  @Test func singleColumnDefaultsToComma() throws {
    let table = try parse("insee\n62040\n")
    #expect(table.separator == UInt8(ascii: ","))
    #expect(table.rows == [["62040"]])
  }

  @Test func stripsAndNotesTheByteOrderMark() throws {
    let table = try CSVReader.parse([0xEF, 0xBB, 0xBF] + Array("insee;pop\r\n62040;9852\r\n".utf8), source: "t.csv")
    #expect(table.hadByteOrderMark)
    #expect(table.columns == ["insee", "pop"])
    #expect(try table.columnIndex("insee") == 0)
    #expect(table.lineNumbers == [2])
  }

  @Test func handlesCRLFAndMissingFinalNewline() throws {
    let table = try parse("a;b\r\n1;2\r\n3;4")
    #expect(table.rows == [["1", "2"], ["3", "4"]])
    #expect(table.lineNumbers == [2, 3])
  }

  @Test func unquotesFieldsWithSeparatorsNewlinesAndDoubledQuotes() throws {
    let table = try parse(
      "insee,nom,note\n"
        + "62040,\"Arques, ville\",\"dit \"\"la verrerie\"\"\"\n"
        + "62765,\"Saint-Omer\r\n(sous-préfecture)\",\"\"\n"
        + "62014,Aire,fin\n")
    #expect(
      table.rows == [
        ["62040", "Arques, ville", "dit \"la verrerie\""],
        ["62765", "Saint-Omer\r\n(sous-préfecture)", ""],
        ["62014", "Aire", "fin"],
      ])
    // The quoted line break pushes the third row to line 5.
    #expect(table.lineNumbers == [2, 3, 5])
  }

  @Test func keepsEmptyFieldsIncludingATrailingOne() throws {
    let table = try parse("a,b,c\n1,,\n,,3")
    #expect(table.rows == [["1", "", ""], ["", "", "3"]])
  }

  @Test func keepsTextAfterAClosingQuote() throws {
    let table = try parse("a,b\n\"ab\"c,d\n")
    #expect(table.rows == [["abc", "d"]])
  }

  @Test(arguments: ["a,b\n1,2\n\n\n", "a,b\r\n1,2\r\n\r\n", "a,b\n1,2\n\r\n\n"])
  func ignoresTrailingEmptyLines(text: String) throws {
    let table = try parse(text)
    #expect(table.rows == [["1", "2"]])
  }

  @Test func aBlankLineInsideAMultiColumnTableIsAWrongFieldCount() {
    #expect(
      throws: TableError.wrongFieldCount(source: "t.csv", line: 3, expected: 2, found: 1, separator: UInt8(ascii: ","))
    ) {
      try parse("a,b\n1,2\n\n3,4\n")
    }
  }

  @Test func aBlankLineInsideASingleColumnTableIsAnEmptyValue() throws {
    let table = try parse("insee\n62040\n\n62765\n\n")
    #expect(table.rows == [["62040"], [""], ["62765"]])
    #expect(table.lineNumbers == [2, 3, 4])
  }

  @Test func trimsHeaderNamesButNotValues() throws {
    let table = try parse(" insee ;\tPMUN  \n 62040 ;9852\n")
    #expect(table.columns == ["insee", "PMUN"])
    #expect(table.rows == [[" 62040 ", "9852"]])
  }

  @Test func wrongFieldCountNamesTheFileLineAndCounts() {
    let error = #expect(throws: TableError.self) {
      try parse("COM;Commune;PMUN\r\n62001;Ablain;1994\r\n62002;Ablain;ze;velle;208\r\n", source: "pop.csv")
    }
    #expect(error == .wrongFieldCount(source: "pop.csv", line: 3, expected: 3, found: 5, separator: UInt8(ascii: ";")))
    #expect(
      error?.description
        == "pop.csv:3: 5 fields where the header has 3 (separator \";\"). "
        + "Fix that row, or quote fields that contain the separator.")
    #expect(error?.exitStatus == .dataError)
  }

  @Test func tooFewFieldsIsAnErrorToo() {
    #expect(
      throws: TableError.wrongFieldCount(source: "t.csv", line: 4, expected: 3, found: 2, separator: UInt8(ascii: "\t"))
    ) {
      try parse("a\tb\tc\n1\t2\t3\n4\t5\t6\n7\t8\n")
    }
  }

  @Test func anUnclosedQuoteNamesTheLineWhereItOpens() {
    let error = #expect(throws: TableError.self) { try parse("a,b\n1,2\n3,\"oops\n4,5\n") }
    #expect(error == .unterminatedQuote(source: "t.csv", line: 3))
    #expect(error?.description.hasPrefix("t.csv:3: a quoted field starts here and is never closed.") == true)
  }

  @Test func anEmptyFileHasNoHeader() {
    #expect(throws: TableError.empty(source: "t.csv")) { try parse("") }
    #expect(throws: TableError.empty(source: "t.csv")) { try CSVReader.parse([0xEF, 0xBB, 0xBF], source: "t.csv") }
  }

  @Test func latin1BytesAreRejectedWithTheirLine() {
    // "Région" in Latin-1: é is the single byte 0xE9.
    let bytes = Array("COM;Nom\n62001;R".utf8) + [0xE9] + Array("gion\n".utf8)
    let error = #expect(throws: TableError.self) { try CSVReader.parse(bytes, source: "latin1.csv") }
    #expect(error == .notUTF8(source: "latin1.csv", line: 2))
    #expect(error?.description.contains("Latin-1") == true)
  }

  @Test func aMissingFileIsAFileError() {
    #expect(throws: FileError.missingInput(path: "/nonexistent/data.csv")) {
      try CSVReader.read(path: "/nonexistent/data.csv")
    }
  }

  struct RealFile: Sendable, CustomTestStringConvertible {
    let name: String
    let rows: Int
    let columns: Int
    let separator: Character
    var testDescription: String { name }
  }

  @Test(arguments: [
    RealFile(name: "capso-population-dgcl-2019-2025.csv", rows: 371, columns: 8, separator: ","),
    RealFile(name: "population-communes-62-insee.csv", rows: 887, columns: 11, separator: ";"),
    RealFile(name: "ore-conso-elec-gaz-secteur-commune-53-mayenne-2019.csv", rows: 243, columns: 36, separator: ";"),
    RealFile(name: "epci-communes-2025.csv", rows: 34_871, columns: 6, separator: ","),
    RealFile(name: "population-communes-france.csv", rows: 34_900, columns: 11, separator: ";"),
    RealFile(name: "communes-mouvements.csv", rows: 8_876, columns: 6, separator: ","),
  ])
  func readsTheRealDatasets(file: RealFile) throws {
    let table = try CSVReader.read(path: SharedDataFiles.dataset(file.name))
    #expect(table.rows.count == file.rows)
    #expect(table.columns.count == file.columns)
    #expect(table.separator == file.separator.asciiValue)
    #expect(!table.hadByteOrderMark)
    #expect(table.lineNumbers.first == 2)
    #expect(table.rows.allSatisfy { row in row.allSatisfy { !$0.contains("\r") } })
  }

  @Test func realQuirksSurvive() throws {
    let epci = try CSVReader.read(path: SharedDataFiles.dataset("epci-communes-2025.csv"))
    let names = Set(epci.rows.map { $0[3] })
    // Quoted EPCI names with a comma and a double space come through intact.
    #expect(names.contains { $0.contains(",") })
    #expect(names.contains("CA ECLA  (Espace Communautaire Lons Agglomération)"))
    #expect(epci.rows.contains { $0[0] == "2A004" })

    let ore = try CSVReader.read(
      path: SharedDataFiles.dataset("ore-conso-elec-gaz-secteur-commune-53-mayenne-2019.csv"))
    #expect(ore.columns.contains("Consommation Tertiaire  (MWh)"))
    #expect(ore.columns.contains("Code Commune"))
    #expect(ore.lineNumbers.last == 244)
  }
}
