// libFuzzer target: the `.heaplint.yml` loader (Yams, the alias guard and every key's checks)
// on the input decoded as UTF-8 (invalid sequences replaced). See fuzz/README.md.
import FuzzerDriver
import HeapLintCore
import HeapLintRules

private let knownRules = Set(BuiltinRules.all.map(\.id) + Linter.engineRules.map(\.id))
private let templateKinds = Set(TemplateKind.allCases.map(\.rawValue))

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  // Errors are the expected outcome for most inputs; only a crash or a hang is a finding.
  _ = try? ConfigurationLoader.parse(text, path: ".heaplint.yml", knownRules: knownRules, templateKinds: templateKinds)
  return 0
}

/// The executable's entry point (SwiftPM aliases `main` to it): runs libFuzzer on `fuzz`.
@_cdecl("fuzz_Configuration_main")
func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  heaplint_fuzz_main(argc, argv) { data, size in data.map { fuzz($0, size) } ?? 0 }
}
