/// A small map showing where the territory lies in a larger area (its département):
/// the area in grey, the territory in the text colour.
public struct LocatorInset: Hashable, Sendable {
  /// The larger area, projected like the map.
  public var context: [Polygon]
  /// The territory, projected like the map (its outline, or its communes).
  public var territory: [Polygon]

  public init(context: [Polygon], territory: [Polygon]) {
    self.context = context
    self.territory = territory
  }

  /// Its items in an empty corner of the drawn map, away from `obstacles`; nil when no corner is free.
  func items(
    mapFrame: MapFrame, occupancy: MapOccupancy, obstacles: [Rect], type: Typography, palette: Palette
  ) -> (items: [SceneItem], box: Rect)? {
    guard let bounds = BoundingBox(exteriorsOf: context) else { return nil }
    let drawn = mapFrame.drawnRect
    let side = min(drawn.width, drawn.height) * 0.28
    let aspect = bounds.width / max(bounds.height, .leastNonzeroMagnitude)
    let size = aspect >= 1 ? (width: side, height: side / aspect) : (width: side * aspect, height: side)
    let inset = type.unit * 8
    let corners = [
      Point(x: drawn.maxX - size.width, y: drawn.y), Point(x: drawn.x, y: drawn.y),
      Point(x: drawn.maxX - size.width, y: drawn.maxY - size.height), Point(x: drawn.x, y: drawn.maxY - size.height),
    ]
    for corner in corners {
      let box = Rect(x: corner.x, y: corner.y, width: size.width, height: size.height)
      guard occupancy.isEmpty(box.expanded(by: inset)), !obstacles.contains(where: box.expanded(by: inset).intersects) else {
        continue
      }
      let frame = MapFrame(fitting: bounds, into: box)
      let border = Stroke(color: palette.secondaryText, width: max(0.5, type.unit))
      let items: [SceneItem] = [
        .shape(SceneShape(.path(frame.path(of: context, tolerance: 0.5)), fill: palette.noData, stroke: border)),
        .shape(SceneShape(.path(frame.path(of: territory, tolerance: 0.5)), fill: palette.text)),
      ]
      return (items, box)
    }
    return nil
  }
}
