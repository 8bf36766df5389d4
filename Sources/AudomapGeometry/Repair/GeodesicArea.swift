import AudomapCore

/// The area of commune polygons on the ground, as the repair report measures it.
public enum GeodesicArea {
  /// Square metres of WGS84 lon/lat `polygons` (holes subtracted), on the authalic sphere.
  public static func squareMetres(_ polygons: [Polygon]) -> Double { RingMeasures.area(polygons) }
}
