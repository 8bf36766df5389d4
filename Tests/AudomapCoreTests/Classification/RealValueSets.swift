import AudomapTestSupport
import Foundation

/// Columns of numbers from the real open-data files, for the classification
/// tests. Read with a plain split rather than `CSVReader`: these files have
/// no quoting (see ../shared/data/SOURCES.md), and the classification tests
/// should not depend on the table reader.
enum RealValueSets {
  /// Population municipale of the 34,900 communes of France (COG 2025):
  /// Paris, Lyon and Marseille by arrondissement, so 5,908 distinct values
  /// from 0 (six communes) to 514,819 (Toulouse).
  static let francePopulation = column(
    sharedData.appendingPathComponent("datasets/population-communes-france.csv"), "PMUN", separator: ";")

  /// Population municipale of the 887 communes of the Pas-de-Calais.
  static let pasDeCalaisPopulation = column(
    sharedData.appendingPathComponent("datasets/population-communes-62-insee.csv"), "PMUN", separator: ";")

  /// Population municipale 2025 of the 53 CAPSO communes.
  static let capsoPopulation2025: [Double?] = {
    let url = packageRoot.appendingPathComponent("Datasets/capso-population-dgcl-2019-2025.csv")
    let years = column(url, "annee", separator: ",")
    let populations = column(url, "population_municipale", separator: ",")
    return years.indices.filter { years[$0] == 2025 }.map { populations[$0] }
  }()

  /// Total electricity consumption (MWh, with decimals) of the 243 rows of the Mayenne ORE export.
  static let mayenneConsumption = column(
    sharedData.appendingPathComponent("datasets/ore-conso-elec-gaz-secteur-commune-53-mayenne-2019.csv"),
    "Consommation totale (MWh)", separator: ";")

  /// The values of column `name`, nil where a cell is not a number.
  static func column(_ url: URL, _ name: String, separator: Character) -> [Double?] {
    guard let text = try? String(contentsOf: url, encoding: .utf8) else {
      preconditionFailure("cannot read \(url.path): the tests need ../shared/data beside the checkout")
    }
    let lines = text.split(whereSeparator: \.isNewline)
    let header = lines[0].split(separator: separator, omittingEmptySubsequences: false).map(String.init)
    guard let index = header.firstIndex(of: name) else { preconditionFailure("\(url.lastPathComponent): no column \(name)") }
    return lines.dropFirst().map { line in
      let cells = line.split(separator: separator, omittingEmptySubsequences: false)
      return index < cells.count ? Double(cells[index]) : nil
    }
  }
}
