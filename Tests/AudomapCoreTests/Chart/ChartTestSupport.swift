import AudomapCore
import AudomapTestSupport
import Foundation
import Testing

/// Real tables turned into chart data the way `audomap chart` will: rows
/// grouped by the category column, values summed.
enum ChartFixtures {
  static func table(_ name: String) throws -> Table {
    try CSVReader.read(path: sharedData.appendingPathComponent("datasets/\(name)").path)
  }

  /// Sums `valueColumns` per distinct `categoryColumn`, categories in file order.
  static func summed(_ table: Table, category categoryColumn: String, values valueColumns: [String], series: [String],
    keep: ([String]) -> Bool = { _ in true }) throws -> ChartData {
    let category = try table.columnIndex(categoryColumn)
    let columns = try valueColumns.map { try table.columnIndex($0) }
    var order: [String] = []
    var sums: [String: [Double?]] = [:]
    for row in table.rows where keep(row) {
      if sums[row[category]] == nil {
        order.append(row[category])
        sums[row[category]] = Array(repeating: nil, count: columns.count)
      }
      for (k, column) in columns.enumerated() {
        guard let value = NumberParser.parse(row[column]) else { continue }
        sums[row[category]]![k] = (sums[row[category]]![k] ?? 0) + value
      }
    }
    return ChartData(categories: order, series: series, values: order.map { sums[$0]! })
  }

  /// The CAPSO's population municipale by DGCL year, 2019–2025.
  static func capsoPopulationByYear() throws -> ChartData {
    try summed(table("capso-population-dgcl-2019-2025.csv"), category: "annee", values: ["population_municipale"],
      series: ["Population municipale"])
  }

  /// The population municipale of each CAPSO commune in `year`, in file order.
  static func capsoCommunes(year: String = "2025") throws -> ChartData {
    let table = try table("capso-population-dgcl-2019-2025.csv")
    let yearColumn = try table.columnIndex("annee")
    return try summed(table, category: "nom_commune", values: ["population_municipale"], series: ["Population"]) {
      $0[yearColumn] == year
    }
  }

  /// The change of each commune's population municipale from 2019 to 2025, in file order.
  static func capsoPopulationChange() throws -> ChartData {
    let first = try capsoCommunes(year: "2019")
    let last = try capsoCommunes(year: "2025")
    // 62267 is spelt differently in 2019 and 2025 (Dennebroeucq / Dennebrœucq): rows match by position.
    precondition(first.categories.count == last.categories.count)
    return ChartData(
      categories: last.categories, values: zip(first.values, last.values).map { $1[0]! - $0[0]! }, seriesName: "Évolution")
  }

  static let sectors = ["Agriculture", "Industrie", "Tertiaire", "Résidentiel"]

  /// Electricity consumption 2019 in Mayenne by EPCI and sector (MWh), RTE and Enedis rows summed.
  static func oreByEPCI() throws -> ChartData {
    try summed(
      table("ore-conso-elec-gaz-secteur-commune-53-mayenne-2019.csv"), category: "Libellé EPCI",
      values: ["Consommation Agriculture (MWh)", "Consommation Industrie (MWh)", "Consommation Tertiaire  (MWh)",
        "Consommation Résidentiel  (MWh)"],
      series: sectors)
  }

  static let capso = try! Palette.load(path: packageRoot.appendingPathComponent("Palettes/capso.yml").path)

  static let texts = MapTexts(
    title: "Population des communes de la CAPSO", subtitle: "Population municipale 2025",
    source: "Source : DGCL, populations légales", credits: "Réalisation : CAPSO")
}

/// What a test reads back from a chart's scene.
struct ChartScene {
  let scene: Scene
  let measurer = MonospaceMeasurer()

  func group(_ name: String) -> [SceneItem] {
    for case .group(let groupName, let items) in scene.items where groupName == name { return items }
    return []
  }

  var page: Rect { Rect(x: 0, y: 0, width: scene.width, height: scene.height) }

  /// Every text with its layout box, as the measurer lays it out.
  func texts(in names: [String]? = nil) -> [(text: SceneText, box: Rect)] {
    var result: [(SceneText, Rect)] = []
    func collect(_ items: [SceneItem]) {
      for item in items {
        switch item {
        case .text(let text):
          let extent = measurer.measure(text.text, font: text.font, wrapWidth: text.wrapWidth)
          result.append((text, Rect(x: text.origin.x, y: text.origin.y, width: extent.width, height: extent.height)))
        case .group(let name, let inner) where names == nil || names!.contains(name):
          collect(inner)
        default:
          break
        }
      }
    }
    collect(scene.items)
    return result
  }

  /// The bar rectangles, in drawing order (category by category, series by series), with their fill.
  var bars: [(rect: Rect, fill: Color?)] {
    group("bars").compactMap { item in
      guard case .shape(let shape) = item, case .rectangle(let rect) = shape.shape else { return nil }
      return (rect, shape.fill)
    }
  }

  func strings(_ group: String) -> [String] {
    self.group(group).compactMap { item in
      if case .text(let text) = item { return text.text }
      return nil
    }
  }
}

extension Rect {
  /// Overlap beyond a rounding error: boxes that only touch do not count.
  func overlaps(_ other: Rect, tolerance: Double = 1e-6) -> Bool {
    x < other.maxX - tolerance && other.x < maxX - tolerance && y < other.maxY - tolerance && other.y < maxY - tolerance
  }

  func encloses(_ other: Rect, tolerance: Double = 1e-6) -> Bool {
    other.x >= x - tolerance && other.y >= y - tolerance && other.maxX <= maxX + tolerance && other.maxY <= maxY + tolerance
  }
}
