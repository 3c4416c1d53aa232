import Foundation
import HeapLintCore
import HeapLintRules
import Testing

/// Realistic files with the expected findings written beside the code: a comment containing
/// `expect: rule-a, rule-b` on the line where each finding must start. Every other line must be
/// silent, so each fixture checks both what heaplint finds and what it must not report.
@Suite("Precision on realistic cases")
struct PrecisionTests {
  static let fixtures: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

  static var fixtureNames: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []).sorted()
  }

  struct Expectation: Hashable, CustomStringConvertible {
    var line: Int
    var rule: String
    var description: String { "\(line): \(rule)" }
  }

  static func expectations(in text: String) -> Set<Expectation> {
    var out = Set<Expectation>()
    for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      guard let range = line.range(of: "expect: ") else { continue }
      var rest = line[range.upperBound...]
      if let end = rest.range(of: "-->") { rest = rest[..<end.lowerBound] }
      for rule in rest.split(separator: ",") {
        out.insert(Expectation(line: i + 1, rule: rule.trimmingCharacters(in: .whitespaces)))
      }
    }
    return out
  }

  @Test("the fixture folder is there") func fixturesExist() {
    #expect(Self.fixtureNames.count >= 10)
  }

  @Test("findings match the expect: comments line by line", arguments: fixtureNames)
  func fixture(_ name: String) throws {
    let data = try Data(contentsOf: Self.fixtures.appendingPathComponent(name))
    let text = String(decoding: data, as: UTF8.self)
    let result = Linter(rules: BuiltinRules.all).lint(path: name, bytes: Array(data))
    let got = Set(result.findings.map { Expectation(line: $0.start.line, rule: $0.ruleID) })
    let expected = Self.expectations(in: text)
    let missing = expected.subtracting(got).sorted { $0.line < $1.line }
    let unexpected = got.subtracting(expected).sorted { $0.line < $1.line }
    let positions = result.findings.map { "\($0.start.line):\($0.start.column) \($0.ruleID)" }
    #expect(Set(positions).count == positions.count, "\(name): the same finding twice \(positions)")
    #expect(missing.isEmpty, "\(name): missed \(missing)")
    #expect(unexpected.isEmpty, "\(name): false alarms \(unexpected): \(result.findings.filter { f in unexpected.contains { $0.line == f.start.line } }.map(\.message))")
  }
}
