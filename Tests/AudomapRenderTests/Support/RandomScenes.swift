import AudomapCore
import AudomapTestSupport
import Foundation

@testable import AudomapRender

/// Scenes made of many random shapes and texts, for comparing two ways of drawing.
enum RandomScenes {
  static func color(_ random: inout SeededGenerator, alpha: Double = 1) -> Color {
    Color(
      red: .random(in: 0...1, using: &random), green: .random(in: 0...1, using: &random),
      blue: .random(in: 0...1, using: &random), alpha: alpha)
  }

  /// A jagged polygon around `center`, with near-straight turns (where Cairo
  /// computes round joins as miters, from absolute coordinates).
  static func polygon(around center: Point, radius: Double, _ random: inout SeededGenerator) -> PathGeometry {
    var path = PathGeometry()
    let count = Int.random(in: 5...40, using: &random)
    let ring = (0..<count).map { index in
      let angle = Double(index) / Double(count) * 2 * .pi
      let r = radius * .random(in: 0.7...1.0, using: &random)
      return Point(x: center.x + r * cos(angle), y: center.y + r * sin(angle))
    }
    path.append(subpath: ring)
    if Bool.random(using: &random) {
      // A hole, wound the same way.
      path.append(subpath: ring.map { Point(x: center.x + ($0.x - center.x) / 3, y: center.y + ($0.y - center.y) / 3) })
    }
    return path
  }

  /// `count` shapes of every kind (communes with borders, fills only, open
  /// lines, rectangles, circles, semi-transparent colours) and texts every
  /// 15 rows, so that some of each cross any row, nested in groups.
  static func scene(width: Double, height: Double, background: Color?, count: Int, seed: UInt64) -> Scene {
    var random = SeededGenerator(seed: seed)
    var shapes: [SceneItem] = []
    for index in 0..<count {
      let center = Point(x: .random(in: 0...width, using: &random), y: .random(in: -10...(height + 10), using: &random))
      let radius = Double.random(in: 2...40, using: &random)
      let border = Stroke(color: .white, width: [0.15, 0.5, 1, 2.5][index % 4])
      let shape: SceneShape
      switch index % 6 {
      case 0, 1:
        shape = SceneShape(
          .path(polygon(around: center, radius: radius, &random)), fill: color(&random), stroke: border)
      case 2:
        shape = SceneShape(.path(polygon(around: center, radius: radius, &random)), fill: color(&random, alpha: 0.6))
      case 3:
        var line = PathGeometry(closed: false)
        line.append(
          subpath: (0..<8).map { step in
            Point(
              x: center.x + Double(step) * radius / 4,
              y: center.y + .random(in: -radius...radius, using: &random))
          })
        shape = SceneShape(.path(line), stroke: Stroke(color: color(&random), width: 1.5))
      case 4:
        shape = SceneShape(
          .rectangle(Rect(x: center.x, y: center.y, width: radius, height: radius * 2)), fill: color(&random),
          stroke: Stroke(color: .black, width: 1))
      default:
        shape = SceneShape(.circle(center: center, radius: radius), fill: color(&random, alpha: 0.8))
      }
      shapes.append(.shape(shape))
    }
    let texts: [SceneItem] = stride(from: -5.0, to: height, by: 15).map { y in
      .text(
        SceneText(
          "Évolution à Saint-Omer", origin: Point(x: (y * 7).truncatingRemainder(dividingBy: width * 0.7), y: y),
          font: Font(family: "Lato", size: 22, weight: .bold), color: color(&random)))
    }
    return Scene(
      width: width, height: height, background: background,
      items: [
        .group(name: "communes", items: Array(shapes.prefix(count / 2))),
        .group(
          name: "more",
          items: [
            .group(name: "nested", items: Array(shapes.dropFirst(count / 2)))
          ]),
      ] + texts)
  }
}
