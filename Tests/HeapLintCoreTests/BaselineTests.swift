import JavaScriptSyntax
import Testing

@testable import HeapLintCore

@Suite struct BaselineTests {
  /// Lints `source` the toy way: every line containing `identify("` gives a `hardcoded-identity` finding.
  private func lint(_ path: String, _ source: String, rule: String = "hardcoded-identity") -> FileResult {
    let file = SourceFile(source)
    var findings: [Finding] = []
    var texts: [Int: String] = [:]
    for line in 1...file.lineStarts.count where file.lineText(line).contains("identify(\"") {
      let start = file.lineStarts[line - 1]
      findings.append(
        Finding(
          ruleID: rule, severity: .error, message: "hard-coded identity", start: LineColumn(line: line, column: 1),
          end: LineColumn(line: line, column: 2), span: Span(start: start, end: start + 1)))
      texts[line] = file.lineText(line)
    }
    return FileResult(path: path, findings: findings, lineTexts: texts)
  }

  private let original = """
    function a() {
      heap.identify("demo");
    }
    heap.identify("test");
    """

  @Test func recordsRulePathTrimmedTextAndCount() {
    let results = [lint("./src/a.js", original + "\n    heap.identify(\"demo\");  \n")]
    let baseline = Baseline.record(results)
    #expect(baseline.version == Baseline.currentVersion)
    #expect(
      baseline.entries == [
        Baseline.Entry(rule: "hardcoded-identity", path: "src/a.js", text: "heap.identify(\"demo\");", count: 2),
        Baseline.Entry(rule: "hardcoded-identity", path: "src/a.js", text: "heap.identify(\"test\");", count: 1),
      ])
    #expect(baseline.totalCount == 3)
    #expect(baseline.filter(results).allSatisfy { $0.findings.isEmpty })
  }

  @Test func survivesLinesInsertedAboveFindings() {
    let baseline = Baseline.record([lint("a.js", original)])
    let moved = lint("a.js", "// a new header\nimport x from 'x';\n\n" + original)
    #expect(moved.findings.map(\.start.line) == [5, 7])
    let filtered = baseline.filter([moved])
    #expect(filtered.count == 1)
    #expect(filtered[0].findings.isEmpty)
    #expect(filtered[0].path == "a.js")
  }

  @Test func reindentedLinesStillMatch() {
    let baseline = Baseline.record([lint("a.js", original)])
    let reindented = lint("a.js", "if (x) {\n        heap.identify(\"demo\");\n}\n\theap.identify(\"test\");\n")
    #expect(baseline.filter([reindented])[0].findings.isEmpty)
  }

  @Test func aFixedFindingDropsOutWhenReRecorded() {
    let before = Baseline.record([lint("a.js", original)])
    let fixedSource = original.replacingOccurrences("heap.identify(\"test\");", with: "heap.identify(user.id);")
    let after = Baseline.record([lint("a.js", fixedSource)])
    #expect(before.entries.count == 2)
    #expect(after.entries == [Baseline.Entry(rule: "hardcoded-identity", path: "a.js", text: "heap.identify(\"demo\");", count: 1)])
    // Re-introducing it later is reported again.
    #expect(after.filter([lint("a.js", original)])[0].findings.map(\.start.line) == [4])
  }

  @Test func identicalLookingFindingsBeyondTheCountAreReported() {
    let baseline = Baseline.record([lint("a.js", original)])
    let copied = lint("a.js", original + "\nfunction b() {\n  heap.identify(\"demo\");\n}\n")
    let filtered = baseline.filter([copied])
    #expect(filtered[0].findings.count == 1)
    #expect(filtered[0].findings[0].ruleID == "hardcoded-identity")
    #expect(copied.lineTexts[filtered[0].findings[0].start.line]?.contains("demo") == true)
  }

  @Test func keysIncludeRuleAndPath() {
    let baseline = Baseline.record([lint("a.js", original)])
    #expect(baseline.filter([lint("b.js", original)])[0].findings.count == 2, "another file is not covered")
    #expect(baseline.filter([lint("a.js", original, rule: "random-identity")])[0].findings.count == 2, "another rule is not covered")
  }

  @Test func encodingIsStableSortedAndRoundTrips() throws {
    let results = [lint("z.js", original), lint("a.js", "heap.identify(\"q\\\"uote\");\n\theap.identify(\"é\u{1}\");\n")]
    let baseline = Baseline.record(results)
    let bytes = baseline.encoded()
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(
      text == """
        {
          "entries": [
            {
              "count": 1,
              "path": "a.js",
              "rule": "hardcoded-identity",
              "text": "heap.identify(\\"q\\\\\\"uote\\");"
            },
            {
              "count": 1,
              "path": "a.js",
              "rule": "hardcoded-identity",
              "text": "heap.identify(\\"é\\u0001\\");"
            },
            {
              "count": 1,
              "path": "z.js",
              "rule": "hardcoded-identity",
              "text": "heap.identify(\\"demo\\");"
            },
            {
              "count": 1,
              "path": "z.js",
              "rule": "hardcoded-identity",
              "text": "heap.identify(\\"test\\");"
            }
          ],
          "version": 1
        }

        """)
    #expect(Baseline.record(results.reversed()).encoded() == bytes)
    #expect(try Baseline.decode(bytes, path: "b.json") == baseline)
    #expect(String(decoding: Baseline().encoded(), as: UTF8.self) == "{\n  \"entries\": [],\n  \"version\": 1\n}\n")
    #expect(try Baseline.decode(Baseline().encoded(), path: "b.json") == Baseline())
  }

  @Test func decodeAcceptsOtherWriters() throws {
    let json = "\u{FEFF}{\"version\":1,\"tool\":\"x\",\"entries\":[{\"rule\":\"r\",\"path\":\"./p.js\",\"text\":\"\\u00e9\\ud83d\\ude00\\/\"}]}"
    let baseline = try Baseline.decode(Array(json.utf8), path: "b.json")
    #expect(baseline.entries == [Baseline.Entry(rule: "r", path: "p.js", text: "é😀/", count: 1)])
  }

  private func decodeError(_ json: String) -> ConfigurationError? {
    do {
      _ = try Baseline.decode(Array(json.utf8), path: "base.json")
      return nil
    } catch {
      return error
    }
  }

  @Test func decodeErrorsArePositionedAndClear() {
    let syntax = decodeError("{\n  \"version\": 1,\n  \"entries\": [\n    {\"rule\": \"r\",}\n  ]\n}")
    #expect(syntax?.line == 4)
    #expect(syntax?.message.contains("invalid JSON") == true)
    #expect(syntax?.description.hasPrefix("base.json:4:") == true)

    let version = decodeError("{\"version\": 2, \"entries\": []}")
    #expect(version?.message.contains("unsupported baseline version 2") == true)
    #expect(version?.column == 13)
    #expect(decodeError("{\"entries\": []}")?.message.contains("no \"version\"") == true)
    #expect(decodeError("[]")?.message.contains("JSON object") == true)
    #expect(decodeError("")?.message.contains("empty") == true)
    #expect(decodeError("{\"version\": 1, \"entries\": [{\"rule\": \"r\", \"path\": \"p\"}]}")?.message.contains("no \"text\"") == true)
    #expect(decodeError("{\"version\": 1, \"entries\": [{\"rule\": \"r\", \"path\": \"p\", \"text\": \"\", \"count\": 0}]}")?.message.contains("at least 1") == true)
    #expect(decodeError("{\"version\": 1, \"entries\": {}}")?.message.contains("must be a list") == true)
    #expect(decodeError("{\"version\": 1, \"entries\": []} x")?.message.contains("after the end") == true)
    #expect(decodeError("\"abc") != nil)
    #expect(decodeError("\"\\ud800\"") != nil)
    #expect(decodeError(String(repeating: "[", count: 100_000)) != nil)
    #expect((try? Baseline.decode([0x22, 0xFF, 0x22], path: "b")) == nil, "invalid UTF-8 in a string")
    #expect(decodeError("{\"version\": 99999999999999999999999, \"entries\": []}") != nil)
  }

  @Test func duplicateEntriesMerge() throws {
    let json = """
      {"version": 1, "entries": [
        {"rule": "r", "path": "p", "text": "t", "count": 2},
        {"rule": "r", "path": "p", "text": "t"}
      ]}
      """
    #expect(try Baseline.decode(Array(json.utf8), path: "b").entries == [Baseline.Entry(rule: "r", path: "p", text: "t", count: 3)])
  }
}

extension String {
  fileprivate func replacingOccurrences(_ target: String, with replacement: String) -> String {
    var result = ""
    var rest = Substring(self)
    while let range = rest.firstRange(of: target) {
      result += rest[..<range.lowerBound] + replacement
      rest = rest[range.upperBound...]
    }
    return result + rest
  }
}
