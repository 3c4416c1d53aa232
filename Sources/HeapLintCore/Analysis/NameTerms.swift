import JavaScriptSyntax

/// The names a value is known by: what a reader of the code would call it. `user.accountId`
/// -> "user.accountId"; `getSessionId()` -> "getSessionId"; `localStorage.getItem('anon_id')`
/// -> "anon_id"; a constant binding contributes the names of its initialiser too.
public struct NameTerm: Hashable, Sendable {
  /// The name as written.
  public var text: String
  /// Lower-cased words: camelCase, snake_case, kebab-case and dots split (`accountId` -> ["account", "id"]).
  public var words: [String]

  public init(_ text: String) {
    self.text = text
    self.words = NameTerm.split(text)
  }

  static func split(_ text: String) -> [String] {
    var words: [String] = []
    var current = ""
    var previous: Character?
    for ch in text {
      if ch.isLetter || ch.isNumber {
        let boundary = ch.isUppercase && (previous.map { $0.isLowercase || $0.isNumber } ?? false)
        if boundary && !current.isEmpty {
          words.append(current.lowercased())
          current = ""
        }
        current.append(ch)
      } else if !current.isEmpty {
        words.append(current.lowercased())
        current = ""
      }
      previous = ch
    }
    if !current.isEmpty { words.append(current.lowercased()) }
    return words
  }
}

extension HeapDocument {
  /// Names of the value of `node` (see `NameTerm`).
  public func nameTerms(of node: Node, script: Int) -> [NameTerm] {
    var out: [NameTerm] = []
    collectTerms(node, script: script, depth: 0, into: &out)
    return out
  }

  private func collectTerms(_ node: Node, script: Int, depth: Int, into out: inout [NameTerm]) {
    guard depth < 6 else { return }
    let scopes = scripts[script].scopes
    switch HeapDocument.unwrap(node) {
    case let id as Identifier:
      out.append(NameTerm(id.name))
      if let b = scopes.binding(of: id), b.isConstant, let initializer = b.initializer, !(initializer is FunctionNode) {
        if b.path.isEmpty {
          collectTerms(initializer, script: script, depth: depth + 1, into: &out)
        }
      }
    case let m as MemberExpression:
      guard let key = HeapDocument.propertyName(m) else { return }
      var object = HeapDocument.unwrap(m.object)
      // `visitorCookie.value` of a Vue ref or cookie, `form.elements.full_name.value` of a form
      // field: the names of the ref or the field.
      if key == "value", object is Identifier || object is MemberExpression {
        collectTerms(object, script: script, depth: depth + 1, into: &out)
        return
      }
      // Stimulus reads `data-*-value` attributes as `this.accountIdValue`: named `accountId`.
      if object is ThisExpression, key.hasSuffix("Value"), key.count > 5 {
        out.append(NameTerm(String(key.dropLast(5))))
        return
      }
      // A Vue ref or a signal is read through `.value`: `workspace.value.id` names `workspace.id`.
      if let inner = object as? MemberExpression, HeapDocument.propertyName(inner) == "value" { object = HeapDocument.unwrap(inner.object) }
      if let id = object as? Identifier {
        out.append(NameTerm("\(id.name).\(key)"))
      } else if let inner = object as? MemberExpression, let innerKey = HeapDocument.propertyName(inner) {
        out.append(NameTerm("\(innerKey).\(key)"))
      } else if let c = object as? CallExpression, let m = HeapDocument.unwrap(c.callee) as? MemberExpression, HeapDocument.propertyName(m) == "get",
        let lit = c.arguments.first as? Literal, case .string(let name) = lit.value
      {
        // `get(this, 'team').id`, `this.get('team').id`
        out.append(NameTerm("\(name).\(key)"))
      } else {
        out.append(NameTerm(key))
      }
    case let c as CallExpression:
      let callee = HeapDocument.unwrap(c.callee)
      // A conversion keeps the name: `String(team.id)`, `team.id.toString()` (as a wrapper's
      // parameter does), and `Number(account.tenantId)`.
      let inner = Self.unconverted(c, scopes: scripts[script].scopes)
      if inner !== c {
        collectTerms(inner, script: script, depth: depth + 1, into: &out)
        return
      }
      if let f = callee as? Identifier, f.name == "Number" || f.name == "parseInt", scripts[script].scopes.isGlobal(f),
        let first = c.arguments.first, !(first is SpreadElement)
      {
        collectTerms(first, script: script, depth: depth + 1, into: &out)
        return
      }
      if let m = callee as? MemberExpression, let key = HeapDocument.propertyName(m) {
        out.append(NameTerm(key))
        // `DeviceInfo.getUniqueId()`: what the id belongs to is in the object's name.
        if let object = HeapDocument.unwrap(m.object) as? Identifier { out.append(NameTerm(object.name + "." + key)) }
      } else if let id = callee as? Identifier, !Self.containerMakers.contains(id.name) {
        out.append(NameTerm(id.name))
      }
      // Storage and cookie getters are known by the key they read.
      if let first = c.arguments.first, let lit = first as? Literal, case .string(let key) = lit.value, c.arguments.count <= 2 {
        out.append(NameTerm(key))
      }
    case let t as TemplateLiteral:
      for e in t.expressions { collectTerms(e, script: script, depth: depth + 1, into: &out) }
      if t.expressions.isEmpty { out += holeTerms(t, script: script) }
    case let lit as Literal:
      out += holeTerms(lit, script: script)
    // An arm whose value is known is judged by that value, not by its name
    // (`email ?? ANALYTICS.GUEST_ID` with `GUEST_ID: 'guest'` is a blocklisted identity, not an
    // anonymous id).
    case let l as LogicalExpression:
      for arm in [l.left, l.right] where !isConstant(arm, script: script) { collectTerms(arm, script: script, depth: depth + 1, into: &out) }
    case let c as ConditionalExpression:
      for arm in [c.consequent, c.alternate] where !isConstant(arm, script: script) {
        collectTerms(arm, script: script, depth: depth + 1, into: &out)
      }
    case let a as AwaitExpression:
      collectTerms(a.argument, script: script, depth: depth + 1, into: &out)
    default:
      break
    }
  }

