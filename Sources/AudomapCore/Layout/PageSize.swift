/// The pixel size of a visual (points for PDF), parsed from `WxH`.
public struct PageSize: Hashable, Sendable, CustomStringConvertible {
  public var width: Int
  public var height: Int

  /// Sizes beyond this are refused: a 20000×20000 ARGB image already takes 1.6 GB.
  public static let validRange = 16...20_000

  public init(width: Int, height: Int) {
    precondition(Self.validRange.contains(width) && Self.validRange.contains(height), "page size out of range")
    self.width = width
    self.height = height
  }

  /// Parses `1080x1080` (also `1080X1080` or `1080×1080`); nil when malformed or out of range.
  public init?(parsing text: String) {
    let parts = text.split(whereSeparator: { $0 == "x" || $0 == "X" || $0 == "×" })
    guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]),
      Self.validRange.contains(w), Self.validRange.contains(h)
    else { return nil }
    self.init(width: w, height: h)
  }

  public var description: String { "\(width)x\(height)" }
}
