import Foundation
import HeapLintTestSupport
import Testing
@testable import JavaScriptSyntax

/// Conformance over Babel's TypeScript and JSX parser fixtures (see the corpus's ABOUT.md): valid
/// TypeScript must parse without a syntax error, since a spurious error drops the statement and
/// every Heap call inside it. The corpus is in the shared folder beside the repository; a plain
/// clone skips these tests, CI requires them.
@Suite(.enabled(
  if: SharedResources.runs(needing: "corpus/babel-typescript"),
  "needs shared/corpus/babel-typescript: put the shared folder beside the repository or set HEAPLINT_SHARED"))
struct BabelTypeScriptTests {
  /// `shared/corpus/babel-typescript` when it holds the corpus.
  static let corpus: URL? = SharedResources.locate("corpus/babel-typescript/pass").map { $0.deletingLastPathComponent() }

  static let conformanceDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Conformance")

  /// The parse goals a fixture is tried with, from its extension (ABOUT.md): `.d.ts` a
  /// declaration file, `.ts` a module, `.cts` a script, `.tsx` a module with JSX, `.jsx`
  /// JavaScript with JSX as a script and then as a module (as heaplint reads a `.jsx` file).
  static func goals(for name: String) -> [ParseOptions] {
    if name.hasSuffix(".d.ts") { return [ParseOptions(goal: .module, declaration: true)] }
    if name.hasSuffix(".cts") { return [ParseOptions(goal: .script, typescript: true)] }
    if name.hasSuffix(".tsx") { return [ParseOptions(goal: .module, jsx: true, typescript: true)] }
    if name.hasSuffix(".ts") { return [ParseOptions(goal: .module, typescript: true)] }
    return [ParseOptions(goal: .script, jsx: true), ParseOptions(goal: .module, jsx: true)]
  }

  struct Outcome {
    var name: String
    var errors: [SyntaxError]
  }

  static func run(_ folder: String) -> [Outcome] {
    guard let corpus else { return [] }
    let dir = corpus.appendingPathComponent(folder)
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted()
    return names.map { name in
      let bytes = [UInt8]((try? Data(contentsOf: dir.appendingPathComponent(name))) ?? Data())
      var best: [SyntaxError]? = nil
      for options in goals(for: name) {
        let errors = Parser.parse(bytes, options: options).errors
        if best == nil || errors.count < best!.count { best = errors }
        if errors.isEmpty { break }
      }
      return Outcome(name: name, errors: best ?? [])
    }
  }

  static var verbose: Bool { ProcessInfo.processInfo.environment["HEAPLINT_BABEL_VERBOSE"] != nil }

  @Test func passFilesParseWithoutErrors() throws {
    try #require(Self.corpus != nil, "babel-typescript corpus not found in the shared folder (set HEAPLINT_SHARED)")
    let outcomes = Self.run("pass")
    let failed = outcomes.filter { !$0.errors.isEmpty }
    print("babel-typescript pass: \(outcomes.count - failed.count)/\(outcomes.count) parsed without errors")
    if Self.verbose { for f in failed { print("  pass/\(f.name): \(f.errors[0])") } }
    #expect(outcomes.count >= 464)
    let skipped = Self.readList("babel-pass-rejected.txt")
    #expect(skipped.count <= 3, "the reviewed skip list may hold at most 3 files")
    let unexpected = failed.filter { !skipped.contains($0.name) }
    #expect(unexpected.isEmpty, "\(unexpected.prefix(20).map { "\($0.name): \($0.errors[0])" })")
    let nowAccepted = Set(skipped).subtracting(failed.map(\.name))
    #expect(nowAccepted.isEmpty, "babel-pass-rejected.txt lists files that now parse: \(nowAccepted.sorted())")
  }

  @Test func failFilesAreMostlyRejected() throws {
    try #require(Self.corpus != nil, "babel-typescript corpus not found in the shared folder (set HEAPLINT_SHARED)")
    let outcomes = Self.run("fail")
    let accepted = outcomes.filter { $0.errors.isEmpty }.map(\.name)
    let rejected = outcomes.count - accepted.count
    let percent = Double(rejected) * 100 / Double(max(1, outcomes.count))
    print("babel-typescript fail: \(rejected)/\(outcomes.count) rejected (\(String(format: "%.1f", percent))%)")
    if Self.verbose { for a in accepted { print("  accepted fail/\(a)") } }
    #expect(outcomes.count >= 57)
    #expect(percent >= 80)
  }

  /// Files Babel reads with recorded errors: any outcome is fine, as long as the parse ends.
  @Test func recoverableFilesDoNotCrash() throws {
    try #require(Self.corpus != nil, "babel-typescript corpus not found in the shared folder (set HEAPLINT_SHARED)")
    let outcomes = Self.run("recoverable")
    let rejected = outcomes.filter { !$0.errors.isEmpty }.count
    print("babel-typescript recoverable: \(outcomes.count) parsed, \(rejected) with errors")
    #expect(outcomes.count >= 196)
  }

  static func readList(_ file: String) -> [String] {
    let text = (try? String(contentsOf: conformanceDir.appendingPathComponent(file), encoding: .utf8)) ?? ""
    return text.split(separator: "\n").compactMap { line in
      let name = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
      return name.isEmpty ? nil : name
    }
  }
}
