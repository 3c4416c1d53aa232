import Foundation
import Testing

/// The samples the README's first command runs on: each finding at its line, and nothing else.
@Suite("Samples")
struct SamplesTests {
  /// `path:line rule` for every finding heaplint reports on samples/ (compact format).
  static func findings() throws -> [String] {
    let out = try CLI.run(["--format", "compact", "samples"])
    return out.stdout.split(separator: "\n").map { line in
      let parts = line.split(separator: ":", maxSplits: 3)
      let rule = line.split(separator: "[").last.map { String($0.dropLast()) } ?? ""
      return "\(parts[0]):\(parts[1]) \(rule)"
    }
  }

  @Test("templates and the two-file wrapper example report at the right lines")
  func templatesAndWrappers() throws {
    let all = Set(try Self.findings())
    let expected: Set<String> = [
      "samples/bad/templates/layout.html.erb:11 blocklisted-identity",
      "samples/bad/templates/app.blade.php:10 hardcoded-identity",
      "samples/bad/templates/app.blade.php:12 user-property-value",
      "samples/bad/templates/checkout.hbs:2 call-before-load",
      // A store's name printed by the template: every shopper of the store is one user.
      "samples/bad/templates/checkout.hbs:9 non-unique-identity",
      "samples/bad/wrapper/signup.js:9 blocklisted-identity",
    ]
    #expect(expected.subtracting(all).isEmpty, "missing: \(expected.subtracting(all).sorted())")
    let templateAndWrapper = all.filter { $0.contains("/templates/") || $0.contains("/wrapper/") }
    #expect(templateAndWrapper == expected, "unexpected: \(templateAndWrapper.subtracting(expected).sorted())")
  }

  @Test("good samples are silent")
  func goodSilent() throws {
    let good = try Self.findings().filter { $0.hasPrefix("samples/good/") }
    #expect(good.isEmpty, "\(good)")
  }
}
