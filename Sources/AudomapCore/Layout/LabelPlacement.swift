/// A commune name to write on the map, centred on a point inside the commune.
public struct LabelRequest: Hashable, Sendable {
  public var text: String
  /// A point inside the commune (its pole of inaccessibility), on the page.
  public var anchor: Point

  public init(text: String, anchor: Point) {
    self.text = text
    self.anchor = anchor
  }
}

/// Labels placed without overlapping each other, the legend or the titles.
public struct PlacedLabels: Hashable, Sendable {
  /// The labels drawn, in request order.
  public var texts: [SceneText] = []
  /// The box each drawn label covers, halo included.
  public var boxes: [Rect] = []
  /// The index in the requests of each drawn label.
  public var requestIndexes: [Int] = []
  /// The labels that could not be placed, in request order.
  public var dropped: [String] = []
}

/// Places labels in request order (the most important first): each is centred on
/// its anchor, or else just above or below it (the anchor still touches the label);
/// a label that overlaps one already placed, an obstacle, or leaves the map zone is
/// dropped and reported: a map with a missing name is better than an unreadable one.
public enum LabelPlacement {
  public static func place(
    _ requests: [LabelRequest], font: Font, color: Color, halo: Stroke, zone: Rect, obstacles: [Rect],
    measurer: some TextMeasuring
  ) -> PlacedLabels {
    var placed = PlacedLabels()
    for (index, request) in requests.enumerated() {
      let extent = measurer.measure(request.text, font: font, wrapWidth: nil)
      let centred = Point(x: request.anchor.x - extent.width / 2, y: request.anchor.y - extent.height / 2)
      let candidates = [
        centred, Point(x: centred.x, y: request.anchor.y - extent.height), Point(x: centred.x, y: request.anchor.y),
      ]
      let fitting = candidates.lazy.map { origin in
        (origin, Rect(
          x: origin.x - halo.width, y: origin.y - halo.width, width: extent.width + 2 * halo.width,
          height: extent.height + 2 * halo.width))
      }.first { _, box in
        zone.contains(box) && !obstacles.contains(where: box.intersects) && !placed.boxes.contains(where: box.intersects)
      }
      guard let (origin, box) = fitting else {
        placed.dropped.append(request.text)
        continue
      }
      placed.texts.append(SceneText(request.text, origin: origin, font: font, color: color, halo: halo))
      placed.boxes.append(box)
      placed.requestIndexes.append(index)
    }
    return placed
  }
}
