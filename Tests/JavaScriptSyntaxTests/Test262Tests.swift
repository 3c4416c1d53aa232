import Foundation
import HeapLintTestSupport
import Testing
@testable import JavaScriptSyntax

/// Conformance over tc39/test262-parser-tests (see the corpus's ABOUT.md). The corpus is in the
/// shared folder beside the repository; a plain clone skips these tests, CI requires them.
@Suite(.enabled(
  if: SharedResources.runs(needing: "corpus/test262-parser-tests"),
  "needs shared/corpus/test262-parser-tests: put the shared folder beside the repository or set HEAPLINT_SHARED"))
struct Test262Tests {
  /// `shared/corpus/test262-parser-tests` when it holds the corpus.
  static let corpus: URL? = SharedResources.locate("corpus/test262-parser-tests/pass").map { $0.deletingLastPathComponent() }

  static let conformanceDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Conformance")

  struct Outcome {
    var name: String
    var errors: [SyntaxError]
  }

  /// The `.js` files of the corpus's `folders`, by name within each folder.
  static func files(in folders: [String]) -> [(folder: String, name: String, bytes: [UInt8])] {
    guard let corpus else { return [] }
    return folders.flatMap { folder in
      let dir = corpus.appendingPathComponent(folder)
      let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".js") }.sorted()
      return names.map { (folder, $0, [UInt8]((try? Data(contentsOf: dir.appendingPathComponent($0))) ?? Data())) }
    }
  }

  static func run(_ folder: String, syntaxOnly: Bool = false) -> [Outcome] {
    files(in: [folder]).map { file in
      let goal: ParseOptions.Goal = file.name.hasSuffix(".module.js") ? .module : .script
      let result = Parser.parse(file.bytes, options: ParseOptions(goal: goal, syntaxOnly: syntaxOnly))
      return Outcome(name: file.name, errors: result.errors)
    }
  }

  /// A syntax-only parse (what `--no-prefilter` does to files it does not analyse) finds exactly
  /// the errors of a full parse, at the same places, in every file of the corpus.
  @Test func syntaxOnlyParsesFindTheSameErrors() throws {
    try #require(Self.corpus != nil, "test262-parser-tests corpus not found in the shared folder (set HEAPLINT_SHARED)")
    var compared = 0
    for folder in ["pass", "fail", "early"] {
      let full = Self.run(folder)
      let syntaxOnly = Self.run(folder, syntaxOnly: true)
      #expect(full.map(\.name) == syntaxOnly.map(\.name))
      for (a, b) in zip(full, syntaxOnly) {
        #expect(a.errors == b.errors, "\(folder)/\(a.name)")
        compared += 1
      }
    }
    #expect(compared > 3000)
  }

  /// A left-out function body parsed again where it stands (`JSParser.fillIn`, what a lean
  /// reading does to a body Heap code could use) gives the tree of a whole reading: every
  /// function of every valid file of the corpus left out (a word no text holds) and filled back
  /// in, innermost ones after their outer ones, gives the whole reading's tree, spans and all.
  /// The corpus has every context a body can stand in (async, generator, strict, class members,
  /// arrows in parameters, module code).
  @Test func filledInBodiesGiveTheWholeTree() throws {
    try #require(Self.corpus != nil, "test262-parser-tests corpus not found in the shared folder (set HEAPLINT_SHARED)")
    var compared = 0
    var filled = 0
    for file in Self.files(in: ["pass", "pass-explicit"]) {
      let goal: ParseOptions.Goal = file.name.hasSuffix(".module.js") ? .module : .script
      var lean = ParseOptions(goal: goal)
      lean.idleFunctions = ParseOptions.IdleFunctionRule(words: ["\u{1}"])
      let refilled: Program = file.bytes.withUnsafeBufferPointer { buf in
        let p = JSParser(buf: buf, options: lean)
        let result = p.parseProgram()
        while let body = p.idleBodies.bodies.values.first {
          p.fillIn(body.block)
          filled += 1
        }
        return result.program
      }
      let whole = Parser.parse(file.bytes, options: ParseOptions(goal: goal))
      let source = SourceFile(bytes: file.bytes)
      #expect(astJSON(refilled, source: source) == astJSON(whole.program, source: source), "\(file.folder)/\(file.name)")
      compared += 1
    }
    #expect(compared > 3000)
    #expect(filled > 1000)
  }

  /// A reading that met no `<` where an expression starts finds the same errors, at the same
  /// places, and the same tree with JSX switched on: what lets heaplint skip a `.js` file's JSX
  /// readings (`ParseResult.metExpressionAngle`).
  @Test func readingsWithoutAnAngleAreTheSameWithJSX() throws {
    try #require(Self.corpus != nil, "test262-parser-tests corpus not found in the shared folder (set HEAPLINT_SHARED)")
    var (compared, angled) = (0, 0)
    for file in Self.files(in: ["pass", "fail", "early"]) {
      for goal in [ParseOptions.Goal.script, .module] {
        let plain = Parser.parse(file.bytes, options: ParseOptions(goal: goal))
        guard !plain.metExpressionAngle else { angled += 1; continue }
        let jsx = Parser.parse(file.bytes, options: ParseOptions(goal: goal, jsx: true))
        #expect(plain.errors == jsx.errors, "\(file.folder)/\(file.name) as a \(goal)")
        #expect(structure(plain.program) == structure(jsx.program), "\(file.folder)/\(file.name) as a \(goal)")
        compared += 1
      }
    }
    #expect(compared > 6000)
    // The corpus does put `<` where expressions start (its JSX-free `fail` files among them).
    #expect(angled > 0)
  }

  /// A parse with an error limit either does not stop, and finds exactly the errors of a full
  /// parse, or stops with at least that many, and the full parse has at least that many too:
  /// the errors it counted are never taken back.
  @Test func anErrorLimitNeverUndercounts() throws {
    try #require(Self.corpus != nil, "test262-parser-tests corpus not found in the shared folder (set HEAPLINT_SHARED)")
    var stopped = 0
    for file in Self.files(in: ["fail", "early"]) {
      for goal in [ParseOptions.Goal.script, .module] {
        let full = Parser.parse(file.bytes, options: ParseOptions(goal: goal))
        for limit in 1...3 {
          let limited = Parser.parse(file.bytes, options: ParseOptions(goal: goal, errorLimit: limit))
          if limited.stoppedEarly {
            stopped += 1
            #expect(limited.errors.count >= limit && full.errors.count >= limit, "\(file.folder)/\(file.name) as a \(goal), limit \(limit)")
          } else {
            #expect(limited.errors == full.errors, "\(file.folder)/\(file.name) as a \(goal), limit \(limit)")
          }
        }
      }
    }
    #expect(stopped > 0)
  }

  static var verbose: Bool { ProcessInfo.processInfo.environment["HEAPLINT_T262_VERBOSE"] != nil }

  @Test func passFilesParseWithoutErrors() throws {
    try #require(Self.corpus != nil, "test262-parser-tests corpus not found in the shared folder (set HEAPLINT_SHARED)")
    for folder in ["pass", "pass-explicit"] {
      let outcomes = Self.run(folder)
      let failed = outcomes.filter { !$0.errors.isEmpty }
      print("test262 \(folder): \(outcomes.count - failed.count)/\(outcomes.count) parsed without errors")
      if Self.verbose {
        for f in failed { print("  \(folder)/\(f.name): \(f.errors[0])") }
      }
      #expect(outcomes.count > 1000)
      #expect(failed.isEmpty, "\(folder): \(failed.prefix(20).map { "\($0.name): \($0.errors[0])" })")
    }
  }

  @Test func failFilesAreRejected() throws {
    try #require(Self.corpus != nil, "test262-parser-tests corpus not found in the shared folder (set HEAPLINT_SHARED)")
    let outcomes = Self.run("fail")
    let accepted = outcomes.filter { $0.errors.isEmpty }.map(\.name)
    let rejected = outcomes.count - accepted.count
    let percent = Double(rejected) * 100 / Double(max(1, outcomes.count))
    print("test262 fail: \(rejected)/\(outcomes.count) rejected (\(String(format: "%.1f", percent))%)")
    if Self.verbose { for a in accepted { print("  accepted fail/\(a)") } }
    #expect(percent >= 95)
    let listed = Self.readList("fail-accepted.txt")
    #expect(Set(accepted) == Set(listed),
            "fail-accepted.txt is out of date: newly accepted \(Set(accepted).subtracting(listed).sorted()), now rejected \(Set(listed).subtracting(accepted).sorted())")
  }

  @Test func earlyFilesDoNotCrashAndMostAreRejected() throws {
    try #require(Self.corpus != nil, "test262-parser-tests corpus not found in the shared folder (set HEAPLINT_SHARED)")
    let outcomes = Self.run("early")
    let rejected = outcomes.filter { !$0.errors.isEmpty }.count
    print("test262 early: \(rejected)/\(outcomes.count) rejected")
    if Self.verbose { for o in outcomes where o.errors.isEmpty { print("  accepted early/\(o.name)") } }
    let committed = Int((try? String(contentsOf: Self.conformanceDir.appendingPathComponent("early-rejected-count.txt"), encoding: .utf8))?
      .trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 0
    #expect(rejected >= committed, "early rejections dropped below the committed \(committed)")
  }

  /// `pass/` and `pass-explicit/` twins give the same tree once spans are ignored.
  @Test func passAndExplicitTreesAgree() throws {
    try #require(Self.corpus != nil, "test262-parser-tests corpus not found in the shared folder (set HEAPLINT_SHARED)")
    guard let corpus = Self.corpus else { return }
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: corpus.appendingPathComponent("pass").path)) ?? []).filter { $0.hasSuffix(".js") }.sorted()
    var mismatches: [String] = []
    for name in names {
      let goal: ParseOptions.Goal = name.hasSuffix(".module.js") ? .module : .script
      let a = [UInt8]((try? Data(contentsOf: corpus.appendingPathComponent("pass/\(name)"))) ?? Data())
      let b = [UInt8]((try? Data(contentsOf: corpus.appendingPathComponent("pass-explicit/\(name)"))) ?? Data())
      let ta = structure(Parser.parse(a, options: ParseOptions(goal: goal)).program)
      let tb = structure(Parser.parse(b, options: ParseOptions(goal: goal)).program)
      if ta != tb { mismatches.append(name) }
    }
    print("test262 pass vs pass-explicit: \(names.count - mismatches.count)/\(names.count) trees agree")
    if Self.verbose { for m in mismatches { print("  tree mismatch \(m)") } }
    let allowed = Set(Self.readList("explicit-mismatch.txt"))
    #expect(Set(mismatches).subtracting(allowed).isEmpty, "new mismatches: \(Set(mismatches).subtracting(allowed).sorted().prefix(20))")
  }

  static func readList(_ file: String) -> [String] {
    let text = (try? String(contentsOf: conformanceDir.appendingPathComponent(file), encoding: .utf8)) ?? ""
    return text.split(separator: "\n").compactMap { line in
      let name = line.split(separator: "#", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
      return name.isEmpty ? nil : name
    }
  }
}

