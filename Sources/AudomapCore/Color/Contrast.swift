import Foundation

extension Color {
  /// WCAG 2.x relative luminance: 0 for black, 1 for white (alpha ignored).
  ///
  /// WCAG 2.x writes the sRGB threshold as 0.03928 where the sRGB standard
  /// has 0.04045; no 8-bit component lies between the two (10/255 ≈ 0.0392,
  /// 11/255 ≈ 0.0431), so `linearized` gives WCAG's values for every hex colour.
  public var relativeLuminance: Double {
    0.2126 * Color.linearized(red) + 0.7152 * Color.linearized(green) + 0.0722 * Color.linearized(blue)
  }

  /// The WCAG 2.x contrast ratio with `other`, from 1 (same luminance) to 21 (black on white).
  public func contrastRatio(with other: Color) -> Double {
    let (a, b) = (relativeLuminance, other.relativeLuminance)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)
  }

  /// This colour painted over `background`, taken as opaque: source-over
  /// blending of the encoded components, as Cairo and browsers do.
  public func composited(over background: Color) -> Color {
    func blend(_ top: Double, _ bottom: Double) -> Double { top * alpha + bottom * (1 - alpha) }
    return Color(
      red: blend(red, background.red), green: blend(green, background.green), blue: blend(blue, background.blue))
  }
}

/// Text size as WCAG 2.x counts it: large text may have less contrast.
public enum TextSize: Hashable, Sendable {
  case normal
  /// At least 18 pt (24 CSS px), or 14 pt (about 18.66 CSS px) in bold.
  case large

  /// The size class of text `pixelSize` CSS px high as displayed (for an
  /// image, its size on the reader's screen, not in the file's pixels).
  public init(pixelSize: Double, bold: Bool) {
    self = pixelSize >= 24 || (bold && pixelSize >= 18.66) ? .large : .normal
  }

  /// The smallest contrast ratio WCAG 2.x AA accepts (success criterion 1.4.3).
  public var minimumContrast: Double {
    switch self {
    case .normal: return 4.5
    case .large: return 3
    }
  }
}

/// A kind of text in a visual, in its colour over what lies behind it.
public struct TextOnBackground: Hashable, Sendable {
  /// What the text is and which setting gives its colour, e.g.
  /// "legend labels (neutrals.text)": the warning names it.
  public let role: String
  public let text: Color
  /// Opaque; a translucent `text` is composited over it.
  public let background: Color
  public let size: TextSize

  public init(role: String, text: Color, background: Color, size: TextSize) {
    self.role = role
    self.text = text
    self.background = background
    self.size = size
  }

  /// The contrast ratio as seen, after compositing the text over the background.
  public var contrastRatio: Double { text.composited(over: background).contrastRatio(with: background) }
}

/// Text whose contrast with its background is below WCAG 2.x AA.
public struct ContrastWarning: Hashable, Sendable, CustomStringConvertible {
  public let sample: TextOnBackground
  /// The contrast ratio found, below `sample.size.minimumContrast`.
  public let ratio: Double

  public var description: String {
    let size = sample.size == .large ? "large text" : "normal text"
    // Truncated, never rounded up: 4.499 fails AA and must not print as 4.50.
    let shown = String(format: "%.2f", (ratio * 100).rounded(.down) / 100)
    let required = String(format: "%g", sample.size.minimumContrast)
    return "\(sample.role): \(sample.text.hex) on \(sample.background.hex) has a contrast of \(shown):1, "
      + "below the \(required):1 WCAG AA asks for \(size). Darken the text colour or lighten the background."
  }
}

/// WCAG 2.x AA contrast checks for the text of a visual.
public enum ContrastCheck {
  /// A warning for each sample whose contrast is below the minimum for its size.
  public static func check(_ samples: [TextOnBackground]) -> [ContrastWarning] {
    samples.compactMap { sample in
      let ratio = sample.contrastRatio
      return ratio < sample.size.minimumContrast ? ContrastWarning(sample: sample, ratio: ratio) : nil
    }
  }

  /// The brand kit's text colours on its background, as normal text: legend
  /// labels and sources are small whatever the format, so they need 4.5:1.
  public static func check(palette: Palette) -> [ContrastWarning] {
    check([
      TextOnBackground(
        role: "Titles and legend labels (neutrals.text)", text: palette.text, background: palette.background,
        size: .normal),
      TextOnBackground(
        role: "Sources and notes (neutrals.secondary_text)", text: palette.secondaryText,
        background: palette.background, size: .normal),
    ])
  }
}
