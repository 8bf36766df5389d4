import AudomapCore

/// OpenDataSoft 2025 exports wrap every property value in a one-element array
/// (`"com_code":["31061"]`), which mapping tools read as lists, not codes.
enum WrappedProperties {
  /// The features with every one-element array of a scalar replaced by the scalar, and
  /// one report entry naming the properties unwrapped (none if there were none).
  static func unwrap(_ features: [Feature]) -> (features: [Feature], entries: [DefectEntry]) {
    var names: [String] = []
    var unwrappedFeatures = 0
    let result = features.map { feature in
      var feature = feature
      var changed = false
      for (key, value) in zip(feature.properties.keys, feature.properties.values) {
        guard case .array(let items) = value, items.count == 1, isScalar(items[0]) else { continue }
        feature.properties[key] = items[0]
        changed = true
        if !names.contains(key) { names.append(key) }
      }
      if changed { unwrappedFeatures += 1 }
      return feature
    }
    guard !names.isEmpty else { return (features, []) }
    let entry = DefectEntry(
      defect: .wrappedProperties, featureIndex: nil, code: nil,
      detail: "\(names.count) properties (\(names.joined(separator: ", "))) held one-element arrays (as OpenDataSoft 2025 exports write them) in "
        + "\(ReportNumberFormat.grouped(unwrappedFeatures)) feature(s): unwrapped to plain values")
    return (result, [entry])
  }

  private static func isScalar(_ value: JSONValue) -> Bool {
    switch value {
    case .string, .number, .bool, .null: return true
    case .array, .object: return false
    }
  }
}
