import AudomapCore
import AudomapGeometry

/// Turns the joined, projected data of a map into what the layout draws: fill
/// colours, circles, the outline, the communes to name and where.
enum MapComposer {
  /// Above this many communes the outline is left out: the union costs more than the
  /// rest of a national map, and at that scale the outline is only the coast.
  static let outlineFeatureLimit = 5_000

  struct Composed {
    var content: MapContent
    var names: [String?]
    var codes: [String?]
  }

  /// - Parameters:
  ///   - features: the repaired basemap features (for names).
  ///   - codes: each feature's commune code.
  ///   - projected: each feature's polygons in projected metres; nil when not drawn.
  ///   - fill: the classes and colours (nil for a symbols-only map, drawn in plain colour).
  ///   - symbolValues: the value drawn as circles, per feature, if any.
  static func compose(
    features: [Feature], codes: [String?], projected: [[Polygon]?], fill: FillLayer, symbolValues: [Double?]?,
    symbolTitle: String?, design: MapDesign, texts: MapTexts, palette: Palette
  ) throws -> Composed {
    let nameField = FeatureNameField.detect(in: features)
    let names = features.map { feature in nameField.flatMap { feature.properties[$0]?.text } }

    var symbols: SymbolLayer?
    if let symbolValues {
      let accent = palette.brandColors.first?.color ?? palette.text
      symbols = SymbolLayer(values: symbolValues, color: accent.withAlpha(0.82), title: symbolTitle)
    }

    // The communes to name: by value (circles first, else colours) or by code.
    let ranked: [Int]
    switch design.labels {
    case .none:
      ranked = []
    case .top(let count):
      let values = symbolValues ?? fillValues(fill) ?? []
      let drawn = values.indices.compactMap { index in
        projected[index] == nil ? nil : values[index].map { (index: index, value: $0) }
      }
      ranked = drawn.sorted { $0.value > $1.value }.prefix(count).map(\.index)
    case .codes(let wanted):
      ranked = wanted.compactMap { code in codes.firstIndex { $0 == code.rawValue } }
    }

    // Circles and labels stand on each commune's pole of inaccessibility.
    var interior = [Position?](repeating: nil, count: projected.count)
    let needed = symbols != nil ? Array(projected.indices) : ranked
    let poles = try InteriorPoint.poles(of: needed.map { projected[$0] })
    for (index, pole) in zip(needed, poles) { interior[index] = pole?.point }

    var outline: [Polygon]?
    if design.outline, projected.count <= outlineFeatureLimit {
      let drawn = FeatureCollection(features: projected.compactMap { $0 }.map { Feature(geometry: .multiPolygon($0)) })
      outline = try Dissolve.outline(of: drawn).polygons
    }

    let labels = ranked.map { MapLabel(feature: $0, text: names[$0] ?? codes[$0] ?? "?") }
    let content = MapContent(
      boundaries: projected, fill: fill, symbols: symbols, outline: outline, interiorPoints: interior, labels: labels,
      texts: texts, unit: design.unit, scaleBar: design.scaleBar,
      northArrow: design.northArrow)
    return Composed(content: content, names: names, codes: codes)
  }

  private static func fillValues(_ fill: FillLayer) -> [Double?]? {
    if case .classes(let values, _, _) = fill { return values }
    return nil
  }
}
