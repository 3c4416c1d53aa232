import JavaScriptSyntax

/// The single-file component formats heaplint reads.
public enum ComponentKind: Sendable, Hashable {
  /// A Vue single-file component (`.vue`).
  case vue
  /// A Svelte component (`.svelte`).
  case svelte
  /// An Astro component (`.astro`).
  case astro
}

/// A piece of code found in a component file, before parsing.
struct ComponentScript {
  /// How the code is parsed.
  enum Form {
    /// A `<script>` block's content: a module.
    case module
    /// A classic script (a `<script>` inside Svelte markup, such as in `<svelte:head>`).
    case classic
    /// Handler statements (Vue's `@click="a(); b()"`, an `onclick="..."` attribute); when they
    /// do not parse as statements, the code is tried as one expression (`function () {}`).
    case statements
    /// One expression (Svelte's `on:click={...}`, Vue's `v-on="{...}"`).
    case expression
    /// Module code the server runs while rendering (Astro's `---` frontmatter).
    case server
    /// One expression the server evaluates while rendering (Astro's `{...}` in markup).
    case serverExpression
  }

  /// What the page does with the string an expression makes (Astro's `set:html={...}`).
  enum StringSink {
    /// The string is the code of a `<script>` element.
    case script
    /// The string is HTML, whose `<script>` elements run.
    case html
  }

  var form: Form
  /// The code as written (attribute values decoded), without wrapping parentheses.
  var code: [UInt8]
  /// Maps offsets in `code` to the component file.
  var origin: OriginMap
  var typescript: Bool
  var jsx: Bool
  var stringSink: StringSink? = nil
}

/// Finds the JavaScript and TypeScript in Vue, Svelte and Astro components, and parses it.
///
/// Script blocks run as modules (`.module`: Vue's `<script setup>` and Svelte's instance script
/// run per component instance, but after the page's classic scripts, like a module); event
/// handlers from the markup run when the user acts (`.handler`). Every offset maps back to
/// the component file. Astro's frontmatter and markup expressions run on the server while the
/// page renders (`.server`); its processed `<script>`s are bundled modules, and its `is:inline`
/// ones classic scripts in document order.
enum ComponentFrontEnd {
  // MARK: Extraction

  /// The code of a component file, in file order, and its HTML comments.
  static func extract(_ bytes: [UInt8], kind: ComponentKind) -> (scripts: [ComponentScript], comments: [HTMLComment], bindings: MarkupBindings) {
    let scanner = ComponentMarkupScanner.scan(bytes, kind: kind)
    var bindings = MarkupBindings()
    var pieces: [(start: Int, script: ComponentScript)] = []
    var typescript = false
    if let frontmatter = scanner.frontmatter {
      // Astro's component script is TypeScript, run on the server.
      let code = Array(bytes[frontmatter])
      pieces.append((frontmatter.lowerBound, ComponentScript(form: .server, code: code, origin: .identity(offset: frontmatter.lowerBound, length: code.count), typescript: true, jsx: false)))
      typescript = true
    }
    for (range, notes) in scanner.expressions {
      guard var script = expressionScript(bytes, range, typescript: true, form: .serverExpression) else { continue }
      // What JSX cannot read is blanked (newlines kept): shorthand attributes (`<a {href}>`) and
      // the raw text of `<script>` and `<style>`; a script's text is a browser script of its own.
      for r in notes.shorthand + notes.rawText.map(\.content) {
        for k in r where k - range.lowerBound < script.code.count && script.code[k - range.lowerBound] != 0x0A { script.code[k - range.lowerBound] = 0x20 }
      }
      pieces.append((range.lowerBound, script))
      for raw in notes.rawText where raw.name == "script" {
        if let embedded = expressionElementScript(bytes, raw.tag, content: raw.content) { pieces.append((raw.content.lowerBound, embedded)) }
      }
    }
    for block in scanner.scripts {
      guard let dialect = scriptDialect(block.tag, scanner: scanner) else { continue }
      let code = Array(bytes[block.content])
      if block.tag.attribute("src") != nil, code.allSatisfy(HTMLRawTag.isBlank) { continue }
      if kind == .astro {
        pieces.append((block.content.lowerBound, astroScript(block, code: code, dialect: dialect, scanner: scanner)))
        continue
      }
      typescript = typescript || dialect.typescript
      var form = ComponentScript.Form.module
      if !block.tag.topLevel {
        // A script in Svelte markup (`<svelte:head>`) is an ordinary page script.
        let type = block.tag.attribute("type").flatMap { scanner.attributeText($0) }?.lowercased()
        if type?.trimmingBlanks != "module" { form = .classic }
      }
      let script = ComponentScript(
        form: form, code: code, origin: .identity(offset: block.content.lowerBound, length: code.count), typescript: dialect.typescript,
        jsx: dialect.jsx)
      pieces.append((block.content.lowerBound, script))
    }
    for tag in scanner.tags {
      for attribute in tag.attributes {
        if kind == .astro, case .expression(let range) = attribute.value {
          // `attr={...}` is evaluated while the page renders; `set:html={...}` puts the string
          // it makes into the element, as code in a `<script>` and as HTML elsewhere.
          guard var script = expressionScript(bytes, range, typescript: true, form: .serverExpression) else { continue }
          if attribute.lowercasedName == "set:html" { script.stringSink = tag.lowercasedName == "script" ? .script : .html }
          pieces.append((attribute.nameStart, script))
          continue
        }
        if let bound = twoWayBinding(attribute, kind: kind, bytes: bytes, typescript: typescript) {
          switch bound {
          case .name(let name): bindings.names.insert(name)
          case .expression(let script): bindings.expressions.append(script)
          }
          continue
        }
        guard let handler = handler(attribute, kind: kind, bytes: bytes, typescript: typescript) else { continue }
        pieces.append((attribute.nameStart, handler))
      }
    }
    pieces.sort { $0.start < $1.start }
    return (pieces.map(\.script), scanner.comments, bindings)
  }

