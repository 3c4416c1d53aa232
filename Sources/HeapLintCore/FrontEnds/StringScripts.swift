import JavaScriptSyntax

/// Scripts that a script builds as a string and hands to the browser to run.
///
/// The Heap snippet is often a string: React's `<script dangerouslySetInnerHTML={{ __html: ... }} />`,
/// next/script's `<Script>{`...`}</Script>`, react-helmet's and `useHead`'s `script` entries
/// (`innerHTML`, `children`, `textContent`), Docusaurus's tag objects (`{ tagName: 'script',
/// innerHTML }`), `text`/`textContent`/`innerHTML` set on an element made by
/// `document.createElement('script')`, and `document.write('<script>...</script>')`.
/// The string is decoded (escapes, concatenation with constants, `[...].join(sep)`), parsed as a
/// classic script, and every offset maps back to the file. What the string cannot know —
/// `${...}` substitutions and concatenated variables — becomes a hole: a same-length identifier
/// in the code, recorded as a per-request value, exactly like a template tag.
enum StringScripts {
  /// A string script before parsing.
  struct Piece {
    var code: [UInt8] = []
    /// The file offset of each code byte.
    var offsets: [Int] = []
    /// File spans of the substitutions.
    var holes: [Span] = []
    /// When it runs relative to the page's other string scripts (next/script's `strategy`).
    var rank = 0
    /// Where the sink is in the host's code, to keep source order within a rank.
    var start = 0
    /// The host node that runs the string.
    var sink: Node?
    /// The string is HTML (`document.write`): its `<script>` elements are the code.
    var isHTML = false
  }

  /// Byte strings a host script must contain before it is searched for string scripts.
  private static let needles = [Array("heap".utf8), Array("Heap".utf8)]

  /// The string scripts of `host`, in the order they run, parsed and mapped to the file.
  static func extract(from host: AnalyzedScript, tagManager: Bool = false) -> [AnalyzedScript] {
    let mentions = host.code.withUnsafeBufferPointer { code in
      needles.contains { Prefilter.contains(code, $0) } && (tagManager || namesScript(code))
    }
    guard mentions else { return [] }
    var finder = Finder(host: host)
    finder.tagManager = tagManager
    finder.visit(host.program)
    let ordered = finder.pieces.enumerated().sorted { ($0.element.rank, $0.element.start, $0.offset) < ($1.element.rank, $1.element.start, $1.offset) }
    var out: [AnalyzedScript] = []
    for (_, piece) in ordered {
      let hasHeap = piece.code.withUnsafeBufferPointer { code in needles.contains { Prefilter.contains(code, $0) } }
      guard hasHeap else { continue }
      out += scripts(of: piece, host: host, tagManager: tagManager)
    }
    return out
  }

  /// Whether the code names a script the way every sink the finder knows needs: a tag
  /// (`<script`, `<Script`), a quoted tag name (`createElement('script')`), or a `script` key or
  /// attribute (`script: [...]`, `script={[...]}`). A `<script>` in HTML a page writes has the
  /// tag too. `javascript`, `description` and a variable named `script` do not count, so most
  /// bundles are not walked.
  static func namesScript(_ code: UnsafeBufferPointer<UInt8>) -> Bool {
    let word: [UInt8] = Array("script".utf8)
    func isWordByte(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b >= 0x30 && b <= 0x39 || b == 0x5F || b == 0x24 }
    let n = code.count
    // Candidates by their lowercase or uppercase tail (found with memchr), then the `s`/`S`.
    var candidates: [Int] = []
    for tail in ["cript", "CRIPT"] {
      var from = 1
      while let at = Prefilter.find(code, Array(tail.utf8), from: from) {
        candidates.append(at - 1)
        from = at + 1
      }
    }
    for i in candidates where i >= 1 {
      var k = 0
      while k < word.count, code[i + k] | 0x20 == word[k] { k += 1 }
      if k == word.count, i + k == n || !isWordByte(code[i + k]) {
        let before = code[i - 1]
        if before == 0x3C || before == 0x27 || before == 0x22 || before == 0x60 { return true }  // < ' " `
        if !isWordByte(before) {
          var j = i + k
          while j < n, code[j] == 0x20 || code[j] == 0x09 { j += 1 }
          if j < n, code[j] == 0x3A || (code[j] == 0x3D && (j + 1 == n || code[j + 1] != 0x3D)) { return true }  // `:` or `=` (not `==`)
        }
      }
    }
    return false
  }

