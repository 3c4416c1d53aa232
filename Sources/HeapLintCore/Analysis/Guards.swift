import JavaScriptSyntax

/// Truthiness checks that guard where an identity or a property value is used, beside the evaluator's own narrowing of
/// constants: `if (visitorId) heap.identify(visitorId)`,
/// `id && heap.identify(id)`, `if (!email) return;` before `heap.identify(email)`. Inside such a
/// guard the name cannot hold `undefined`, `null`, `''`, `0` or `false`, whatever its source may
/// return elsewhere.
extension HeapDocument {
  /// The value without its falsy constants when a truthiness check on the same name guards the
  /// node. Only values that may be falsy constants are looked at, and only the nodes on the way
  /// from the script's root down to the node are visited (no walk of the whole script).
  public func narrowedByGuards(_ value: AbstractValue, node: Node, script: Int) -> AbstractValue {
    guard value.possibilities.contains(where: { if case .constant(let v, _) = $0 { return !v.truthy } else { return false } }) else { return value }
    let s = scripts[script]
    let target = Self.unwrap(node)
    guard target is Identifier || target is MemberExpression, let key = Self.guardKey(s.text(target)) else { return value }
    // A `const` cannot change between the check and a callback that runs later.
    var root = target
    while let m = root as? MemberExpression { root = Self.unwrap(m.object) }
    let fixed = (root as? Identifier).flatMap { s.scopes.binding(of: $0) }.map { $0.kind == .const && $0.path.isEmpty } ?? false
    guard isGuarded(key, node: target, script: s, acrossFunctions: fixed && target is Identifier) else { return value }
    let kept = value.possibilities.filter { if case .constant(let v, _) = $0 { return v.truthy } else { return true } }
    return AbstractValue(kept.isEmpty ? [.dynamic] : kept)
  }

  /// True when the call runs only if Heap exists: inside `if (window.heap) {...}`, `if (typeof
  /// heap !== 'undefined')`, on the right of `window.heap && ...`, or as `window.heap?.track()`.
  func checksHeapExists(around call: HeapCall) -> Bool {
    let s = scripts[call.script]
    if let callee = Self.unwrap(call.node.callee) as? MemberExpression, callee.optional, testsHeapExists(callee.object, s) { return true }
    let path = Self.ancestors(of: call.node, in: s.program)
    for (i, n) in path.enumerated() {
      let child: Node = i + 1 < path.count ? path[i + 1] : call.node
      if let f = n as? IfStatement, f.consequent === child, testsHeapExists(f.test, s) { return true }
      if let l = n as? LogicalExpression, l.operator == "&&", l.right === child, testsHeapExists(l.left, s) { return true }
      if let c = n as? ConditionalExpression, c.consequent === child, testsHeapExists(c.test, s) { return true }
    }
    return false
  }

  /// `window.heap`, `heap`, `typeof heap !== 'undefined'`, `!!window.heap`, and `&&` of them.
  private func testsHeapExists(_ test: Node, _ s: AnalyzedScript) -> Bool {
    let t = Self.unwrap(test)
    if let id = t as? Identifier { return id.name == "heap" && s.scopes.isGlobal(id) }
    if let m = t as? MemberExpression { return Self.propertyName(m) == "heap" && isGlobalObject(m.object, in: s, depth: 0) }
    if let l = t as? LogicalExpression, l.operator == "&&" { return testsHeapExists(l.left, s) || testsHeapExists(l.right, s) }
    if let u = t as? UnaryExpression, u.operator == "!", let inner = Self.unwrap(u.argument) as? UnaryExpression, inner.operator == "!" {
      return testsHeapExists(inner.argument, s)
    }
    if let b = t as? BinaryExpression, ["!==", "!="].contains(b.operator), let u = Self.unwrap(b.left) as? UnaryExpression, u.operator == "typeof",
      let lit = Self.unwrap(b.right) as? Literal, case .string("undefined") = lit.value
    {
      return testsHeapExists(u.argument, s)
    }
    return false
  }

  /// The nodes from the root down to (not including) `target`.
  static func ancestors(of target: Node, in root: Node) -> [Node] {
    var path: [Node] = []
    var current: Node? = root
    while let n = current, n !== target, path.count < 2_000 {
      path.append(n)
      var next: Node?
      n.forEachChild { c in
        if next == nil, c.span.start <= target.span.start, c.span.end >= target.span.end { next = c }
      }
      current = next
    }
    return current === target ? path : []
  }