  /// What a component's markup writes into its script's state: Svelte's `bind:value={email}`,
  /// Vue's `v-model="email"`. The user's input lands there whenever they type.
  struct MarkupBindings {
    /// Names bound directly (`bind:value` alone binds `value`).
    var names = Set<String>()
    /// Bound expressions (`email`, `form.email`), parsed to find the variable at their root.
    var expressions: [ComponentScript] = []
  }

  private enum TwoWayBinding {
    case name(String)
    case expression(ComponentScript)
  }

  /// A two-way binding attribute: Svelte's `bind:x={expr}` (or `bind:x`), Vue's `v-model`,
  /// `v-model:title`, `v-model.trim`.
  private static func twoWayBinding(_ attribute: ComponentAttribute, kind: ComponentKind, bytes: [UInt8], typescript: Bool) -> TwoWayBinding? {
    let lower = attribute.lowercasedName
    switch kind {
    case .svelte:
      guard lower.hasPrefix("bind:"), lower != "bind:this" else { return nil }
      switch attribute.value {
      case .none: return .name(String(decoding: attribute.name.dropFirst(5), as: UTF8.self))
      case .expression(let r): return expressionScript(bytes, r, typescript: typescript).map(TwoWayBinding.expression)
      case .quoted, .unquoted: return nil
      }
    case .vue:
      guard lower == "v-model" || lower.hasPrefix("v-model:") || lower.hasPrefix("v-model.") else { return nil }
      switch attribute.value {
      case .quoted(let r), .unquoted(let r):
        let decoded = HTMLRawTag.decodeAttributeValue(bytes, r)
        return .expression(ComponentScript(form: .expression, code: decoded.code, origin: decoded.origin, typescript: typescript, jsx: false))
      case .none, .expression: return nil
      }
    case .astro:
      return nil
    }
  }

  /// The variables a component's markup writes: those two-way bindings name, and those its
  /// handlers assign (`on:input={(e) => (email = e.target.value)}`, `@input="email = $event"`).
  static func markupWrites(_ bindings: MarkupBindings, handlers: [AnalyzedScript]) -> Set<String> {
    var names = bindings.names
    for script in bindings.expressions.map(analyze) {
      guard let statement = script.program.body.first as? ExpressionStatement, let root = root(of: statement.expression) else { continue }
      names.insert(root.name)
    }
    for handler in handlers {
      func visit(_ node: Node, depth: Int) {
        guard depth < 500 else { return }
        var target: Node?
        if let a = node as? AssignmentExpression { target = a.left } else if let u = node as? UpdateExpression { target = u.argument }
        // A name the handler does not declare is the component's.
        if let target, let root = root(of: target), handler.scopes.binding(of: root) == nil { names.insert(root.name) }
        node.forEachChild { visit($0, depth: depth + 1) }
      }
      for statement in handler.program.body { visit(statement, depth: 0) }
    }
    return names
  }