  /// The scripts in the string an expression makes, when the page puts that string into a
  /// `<script>` (`html` false) or into its HTML (`html` true), as Astro's `set:html={...}` does.
  /// The expression is a node of `host`; the string's code runs with the page's classic
  /// scripts, where the element stands.
  static func extract(fromExpression expression: Node, host: AnalyzedScript, html: Bool) -> [AnalyzedScript] {
    var finder = Finder(host: host)
    finder.addString(expression, isHTML: html)
    var out: [AnalyzedScript] = []
    for piece in finder.pieces {
      let hasHeap = piece.code.withUnsafeBufferPointer { code in needles.contains { Prefilter.contains(code, $0) } }
      guard hasHeap else { continue }
      out += scripts(of: piece, host: host, tagManager: false)
    }
    return out
  }

  /// The scripts of one piece: its code, or the `<script>` elements of its HTML.
  private static func scripts(of piece: Piece, host: AnalyzedScript, tagManager: Bool) -> [AnalyzedScript] {
    guard piece.isHTML else { return [parse(piece.code, offsets: piece.offsets, holes: piece.holes, host: host, sink: piece.sink)] }
    var out: [AnalyzedScript] = []
    for embedded in HTMLFrontEnd.extract(piece.code).scripts {
      guard case .classic = embedded.kind else { continue }
      var offsets: [Int] = []
      offsets.reserveCapacity(embedded.code.count)
      for i in 0..<embedded.code.count {
        let inner = embedded.origin.fileOffset(i)
        offsets.append(inner < piece.offsets.count ? piece.offsets[inner] : (piece.offsets.last ?? 0))
      }
      out.append(parse(embedded.code, offsets: offsets, holes: piece.holes, host: host, sink: piece.sink, kind: tagManager ? .handler : .classic))
    }
    return out
  }

  /// Parses a string script. Its syntax errors are not reported: a string that is not quite a
  /// script (a fragment completed at run time) is the host's business, not a finding.
  private static func parse(_ code: [UInt8], offsets: [Int], holes: [Span], host: AnalyzedScript, sink: Node?, kind: ScriptKind = .classic) -> AnalyzedScript {
    var builder = OriginMap.Builder()
    for o in offsets { builder.append(fileOffset: o) }
    let origin = builder.finish(endFileOffset: (offsets.last ?? host.origin.fileOffset(0)) + (offsets.isEmpty ? 0 : 1))
    let result = Parser.parse(code, options: ParseOptions(goal: .script, typescript: false))
    let script = AnalyzedScript(kind: kind, code: code, program: result.program, syntaxErrors: [], origin: origin, holes: host.holes + holes)
    script.sink = sink
    return script
  }

  /// Walks a host script for the places that run a string as code.
  private struct Finder {
    let host: AnalyzedScript
    var pieces: [Piece] = []
    /// The host is a Google Tag Manager container export.
    var tagManager = false
    private var depth = 0

    init(host: AnalyzedScript) { self.host = host }

