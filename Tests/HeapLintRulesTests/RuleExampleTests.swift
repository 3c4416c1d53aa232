import HeapLintCore
import HeapLintRules
import JavaScriptSyntax
import Testing

/// One rule example in one variant, named for test output.
struct ExampleCase: CustomTestStringConvertible, Sendable {
  var ruleID: String
  var example: RuleExample

  var testDescription: String {
    let first = example.code.split(separator: "\n").first.map(String.init) ?? ""
    return "\(ruleID) \(example.kind == .valid ? "valid" : "invalid") L\(example.line): \(first)"
  }

  var sourceLocation: SourceLocation {
    SourceLocation(fileID: "HeapLintRules/\(example.filePath.split(separator: "/").last ?? "")", filePath: example.filePath, line: example.line, column: 1)
  }
}

let allExamples: [ExampleCase] = BuiltinRules.all.flatMap { rule in
  rule.examples.map { ExampleCase(ruleID: rule.id, example: $0) }
}

/// Lints `code` as `fileName` with every built-in rule.
func lint(_ code: String, fileName: String) -> FileResult {
  Linter(rules: BuiltinRules.all).lint(path: fileName, bytes: Array(code.utf8))
}

/// The 1-based line and column of each marker offset in `code`.
func positions(of markers: [Int], in code: String) -> [LineColumn] {
  let file = SourceFile(code)
  return markers.map { file.lineColumn(at: $0) }
}

@Suite("Rule examples")
struct RuleExampleTests {
  @Test("every rule has examples of both kinds and a complete catalogue entry")
  func catalogue() {
    var ids = Set<String>()
    for rule in BuiltinRules.all {
      #expect(ids.insert(rule.id).inserted, "duplicate rule id \(rule.id)")
      #expect(rule.id.allSatisfy { $0.isLowercase || $0 == "-" }, "rule id \(rule.id) is not kebab-case")
      #expect(rule.examples.contains { $0.kind == .valid }, "\(rule.id) has no valid example")
      #expect(rule.examples.contains { $0.kind == .invalid }, "\(rule.id) has no invalid example")
      #expect(rule.rationale.count > 80, "\(rule.id) needs a rationale written for users")
      #expect(!rule.help.isEmpty && !rule.summary.isEmpty)
    }
  }

  @Test("examples trigger exactly where marked", arguments: allExamples)
  func example(_ c: ExampleCase) {
    let (code, markers) = c.example.unmarked
    let result = lint(code, fileName: c.example.fileName)
    let parseErrors = result.findings.filter { $0.ruleID == "parse-error" }
    #expect(parseErrors.isEmpty, "example does not parse: \(parseErrors.map(\.message))", sourceLocation: c.sourceLocation)
    let got = result.findings.filter { $0.ruleID == c.ruleID }.map(\.start)
    switch c.example.kind {
    case .valid:
      #expect(got.isEmpty, "valid example triggered \(c.ruleID): \(result.findings.map(\.message))", sourceLocation: c.sourceLocation)
    case .invalid:
      #expect(!markers.isEmpty, "invalid example has no ↓ marker", sourceLocation: c.sourceLocation)
      #expect(got == positions(of: markers, in: code), "\(result.findings.map { "\($0.start.line):\($0.start.column) \($0.ruleID): \($0.message)" })", sourceLocation: c.sourceLocation)
    }
  }

  @Test("examples in a block comment or a string find nothing", arguments: allExamples.filter { $0.example.fileName.hasSuffix(".js") })
  func commentedOut(_ c: ExampleCase) {
    let (code, _) = c.example.unmarked
    if !code.contains("*/") {
      let result = lint("/*\n\(code)\n*/\n", fileName: "commented.js")
      #expect(result.findings.isEmpty, "\(result.findings.map(\.message))", sourceLocation: c.sourceLocation)
    }
    let escaped = code.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "`", with: "\\`").replacingOccurrences(of: "${", with: "\\${")
    let inString = lint("const text = `\n\(escaped)\n`;\n", fileName: "string.js")
    #expect(inString.findings.isEmpty, "\(inString.findings.map(\.message))", sourceLocation: c.sourceLocation)
  }

  @Test("examples inside an HTML <script> find the same things at the page's lines", arguments: allExamples.filter { $0.example.fileName.hasSuffix(".js") })
  func inHTML(_ c: ExampleCase) {
    let (code, markers) = c.example.unmarked
    guard !code.contains("</script") else { return }
    let isModule = code.contains("import ") || code.contains("export ")
    let page = "<!doctype html>\n<title>t</title>\n<script\(isModule ? " type=\"module\"" : "")>\n\(code)\n</script>\n"
    let result = lint(page, fileName: "page.html")
    let got = result.findings.filter { $0.ruleID == c.ruleID }.map(\.start)
    let expected = positions(of: markers, in: code).map { LineColumn(line: $0.line + 3, column: $0.column) }
    #expect(got == expected, "\(result.findings.map { "\($0.start.line):\($0.start.column) \($0.ruleID)" })", sourceLocation: c.sourceLocation)
  }

  @Test("a line of multi-byte text before an example moves lines, not columns", arguments: allExamples.filter { $0.example.fileName.hasSuffix(".js") })
  func afterMultibyte(_ c: ExampleCase) {
    let (code, markers) = c.example.unmarked
    let result = lint("// Grüße, ça va? 🚀 ✓\n\(code)", fileName: "multibyte.js")
    let got = result.findings.filter { $0.ruleID == c.ruleID }.map(\.start)
    let expected = positions(of: markers, in: code).map { LineColumn(line: $0.line + 1, column: $0.column) }
    #expect(got == expected, sourceLocation: c.sourceLocation)
  }
}
