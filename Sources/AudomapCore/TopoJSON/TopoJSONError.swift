/// Why a TopoJSON topology could not be turned into features, and where.
///
/// The description reads `file: what in object "name", feature N (what to do)`;
/// features are counted from 0 among the chosen object's geometries. JSON
/// syntax errors are `GeoJSONError`s, located by line and column.
public enum TopoJSONError: AudomapError, Hashable {
  /// A member the topology or one of its geometries requires is missing.
  case missingMember(Location, member: String)
  /// A member whose value has the wrong shape.
  case invalidMember(Location, member: String, expected: String, found: String)
  /// An arc index beyond the topology's `arcs` (a negative index `~i` names arc `i`, reversed).
  case arcIndexOutOfRange(Location, index: Int, arcCount: Int)
  /// A geometry `type` that TopoJSON does not define.
  case unknownType(Location, type: String)
  /// A topology whose `objects` is empty.
  case noObjects(Location)

  /// Where in a topology an error is.
  public struct Location: Hashable, Sendable {
    /// The file name as given to the reader.
    public var file: String
    /// The name of the object in `objects` being read, if any.
    public var object: String?
    /// The index (from 0) of the feature being read from that object, if any.
    public var feature: Int?

    /// A location; `object` and `feature` are nil for the topology as a whole.
    public init(file: String, object: String? = nil, feature: Int? = nil) {
      self.file = file
      self.object = object
      self.feature = feature
    }
  }

  public var exitStatus: ExitStatus { .dataError }

  /// Where the error is.
  public var location: Location {
    switch self {
    case .missingMember(let l, _), .invalidMember(let l, _, _, _), .arcIndexOutOfRange(let l, _, _),
      .unknownType(let l, _), .noObjects(let l):
      return l
    }
  }

  public var description: String {
    var place = ""
    if let object = location.object { place += " in object \"\(object)\"" }
    if let feature = location.feature { place += "\(place.isEmpty ? " in" : ",") feature \(feature)" }
    let (what, advice) = explanation
    return "\(location.file): \(what)\(place) (\(advice))"
  }

  private var explanation: (what: String, advice: String) {
    let damaged = "the topology is damaged or truncated: export or download it again"
    switch self {
    case .missingMember(_, let member):
      return ("no \"\(member)\" member", damaged)
    case .invalidMember(_, let member, let expected, let found):
      return ("expected \(expected) for \"\(member)\", found \(found)", damaged)
    case .arcIndexOutOfRange(_, let index, let arcCount):
      return ("arc index \(index) is out of range: the topology has \(arcCount) arcs", damaged)
    case .unknownType(_, let type):
      return (
        "unknown geometry type \"\(type)\"",
        "TopoJSON geometries are Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon, "
          + "GeometryCollection or null; type names are case-sensitive"
      )
    case .noObjects:
      return ("the topology has no objects", "there is nothing to map in it: check the file")
    }
  }
}
