import Foundation
import JavaScriptSyntax
import Testing

@testable import HeapLintCore

// Inputs from the libFuzzer targets in fuzz/ (see fuzz/README.md), replayed without libFuzzer.
//
// Every crash or hang a fuzz target finds is added to `Regression.all` as a byte array literal
// with the call that failed (`Entry`), and stays here after the fix. The committed seed corpora
// are replayed too, so a front end change that breaks on them fails `swift test` before anyone
// runs the fuzzers. Everything runs on a large-stack thread, as the lint engine does.

/// Which fuzz target's calls an input goes through.
private enum Entry: String, CaseIterable, Sendable {
  case javaScript = "JavaScript", html = "HTML", template = "Template", configuration = "Configuration"
}

/// A Linter with no rules: the catalogue lives in HeapLintRules, which this test target does not
/// link; the front ends, the parser, the Heap model and suppressions still all run.
private let linter = Linter(rules: [], prefilter: nil)

/// Lints as `path` and evaluates every argument of every Heap call, as the rules would.
private func analyze(_ path: String, _ bytes: [UInt8]) {
  let (_, document) = linter.analyze(path: path, bytes: bytes, project: nil)
  guard let document else { return }
  for call in document.calls {
    for index in 0..<4 {
      if let argument = call.argument(index) { _ = document.value(of: argument, script: call.script) }
    }
  }
}

