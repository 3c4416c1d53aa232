import JavaScriptSyntax

/// The kind of value an expression produces when its exact value is unknown but its type is
/// plain from how it is made: a comparison is a boolean, `.map(...)` an array, `new Date()` an
/// object. Heap stores only strings and numbers as property values, so these kinds are what
/// `user-property-value` reports beyond literals.
public enum ValueKind: String, Sendable {
  case boolean = "a boolean"
  case array = "an array"
  case object = "an object"
  case date = "a Date"
  case function = "a function"
}

extension HeapDocument {
  /// Methods whose result is a boolean whatever they are called on.
  static let booleanMethods: Set<String> = [
    "includes", "has", "some", "every", "hasAttribute", "startsWith", "endsWith", "test", "contains", "matches", "hasOwnProperty",
    "isArray", "isInteger", "isFinite", "isNaN", "isSafeInteger", "hasOwn", "isFrozen",
  ]
  /// Methods whose result is an array whatever they are called on (`split` of a string too).
  /// (`match` gives an array of the matches, or null.)
  static let arrayMethods: Set<String> = [
    "map", "filter", "flatMap", "flat", "split", "keys", "values", "entries", "sort", "reverse", "toSorted", "toReversed", "match",
  ]

  /// The kind of value an expression produces, when its shape decides it; nil when it may be a
  /// string or a number, or is unknown.
  public func valueKind(of node: Node, script: Int) -> ValueKind? {
    var budget = 16
    return valueKind(of: node, script: script, budget: &budget)
  }

  private func valueKind(of node: Node, script: Int, budget: inout Int) -> ValueKind? {
    budget -= 1
    guard budget > 0 else { return nil }
    let scopes = scripts[script].scopes
    switch Self.unwrap(node) {
    case let u as UnaryExpression:
      return u.operator == "!" ? .boolean : nil
    case let b as BinaryExpression:
      switch b.operator {
      case "==", "!=", "===", "!==", "<", ">", "<=", ">=", "in", "instanceof": return .boolean
      default: return nil
      }
    case let c as ConditionalExpression:
      let a = valueKind(of: c.consequent, script: script, budget: &budget)
      return a != nil && a == valueKind(of: c.alternate, script: script, budget: &budget) ? a : nil
    case let l as LogicalExpression:
      // `a && b` is `a` when falsy, `b` otherwise: both sides must agree.
      let a = valueKind(of: l.left, script: script, budget: &budget)
      return a != nil && a == valueKind(of: l.right, script: script, budget: &budget) ? a : nil
    case is ArrayExpression:
      return .array
    case is ObjectExpression:
      return .object
    case is FunctionNode:
      return .function
    case let n as NewExpression:
      guard let id = Self.unwrap(n.callee) as? Identifier else { return .object }
      if id.name == "Date" { return .date }
      if ["String", "Number"].contains(id.name) { return nil }
      return .object
    case let c as CallExpression:
      let callee = Self.unwrap(c.callee)
      if let id = callee as? Identifier, scopes.isGlobal(id) {
        switch id.name {
        case "Boolean", "isNaN", "isFinite": return .boolean
        case "Array": return .array
        default: return nil
        }
      }
      guard let m = callee as? MemberExpression, let name = Self.propertyName(m) else { return nil }
      if let object = Self.unwrap(m.object) as? Identifier, scopes.isGlobal(object) {
        switch (object.name, name) {
        case ("Object", "keys"), ("Object", "values"), ("Object", "entries"), ("Array", "from"), ("Array", "of"): return .array
        case ("Object", "assign"), ("Object", "fromEntries"), ("Object", "create"): return .object
        case ("JSON", _), ("Math", _), ("String", _), ("Number", "parseInt"), ("Number", "parseFloat"), ("Date", _): return nil
        default: break
        }
      }
      if Self.booleanMethods.contains(name) { return .boolean }
      // (`keys`/`values`/`entries` of a Map are iterators: not a string either.)
      if Self.arrayMethods.contains(name) { return .array }
      // `roles.concat(['x'])`: only an array's concat takes an array (a string's would join it in).
      if name == "concat", c.arguments.contains(where: { Self.unwrap($0) is ArrayExpression }) { return .array }
      return nil
    case let m as MemberExpression:
      // `user.createdAt` where `user: SessionUser` and the script declares `interface
      // SessionUser { createdAt: Date }` (or `type SessionUser = { ... }`).
      guard !m.computed, let key = Self.propertyName(m), let object = Self.unwrap(m.object) as? Identifier,
        let b = scopes.binding(of: object)
      else { return nil }
      let code = scripts[script].code
      guard let typeName = Self.annotatedTypeName(code, after: b.declaration.span.end),
        let member = Self.memberAnnotation(of: typeName, key: key, in: scripts[script])
      else { return nil }
      return Self.annotatedKind(code, after: member)
    case let id as Identifier:
      guard let b = scopes.binding(of: id) else { return nil }
      // TypeScript says what it holds: `(tags: string[])`, `let seen: Date`, `(user: User)` with
      // the script's own `interface User { ... }`.
      if let annotated = Self.annotatedKind(scripts[script].code, after: b.declaration.span.end) { return annotated }
      if let typeName = Self.annotatedTypeName(scripts[script].code, after: b.declaration.span.end),
        Self.typeDeclaration(typeName, in: scripts[script])?.isObject == true
      {
        return .object
      }
      switch b.kind {
      case .function: return .function
      case .const, .let, .var:
        guard b.isConstant, b.path.isEmpty, let initializer = b.initializer else { return nil }
        return valueKind(of: initializer, script: script, budget: &budget)
      default: return nil
      }
    default:
      return nil
    }
  }