/// A span-free rendering of a tree: node types, names, operators and literal values.
func structure(_ node: Node) -> String {
  var out = ""
  func walk(_ n: Node) {
    out += n.type
    switch n {
    case let i as Identifier: out += ":" + i.name
    case let p as PrivateIdentifier: out += ":#" + p.name
    case let l as Literal: out += ":\(l.value)"
    case let u as UnaryExpression: out += ":" + u.operator
    case let u as UpdateExpression: out += ":\(u.operator)\(u.prefix)"
    case let b as BinaryExpression: out += ":" + b.operator
    case let b as LogicalExpression: out += ":" + b.operator
    case let a as AssignmentExpression: out += ":" + a.operator
    case let t as TemplateElement: out += ":\(t.cooked ?? "nil")|\(t.raw)"
    case let p as Property: out += ":\(p.kind)\(p.computed)\(p.shorthand)\(p.method)"
    case let m as MemberExpression: out += ":\(m.computed)\(m.optional)"
    case let c as CallExpression: out += ":\(c.optional)"
    case let f as FunctionNode: out += ":\(f.isAsync)\(f.isGenerator)"
    case let v as VariableDeclaration: out += ":" + v.kind.rawValue
    case let m as MethodDefinition: out += ":\(m.kind)\(m.isStatic)\(m.computed)"
    case let p as PropertyDefinition: out += ":\(p.isStatic)\(p.computed)"
    case let y as YieldExpression: out += ":\(y.delegate)"
    case let f as ForOfStatement: out += ":\(f.isAwait)"
    case let e as ExpressionStatement: out += ":\(e.directive ?? "")"
    default: break
    }
    out += "("
    n.forEachChild { c in
      // Grouping differences: `(a, b), c` is `a, b, c`.
      if n is SequenceExpression, let inner = c as? SequenceExpression {
        var first = true
        func flatten(_ seq: SequenceExpression) {
          seq.forEachChild { e in
            if let s = e as? SequenceExpression { flatten(s); return }
            if !first { out += "," }
            first = false
            walk(e)
          }
        }
        flatten(inner)
      } else if let p = n as? Property, !p.computed, c === p.key {
        out += "key:" + keyString(c)
      } else if let m = n as? MethodDefinition, !m.computed, c === m.key {
        out += "key:" + keyString(c)
      } else {
        walk(c)
      }
      out += ","
    }
    out += ")"
  }
  func keyString(_ k: Node) -> String {
    if let i = k as? Identifier { return i.name }
    if let l = k as? Literal {
      switch l.value {
      case .string(let s): return s
      case .number(let d): return d == d.rounded() && abs(d) < 1e21 ? String(Int64(d)) : "\(d)"
      default: return "\(l.value)"
      }
    }
    return k.type
  }
  walk(node)
  return out
}
