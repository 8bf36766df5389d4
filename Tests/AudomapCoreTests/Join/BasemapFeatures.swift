import AudomapCore
import Foundation
import Testing

/// Features of a real basemap with their properties only, read with
/// JSONSerialization so that join tests do not depend on the GeoJSON reader.
enum BasemapFeatures {
  static func load(_ path: String) throws -> [Feature] {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    let root = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
    let features = try #require(root["features"] as? [[String: Any]])
    return features.map { feature in
      // JSONSerialization loses the key order: sort it so that tie-breaks are stable.
      let properties = (feature["properties"] as? [String: Any] ?? [:]).sorted { $0.key < $1.key }
      return Feature(geometry: nil, properties: JSONObject(properties.map { ($0.key, value($0.value)) }))
    }
  }

  private static func value(_ any: Any) -> JSONValue {
    switch any {
    case let text as String: return .string(text)
    case let number as NSNumber: return .number(number.doubleValue)
    case let items as [Any]: return .array(items.map(value))
    case let object as [String: Any]:
      return .object(JSONObject(object.sorted { $0.key < $1.key }.map { ($0.key, value($0.value)) }))
    default: return .null
    }
  }
}
