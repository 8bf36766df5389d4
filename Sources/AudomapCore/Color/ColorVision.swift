/// A way of seeing colour: normal trichromatic vision or one of the three
/// dichromacies, the most severe forms of colour-vision deficiency.
public enum ColorVision: String, CaseIterable, Hashable, Sendable {
  case normal
  /// No long-wavelength (L, "red") cones: reds look dark and close to greens.
  case protanopia
  /// No medium-wavelength (M, "green") cones: the commonest red–green confusion.
  case deuteranopia
  /// No short-wavelength (S, "blue") cones: blues and greens, yellows and pinks merge.
  case tritanopia

  /// The three deficiencies, in the order reports list them.
  public static let deficiencies: [ColorVision] = [.protanopia, .deuteranopia, .tritanopia]

  /// The name with a gloss a reader without the vocabulary understands.
  public var plainName: String {
    switch self {
    case .normal: return "normal vision"
    case .protanopia: return "protanopia (red-blind)"
    case .deuteranopia: return "deuteranopia (green-blind)"
    case .tritanopia: return "tritanopia (blue-blind)"
    }
  }

  /// The simulation matrix, applied to linear-light sRGB; nil for normal vision.
  ///
  /// Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for
  /// Simulation of Color Vision Deficiency", IEEE TVCG 15(6):1291–1298: the
  /// published matrices at severity 1.0 (dichromacy), as tabulated by the
  /// authors and reproduced in colour-science's `CVD_MATRICES_MACHADO2010`.
  /// The tritan matrix comes from the paper's shift approximation, which the
  /// authors note is less exact than the protan and deutan ones.
  var matrix: [[Double]]? {
    switch self {
    case .normal:
      return nil
    case .protanopia:
      return [
        [0.152286, 1.052583, -0.204868],
        [0.114503, 0.786281, 0.099216],
        [-0.003882, -0.048116, 1.051998],
      ]
    case .deuteranopia:
      return [
        [0.367322, 0.860646, -0.227968],
        [0.280085, 0.672501, 0.047413],
        [-0.011820, 0.042940, 0.968881],
      ]
    case .tritanopia:
      return [
        [1.255528, -0.076749, -0.178779],
        [-0.078411, 0.930809, 0.147602],
        [0.004733, 0.691367, 0.303900],
      ]
    }
  }
}

extension Color {
  /// This colour as a person with `vision` sees it (alpha kept).
  ///
  /// The matrix acts on linear-light sRGB; the result is clipped to the sRGB
  /// gamut, since a screen shows nothing outside it (pure blue under protanopia
  /// would otherwise have a negative red).
  public func simulated(_ vision: ColorVision) -> Color {
    guard let m = vision.matrix else { return self }
    let linear = [Color.linearized(red), Color.linearized(green), Color.linearized(blue)]
    func channel(_ row: [Double]) -> Double {
      let value = row[0] * linear[0] + row[1] * linear[1] + row[2] * linear[2]
      return Color.gammaEncoded(min(max(value, 0), 1))
    }
    return Color(red: channel(m[0]), green: channel(m[1]), blue: channel(m[2]), alpha: alpha)
  }
}