  /// The variable at the root of `x`, `x.y`, `x[0].y` (parentheses and chains looked through).
  private static func root(of node: Node) -> Identifier? {
    var n = HeapDocument.unwrap(node)
    while let m = n as? MemberExpression { n = HeapDocument.unwrap(m.object) }
    return n as? Identifier
  }

  /// An Astro `<script>`. Astro processes and bundles a script that has no attribute but `src`:
  /// it becomes a module script (TypeScript allowed). Any other attribute (`is:inline`,
  /// `define:vars`, `type`, ...) leaves the script as written, a classic script that runs in
  /// document order (a module when its type says so).
  private static func astroScript(
    _ block: ComponentScriptBlock, code: [UInt8], dialect: (typescript: Bool, jsx: Bool), scanner: ComponentMarkupScanner
  ) -> ComponentScript {
    let origin = OriginMap.identity(offset: block.content.lowerBound, length: code.count)
    let processed = block.tag.attributes.allSatisfy { $0.lowercasedName == "src" }
    if processed {
      return ComponentScript(form: .module, code: code, origin: origin, typescript: true, jsx: false)
    }
    let type = block.tag.attribute("type").flatMap { scanner.attributeText($0) }?.lowercased().trimmingBlanks
    return ComponentScript(form: type == "module" ? .module : .classic, code: code, origin: origin, typescript: dialect.typescript, jsx: false)
  }

  /// A `<script>` inside a markup expression (`{prod && <script is:inline>...</script>}`): Astro
  /// leaves it as written, a classic script (a module when its type says so), when the
  /// expression renders it.
  private static func expressionElementScript(_ bytes: [UInt8], _ tag: Range<Int>, content: Range<Int>) -> ComponentScript? {
    // Read the start tag's attributes with the markup scanner.
    let scanner = ComponentMarkupScanner.scan(Array(bytes[tag]) + Array("</script>".utf8), kind: .astro)
    guard let block = scanner.scripts.first, let dialect = scriptDialect(block.tag, scanner: scanner) else { return nil }
    let code = Array(bytes[content])
    if code.allSatisfy(HTMLRawTag.isBlank) { return nil }
    let type = block.tag.attribute("type").flatMap { scanner.attributeText($0) }?.lowercased().trimmingBlanks
    return ComponentScript(
      form: type == "module" ? .module : .classic, code: code, origin: .identity(offset: content.lowerBound, length: code.count),
      typescript: dialect.typescript, jsx: false)
  }

  /// Whether a script block holds JavaScript, and which dialect; nil for other languages.
  static func scriptDialect(_ tag: ComponentTag, scanner: ComponentMarkupScanner) -> (typescript: Bool, jsx: Bool)? {
    if let lang = tag.attribute("lang").flatMap({ scanner.attributeText($0) }) {
      switch lang.lowercased().trimmingBlanks {
      case "", "js", "javascript", "mjs", "cjs": return (false, false)
      case "jsx": return (false, true)
      case "ts", "typescript", "mts", "cts": return (true, false)
      case "tsx": return (true, true)
      default: return nil
      }
    }
    if let type = tag.attribute("type").flatMap({ scanner.attributeText($0) }) {
      var essence = type.lowercased()
      if let semicolon = essence.firstIndex(of: ";") { essence = String(essence[..<semicolon]) }
      essence = essence.trimmingBlanks
      switch essence {
      case "", "module": return (false, false)
      case "text/typescript", "application/typescript", "application/x-typescript", "text/ts": return (true, false)
      case "text/tsx": return (true, true)
      case "text/jsx", "text/babel": return (false, true)
      default: return HTMLFrontEnd.javaScriptMIMETypes.contains(essence) ? (false, false) : nil
      }
    }
    return (false, false)
  }

