/// Turns Cairo's SVG into the document we ship: stable across processes,
/// titled, and about half the size.
///
/// - Cairo names a surface's `<g>` (and any embedded image) after a counter
///   shared by every surface the process has created (`surface27`), so the
///   same scene would give different bytes after other renders. Those ids are
///   renumbered in order of first appearance. Glyph, clip and pattern ids are
///   counted per document and are already stable.
/// - Cairo repeats a ~190-byte `style` attribute on every shape; each distinct
///   style becomes a CSS class instead.
/// - Path data is rewritten by ``SVGPathData`` (relative, implicit commands).
///   Scene paths reach it as ``SVGPlaceholder``s: each gets the data that
///   ``SVGPathWriter`` wrote for it, the same bytes, without Cairo printing them.
/// - The scene title becomes `<title>` and its description `<desc>` (Cairo 1.16
///   writes neither): screen readers announce them.
///
/// None of this changes what is drawn.
enum SVGPostProcessor {
  /// Id prefixes that Cairo numbers with its process-wide counter.
  private static let globalIDPrefixes: [[UInt8]] = [Array("surface".utf8), Array("image".utf8)]
  private static let svgOpen = Array("<svg".utf8)
  private static let styleAttribute = Array(" style=\"".utf8)
  private static let pathDataAttribute = Array(" d=\"".utf8)

  /// - Parameters:
  ///   - svg: The document Cairo wrote.
  ///   - title: The scene title, for `<title>`.
  ///   - description: The scene's alt text, for `<desc>`.
  ///   - paths: The data of the paths Cairo drew as ``SVGPlaceholder``s.
  static func process(_ svg: [UInt8], title: String?, description: String? = nil, paths: SVGPathStore? = nil) -> [UInt8] {
    svg.withUnsafeBufferPointer { bytes in
      // The <svg> start tag comes before any id, style or path.
      guard let open = firstIndex(of: svgOpen, in: bytes, from: 0),
        let headerEnd = bytes[open...].firstIndex(of: UInt8(ascii: ">"))
      else { return svg }
      var styles: [[UInt8]] = []
      let body = rewriteBody(bytes, from: headerEnd + 1, styles: &styles, paths: paths)

      var output = Array(bytes[...headerEnd])
      output.reserveCapacity(body.count + 1000)
      if let title {
        output.append(contentsOf: "\n<title>\(escaped(title))</title>".utf8)
      }
      if let description {
        output.append(contentsOf: "\n<desc>\(escaped(description))</desc>".utf8)
      }
      if !styles.isEmpty {
        output.append(contentsOf: "\n<style type=\"text/css\">\n".utf8)
        for (index, style) in styles.enumerated() {
          output.append(contentsOf: ".s\(index){".utf8)
          output.append(contentsOf: style)
          output.append(contentsOf: "}\n".utf8)
        }
        output.append(contentsOf: "</style>".utf8)
      }
      output.append(contentsOf: body)
      return output
    }
  }

  private static func rewriteBody(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, styles: inout [[UInt8]], paths: SVGPathStore?
  ) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count - start)
    var globalIDs: [[UInt8]: Int] = [:]
    var styleClasses: [StyleKey: Int] = [:]
    /// ` class="sN"` for each style, in the order of `styles`.
    var classAttributes: [[UInt8]] = []
    // Bytes are copied in runs, up to the next attribute or id rewritten.
    var runStart = start
    var i = start
    while i < bytes.count {
      let byte = bytes[i]
      if byte == UInt8(ascii: " ") {
        if let (valueStart, valueEnd) = attributeValue(styleAttribute, in: bytes, at: i) {
          output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
          let style = StyleKey(bytes: Array(bytes[valueStart..<valueEnd]))
          let index = styleClasses[style] ?? styles.count
          if index == styles.count {
            styleClasses[style] = index
            styles.append(style.bytes)
            classAttributes.append(Array(" class=\"s\(index)\"".utf8))
          }
          output.append(contentsOf: classAttributes[index])
          i = valueEnd + 1
          runStart = i
          continue
        }
        if let (valueStart, valueEnd) = attributeValue(pathDataAttribute, in: bytes, at: i) {
          output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
          let data = UnsafeBufferPointer(rebasing: bytes[valueStart..<valueEnd])
          output.append(contentsOf: pathDataAttribute)
          if let paths, let index = SVGPlaceholder.index(of: data), index < paths.count {
            output.append(contentsOf: paths[index])
          } else {
            output.append(contentsOf: SVGPathData.compact(data) ?? Array(data))
          }
          output.append(UInt8(ascii: "\""))
          i = valueEnd + 1
          runStart = i
          continue
        }
      }
      i += 1
      // Ids are only ever written as `id="…"` or referenced as `#…`.
      guard byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "#") else { continue }
      for prefix in globalIDPrefixes where hasPrefix(prefix, in: bytes, at: i) {
        var end = i + prefix.count
        while end < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end]) { end += 1 }
        guard end > i + prefix.count else { break }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
        let id = Array(bytes[i..<end])
        let number = globalIDs[id] ?? globalIDs.count + 1
        globalIDs[id] = number
        output.append(contentsOf: prefix)
        output.append(contentsOf: String(number).utf8)
        i = end
        runStart = i
        break
      }
    }
    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
    return output
  }

  /// A style attribute's value as a dictionary key, hashed in one call
  /// rather than byte by byte (there is one per shape).
  private struct StyleKey: Hashable {
    let bytes: [UInt8]

    func hash(into hasher: inout Hasher) {
      bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
  }

  /// The bounds of the value when `attribute` (e.g. ` d="`) starts at `index`.
  private static func attributeValue(
    _ attribute: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at index: Int
  ) -> (start: Int, end: Int)? {
    guard hasPrefix(attribute, in: bytes, at: index) else { return nil }
    let start = index + attribute.count
    guard let end = bytes[start...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
    return (start, end)
  }

  private static func hasPrefix(_ prefix: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    guard index + prefix.count <= bytes.count else { return false }
    for offset in 0..<prefix.count where bytes[index + offset] != prefix[offset] { return false }
    return true
  }

  private static func firstIndex(of pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    (start..<bytes.count).first { hasPrefix(pattern, in: bytes, at: $0) }
  }

  private static func escaped(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
