/// Polygons stored as TopoJSON stores them: each border between two
/// neighbours is one arc that both use, so a change to the arc (such as
/// simplification) changes both neighbours alike and no gap can open.
///
/// ## Example
/// ```swift
/// let topology = Topology(collection)
/// let simpler = topology.simplified(keeping: 10)
/// let output = simpler.featureCollection(replacingGeometriesOf: collection)
/// ```
public struct Topology: Hashable, Sendable {
  /// The arcs: polylines of at least two positions running from one junction
  /// to the next. A ring that meets no other ring is one closed arc (first
  /// position equal to the last).
  public var arcs: [[Position]]
  /// Per feature, per polygon, per ring (exterior first): the arcs to follow
  /// in order. `~i` (that is `-i - 1`) means arc `i` walked backwards. A
  /// feature without polygons has an empty list.
  public var features: [[[[Int]]]]

  public init(arcs: [[Position]], features: [[[[Int]]]]) {
    self.arcs = arcs
    self.features = features
  }

  /// The arc index and direction that a reference stands for.
  @inlinable
  public static func arc(_ reference: Int) -> (index: Int, reversed: Bool) {
    reference < 0 ? (~reference, true) : (reference, false)
  }

  /// The closed ring that a list of arc references traces: each arc after
  /// the first starts where the previous one ended, so its first position is
  /// skipped.
  public func ring(_ references: [Int]) -> Ring {
    var positions: [Position] = []
    for reference in references {
      let (index, reversed) = Topology.arc(reference)
      let arc = arcs[index]
      let start = positions.isEmpty ? 0 : 1
      if reversed {
        positions.append(contentsOf: arc.reversed().dropFirst(start))
      } else {
        positions.append(contentsOf: arc.dropFirst(start))
      }
    }
    return Ring(positions)
  }

  /// The polygons of feature `index`, rebuilt from the arcs.
  public func polygons(ofFeature index: Int) -> [Polygon] {
    features[index].map { rings in Polygon(rings: rings.map(ring)) }
  }

  /// Positions over all arcs, each shared border counted once.
  public var vertexCount: Int { arcs.reduce(0) { $0 + $1.count } }

  /// The original collection with the geometry of every feature that has
  /// polygons here replaced by the polygons rebuilt from the arcs (a
  /// Polygon for one part, a MultiPolygon otherwise). Features without
  /// polygons in the topology, and any beyond its count, are kept as they are.
  public func featureCollection(replacingGeometriesOf original: FeatureCollection) -> FeatureCollection {
    var result = original
    for index in result.features.indices where index < features.count && !features[index].isEmpty {
      let polygons = polygons(ofFeature: index)
      result.features[index].geometry = polygons.count == 1 ? .polygon(polygons[0]) : .multiPolygon(polygons)
    }
    return result
  }
}
