// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "audomap",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "audomap", targets: ["audomap"]),
    .library(name: "AudomapCore", targets: ["AudomapCore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
  ],
  targets: [
    // C libraries, each imported by exactly one Swift target.
    .systemLibrary(
      name: "CGEOS", pkgConfig: "geos",
      providers: [.apt(["libgeos-dev"]), .brew(["geos"])]),
    .systemLibrary(
      name: "CProj", pkgConfig: "proj",
      providers: [.apt(["libproj-dev"]), .brew(["proj"])]),
    .systemLibrary(
      name: "CCairo", pkgConfig: "pangocairo",
      providers: [.apt(["libcairo2-dev", "libpango1.0-dev"]), .brew(["pango"])]),

    // Pure Swift: value types and pure stages. Yams is pure Swift (plus its
    // bundled libyaml), not a system library, so Core still builds anywhere.
    // The commune-code history ships as a resource (see Resources/README.md).
    .target(
      name: "AudomapCore", dependencies: [.product(name: "Yams", package: "Yams")],
      exclude: ["Resources/README.md"], resources: [.copy("Resources/communes-mouvements.csv")]),
    .target(name: "AudomapGeometry", dependencies: ["AudomapCore", "CGEOS", "CProj"]),
    .target(name: "AudomapRender", dependencies: ["AudomapCore", "CCairo"]),
    .target(name: "AudomapBatch", dependencies: ["AudomapCore", "AudomapGeometry", "AudomapRender"]),
    .executableTarget(
      name: "audomap",
      dependencies: ["AudomapBatch", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
    // Prints throughput figures for the issues' performance targets (release build).
    .executableTarget(name: "audomap-bench", dependencies: ["AudomapBatch"]),

    // Golden-file helpers shared by the test targets.
    .target(name: "AudomapTestSupport", path: "Tests/AudomapTestSupport"),
    .testTarget(name: "AudomapCoreTests", dependencies: ["AudomapCore", "AudomapTestSupport"], resources: [.copy("Fixtures")]),
    .testTarget(name: "AudomapGeometryTests", dependencies: ["AudomapGeometry", "AudomapTestSupport"]),
    .testTarget(name: "AudomapRenderTests", dependencies: ["AudomapRender", "AudomapTestSupport"], exclude: ["Snapshots"]),
    .testTarget(name: "AudomapBatchTests", dependencies: ["AudomapBatch", "AudomapTestSupport"], exclude: ["Snapshots"]),
    .testTarget(name: "audomapTests", dependencies: ["audomap", "AudomapTestSupport"]),
  ]
)
