import AudomapCore
import Foundation
import Synchronization

/// Communes projected for drawing: planar polygons in metres, one entry per
/// input feature (nil for features left out), and why some were left out.
public struct ProjectedBoundaries: Hashable, Sendable {
  public var projection: MapProjection
  /// The polygons of each input feature, in projected metres; nil when the
  /// feature has no polygon or lies outside the projection's domain.
  public var polygons: [[Polygon]?]
  /// Indexes of features left out because they lie outside the projection's
  /// domain (the overseas communes of a national file).
  public var outsideDomain: [Int]
  /// Indexes of features without any polygon (null or non-polygon geometry).
  public var withoutPolygon: [Int]

  public init(projection: MapProjection, polygons: [[Polygon]?], outsideDomain: [Int], withoutPolygon: [Int]) {
    self.projection = projection
    self.polygons = polygons
    self.outsideDomain = outsideDomain
    self.withoutPolygon = withoutPolygon
  }
}

/// Chooses a projection for a set of communes and projects them with PROJ.
public enum Projector {
  /// Lambert-93 when any commune lies in metropolitan France (communes
  /// elsewhere are then left out and listed); otherwise a local projection
  /// centred on the territory.
  public static func chooseProjection(for boxes: [BoundingBox?]) -> MapProjection {
    let domain = MapProjection.lambert93Domain
    let present = boxes.compactMap { $0 }
    if present.contains(where: { domain.contains($0) }) { return .lambert93 }
    guard let first = present.first else { return .lambert93 }
    let all = present.dropFirst().reduce(first) { $0.union($1) }
    return .localAzimuthal(center: Position(x: (all.minX + all.maxX) / 2, y: (all.minY + all.maxY) / 2))
  }

  /// Projects every polygon of `collection`. Uses both cores on large files:
  /// PROJ contexts are per thread, so each half gets its own.
  /// - Parameter resolution: the pixels across the map's longer side, when
  ///   known. Vertices closer than half a pixel to the previous one
  ///   are then dropped before projecting: PROJ's Lambert conformal conic
  ///   costs ~140 ns a point, and such detail never shows.
  public static func project(
    _ collection: FeatureCollection, resolution: Int? = nil
  ) throws(ProjError) -> ProjectedBoundaries {
    let features = collection.features
    let polygonsPerFeature = features.map { $0.geometry?.polygons ?? [] }
    let boxes = polygonsPerFeature.map { BoundingBox(exteriorsOf: $0) }
    let projection = chooseProjection(for: boxes)
    var outsideDomain: [Int] = []
    var withoutPolygon: [Int] = []
    var kept: [Int] = []
    for (index, box) in boxes.enumerated() {
      guard let box else {
        withoutPolygon.append(index)
        continue
      }
      if projection == .lambert93, !MapProjection.lambert93Domain.contains(box) {
        outsideDomain.append(index)
      } else {
        kept.append(index)
      }
    }

    let tolerance = resolution.flatMap { pixels in
      keptExtent(kept.compactMap { boxes[$0] }).map { $0 / Double(max(pixels, 1)) / 2 }
    }

    // Gather every kept position into one buffer: PROJ is fastest in bulk.
    var positions: [Position] = []
    var ringLengths: [Int] = []
    positions.reserveCapacity(kept.reduce(0) { total, index in
      total + polygonsPerFeature[index].reduce(0) { $0 + $1.rings.reduce(0) { $0 + $1.positions.count } }
    })
    for index in kept {
      for polygon in polygonsPerFeature[index] {
        for ring in polygon.rings {
          let start = positions.count
          if let tolerance { appendThinned(ring.positions, tolerance: tolerance, to: &positions) } else {
            positions.append(contentsOf: ring.positions)
          }
          ringLengths.append(positions.count - start)
        }
      }
    }
    try forwardInParallel(&positions, definition: projection.definition)

    var result = [[Polygon]?](repeating: nil, count: features.count)
    var cursor = 0
    var ringIndex = 0
    for index in kept {
      result[index] = polygonsPerFeature[index].map { polygon in
        Polygon(rings: polygon.rings.map { _ in
          let length = ringLengths[ringIndex]
          defer {
            cursor += length
            ringIndex += 1
          }
          return Ring(Array(positions[cursor..<cursor + length]))
        })
      }
    }
    return ProjectedBoundaries(
      projection: projection, polygons: result, outsideDomain: outsideDomain, withoutPolygon: withoutPolygon)
  }

  /// The larger side of the kept communes' extent, in degrees of latitude
  /// (longitudes shrunk by the cosine of the middle latitude).
  private static func keptExtent(_ boxes: [BoundingBox]) -> Double? {
    guard let first = boxes.first else { return nil }
    let all = boxes.dropFirst().reduce(first) { $0.union($1) }
    let middle = (all.minY + all.maxY) / 2 * .pi / 180
    return max(all.height, all.width * cos(middle))
  }

  /// Appends `ring` without the vertices within `tolerance` degrees of the
  /// previous kept one, keeping the closing vertex. A ring that would fall
  /// below four positions is kept whole: the page decides what is too small.
  private static func appendThinned(_ ring: [Position], tolerance: Double, to positions: inout [Position]) {
    guard ring.count > 4, let first = ring.first, let last = ring.last else {
      positions.append(contentsOf: ring)
      return
    }
    let start = positions.count
    let lonTolerance = tolerance / max(cos(first.y * .pi / 180), 0.01)
    var previous = first
    positions.append(first)
    for p in ring.dropFirst().dropLast() where abs(p.x - previous.x) >= lonTolerance || abs(p.y - previous.y) >= tolerance {
      positions.append(p)
      previous = p
    }
    positions.append(last)
    if positions.count - start < 4 {
      positions.removeSubrange(start...)
      positions.append(contentsOf: ring)
    }
  }

  /// Below this many positions a second thread costs more than it saves.
  private static let parallelThreshold = 200_000

  private static func forwardInParallel(_ positions: inout [Position], definition: String) throws(ProjError) {
    guard positions.count >= parallelThreshold else {
      try ProjTransformation(target: definition).forward(&positions)
      return
    }
    let middle = positions.count / 2
    var halves = [Array(positions[..<middle]), Array(positions[middle...])]
    let errors = Mutex<[ProjError]>([])
    halves.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let buffer = buffer
      DispatchQueue.concurrentPerform(iterations: 2) { half in
        do throws(ProjError) {
          try ProjTransformation(target: definition).forward(&buffer[half])
        } catch {
          errors.withLock { $0.append(error) }
        }
      }
    }
    if let error = errors.withLock({ $0.first }) { throw error }
    positions = halves[0] + halves[1]
  }
}

extension BoundingBox {
  func contains(_ other: BoundingBox) -> Bool {
    other.minX >= minX && other.maxX <= maxX && other.minY >= minY && other.maxY <= maxY
  }
}
