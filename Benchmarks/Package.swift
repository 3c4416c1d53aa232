// swift-tools-version: 6.1
// Micro-benchmarks for heaplint (issue 16): lexer, parser, scope analysis, a Heap-dense file and
// a 20 MB minified bundle, each measuring wall clock, instructions and mallocs.
//
// A package of its own so that `swift build` and `swift test` of heaplint never build the
// benchmark tooling. Run from this directory: `swift package benchmark` (see bench/README.md).
import PackageDescription

let package = Package(
  name: "HeapLintBenchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(name: "heaplint", path: ".."),
    .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
  ],
  targets: [
    .executableTarget(
      name: "HeapLintBenchmarks",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "HeapLintKit", package: "heaplint"),
      ],
      path: "Benchmarks/HeapLintBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
  ],
  swiftLanguageModes: [.v6]
)
