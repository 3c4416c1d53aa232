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
      // `user.createdAt` where `user: SessionUser` and the interface says `createdAt: Date`.
      guard let key = Self.propertyName(m), let id = Self.unwrap(m.object) as? Identifier, let b = scopes.binding(of: id),
        let typeName = ObjectModel.typeName(scripts[script].code, after: b.declaration.span.end)
      else { return nil }
      return memberKind(ofType: typeName, key: key, script: script)
    case let id as Identifier:
      guard let b = scopes.binding(of: id) else { return nil }
      // TypeScript says what it holds: `(tags: string[])`, `let seen: Date`.
      if let annotated = Self.annotatedKind(scripts[script].code, after: b.declaration.span.end) { return annotated }
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

  /// The kind of `key` in an interface or object type alias declared at the top of the script
  /// (`interface SessionUser { createdAt: Date; isAdmin: boolean }`). The parser skips types, so
  /// the declaration's text is read: the members at the first level of its braces.
  func memberKind(ofType typeName: String, key: String, script: Int) -> ValueKind? {
    let code = scripts[script].code
    for statement in scripts[script].program.body {
      let node = (statement as? ExportNamedDeclaration)?.declaration ?? statement
      guard let t = node as? TSTypeDeclaration, t.kind == "interface" || t.kind == "type",
        let body = Self.typeBody(code, t.span, named: typeName)
      else { continue }
      guard let end = Self.memberEnd(code, body: body, key: key) else { return nil }
      return Self.annotatedKind(code, after: end)
    }
    return nil
  }

  /// The offset of the `{` that opens the body of `interface Name ...` or `type Name = {`,
  /// when the declaration in `span` declares `name`.
  static func typeBody(_ code: [UInt8], _ span: Span, named name: String) -> Int? {
    var i = max(0, span.start)
    let end = min(code.count, span.end)
    func skipSpace() { while i < end, code[i] == 0x20 || code[i] == 0x09 || code[i] == 0x0A || code[i] == 0x0D { i += 1 } }
    func word() -> String {
      let start = i
      while i < end, Prefilter.isIdentifierByte(code[i]) { i += 1 }
      return String(decoding: code[start..<i], as: UTF8.self)
    }
    var w = ""
    repeat {
      skipSpace()
      w = word()
    } while w == "export" || w == "declare"
    guard w == "interface" || w == "type" else { return nil }
    skipSpace()
    guard word() == name else { return nil }
    // Past type parameters and `extends` clauses, or `=`, to the body's brace.
    while i < end, code[i] != UInt8(ascii: "{") {
      if code[i] == UInt8(ascii: ";") { return nil }
      i += 1
    }
    return i < end ? i : nil
  }

  /// The offset right after the name of the member `key` at the first level of the body that
  /// opens at `body` (comments and strings skipped); nil when the body has no such member.
  static func memberEnd(_ code: [UInt8], body: Int, key: String) -> Int? {
    let keyBytes = Array(key.utf8)
    var i = body + 1
    var depth = 1
    var atMemberStart = true
    while i < code.count, depth > 0 {
      let c = code[i]
      if c == UInt8(ascii: "/"), i + 1 < code.count, code[i + 1] == UInt8(ascii: "/") {
        while i < code.count, code[i] != 0x0A { i += 1 }
        continue
      }
      if c == UInt8(ascii: "/"), i + 1 < code.count, code[i + 1] == UInt8(ascii: "*") {
        i += 2
        while i + 1 < code.count, !(code[i] == UInt8(ascii: "*") && code[i + 1] == UInt8(ascii: "/")) { i += 1 }
        i += 2
        continue
      }
      switch c {
      case UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "`"):
        i += 1
        while i < code.count, code[i] != c {
          if code[i] == UInt8(ascii: "\\") { i += 1 }
          i += 1
        }
        i += 1
        atMemberStart = false
        continue
      case UInt8(ascii: "{"), UInt8(ascii: "("), UInt8(ascii: "["):
        depth += 1
      case UInt8(ascii: "}"), UInt8(ascii: ")"), UInt8(ascii: "]"):
        depth -= 1
      case UInt8(ascii: ";"), UInt8(ascii: ","), 0x0A:
        if depth == 1 { atMemberStart = true }
      case 0x20, 0x09, 0x0D:
        break
      default:
        if depth == 1, atMemberStart, Prefilter.isIdentifierByte(c) {
          let start = i
          while i < code.count, Prefilter.isIdentifierByte(code[i]) { i += 1 }
          let word = Array(code[start..<i])
          if word == Array("readonly".utf8) { continue }
          if word == keyBytes { return i }
          atMemberStart = false
          continue
        }
        if depth == 1 { atMemberStart = false }
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
