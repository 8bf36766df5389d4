import AudomapCore
import Testing

@Suite struct PageSizeTests {
  @Test(arguments: [("1080x1080", 1080, 1080), ("1600X900", 1600, 900), ("1200×630", 1200, 630)])
  func parses(text: String, width: Int, height: Int) {
    #expect(PageSize(parsing: text) == PageSize(width: width, height: height))
  }

  @Test(arguments: ["1080", "x1080", "1080x", "10x10", "30000x100", "axb", "1080x1080x2", "-5x100"])
  func refuses(text: String) {
    #expect(PageSize(parsing: text) == nil)
  }

  @Test func outputFormatComesFromTheExtension() {
    #expect(OutputFormat(path: "Output/map.PNG") == .png)
    #expect(OutputFormat(path: "map.svg") == .svg)
    #expect(OutputFormat(path: "a.b/map.pdf") == .pdf)
    #expect(OutputFormat(path: "map.gif") == nil)
    #expect(OutputFormat(path: "folder.png/map") == nil)
  }
}
