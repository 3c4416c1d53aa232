import Foundation
import HeapLintCore
import HeapLintRules
import Testing

/// The component samples in `samples/`: exactly these findings, at these lines.
@Suite("Component samples")
struct ComponentSampleTests {
  static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("samples")

  /// Each sample (relative to `samples/`) and its findings as `line rule`.
  static let expected: [(String, [String])] = [
    ("bad/Checkout.tsx", ["15 hardcoded-identity", "19 blocklisted-identity"]),
    ("bad/Profile.vue", ["5 hardcoded-identity", "20 random-identity"]),
    ("bad/Banner.svelte", ["4 blocklisted-identity", "9 blocklisted-identity", "10 blocklisted-identity"]),
    ("good/Account.tsx", []),
    ("good/Settings.vue", []),
    ("good/Nav.svelte", []),
  ]

  @Test("component samples report exactly their findings", arguments: expected.map(\.0))
  func sample(_ name: String) throws {
    let url = Self.samples.appendingPathComponent(name)
    let bytes = try [UInt8](Data(contentsOf: url))
    let result = Linter(rules: BuiltinRules.all).lint(path: "samples/" + name, bytes: bytes)
    let got = result.findings.map { "\($0.start.line) \($0.ruleID)" }.sorted { $0.compare($1, options: .numeric) == .orderedAscending }
    let want = Self.expected.first { $0.0 == name }?.1 ?? []
    #expect(got == want, "\(result.findings.map { "\($0.start.line):\($0.start.column) \($0.ruleID): \($0.message)" })")
  }
}