  /// The handler code of an attribute, or nil when the attribute holds none.
  private static func handler(_ attribute: ComponentAttribute, kind: ComponentKind, bytes: [UInt8], typescript: Bool) -> ComponentScript? {
    let name = attribute.name
    let lower = attribute.lowercasedName
    /// An `on*` attribute of the DOM: the browser runs its (entity-decoded) text.
    let isDOMHandler = lower.count > 2 && lower.hasPrefix("on") && !lower.contains(":")
    switch kind {
    case .vue:
      let isVueHandler = (name.count > 1 && name[0] == 0x40) || lower == "v-on" || lower.hasPrefix("v-on:")
      guard isVueHandler || isDOMHandler else { return nil }
      let range: Range<Int>
      switch attribute.value {
      case .quoted(let r), .unquoted(let r): range = r
      case .none, .expression: return nil
      }
      let decoded = HTMLRawTag.decodeAttributeValue(bytes, range)
      if decoded.code.allSatisfy(HTMLRawTag.isBlank) { return nil }
      if !isVueHandler {
        return ComponentScript(form: .statements, code: decoded.code, origin: decoded.origin, typescript: false, jsx: false)
      }
      // `v-on="{ click: onClick }"` binds an object of handlers.
      let form: ComponentScript.Form = lower == "v-on" ? .expression : .statements
      return ComponentScript(form: form, code: decoded.code, origin: decoded.origin, typescript: typescript, jsx: false)
    case .astro:
      // Only the DOM's own handlers: `onclick="..."` is a string the browser runs.
      guard isDOMHandler else { return nil }
      switch attribute.value {
      case .quoted(let r), .unquoted(let r):
        let decoded = HTMLRawTag.decodeAttributeValue(bytes, r)
        if decoded.code.allSatisfy(HTMLRawTag.isBlank) { return nil }
        return ComponentScript(form: .statements, code: decoded.code, origin: decoded.origin, typescript: false, jsx: false)
      case .none, .expression:
        return nil
      }
    case .svelte:
      // `on:click={...}`, and actions `use:enhance={() => ...}` whose callbacks run later.
      let isDirective = lower.hasPrefix("on:") || lower.hasPrefix("use:")
      guard isDirective || isDOMHandler else { return nil }
      switch attribute.value {
      case .none:
        return nil
      case .expression(let r):
        return expressionScript(bytes, r, typescript: typescript)
      case .quoted(let r), .unquoted(let r):
        // `on:click="{handler}"` (Svelte 3 and 4 accept the quotes).
        var s = r.lowerBound
        var e = r.upperBound
        while s < e, HTMLRawTag.isBlank(bytes[s]) { s += 1 }
        while e > s, HTMLRawTag.isBlank(bytes[e - 1]) { e -= 1 }
        if s < e, bytes[s] == 0x7B, ComponentBraceMatcher.matchingBrace(bytes, open: s, limit: e) == e - 1 {
          return expressionScript(bytes, (s + 1)..<(e - 1), typescript: typescript)
        }
        guard !isDirective else { return nil }
        // A plain string: the DOM runs it.
        let decoded = HTMLRawTag.decodeAttributeValue(bytes, r)
        if decoded.code.allSatisfy(HTMLRawTag.isBlank) { return nil }
        return ComponentScript(form: .statements, code: decoded.code, origin: decoded.origin, typescript: false, jsx: false)
      }
    }
  }

  private static func expressionScript(
    _ bytes: [UInt8], _ range: Range<Int>, typescript: Bool, form: ComponentScript.Form = .expression
  ) -> ComponentScript? {
    let code = Array(bytes[range])
    if code.allSatisfy(HTMLRawTag.isBlank) { return nil }
    return ComponentScript(
      form: form, code: code, origin: .identity(offset: range.lowerBound, length: code.count), typescript: typescript, jsx: form == .serverExpression)
  }

  // MARK: Parsing

