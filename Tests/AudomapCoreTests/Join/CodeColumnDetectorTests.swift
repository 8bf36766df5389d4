import AudomapCore
import Testing

@Suite struct CodeColumnDetectorTests {
  @Test(arguments: [
    // Not siren_commune (9 digits) nor epci_siren.
    ("capso-population-dgcl-2019-2025.csv", "insee"),
    // Not CODCOM (the 3-digit suffix).
    ("population-communes-france.csv", "COM"),
    ("population-communes-62-insee.csv", "COM"),
    // Not Code_postal, which is 5 digits too, nor Code EPCI / Code Département.
    ("ore-conso-elec-gaz-secteur-commune-53-mayenne-2019.csv", "Code Commune"),
    ("epci-communes-2025.csv", "insee"),
    // Two columns of codes with no telling name: the first one.
    ("communes-mouvements.csv", "code_ancien"),
  ])
  func detectsTheCodeColumnOfRealFiles(file: String, column: String) throws {
    let table = try CSVReader.read(path: SharedDataFiles.dataset(file))
    #expect(CodeColumnDetector.detect(in: table) == column)
  }

  private func table(_ columns: [String], _ rows: [[String]]) -> Table {
    Table(source: "t.csv", columns: columns, rows: rows)
  }

  @Test func aCodeNameWinsOverAnEarlierColumnOfCodes() {
    let rows = [["62500", "62765"], ["62219", "62040"]]
    #expect(CodeColumnDetector.detect(in: table(["cp", "codgeo"], rows)) == "codgeo")
    #expect(CodeColumnDetector.detect(in: table(["cp", "INSEE_COM"], rows)) == "INSEE_COM")
    #expect(CodeColumnDetector.detect(in: table(["cp", "code_insee_2025"], rows)) == "code_insee_2025")
  }

  @Test func withoutATellingNameTheFirstColumnOfCodesWins() {
    #expect(CodeColumnDetector.detect(in: table(["a", "b", "c"], [["x", "62500", "62765"]])) == "b")
  }

  @Test func nearlyAllIsEnough() {
    // A total row among 20 communes: 95% valid.
    var rows = (1...19).map { [String(format: "620%02d", $0), "1"] }
    rows.append(["Total", "19"])
    #expect(CodeColumnDetector.detect(in: table(["insee", "n"], rows)) == "insee")
    // Only 80% valid: not a code column.
    rows += [["Moyenne", "1"], ["Médiane", "1"], ["Écart", "1"], ["Max", "1"], ["Min", "1"]]
    #expect(CodeColumnDetector.detect(in: table(["insee", "n"], rows)) == nil)
  }

  @Test func emptyCellsAreSkippedButAMostlyEmptyColumnIsNot() {
    let sparse = table(["insee", "note"], [["62040", ""], ["", ""], ["62765", "62014"], ["62014", ""]])
    #expect(CodeColumnDetector.detect(in: sparse) == "insee")
    let onlyNotes = table(["nom", "note"], [["Arques", ""], ["Aire", ""], ["Wizernes", "62902"]])
    #expect(CodeColumnDetector.detect(in: onlyNotes) == nil)
  }

  @Test func noCodesNoColumn() {
    #expect(CodeColumnDetector.detect(in: table(["nom", "pop"], [["Arques", "9852"]])) == nil)
    #expect(CodeColumnDetector.detect(in: table(["insee"], [])) == nil)
  }
}
