import Testing
@testable import JavaScriptSyntax

@Suite struct ParserTests {
  // MARK: Where JSX matters

  @Test func aLessThanWhereAnExpressionStartsIsNoted() {
    for src in ["x = <div/>", "f(<a></a>)", "x = <T>y", "return <", "if (a) <b>c</b>"] {
      #expect(parse(src).metExpressionAngle, "\(src)")
    }
    for src in ["a < b", "a << b", "for (let i = 0; i < n; i++) {}", "x = a <= b", "f<g>(h)", "'<div/>'", "// <div/>", "/<a>/.test(s)"] {
      #expect(!parse(src).metExpressionAngle, "\(src)")
    }
  }

  @Test func withoutSuchALessThanJSXChangesNothing() {
    // Redeclarations, a missing operand and a strict-mode error: none involves `<`.
    let src = "let a; let a; if (a < b) { c = d <= e } x = ; 'use strict'; function f(a, a) {}"
    let plain = Parser.parse(Array(src.utf8), options: ParseOptions(goal: .script))
    let jsx = Parser.parse(Array(src.utf8), options: ParseOptions(goal: .script, jsx: true))
    #expect(!plain.metExpressionAngle)
    #expect(!plain.errors.isEmpty)
    #expect(plain.errors == jsx.errors)
  }

  // MARK: Regex versus division

  @Test func regexAfterParenOfIfButDivisionAfterGroupedExpression() {
    let r = parse("if (x) /re/.test(y)")
    #expect(r.errors.isEmpty)
    #expect(allNodes(r.program).contains { ($0 as? Literal).map { if case .regex = $0.value { true } else { false } } ?? false })
    let d = parse("(a) / b")
    #expect(d.errors.isEmpty)
    #expect((d.program.body.first as? ExpressionStatement)?.expression is BinaryExpression)
  }

  @Test func regexAfterOperatorsAndKeywords() {
    for src in ["x = /a/g", "f(/a/, /b/)", "return /a/", "[/a/]", "x = y ? /a/ : /b/", "!/a/.test(s)", "typeof /a/"] {
      let text = src.hasPrefix("return") ? "function f() { \(src) }" : src
      let r = parse(text)
      #expect(r.errors.isEmpty, "\(src): \(r.errors)")
      let regexes = allNodes(r.program).filter { ($0 as? Literal).map { if case .regex = $0.value { true } else { false } } ?? false }
      #expect(!regexes.isEmpty, "\(src)")
    }
  }

  @Test func divisionInsideHeapCalls() {
    #expect(calleeTexts("heap.identify(a / b / c)") == ["heap.identify"])
    let r = parse("heap.identify(a / b / c)")
    #expect(r.errors.isEmpty)
    #expect(parse("x = a++ / 2").errors.isEmpty)
    #expect(parse("x = a[0] / 2 / b.c / (d)").errors.isEmpty)
  }

  @Test func blockFollowedByRegex() {
    let r = parse("{}\n/foo/.test(x)")
    #expect(r.errors.isEmpty)
    #expect(r.program.body.count == 2)
    let f = parse("function f() {}\n/foo/g.exec(s)")
    #expect(f.errors.isEmpty)
    #expect(f.program.body.count == 2)
  }

  // MARK: Templates

  @Test func nestedTemplatesAndBracesInSubstitutions() {
    let r = parse("x = `a${`b${c}`}` + `${ {a:1}.a }` + `${ function(){ return {b: `${d}`} }() }`")
    #expect(r.errors.isEmpty, "\(r.errors)")
    let templates = allNodes(r.program).compactMap { $0 as? TemplateLiteral }
    #expect(templates.count == 5)
    #expect(templates[0].quasis.map(\.cooked) == ["a", ""])
    #expect(!parse("x = `a${b").errors.isEmpty)
    #expect(parse("tag`\\unicode`").errors.isEmpty)
    #expect(!parse("`\\unicode`").errors.isEmpty)
    let crlf = parse("`a\r\nb`")
    #expect(allNodes(crlf.program).compactMap { ($0 as? TemplateElement)?.raw } == ["a\nb"])
  }

