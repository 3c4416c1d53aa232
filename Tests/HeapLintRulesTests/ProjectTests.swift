import Foundation
import HeapLintCore
import HeapLintRules
import Testing

/// Multi-file projects: wrappers, re-exports, CommonJS, return values across files. Each
/// project folder is linted as one run; `expect:` comments say where findings must be, in
/// every file, and every other line must be silent.
@Suite("Projects across files")
struct ProjectTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Projects")

  static var projects: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).sorted()
  }

  static func files(in directory: URL) -> [String] {
    guard let e = FileManager.default.enumerator(atPath: directory.path) else { return [] }
    let extensions = [".js", ".mjs", ".ts", ".tsx", ".vue", ".svelte", ".html"]
    return e.compactMap { $0 as? String }.filter { path in extensions.contains { path.hasSuffix($0) } }.sorted()
  }

  @Test("project fixtures are there") func present() {
    #expect(Self.projects.count >= 5)
  }

  @Test("findings match the expect: comments in every file", arguments: projects)
  func project(_ name: String) throws {
    let directory = Self.root.appendingPathComponent(name)
    let relative = Self.files(in: directory)
    let targets = relative.map { LintTarget(path: directory.appendingPathComponent($0).path, displayPath: $0) }
    let (results, failures) = LintEngine(linter: Linter(rules: BuiltinRules.all), jobs: 2).run(targets)
    #expect(failures.isEmpty)
    for result in results {
      let text = try String(contentsOf: directory.appendingPathComponent(result.path), encoding: .utf8)
      let expected = PrecisionTests.expectations(in: text)
      let got = Set(result.findings.map { PrecisionTests.Expectation(line: $0.start.line, rule: $0.ruleID) })
      #expect(expected.subtracting(got).isEmpty, "\(name)/\(result.path): missed \(expected.subtracting(got).sorted { $0.line < $1.line })")
      #expect(got.subtracting(expected).isEmpty, "\(name)/\(result.path): false alarms \(result.findings.map { "\($0.start.line) \($0.ruleID): \($0.message)" })")
      // One mistake, one finding: never the same rule twice at one position (recursive
      // wrappers once reported `w -> heap.identify`, `w -> w -> heap.identify`, ...).
      let positions = result.findings.map { "\($0.start.line):\($0.start.column) \($0.ruleID)" }
      #expect(Set(positions).count == positions.count, "\(name)/\(result.path): repeated \(result.findings.map(\.message))")
    }
  }

  @Test("a partial run reads a named file once: its analysis takes the bytes read to find its imports")
  func partialRunReadsOnce() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("heaplint-read-once-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    try "import { track } from 'vendor';\nheap.load('1234567890');\nheap.identify('guest');\ntrack('signup');\n"
      .write(to: directory.appendingPathComponent("page.js"), atomically: true, encoding: .utf8)
    try "heap.track('other');\n".write(to: directory.appendingPathComponent("other.js"), atomically: true, encoding: .utf8)
    let all = ["page.js", "other.js"].map { LintTarget(path: directory.appendingPathComponent($0).path, displayPath: $0) }
    let reads = ReadLog()
    let disk = LintEngine.diskReader()
    let engine = LintEngine(linter: Linter(rules: BuiltinRules.all), jobs: 2) { target in
      reads.note(target.displayPath)
      return disk(target)
    }
    let (partial, failures) = engine.run([all[0]]) { candidate in all.first { $0.displayPath == candidate } }
    #expect(failures.isEmpty)
    // Read once to find what it imports (only a package here, so there is nothing else to
    // read), and analysed from those bytes: a 20 MB bundle named alone is not read, and held,
    // a second time.
    #expect(reads.counts == ["page.js": 1], "\(reads.counts)")
    let (whole, _) = LintEngine(linter: Linter(rules: BuiltinRules.all)).run(all)
    let expected = try #require(whole.first { $0.path == "page.js" }).findings
    #expect(partial.map(\.path) == ["page.js"])
    #expect(partial.first?.findings == expected)
    #expect(expected.map(\.ruleID).contains("blocklisted-identity"), "\(expected.map(\.ruleID))")
  }

  /// A linter that leaves functions out of scripts from 16 KB, not 1 MB: the tests of that
  /// reading keep their files small (a debug build parses a megabyte slowly, several times).
  static let largeScript = 16 << 10
  static var leanFromSmallSize: Linter {
    var linter = Linter(rules: BuiltinRules.all)
    linter.idleFunctionsFrom = largeScript
    return linter
  }

  /// Lines of small libraries that never touch Heap, `largeScript` bytes of them, and how many.
  static func libraryPadding() -> (text: String, lines: Int) {
    var text = ""
    var lines = 0
    while text.utf8.count < largeScript {
      text += "!function () { function scale\(lines)(a) { return a * \(lines) } window.lib\(lines) = { scale: scale\(lines) } }();\n"
      lines += 1
    }
    return (text, lines)
  }

  /// A new temporary directory holding `files` (name and text), as lint targets named by file
  /// name; `body` runs with them, and the directory is removed after.
  static func withProject(_ files: [(String, String)], _ body: ([LintTarget]) throws -> Void) throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("heaplint-idle-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    for (name, text) in files { try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8) }
    try body(files.map { LintTarget(path: directory.appendingPathComponent($0.0).path, displayPath: $0.0) })
  }

  /// A large script (`Linter.idleFunctionsFrom`, here 16 KB) leaves out the functions that
  /// cannot matter to Heap (`ParseOptions.idleFunctions`). A function that calls another file's
  /// wrapper does not say `heap`: it is kept once the project index names the wrapper, in a whole
  /// run and in a partial one (whose parse, made before the index, is made again).
  @Test("a large script's call of another file's wrapper is found, in a whole run and a partial one", arguments: [
    // A CommonJS module's export.
    ("exports.identifyUser = function (id) { heap.identify(id); };\n", "const { identifyUser } = require('./analytics');\nfunction login() { identifyUser('guest'); }\n"),
    // A classic script's global namespace.
    ("var Shop = window.Shop = window.Shop || {};\nShop.identify = function (id) { heap.identify(id); };\n", "\nfunction login() { Shop.identify('guest'); }\n"),
  ])
  func largeScriptCallsWrapper(_ wrapper: String, _ caller: String) throws {
    let (padding, lines) = Self.libraryPadding()
    try Self.withProject([("analytics.js", wrapper), ("big.js", padding + caller + "login();\n")]) { all in
      let (whole, _) = LintEngine(linter: Self.leanFromSmallSize, jobs: 2).run(all)
      var runs = [whole]
      if caller.contains("require") {
        // A classic script's globals come from files a partial run is not given.
        runs.append(LintEngine(linter: Self.leanFromSmallSize, jobs: 2).run([all[1]]) { candidate in all.first { $0.displayPath == candidate } }.results)
      }
      for results in runs {
        let findings = try #require(results.first { $0.path == "big.js" }).findings
        #expect(findings.map { "\($0.start.line) \($0.ruleID)" } == ["\(lines + 2) blocklisted-identity"], "\(findings.map(\.message))")
      }
    }
  }

  /// A large CommonJS or ES module whose exported helper never says `heap` is read whole
  /// for the file whose Heap code imports it: the helper's constant return value reaches that
  /// file's identify, in a whole run and in a partial run of the caller (which brings the
  /// module in). Its first reading left the helper's body out; where the module calls Heap
  /// too, that reading was in the project index already, and read the helper as returning
  /// nothing (`"undefined"`).
  @Test("a large module's exported helper informs the Heap code that imports it", arguments: [
    ("exports.visitorId = function () { return 'guest' };\n", "heap.identify(ids.visitorId());"),
    ("function visitorId() { return 'guest' }\nmodule.exports = { visitorId: visitorId };\n", "heap.identify(ids.visitorId());"),
    ("module.exports.visitorId = function () { return 'guest' };\nexports.trackSignup = function () { heap.track('Signup') };\n", "heap.identify(ids.visitorId());"),
    // With a wrapper, the later passes read the module again: whole, not as at first.
    ("module.exports.visitorId = function () { return 'guest' };\nexports.identify = function (id) { heap.identify(id) };\n", "ids.identify(ids.visitorId());"),
    // An ES module's exports, likewise.
    ("export function visitorId() { return 'guest' }\nexport function trackSignup() { heap.track('Signup') }\n", "heap.identify(ids.visitorId());"),
    ("export const visitorId = () => 'guest';\nexport function identify(id) { heap.identify(id) }\n", "ids.identify(ids.visitorId());"),
  ])
  func largeModuleExportInformsImporter(_ export: String, _ call: String) throws {
    let imports = export.hasPrefix("export") ? "import * as ids from './ids';" : "const ids = require('./ids');"
    let app = "\(imports)\nheap.load('1234567890');\n\(call)\n"
    try Self.withProject([("app.js", app), ("ids.js", Self.libraryPadding().text + export)]) { all in
      let partial = LintEngine(linter: Self.leanFromSmallSize, jobs: 2).run([all[0]]) { candidate in all.first { $0.displayPath == candidate } }
      for results in [LintEngine(linter: Self.leanFromSmallSize, jobs: 2).run(all).results, partial.results] {
        let findings = try #require(results.first { $0.path == "app.js" }).findings
        #expect(findings.map { "\($0.start.line) \($0.ruleID)" } == ["3 blocklisted-identity"], "\(findings.map(\.message))")
        #expect(findings.first?.message.contains("\"guest\"") == true, "\(findings.map(\.message))")
      }
    }
  }

  /// A page whose inline bundle is large (a single-file build) leaves the bundle's idle
  /// functions out when nothing else on the page could use them. A function the page's other
  /// code may call (by name, as a global or through an object) is filled back in, and the
  /// library around it stays out: the findings are always those of the whole reading.
  @Test("a large inline script leaves out only what the rest of the page cannot use", arguments: [
    ("function currentUserId() { return 'guest' }", "currentUserId()", ["blocklisted-identity"]),
    ("window.currentUserId = function () { return 'guest' };", "currentUserId()", []),
    ("var App = { currentUserId: function () { return 'guest' } };", "App.currentUserId()", []),
    ("function formatPrice(p) { return '$' + p }", "'guest'", ["blocklisted-identity"]),
  ])
  func largeInlineScript(_ helper: String, _ identity: String, _ rules: [String]) throws {
    let page = """
      <!doctype html>
      <html><head><script>
      \(Self.libraryPadding().text)\(helper)
      </script>
      <script>heap.load("1234567890"); heap.identify(\(identity));</script>
      </head><body><button onclick="heap.track('Click')">Go</button></body></html>

      """
    let bytes = Array(page.utf8)
    var whole = Linter(rules: BuiltinRules.all)
    whole.idleFunctionsFrom = Int.max
    let expected = whole.analyze(path: "page.html", bytes: bytes, project: nil).result.findings
    let (result, document) = Self.leanFromSmallSize.analyze(path: "page.html", bytes: bytes, project: nil)
    #expect(result.findings == expected)
    #expect(expected.map(\.ruleID) == rules)
    #expect(document?.scripts.first?.leftOutFunctions == true)
  }

  /// Which paths a reader was asked for, and how often.
  final class ReadLog: @unchecked Sendable {
    private let lock = NSLock()
    private var log: [String: Int] = [:]
    func note(_ path: String) { lock.withLock { log[path, default: 0] += 1 } }
    var counts: [String: Int] { lock.withLock { log } }
  }

  @Test("a finding through a wrapper names the chain")
  func chainInMessage() throws {
    let directory = Self.root.appendingPathComponent("chain")
    let targets = Self.files(in: directory).map { LintTarget(path: directory.appendingPathComponent($0).path, displayPath: $0) }
    let (results, _) = LintEngine(linter: Linter(rules: BuiltinRules.all)).run(targets)
    let page = try #require(results.first { $0.path == "page.js" })
    let message = try #require(page.findings.first?.message)
    #expect(message.contains("signIn -> identifyUser -> heap.identify"), "\(message)")
  }
}
