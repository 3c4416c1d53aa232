// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "heaplint",
  products: [
    .executable(name: "heaplint", targets: ["heaplint"]),
    .library(name: "HeapLintKit", targets: ["JavaScriptSyntax", "HeapLintCore", "HeapLintRules", "HeapLintReporters"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
  ],
  targets: [
    // libxml2's HTML parser, used only inside the HTML front end.
    .systemLibrary(
      name: "CLibXML2",
      path: "Sources/CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    // Source text, tokens, the error-tolerant parser and the tree. Knows nothing about Heap.
    .target(name: "JavaScriptSyntax"),
    // Front ends, the Heap model, the Rule protocol and the lint driver.
    .target(name: "HeapLintCore", dependencies: ["JavaScriptSyntax", "CLibXML2", .product(name: "Yams", package: "Yams")]),
    // The rule catalogue: one file per rule.
    .target(name: "HeapLintRules", dependencies: ["HeapLintCore", "JavaScriptSyntax"], path: "Rules"),
    // Output formats, pure functions of the results.
    .target(name: "HeapLintReporters", dependencies: ["HeapLintCore"]),
    .executableTarget(
      name: "heaplint",
      dependencies: [
        "HeapLintCore", "HeapLintRules", "HeapLintReporters",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Where the tests find what a plain clone lacks (the shared corpora and schemas, Python's
    // schema validators), and the rule that skips or, under CI, fails those tests.
    .target(name: "HeapLintTestSupport", path: "Tests/HeapLintTestSupport"),
    .testTarget(name: "JavaScriptSyntaxTests", dependencies: ["JavaScriptSyntax", "HeapLintTestSupport"], exclude: ["Conformance"]),
    .testTarget(name: "HeapLintCoreTests", dependencies: ["HeapLintCore", "JavaScriptSyntax"]),
    .testTarget(name: "HeapLintRulesTests", dependencies: ["HeapLintRules", "HeapLintCore", "JavaScriptSyntax"], exclude: ["Fixtures", "Projects", "BlackBox"]),
    .testTarget(
      name: "HeapLintReportersTests", dependencies: ["HeapLintReporters", "HeapLintCore", "JavaScriptSyntax", "HeapLintTestSupport"], exclude: ["__Snapshots__"]),
    .testTarget(name: "HeapLintCLITests", dependencies: ["heaplint", "HeapLintTestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)
