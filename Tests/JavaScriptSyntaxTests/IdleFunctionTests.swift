import Testing
@testable import JavaScriptSyntax

/// `ParseOptions.idleFunctions`: a function that cannot matter to the caller's code is left out of
/// the tree; one that could is kept, and then the tree is exactly the usual one.
@Suite("Idle functions")
struct IdleFunctionTests {
  static let rule = ParseOptions.IdleFunctionRule(words: ["heap"], strings: ["heapanalytics.com"])

  static func parse(_ source: String, idle: Bool) -> ParseResult {
    var options = ParseOptions(goal: .script)
    if idle { options.idleFunctions = rule }
    return Parser.parse(Array(source.utf8), options: options)
  }

  static func json(_ result: ParseResult, _ source: String) -> String {
    astJSON(result.program, source: SourceFile(source))
  }

  /// The words' places found 16 bytes at a time are those a byte-by-byte, case-blind search
  /// finds: at every offset from a 16-byte boundary, in any case, next to bytes that differ from
  /// a letter only in bit 5 (`@` and `` ` ``, `[` and `{`), for few first bytes and for many.
  @Test(arguments: [["heap"], ["heap", "trackEvent", "_private", "$h"], ["heap", "a", "b", "c", "d", "e"]])
  func wordMarksFindEveryPlaceInAnyCase(words: [String]) {
    var text: [UInt8] = []
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    let fillers = Array("@`[{_$ ;hHeEaApP.()\nxyz0".utf8)
    for round in 0..<400 {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      for _ in 0..<Int(seed >> 60) { text.append(fillers[Int((seed >> 33) % UInt64(fillers.count))]); seed = seed &* 31 &+ 7 }
      var word = Array(words[round % words.count].utf8)
      for k in word.indices where (seed >> UInt64(k % 60)) & 1 == 1 && word[k] >= 97 && word[k] <= 122 { word[k] -= 32 }
      text += word
    }
    func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b | 0x20 : b }
    let lowered = words.map { Array($0.utf8).map(lower) }
    var expected: [Int] = []
    for i in text.indices where lowered.contains(where: { w in i + w.count <= text.count && zip(w, text[i...]).allSatisfy { $0 == lower($1) } }) {
      expected.append(i)
    }
    let marks = text.withUnsafeBufferPointer { WordMarks($0, words: words.map { Array($0.utf8) }) }
    #expect(marks.starts == expected)
    #expect(expected.count >= 400)
  }

  @Test func aLibraryThatNeverTouchesHeapIsLeftOutAndItsErrorsStay() {
    let source = """
      !function () { function double(x) { return x * 2 } var api = { twice: function () { return double(1) } }; window.lib = api }();
      var broken = function () { return 1 + ; };
      heap.load("1234"); heap.identify(currentUser());
      """
    let lean = Self.parse(source, idle: true)
    let whole = Self.parse(source, idle: false)
    #expect(lean.idleFunctions == 2)
    #expect(lean.errors == whole.errors)
    #expect(lean.errors.count == 1)
    let library = (((lean.program.body[0] as? ExpressionStatement)?.expression as? UnaryExpression)?.argument as? CallExpression)?.callee as? FunctionNode
    #expect((library?.body as? BlockStatement)?.body.isEmpty == true)
    #expect(library?.body.span == (whole.program.body[0] as? ExpressionStatement).flatMap { (($0.expression as? UnaryExpression)?.argument as? CallExpression)?.callee }.map { ($0 as! FunctionNode).body.span })
    // The Heap code is whole.
    let heapCode = { (r: ParseResult) in
      astJSON(Program(span: r.program.span, body: Array(r.program.body.suffix(2)), sourceType: .script), source: SourceFile(source))
    }
    #expect(heapCode(lean) == heapCode(whole))
  }

  @Test("a function Heap code could use keeps the whole tree", arguments: [
    // It writes a name Heap code reads.
    "var uid; function init() { uid = 'guest' } init(); heap.identify(uid);",
    // Heap code calls it by its name.
    "function currentId() { return 'guest' } heap.identify(currentId());",
    // It calls a wrapper Heap code declares.
    "var track = function (e) { heap.track(e) }; !function () { track('Signed up') }();",
    // It sets a property a method with a Heap call reads (a component's data()).
    "var c = { data: function () { return { uid: 'guest' } }, go: function () { heap.identify(this.uid) } };",
    // Heap code hands it on.
    "heap.identify(pick(function () { return 'guest' }));",
    // It writes into an object Heap code reads.
    "var cfg = {}; !function () { cfg.user = 'guest' }(); heap.identify(cfg.user);",
    // A namespace on the global object, and a method stored on it.
    "var App = window.App = {}; App.id = function () { return 'x' }; heap.identify(App.id());",
    // A request to Heap's server, with an identity from a function.
    "function who() { return 'guest' } fetch('https://heapanalytics.com/api/track', { identity: who() });",
    // Heap named by a template key on the global object.
    "var who = function () { return 'guest' }; window[`heap`].identify(who());",
    // `eval` can reach any name.
    "!function () { eval(code) }(); heap.track('x');",
    // Inside a bundle's wrapper, run where it stands: a helper it calls, one handed in as a
    // parameter, and one an API object the wrapper returns holds.
    "(() => { function who() { return 'guest' } heap.identify(who()); })();",
    "(function (w, id) { w.heap.identify(id()); })(window, function () { return 'guest' });",
    "var App = (function () { function who() { return 'guest' } heap.load('1'); return { who: who }; })(); heap.identify(App.who());",
    "(function () { var App = (function () { heap.track('x'); var api = { who: function () { return 'x' } }; if (api) return api; }).call(this); heap.identify(App.who()); })();",
    // Heap stored in a property that a left-out method reads (an options store's state).
    "var store = defineStore('a', { state: () => ({ client: window.heap }), actions: { join(team) { this.client.identify(team.id) } } });",
    "function Tracker() { this.sink = heap } Tracker.prototype.send = function (id) { this.sink.identify(id) };",
  ])
  func keptWhenHeapCodeCouldUseIt(_ source: String) {
    let lean = Self.parse(source, idle: true)
    let whole = Self.parse(source, idle: false)
    #expect(lean.idleFunctions == 0)
    #expect(Self.json(lean, source) == Self.json(whole, source))
    #expect(lean.errors == whole.errors)
  }

  /// A library that never touches Heap, larger than the Heap code beside it: when more than a
  /// quarter of a text would be filled back in, the parser reads it whole instead.
  static let library = "!function () { function double(x) { return x * 2 } window.lib = { twice: function () { return double(1) } };"
    + " var names = ['a', 'b', 'c'].map(function (n) { return n.toUpperCase() + double(n.length) }); window.lib.names = names;"
    + " window.lib.pad = function (s, n) { while (s.length < n) s = ' ' + s; return s } }();\n"

  /// A function Heap code could use is parsed again where it stands and put back in the tree,
  /// and the library beside it stays out: the tree of everything but the library is the usual
  /// one. The second reading gets the context the first had (an async body's `await`, a
  /// generator's `yield`, a method's `super`, strict code): in the wrong one, each of these
  /// reads differently.
  @Test(arguments: [
    "function who() { return 'guest' } heap.identify(who());",
    "async function who() { const r = await fetch('/me'); return r.id } heap.identify(who());",
    "const who = async () => { for await (const r of rows) return r }; heap.identify(who());",
    "function* ids() { const seed = yield 'guest'; yield seed } heap.identify(ids().next().value);",
    "class A extends B { who() { return super.who() + '!' } } heap.identify(new A().who());",
    "'use strict'; var who = function () { return 010 + 'x' }; heap.identify(who());",
    "var uid; function init() { label: for (;;) { uid = 'guest'; break label } } init(); heap.identify(uid);",
  ])
  func aNeededFunctionIsFilledInAndTheLibraryStaysOut(_ heapCode: String) {
    let library = Self.library
    let source = heapCode.hasPrefix("'use strict'") ? heapCode.replacingOccurrences(of: "; var", with: "; " + library + "var") : library + heapCode
    let lean = Self.parse(source, idle: true)
    let whole = Self.parse(source, idle: false)
    // The library's function, run where it stands, with the two inside it.
    #expect(lean.idleFunctions == 1)
    #expect(lean.errors == whole.errors)
    let rest = { (r: ParseResult) in
      let body = r.program.body.filter { !SourceFile(source).text($0.span).hasPrefix("!function") }
      return astJSON(Program(span: r.program.span, body: body, sourceType: .script), source: SourceFile(source))
    }
    #expect(rest(lean) == rest(whole))
  }

  /// Filled back in, a function leaves out the functions in it that nothing needs, each judged
  /// again like any other.
  @Test func aFilledInFunctionLeavesOutWhatItHoldsThatNothingNeeds() {
    let source = "function who() { var pad = function (s) { return '[' + s + ']' }; return 'guest' } heap.identify(who());\n" + Self.library
    let lean = Self.parse(source, idle: true)
    #expect(lean.idleFunctions == 2)
    let who = lean.program.body.first as? FunctionDeclaration
    #expect((who?.body as? BlockStatement)?.body.count == 2)
    let pad = ((who?.body as? BlockStatement)?.body.first as? VariableDeclaration)?.declarations.first?.initializer as? FunctionNode
    #expect((pad?.body as? BlockStatement)?.body.isEmpty == true)
  }

  /// A bundler's module table (webpack's object and array, browserify's pairs): each module is a
  /// unit of its own, so one module calling Heap does not make the others Heap code, even when
  /// they set properties its Heap code reads (`length`, `config`).
  @Test(arguments: [
    ("var m = {\n", "12: function (e, t, n) {", "},\n", "};", 3),
    ("var m = {\n", "\"./src/a.js\": function (module, exports, require) {", "},\n", "};", 3),
    // The function the table is handed to is left out too.
    ("var m = (function (t) { return t })({\n", "1: [function (require, module, exports) {", "}, { \"./b\": 2 }],\n", "});", 4),
    ("var m = [\n", "function (e, t, n) {", "},\n", "];", 3),
  ])
  func eachModuleOfAModuleTableIsAUnit(_ open: String, _ start: String, _ end: String, _ close: String, _ leftOut: Int) {
    var modules = [
      "exports.config = { a: 1 }; exports.list = function (xs) { xs.length = 0; return xs }",
      "var lib = require(1); window.heap.load('1234', lib.config); heap.identify(window.name.length);",
      "module.exports = function push(q, v) { q.push(v); return q.length }",
    ]
    var n = 0
    modules = modules.map { body in
      n += 1
      return start.replacingOccurrences(of: "12", with: "1\(n)").replacingOccurrences(of: "a.js", with: "m\(n).js") + body + end
    }
    let source = open + modules.joined() + close + "\nfunction load(id) { var module = { exports: {} }; m[id].call(module.exports, module, module.exports, load); return module.exports }\n"
    let lean = Self.parse(source, idle: true)
    #expect(lean.errors.isEmpty)
    // The two other modules and the loader.
    #expect(lean.idleFunctions == leftOut)
  }

  /// A catch clause's parameter and a block's `let` are bound in their block: a library's
  /// `catch (e)` and `for (let i ...)` neither write nor read the `e` and `i` that Heap code
  /// beside it, in the bundle's one wrapper, uses.
  @Test func blockScopedNamesAreNotTheWrappersNames() {
    let source = """
      (function () {
      var e, i;
      function lib(x) { try { x() } catch (e) { e.message } for (let i = 0; i < 2; i++) { let e = i; e++ } { const i = 1 } }
      window.lib = lib;
      e = 'guest'; i = 2;
      heap.identify(e + i);
      })();
      """ + Self.library
    let lean = Self.parse(source, idle: true)
    // `lib` and the library's function.
    #expect(lean.idleFunctions == 2)
    #expect(lean.errors.isEmpty)
  }

  /// Writing to the platform's objects stores nothing code reads back: a function that navigates
  /// (`window.location = url`) or a polyfill stored on `String.prototype` stays out beside Heap
  /// code that reads `location` and `String`.
  @Test func writesToThePlatformsObjectsDoNotKeepAFunction() {
    let source = """
      function go(url) { window.location = url }
      String.prototype.tidy = function () { return this.trim() };
      heap.identify(String(location.pathname));
      """ + Self.library
    #expect(Self.parse(source, idle: true).idleFunctions == 3)
  }

  /// What a page's other code shares with a large inline script: the globals it uses and the
  /// properties it reads, not its parameters and locals.
  @Test func sharedNamesAreTheGlobalsAndPropertiesOfOtherCode() throws {
    let snippet = "window.heap=window.heap||[];heap.load=function(e,t){var r=document.createElement('script');r.src=e;};App.user();"
    let shared = try #require(ParseOptions.IdleFunctionRule.sharedNames(of: Array(snippet.utf8), goal: .script))
    #expect(shared.names.isSuperset(of: ["heap", "App", "document"]))
    #expect(shared.names.isDisjoint(with: ["e", "t", "r"]))
    #expect(shared.properties.contains("user"))
    // Code in a string runs too.
    let timer = try #require(ParseOptions.IdleFunctionRule.sharedNames(of: Array("setTimeout('Shop.refresh(cart)', 10)".utf8), goal: .script))
    #expect(timer.names.isSuperset(of: ["Shop", "cart"]) && timer.properties.contains("refresh"))
    #expect(ParseOptions.IdleFunctionRule.sharedNames(of: Array("heap.track(".utf8), goal: .script) == nil)
    #expect(ParseOptions.IdleFunctionRule.sharedNames(of: Array("return heap.track('x')".utf8), goal: .script, function: true) != nil)
  }

  /// What other files read of a module is not asked: its exported functions are left out like
  /// any other (heaplint reads the modules Heap code imports without the option; see
  /// `ProjectTests.largeModuleExportInformsImporter`).
  @Test func exportsAloneKeepNothing() {
    let source = "function customerId(c) { return c.email } module.exports = { customerId }; exports.visitorId = function () { return 'guest' };"
    #expect(Self.parse(source, idle: true).idleFunctions == 2)
  }

  /// A bundle wrapped whole in a function run where it stands (esbuild's and webpack's
  /// `(() => { ... })()`, rollup's `var App = (function () { ... })()`) with Heap code inside:
  /// the wrapper's statements are judged one by one, so the libraries beside the Heap code, and
  /// a helper only other code beside it calls, are still left out.
  @Test(arguments: [
    ("(() => {\n", "\n})();"),
    ("!function () {\n", "\n}.call(this);"),
    ("var App = (function () {\n", "\nreturn {};\n})();"),
  ])
  func aWholeBundleWrapperIsReadStatementByStatement(_ open: String, _ close: String) {
    let source = open + """
      !function () { function double(x) { return x * 2 } window.lib = { twice: function () { return double(1) } } }();
      var format = function (s) { return '[' + s + ']' };
      var title = format(document.title);
      heap.load("1234"); heap.identify(currentUser());
      """ + close
    let lean = Self.parse(source, idle: true)
    #expect(lean.idleFunctions == 2)
    #expect(lean.errors.isEmpty)
  }

  /// An ES module leaves functions out as a script does: its imports and exports are top-level
  /// statements like any other, and a function Heap code uses through them is kept.
  @Test func aModuleLeavesOutWhatItsHeapCodeCannotUse() {
    func parse(_ source: String, idle: Bool) -> ParseResult {
      var options = ParseOptions(goal: .module)
      if idle { options.idleFunctions = Self.rule }
      return Parser.parse(Array(source.utf8), options: options)
    }
    let library = """
      import { render } from './view.js';
      export function format(s) { return '[' + s + ']' }
      export default function () { return render(format('x')) }
      heap.load("1234");
      """
    #expect(parse(library, idle: true).idleFunctions == 2)
    let uses = "import { who } from './ids.js';\nexport function label() { return who() + '!' }\nheap.identify(label());\n"
    let lean = parse(uses, idle: true)
    #expect(lean.idleFunctions == 0)
    #expect(Self.json(lean, uses) == Self.json(parse(uses, idle: false), uses))
  }

  @Test func aLibraryThatSaysHeapInPassingIsNotHeapCode() {
    // A priority queue's `heap` parameter, a `heapify` method and a keyword string mention the
    // word; none is Heap's global, so the queue's other functions (`add`, and the method stored
    // under `heapify`, whose own text does not say it) are still left out.
    let source = """
      !function () { function push(heap, node) { heap.push(node) } var q = []; function add(n) { push(q, n) }
        var keywords = "Heap Hint"; window.Queue = { add: add, heapify: function () { return keywords } } }();
      heap.load("1234");
      """
    let lean = Self.parse(source, idle: true)
    #expect(lean.idleFunctions == 2)
    #expect(lean.errors.isEmpty)
  }

  @Test func withoutTheOptionEveryFunctionIsKept() {
    let source = "!function () { return 1 }(); heap.track('x');"
    let result = Self.parse(source, idle: false)
    #expect(result.idleFunctions == 0)
    let f = (((result.program.body[0] as? ExpressionStatement)?.expression as? UnaryExpression)?.argument as? CallExpression)?.callee as? FunctionNode
    #expect((f?.body as? BlockStatement)?.body.count == 1)
  }
}