  /// The scripts of a component file, with its suppression comments.
  static func parse(_ bytes: [UInt8], kind: ComponentKind) -> ParsedFile {
    let extraction = extract(bytes, kind: kind)
    var scripts: [AnalyzedScript] = []
    let server = extraction.scripts.filter { $0.form == .server || $0.form == .serverExpression }
    if !server.isEmpty { scripts += serverScripts(server, file: bytes) }
    for piece in extraction.scripts where piece.form != .server && piece.form != .serverExpression {
      scripts.append(analyze(piece))
    }
    // The component's state that its markup writes changes at times the analysis cannot see.
    let written = markupWrites(extraction.bindings, handlers: scripts.filter { $0.kind == .handler })
    if !written.isEmpty { for script in scripts where script.kind == .module { script.markupWrites = written } }
    var comments = directiveComments(of: scripts)
    for c in extraction.comments {
      let text = String(decoding: bytes[c.contentSpan.start..<c.contentSpan.end], as: UTF8.self)
      if text.contains("heaplint-") { comments.append(DirectiveComment(text: text, span: c.span)) }
    }
    return ParsedFile(scripts: scripts, comments: comments)
  }

  /// Parses one piece of component code.
  static func analyze(_ script: ComponentScript) -> AnalyzedScript {
    switch script.form {
    case .module, .classic:
      let goal: ParseOptions.Goal = script.form == .module ? .module : .script
      let result = Parser.parse(script.code, options: ParseOptions(goal: goal, jsx: script.jsx, typescript: script.typescript))
      return AnalyzedScript(
        kind: script.form == .module ? .module : .classic, code: script.code, program: result.program, syntaxErrors: result.errors,
        origin: script.origin)
    case .statements:
      let options = ParseOptions(goal: .script, jsx: script.jsx, typescript: script.typescript)
      var result = Parser.parse(script.code, options: options)
      // A handler's code is a function body: `return false;` is fine there.
      result.errors.removeAll { $0.message.contains("return") }
      if !result.errors.isEmpty {
        let wrapped = wrap(script.code, origin: script.origin)
        let expression = Parser.parse(wrapped.code, options: options)
        if expression.errors.count < result.errors.count {
          return AnalyzedScript(kind: .handler, code: wrapped.code, program: expression.program, syntaxErrors: expression.errors, origin: wrapped.origin)
        }
      }
      return AnalyzedScript(kind: .handler, code: script.code, program: result.program, syntaxErrors: result.errors, origin: script.origin)
    case .expression, .serverExpression:
      // Astro renders asynchronously: `{await load()}` is fine, so its expressions are module code.
      let goal: ParseOptions.Goal = script.form == .expression ? .script : .module
      let kind: ScriptKind = script.form == .expression ? .handler : .server
      if script.form == .serverExpression {
        // `{/* a note */}` holds no expression.
        let bare = Parser.parse(script.code, options: ParseOptions(goal: goal, jsx: script.jsx, typescript: script.typescript))
        if bare.errors.isEmpty, bare.program.body.isEmpty {
          return AnalyzedScript(kind: kind, code: script.code, program: bare.program, syntaxErrors: [], origin: script.origin)
        }
      }
      let wrapped = wrap(script.code, origin: script.origin)
      let result = Parser.parse(wrapped.code, options: ParseOptions(goal: goal, jsx: script.jsx, typescript: script.typescript))
      return AnalyzedScript(kind: kind, code: wrapped.code, program: result.program, syntaxErrors: result.errors, origin: wrapped.origin)
    case .server:
      var result = Parser.parse(script.code, options: ParseOptions(goal: .module, typescript: true))
      // The frontmatter is a function body to Astro: `return Astro.redirect('/login')` is fine.
      result.errors.removeAll { $0.message.contains("'return' outside") }
      return AnalyzedScript(kind: .server, code: script.code, program: result.program, syntaxErrors: result.errors, origin: script.origin)
    }
  }

