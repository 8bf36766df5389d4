/// Finds the property of a basemap's features that holds commune codes.
public enum FeatureCodeField {
  /// The property whose values are (nearly) all commune codes, or nil.
  ///
  /// Values are read through ``JSONValue/text``, so numbers and the one-element
  /// arrays of OpenDataSoft exports count. Names such as `code`, `com_code`,
  /// `insee`, `INSEE_COM` or `codgeo` win; on a tie, the property met first wins.
  public static func detect(in features: [Feature]) -> String? {
    var names: [String] = []
    var seen: Set<String> = []
    for feature in features {
      for key in feature.properties.keys where seen.insert(key).inserted { names.append(key) }
    }
    return CodeFieldRanking.best(names: names, itemCount: features.count) { name, feature in
      features[feature].properties[names[name]]?.text
    }
  }
}

extension FeatureCodeField {
  /// The commune code of each feature in property `field`; nil where it is
  /// missing or not a valid code.
  ///
  /// Values are read through ``JSONValue/text``: strings keep their leading
  /// zeros, one-element arrays are unwrapped, and a number counts only when
  /// its digits already form a code (`62040`; `1001`, which lost its zero, is nil).
  public static func values(in features: [Feature], field: String) -> [String?] {
    features.map { feature in feature.properties[field]?.text.flatMap(CommuneCode.init(_:))?.rawValue }
  }
}
