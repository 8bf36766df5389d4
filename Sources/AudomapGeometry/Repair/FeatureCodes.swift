import AudomapCore

/// Step 4 of the repair: the code field, and features without a code or sharing one.
enum FeatureCodes {
  /// The field given with `--id-field` (it must exist) or the one detected, and whether it was detected.
  static func field(
    in features: [Feature], given: String?, source: String
  ) throws(RepairError) -> (name: String?, detected: Bool) {
    guard let given else { return (FeatureCodeField.detect(in: features), true) }
    guard features.contains(where: { $0.properties[given] != nil }) else {
      var names: [String] = []
      var seen: Set<String> = []
      for key in features.lazy.flatMap(\.properties.keys) where seen.insert(key).inserted { names.append(key) }
      throw .unknownIdField(source: source, field: given, available: names)
    }
    return (given, false)
  }

  /// The commune code of each feature, nil when it has none or an invalid one.
  static func codes(of features: [Feature], field: String?) -> [String?] {
    guard let field else { return features.map { _ in nil } }
    return FeatureCodeField.values(in: features, field: field)
  }

  /// Entries for the kept features (input indexes `kept`) without a valid code or sharing one.
  static func entries(features: [Feature], kept: [Int], field: String?, codes: [String?]) -> [DefectEntry] {
    guard let field else {
      return [
        DefectEntry(
          defect: .missingCode, featureIndex: nil, code: nil,
          detail: "no property holds commune codes: codes left unchecked (give one with --id-field)")
      ]
    }
    var entries: [DefectEntry] = []
    var byCode: [String: [Int]] = [:]
    for index in kept {
      guard let code = codes[index] else {
        let value = features[index].properties[field]
        let found = value?.text.map { "\"\($0)\" is not a commune code" } ?? (value == nil ? "no \"\(field)\" property" : "\"\(field)\" is empty")
        entries.append(DefectEntry(defect: .missingCode, featureIndex: index, code: nil, detail: "\(found): kept without a code"))
        continue
      }
      byCode[code, default: []].append(index)
    }
    for index in kept {
      guard let code = codes[index], let sharing = byCode[code], sharing.count > 1 else { continue }
      let others = sharing.filter { $0 != index }
      entries.append(
        DefectEntry(
          defect: .duplicateCode, featureIndex: index, code: code,
          detail: "code \(code) also on feature(s) \(others.map(String.init).joined(separator: ", ")): kept",
          otherFeatureIndex: others.first))
    }
    return entries
  }
}
