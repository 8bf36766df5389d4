/// How `GeoJSONWriter` writes a collection: precision, properties kept, Khartis mode.
public struct GeoJSONWriteOptions: Hashable, Sendable {
  /// Decimals kept in coordinates, from 0 to 17 (6 is about 10 cm in longitude and latitude).
  public var precision: Int
  /// The properties to write, in this order; nil writes all of them in their order.
  /// A name a feature lacks is left out of that feature.
  public var keep: [String]?
  /// Writes what Khartis imports: only polygonal features, one string property
  /// `ID` (the commune code) and a top-level `"name":"poly"` for its layer.
  /// Coordinates must already be WGS84: the writer does not reproject.
  public var khartis: Bool
  /// The property holding the commune code for Khartis's `ID`; nil detects it
  /// with `FeatureCodeField.detect(in:)`.
  public var codeField: String?

  /// Options with RFC 7946's usual 6 decimals and every property by default.
  public init(precision: Int = 6, keep: [String]? = nil, khartis: Bool = false, codeField: String? = nil) {
    self.precision = precision
    self.keep = keep
    self.khartis = khartis
    self.codeField = codeField
  }
}
