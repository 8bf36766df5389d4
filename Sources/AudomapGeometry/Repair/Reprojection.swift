import AudomapCore

/// Brings every position of a collection to WGS84 lon/lat: axes swapped in Swift,
/// projected coordinates through PROJ in one bulk call.
enum Reprojection {
  static func toLonLat(_ features: [Feature], from crs: InputCRS) throws(ProjError) -> [Feature] {
    guard crs.swapped || crs.projDefinition != nil else { return features }
    var positions: [Position] = []
    for feature in features { if let geometry = feature.geometry { append(geometry, to: &positions) } }
    if crs.swapped {
      for i in positions.indices { positions[i] = Position(x: positions[i].y, y: positions[i].x) }
    }
    if let definition = crs.projDefinition {
      try ProjTransformation(source: definition, target: "EPSG:4326").forward(&positions)
    }
    var cursor = 0
    return features.map { feature in
      var feature = feature
      feature.geometry = feature.geometry.map { rebuild($0, from: positions, cursor: &cursor) }
      return feature
    }
  }

  private static func append(_ geometry: Geometry, to positions: inout [Position]) {
    switch geometry {
    case .point(let p): positions.append(p)
    case .multiPoint(let ps), .lineString(let ps): positions += ps
    case .multiLineString(let lines): for line in lines { positions += line }
    case .polygon(let polygon): for ring in polygon.rings { positions += ring.positions }
    case .multiPolygon(let polygons): for ring in polygons.lazy.flatMap(\.rings) { positions += ring.positions }
    case .geometryCollection(let members): for member in members { append(member, to: &positions) }
    }
  }

  private static func rebuild(_ geometry: Geometry, from positions: [Position], cursor: inout Int) -> Geometry {
    func take(_ count: Int) -> [Position] {
      defer { cursor += count }
      return Array(positions[cursor..<cursor + count])
    }
    func polygon(_ polygon: Polygon) -> Polygon { Polygon(rings: polygon.rings.map { Ring(take($0.positions.count)) }) }
    switch geometry {
    case .point: return .point(take(1)[0])
    case .multiPoint(let ps): return .multiPoint(take(ps.count))
    case .lineString(let ps): return .lineString(take(ps.count))
    case .multiLineString(let lines): return .multiLineString(lines.map { take($0.count) })
    case .polygon(let p): return .polygon(polygon(p))
    case .multiPolygon(let ps): return .multiPolygon(ps.map(polygon))
    case .geometryCollection(let members): return .geometryCollection(members.map { rebuild($0, from: positions, cursor: &cursor) })
    }
  }
}
