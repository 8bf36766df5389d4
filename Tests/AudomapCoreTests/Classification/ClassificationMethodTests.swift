import Testing

@testable import AudomapCore

@Suite struct ClassificationMethodTests {
  @Test(arguments: ClassificationMethod.Name.allCases)
  func everyNameParsesAndRoundTrips(_ name: ClassificationMethod.Name) throws {
    #expect(try ClassificationMethod.Name(parsing: name.rawValue.uppercased()) == name)
    let method = try ClassificationMethod(name: name, manualBounds: name == .manual ? [1, 2] : nil)
    #expect(method.name == name)
  }

  @Test(arguments: [
    ("jenk", "jenks"), ("Jenks ", nil), ("stdev", "stddev"), ("quantiles", "quantile"), ("geometrique", "geometric"),
    ("xyz", nil),
  ] as [(String, String?)])
  func unknownNamesSuggestTheClosest(_ text: String, _ suggestion: String?) {
    if text == "Jenks " {
      #expect((try? ClassificationMethod.Name(parsing: text)) == .jenks)
      return
    }
    #expect(throws: ClassificationError.unknownMethod(name: text, suggestion: suggestion)) {
      try ClassificationMethod.Name(parsing: text)
    }
  }

  @Test func unknownMethodMessage() {
    let error = ClassificationError.unknownMethod(name: "jenk", suggestion: "jenks")
    #expect(error.description == "Unknown classification method 'jenk'. Did you mean 'jenks'? "
      + "The methods are quantile, equal, jenks, stddev, nested, q6, geometric, nice, manual.")
    #expect(error.exitStatus == .usage)
  }

  @Test func boundsGoWithManualOnly() {
    #expect(throws: ClassificationError.manualBoundsMissing) { try ClassificationMethod(name: .manual) }
    #expect(throws: ClassificationError.boundsWithComputedMethod(name: .jenks)) {
      try ClassificationMethod(name: .jenks, manualBounds: [1, 2])
    }
  }
}
