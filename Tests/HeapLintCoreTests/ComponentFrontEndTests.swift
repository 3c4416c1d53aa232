import JavaScriptSyntax
import Testing

@testable import HeapLintCore

/// Reports every direct `identify` call with the text of its first argument.
private struct IdentifyCallRule: Rule {
  var id: String { "identify-call" }
  var defaultSeverity: Severity { .warning }
  var summary: String { "test" }
  var rationale: String { "test" }
  var help: String { "test" }
  var examples: [RuleExample] { [] }

  func check(_ document: HeapDocument, _ context: inout RuleContext) {
    for call in document.calls where call.isDirect && call.method == "identify" {
      let argument = call.argument(0).map { document.scripts[call.script].text($0) } ?? ""
      context.report(argument, at: document.fileSpan(of: call))
    }
  }
}

/// One finding as `line:column message`.
private struct Hit: Hashable, CustomStringConvertible {
  var line: Int
  var column: Int
  var text: String
  init(_ line: Int, _ column: Int, _ text: String) {
    self.line = line
    self.column = column
    self.text = text
  }
  var description: String { "\(line):\(column) \(text)" }
}

/// The identify calls of `source` linted as `path`, and the parse errors.
private func identifies(_ source: String, path: String) -> (hits: [Hit], errors: [String]) {
  let result = Linter(rules: [IdentifyCallRule()], prefilter: nil).lint(path: path, bytes: Array(source.utf8))
  let hits = result.findings.filter { $0.ruleID == "identify-call" }.map { Hit($0.start.line, $0.start.column, $0.message) }
  let errors = result.findings.filter { $0.ruleID == "parse-error" }.map { "\($0.start.line):\($0.start.column) \($0.message)" }
  return (hits.sorted { ($0.line, $0.column) < ($1.line, $1.column) }, errors)
}

private func scripts(_ source: String, path: String) -> [AnalyzedScript] {
  Linter.parse(Array(source.utf8), kind: FileKind.forPath(path) ?? .javaScript).scripts
}

@Suite struct ComponentFrontEndTests {
  @Test func fileKindsByName() {
    #expect(FileKind.forPath("src/a.ts") == .typeScript)
    #expect(FileKind.forPath("src/a.cts") == .typeScript)
    #expect(FileKind.forPath("src/a.mts") == .typeScriptModule)
    #expect(FileKind.forPath("src/A.TSX") == .tsx)
    #expect(FileKind.forPath("src/a.jsx") == .jsx)
    #expect(FileKind.forPath("src/a.js") == .javaScript)
    #expect(FileKind.forPath("types/index.d.ts") == .typeScriptDeclaration)
    #expect(FileKind.forPath("types/index.d.mts") == .typeScriptDeclaration)
    #expect(FileKind.forPath("styles.d.css.ts") == .typeScriptDeclaration)
    #expect(FileKind.forPath("d.ts") == .typeScript)
    #expect(FileKind.forPath("App.vue") == .component(.vue))
    #expect(FileKind.forPath("Nav.svelte") == .component(.svelte))
    #expect(FileKind.forPath("src/pages/index.astro") == .component(.astro))
  }

  // MARK: Vue

  @Test func vueScriptSetupInTypeScript() throws {
    let vue = """
      <template>
        <p>{{ count < 2 ? 'few' : 'many' }}</p>
      </template>

      <script setup lang="ts">
      import { ref } from 'vue'
      interface User { id: string }
      const count = ref<number>(0)
      function login(user: User): void {
        heap.identify(user.id as string)
      }
        heap.identify('guest')
      </script>

      <style scoped>
      p > a { color: red }
      </style>
      """
    let (hits, errors) = identifies(vue, path: "src/Login.vue")
    #expect(errors.isEmpty, "\(errors)")
    #expect(hits == [Hit(10, 3, "user.id"), Hit(12, 3, "'guest'")])
    let parsed = scripts(vue, path: "Login.vue")
    #expect(parsed.map(\.kind) == [.module])
  }

