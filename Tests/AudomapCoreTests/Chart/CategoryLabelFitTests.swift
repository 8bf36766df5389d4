import Testing

@testable import AudomapCore

@Suite struct CategoryLabelFitTests {
  let measurer = MonospaceMeasurer()
  let font = Font(family: "Lato", size: 20)
  /// The monospace measurer gives 11 units per character at 20 px.
  func width(_ characters: Int) -> Double { Double(characters) * 11 }

  func fit(_ label: String, characters: Int, lines: Int = 2) -> CategoryLabelFit {
    CategoryLabelFit.fit(label, width: width(characters), maxLines: lines, font: font, measurer: measurer)
  }

  @Test func aLabelThatFitsIsLeftAlone() {
    #expect(fit("Arques", characters: 6) == CategoryLabelFit(lines: ["Arques"], shortened: false))
  }

  @Test func longNamesBreakAfterAHyphenOrASpaceMostEvenly() {
    #expect(fit("Saint-Martin-lez-Tatinghem", characters: 14).lines == ["Saint-Martin-", "lez-Tatinghem"])
    #expect(fit("CC du Pays de Château-Gontier", characters: 16).lines == ["CC du Pays de", "Château-Gontier"])
    #expect(fit("Enquin-lez-Guinegatte", characters: 12) == CategoryLabelFit(lines: ["Enquin-lez-", "Guinegatte"], shortened: false))
  }

  @Test func whatStillDoesNotFitEndsWithAnEllipsis() {
    let two = fit("Saint-Martin-lez-Tatinghem", characters: 9)
    #expect(two.shortened)
    #expect(two.lines.count == 2)
    #expect(two.lines[0] == "Saint-")
    #expect(two.lines[1].hasSuffix("…") && two.lines[1].count <= 9)
    let one = fit("Saint-Martin-lez-Tatinghem", characters: 14, lines: 1)
    #expect(one == CategoryLabelFit(lines: ["Saint-Martin…"], shortened: true))
    // One long word: cut on one line.
    #expect(fit("Racquinghem", characters: 6) == CategoryLabelFit(lines: ["Racqu…"], shortened: true))
    #expect(fit("Racquinghem", characters: 0).lines == ["…"])
  }

  @Test func everyLineFitsItsWidth() throws {
    let communes = try ChartFixtures.capsoCommunes().categories
    for characters in [4, 8, 12, 20] {
      for name in communes {
        let result = fit(name, characters: characters)
        #expect(result.lines.count <= 2)
        for line in result.lines where line != "…" {
          #expect(measurer.measure(line, font: font, wrapWidth: nil).width <= width(characters), "\(line) at \(characters)")
        }
        if !result.shortened { #expect(result.lines.joined(separator: " ").filter { $0 != " " } == name.filter { $0 != " " }) }
      }
    }
  }
}