  /// Astro's server code as one module: the frontmatter, then every markup and attribute
  /// expression as a statement `;(expression)`, so the expressions see the frontmatter's
  /// variables (`<script set:html={snippet} />` with `const snippet = ...` above). Then the
  /// strings `set:html` puts into the page, and the DOM handlers of the markup the
  /// expressions render.
  static func serverScripts(_ pieces: [ComponentScript], file bytes: [UInt8]) -> [AnalyzedScript] {
    var code: [UInt8] = []
    var builder = OriginMap.Builder()
    var sinks: [(offset: Int, sink: ComponentScript.StringSink)] = []
    let options = ParseOptions(goal: .module, jsx: true, typescript: true)
    func add(_ bytes: String, at fileOffset: Int) {
      for b in bytes.utf8 {
        code.append(b)
        builder.append(fileOffset: fileOffset)
      }
    }
    for piece in pieces {
      if piece.form == .serverExpression {
        // `{/* a note */}` holds no expression.
        let bare = Parser.parse(piece.code, options: options)
        if bare.errors.isEmpty, bare.program.body.isEmpty { continue }
        add("\n;(", at: max(0, piece.origin.fileOffset(0) - 1))
        if let sink = piece.stringSink { sinks.append((code.count, sink)) }
      }
      for k in 0..<piece.code.count {
        code.append(piece.code[k])
        builder.append(fileOffset: piece.origin.fileOffset(k))
      }
      if piece.form == .serverExpression { add("\n);", at: piece.origin.fileOffset(piece.code.count)) }
    }
    let end = pieces.last.map { $0.origin.fileOffset($0.code.count) } ?? 0
    let origin = builder.finish(endFileOffset: end)
    var result = Parser.parse(code, options: options)
    // The frontmatter is a function body to Astro: `return Astro.redirect('/login')` is fine.
    result.errors.removeAll { $0.message.contains("'return' outside") }
    let host = AnalyzedScript(kind: .server, code: code, program: result.program, syntaxErrors: result.errors, origin: origin)
    var out = [host]
    for (offset, sink) in sinks {
      guard let statement = result.program.body.first(where: { $0.span.start <= offset && offset < $0.span.end }) as? ExpressionStatement
      else { continue }
      out += StringScripts.extract(fromExpression: statement.expression, host: host, html: sink == .html)
    }
    out += domHandlers(in: host, file: bytes).map(analyze)
    return out
  }

  /// The DOM handlers of the markup an expression renders (Astro's
  /// `{items.map((i) => <li onclick="...">{i}</li>)}`): strings the browser runs on an event.
  static func domHandlers(in script: AnalyzedScript, file bytes: [UInt8]) -> [ComponentScript] {
    var out: [ComponentScript] = []
    var depth = 0
    func visit(_ node: Node) {
      depth += 1
      defer { depth -= 1 }
      guard depth < 500 else { return }
      if let attribute = node as? JSXAttribute, let name = (attribute.name as? JSXIdentifier)?.name.lowercased(), name.count > 2,
        name.hasPrefix("on"), let value = attribute.value as? Literal, case .string = value.value, value.span.end - value.span.start >= 2
      {
        let start = script.origin.fileOffset(value.span.start + 1)
        let end = script.origin.fileOffset(value.span.end - 1)
        if start <= end, end <= bytes.count {
          let decoded = HTMLRawTag.decodeAttributeValue(bytes, start..<end)
          if !decoded.code.allSatisfy(HTMLRawTag.isBlank) {
            out.append(ComponentScript(form: .statements, code: decoded.code, origin: decoded.origin, typescript: false, jsx: false))
          }
        }
      }
      node.forEachChild(visit)
    }
    visit(script.program)
    return out
  }

  /// `(code\n)`: the code as one expression statement. The parentheses map to the bytes
  /// around the code in the file (the braces or quotes); the newline keeps a trailing `//`
  /// comment from swallowing the `)`.
  static func wrap(_ code: [UInt8], origin: OriginMap) -> (code: [UInt8], origin: OriginMap) {
    var out: [UInt8] = [0x28]
    out.reserveCapacity(code.count + 3)
    var builder = OriginMap.Builder()
    builder.append(fileOffset: max(0, origin.fileOffset(0) - 1))
    for k in 0..<code.count {
      out.append(code[k])
      builder.append(fileOffset: origin.fileOffset(k))
    }
    let end = origin.fileOffset(code.count)
    out.append(0x0A)
    builder.append(fileOffset: end)
    out.append(0x29)
    builder.append(fileOffset: end)
    return (out, builder.finish(endFileOffset: end + 1))
  }

  /// JavaScript comments that mention heaplint, mapped to file offsets.
  static func directiveComments(of scripts: [AnalyzedScript]) -> [DirectiveComment] {
    var out: [DirectiveComment] = []
    for script in scripts {
      for c in script.program.comments {
        let s = max(0, min(c.contentSpan.start, script.code.count))
        let e = max(s, min(c.contentSpan.end, script.code.count))
        let text = String(decoding: script.code[s..<e], as: UTF8.self)
        guard text.contains("heaplint-") else { continue }
        out.append(DirectiveComment(text: text, span: script.origin.fileSpan(c.span)))
      }
    }
    return out
  }

