import AudomapCore
import Testing

@Suite struct ChartAltTextTests {
  @Test func topCommunesNameTheExtremesTheTotalAndTheHighlight() throws {
    let text = AltText.chart(try SampleChart.topCommunes.content())
    #expect(text.hasPrefix("Diagramme en barres horizontales : Population des communes de la CAPSO (Population municipale 2025)."))
    #expect(text.contains("15 catégories et « Autres »."))
    #expect(text.contains("Valeur la plus élevée : Saint-Omer (14\u{202F}358\u{00A0}hab.) ; la plus faible : Heuringhem (1\u{202F}389\u{00A0}hab.)"))
    #expect(text.contains("Total de l'ensemble : 104\u{202F}320\u{00A0}hab. "))
    #expect(text.contains("Mise en évidence : Saint-Omer (14\u{202F}358\u{00A0}hab., 1re sur 15)."))
    #expect(text.hasSuffix("Source : DGCL, populations légales · Réalisation : CAPSO."))
    #expect(!text.contains(".."))
  }

  @Test func timeSeriesGoFromFirstToLastYearWithoutATotal() throws {
    let text = AltText.chart(try SampleChart.populationLine.content())
    #expect(text.hasPrefix("Graphique en courbe : "))
    #expect(text.contains("Une valeur par année, de 2019 à 2025."))
    // The figures SOURCES.md gives for the CAPSO.
    #expect(text.contains("De 105\u{202F}351 en 2019 à 104\u{202F}320 en 2025 ; maximum 105\u{202F}743 en 2020, minimum 104\u{202F}320 en 2025."))
    #expect(!text.contains("Total"))
    let gaps = AltText.chart(try SampleChart.populationLineWithGaps.content())
    #expect(gaps.contains("Sans donnée : 2021 et 2023."))
  }

  @Test func stackedAndPercentBarsGiveTotalsAndShares() throws {
    let stacked = AltText.chart(try SampleChart.sectorsStacked.content())
    #expect(stacked.hasPrefix("Diagramme en barres horizontales empilées : "))
    #expect(stacked.contains("10 catégories, 4 séries : Agriculture, Industrie, Tertiaire et Résidentiel."))
    #expect(stacked.contains("Total le plus élevé : CA Laval Agglomération ("))
    #expect(stacked.contains("Total par série : Agriculture "))
    let percent = AltText.chart(try SampleChart.sectorsPercent.content())
    #expect(percent.hasPrefix("Diagramme en barres horizontales empilées à 100\u{202F}% : "))
    let shares = try #require(percent.split(separator: "Part de chaque série dans l'ensemble : ").last?.split(separator: ".").first)
    let numbers = shares.split(separator: ",").map { Double($0.filter(\.isNumber))! }
    #expect(numbers.count == 4)
    #expect(abs(numbers.reduce(0, +) - 100) <= 2, "rounded shares add up to about 100")
  }
}