    mutating func visit(_ node: Node) {
      depth += 1
      defer { depth -= 1 }
      guard depth < 1_500 else { return }
      switch node {
      case let element as JSXElement:
        scriptElement(element)
      case let attribute as JSXAttribute:
        // <Helmet script={[{ innerHTML: '...' }]} />
        if let name = attribute.name as? JSXIdentifier, name.name == "script", let c = attribute.value as? JSXExpressionContainer {
          headEntries(c.expression)
        }
      case let object as ObjectExpression where tagManager:
        // A Custom HTML tag's parameter: `{ "type": "TEMPLATE", "key": "html", "value": "<script>..." }`.
        if let key = property(object, "key").flatMap(staticText), key == "html", let value = property(object, "value"), value is Literal {
          var piece = Piece(start: object.span.start, sink: object, isHTML: true)
          append(&piece, value, depth: 0)
          tagManagerVariables(&piece)
          pieces.append(piece)
        }
      case let object as ObjectExpression:
        // useHead({ script: [...] }), Nuxt's `app.head.script`, Helmet's props object.
        for p in object.properties {
          guard let prop = p as? Property, !prop.computed, ScopeAnalysis.staticKey(prop.key) == "script" else { continue }
          headEntries(prop.value)
        }
        // An HTML tag described as an object, as Docusaurus plugins return from
        // `injectHtmlTags()` and its config lists in `headTags`:
        // `{ tagName: 'script', attributes: { ... }, innerHTML: '...' }`.
        if property(object, "tagName").flatMap(staticText)?.lowercased() == "script" {
          let type = (property(object, "attributes").map(HeapDocument.unwrap) as? ObjectExpression).flatMap { property($0, "type") }.flatMap(staticText)
          if type.map(isJavaScriptType) ?? true { headEntries(object) }
        }
      case let assignment as AssignmentExpression:
        createdScriptText(assignment)
      case let call as CallExpression:
        documentWrite(call)
      default:
        break
      }
      node.forEachChild { visit($0) }
    }

    // MARK: Sinks

    /// `<script dangerouslySetInnerHTML={{ __html }} />`, `<Script>{`...`}</Script>`, and
    /// Astro's `set:html={...}` (markup in an Astro expression): the code of a `<script>`, the
    /// HTML of any other element.
    private mutating func scriptElement(_ element: JSXElement) {
      let name: String
      if let id = element.openingElement.name as? JSXIdentifier { name = id.name } else { return }
      let setHTML = element.openingElement.attributes.lazy.compactMap { $0 as? JSXAttribute }.first { a in
        guard let n = a.name as? JSXNamespacedName else { return false }
        return n.namespace.name == "set" && n.name.name == "html"
      }
      if let setHTML, let c = setHTML.value as? JSXExpressionContainer, !(c.expression is JSXEmptyExpression) {
        var piece = Piece(start: element.span.start, sink: element, isHTML: name != "script")
        append(&piece, c.expression, depth: 0)
        pieces.append(piece)
        return
      }
      guard name == "script" || name == "Script" else { return }
      var rank = name == "script" ? 0 : 1
      var innerHTML: Node?
      for a in element.openingElement.attributes {
        guard let attribute = a as? JSXAttribute, let attributeName = (attribute.name as? JSXIdentifier)?.name else { continue }
        let text = attribute.value.flatMap(staticText)
        switch attributeName {
        case "type":
          // JSON-LD, templates and other data blocks are not code.
          guard let type = text else { break }
          if !isJavaScriptType(type) { return }
        case "src":
          if element.children.isEmpty && innerHTML == nil { return }
        case "strategy":
          switch text {
          case "beforeInteractive": rank = 0
          case "afterInteractive": rank = 1
          case "lazyOnload": rank = 2
          case "worker": rank = 3
          default: break
          }
        case "dangerouslySetInnerHTML":
          // `{{ __html: ... }}`, or `{createScript()}` where the function returns `{ __html }`.
          if let c = attribute.value as? JSXExpressionContainer {
            var value = HeapDocument.unwrap(c.expression)
            if let call = value as? CallExpression, let returned = returnedExpression(of: call) { value = HeapDocument.unwrap(returned) }
            if let o = value as? ObjectExpression { innerHTML = property(o, "__html") }
          }
        default:
          break
        }
      }
      if let innerHTML { add(innerHTML, rank: rank, at: element.span.start, sink: element) }
      for child in element.children {
        if let c = child as? JSXExpressionContainer, !(c.expression is JSXEmptyExpression) {
          add(c.expression, rank: rank, at: c.span.start, sink: element)
        } else if let text = child as? JSXText, !text.raw.allSatisfy({ $0.isWhitespace }) {
          var piece = Piece(rank: rank, start: text.span.start, sink: element)
          appendRaw(&piece, from: text.span.start, to: text.span.end, decodeEscapes: false)
          pieces.append(piece)
        }
      }
    }

