import Testing
@testable import JavaScriptSyntax

/// Broken code keeps the calls after the broken part; options that make valid code valid.
@Suite struct RecoveryTests {
  @Test func brokenObjectPropertyKeepsTheNextOnes() {
    let code = "const o = {\n  a: 1 +,\n  b() { heap.identify(x) },\n  c: 2\n  d: heap.track('e'),\n};\nheap.load('1');"
    #expect(!parse(code).errors.isEmpty)
    #expect(calleeTexts(code) == ["heap.identify", "heap.track", "heap.load"])
  }

  @Test func tooDeepNestingSkipsOnlyItsOwnStatement() {
    let deep = String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000)
    let code = "heap.load('1');\nx = \(deep);\nheap.identify(a);\nfunction f() { heap.track('t') }"
    let result = parse(code)
    #expect(result.errors.map(\.message) == ["nesting too deep"])
    #expect(calleeTexts(code) == ["heap.load", "heap.identify", "heap.track"])
  }

  @Test func commonJSAllowsTopLevelReturnOnlyInScripts() {
    let code = "if (done) return;\nheap.identify(a);"
    #expect(Parser.parse(code, options: ParseOptions(goal: .script, commonJS: true)).errors.isEmpty)
    #expect(!Parser.parse(code, options: ParseOptions(goal: .script)).errors.isEmpty)
    #expect(!Parser.parse(code, options: ParseOptions(goal: .module, commonJS: true)).errors.isEmpty)
  }

  @Test func declarationFilesNeedNoBodiesOrInitializers() {
    let code = "export const version: string;\nexport function f(a: number): void;\nexport class C { m(): void; }"
    #expect(Parser.parse(code, options: ParseOptions(goal: .module, declaration: true)).errors.isEmpty)
    #expect(!Parser.parse(code, options: ParseOptions(goal: .module, typescript: true)).errors.isEmpty)
  }
}
