import AudomapCore

/// Brings an older basemap to a newer geography (`--update-codes`): the
/// features of communes merged since become one feature of their current
/// commune, their polygons dissolved by a GEOS union.
///
/// ## Example
/// ```swift
/// let plan = CodeUpdatePlan(codes: codes, tableCodes: tableCodes, history: history)
/// let updated = try CodeUpdate.apply(plan, to: basemap, codeField: "code", history: history)
/// ```
public enum CodeUpdate {
  /// `collection` with each merge of `plan` done: one feature per current
  /// commune, where its first feature was, with the union of the polygons.
  ///
  /// The feature that already had the current code keeps its properties
  /// (else the first former commune's are used); its code becomes the current
  /// code and a property holding one of its former names takes the current name.
  /// - Throws: `GEOSError` when GEOS cannot union the polygons.
  public static func apply(
    _ plan: CodeUpdatePlan, to collection: FeatureCollection, codeField: String, history: CommuneHistory
  ) throws(GEOSError) -> FeatureCollection {
    var replacement: [Int: Feature] = [:]
    var removed: Set<Int> = []
    for merge in plan.merges {
      guard let first = merge.features.first else { continue }
      var feature = collection.features[first]
      let members = merge.features.map { collection.features[$0] }
      if members.count > 1 {
        feature.geometry = try Dissolve.outline(of: FeatureCollection(features: members))
      }
      feature.properties = renamed(
        feature.properties, codeField: codeField, code: merge.code,
        formerNames: members.reduce(into: Set<String>()) { names, member in
          if let code = member.properties[codeField]?.text.flatMap(CommuneCode.init(_:)) {
            names.formUnion(history.names(of: code))
          }
        },
        currentName: merge.name)
      replacement[first] = feature
      removed.formUnion(merge.features.dropFirst())
    }
    var updated = collection
    updated.features = collection.features.indices.compactMap { index in
      removed.contains(index) ? nil : replacement[index] ?? collection.features[index]
    }
    return updated
  }

  /// The properties with `codeField` set to `code` and any property holding
  /// one of `formerNames` set to `currentName`, each keeping its JSON shape
  /// (an OpenDataSoft one-element array stays one).
  private static func renamed(
    _ properties: JSONObject, codeField: String, code: CommuneCode, formerNames: Set<String>, currentName: String?
  ) -> JSONObject {
    var result = properties
    for (key, value) in properties.pairs {
      if key == codeField {
        result[key] = replacingText(of: value, with: code.rawValue)
      } else if let currentName, let text = value.text, formerNames.contains(text) {
        result[key] = replacingText(of: value, with: currentName)
      }
    }
    return result
  }

  private static func replacingText(of value: JSONValue, with text: String) -> JSONValue {
    switch value {
    case .array(let items) where items.count == 1: return .array([replacingText(of: items[0], with: text)])
    case .number: return Double(text).map(JSONValue.number) ?? .string(text)
    default: return .string(text)
    }
  }
}