/// The fuzz target `entry`'s calls on `bytes` (fuzz/targets/<entry>.swift, minus the rules).
private func replay(_ bytes: [UInt8], through entry: Entry) {
  switch entry {
  case .javaScript:
    for goal in [ParseOptions.Goal.script, .module] {
      for jsx in [false, true] {
        for typescript in [false, true] {
          _ = Parser.parse(bytes, options: ParseOptions(goal: goal, jsx: jsx, typescript: typescript))
        }
      }
    }
    analyze("fuzz.js", bytes)
  case .html:
    let extraction = HTMLFrontEnd.extract(bytes)
    for problem in extraction.problems { #expect((0...bytes.count).contains(problem.offset)) }
    analyze("fuzz.html", bytes)
  case .template:
    for kind in TemplateKind.allCases {
      let masked = TemplateMasker.mask(bytes, kind: kind)
      #expect(masked.bytes.count == bytes.count, "\(kind)")
      for hole in masked.holes { #expect(hole.start >= 0 && hole.start <= hole.end && hole.end <= bytes.count, "\(kind)") }
    }
    _ = TemplateMasker.guessKind(bytes)
    for path in ["fuzz.erb", "fuzz.hbs", "fuzz.php"] { analyze(path, bytes) }
  case .configuration:
    let text = String(decoding: bytes, as: UTF8.self)
    _ = try? ConfigurationLoader.parse(
      text, path: ".heaplint.yml", knownRules: Set(Linter.engineRules.map(\.id)), templateKinds: Set(TemplateKind.allCases.map(\.rawValue)))
  }
}

private func replayOnLargeStack(_ bytes: [UInt8], through entry: Entry) {
  withLargeStack { replay(bytes, through: entry) }
}

/// One input that once crashed or hung a fuzz target (or an edge case kept next to them).
private struct Regression: Sendable, CustomTestStringConvertible {
  var name: String
  var entry: Entry
  var bytes: [UInt8]
  var testDescription: String { "\(entry.rawValue): \(name)" }

  static func text(_ name: String, _ entry: Entry, _ text: String) -> Regression {
    Regression(name: name, entry: entry, bytes: Array(text.utf8))
  }

  /// Crashes and hangs found by fuzzing. Add each one as
  /// `Regression(name: "<what broke, file:line>", entry: .<target>, bytes: [0x.., ...])`.
  static let found: [Regression] = [
    // HTML target, 30-minute run: `'kiosk' + 0000...143474676128` made a number near 1e19, and
    // JSValue.numberToString converted it with Int64(d) (Values.swift), which traps above Int64.max.
    Regression(
      name: "constant concatenation with a number over Int64.max, Values.swift numberToString", entry: .html,
      bytes: [
        0x3C, 0x21, 0x2D, 0x2D, 0x20, 0x68, 0x65, 0x3D, 0x61, 0x70, 0x6C, 0x69, 0x6E, 0x74, 0x2D, 0x64, 0x6C, 0x69, 0x5B, 0x73, 0x62, 0x0C, 0x65, 0x2D, 0x6E, 0x65, 0x78, 0x74, 0x2D, 0x6C, 0x69, 0x2C, 0x65, 0x20, 0x68, 0x61, 0x72, 0x64, 0x63, 0x6F, 0x64, 0x65, 0x64, 0x2D, 0x69, 0x64, 0x65, 0x6E, 0x74, 0x69, 0x74, 0x79, 0x20, 0x2D, 0x2D, 0x3E, 0x0A, 0x3C, 0x73, 0x63, 0x72, 0x69, 0x70, 0x74, 0x3E, 0x68, 0x65, 0x61, 0x70, 0x2E, 0x69, 0x64, 0x65, 0x6E, 0x74, 0x69, 0x66, 0x79, 0x28, 0x27, 0x6B, 0x69, 0x6F, 0x73, 0x6B, 0x27, 0x2B, 0x20, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x31, 0x34, 0x33, 0x34, 0x37, 0x34, 0x36, 0x37, 0x36, 0x31, 0x32, 0x38, 0x38, 0x35, 0x32, 0x30, 0x36, 0x38, 0x31, 0x33, 0x2F, 0x2F, 0x20, 0x3C, 0x21, 0x2D, 0x2D, 0x20, 0x2F, 0x2D, 0x20, 0xFF, 0xFF, 0xC8, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x43, 0x44, 0x41, 0x54, 0x41, 0x5B, 0x20, 0x6F, 0x6C, 0x5D, 0x20, 0x68, 0x65, 0x61, 0x70, 0x6C, 0x69, 0x6E, 0x74, 0x2D, 0x9C, 0x96, 0x8C, 0x9E, 0x9D, 0x93, 0x9A, 0xCA, 0x6E, 0x65, 0x78, 0x74, 0x2D, 0x5D, 0x3E, 0x3C, 0x3F, 0x70, 0x68, 0x70, 0x20, 0x65, 0x63, 0x68, 0x6F, 0x20, 0x35, 0x20, 0x3F, 0x3E, 0x0A,
      ]),
  ]

  /// Edge cases the targets are expected to survive.
  static let edges: [Regression] = [
    Regression(name: "empty", entry: .javaScript, bytes: []),
    Regression(name: "NUL and invalid UTF-8", entry: .javaScript, bytes: [0x00, 0xFF, 0xFE, 0xC3, 0x28, 0xED, 0xA0, 0x80, 0x60, 0x24, 0x7B]),
    text("deep brackets", .javaScript, String(repeating: "[", count: 5000)),
    text("deep parentheses in a call", .javaScript, "heap.identify(" + String(repeating: "(", count: 5000)),
    text("deep template substitutions", .javaScript, String(repeating: "`${", count: 3000)),
    text("deep JSX", .javaScript, String(repeating: "<a>", count: 3000)),
    text("deep TypeScript generics", .javaScript, "let x: " + String(repeating: "A<", count: 3000)),
    text("unterminated everything", .javaScript, "/* `${ '\\u{ /[ <div {...a"),
    text("deep HTML", .html, String(repeating: "<div>", count: 5000) + "<script>heap.identify('a')</script>"),
    text("unterminated script", .html, "<script>heap.identify(`${"),
    text("handler entities", .html, "<a onclick=\"&#xD800;&#x110000;&#0;&\" href=\"javascript:%ZZ%\">"),
    text("unterminated tags", .template, "<script><%= {{ {% <? @{ @* {{!-- {#"),
    text("nested template tags", .template, String(repeating: "{{#if a}}<% if b %>", count: 500)),
    Regression(name: "masking multi-byte characters", entry: .template, bytes: Array("<%= é€😀 %>{{ \u{2028} }}".utf8) + [0xF0, 0x9F]),
    text("alias bomb", .configuration, "a: &a [x, x]\nb: &b [*a, *a, *a, *a]\nc: &c [*b, *b, *b, *b]\nd: &d [*c, *c, *c, *c]\ninclude: [*d, *d, *d, *d]\n"),
    text("deep flow sequences", .configuration, "include: " + String(repeating: "[", count: 2000)),
    text("tabs and a bad key", .configuration, "rules:\n\t? [a]: b\n  - : ]\n"),
  ]
}

@Suite struct FuzzRegressionTests {
  @Test(arguments: Regression.found + Regression.edges)
  fileprivate func regression(_ input: Regression) {
    replayOnLargeStack(input.bytes, through: input.entry)
  }

  /// The committed seed corpora of fuzz/corpus/<target>/.
  @Test(arguments: Entry.allCases)
  fileprivate func seedCorpus(_ entry: Entry) throws {
    let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("fuzz/corpus/\(entry.rawValue)")
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    #expect(!names.isEmpty)
    for name in names {
      let bytes = try [UInt8](Data(contentsOf: directory.appendingPathComponent(name)))
      replayOnLargeStack(bytes, through: entry)
    }
  }
}