    /// The `script` entries of a head manager: `[{ innerHTML: '...' }, { src }]`.
    private mutating func headEntries(_ node: Node) {
      var entries: [Node] = []
      let n = HeapDocument.unwrap(node)
      if let array = n as? ArrayExpression { entries = array.elements.compactMap { $0 } } else { entries = [n] }
      for entry in entries {
        guard let o = HeapDocument.unwrap(entry) as? ObjectExpression else { continue }
        if let type = property(o, "type").flatMap(staticText), !isJavaScriptType(type) { continue }
        for key in ["innerHTML", "children", "textContent", "innerText", "content"] {
          if let v = property(o, key) { add(v, rank: 0, at: o.span.start, sink: o) }
        }
      }
    }

    /// `s.text = '...'`, `s.textContent = ...`, `s.innerHTML = ...` on `s = document.createElement('script')`.
    private mutating func createdScriptText(_ assignment: AssignmentExpression) {
      guard assignment.operator == "=" || assignment.operator == "+=", let m = assignment.left as? MemberExpression,
        let key = HeapDocument.propertyName(m), ["text", "textContent", "innerHTML", "innerText"].contains(key),
        isCreatedScript(m.object)
      else { return }
      add(assignment.right, rank: 0, at: assignment.span.start, sink: assignment)
    }

    private func isCreatedScript(_ node: Node) -> Bool {
      var n = HeapDocument.unwrap(node)
      if let id = n as? Identifier {
        guard let b = host.scopes.binding(of: id), let initializer = b.initializer, b.path.isEmpty else { return false }
        n = HeapDocument.unwrap(initializer)
      }
      guard let call = n as? CallExpression, let callee = call.callee as? MemberExpression, HeapDocument.propertyName(callee) == "createElement",
        let first = call.arguments.first, let lit = first as? Literal, case .string(let tag) = lit.value
      else { return false }
      return tag.lowercased() == "script"
    }

    /// `document.write('<script>...</script>')` and `writeln`.
    private mutating func documentWrite(_ call: CallExpression) {
      guard let m = HeapDocument.unwrap(call.callee) as? MemberExpression, let key = HeapDocument.propertyName(m), key == "write" || key == "writeln"
      else { return }
      let object = HeapDocument.unwrap(m.object)
      let isDocument: Bool
      if let id = object as? Identifier {
        isDocument = id.name == "document" && host.scopes.isGlobal(id)
      } else if let inner = object as? MemberExpression, HeapDocument.propertyName(inner) == "document" {
        isDocument = true
      } else {
        isDocument = false
      }
      guard isDocument, !call.arguments.isEmpty else { return }
      var piece = Piece(start: call.span.start, sink: call, isHTML: true)
      for a in call.arguments { append(&piece, a, depth: 0) }
      pieces.append(piece)
    }

    /// Tag Manager variables (`{{Page URL}}`, `{{DLV - user id}}`) are filled in when the tag
    /// fires: holes.
    private func tagManagerVariables(_ piece: inout Piece) {
      var i = 0
      let code = piece.code
      while i + 3 < code.count {
        guard code[i] == 0x7B, code[i + 1] == 0x7B else { i += 1; continue }
        var j = i + 2
        while j + 1 < code.count, !(code[j] == 0x7D && code[j + 1] == 0x7D), code[j] != 0x0A { j += 1 }
        guard j + 1 < code.count, code[j] == 0x7D, code[j + 1] == 0x7D else { i += 2; continue }
        for k in i...(j + 1) { piece.code[k] = k == i ? 0x5F : 0x24 }
        piece.holes.append(Span(start: piece.offsets[i], end: piece.offsets[j + 1] + 1))
        i = j + 2
      }
    }