  /// Functions that make a reactive or state container: their name says nothing of what the
  /// container holds (Nuxt's `useState('userId')` is named by its binding and its key, not by
  /// "state").
  static let containerMakers: Set<String> = [
    "useState", "useRef", "useMemo", "useCallback", "useReducer", "useContext", "useSelector", "useStore", "ref", "shallowRef", "computed",
    "reactive", "signal", "writable", "readable", "derived", "atom", "observable",
  ]

  /// Whether every value the expression may have is a known constant.
  private func isConstant(_ node: Node, script: Int) -> Bool {
    let possibilities = value(of: node, script: script).possibilities
    return !possibilities.isEmpty && possibilities.allSatisfy { if case .constant = $0 { return true } else { return false } }
  }

  /// Names read inside the template output tags of a string literal: `'{{ session.sid }}'` ->
  /// `session.sid`, `'{{ $currentTeam->id }}'` -> `currentTeam.id`, `"<%= current_user.team.id %>"`
  /// -> `team.id`. The tag's language is not JavaScript; its last dotted name is what it prints.
  func holeTerms(_ node: Node, script: Int) -> [NameTerm] {
    let s = scripts[script]
    guard !s.holes.isEmpty, s.touchesHole(node.span) else { return [] }
    let span = s.origin.fileSpan(node.span)
    var out: [NameTerm] = []
    for hole in s.holes where hole.start < span.end && span.start < hole.end {
      let lower = max(0, min(hole.start, file.bytes.count)), upper = max(lower, min(hole.end, file.bytes.count))
      // Only names of ids and of plain attributes are taken from another language's tag
      // (`team.id`, Django's `team.pk`, `session.sid`, `team.name`, `user.role`): what else a
      // tag prints (a helper's result, a formatted value) is less certain.
      if let name = Self.printedName(Array(file.bytes[lower..<upper])), let last = NameTerm(name).words.last,
        Self.printedNameWords.contains(last)
      {
        out.append(NameTerm(name))
      }
    }
    return out
  }