  @Test func vueClickHandlers() throws {
    let vue = """
      <script>
      export default { methods: { go() {} } }
      </script>
      <template>
        <div>
          <button class="b" @click="heap.identify('admin')">A</button>
          <button @click="() => heap.identify('arrow')" v-on:submit="go(); heap.identify('second')">B</button>
          <MyButton @close="(e) => { if (e > 1) heap.identify('component') }" />
          <a @click="go">plain</a>
          <b @click="function () { heap.identify('function') }">f</b>
        </div>
      </template>
      """
    let (hits, errors) = identifies(vue, path: "Buttons.vue")
    #expect(errors.isEmpty, "\(errors)")
    #expect(
      hits == [
        Hit(6, 31, "'admin'"), Hit(7, 27, "'arrow'"), Hit(7, 70, "'second'"), Hit(8, 43, "'component'"), Hit(10, 30, "'function'"),
      ])
    let parsed = scripts(vue, path: "Buttons.vue")
    #expect(parsed.map(\.kind) == [.module, .handler, .handler, .handler, .handler, .handler, .handler])
  }

  @Test func vueModifiedHandlerWithEntities() throws {
    let vue = """
      <template>
        <form v-on:click.prevent="ok &amp;&amp; heap.identify(&quot;u&amp;1&quot;)"
              v-on:submit.prevent.stop = 'heap.identify(&#39;x&#39;)'>
        </form>
      </template>
      """
    let (hits, errors) = identifies(vue, path: "Form.vue")
    #expect(errors.isEmpty, "\(errors)")
    #expect(hits == [Hit(2, 43, #""u&1""#), Hit(3, 37, "'x'")])
    let handler = try #require(scripts(vue, path: "Form.vue").first)
    #expect(String(decoding: handler.code, as: UTF8.self) == #"ok && heap.identify("u&1")"#)
  }

  @Test func vueStructureIsNotHTML() {
    // A custom block is raw text; `{{ }}` may hold `<`; a template in another language is
    // not markup; a `>` inside a handler does not end its tag.
    let vue = """
      <docs>
      Use <button @click="heap.identify('docs')">like this</button>.
      </docs>
      <template>
        <ul>
          <li v-for="u in users" :key="u.id">{{ u.n <b }}</li>
          <template v-if="ok"><i @click="x > 1 && heap.identify('nested')"></i></template>
        </ul>
        <span @click="heap.identify('after')"></span>
      </template>
      <template lang="pug">
      button(@click="heap.identify('pug')")
      </template>
      <script lang="coffee">
      heap.identify 'coffee'
      </script>
      """
    let (hits, errors) = identifies(vue, path: "Odd.vue")
    #expect(errors.isEmpty, "\(errors)")
    #expect(hits.map(\.text) == ["'nested'", "'after'"])
  }

  @Test func vueTypeScriptInTemplateAndTSXScripts() {
    let vue = """
      <script setup lang="tsx">
      const Comp = () => <b onClick={() => heap.identify('tsx')}>heap.identify('text')</b>
      </script>
      <template><button @click="(e: MouseEvent) => heap.identify(e.type as string)">x</button></template>
      """
    let (hits, errors) = identifies(vue, path: "T.vue")
    #expect(errors.isEmpty, "\(errors)")
    #expect(hits == [Hit(2, 38, "'tsx'"), Hit(4, 46, "e.type")])
  }

  // MARK: Astro

  @Test func astroFrontmatterScriptsAndExpressions() throws {
    let astro = """
      ---
      const user: { id: string } | undefined = Astro.locals.user;
      heap.identify('frontmatter');
      ---
      <ul>{[1, 2].map((n) => <li onclick="heap.identify('dom')">{n > 1 ? heap.identify('expr') : null}</li>)}</ul>
      <script>
        const u: string = 'bundled';
        heap.identify(u);
      </script>
      <script is:inline define:vars={{ id: user?.id }}>heap.identify(id);</script>
      <script is:inline set:html={"heap.identify('set-html')"} />
      """
    let (hits, errors) = identifies(astro, path: "src/pages/index.astro")
    #expect(errors.isEmpty, "\(errors)")
    #expect(
      hits == [
        Hit(3, 1, "'frontmatter'"), Hit(5, 37, "'dom'"), Hit(5, 68, "'expr'"), Hit(8, 3, "u"), Hit(10, 50, "id"), Hit(11, 30, "'set-html'"),
      ])
    let parsed = scripts(astro, path: "index.astro")
    // Frontmatter and markup expressions are one server module; a processed script is a
    // module, an inline one a classic script, and the set:html string runs as a classic script.
    #expect(parsed.map(\.kind) == [.server, .handler, .module, .classic, .classic])
  }

  @Test func astroWithoutFrontmatterAndUnclosedBrace() {
    let astro = """
      <p>Price: {</p>
      <script is:inline>heap.identify('x')</script>
      """
    let (hits, errors) = identifies(astro, path: "a.astro")
    #expect(errors.isEmpty, "\(errors)")
    #expect(hits == [Hit(2, 19, "'x'")])
  }

  // MARK: Svelte

  @Test func svelteScriptAndDirectives() throws {
    let svelte = """
      <script lang="ts">
        export let user: { id: string } | null = null;
        heap.identify('svelte' as string);
      </script>

      {#if user && count < 3}
        <button on:click={() => { if (user) { heap.identify('guest') } }}>Go</button>
      {/if}
      <button on:click|preventDefault={() => heap.identify('a}b`c')} title="{`}`}">B</button>
      <button onclick={(e) => { const s = `${e.type}}`; /* } */ heap.identify(s) }}>C</button>
      <Child on:close="{() => heap.identify('quoted')}" {...rest} {user} />
      <p>{ '}' } text heap.identify('text') {/* } */}</p>
      <i on:click={() => heap.identify('after-comment')}></i>
      <style>
        button > b { color: red }
      </style>
      """
    let (hits, errors) = identifies(svelte, path: "src/Go.svelte")
    #expect(errors.isEmpty, "\(errors)")
    #expect(
      hits == [
        Hit(3, 3, "'svelte'"), Hit(7, 41, "'guest'"), Hit(9, 40, "'a}b`c'"), Hit(10, 59, "s"), Hit(11, 25, "'quoted'"),
        Hit(13, 20, "'after-comment'"),
      ])
    let parsed = scripts(svelte, path: "Go.svelte")
    #expect(parsed.map(\.kind) == [.module, .handler, .handler, .handler, .handler, .handler])
  }

  @Test func svelteHandlerWithTrailingCommentAndRegex() {
    let svelte = """
      <script>
        let re = 1;
      </script>
      <button on:click={() => heap.identify('x'.replace(/}/g, '')) // done
      }>x</button>
      <svelte:head><script>heap.identify('head')</script></svelte:head>
      """
    let (hits, errors) = identifies(svelte, path: "R.svelte")
    #expect(errors.isEmpty, "\(errors)")
    #expect(hits.map(\.line) == [4, 6])
    #expect(scripts(svelte, path: "R.svelte").map(\.kind) == [.module, .handler, .classic])
  }

  // MARK: TypeScript and JSX files

  @Test func tsxComponentWithGenerics() {
    let tsx = """
      import React from 'react';

      type Props<T> = { items: T[]; render: (item: T) => React.ReactNode };

      export function List<T,>({ items, render }: Props<T>) {
        const first = items[0] as T | undefined;
        return (
          <ul>
            {items.map(render)}
            <button onClick={() => heap.identify('guest')}>Call heap.identify('guest') now</button>
          </ul>
        );
      }
      const id = <T,>(x: T): T => x;
      """
    let (hits, errors) = identifies(tsx, path: "List.tsx")
    #expect(errors.isEmpty, "\(errors)")
    #expect(hits == [Hit(10, 30, "'guest'")])
  }

  @Test func jsxTextIsNotCode() {
    let jsx = "const a = <p>heap.identify('guest') {/* heap.identify('c') */}</p>;\n"
    #expect(identifies(jsx, path: "a.jsx").hits.isEmpty)
    #expect(identifies(jsx, path: "a.tsx").hits.isEmpty)
    #expect(identifies(jsx, path: "a.js").hits.isEmpty)
    #expect(identifies(jsx, path: "a.js").errors.isEmpty)
  }

  @Test func declarationFilesAreNotChecked() {
    let dts = "declare function identify(id: string): void;\nheap.identify('guest');\n"
    #expect(scripts(dts, path: "types/heap.d.ts").isEmpty)
    #expect(identifies(dts, path: "types/heap.d.ts").hits.isEmpty)
    #expect(identifies(dts, path: "types/heap.ts").hits == [Hit(2, 1, "'guest'")])
  }

  @Test func javaScriptFileWithJSX() {
    let js = """
      import { useState } from 'react';
      export const App = () => {
        const [n] = useState(0);
        return <button onClick={() => heap.identify('guest')}>{n < 1 ? 'x' : 'y'}</button>;
      };
      """
    let (hits, errors) = identifies(js, path: "App.js")
    #expect(errors.isEmpty, "\(errors)")
    #expect(hits == [Hit(4, 33, "'guest'")])
    // A plain script still parses as a script, and a broken one still reports its error.
    #expect(identifies("heap.identify('x');\n", path: "a.js").hits == [Hit(1, 1, "'x'")])
    #expect(identifies("let a = (;\nheap.identify('y');\n", path: "b.js").errors.count == 1)
  }

  /// A `.js` file has no declared goal: a file with a top-level import or export is a module
  /// (parsed as one first when such a line starts in the first column, after the script parse
  /// otherwise), anything else a script, and module-looking text that only parses as a script
  /// (`with`, legacy octal) is still a script. With as many errors both ways, a file that imports
  /// or exports at its top level is a module, whose error is the one reported.
  @Test func goalOfPlainJavaScriptFiles() {
    func goal(_ text: String) -> (Program.SourceType, Int) {
      let result = ComponentFrontEnd.parseFile(Array(text.utf8), goal: nil, typescript: false, jsx: nil)
      return (result.program.sourceType, result.errors.count)
    }
    #expect(goal("import a from 'a';\nheap.identify(a);\n") == (.module, 0))
    #expect(goal("const x = 1;\n  export { x };\n") == (.module, 0))
    #expect(goal("export * from './b';\n") == (.module, 0))
    #expect(goal("var important = import('x');\nwith (o) { heap.track(p); }\n") == (.script, 0))
    #expect(goal("/*\nimport x from 'y'\n*/\nwith (o) { heap.track(p); }\n") == (.script, 0))
    #expect(goal("importer();\nexports.a = 010;\n") == (.script, 0))
    #expect(goal("const a = 1;\nexport { a, b };\n") == (.module, 1))
    let undeclared = ComponentFrontEnd.parseFile(Array("const a = 1;\nexport { a, b };\n".utf8), goal: nil, typescript: false, jsx: nil)
    #expect(undeclared.errors.map(\.message) == ["export 'b' is not defined"])
    #expect(ComponentFrontEnd.looksLikeModule(Array("// app\r\nimport{a}from'b'".utf8)))
    #expect(ComponentFrontEnd.looksLikeModule(Array("x();\rexport * from 'y'".utf8)))
    #expect(!ComponentFrontEnd.looksLikeModule(Array("x.import(1); // export x\nimporter()\n  export { a }".utf8)))
  }

  /// A file of 1 MB or more tries its other readings for their errors alone; the reading that
  /// wins must still come back as a whole tree, with the errors it gets when every reading is
  /// whole. (The threshold is lowered here to keep the test fast.)
  @Test("a large .js file gets the reading a small one gets, with every function body", arguments: [
    // JSX in a .js file: the script and module readings fail, the JSX script reading wins.
    ("function Row%d() { return <li className=\"row\">{%d}</li>; }\n", "", Program.SourceType.script, 0),
    // A module with one error: the module reading (one error) beats the script reading.
    ("export const f%d = () => { return %d; };\n", "export const broken = ;\n", .module, 1),
    // Concatenated scripts that redeclare a binding: no reading is better, the script stays.
    ("function generated%d() { return %d; }\n", "let twice = 1; let twice = 2;\n", .script, 1),
    // An export of an undeclared name: one error both ways, and the file exports, so a module.
    ("function f%d() { return %d; }\n", "export { missing };\n", .module, 1),
  ])
  func largeFileReadings(_ line: String, _ tail: String, _ sourceType: Program.SourceType, _ errorCount: Int) {
    func text(lines: Int) -> [UInt8] {
      var out = ""
      for i in 0..<lines { out += line.replacingOccurrences(of: "%d", with: String(i)) }
      return Array((out + tail).utf8)
    }
    let bytes = text(lines: 200)
    let whole = ComponentFrontEnd.parseFile(bytes, goal: nil, typescript: false, jsx: nil, trialsFrom: Int.max)
    let large = ComponentFrontEnd.parseFile(bytes, goal: nil, typescript: false, jsx: nil, trialsFrom: 0)
    for result in [whole, large] {
      #expect(result.program.sourceType == sourceType)
      #expect(result.errors.count == errorCount, "\(result.errors.prefix(3))")
    }
    let bodies = large.program.body.compactMap { statement -> BlockStatement? in
      let declared = (statement as? ExportNamedDeclaration)?.declaration ?? statement
      if let f = declared as? FunctionDeclaration { return f.body as? BlockStatement }
      let arrow = ((declared as? VariableDeclaration)?.declarations.first?.initializer as? ArrowFunctionExpression)
      return arrow?.body as? BlockStatement
    }
    #expect(bodies.count == 200)
    #expect(bodies.allSatisfy { !$0.body.isEmpty }, "a trial reading (without function bodies) was returned")
  }

  /// A large file read as a module leaves out the functions Heap code cannot use, as a script
  /// does (the modules that Heap code imports are read whole by the engine).
  @Test func aLargeModuleIsReadLean() {
    var text = "import { render } from './view.js';\n"
    for i in 0..<200 { text += "export function f\(i)(x) { return render(x * \(i)) }\n" }
    text += "heap.load('1234');\n"
    let rule = ParseOptions.IdleFunctionRule(words: ["heap"])
    let result = ComponentFrontEnd.parseFile(Array(text.utf8), goal: nil, typescript: false, jsx: nil, trialsFrom: 0, idleFunctions: rule)
    #expect(result.program.sourceType == .module)
    #expect(result.errors.isEmpty)
    #expect(result.idleFunctions == 200)
  }

  @Test("a reading that has as many errors as the kept one stops there and is not kept")
  func losingReadingStopsEarly() {
    // The module reading finds two errors on the first lines (a function declared twice, `with`);
    // the script reading finds one, at the very end.
    var text = "function dup() {}\nfunction dup() {}\nwith (o) {}\n"
    for i in 0..<200 { text += "function generated\(i)() { return \(i); }\n" }
    text += "let twice = 1; let twice = 2;\n"
    let module = Parser.parse(Array(text.utf8), options: ParseOptions(goal: .module, errorLimit: 1))
    #expect(module.stoppedEarly)
    #expect(module.program.body.count < 10)
    for trialsFrom in [Int.max, 0] {
      let result = ComponentFrontEnd.parseFile(Array(text.utf8), goal: nil, typescript: false, jsx: nil, trialsFrom: trialsFrom)
      #expect(result.program.sourceType == .script)
      #expect(result.errors.map(\.message) == ["'twice' has already been declared"])
      #expect(!result.stoppedEarly)
      #expect(result.program.body.count == 205)
    }
  }

  @Test func typeScriptFiles() {
    let ts = """
      enum Role { Admin = 'admin' }
      const who = <string>'legacy';
      export function f(id?: string): void { heap.identify(id!) }
      heap.identify(Role.Admin as string);
      """
    let (hits, errors) = identifies(ts, path: "a.ts")
    #expect(errors.isEmpty, "\(errors)")
    #expect(hits == [Hit(3, 40, "id"), Hit(4, 1, "Role.Admin")])
    #expect(identifies("heap.identify(await x as string);\n", path: "m.mts").errors.isEmpty)
  }

  @Test func directiveCommentsInComponents() {
    let vue = """
      <template>
        <!-- heaplint-disable-next-line identify-call -->
        <button @click="heap.identify('a')">a</button>
        <button @click="heap.identify('b') /* heaplint-disable-line identify-call */">b</button>
        <button @click="heap.identify('c')">c</button>
      </template>
      """
    #expect(identifies(vue, path: "D.vue").hits.map(\.text) == ["'c'"])
  }
}
