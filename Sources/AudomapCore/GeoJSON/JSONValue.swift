/// A JSON value as found in GeoJSON properties. Objects keep their key order
/// so that a repaired file lists properties as the original did.
public enum JSONValue: Hashable, Sendable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object(JSONObject)

  /// The value as text for joins and labels: strings as they are, integral
  /// numbers without a decimal part, one-element arrays unwrapped (the
  /// OpenDataSoft 2025 exports wrap every property in an array).
  public var text: String? {
    switch self {
    case .string(let s): return s
    case .number(let n):
      if n.rounded() == n, abs(n) < 1e15 { return String(Int64(n)) }
      return String(n)
    case .bool(let b): return b ? "true" : "false"
    case .array(let items) where items.count == 1: return items[0].text
    case .null, .array, .object: return nil
    }
  }
}

/// A JSON object with its keys in file order.
public struct JSONObject: Hashable, Sendable {
  public private(set) var keys: [String]
  public private(set) var values: [JSONValue]

  public init() {
    keys = []
    values = []
  }

  public init(_ pairs: [(String, JSONValue)]) {
    self.init()
    for (key, value) in pairs { self[key] = value }
  }

  public var count: Int { keys.count }

  public subscript(key: String) -> JSONValue? {
    get { keys.firstIndex(of: key).map { values[$0] } }
    set {
      if let index = keys.firstIndex(of: key) {
        if let newValue { values[index] = newValue } else {
          keys.remove(at: index)
          values.remove(at: index)
        }
      } else if let newValue {
        keys.append(key)
        values.append(newValue)
      }
    }
  }

  /// Appends without looking for an existing key: for readers that already
  /// resolved duplicates (the last one wins, as in JavaScript).
  public mutating func append(key: String, value: JSONValue) {
    self[key] = value
  }

  /// Only the members named in `names`, in that order (names it lacks are skipped).
  public func keeping(_ names: [String]) -> JSONObject {
    JSONObject(names.compactMap { name in self[name].map { (name, $0) } })
  }

  public var pairs: [(key: String, value: JSONValue)] {
    Array(zip(keys, values)).map { (key: $0.0, value: $0.1) }
  }
}