  /// Last words of a template tag's printed name that say what it prints.
  static let printedNameWords: Set<String> = ["id", "pk", "sid", "uuid", "guid", "key", "token", "slug", "name", "role", "plan"]

  /// The last dotted name in a template tag's text, with PHP's `$` and `->` read as a dotted
  /// path and filters (`| length`) left out; the last two parts of it (`team.id`).
  static func printedName(_ bytes: [UInt8]) -> String? {
    var parts: [[String]] = []
    var current: [String] = []
    var word = ""
    var i = 0
    func endWord() {
      if !word.isEmpty { current.append(word) }
      word = ""
    }
    func endChain() {
      endWord()
      if !current.isEmpty { parts.append(current) }
      current = []
    }
    while i < bytes.count {
      let b = bytes[i]
      if b == UInt8(ascii: "|") { break }  // a filter follows
      if Prefilter.isIdentifierByte(b) && b != UInt8(ascii: "$") {
        word.append(Character(Unicode.Scalar(b)))
      } else if b == UInt8(ascii: "$") && word.isEmpty {
        // a PHP variable: `$currentTeam`
      } else if b == UInt8(ascii: ".") {
        endWord()
      } else if b == UInt8(ascii: "-") && i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: ">") {
        endWord()
        i += 1
      } else if b == UInt8(ascii: "(") && i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: ")") && !word.isEmpty {
        // A call without arguments stays in the chain: `session()->getId()`, `auth()->user()->id`.
        i += 1
      } else {
        endChain()
      }
      i += 1
    }
    endChain()
    // Skip the tag's own words (`php`, `echo`) and keywords; keep the last real chain.
    let skip: Set<String> = ["php", "echo", "print", "raw", "h", "escape", "json", "safe", "e"]
    guard let chain = parts.last(where: { !($0.count == 1 && skip.contains($0[0].lowercased())) && !($0.first?.first?.isNumber ?? true) }) else {
      return nil
    }
    return chain.suffix(2).joined(separator: ".")
  }

  /// The pieces a string is built from: the holes of a template literal and the operands of a
  /// `+` chain (one piece for anything else).
  public func compositeParts(of node: Node, script: Int) -> [Node] {
    var out: [Node] = []
    var stack = [HeapDocument.unwrap(node)]
    while let n = stack.popLast(), out.count < 16 {
      if let b = n as? BinaryExpression, b.operator == "+" {
        stack.append(HeapDocument.unwrap(b.right))
        stack.append(HeapDocument.unwrap(b.left))
      } else if let t = n as? TemplateLiteral, !t.expressions.isEmpty {
        for e in t.expressions.reversed() { stack.append(HeapDocument.unwrap(e)) }
      } else if !(n is Literal) {
        out.append(n)
      }
    }
    return out
  }

  /// True when the node is a read of the Heap global's property (`heap.userId`) or a call of
  /// its method (`heap.getUserId()`), returning the name.
  public func heapMember(_ node: Node, script: Int, depth: Int = 0) -> String? {
    // `String(heapUserId)`, `heap.userId.toString()`: the same id.
    let n = Self.unconverted(HeapDocument.unwrap(node), scopes: scripts[script].scopes)
    // `const heapId = heap.userId; heap.identify(heapId)`
    if let id = n as? Identifier, depth < 4, let b = scripts[script].scopes.binding(of: id), b.isConstant, b.path.isEmpty,
      b.kind == .const || b.kind == .let || b.kind == .var, let initializer = b.initializer
    {
      return heapMember(initializer, script: script, depth: depth + 1)
    }
    if let m = n as? MemberExpression, let key = HeapDocument.propertyName(m), isHeapReference(m.object, in: scripts[script], depth: 0) {
      return key
    }
    if let c = n as? CallExpression, let m = HeapDocument.unwrap(c.callee) as? MemberExpression, let key = HeapDocument.propertyName(m),
      isHeapReference(m.object, in: scripts[script], depth: 0)
    {
      return key + "()"
    }
    return nil
  }
}
