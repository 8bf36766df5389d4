/// The stand-in path Cairo draws for scene path number `index` in an SVG,
/// replaced afterwards by the path's real data (see ``SVGPathWriter``).
///
/// A triangle (0,0) (1,0) (0,1), then a one-point subpath at (`index`, 0):
/// - it has an area and lies on the page, so Cairo skips neither the fill
///   (an empty path) nor the element (a shape off the page);
/// - the index makes placeholders differ, so Cairo never merges the fill of
///   one shape with the stroke of the next into one element, and a shape
///   Cairo leaves out (a transparent colour) shifts no other;
/// - rectangles and circles, the only other paths Cairo writes on the page,
///   can never have this outline.
enum SVGPlaceholder {
  /// Larger indices could not be written exactly in Cairo's fixed point;
  /// paths beyond it are drawn by Cairo itself.
  static let indices = 0..<8_000_000

  /// The outline, as points of subpaths: `[triangle, [(index, 0)]]`, each closed.
  static func subpaths(_ index: Int) -> [[(x: Double, y: Double)]] {
    [[(0, 0), (1, 0), (0, 1)], [(Double(index), 0)]]
  }

  /// The index of the placeholder whose path data, as Cairo wrote it, is `data`;
  /// nil for any other path.
  static func index(of data: UnsafeBufferPointer<UInt8>) -> Int? {
    // Cairo writes `M 0 0 L 1 0 L 0 1 Z M i 0 Z M i 0 `: checked command by
    // command rather than byte by byte, so spacing does not matter.
    guard data.count < 80, let commands = SVGPathData.parse(data), commands.count >= 6 else { return nil }
    let pixel = SVGPathData.pixel
    let x = commands[4].values.first ?? -1
    guard x >= 0, x % pixel == 0, x / pixel < Int64(indices.upperBound) else { return nil }
    func command(_ letter: Unicode.Scalar, _ values: Int64...) -> SVGPathData.Command {
      SVGPathData.Command(letter: UInt8(ascii: letter), values: values.map { $0 * pixel })
    }
    var expected = [
      command("M", 0, 0), command("L", 1, 0), command("L", 0, 1), command("Z"),
      command("M", x / pixel, 0), command("Z"),
    ]
    // Cairo moves the pen back to the start of the last subpath after closing it.
    if commands.count == 7 { expected.append(command("M", x / pixel, 0)) }
    return commands == expected ? Int(x / pixel) : nil
  }
}
