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

  @Test func bytesThatAreNotUTF8AreReadAsWindows1252() throws {
    // "Région" in Latin-1 (é is the single byte 0xE9), then the Windows-1252
    // characters of 0x80–0x9F: € (0x80), œ (0x9C), ’ (0x92), … (0x85); 0xA0 is a no-break space.
    let bytes = Array("COM;Nom;Note\n62001;R".utf8) + [0xE9] + Array("gion;".utf8)
      + [0x80, 0x20, 0x9C, 0x92, 0x85, 0x20, 0x31, 0xA0, 0x32, 0x33, 0x34] + Array("\n".utf8)
    let table = try CSVReader.parse(bytes, source: "latin1.csv")
    #expect(table.encoding == .windows1252)
    #expect(table.rows == [["62001", "Région", "€ œ’… 1\u{00A0}234"]])
    #expect(table.lineNumbers == [2])
  }

  @Test func validUTF8StaysUTF8() throws {
    let table = try parse("nom;note\nDennebrœucq;1\u{202F}234 €\n")
    #expect(table.encoding == .utf8)
    #expect(table.rows == [["Dennebrœucq", "1\u{202F}234 €"]])
  }

  @Test(arguments: [
    [0xC3, 0x28],  // a lead byte without its continuation
    [0xE0, 0x80, 0x80],  // an overlong form
    [0xED, 0xA0, 0x80],  // a UTF-16 surrogate
    [0xF4, 0x90, 0x80, 0x80],  // above U+10FFFF
    [0xE2, 0x82],  // cut short at the end
  ] as [[UInt8]])
  func malformedUTF8FallsBackToWindows1252(tail: [UInt8]) throws {
    let table = try CSVReader.parse(Array("a\nx".utf8) + tail, source: "t.csv")
    #expect(table.encoding == .windows1252)
    #expect(table.rows[0][0].unicodeScalars.count == 1 + tail.count)
  }

  @Test func aFileWithNULBytesIsNotText() {
    // The start of a UTF-16 export: every ASCII character followed by a NUL.
    let bytes: [UInt8] = [0xFF, 0xFE] + Array("insee;pop\n".utf8).flatMap { [$0, 0] }
    let error = #expect(throws: TableError.self) { try CSVReader.parse(bytes, source: "export.csv") }
    #expect(error == .notText(source: "export.csv"))
    #expect(error?.exitStatus == .dataError)
    #expect(error?.description.contains("Save it as CSV") == true)
  }

  @Test func detectsThePipe() throws {
    let table = try parse("code|nom\n62765|Saint-Omer, sous-préfecture\n")
    #expect(table.separator == UInt8(ascii: "|"))
    #expect(table.rows == [["62765", "Saint-Omer, sous-préfecture"]])
  }

  @Test func theSeparatorIsTheOneEveryRowAgreesWith() throws {
    // The header alone has as many commas as semicolons; the rows settle it.
    let table = try parse("Libellé, court;Valeur\nA;1,5\nB;2\n")
    #expect(table.separator == UInt8(ascii: ";"))
    #expect(table.columns == ["Libellé, court", "Valeur"])
    #expect(table.rows == [["A", "1,5"], ["B", "2"]])
  }

  @Test func whenCommaAndSemicolonBothFitTheSemicolonWins() throws {
    // Each line has one of each: in French data the comma is the one inside values.
    let table = try parse("Libellé, court;Valeur\nA;1,5\nB;2,5\n")
    #expect(table.separator == UInt8(ascii: ";"))
    #expect(table.rows == [["A", "1,5"], ["B", "2,5"]])
  }

  @Test func decimalCommasDoNotMakeTheCommaTheSeparator() throws {
    // A comma and a semicolon in the header, a comma in most rows: only the semicolon splits every row alike.
    let table = try parse("insee;taux, en %\n62040;1,5\n62765;12,25\n62014;3\n")
    #expect(table.separator == UInt8(ascii: ";"))
    #expect(table.rows.map { $0[1] } == ["1,5", "12,25", "3"])
  }

  @Test func quotedSeparatorsDoNotCountForDetection() throws {
    let table = try parse("nom;part\n\"Arques, ville\";\"1,5\"\n\"Aire, ville\";\"2,5\"\n")
    #expect(table.separator == UInt8(ascii: ";"))
    #expect(table.rows == [["Arques, ville", "1,5"], ["Aire, ville", "2,5"]])
  }

  @Test func aRaggedFileGetsTheSeparatorMostRowsAgreeWith() {
    // No separator is consistent: the semicolon fits the header and two rows
    // of three, so the error names the odd row.
    let error = #expect(throws: TableError.self) { try parse("a;b\n1;2\n3;4;5\n6;7\n") }
    #expect(error == .wrongFieldCount(source: "t.csv", line: 3, expected: 2, found: 3, separator: UInt8(ascii: ";")))
  }

  @Test func headerNamesHaveTheirInnerSpacesCollapsed() throws {
    let table = try parse("Consommation Tertiaire  (MWh);\"Population\r\n2019\";\tCode \u{00A0}Commune \n1;2;3\n")
    #expect(table.columns == ["Consommation Tertiaire (MWh)", "Population 2019", "Code Commune"])
    // Typed with one space or as the file wrote it, the name is found.
    #expect(try table.columnIndex("Consommation Tertiaire (MWh)") == 0)
    #expect(try table.columnIndex("Consommation Tertiaire  (MWh)") == 0)
    #expect(try table.columnIndex(" Code Commune ") == 2)
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
    #expect(table.encoding == .utf8)
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
    // Double spaces in the export's headers read as one.
    #expect(ore.columns.contains("Consommation Tertiaire (MWh)"))
    #expect(ore.columns.contains("Consommation Résidentiel (MWh)"))
    #expect(!ore.columns.contains { $0.contains("  ") })
    #expect(ore.columns.contains("Code Commune"))
    #expect(ore.lineNumbers.last == 244)
  }
}
