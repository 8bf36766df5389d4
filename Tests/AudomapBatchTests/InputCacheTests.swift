import AudomapBatch
import AudomapCore
import AudomapTestSupport
import Dispatch
import Foundation
import Synchronization
import Testing

@Suite struct InputCacheTests {
  let basemap = packageRoot.appendingPathComponent("Basemaps/capso-communes-2018.geojson").path
  let data = packageRoot.appendingPathComponent("Datasets/capso-population-dgcl-2019-2025.csv").path
  let brand = packageRoot.appendingPathComponent("Palettes/capso.yml").path

  /// Three visuals on two cores, the same basemap and table: each file is read once,
  /// and every visual sees the same 53 communes and 371 rows.
  @Test func visualsOnSeveralCoresShareOneReadOfEachFile() throws {
    let cache = InputCache()
    let requests = [2019, 2022, 2025].map { year in
      MapRequest(
        basemapPath: basemap, dataPath: data, valueColumn: "population_municipale",
        filters: [RowFilter(column: "annee", value: String(year))], texts: MapTexts(title: "Population \(year)"),
        brandPath: brand, outputPaths: [])
    }
    let matched = Mutex<[Int]>([])
    DispatchQueue.concurrentPerform(iterations: requests.count) { index in
      let map = try? MapJob.layout(requests[index], cache: cache)
      matched.withLock { $0.append(map?.report.join.matchedFeatures ?? -1) }
    }
    #expect(matched.withLock { $0 } == [53, 53, 53])
    #expect(cache.filesRead == 2)
    #expect(try cache.table(path: data).rows.count == 371)
    #expect(cache.filesRead == 2)
  }
}
