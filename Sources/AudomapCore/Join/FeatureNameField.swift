/// Finds the property of a basemap's features that holds commune names, for
/// labels and alt text: `nom`, `name`, `com_name`, `NOM_COM`, `libelle`, `LIBGEO`…
public enum FeatureNameField {
  /// Property names that hold commune names, lower-cased, best first.
  static let knownNames = ["nom", "com_name", "nom_com", "name", "libelle", "libgeo", "nom_commune", "com_name_lower"]

  /// The first known name property that most features carry as text, or nil.
  public static func detect(in features: [Feature]) -> String? {
    var keys: [String] = []
    for feature in features.prefix(50) {
      for key in feature.properties.keys where !keys.contains(key) { keys.append(key) }
    }
    for known in knownNames {
      guard let key = keys.first(where: { $0.lowercased() == known }) else { continue }
      let named = features.filter { ($0.properties[key]?.text).map { !$0.isEmpty } ?? false }.count
      if named * 2 > features.count { return key }
    }
    return nil
  }
}
