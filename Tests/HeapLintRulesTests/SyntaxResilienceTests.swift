import Foundation
import HeapLintCore
import HeapLintRules
import Testing

/// What a user sees on code that is valid but unusual, or broken on one line: never a spurious
/// `parse-error`, and a Heap call outside the broken statement is still checked.
@Suite struct SyntaxResilienceTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var path: String
    var source: String
    /// The line of the `heap.identify('guest')` call that must be reported.
    var identifyLine: Int
    /// Whether the file is broken (a parse-error is expected) or valid (none allowed).
    var broken = false
    var testDescription: String { path }
  }

  static let cases: [Case] = [
    // Valid code in corners that used to give a syntax error.
    Case(path: "top-return.cjs", source: "if (!module.parent) return;\nheap.identify('guest');\n", identifyLine: 2),
    Case(path: "top-return.js", source: "const x = require('x');\nif (!x) return;\nheap.identify('guest');\n", identifyLine: 3),
    Case(
      path: "store.ts",
      source: "class Store {\n  @observable user?: User;\n  login = async (u: User = guest): Promise<void> => {\n    await api();\n    heap.identify('guest');\n  };\n}\n",
      identifyLine: 5),
    Case(path: "view.tsx", source: "const pick = <T,>(x: T) => x;\nexport { pick, type Props };\nheap.identify('guest');\n", identifyLine: 3),
    Case(
      path: "page.hbs",
      source: "<script>\n  var on = {{#if enabled}}true{{else}}false{{/if}};\n  var ids = [{{#each users}}{{id}},{{/each}}];\n  heap.identify('guest');\n</script>\n",
      identifyLine: 4),
    Case(
      path: "login.hbs",
      source: "<script>\n  {{#if user}}\n  heap.identify('{{user.id}}');\n  {{else}}\n  heap.identify('guest');\n  {{/if}}\n  var x = y ? {{#if a}}1{{else}}{{/if}} : 2;\n</script>\n",
      identifyLine: 5),
    Case(
      path: "page.pug",
      source: "html\n  body\n    if user\n      script.\n        heap.identify('guest');\n    else\n      script.\n        heap.load('1');\n",
      identifyLine: 5),
    // Broken code: recovery resumes at the next statement, class member or object property.
    Case(path: "broken-statement.js", source: "function f() {\n  let x = ;\n  heap.identify('guest');\n}\n", identifyLine: 3, broken: true),
    Case(
      path: "broken-member.ts", source: "class A {\n  foo() { let x = ( }\n  bar() { heap.identify('guest') }\n}\n", identifyLine: 3, broken: true),
    Case(
      path: "broken-property.js", source: "const o = {\n  a: 1\n  b() { heap.identify('guest') },\n};\n", identifyLine: 3, broken: true),
    Case(
      path: "too-deep.js", source: "x = " + String(repeating: "(", count: 20000) + String(repeating: ")", count: 20000) + ";\nheap.identify('guest');\n",
      identifyLine: 2, broken: true),
  ]

  @Test(arguments: cases) func heapCallIsStillChecked(_ c: Case) {
    let result = Linter(rules: BuiltinRules.all).lint(path: c.path, bytes: Array(c.source.utf8))
    let parseErrors = result.findings.filter { $0.ruleID == "parse-error" }
    if c.broken {
      #expect(!parseErrors.isEmpty, "the broken line should be reported")
    } else {
      #expect(parseErrors.isEmpty, "\(parseErrors.map { "\($0.start.line):\($0.start.column) \($0.message)" })")
    }
    #expect(result.findings.contains { $0.ruleID == "blocklisted-identity" && $0.start.line == c.identifyLine },
            "\(result.findings.map { "\($0.start.line) \($0.ruleID)" })")
  }
}
