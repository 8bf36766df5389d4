import Testing

@Suite struct HelpTests {
  @Test func rootHelpListsTheSubcommands() throws {
    let result = try AudomapRunner.run(["--help"])
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("USAGE: audomap <subcommand>"))
    #expect(result.standardOutput.contains("map                     Render a choropleth map"))
  }

  @Test func mapHelpShowsAnExampleAndEveryOption() throws {
    let result = try AudomapRunner.run(["map", "--help"])
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("--filter annee=2025"))
    for option in ["--basemap <file>", "--data <file>", "--key <column>", "--value <column>", "--filter <condition>",
                   "--method <method>", "quantile, equal, jenks,", "--classes <k>", "--breaks <list>", "--title",
                   "--subtitle", "--legend-title", "--source", "--size <WxH>", "--preset <name>", "else instagram)",
                   "--scale <factor>", "--kind <kind>", "--symbols <column>", "--label <which>", "--diverging <value>",
                   "--ramp <name>", "--unit <unit>", "--credits", "--no-outline", "--no-scale-bar", "--brand <file>",
                   "-o, --output <file>"] {
      #expect(result.standardOutput.contains(option), "missing \(option)")
    }
  }

  @Test(arguments: [
    (["map", "--basemap", "b.geojson", "--data", "d.csv", "--value", "v"], "Please give an output file with -o"),
    (["map", "--basemap", "b.geojson", "--data", "d.csv", "--value", "v", "-o", "x.png", "--size", "1080"], "Invalid --size '1080'"),
    (["map", "--basemap", "b.geojson", "--data", "d.csv", "--value", "v", "-o", "x.png", "--classes", "12"], "choose from 2 to 9 classes"),
    (["map", "--basemap", "b.geojson", "--data", "d.csv", "--value", "v", "-o", "x.png", "--filter", "annee"], "annee"),
    (["map", "--basemap", "b.geojson", "--data", "d.csv", "--value", "v", "-o", "x.png", "--preset", "tiktok"], "Unknown --preset 'tiktok': choose instagram (1080×1080)"),
    (["map", "--basemap", "b.geojson", "--data", "d.csv", "--value", "v", "-o", "x.png", "--label", "top:0"], "Invalid --label 'top:0'"),
    (["map", "--basemap", "b.geojson", "--data", "d.csv", "--value", "v", "-o", "x.png", "--kind", "bars"], "bars"),
  ])
  func usageErrorsExit64(arguments: [String], message: String) throws {
    let result = try AudomapRunner.run(arguments)
    #expect(result.status == 64, "\(result.standardError)")
    #expect(result.standardError.contains(message), "\(result.standardError)")
  }
}