    // MARK: Building the code

    /// A string the page runs where it stands, outside any function of the host (no sink).
    mutating func addString(_ node: Node, isHTML: Bool) {
      var piece = Piece(start: node.span.start, isHTML: isHTML)
      append(&piece, node, depth: 0)
      pieces.append(piece)
    }

    private mutating func add(_ node: Node, rank: Int, at start: Int, sink: Node) {
      var piece = Piece(rank: rank, start: start, sink: sink)
      append(&piece, node, depth: 0)
      pieces.append(piece)
    }

    /// Appends the text an expression makes: literals decoded, constants followed, anything
    /// else as a hole.
    private func append(_ piece: inout Piece, _ node: Node, depth: Int) {
      let n = HeapDocument.unwrap(node)
      guard depth < 16 else { return hole(&piece, n.span) }
      switch n {
      case let lit as Literal:
        guard case .string = lit.value, lit.span.end - lit.span.start >= 2 else { return hole(&piece, n.span) }
        appendRaw(&piece, from: lit.span.start + 1, to: lit.span.end - 1, decodeEscapes: true)
      case let t as TemplateLiteral:
        for (i, q) in t.quasis.enumerated() {
          appendRaw(&piece, from: q.span.start, to: q.span.end, decodeEscapes: true)
          if i < t.expressions.count {
            // `${expr}`: the hole covers the braces too.
            let e = t.expressions[i].span
            let next = i + 1 < t.quasis.count ? t.quasis[i + 1].span.start : e.end + 1
            hole(&piece, Span(start: q.span.end, end: max(e.end, next)))
          }
        }
      case let b as BinaryExpression where b.operator == "+":
        append(&piece, b.left, depth: depth + 1)
        append(&piece, b.right, depth: depth + 1)
      case let id as Identifier:
        if let binding = host.scopes.binding(of: id), binding.isConstant, binding.path.isEmpty, let initializer = binding.initializer,
          isStringShaped(initializer)
        {
          append(&piece, initializer, depth: depth + 1)
        } else {
          hole(&piece, n.span)
        }
      case let tagged as TaggedTemplateExpression where Self.textTags.contains(HeapDocument.dottedName(tagged.tag) ?? ""):
        // stripIndents`...`, String.raw`...`: the same code, whitespace aside.
        append(&piece, tagged.quasi, depth: depth + 1)
      case let call as CallExpression where returnedExpression(of: call).map(isStringShaped) == true:
        // A function of this script that builds the string: `initHeapScript(appId)`; its
        // parameters are holes.
        append(&piece, returnedExpression(of: call)!, depth: depth + 1)
      case let call as CallExpression:
        // ['line 1', 'line 2'].join('\n')
        if let m = call.callee as? MemberExpression, HeapDocument.propertyName(m) == "join", let array = HeapDocument.unwrap(m.object) as? ArrayExpression {
          var separator: [UInt8] = Array(",".utf8)
          if let s = call.arguments.first {
            guard let lit = s as? Literal, case .string(let text) = lit.value else { return hole(&piece, n.span) }
            separator = Array(text.utf8)
          }
          for (i, element) in array.elements.enumerated() {
            guard let element else { continue }
            if i > 0 {
              for byte in separator {
                piece.code.append(byte)
                piece.offsets.append(fileOffset(element.span.start))
              }
            }
            append(&piece, element, depth: depth + 1)
          }
        } else {
          hole(&piece, n.span)
        }
      default:
        hole(&piece, n.span)
      }
    }

