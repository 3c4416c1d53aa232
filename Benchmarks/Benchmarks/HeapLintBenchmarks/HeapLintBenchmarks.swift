// heaplint's micro-benchmarks (issue 16): the lexer, the parser and scope analysis alone, and
// the full lint of a Heap-dense file and of a 20 MB minified bundle.
//
// Every input is generated here (SyntheticJavaScript), so results compare across machines and
// commits. When the benchmark corpus is built (`bench/corpus`, see bench/README.md) the lexer,
// parser and scope benchmarks also run on one real minified file from it.
//
// Run from Benchmarks/: `swift package benchmark` (bench/README.md has the baseline commands).

import Benchmark
import Foundation
import HeapLintCore
import HeapLintRules
import JavaScriptSyntax

/// The generated inputs, built once per process and outside any measurement.
enum Inputs {
  /// 1 MiB of ordinary minified code with a Heap call now and then.
  static let code = SyntheticJavaScript.make(size: 1 << 20, seed: 1, heapEvery: 400)
  /// 256 KiB where about one statement in four is a Heap call (one in eight of them a mistake).
  static let heapDense = SyntheticJavaScript.make(size: 256 << 10, seed: 2, heapEvery: 4)
  /// A 20 MB minified bundle that loads Heap and calls it rarely.
  static let bundle = SyntheticJavaScript.make(size: 20_000_000, seed: 3, heapEvery: 5_000)

  /// A real 1 MB minified library from the benchmark corpus, when the corpus is there.
  static let corpusFile: (name: String, bytes: [UInt8])? = {
    let relative = "bench/corpus/big/libjs-openlayers/usr/share/javascript/openlayers/OpenLayers.min.js"
    // This file is Benchmarks/Benchmarks/HeapLintBenchmarks/HeapLintBenchmarks.swift: four
    // levels below the repository.
    var root = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { root.deleteLastPathComponent() }
    guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(relative).path) else { return nil }
    return ("OpenLayers.min.js", [UInt8](data))
  }()
}

/// Every rule, default settings: what `heaplint FILE` runs.
let linter = Linter(rules: BuiltinRules.all)

/// MB (10^6 bytes) in the benchmark names, so a reader can turn times into MB/s.
func megabytes(_ bytes: [UInt8]) -> String { String(format: "%.2f MB", Double(bytes.count) / 1e6) }

/// With `HEAPLINT_BENCH_INPUTS=DIR` in the environment the generated inputs are also written to
/// DIR, to run the heaplint binary (or perf, or callgrind) on the very bytes measured here.
func writeInputs() {
  guard let directory = ProcessInfo.processInfo.environment["HEAPLINT_BENCH_INPUTS"], !directory.isEmpty else { return }
  try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  for (name, bytes) in [("code.min.js", Inputs.code), ("dense.min.js", Inputs.heapDense), ("bundle.min.js", Inputs.bundle)] {
    _ = FileManager.default.createFile(atPath: directory + "/" + name, contents: Data(bytes))
  }
}

let benchmarks: @Sendable () -> Void = {
  writeInputs()
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .instructions, .mallocCountTotal, .peakMemoryResident],
    timeUnits: .milliseconds,
    warmupIterations: 1,
    maxDuration: .seconds(5),
    maxIterations: 50
  )

  var sources: [(name: String, bytes: [UInt8])] = [("synthetic \(megabytes(Inputs.code))", Inputs.code)]
  if let real = Inputs.corpusFile { sources.append(("\(real.name) \(megabytes(real.bytes))", real.bytes)) }

  for source in sources {
    let bytes = source.bytes
    Benchmark("Lexer: \(source.name)") { benchmark in
      for _ in benchmark.scaledIterations { blackHole(TokenScan.count(bytes)) }
    }
    // The tree is freed inside the measurement: freeing is part of what a file costs.
    Benchmark("Parser: \(source.name)") { benchmark in
      for _ in benchmark.scaledIterations { blackHole(Parser.parse(bytes)) }
    }
    Benchmark("Scope analysis: \(source.name)") { benchmark in
      let program = Parser.parse(bytes).program
      benchmark.startMeasurement()
      for _ in benchmark.scaledIterations { blackHole(ScopeAnalysis(program: program)) }
      benchmark.stopMeasurement()
    }
  }

  let dense = Inputs.heapDense
  Benchmark("Lint: Heap-dense file \(megabytes(dense))") { benchmark in
    for _ in benchmark.scaledIterations { blackHole(linter.lint(path: "dense.js", bytes: dense)) }
  }

  let bundle = Inputs.bundle
  Benchmark(
    "Lint: minified bundle \(megabytes(bundle))",
    // One run takes tens of seconds today: two samples, no warm-up.
    configuration: .init(warmupIterations: 0, maxDuration: .seconds(120), maxIterations: 2)
  ) { benchmark in
    for _ in benchmark.scaledIterations { blackHole(linter.lint(path: "bundle.min.js", bytes: bundle)) }
  }
}