  // MARK: JavaScript and TypeScript files

  /// Parses a JavaScript or TypeScript file. With no `goal`, as a script and then as a module
  /// if that parses better; with `jsx` nil (a `.js` file), without JSX and then, when that
  /// fails, with JSX, keeping whichever result has fewer errors.
  /// A script that is CommonJS (`.cjs`, or one that uses `require` or `exports`) may `return` at
  /// its top level, as Node runs it inside a function.
  ///
  /// Only the first reading of a large file (1 MB and more) builds a whole tree: the other
  /// readings are tried for their errors alone (`ParseOptions.syntaxOnly`, the same errors), and
  /// the one that wins is parsed again in full. A bundle with a syntax error was read four times,
  /// with two whole trees alive at once.
  ///
  /// A reading tried against a kept one stops at the first top-level statement where it has as
  /// many errors (`ParseOptions.errorLimit`), as it cannot be kept any more.
  ///
  /// A JSX reading is skipped when the reading without JSX of the same goal met no `<` where an
  /// expression starts (`ParseResult.metExpressionAngle`): it would give the same errors, and
  /// only a reading with fewer errors is kept. A bundle whose only errors are redeclarations
  /// was read twice more for nothing (a third of its instructions).
  static func parseFile(
    _ bytes: [UInt8], goal: ParseOptions.Goal?, typescript: Bool, jsx: Bool?, syntaxOnly: Bool = false, trialsFrom trialSize: Int = 1 << 20,
    idleFunctions: ParseOptions.IdleFunctionRule? = nil
  ) -> ParseResult {
    let commonJS = goal == .script || mentionsCommonJS(bytes)
    // The goals whose reading without JSX met no `<` where an expression starts.
    var sameWithJSX: Set<ParseOptions.Goal> = []
    func attempt(_ goal: ParseOptions.Goal, _ jsx: Bool, trial: Bool = false, errorLimit: Int? = nil) -> ParseResult {
      var options = ParseOptions(goal: goal, jsx: jsx, typescript: typescript, commonJS: commonJS, syntaxOnly: syntaxOnly || trial, errorLimit: errorLimit)
      // A module too: what other files import from it is theirs to ask for (heaplint reads the
      // modules Heap code imports whole, `LintEngine`), as for a CommonJS script's exports.
      options.idleFunctions = idleFunctions
      let result = Parser.parse(bytes, options: options)
      // (A reading that stopped early: the JSX one reads alike up to that top-level statement,
      // so it too has as many errors there, and cannot be kept either.)
      if !jsx && !typescript && !result.metExpressionAngle { sameWithJSX.insert(goal) }
      return result
    }
    let trials = !syntaxOnly && bytes.count >= trialSize
    let firstJSX = jsx ?? false
    // The reading kept so far, with its error count and options; `best` is nil once a trial has
    // beaten it (the winner is parsed in full at the end).
    var best: ParseResult?
    var bestErrors = Int.max
    var bestGoal = goal ?? .script
    var bestJSX = firstJSX
    func keep(_ result: ParseResult, _ goal: ParseOptions.Goal, _ jsx: Bool) {
      (best, bestErrors, bestGoal, bestJSX) = (result, result.errors.count, goal, jsx)
    }
    func consider(_ goal: ParseOptions.Goal, _ jsx: Bool) {
      // A reading is kept only with fewer errors: it stops once it has as many.
      let candidate = attempt(goal, jsx, trial: trials, errorLimit: bestErrors)
      guard !candidate.stoppedEarly, candidate.errors.count < bestErrors else { return }
      keep(candidate, goal, jsx)
      if trials { best = nil }
    }
    if let goal {
      keep(attempt(goal, firstJSX), goal, firstJSX)
    } else {
      // A large file's module reading is first a trial, without function bodies: a bundle
      // whose text has `import` at the start of a line (in a comment, a string, or one of the
      // files it joins) is nearly always a script, and its full module reading was thrown away
      // (a third of the time on a 21 MB bundle). The top-level statements are all there.
      var moduleFirst = looksLikeModule(bytes) ? attempt(.module, firstJSX, trial: trials) : nil
      let declaresModule =
        moduleFirst?.program.body.contains(where: { $0 is ImportDeclaration || $0 is ExportNamedDeclaration || $0 is ExportDefaultDeclaration || $0 is ExportAllDeclaration })
        ?? false
      if let module = moduleFirst, module.errors.isEmpty, declaresModule {
        // A top-level import or export is an error in a script, so the script parse below could
        // only lose to this one: skip it (most modern files are modules; this halves their cost).
        return trials ? attempt(.module, firstJSX) : module
      }
      // A large file's module reading is kept only as its error count while the script is read.
      let moduleErrors = moduleFirst?.errors.count
      if trials { moduleFirst = nil }
      keep(attempt(.script, firstJSX), .script, firstJSX)
      if bestErrors > 0 {
        if let moduleErrors {
          // With as many errors either way, a file that imports or exports at its top level is
          // a module, and its errors are the module reading's (`export { b }` of an undeclared
          // `b` is that, not an export outside a module).
          if moduleErrors < bestErrors || (moduleErrors == bestErrors && declaresModule) {
            if let module = moduleFirst { keep(module, .module, firstJSX) } else { (best, bestErrors, bestGoal) = (nil, moduleErrors, .module) }
          }
        } else {
          consider(.module, firstJSX)
        }
      }
    }
    if jsx == nil, bestErrors > 0 {
      let goals: [ParseOptions.Goal] = goal != nil ? [bestGoal] : [bestGoal, bestGoal == .script ? .module : .script]
      for g in goals where !sameWithJSX.contains(g) {
        consider(g, true)
        if bestErrors == 0 { break }
      }
    }
    return best ?? attempt(bestGoal, bestJSX)
  }