    /// Template tags that only change whitespace (or nothing) of the code they wrap.
    static let textTags: Set<String> = [
      "String.raw", "stripIndents", "stripIndent", "dedent", "outdent", "oneLine", "oneLineTrim", "html", "js", "javascript",
      "codeBlock", "source", "unindent",
    ]

    /// What a function of this script returns when called: the single `return` of a function
    /// declaration or of a constant bound to a function, or an arrow's expression body.
    func returnedExpression(of call: CallExpression) -> Node? {
      guard let id = HeapDocument.unwrap(call.callee) as? Identifier, let b = host.scopes.binding(of: id), b.isConstant, b.path.isEmpty,
        let f = b.initializer.map(HeapDocument.unwrap) as? FunctionNode
      else { return nil }
      guard let block = f.body as? BlockStatement else { return f.body }
      var returns: [ReturnStatement] = []
      func visit(_ n: Node) {
        if n is FunctionNode { return }
        if let r = n as? ReturnStatement { returns.append(r) }
        n.forEachChild(visit)
      }
      block.forEachChild(visit)
      guard returns.count == 1 else { return nil }
      return returns[0].argument
    }

    private func isStringShaped(_ node: Node) -> Bool {
      switch HeapDocument.unwrap(node) {
      case let lit as Literal:
        if case .string = lit.value { return true }
        return false
      case is TemplateLiteral: return true
      case let t as TaggedTemplateExpression: return Self.textTags.contains(HeapDocument.dottedName(t.tag) ?? "")
      case let b as BinaryExpression: return b.operator == "+"
      case let c as CallExpression:
        if let m = c.callee as? MemberExpression, HeapDocument.propertyName(m) == "join" { return true }
        return false
      default: return false
      }
    }

    /// A substitution: an identifier as long as the source it stands for (at least one byte),
    /// which parses wherever an expression or a string's content can stand.
    private func hole(_ piece: inout Piece, _ span: Span) {
      let length = max(1, span.end - span.start)
      let fileSpan = host.origin.fileSpan(span)
      for i in 0..<length {
        piece.code.append(i == 0 ? 0x5F : 0x24)  // `_$$$...`
        piece.offsets.append(min(fileSpan.start + i, max(fileSpan.start, fileSpan.end - 1)))
      }
      piece.holes.append(fileSpan)
    }

    /// Appends host code bytes `from..<to`, decoding JavaScript string escapes.
    private func appendRaw(_ piece: inout Piece, from: Int, to: Int, decodeEscapes: Bool) {
      let code = host.code
      var i = max(0, from)
      let end = min(to, code.count)
      while i < end {
        let b = code[i]
        guard decodeEscapes, b == 0x5C, i + 1 < end else {
          piece.code.append(b)
          piece.offsets.append(fileOffset(i))
          i += 1
          continue
        }
        let at = fileOffset(i)
        let c = code[i + 1]
        var decoded: [UInt8] = []
        var length = 2
        switch c {
        case UInt8(ascii: "n"): decoded = [0x0A]
        case UInt8(ascii: "t"): decoded = [0x09]
        case UInt8(ascii: "r"): decoded = [0x0D]
        case UInt8(ascii: "b"): decoded = [0x08]
        case UInt8(ascii: "f"): decoded = [0x0C]
        case UInt8(ascii: "v"): decoded = [0x0B]
        case UInt8(ascii: "0"): decoded = [0x00]
        case 0x0A: decoded = []  // line continuation
        case 0x0D: decoded = []; if i + 2 < end, code[i + 2] == 0x0A { length = 3 }
        case UInt8(ascii: "x"):
          if i + 3 < end, let v = hexValue(code[(i + 2)..<(i + 4)]) {
            decoded = utf8(v)
            length = 4
          } else {
            decoded = [c]
          }
        case UInt8(ascii: "u"):
          if i + 2 < end, code[i + 2] == UInt8(ascii: "{"), let close = code[(i + 3)..<end].firstIndex(of: UInt8(ascii: "}")),
            let v = hexValue(code[(i + 3)..<close])
          {
            decoded = utf8(v)
            length = close + 1 - i
          } else if i + 5 < end, let v = hexValue(code[(i + 2)..<(i + 6)]) {
            decoded = utf8(v)
            length = 6
          } else {
            decoded = [c]
          }
        default:
          decoded = [c]  // `\'`, `\"`, `\\`, `\/`, `\$`, `` \` ``; the rest of a multi-byte character follows as is
        }
        for byte in decoded {
          piece.code.append(byte)
          piece.offsets.append(at)
        }
        i += length
      }
    }