  @Test func stringsAndCommentsContainNoCalls() {
    let src = """
    var s = "heap.identify('guest')";
    // heap.identify('guest')
    /* heap.track('x') */
    var t = `heap.identify('guest')`;
    var r = /heap.identify('guest')/;
    """
    #expect(calleeTexts(src).isEmpty)
    #expect(parse(src).program.comments.count == 2)
  }

  // MARK: ASI

  @Test func automaticSemicolonInsertion() {
    let ret = parse("function f() { return\nx }")
    #expect(ret.errors.isEmpty)
    let f = ret.program.body.first as? FunctionDeclaration
    let body = (f?.body as? BlockStatement)?.body ?? []
    #expect(body.count == 2)
    #expect((body.first as? ReturnStatement)?.argument == nil)

    let inc = parse("a\n++b")
    #expect(inc.errors.isEmpty)
    #expect(inc.program.body.count == 2)
    #expect(((inc.program.body[1] as? ExpressionStatement)?.expression as? UpdateExpression)?.prefix == true)

    let call = parse("x\n(y)")
    #expect(call.program.body.count == 1)
    #expect((call.program.body[0] as? ExpressionStatement)?.expression is CallExpression)

    #expect(parse("do x(); while (y) z()").errors.isEmpty)
    #expect(!parse("a b").errors.isEmpty)
    #expect(!parse("throw\nx").errors.isEmpty)
    #expect(parse("var a = 1\nvar b = 2\n").program.body.count == 2)
  }

  // MARK: Positions

  @Test func positionsWithCRLFAndMultibyteCharacters() {
    let text = "var é = 1;\r\n  heap.track('ü', {a: 1});"
    let r = parse(text)
    #expect(r.errors.isEmpty)
    let src = SourceFile(text)
    let call = allNodes(r.program).compactMap { $0 as? CallExpression }.first!
    #expect(src.text(call.callee.span) == "heap.track")
    #expect(src.lineColumn(at: call.span.start) == LineColumn(line: 2, column: 3))
    let lit = call.arguments[0] as! Literal
    #expect(lit.span == Span(start: 26, end: 30))
    #expect(src.lineColumn(at: lit.span.end) == LineColumn(line: 2, column: 17))
  }

  // MARK: Recovery

  @Test func recoveryKeepsStatementsAfterABrokenLine() {
    let src = """
    heap.identify('a');
    heap.track('x' 'y');
    var = ;
    heap.addUserProperties({plan: 'pro'});
    function f() { heap.track(; heap.resetIdentity(); }
    heap.track('last')
    """
    let r = parse(src)
    #expect(!r.errors.isEmpty)
    let callees = calleeTexts(src)
    #expect(callees.contains("heap.identify"))
    #expect(callees.contains("heap.addUserProperties"))
    #expect(callees.contains("heap.resetIdentity"))
    #expect(callees.last == "heap.track")
    #expect(r.errors.contains { $0.message.contains("expected ')' after arguments") || $0.message.contains("expected") })
  }

  @Test func unterminatedConstructsKeepEarlierStatements() {
    for tail in ["'abc", "`abc", "/* abc", "/abc", "(", "{", "function f() {"] {
      let r = parse("heap.identify('a');\nheap.track('b');\n" + tail)
      #expect(!r.errors.isEmpty, "\(tail)")
      #expect(calleeTexts("heap.identify('a');\nheap.track('b');\n" + tail).prefix(2) == ["heap.identify", "heap.track"], "\(tail)")
    }
    #expect(parse("x = 'abc").errors.first?.message == "unterminated string literal")
    #expect(parse("x = `abc").errors.first?.message == "unterminated template literal")
    #expect(parse("/* abc").errors.first?.message == "unterminated comment")
  }

  // MARK: Depth guard

