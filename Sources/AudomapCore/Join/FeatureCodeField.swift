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
