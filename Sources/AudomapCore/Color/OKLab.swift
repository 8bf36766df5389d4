import Foundation

/// A colour in Björn Ottosson's OKLab space (https://bottosson.github.io/posts/oklab/):
/// perceptual lightness `l` (0 black … 1 white) and opponent axes `a`
/// (green−red) and `b` (blue−yellow). Equal distances look about equally
/// different, so ramps interpolated here have even steps.
public struct OKLab: Hashable, Sendable {
  /// Perceptual lightness, 0 (black) to 1 (white).
  public var l: Double
  /// Green (negative) to red (positive).
  public var a: Double
  /// Blue (negative) to yellow (positive).
  public var b: Double

  public init(l: Double, a: Double, b: Double) {
    self.l = l
    self.a = a
    self.b = b
  }

  /// The colour difference ΔE_OK: the Euclidean distance in OKLab.
  /// About 0.02 is a just-noticeable difference for flat patches.
  public func distance(to other: OKLab) -> Double {
    let (dl, da, db) = (l - other.l, a - other.a, b - other.b)
    return (dl * dl + da * da + db * db).squareRoot()
  }

  /// The colour `fraction` of the way from `self` to `other` (0 gives `self`).
  public func mixed(with other: OKLab, fraction: Double) -> OKLab {
    OKLab(l: l + (other.l - l) * fraction, a: a + (other.a - a) * fraction, b: b + (other.b - b) * fraction)
  }

  // MARK: - Linear sRGB

  /// Converts linear-light sRGB (components nominally 0…1) with Ottosson's published matrices.
  init(linearRed r: Double, green g: Double, blue b: Double) {
    // Linear sRGB → cone-like LMS, then the cube root (cbrt keeps the sign
    // of out-of-gamut negatives instead of returning NaN).
    let lms = (
      cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b),
      cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b),
      cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b))
    self.init(
      l: 0.2104542553 * lms.0 + 0.7936177850 * lms.1 - 0.0040720468 * lms.2,
      a: 1.9779984951 * lms.0 - 2.4285922050 * lms.1 + 0.4505937099 * lms.2,
      b: 0.0259040371 * lms.0 + 0.7827717662 * lms.1 - 0.8086757660 * lms.2)
  }

  /// Linear-light sRGB, possibly outside 0…1 when the colour is out of gamut.
  var linearSRGB: (red: Double, green: Double, blue: Double) {
    let l3 = cube(l + 0.3963377774 * a + 0.2158037573 * b)
    let m3 = cube(l - 0.1055613458 * a - 0.0638541728 * b)
    let s3 = cube(l - 0.0894841775 * a - 1.2914855480 * b)
    return (
      4.0767416621 * l3 - 3.3077115913 * m3 + 0.2309699292 * s3,
      -1.2684380046 * l3 + 2.6097574011 * m3 - 0.3413193965 * s3,
      -0.0041960863 * l3 - 0.7034186147 * m3 + 1.7076147010 * s3)
  }

  // MARK: - Ramps

  /// `count` colours evenly spaced along the piecewise-linear path (in OKLab)
  /// through `anchors`, themselves evenly spaced; alpha is interpolated too.
  ///
  /// With `count ≥ 2` the first and last colours are the first and last
  /// anchors exactly. A single colour is the middle of the ramp, neither its
  /// lightest nor its darkest end. Samples outside the sRGB gamut are brought
  /// in by `Color(oklab:)`, which keeps their lightness.
  ///
  /// ## Example
  /// ```swift
  /// OKLab.interpolated([.white, .black], count: 3) // white, a mid grey (L = 0.5), black
  /// ```
  public static func interpolated(_ anchors: [Color], count: Int) -> [Color] {
    guard count > 0, let first = anchors.first else { return [] }
    guard anchors.count > 1 else { return Array(repeating: first, count: count) }
    let labs = anchors.map(\.oklab)
    let segments = anchors.count - 1
    // Sample i sits at i·segments/(count − 1) segments from the start; exact
    // integer division finds the segment, so anchors are hit exactly.
    let denominator = count == 1 ? 2 : count - 1
    let positions = count == 1 ? [1] : Array(0..<count)
    return positions.map { i in
      let numerator = i * segments
      let segment = numerator / denominator
      let remainder = numerator % denominator
      guard segment < segments, remainder != 0 else { return anchors[segment] }
      let fraction = Double(remainder) / Double(denominator)
      let alpha = anchors[segment].alpha + (anchors[segment + 1].alpha - anchors[segment].alpha) * fraction
      return Color(oklab: labs[segment].mixed(with: labs[segment + 1], fraction: fraction), alpha: alpha)
    }
  }
}

private func cube(_ x: Double) -> Double { x * x * x }

extension Color {
  /// This colour in OKLab (alpha left out).
  public var oklab: OKLab {
    OKLab(
      linearRed: Color.linearized(red), green: Color.linearized(green), blue: Color.linearized(blue))
  }

  /// The sRGB colour for `oklab`, brought into the sRGB gamut if needed.
  ///
  /// Out-of-gamut colours keep their lightness and hue and lose chroma (found
  /// by bisection) until they fit: clipping each channel instead would shift
  /// lightness and hue, and could break a ramp's lightness order.
  public init(oklab: OKLab, alpha: Double = 1) {
    let target = OKLab(l: min(max(oklab.l, 0), 1), a: oklab.a, b: oklab.b)
    var linear = target.linearSRGB
    if !Color.inGamut(linear) {
      // At chroma 0 a colour with 0 ≤ L ≤ 1 is a grey, always in gamut.
      var low = 0.0
      var high = 1.0
      for _ in 0..<40 {
        let scale = (low + high) / 2
        if Color.inGamut(OKLab(l: target.l, a: target.a * scale, b: target.b * scale).linearSRGB) {
          low = scale
        } else {
          high = scale
        }
      }
      linear = OKLab(l: target.l, a: target.a * low, b: target.b * low).linearSRGB
    }
    // The clamp only removes rounding residue (≈1e-9) left by the matrices.
    func encode(_ c: Double) -> Double { min(max(Color.gammaEncoded(c), 0), 1) }
    self.init(red: encode(linear.red), green: encode(linear.green), blue: encode(linear.blue), alpha: alpha)
  }

  /// The sRGB transfer function, decoding: gamma-encoded component → linear light.
  /// Odd-symmetric so out-of-range components stay finite.
  static func linearized(_ component: Double) -> Double {
    let c = abs(component)
    let linear = c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
    return component < 0 ? -linear : linear
  }

  /// The sRGB transfer function, encoding: linear light → gamma-encoded component.
  static func gammaEncoded(_ linear: Double) -> Double {
    let c = abs(linear)
    let encoded = c <= 0.0031308 ? 12.92 * c : 1.055 * pow(c, 1 / 2.4) - 0.055
    return linear < 0 ? -encoded : encoded
  }

  /// Whether linear components are within 0…1, allowing the matrices' rounding residue.
  private static func inGamut(_ linear: (red: Double, green: Double, blue: Double)) -> Bool {
    let tolerance = 1e-7
    return [linear.red, linear.green, linear.blue].allSatisfy { $0 >= -tolerance && $0 <= 1 + tolerance }
  }
}
