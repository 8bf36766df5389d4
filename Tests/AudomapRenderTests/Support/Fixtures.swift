import AudomapCore

/// Named scenes shared by the tests; each comment says what it exercises.
enum Fixtures {
  static let red = Color(red: 1, green: 0, blue: 0)
  static let blue = Color(red: 0, green: 0, blue: 1)
  static let lato = Font(family: "Lato", size: 20)

  /// A filled red rectangle (x 20…80, y 10…50) on white: pixels are checkable by position.
  static let redRectangle = Scene(
    width: 100, height: 60, background: .white,
    items: [.shape(SceneShape(.rectangle(Rect(x: 20, y: 10, width: 60, height: 40)), fill: red))])

  /// A square whose hole has the same winding: only the even-odd rule leaves the hole empty.
  static let squareWithHole: Scene = {
    var path = PathGeometry()
    path.append(subpath: [Point(x: 10, y: 10), Point(x: 90, y: 10), Point(x: 90, y: 90), Point(x: 10, y: 90)])
    path.append(subpath: [Point(x: 30, y: 30), Point(x: 70, y: 30), Point(x: 70, y: 70), Point(x: 30, y: 70)])
    return Scene(width: 100, height: 100, background: .white, items: [.shape(SceneShape(.path(path), fill: blue))])
  }()

  /// A small map: two neighbouring polygons with a shared border, an open line,
  /// a circle, a group, and one French text line with accents and U+202F.
  static let smallMap: Scene = {
    var west = PathGeometry()
    west.append(subpath: [Point(x: 20, y: 40), Point(x: 110, y: 30.5), Point(x: 120, y: 150), Point(x: 30, y: 160)])
    var east = PathGeometry()
    east.append(subpath: [
      Point(x: 110, y: 30.5), Point(x: 220.25, y: 50), Point(x: 210, y: 170), Point(x: 120, y: 150),
    ])
    var river = PathGeometry(closed: false)
    river.append(subpath: [Point(x: 40, y: 100), Point(x: 100.125, y: 90), Point(x: 200, y: 120)])
    let border = Stroke(color: .white, width: 0.5)
    return Scene(
      width: 320, height: 200, background: Color(hex: "#F7F7F2"),
      items: [
        .group(
          name: "communes",
          items: [
            .shape(SceneShape(.path(west), fill: Color(hex: "#FDD49E"), stroke: border)),
            .shape(SceneShape(.path(east), fill: Color(hex: "#E34A33"), stroke: border)),
          ]),
        .shape(SceneShape(.path(river), stroke: Stroke(color: blue, width: 1.5))),
        .shape(
          SceneShape(
            .circle(center: Point(x: 270, y: 60), radius: 12), fill: red, stroke: Stroke(color: .black, width: 1))),
        .text(
          SceneText(
            "Évolution à Saint-Omer : +2,5\u{202F}%", origin: Point(x: 20, y: 172),
            font: Font(family: "Lato", size: 14, weight: .bold), color: .black)),
      ],
      title: "Population & communes")
  }()
}
