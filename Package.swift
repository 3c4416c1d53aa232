// swift-tools-version:6.0
import PackageDescription

// The lexer, the parser and the analyses keep their state in class instances (one lexer, one
// parser, one scope analysis per file), and every read or write of a class's stored property is
// checked at run time for overlapping access. Those checks were 15% of a --no-prefilter run
// (`swift_beginAccess`, its access set and thread-local look-ups, in `perf`). Both targets are
// single-threaded per file and their whole code is exercised by the test suite (test262, the
// Babel corpus, every rule's examples), which is built with the same setting; the compiler's
// static exclusivity diagnostics still apply.
let uncheckedExclusivity: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"])]

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
    .target(name: "JavaScriptSyntax", swiftSettings: uncheckedExclusivity),
    // Front ends, the Heap model, the Rule protocol and the lint driver.
    .target(
      name: "HeapLintCore", dependencies: ["JavaScriptSyntax", "CLibXML2", .product(name: "Yams", package: "Yams")],
      swiftSettings: uncheckedExclusivity),
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
