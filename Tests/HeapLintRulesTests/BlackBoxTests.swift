import Foundation
import HeapLintCore
import HeapLintRules
import Testing

/// Black-box sets: realistic projects written from the issue text and `FACTS.md` alone, by
/// someone who never read heaplint's code, with `expect: rule` markers on the lines that must
/// carry a finding. Each sub-folder is linted as one project, every file of it, as
/// `scripts/score-cases.py` does; a set must keep the precision and recall it was accepted at.
@Suite("Black-box sets")
struct BlackBoxTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("BlackBox")

  struct Score {
    var truePositives = 0
    var misses: [String] = []
    var falseAlarms: [String] = []
    var expected: Int { truePositives + misses.count }
    var precision: Double {
      truePositives + falseAlarms.count == 0 ? 1 : Double(truePositives) / Double(truePositives + falseAlarms.count)
    }
    var recall: Double { expected == 0 ? 1 : Double(truePositives) / Double(expected) }
  }

  /// `expect: rule-a, rule-b` markers by line, read as `scripts/score-cases.py` reads them.
  static func expectations(in text: String) -> Set<PrecisionTests.Expectation> {
    var out = Set<PrecisionTests.Expectation>()
    for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      guard let range = line.range(of: "expect:") else { continue }
      let rest = line[range.upperBound...].drop { $0 == " " }
      let list = rest.prefix { $0.isLowercase || $0.isNumber || $0 == "-" || $0 == "," || $0 == " " }
      for rule in list.split(separator: ",") {
        let id = rule.trimmingCharacters(in: .whitespaces)
        if !id.isEmpty { out.insert(PrecisionTests.Expectation(line: i + 1, rule: id)) }
      }
    }
    return out
  }

  /// Lints every project of a set and compares the findings with its markers.
  static func score(set: String) throws -> Score {
    let base = root.appendingPathComponent(set)
    let fm = FileManager.default
    var score = Score()
    for project in try fm.contentsOfDirectory(atPath: base.path).filter({ !$0.hasPrefix(".") }).sorted() {
      let directory = base.appendingPathComponent(project)
      var isDirectory: ObjCBool = false
      guard fm.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
      let files = (fm.enumerator(atPath: directory.path)?.compactMap { $0 as? String } ?? []).filter { path in
        var dir: ObjCBool = false
        return fm.fileExists(atPath: directory.appendingPathComponent(path).path, isDirectory: &dir) && !dir.boolValue && !path.hasSuffix("README.md")
      }.sorted()
      let targets = files.map { LintTarget(path: directory.appendingPathComponent($0).path, displayPath: $0) }
      let (results, _) = LintEngine(linter: Linter(rules: BuiltinRules.all, prefilter: nil), jobs: 2).run(targets)
      for result in results {
        let text = try String(contentsOf: directory.appendingPathComponent(result.path), encoding: .utf8)
        let expected = expectations(in: text)
        let got = Set(result.findings.map { PrecisionTests.Expectation(line: $0.start.line, rule: $0.ruleID) })
        score.truePositives += expected.intersection(got).count
        score.misses += expected.subtracting(got).map { "\(project)/\(result.path):\($0)" }
        score.falseAlarms += got.subtracting(expected).map { "\(project)/\(result.path):\($0)" }
      }
    }
    return score
  }

  @Test("set 13-a (objects, classes, services, modules, values): precision >= 0.95, recall >= 0.90")
  func set13a() throws {
    let score = try Self.score(set: "13-a")
    #expect(score.expected >= 100, "the set is there: \(score.expected) expected findings")
    #expect(score.precision >= 0.95, "precision \(score.precision); false alarms \(score.falseAlarms.sorted())")
    #expect(score.recall >= 0.90, "recall \(score.recall); missed \(score.misses.sorted())")
  }

  @Test("set 13-b (second round: CommonJS, Ember classic services, forwarding hooks, Nuxt aliases, values): precision >= 0.95, recall >= 0.90")
  func set13b() throws {
    let score = try Self.score(set: "13-b")
    #expect(score.expected >= 80, "the set is there: \(score.expected) expected findings")
    #expect(score.precision >= 0.95, "precision \(score.precision); false alarms \(score.falseAlarms.sorted())")
    #expect(score.recall >= 0.90, "recall \(score.recall); missed \(score.misses.sorted())")
  }
}