  /// Whether the node is the own id (`.id`, `.uuid`) of an object whose TypeScript type (the
  /// script's own interface or type literal) also declares `key`: `account.id` with
  /// `account: Account` and `type Account = { id: string; email: string }`.
  public func isOwnID(_ node: Node, script: Int, ofTypeDeclaring key: String) -> Bool {
    guard let m = Self.unwrap(node) as? MemberExpression, let name = Self.propertyName(m), name == "id" || name == "uuid",
      let object = Self.unwrap(m.object) as? Identifier,
      let b = scripts[script].scopes.binding(of: object),
      let typeName = Self.annotatedTypeName(scripts[script].code, after: b.declaration.span.end)
    else { return false }
    return Self.memberAnnotation(of: typeName, key: key, in: scripts[script]) != nil
  }

  /// The type a declared name is annotated with when it is a named type (`user: SessionUser`).
  static func annotatedTypeName(_ code: [UInt8], after offset: Int) -> String? {
    var i = max(0, offset)
    let n = code.count
    func skipSpace() { while i < n, code[i] == 0x20 || code[i] == 0x09 { i += 1 } }
    skipSpace()
    if i < n, code[i] == UInt8(ascii: "?") { i += 1 }
    skipSpace()
    guard i + 1 < n, code[i] == UInt8(ascii: ":"), code[i + 1] != UInt8(ascii: ":") else { return nil }
    i += 1
    skipSpace()
    let start = i
    while i < n, Prefilter.isIdentifierByte(code[i]) { i += 1 }
    guard i > start, code[start] >= UInt8(ascii: "A"), code[start] <= UInt8(ascii: "Z") else { return nil }
    return String(decoding: code[start..<i], as: UTF8.self)
  }

  /// The script's own declaration of a named type: where its text continues after the name,
  /// where it ends, and whether it is an object type (an interface, or `type X = { ... }`).
  static func typeDeclaration(_ typeName: String, in script: AnalyzedScript) -> (body: Int, end: Int, isObject: Bool)? {
    let code = script.code
    let name = Array(typeName.utf8)
    for statement in script.program.body {
      let declaration = (statement as? ExportNamedDeclaration)?.declaration ?? statement
      guard let t = declaration as? TSTypeDeclaration, t.kind == "interface" || t.kind == "type" else { continue }
      var i = max(0, t.span.start)
      let end = min(t.span.end, code.count)
      // `interface Name` or `type Name =`, after `export`/`declare`.
      func word() -> ArraySlice<UInt8> {
        while i < end, HTMLRawTag.isBlank(code[i]) { i += 1 }
        let s = i
        while i < end, Prefilter.isIdentifierByte(code[i]) { i += 1 }
        return code[s..<i]
      }
      var w = word()
      while w.elementsEqual("export".utf8) || w.elementsEqual("declare".utf8) { w = word() }
      let isInterface = w.elementsEqual("interface".utf8)
      guard isInterface || w.elementsEqual("type".utf8), word().elementsEqual(name) else { continue }
      var k = i
      while k < end, HTMLRawTag.isBlank(code[k]) || code[k] == UInt8(ascii: "=") { k += 1 }
      return (i, end, isInterface || (k < end && code[k] == 0x7B))
    }
    return nil
  }