  /// True when a check makes `key` truthy where the node is: inside the innermost function
  /// around the node (a guard outside it may no longer hold when the function runs), or
  /// anywhere above it for a `const`.
  private func isGuarded(_ key: String, node: Node, script s: AnalyzedScript, acrossFunctions: Bool) -> Bool {
    var path = Self.ancestors(of: node, in: s.program)
    if !acrossFunctions, let last = path.lastIndex(where: { $0 is FunctionNode }) { path = Array(path[(last + 1)...]) }
    for (i, n) in path.enumerated() {
      let child = i + 1 < path.count ? path[i + 1] : node
      switch n {
      case let f as IfStatement:
        if child === f.consequent, truthyNames(f.test, s).contains(key) { return true }
        if let a = f.alternate, child === a, falsyNames(f.test, s).contains(key) { return true }
      case let l as LogicalExpression where l.operator == "&&":
        if child === l.right, truthyNames(l.left, s).contains(key) { return true }
      case let l as LogicalExpression where l.operator == "||":
        if child === l.right, falsyNames(l.left, s).contains(key) { return true }
      case let c as ConditionalExpression:
        if child === c.consequent, truthyNames(c.test, s).contains(key) { return true }
        if child === c.alternate, falsyNames(c.test, s).contains(key) { return true }
      case let b as BlockStatement:
        if exitsEarly(unless: key, before: child, in: b.body, s) { return true }
      case let p as Program:
        if exitsEarly(unless: key, before: child, in: p.body, s) { return true }
      default:
        break
      }
    }
    return false
  }

  /// `if (!x) return;` (or `throw`, `continue`, `break`) among the statements before `child`.
  private func exitsEarly(unless key: String, before child: Node, in body: [Node], _ s: AnalyzedScript) -> Bool {
    for statement in body {
      if statement === child { return false }
      guard let f = statement as? IfStatement, f.alternate == nil, Self.exits(f.consequent), falsyNames(f.test, s).contains(key) else { continue }
      return true
    }
    return false
  }

  private static func exits(_ node: Node) -> Bool {
    switch node {
    case is ReturnStatement, is ThrowStatement, is ContinueStatement, is BreakStatement: return true
    case let b as BlockStatement: return b.body.last.map(exits) ?? false
    default: return false
    }
  }

  /// Names a test makes truthy when it passes: `x`, `x && y`, `x != null`, `Boolean(x)`.
  private func truthyNames(_ test: Node, _ s: AnalyzedScript) -> Set<String> {
    switch Self.unwrap(test) {
    case let l as LogicalExpression where l.operator == "&&":
      return truthyNames(l.left, s).union(truthyNames(l.right, s))
    case let b as BinaryExpression where ["!=", "!==", ">"].contains(b.operator):
      // `x != null`, `x !== undefined`, `x.length > 0`
      if b.operator == ">" { return [] }
      guard isNullish(b.right) || (b.operator == "!==" && isEmptyString(b.right)) else { return [] }
      return Self.guardKey(s.text(Self.unwrap(b.left))).map { [$0] } ?? []
    case let c as CallExpression:
      guard let id = c.callee as? Identifier, id.name == "Boolean", c.arguments.count == 1 else { return [] }
      return truthyNames(c.arguments[0], s)
    case let n where n is Identifier || n is MemberExpression:
      return Self.guardKey(s.text(n)).map { [$0] } ?? []
    default:
      return []
    }
  }

  /// Names a test makes truthy when it fails: `!x`, `!x || !y`, `x == null`.
  private func falsyNames(_ test: Node, _ s: AnalyzedScript) -> Set<String> {
    switch Self.unwrap(test) {
    case let u as UnaryExpression where u.operator == "!":
      return truthyNames(u.argument, s)
    case let l as LogicalExpression where l.operator == "||":
      return falsyNames(l.left, s).union(falsyNames(l.right, s))
    case let b as BinaryExpression where ["==", "==="].contains(b.operator):
      guard isNullish(b.right) || (b.operator == "===" && isEmptyString(b.right)) else { return [] }
      return Self.guardKey(s.text(Self.unwrap(b.left))).map { [$0] } ?? []
    default:
      return []
    }
  }

  private func isNullish(_ node: Node) -> Bool {
    if let lit = node as? Literal, case .null = lit.value { return true }
    return (node as? Identifier)?.name == "undefined"
  }

  private func isEmptyString(_ node: Node) -> Bool {
    if let lit = node as? Literal, case .string(let v) = lit.value { return v.isEmpty }
    return false
  }

  /// A name's text without spaces, optional-chaining marks and non-null assertions
  /// (`session?.user` and `session.user!` are `session.user`).
  static func guardKey(_ text: String) -> String? {
    var out = ""
    var chars = Array(text)
    while chars.first == "(" && chars.last == ")" { chars = Array(chars.dropFirst().dropLast()) }
    var i = 0
    while i < chars.count {
      let c = chars[i]
      if c == "?" && i + 1 < chars.count && chars[i + 1] == "." {
        i += 1
        continue
      }
      if c == "!" || c == " " || c == "\n" || c == "\t" {
        i += 1
        continue
      }
      out.append(c)
      i += 1
    }
    return out.isEmpty || out.count > 200 ? nil : out
  }
}
