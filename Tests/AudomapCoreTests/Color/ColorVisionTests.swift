import Testing

@testable import AudomapCore

@Suite struct ColorVisionTests {
  struct Reference: Sendable, CustomTestStringConvertible {
    let color: Color
    let vision: ColorVision
    let expected: (Double, Double, Double)
    var testDescription: String { "\(color.hex) under \(vision.rawValue)" }
  }

  /// Printed by `Scripts/color_reference.py` (part 1): colour-science 0.4.7's
  /// `matrix_cvd_Machado2009(..., 1)` applied to the decoded sRGB colour,
  /// clipped to 0…1 and encoded again; independent of the matrices typed in
  /// `ColorVision.swift` and of audomap's transfer functions.
  static let references: [Reference] = {
    let red = Color(red: 1, green: 0, blue: 0)
    let green = Color(red: 0, green: 1, blue: 0)
    let blue = Color(red: 0, green: 0, blue: 1)
    let capsoGreen = Color(hex: "#76B729") ?? .black
    return [
      Reference(color: red, vision: .protanopia, expected: (0.426608, 0.372654, 0)),
      Reference(color: red, vision: .deuteranopia, expected: (0.64006, 0.565807, 0)),
      Reference(color: red, vision: .tritanopia, expected: (1, 0, 0.058386)),
      Reference(color: green, vision: .protanopia, expected: (1, 0.899428, 0)),
      Reference(color: green, vision: .deuteranopia, expected: (0.936051, 0.839248, 0.229192)),
      Reference(color: green, vision: .tritanopia, expected: (0, 0.968948, 0.849616)),
      Reference(color: blue, vision: .protanopia, expected: (0, 0.347867, 1)),
      Reference(color: blue, vision: .deuteranopia, expected: (0, 0.241171, 0.986194)),
      Reference(color: blue, vision: .tritanopia, expected: (0, 0.42038, 0.587279)),
      Reference(color: capsoGreen, vision: .protanopia, expected: (0.749329, 0.661626, 0)),
      Reference(color: capsoGreen, vision: .deuteranopia, expected: (0.714581, 0.642357, 0.219983)),
      Reference(color: capsoGreen, vision: .tritanopia, expected: (0.469805, 0.687098, 0.613873)),
    ]
  }()

  @Test(arguments: references)
  func matchesColourScience(_ reference: Reference) {
    let seen = reference.color.simulated(reference.vision)
    // The reference is printed to 6 decimals.
    #expect(abs(seen.red - reference.expected.0) < 2e-6)
    #expect(abs(seen.green - reference.expected.1) < 2e-6)
    #expect(abs(seen.blue - reference.expected.2) < 2e-6)
  }

  @Test func redAndGreenLookAlikeWithoutMCones() {
    // The classic confusion: under deuteranopia pure red and pure green both
    // turn yellowish; the distance between them shrinks to less than half.
    let red = Color(red: 1, green: 0, blue: 0)
    let green = Color(red: 0, green: 1, blue: 0)
    let normal = red.oklab.distance(to: green.oklab)
    let deutan = red.simulated(.deuteranopia).oklab.distance(to: green.simulated(.deuteranopia).oklab)
    #expect(deutan < normal / 2)
  }

  @Test(arguments: ColorVision.allCases)
  func greysStayGrey(_ vision: ColorVision) {
    // Every row of each matrix sums to 1, so achromatic colours are unchanged.
    for level in [0.0, 0.2, 0.5, 0.8, 1.0] {
      let grey = Color(red: level, green: level, blue: level)
      let seen = grey.simulated(vision)
      for c in [seen.red, seen.green, seen.blue] { #expect(abs(c - level) < 1e-5) }
    }
  }

  @Test func normalVisionAndAlphaAreKept() {
    let color = Color(red: 0.3, green: 0.6, blue: 0.1, alpha: 0.4)
    #expect(color.simulated(.normal) == color)
    #expect(color.simulated(.tritanopia).alpha == 0.4)
  }
}
