/// Why a file could not be read as GeoJSON, and where.
///
/// The description reads `file:line:column: what inside feature N (what to do)`.
public enum GeoJSONError: AudomapError, Hashable {
  /// The file holds nothing, or only whitespace.
  case emptyFile(Location)
  /// The file is some other kind of content, such as a CSV table or an HTML page.
  case notGeoJSON(Location, content: Content)
  /// The file ends in the middle of a value.
  case truncated(Location)
  /// A character that JSON does not allow here.
  case unexpected(Location, expected: String, found: String)
  /// Bytes that are not a JSON number.
  case invalidNumber(Location, text: String)
  /// A JSON number too large for a Double.
  case numberOutOfRange(Location, text: String)
  /// A string with a bad escape, a raw control character or bytes that are not UTF-8.
  case invalidString(Location, problem: StringProblem)
  /// A `type` member naming a type that is unknown or not allowed here.
  case unexpectedType(Location, type: String, expected: String)
  /// Coordinates not nested as their geometry type requires, or not numbers.
  case invalidCoordinates(Location, geometryType: String, expected: String, found: String)
  /// An object without a member its type requires.
  case missingMember(Location, member: String, type: String)
  /// Arrays or objects nested deeper than the reader allows.
  case nestedTooDeeply(Location, limit: Int)
  /// More content after the end of the top-level object.
  case trailingContent(Location, found: String)

  /// Where in a file an error is.
  public struct Location: Hashable, Sendable {
    /// The file name as given to the reader.
    public var file: String
    /// The line, from 1.
    public var line: Int
    /// The column, from 1, counted in Unicode scalars from the start of the line.
    public var column: Int
    /// The index in `features` (from 0) of the feature being read, if any.
    public var feature: Int?

    public init(file: String, line: Int, column: Int, feature: Int? = nil) {
      self.file = file
      self.line = line
      self.column = column
      self.feature = feature
    }
  }

  /// What a file that is not GeoJSON seems to hold instead.
  public enum Content: Hashable, Sendable {
    /// A delimited table; `firstLine` is its start, for the message.
    case csvTable(firstLine: String)
    /// Markup, typically an error or login page saved instead of the file.
    case htmlPage
    /// A JSON array, such as an OpenDataSoft "records" export.
    case jsonArray
    /// A JSON object with no `type` member.
    case objectWithoutType
    /// A TopoJSON `Topology`.
    case topoJSON
    /// Text in UTF-16 rather than UTF-8.
    case utf16Text
    /// Anything else; `found` describes the first character.
    case unknown(found: String)
  }

  /// What is wrong with a string.
  public enum StringProblem: Hashable, Sendable {
    /// A backslash followed by something JSON does not define, e.g. `\x`.
    case invalidEscape(String)
    /// A byte below 0x20, which JSON requires to be escaped.
    case controlCharacter(UInt8)
    /// Bytes that are not UTF-8, typically Latin-1 or Windows-1252 text.
    case notUTF8
    /// A `\uXXXX` escape for half of a UTF-16 surrogate pair without the other half.
    case loneSurrogate(String)
  }

  public var exitStatus: ExitStatus { .dataError }

  public var description: String {
    let inside = location.feature.map { " inside feature \($0)" } ?? ""
    let (what, advice) = explanation
    return "\(location.file):\(location.line):\(location.column): \(what)\(inside) (\(advice))"
  }

  /// Where the error is.
  public var location: Location {
    switch self {
    case .emptyFile(let l), .notGeoJSON(let l, _), .truncated(let l), .unexpected(let l, _, _),
      .invalidNumber(let l, _), .numberOutOfRange(let l, _), .invalidString(let l, _),
      .unexpectedType(let l, _, _), .invalidCoordinates(let l, _, _, _), .missingMember(let l, _, _),
      .nestedTooDeeply(let l, _), .trailingContent(let l, _):
      return l
    }
  }

