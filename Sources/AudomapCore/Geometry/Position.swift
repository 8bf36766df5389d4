/// A coordinate pair: longitude/latitude in WGS84, or x/y once projected.
public struct Position: Hashable, Codable, Sendable {
  public var x: Double
  public var y: Double

  public init(x: Double, y: Double) {
    self.x = x
    self.y = y
  }
}
