/// Reads an OpenDataSoft "records" JSON export: a top-level array of records.
///
/// A v1 record is `{datasetid, recordid, fields, geometry, record_timestamp}`:
/// its `geometry` is only a Point (the centroid) and the commune polygon is
/// the `geo_shape` field. Each record becomes one feature:
/// - the geometry is `fields.geo_shape` (a geometry, or a Feature as in v2
///   exports), else the record's `geometry`, else none;
/// - the properties are the other fields in file order, `geo_point_2d`
///   (`[lat, lon]`) included, so they match the dataset's GeoJSON export;
/// - `recordid` becomes the feature's `id`, leaving the properties as the
///   GeoJSON export has them; `datasetid` and `record_timestamp` are dropped.
/// A record without `fields` is read as its own fields: the shape of the v2
/// "json" export, whose elements are flat objects with a `geo_shape`.
enum OpenDataSoftRecords {
  static let shapeField = "geo_shape"

  /// The features of the records in `root`, a JSON array.
  static func features(from root: [JSONValue], source: String) throws(OpenDataSoftRecordsError) -> FeatureCollection {
    var features: [Feature] = []
    features.reserveCapacity(root.count)
    var extraDimensions = 0
    var featuresWithExtraDimensions: [Int] = []
    for (index, record) in root.enumerated() {
      let fields: JSONObject
      let fieldsPath: String
      switch (record[member: "fields"], record) {
      case (.object(let nested)?, _): (fields, fieldsPath) = (nested, "fields.")
      case (_, .object(let flat)) where flat[shapeField] != nil: (fields, fieldsPath) = (flat, "")
      default: throw .notARecord(file: source, record: index, found: record.shortDescription)
      }
      let (shape, path) =
        fields[shapeField].map { ($0, fieldsPath + shapeField) } ?? (record[member: "geometry"] ?? .null, "geometry")
      let before = extraDimensions
      let geometry: Geometry?
      do {
        geometry = try GeometryValue.geometry(shape, path: path, extraDimensions: &extraDimensions)
      } catch {
        throw .invalidGeometry(
          file: source, record: index, path: error.path, expected: error.expected, found: error.found)
      }
      if extraDimensions > before { featuresWithExtraDimensions.append(index) }
      var properties = JSONObject()
      for (key, value) in fields.pairs where key != shapeField { properties.append(key: key, value: value) }
      features.append(Feature(id: record[member: "recordid"], geometry: geometry, properties: properties))
    }
    return FeatureCollection(
      features: features, droppedDimensions: extraDimensions, featuresWithExtraDimensions: featuresWithExtraDimensions,
      format: .openDataSoftRecords)
  }
}
