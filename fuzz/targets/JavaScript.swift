// libFuzzer target: the JavaScript parser under every option combination, then a full lint
// of the bytes as a `.js` file. Built by fuzz/run.sh; see fuzz/README.md.
import FuzzerDriver
import HeapLintCore
import HeapLintRules
import JavaScriptSyntax

/// Every rule, no prefilter: each input reaches the parser and the rules, Heap call or not.
private let linter = Linter(rules: BuiltinRules.all, prefilter: nil)

private let allOptions: [ParseOptions] = [ParseOptions.Goal.script, .module].flatMap { goal in
  [false, true].flatMap { jsx in [false, true].map { ts in ParseOptions(goal: goal, jsx: jsx, typescript: ts) } }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  for options in allOptions {
    _ = Parser.parse(bytes, options: options)
  }
  _ = linter.lint(path: "fuzz.js", bytes: bytes)
  return 0
}

/// The executable's entry point (SwiftPM aliases `main` to it): runs libFuzzer on `fuzz`.
@_cdecl("fuzz_JavaScript_main")
func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  heaplint_fuzz_main(argc, argv) { data, size in data.map { fuzz($0, size) } ?? 0 }
}