  @Test func deepNestingEndsInAnError() {
    let n = 100_000
    let inputs = [
      String(repeating: "(", count: n) + "a" + String(repeating: ")", count: n),
      String(repeating: "[", count: n) + String(repeating: "]", count: n),
      "x = " + String(repeating: "{a:", count: n) + "1" + String(repeating: "}", count: n),
      String(repeating: "{", count: n) + String(repeating: "}", count: n),
      String(repeating: "`${", count: n) + "a" + String(repeating: "}`", count: n),
      String(repeating: "!", count: n) + "a",
      "a" + String(repeating: "+a", count: n),
      "a" + String(repeating: ".b", count: n),
      String(repeating: "a=>", count: n) + "a",
      String(repeating: "function f(){", count: n),
      "var " + String(repeating: "[", count: n) + "a" + String(repeating: "]", count: n) + " = 1",
    ]
    for input in inputs {
      let r = parse(input)
      #expect(r.errors.contains { $0.message == "nesting too deep" }, "\(input.prefix(10))")
    }
    // Realistic nesting (a few hundred levels) still parses.
    let ok = String(repeating: "(", count: 300) + "a" + String(repeating: ")", count: 300)
    #expect(parse(ok).errors.isEmpty)
    let calls = String(repeating: "f(function(){", count: 200) + String(repeating: "})", count: 200)
    #expect(parse(calls).errors.isEmpty)
  }

  // MARK: Grammar details

  @Test func optionalChainingIsWrapped() {
    let r = parse("a?.b.c(); (a?.b).c; window.heap?.track?.('x')")
    #expect(r.errors.isEmpty)
    let stmts = r.program.body.compactMap { ($0 as? ExpressionStatement)?.expression }
    #expect(stmts[0] is ChainExpression)
    #expect((stmts[1] as? MemberExpression)?.object is ChainExpression)
    #expect(calleeTexts("window.heap?.track?.('x')") == ["window.heap?.track"])
    #expect(!parse("a?.b = 1").errors.isEmpty)
    #expect(!parse("new a?.b()").errors.isEmpty)
    #expect(!parse("a?.`x`").errors.isEmpty)
  }

  @Test func operatorRules() {
    #expect(!parse("a ?? b || c").errors.isEmpty)
    #expect(parse("(a ?? b) || c").errors.isEmpty)
    #expect(!parse("-a ** b").errors.isEmpty)
    #expect(parse("(-a) ** b; a ** -b; a ** b ** c").errors.isEmpty)
    #expect(parse("class A { #x; has(o) { return #x in o } }").errors.isEmpty)
  }

  @Test func arrowsAndDestructuring() {
    for ok in ["(a, {b, c: [d = 1]}, ...e) => a", "async (a) => await a", "async x => x", "async function f() { for await (x of y); }",
               "[a, b] = [b, a]", "({a, b: {c}} = o)", "({a = 1} = {})", "f(async () => {})", "x = async function* () { yield* g() }",
               "(a = 1, [b] = [], {c} = {}) => {}", "a => b => c", "x = (a, b) => (c, d)"] {
      #expect(parse(ok).errors.isEmpty, "\(ok): \(parse(ok).errors)")
    }
    for bad in ["({a = 1})", "(a, b) => { let a }", "(...a, b) => 1", "[...a, b] = c", "({a: 1} = b)", "(a + b) = 1",
                "async (await) => 1", "function* g() { (a = yield) => 1 }", "a => {} ()", "(a)\n=> 1"] {
      #expect(!parse(bad).errors.isEmpty, "\(bad)")
    }
  }

  @Test func classes() {
    let src = """
    @dec class A extends B {
      static #count = 0; #x; y = 1; static z; accessor w = 2;
      constructor(a) { super(a); this.#x = new.target; }
      get v() { return super.v } set v(x) {} static { A.#count++ }
      async *gen() { yield 1 } @logged m() {} [Symbol.iterator]() {}
    }
    """
    let r = parse(src)
    #expect(r.errors.isEmpty, "\(r.errors)")
    #expect(!parse("class A { constructor() { super() } }").errors.isEmpty)
    #expect(!parse("class A { m() { this.#y } }").errors.isEmpty)
    #expect(!parse("class A { constructor(){} constructor(){} }").errors.isEmpty)
    #expect(!parse("class A { #a; #a }").errors.isEmpty)
  }

