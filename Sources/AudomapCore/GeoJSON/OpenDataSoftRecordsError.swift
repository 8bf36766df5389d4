/// Why an OpenDataSoft "records" JSON export could not be read, and in which record.
///
/// The description reads `file: what in record N (what to do)`; records are
/// counted from 0, as features are.
public enum OpenDataSoftRecordsError: AudomapError, Hashable {
  /// An element of the top-level array that is not a record holding a shape.
  case notARecord(file: String, record: Int, found: String)
  /// A shape field whose value is not a GeoJSON geometry.
  case invalidGeometry(file: String, record: Int, path: String, expected: String, found: String)

  public var exitStatus: ExitStatus { .dataError }

  public var description: String {
    switch self {
    case .notARecord(let file, let record, let found):
      return "\(file): expected an OpenDataSoft record with \"fields\" or \"geo_shape\", found \(found) "
        + "in record \(record) (this JSON array is not a records export: export the dataset as GeoJSON instead)"
    case .invalidGeometry(let file, let record, let path, let expected, let found):
      return "\(file): expected \(expected) at \(path), found \(found) in record \(record) "
        + "(the shape is damaged: export the dataset again, preferably as GeoJSON)"
    }
  }
}
