// libFuzzer target: the HTML front end (libxml2 scan, script, handler and `javascript:` URL
// extraction), then a full lint of the bytes as a `.html` file. See fuzz/README.md.
import FuzzerDriver
import HeapLintCore
import HeapLintRules

private let linter = Linter(rules: BuiltinRules.all, prefilter: nil)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let extraction = HTMLFrontEnd.extract(bytes)
  // Every reported offset must lie inside the input.
  for problem in extraction.problems {
    precondition(problem.offset >= 0 && problem.offset <= size, "HTML problem offset \(problem.offset) outside 0...\(size)")
  }
  _ = linter.lint(path: "fuzz.html", bytes: bytes)
  return 0
}

/// The executable's entry point (SwiftPM aliases `main` to it): runs libFuzzer on `fuzz`.
@_cdecl("fuzz_HTML_main")
func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  heaplint_fuzz_main(argc, argv) { data, size in data.map { fuzz($0, size) } ?? 0 }
}