    private func hexValue(_ digits: ArraySlice<UInt8>) -> UInt32? {
      guard !digits.isEmpty, digits.count <= 6 else { return nil }
      var v: UInt32 = 0
      for d in digits {
        switch d {
        case 0x30...0x39: v = v * 16 + UInt32(d - 0x30)
        case 0x41...0x46: v = v * 16 + UInt32(d - 0x41 + 10)
        case 0x61...0x66: v = v * 16 + UInt32(d - 0x61 + 10)
        default: return nil
        }
      }
      return v
    }

    private func utf8(_ v: UInt32) -> [UInt8] {
      let scalar = Unicode.Scalar(v) ?? "\u{FFFD}"
      return Array(String(Character(scalar)).utf8)
    }

    private func fileOffset(_ codeOffset: Int) -> Int { host.origin.fileOffset(codeOffset) }

    // MARK: Helpers

    private func property(_ o: ObjectExpression, _ key: String) -> Node? {
      var found: Node?
      for p in o.properties {
        guard let prop = p as? Property, !prop.computed, ScopeAnalysis.staticKey(prop.key) == key else { continue }
        found = prop.value
      }
      return found
    }

    /// The text of a string attribute or literal (`type="module"`, `strategy={'lazyOnload'}`).
    private func staticText(_ node: Node) -> String? {
      var n = node
      if let c = n as? JSXExpressionContainer { n = c.expression }
      if let lit = n as? Literal, case .string(let s) = lit.value { return s }
      if let t = n as? TemplateLiteral, t.expressions.isEmpty { return t.quasis.first?.cooked }
      return nil
    }

    private func isJavaScriptType(_ type: String) -> Bool {
      var essence = type.lowercased()
      if let semicolon = essence.firstIndex(of: ";") { essence = String(essence[..<semicolon]) }
      essence = essence.trimmingBlanks
      return essence.isEmpty || essence == "module" || essence == "text/babel" || HTMLFrontEnd.javaScriptMIMETypes.contains(essence)
    }
  }
}

/// A Google Tag Manager container export (`GTM-XXXX_workspace.json`): the code of its Custom
/// HTML tags, each run on its own when its trigger fires.
enum TagManagerExport {
  /// Keys only a container export has.
  private static let markers = [Array("\"containerVersion\"".utf8), Array("\"exportFormatVersion\"".utf8)]

  /// The scripts of the export's Custom HTML tags; none for any other JSON file.
  static func scripts(_ bytes: [UInt8]) -> [AnalyzedScript] {
    let isExport = bytes.withUnsafeBufferPointer { b in markers.contains { Prefilter.contains(b, $0) } }
    guard isExport else { return [] }
    // JSON is a JavaScript expression; parenthesised, it parses as one.
    let code = [UInt8(ascii: "(")] + bytes + [UInt8(ascii: ")")]
    var builder = OriginMap.Builder()
    builder.append(fileOffset: 0)
    for i in 0..<bytes.count { builder.append(fileOffset: i) }
    builder.append(fileOffset: bytes.count)
    let origin = builder.finish(endFileOffset: bytes.count)
    let result = Parser.parse(code, options: ParseOptions(goal: .script, typescript: false))
    let host = AnalyzedScript(kind: .file, code: code, program: result.program, syntaxErrors: [], origin: origin)
    return StringScripts.extract(from: host, tagManager: true)
  }
}