  /// The text uses CommonJS: `require(`, `module.exports` or `exports.`.
  static func mentionsCommonJS(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
      commonJSMarkers.contains { Prefilter.contains(buffer, $0) }
    }
  }

  private static let commonJSMarkers: [[UInt8]] = [Array("require(".utf8), Array("module.exports".utf8), Array("exports.".utf8)]

  /// True when a line starts with `import` or `export` and a blank, `{` or `*`: the file is most
  /// likely a module, worth parsing as one first. Indented lines do not count: a module's own
  /// imports and exports start in the first column, while indented ones are mostly code samples
  /// inside strings and comments (the TypeScript compiler, an 11 MB script, has some).
  static func looksLikeModule(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return false }
      let n = buffer.count
      // The next LF and CR at or after `from`, found with memchr (this scan runs over every
      // file a --no-prefilter run parses; byte by byte it took 2% of it).
      let (lineFeed, carriageReturn): (UInt8, UInt8) = (0x0A, 0x0D)
      func next(_ byte: UInt8, from: Int) -> Int { nextOffset(of: byte, in: buffer, from: from) ?? n }
      var lf = next(lineFeed, from: 0)
      var cr = next(carriageReturn, from: 0)
      var i = 0
      while i + 6 < n {
        if base[i] == UInt8(ascii: "i") || base[i] == UInt8(ascii: "e") {
          let word = UnsafeBufferPointer(rebasing: buffer[i..<i + 6])
          let follower = base[i + 6]
          if word.elementsEqual("import".utf8) || word.elementsEqual("export".utf8),
            follower == UInt8(ascii: " ") || follower == UInt8(ascii: "{") || follower == UInt8(ascii: "*") || follower == UInt8(ascii: "\t")
          {
            return true
          }
        }
        // On to the next line.
        if lf < i { lf = next(lineFeed, from: i) }
        if cr < i { cr = next(carriageReturn, from: i) }
        i = min(lf, cr) + 1
      }
      return false
    }
  }
}

extension String {
  /// The string without leading and trailing ASCII blanks.
  var trimmingBlanks: String {
    let bytes = Array(utf8)
    var s = 0
    var e = bytes.count
    while s < e, HTMLRawTag.isBlank(bytes[s]) { s += 1 }
    while e > s, HTMLRawTag.isBlank(bytes[e - 1]) { e -= 1 }
    return String(decoding: bytes[s..<e], as: UTF8.self)
  }
}
