import Foundation
import HeapLintCore
import HeapLintRules
import Testing

/// Black-box sets 14-a and 14-b: realistic cases of Heap's whole JavaScript surface (server API and its
/// bulk forms, Node clients, React Native SDK, build placeholders, scripts built as strings,
/// Alpine, Svelte actions, Rails `javascript_tag`, Pug conditionals, a Tag Manager export),
/// written from the issue and FACTS.md by people who never read heaplint's code (14-b by a
/// second, fresh writer: Next.js, Nuxt, SvelteKit, Remix, React Native apps, heap-api jobs). Each folder is
/// linted as one project; `expect:` comments (or a `<file>.expect` beside a JSON file) mark the
/// findings, every other line must be silent. The set is scored as a whole, like
/// `scripts/score-cases.py`, and must keep its precision and recall.
@Suite("Black-box sets 14-a and 14-b (Heap's JavaScript surface)")
struct HeapSurfaceBlackBoxTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("BlackBox")

  /// A set: its folder, and the least number of projects and expected findings it holds.
  struct BlackBoxSet: Sendable, CustomStringConvertible {
    var name: String
    var projects: Int
    var findings: Int
    var description: String { name }
  }

  static let sets = [BlackBoxSet(name: "14-a", projects: 25, findings: 90), BlackBoxSet(name: "14-b", projects: 30, findings: 66)]

  /// `LINE rule-a, rule-b` lines of a sibling `.expect` file.
  static func sidecarExpectations(_ url: URL) -> Set<PrecisionTests.Expectation> {
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
    var out = Set<PrecisionTests.Expectation>()
    for raw in text.split(separator: "\n") {
      let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
      let parts = line.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
      guard let first = parts.first, let number = Int(first) else { continue }
      for rule in parts.dropFirst() { out.insert(PrecisionTests.Expectation(line: number, rule: String(rule))) }
    }
    return out
  }

  /// The files of one project that heaplint reads.
  static func files(in directory: URL) -> [String] {
    guard let e = FileManager.default.enumerator(atPath: directory.path) else { return [] }
    return e.compactMap { $0 as? String }.filter { (FileKind.forPath($0) != nil || $0.hasSuffix(".json")) && !$0.hasSuffix(".md") }.sorted()
  }

  @Test("precision >= 0.95 and recall >= 0.90 over the whole set", arguments: sets)
  func score(_ set: BlackBoxSet) throws {
    let root = Self.root.appendingPathComponent(set.name)
    let projects = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { name in
      var isDirectory: ObjCBool = false
      return FileManager.default.fileExists(atPath: root.appendingPathComponent(name).path, isDirectory: &isDirectory) && isDirectory.boolValue
    }.sorted()
    #expect(projects.count >= set.projects, "the set's folders are missing")
    var truePositives = 0
    var misses: [String] = []
    var falseAlarms: [String] = []
    for project in projects {
      let directory = root.appendingPathComponent(project)
      let relative = Self.files(in: directory)
      let targets = relative.map { LintTarget(path: directory.appendingPathComponent($0).path, displayPath: $0) }
      let (results, failures) = LintEngine(linter: Linter(rules: BuiltinRules.all, prefilter: nil), jobs: 2).run(targets)
      #expect(failures.isEmpty)
      for result in results {
        let url = directory.appendingPathComponent(result.path)
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        let expected = PrecisionTests.expectations(in: text).union(Self.sidecarExpectations(url.appendingPathExtension("expect")))
        let got = Set(result.findings.map { PrecisionTests.Expectation(line: $0.start.line, rule: $0.ruleID) })
        truePositives += expected.intersection(got).count
        misses += expected.subtracting(got).map { "\(project)/\(result.path):\($0)" }
        falseAlarms += got.subtracting(expected).map { "\(project)/\(result.path):\($0)" }
      }
    }
    let precision = Double(truePositives) / Double(max(1, truePositives + falseAlarms.count))
    let recall = Double(truePositives) / Double(max(1, truePositives + misses.count))
    #expect(truePositives + misses.count >= set.findings, "the set has \(truePositives + misses.count) expected findings")
    #expect(precision >= 0.95, "precision \(precision); false alarms: \(falseAlarms.sorted())")
    #expect(recall >= 0.90, "recall \(recall); missed: \(misses.sorted())")
  }
}
