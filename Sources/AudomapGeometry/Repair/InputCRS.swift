import AudomapCore

/// How the input's coordinates are referenced, and what it takes to bring them to WGS84 lon/lat.
struct InputCRS: Hashable {
  /// The PROJ definition to reproject from; nil when the coordinates are already lon/lat degrees.
  var projDefinition: String?
  /// Whether the first value of each position is the latitude.
  var swapped: Bool
  /// What the report says, e.g. "EPSG:2154 (crs member)".
  var description: String
  /// The collection-level defects (feature index nil).
  var entries: [DefectEntry]

  /// Lambert-93 (EPSG:2154) eastings and northings over metropolitan France and Corsica, with a margin.
  static let lambert93X = 50_000.0...1_300_000.0
  static let lambert93Y = 6_000_000.0...7_200_000.0
  /// Web Mercator (EPSG:3857) spans ±20 037 508.34 m on both axes.
  static let webMercatorLimit = 20_037_508.35
  /// Metropolitan France read as latitude, longitude.
  static let swappedFranceX = 41.0...52.0
  static let swappedFranceY = -5.5...10.0

  /// Reads the `crs` member when there is one, otherwise guesses from the extent of the coordinates.
  ///
  /// Rules, in order:
  /// - a `crs` member naming CRS84 or EPSG:4326 means lon/lat (GeoJSON writers such as GDAL
  ///   write lon/lat even under EPSG:4326); any other name is handed to PROJ;
  /// - every value within ±180 / ±90: lon/lat degrees, unless every first value is in 41…52
  ///   and every second in −5.5…10: that is metropolitan France as lat/lon (as lon/lat it
  ///   would be the Horn of Africa), so the axes are swapped;
  /// - a second value beyond ±90 while every first is within ±90: swapped axes, anywhere;
  /// - x 50 000…1 300 000 and y 6 000 000…7 200 000: Lambert-93. A Web Mercator file of northern
  ///   France also falls there (y up to 6.65 M); Lambert-93 is assumed, far more common in French data;
  /// - within ±20 037 508 m: Web Mercator; anything else is an error.
  static func detect(_ collection: FeatureCollection, source: String) throws(RepairError) -> InputCRS {
    let box = BoundingBox(exteriorsOf: collection.features.flatMap { $0.geometry?.polygons ?? [] })
    if let crs = collection.crs, let name = memberName(crs) {
      return fromMember(name: name, box: box)
    }
    guard let box else { return InputCRS(projDefinition: nil, swapped: false, description: "none (no coordinates)", entries: []) }
    let range = "x \(short(box.minX))…\(short(box.maxX)), y \(short(box.minY))…\(short(box.maxY))"
    if abs(box.minX) <= 180, abs(box.maxX) <= 180, abs(box.minY) <= 90, abs(box.maxY) <= 90 {
      if swappedFranceX.contains(box.minX), swappedFranceX.contains(box.maxX), swappedFranceY.contains(box.minY),
        swappedFranceY.contains(box.maxY)
      {
        return swappedInput(
          "first values \(short(box.minX))…\(short(box.maxX)) look like latitudes of metropolitan France "
            + "and second values \(short(box.minY))…\(short(box.maxY)) like its longitudes")
      }
      return InputCRS(projDefinition: nil, swapped: false, description: "WGS84 lon/lat (no crs member)", entries: [])
    }
    if max(abs(box.minX), abs(box.maxX)) <= 90, max(abs(box.minY), abs(box.maxY)) <= 180 {
      return swappedInput("second values reach \(short(max(abs(box.minY), abs(box.maxY)))), beyond any latitude")
    }
    if lambert93X.contains(box.minX), lambert93X.contains(box.maxX), lambert93Y.contains(box.minY),
      lambert93Y.contains(box.maxY)
    {
      return projected("EPSG:2154", name: "Lambert-93", range: range)
    }
    if max(abs(box.minX), abs(box.maxX), abs(box.minY), abs(box.maxY)) <= webMercatorLimit {
      return projected("EPSG:3857", name: "Web Mercator", range: range)
    }
    throw .unrecognisedCoordinates(source: source, box: box)
  }

  /// The name in `{"type":"name","properties":{"name":…}}`, or the code of the older
  /// `{"type":"EPSG","properties":{"code":…}}`.
  private static func memberName(_ crs: JSONValue) -> String? {
    guard case .object(let object) = crs, case .object(let properties)? = object["properties"] else { return nil }
    if let name = properties["name"]?.text { return name }
    if let code = properties["code"]?.text { return "EPSG:\(code)" }
    return nil
  }

  private static func fromMember(name: String, box: BoundingBox?) -> InputCRS {
    let normalized = normalizedName(name)
    let isLonLat = normalized == "OGC:CRS84" || normalized == "EPSG:4326"
    let action = isLonLat ? "removed (RFC 7946 has no crs member; coordinates kept as lon/lat)" : "coordinates reprojected to WGS84 lon/lat"
    let entry = DefectEntry(
      defect: .legacyCRSMember, featureIndex: nil, code: nil, detail: "crs member \"\(name)\" (\(normalized)): \(action)")
    var result = InputCRS(
      projDefinition: isLonLat ? nil : normalized, swapped: false, description: "\(normalized) (crs member)",
      entries: [entry])
    // Lat/lon written under a lon/lat crs member: the extent rules still apply.
    if isLonLat, let box, swappedFranceX.contains(box.minX), swappedFranceX.contains(box.maxX),
      swappedFranceY.contains(box.minY), swappedFranceY.contains(box.maxY)
    {
      result.swapped = true
      result.description += ", axes swapped"
      result.entries += swappedInput("first values look like latitudes of metropolitan France").entries
    }
    return result
  }

  /// "urn:ogc:def:crs:EPSG::2154" and "urn:ogc:def:crs:EPSG:6.3:2154" → "EPSG:2154";
  /// every spelling of CRS84 → "OGC:CRS84"; anything else as written.
  static func normalizedName(_ name: String) -> String {
    let parts = name.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
    if parts.last?.uppercased() == "CRS84" { return "OGC:CRS84" }
    if let authority = parts.firstIndex(where: { $0.uppercased() == "EPSG" }), let code = parts.last,
      authority < parts.count - 1, Int(code) != nil
    {
      return "EPSG:\(code)"
    }
    return name
  }

  private static func swappedInput(_ why: String) -> InputCRS {
    InputCRS(
      projDefinition: nil, swapped: true, description: "WGS84 lat/lon (axes swapped, no crs member)",
      entries: [DefectEntry(defect: .swappedAxes, featureIndex: nil, code: nil, detail: "\(why): axes swapped to lon/lat")])
  }

  private static func projected(_ definition: String, name: String, range: String) -> InputCRS {
    InputCRS(
      projDefinition: definition, swapped: false, description: "\(definition) (detected from coordinate ranges)",
      entries: [
        DefectEntry(
          defect: .projectedCoordinates, featureIndex: nil, code: nil,
          detail: "\(range) without a crs member: read as \(name) (\(definition)), reprojected to WGS84 lon/lat")
      ])
  }

  private static func short(_ value: Double) -> String {
    abs(value) >= 1000 ? String(Int(value.rounded())) : String((value * 1000).rounded() / 1000)
  }
}
