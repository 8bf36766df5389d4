import AudomapCore
import Foundation

/// Communes far from all the others, such as the Isère commune a text search for
/// "Nantes" adds to an export of the Nantes area. Islands stay quiet: a group of
/// communes counts as stray only if it is small (at most 1 % of the communes, and
/// fewer than the largest group) and further than ``minimumDistance``
/// from any other commune (Ouessant and Yeu lie within 25 km of the mainland; Corsica
/// and the overseas départements hold more than ``maximumGroupSize`` communes).
enum StrayFeatures {
  static let minimumDistance = 50_000.0  // metres
  static let maximumGroupSize = 5

  /// The stray communes (indexes into `boxes`) with their distance in metres to the
  /// nearest commune outside their group. Groups are the connected components of the
  /// neighbour pairs (boxes that meet).
  static func find(boxes: [BoundingBox], pairs: [(Int, Int)]) -> [(index: Int, distance: Double)] {
    var parent = Array(boxes.indices)
    func root(_ i: Int) -> Int {
      var i = i
      while parent[i] != i {
        parent[i] = parent[parent[i]]
        i = parent[i]
      }
      return i
    }
    for (i, j) in pairs {
      let (a, b) = (root(i), root(j))
      if a != b { parent[max(a, b)] = min(a, b) }
    }
    var groups: [Int: [Int]] = [:]
    for index in boxes.indices { groups[root(index), default: []].append(index) }
    guard groups.count > 1 else { return [] }
    let limit = min(maximumGroupSize, max(1, boxes.count / 100))
    let largest = groups.values.map(\.count).max() ?? 0
    var strays: [(index: Int, distance: Double)] = []
    for members in groups.values where members.count <= limit && members.count < largest {
      let inside = Set(members)
      let distance = members.map { member in
        boxes.indices.lazy.filter { !inside.contains($0) }.map { distanceInMetres(boxes[member], boxes[$0]) }.min() ?? 0
      }.min() ?? 0
      if distance > minimumDistance { strays += members.map { ($0, distance) } }
    }
    return strays.sorted { $0.index < $1.index }
  }

  /// The distance between two lon/lat boxes, on a local equirectangular approximation.
  private static func distanceInMetres(_ a: BoundingBox, _ b: BoundingBox) -> Double {
    let dx = max(0, max(a.minX, b.minX) - min(a.maxX, b.maxX))
    let dy = max(0, max(a.minY, b.minY) - min(a.maxY, b.maxY))
    let latitude = (a.minY + a.maxY + b.minY + b.maxY) / 4 * .pi / 180
    let metresPerDegree = 111_195.0
    return ((dx * cos(latitude)) * (dx * cos(latitude)) + dy * dy).squareRoot() * metresPerDegree
  }
}