  /// What is wrong and what to do, for the description.
  private var explanation: (what: String, advice: String) {
    switch self {
    case .emptyFile:
      return ("the file is empty", "expected GeoJSON: check the path, or download the file again")
    case .notGeoJSON(_, let content):
      return content.explanation
    case .truncated:
      return ("unexpected end of file", "the file looks truncated: download it again")
    case .unexpected(_, let expected, let found):
      return ("expected \(expected), found \(found)", Self.syntaxAdvice(expected: expected, found: found))
    case .invalidNumber(_, let text):
      return (
        "invalid number '\(text)'",
        "JSON numbers look like -1.25 or 3e-5: a dot for decimals, no leading zero, no NaN or Infinity"
      )
    case .numberOutOfRange(_, let text):
      return ("number '\(text)' is too large", "fix the value or export the file again")
    case .invalidString(_, let problem):
      return problem.explanation
    case .unexpectedType(_, let type, let expected):
      return Self.typeExplanation(type: type, expected: expected)
    case .invalidCoordinates(_, let geometryType, let expected, let found):
      return (
        "expected \(expected) in the coordinates of a \(geometryType), found \(found)",
        "\(Self.coordinatesShape(of: geometryType)): fix the file or export it again"
      )
    case .missingMember(_, let member, let type):
      return ("a \(type) without a \"\(member)\" member", "add it, or export the file again")
    case .nestedTooDeeply(_, let limit):
      return ("arrays or objects nested more than \(limit) levels deep", "flatten these properties")
    case .trailingContent(_, let found):
      return (
        "unexpected \(found) after the end of the GeoJSON object",
        "a file holds one object: put the features of a one-feature-per-line file in a FeatureCollection"
      )
    }
  }

  private static func syntaxAdvice(expected: String, found: String) -> String {
    if expected.hasPrefix("','") {
      return "a comma is probably missing before it"
    }
    if expected.hasSuffix("after ','") {
      return "JSON allows no comma before a closing bracket: remove it"
    }
    if found == "'''" {
      return "JSON strings and member names take double quotes"
    }
    return "the file is not valid JSON here: fix it or export it again"
  }

  private static let geometryTypes = [
    "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection",
  ]

  private static func typeExplanation(type: String, expected: String) -> (what: String, advice: String) {
    if geometryTypes.contains(type) || type == "Feature" || type == "FeatureCollection" {
      return ("a \(type) where \(expected) was expected", "check the structure of the file or export it again")
    }
    let lowercased = type.lowercased()
    if let known = (geometryTypes + ["Feature", "FeatureCollection"]).first(where: { $0.lowercased() == lowercased }) {
      return ("unknown type \"\(type)\"", "type names are case-sensitive: write \"\(known)\"")
    }
    return ("unknown type \"\(type)\"", "expected \(expected)")
  }

  private static func coordinatesShape(of geometryType: String) -> String {
    switch geometryType {
    case "Point": return "a Point's coordinates are one position [x, y]"
    case "MultiPoint", "LineString": return "a \(geometryType)'s coordinates are an array of positions [x, y]"
    case "MultiLineString": return "a MultiLineString's coordinates are an array of lines, each an array of positions"
    case "Polygon": return "a Polygon's coordinates are an array of rings, each an array of positions [x, y]"
    default: return "a MultiPolygon's coordinates are an array of polygons, each an array of rings of positions"
    }
  }
}

extension GeoJSONError.Content {
  fileprivate var explanation: (what: String, advice: String) {
    switch self {
    case .csvTable(let firstLine):
      return (
        "expected GeoJSON, found a table starting \"\(firstLine)\"",
        "a table of values is a dataset: give a GeoJSON file of boundaries here"
      )
    case .htmlPage:
      return (
        "expected GeoJSON, found an HTML or XML page",
        "the download probably saved an error or login page: download the GeoJSON file again"
      )
    case .jsonArray:
      return (
        "expected a GeoJSON object, found a JSON array",
        "an OpenDataSoft \"records\" export is an array: export the dataset as GeoJSON instead"
      )
    case .objectWithoutType:
      return (
        "expected a GeoJSON object, found a JSON object without a \"type\" member",
        "this JSON is not GeoJSON: export the boundaries as GeoJSON"
      )
    case .topoJSON:
      return ("expected GeoJSON, found TopoJSON", "convert it to GeoJSON first, e.g. with mapshaper")
    case .utf16Text:
      return ("expected UTF-8 text, found UTF-16", "save the file as UTF-8")
    case .unknown(let found):
      return ("expected a GeoJSON object starting with '{', found \(found)", "this is not a JSON file: check the path")
    }
  }
}

extension GeoJSONError.StringProblem {
  fileprivate var explanation: (what: String, advice: String) {
    switch self {
    case .invalidEscape(let escape):
      return (
        "invalid escape '\(escape)' in a string",
        #"the escapes JSON allows are \" \\ \/ \b \f \n \r \t and \uXXXX"#
      )
    case .controlCharacter(let byte):
      return (
        "raw control character 0x\(byte < 0x10 ? "0" : "")\(String(byte, radix: 16, uppercase: true)) in a string",
        "a string is not closed, or holds an unescaped line break or tab: fix it"
      )
    case .notUTF8:
      return (
        "bytes that are not UTF-8 in a string",
        "the file may be in Latin-1 or Windows-1252: convert it to UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8"
      )
    case .loneSurrogate(let escape):
      return ("unpaired UTF-16 surrogate '\(escape)' in a string", "fix the escape or export the file again")
    }
  }
}