  /// Where the annotation of member `key` starts (just after its name) in the script's own
  /// `interface Name { ... }` or `type Name = { ... }`; nil when the script declares no such member.
  static func memberAnnotation(of typeName: String, key: String, in script: AnalyzedScript) -> Int? {
    let code = script.code
    let member = Array(key.utf8)
    guard let declaration = typeDeclaration(typeName, in: script) else { return nil }
    var i = declaration.body
    let end = declaration.end
    // The members at the first brace level.
    var depth = 0
    while i < end {
      let b = code[i]
      if b == 0x7B { depth += 1; i += 1; continue }
      if b == 0x7D { depth -= 1; i += 1; continue }
      if depth == 1, Prefilter.isIdentifierByte(b), i > 0, !Prefilter.isIdentifierByte(code[i - 1]) {
        let s = i
        while i < end, Prefilter.isIdentifierByte(code[i]) { i += 1 }
        if code[s..<i].elementsEqual(member) {
          var k = i
          while k < end, code[k] == 0x20 || code[k] == 0x09 { k += 1 }
          if k < end, code[k] == UInt8(ascii: ":") || code[k] == UInt8(ascii: "?") { return i }
        }
        continue
      }
      i += 1
    }
    return nil
  }

  /// The kind a TypeScript annotation right after a declared name gives it (`: string[]`,
  /// `: Array<T>`, `: Date`, `: boolean | undefined`); nil without one, or when it may be a
  /// string or a number. The parser skips types, so the annotation is read from the text.
  static func annotatedKind(_ code: [UInt8], after offset: Int) -> ValueKind? {
    var i = max(0, offset)
    let n = code.count
    func skipSpace() { while i < n, code[i] == 0x20 || code[i] == 0x09 { i += 1 } }
    func word() -> String {
      let start = i
      while i < n, Prefilter.isIdentifierByte(code[i]) || code[i] == 0x2E { i += 1 }
      return String(decoding: code[start..<i], as: UTF8.self)
    }
    skipSpace()
    if i < n, code[i] == UInt8(ascii: "?") { i += 1 }
    skipSpace()
    guard i + 1 < n, code[i] == UInt8(ascii: ":"), code[i + 1] != UInt8(ascii: ":") else { return nil }
    i += 1
    var kinds: [ValueKind] = []
    while true {
      skipSpace()
      var name = word()
      if name == "readonly" {
        skipSpace()
        name = word()
      }
      guard !name.isEmpty else { return nil }
      var kind: ValueKind?
      /// Nothing to say about the member unless it is a list of them (`string[]`, `Tag[]`).
      var unknown = false
      switch name {
      case "null", "undefined": kind = nil
      case "boolean", "true", "false": kind = .boolean
      case "Date": kind = .date
      case "Array", "ReadonlyArray": kind = .array
      default: unknown = true
      }
      if i < n, code[i] == UInt8(ascii: "<") {
        // `Array<string>`: skip the arguments.
        var depth = 0
        while i < n {
          if code[i] == UInt8(ascii: "<") { depth += 1 } else if code[i] == UInt8(ascii: ">") { depth -= 1 }
          i += 1
          if depth == 0 { break }
        }
      }
      while i + 1 < n, code[i] == UInt8(ascii: "["), code[i + 1] == UInt8(ascii: "]") {
        kind = .array
        i += 2
      }
      if unknown, kind == nil { return nil }
      if let kind { kinds.append(kind) }
      skipSpace()
      guard i < n, code[i] == UInt8(ascii: "|") else { break }
      i += 1
    }
    guard let first = kinds.first, kinds.allSatisfy({ $0 == first }) else { return nil }
    return first
  }
}

extension HeapDocument {
  /// The name, when the expression is a constant binding (an import, a `const`) that the script
  /// also calls: a function, though where it comes from is not read
  /// (`if (getCurrentUserId()) heap.identify(getCurrentUserId)`).
  public func calledFunctionName(_ node: Node, script: Int) -> String? {
    let scopes = scripts[script].scopes
    guard let id = Self.unwrap(node) as? Identifier, let b = scopes.binding(of: id), b.isConstant, b.path.isEmpty, b.kind != .parameter
    else { return nil }
    let called = scopes.calls.contains { call, _ in
      guard let c = call as? CallExpression, let callee = Self.unwrap(c.callee) as? Identifier else { return false }
      return scopes.binding(of: callee) === b
    }
    return called ? id.name : nil
  }
}