  @Test func modules() {
    let src = """
    import def, * as ns from 'a';
    import { b as c, "d-e" as de } from 'b' with { type: 'json' };
    export { c as "string name" };
    export default class {}
    export * as all from 'c';
    const meta = import.meta; await import('x', { with: { type: 'json' } });
    """
    let r = parse(src, module: true)
    #expect(r.errors.isEmpty, "\(r.errors)")
    #expect(!parse("import x from 'a'").errors.isEmpty)
    #expect(!parse("export { undeclared }", module: true).errors.isEmpty)
    #expect(!parse("export let a; export let a;", module: true).errors.isEmpty)
    #expect(!parse("await x", module: false).errors.isEmpty)
  }

  @Test func strictModeAndEarlyErrors() {
    for bad in ["'use strict'; with (a) {}", "'use strict'; var eval;", "'use strict'; 010", "'use strict'; arguments = 1",
                "'use strict'; var interface;", "let a; let a;", "let a; var a;", "break;", "return 1", "x: x: ;",
                "while (1) continue y;", "function f(a, a) { 'use strict' }", "new.target", "({ __proto__: 1, __proto__: 2 })",
                "class A extends B { m() { super() } }", "function f() { super.x }", "function f(a = 1) { 'use strict' }"] {
      #expect(!parse(bad).errors.isEmpty, "\(bad)")
    }
    for ok in ["var eval; with (a) {}", "010", "var a; var a;", "function f() { return new.target }", "({ __proto__: 1, ['__proto__']: 2 })",
               "a: while (1) { continue a; }", "{ function f() {} function f() {} }", "try {} catch (e) { var e; }"] {
      #expect(parse(ok).errors.isEmpty, "\(ok): \(parse(ok).errors)")
    }
  }

  @Test func astJSONIsStable() {
    let text = "heap.track('x', 1)"
    let r = parse(text)
    let json = astJSON(r.program, source: SourceFile(text))
    #expect(json.hasPrefix("{\n  \"type\": \"Program\", \"start\": 0, \"end\": 18,"))
    #expect(json.contains("\"type\": \"CallExpression\""))
    #expect(json.contains("\"raw\": \"'x'\""))
    #expect(json == astJSON(parse(text).program, source: SourceFile(text)))
  }
}

@Suite("Syntax-only parses")
struct SyntaxOnlyParseTests {
  /// Errors that only a function's body shows, some found after the body ends (a retroactive
  /// "use strict", duplicate parameters in strict code), and errors outside any function.
  static let sources = [
    "function f(a, a) { 'use strict'; return a }",
    "var g = function ({ x }) { 'use strict' }",
    "class C { m() { let x; let x; } static { await: 1 } }",
    "const h = async (x) => { for (const y of z) { yield y } }; label: label: ;",
    "function outer() { function inner() { return 1 +; } return inner }",
    "function ok() { return [1, 2].map((n) => n * 2) }\nexport default ok",
  ]

  @Test("report the errors of a full parse and keep the tree's outline without function bodies", arguments: sources)
  func sameErrors(_ source: String) {
    let bytes = Array(source.utf8)
    for goal in [ParseOptions.Goal.script, .module] {
      let full = Parser.parse(bytes, options: ParseOptions(goal: goal))
      let syntaxOnly = Parser.parse(bytes, options: ParseOptions(goal: goal, syntaxOnly: true))
      #expect(full.errors == syntaxOnly.errors, "\(goal)")
      #expect(full.program.body.count == syntaxOnly.program.body.count)
      let bodies = allNodes(syntaxOnly.program).compactMap { ($0 as? FunctionNode)?.body as? BlockStatement }
      #expect(!bodies.isEmpty && bodies.allSatisfy { $0.body.isEmpty })
    }
  }
}
