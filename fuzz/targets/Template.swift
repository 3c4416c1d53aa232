// libFuzzer target: the template masker for every template language (the masked text must keep
// the input's length), then a full lint of the bytes as `.erb`, `.hbs` and `.php`. See fuzz/README.md.
import FuzzerDriver
import HeapLintCore
import HeapLintRules

private let linter = Linter(rules: BuiltinRules.all, prefilter: nil)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  for kind in TemplateKind.allCases {
    let masked = TemplateMasker.mask(bytes, kind: kind)
    precondition(masked.bytes.count == bytes.count, "\(kind): masked \(masked.bytes.count) bytes, input has \(bytes.count)")
    for hole in masked.holes {
      precondition(hole.start >= 0 && hole.start <= hole.end && hole.end <= size, "\(kind): hole \(hole) outside the input")
    }
  }
  _ = TemplateMasker.guessKind(bytes)
  for path in ["fuzz.erb", "fuzz.hbs", "fuzz.php"] {
    _ = linter.lint(path: path, bytes: bytes)
  }
  return 0
}

/// The executable's entry point (SwiftPM aliases `main` to it): runs libFuzzer on `fuzz`.
@_cdecl("fuzz_Template_main")
func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  heaplint_fuzz_main(argc, argv) { data, size in data.map { fuzz($0, size) } ?? 0 }
}
