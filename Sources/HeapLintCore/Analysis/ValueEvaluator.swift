import JavaScriptSyntax

/// Computes the abstract value of expressions: exact constants where the code fixes them,
/// "random" where they come from a random or time source, "dynamic" otherwise.
final class ValueEvaluator {
  unowned let document: HeapDocument
  private var inProgress = Set<ObjectIdentifier>()
  private var depth = 0
  /// Evaluations cut short so far (a cycle through `inProgress`, or the depth limit): a value
  /// worked out without one depends on nothing but the code.
  private var cuts = 0
  /// The deepest `depth` an evaluation under way has reached.
  private var deepest = 0
  /// The bindings and functions entered (put in `inProgress`) by the evaluation under way.
  private var entered: [ObjectIdentifier] = []

  init(document: HeapDocument) {
    self.document = document
  }

  func evaluate(_ node: Node, script: AnalyzedScript) -> AbstractValue {
    depth += 1
    defer {
      depth -= 1
      if depth == 0 { entered.removeAll(keepingCapacity: true) }
    }
    deepest = max(deepest, depth)
    guard depth < 64 else {
      cuts += 1
      return .dynamic
    }
    // An object literal is an object whatever its properties print (`{ handle: '<%= id %>' }`);
    // a choice between values (`id ? id + '.{{ shop.domain }}' : ''`, `{{ user.id }} || 'visitor'`)
    // may still give the constant arm: only the parts that touch the tag are per-request.
    if script.touchesHole(node.span) && !(node is TemplateLiteral) && !(node is BinaryExpression) && !(node is ObjectExpression)
      && !(node is ConditionalExpression) && !(node is LogicalExpression)
    {
      // `"<%= user ? user.id : 'visitor' %>"` may print a constant.
      return TemplateFallback.value(of: node, script: script, file: document.file.bytes) ?? .dynamic
    }

    switch node {
    case let lit as Literal:
      switch lit.value {
      // A build placeholder (`"%VITE_HEAP_ID%"`) is the deployment's value, not this text.
      case .string(let s): return BuildPlaceholder.matches(s) ? .dynamic : .constant(.string(s))
      case .number(let d): return .constant(.number(d), origin: script.text(lit))
      case .bigint(let digits): return .constant(.number(Double(digits) ?? .nan), origin: script.text(lit))
      case .boolean(let b): return .constant(.boolean(b), origin: script.text(lit))
      case .null: return .constant(.null, origin: "null")
      case .regex: return AbstractValue([.callable("a regular expression")])
      }

    case let t as TemplateLiteral:
      return evaluateTemplate(t, script: script)

    case let id as Identifier:
      return evaluateIdentifier(id, script: script)

    case let u as UnaryExpression:
      return evaluateUnary(u, script: script)

    case let b as BinaryExpression:
      return evaluateBinary(b, script: script)

    case let l as LogicalExpression:
      // `id && id + '@acme'`: the right side runs only when the left is truthy (`||`: falsy).
      let assumption = l.operator == "??" ? nil : (l.left, l.operator == "||")
      return evaluateLogical(
        l.operator, left: evaluate(l.left, script: script), right: { self.assuming(assumption) { self.evaluate(l.right, script: script) } })

    case let c as ConditionalExpression:
      // `uid ? uid + '@acme' : ''`: each arm runs with what the test says of its names.
      return assuming((c.test, false)) { evaluate(c.consequent, script: script) }
        .union(assuming((c.test, true)) { evaluate(c.alternate, script: script) })

    case let s as SequenceExpression:
      return s.expressions.last.map { evaluate($0, script: script) } ?? .dynamic

    case let a as AssignmentExpression:
      switch a.operator {
      case "=": return evaluate(a.right, script: script)
      case "||=", "??=", "&&=":
        let op = String(a.operator.dropLast())
        return evaluateLogical(op, left: evaluate(a.left, script: script), right: { self.evaluate(a.right, script: script) })
      default: return .dynamic
      }

    case let a as AwaitExpression:
      return evaluate(a.argument, script: script)

    case let c as ChainExpression:
      return evaluate(c.expression, script: script)

    case let a as ArrayExpression:
      var items = [JSValue]()
      for el in a.elements {
        guard let el else {
          items.append(.undefined)
          continue
        }
        // `[...crypto.getRandomValues(bytes)]`: a copy of random bytes is random.
        if let spread = el as? SpreadElement, a.elements.count == 1, let r = Self.randomPart(evaluate(spread.argument, script: script)) {
          return AbstractValue([r])
        }
        guard !(el is SpreadElement), let values = evaluate(el, script: script).constants, values.count == 1 else {
          return .dynamic
        }
        items.append(values[0])
      }
      return .constant(.array(items), origin: script.text(a))

    case let o as ObjectExpression:
      // An object that defines its own string conversion is not `[object Object]`.
      for p in o.properties {
        if p is SpreadElement { return .dynamic }
        if let prop = p as? Property, prop.computed || ["toString", "valueOf"].contains(ScopeAnalysis.staticKey(prop.key) ?? "") {
          return .dynamic
        }
      }
      // Spelled as written: a template tag in it shows as the tag, not as its filler.
      let written = script.touchesHole(o.span) ? document.file.text(script.origin.fileSpan(o.span)) : script.text(o)
      return .constant(.object, origin: written)

    case is FunctionNode:
      return AbstractValue([.callable("a function")])

    case is ClassNode:
      return AbstractValue([.callable("a class")])

    case let m as MemberExpression:
      return evaluateMember(m, script: script)

    case let c as CallExpression:
      return evaluateCall(c, script: script)

    case let n as NewExpression:
      if let id = n.callee as? Identifier, id.name == "Date", script.scopes.isGlobal(id), n.arguments.isEmpty {
        return AbstractValue([.random(source: "new Date()")])
      }
      return .dynamic

    default:
      return .dynamic
    }
  }

  // MARK: Names

  private func evaluateIdentifier(_ id: Identifier, script: AnalyzedScript) -> AbstractValue {
    guard let reference = script.scopes.reference(id) else { return .dynamic }
    guard let binding = reference.binding else {
      switch id.name {
      case "undefined": return .constant(.undefined, origin: "undefined")
      case "NaN": return .constant(.number(.nan), origin: "NaN")
      case "Infinity": return .constant(.number(.infinity), origin: "Infinity")
      default:
        // A constant another classic script of the page declares (`var GUEST = 'guest'`).
        // (Asked of every global a single-file script reads: the page check comes first.)
        guard document.scripts.count > 1, let index = document.scriptIndex(script), let (shared, other) = document.sharedBinding(of: id, script: index),
          shared.writes.isEmpty,
          shared.path.isEmpty, shared.kind == .var || shared.kind == .let || shared.kind == .const
        else { return .dynamic }
        return entering(shared) { initialValue(of: shared, script: document.scripts[other]) }
      }
    }
    switch binding.kind {
    case .function: return AbstractValue([.callable("a function")])
    case .class: return AbstractValue([.callable("a class")])
    case .import(let source, let name):
      return importedValue(source: source, name: name + "=")
    case .catchParameter: return .dynamic
    // A parameter is what the caller passed, unless the function writes it before the use
    // (`traits = { handle: id }; heap.identify(traits)`).
    case .parameter: if binding.writes.isEmpty || !binding.path.isEmpty { return .dynamic }
    case .var, .let, .const: break
    }
    // `const { SYSTEM_IDENTITY } = require('./ids')`: a constant of another module.
    if document.project != nil, let index = document.scriptIndex(script), let (source, name) = document.importedName(of: binding, script: index) {
      let imported = importedValue(source: source, name: name + "=")
      if imported.possibilities.contains(where: { $0 != .dynamic }) { return imported }
    }
    return entering(binding) { valueOfVariable(binding, at: reference, use: id, script: script) }
  }

  /// Evaluates `body` for a binding, unless the binding is being evaluated already (a cycle
  /// through its own initialiser or writes): then its value is unknown.
  private func entering(_ binding: Binding, _ body: () -> AbstractValue) -> AbstractValue {
    let key = ObjectIdentifier(binding)
    guard !inProgress.contains(key) else {
      cuts += 1
      return .dynamic
    }
    inProgress.insert(key)
    entered.append(key)
    defer { inProgress.remove(key) }
    return body()
  }

  /// A variable's value at one use: its initial value, then the writes before the use.
  private func valueOfVariable(_ binding: Binding, at reference: Reference, use id: Identifier, script: AnalyzedScript) -> AbstractValue {
    let initial = binding.kind == .parameter ? .dynamic : initialValue(of: binding, script: script)
    if binding.writes.isEmpty { return narrowed(initial, at: reference, binding: binding, use: id.span.start, script: script) }

    let useStart = id.span.start
    let crossesFunctions = reference.function !== binding.function || binding.writes.contains { $0.function !== reference.function }
    if crossesFunctions {
      // Written in another function: when it runs is unknown, so any written value may be seen.
      var result = AbstractValue.dynamic
      for w in binding.writes {
        result = result.union(w.value.map { evaluate($0, script: script) } ?? .dynamic)
      }
      return result
    }
    var result = initial
    for w in binding.writes where w.node.span.start < useStart && w.function === reference.function {
      let value = w.value.map { evaluate($0, script: script) } ?? .dynamic
      if let c = w.container, script.scopes.reference(reference, isInside: c) {
        result = value  // runs on every path to the use: it replaces what was there
      } else {
        result = result.union(value)
      }
    }
    return result
  }

  /// The `if`s without `else` of a statement list whose branch cannot complete normally
  /// (`if (!id) return;`), in order. Kept per list: a use deep in a bundle looked through every
  /// statement of every enclosing list, thousands at the top level, at each evaluation.
  private func earlyExits(in container: ObjectIdentifier, scopes: ScopeAnalysis) -> [IfStatement] {
    if let known = earlyExitCache[container] { return known }
    var found: [IfStatement] = []
    for s in scopes.containerStatements[container] ?? [] {
      if let i = s as? IfStatement, i.alternate == nil, !Self.canCompleteNormally(i.consequent) { found.append(i) }
    }
    earlyExitCache[container] = found
    return found
  }
  private var earlyExitCache = IdentityMap<[IfStatement]>()

  /// Tests known to hold (or, `negated`, to fail) where the expression under evaluation runs:
  /// the conditions of the `?:` arms and `&&`/`||` right sides around it.
  private var assumptions: [(test: Node, negated: Bool)] = []

  private func assuming(_ assumption: (Node, Bool)?, _ body: () -> AbstractValue) -> AbstractValue {
    guard let assumption else { return body() }
    assumptions.append(assumption)
    defer { assumptions.removeLast() }
    return body()
  }

  /// A constant's value where guards have ruled some of it out: inside `if (visitorId) { ... }`
  /// or after `if (!visitorId) return;`, `visitorId` is not `undefined`; after
  /// `if (id == null) return;` it is neither null nor undefined.
  private func narrowed(_ value: AbstractValue, at reference: Reference, binding: Binding, use: Int, script: AnalyzedScript) -> AbstractValue {
    guard value.possibilities.contains(where: { if case .constant(let v, _) = $0 { return !v.truthy } else { return false } }) else { return value }
    let scopes = script.scopes
    var truthy = false, present = false
    func apply(_ test: Node, negated: Bool) {
      let (t, p) = Self.implication(of: test, for: binding, negated: negated, scopes: scopes)
      truthy = truthy || t
      present = present || p
    }
    for (test, negated) in assumptions { apply(test, negated: negated) }
    var current = reference.container
    var steps = 0
    while let c = current, steps < 256 {
      steps += 1
      if let test = scopes.blockGuards[c] { apply(test, negated: false) }
      // `if (!id) return;` before the use: past it, the test was false.
      for i in earlyExits(in: c, scopes: scopes) where i.span.end <= use { apply(i.test, negated: true) }
      current = scopes.containerParents[c]
    }
    guard truthy || present else { return value }
    let kept = value.possibilities.filter { p in
      guard case .constant(let v, _) = p else { return true }
      if truthy { return v.truthy }
      return v != .undefined && v != .null
    }
    return kept.isEmpty ? .dynamic : AbstractValue(kept)
  }

  /// What a test being true (or false, when `negated`) says of a binding: (truthy, neither null
  /// nor undefined).
  static func implication(of test: Node, for binding: Binding, negated: Bool, scopes: ScopeAnalysis) -> (Bool, Bool) {
    let test = HeapDocument.unwrap(test)
    func names(_ n: Node) -> Bool {
      guard let id = HeapDocument.unwrap(n) as? Identifier else { return false }
      return scopes.binding(of: id) === binding
    }
    func isNullish(_ n: Node) -> Bool {
      if let lit = HeapDocument.unwrap(n) as? Literal, case .null = lit.value { return true }
      return (HeapDocument.unwrap(n) as? Identifier)?.name == "undefined"
    }
    switch test {
    case let id as Identifier:
      return names(id) && !negated ? (true, true) : (false, false)
    case let u as UnaryExpression where u.operator == "!":
      return implication(of: u.argument, for: binding, negated: !negated, scopes: scopes)
    case let l as LogicalExpression:
      // `a && b` true: both true. `a || b` false: both false.
      guard (l.operator == "&&" && !negated) || (l.operator == "||" && negated) else { return (false, false) }
      let a = implication(of: l.left, for: binding, negated: negated, scopes: scopes)
      let b = implication(of: l.right, for: binding, negated: negated, scopes: scopes)
      return (a.0 || b.0, a.1 || b.1)
    case let b as BinaryExpression:
      let mentions = (names(b.left) && isNullish(b.right)) || (names(b.right) && isNullish(b.left))
      guard mentions else { return (false, false) }
      switch (b.operator, negated) {
      case ("!=", false), ("!==", false), ("==", true), ("===", true): return (false, true)
      default: return (false, false)
      }
    default:
      return (false, false)
    }
  }

  /// An initial value worked out without a cut, with what it depended on: how deep below its
  /// start the evaluation went, and the bindings and functions it entered.
  private struct KnownValue {
    var value: AbstractValue
    var depthBelow: Int
    var entered: [ObjectIdentifier]
  }
  private var initialValues: [ObjectIdentifier: KnownValue] = [:]
  /// Off only in the test that checks remembering changes no value.
  var remembersInitialValues = true

  /// The value a variable starts with, worked out once where that gives what working it out
  /// again would: the evaluation that found it was not cut short, would not be cut by the depth
  /// limit here, and entered nothing that is in progress now. (A bundle's calls name the same
  /// few variables over and over: each use evaluated the variable's initialiser again.)
  private func initialValue(of binding: Binding, script: AnalyzedScript) -> AbstractValue {
    let key = ObjectIdentifier(binding)
    if remembersInitialValues, let known = initialValues[key], depth + known.depthBelow < 64, !known.entered.contains(where: { inProgress.contains($0) }) {
      entered += known.entered
      deepest = max(deepest, depth + known.depthBelow)
      return known.value
    }
    let (cutsBefore, enteredBefore, deepestBefore) = (cuts, entered.count, deepest)
    deepest = depth
    let value = computeInitialValue(of: binding, script: script)
    if cuts == cutsBefore {
      initialValues[key] = KnownValue(value: value, depthBelow: deepest - depth, entered: Array(entered[enteredBefore...]))
    }
    deepest = max(deepest, deepestBefore)
    return value
  }

  private func computeInitialValue(of binding: Binding, script: AnalyzedScript) -> AbstractValue {
    guard let initializer = binding.initializer else {
      return .constant(.undefined, origin: binding.name)
    }
    if binding.path.isEmpty { return relabel(evaluate(initializer, script: script), as: binding.name) }
    guard let object = resolveObject(initializer, path: binding.path, script: script) else {
      return .dynamic
    }
    return relabel(evaluate(object, script: script), as: binding.name)
  }

  /// Names a coerced constant after the variable it was read from, for messages.
  private func relabel(_ value: AbstractValue, as name: String) -> AbstractValue {
    AbstractValue(
      value.possibilities.map { p in
        if case .constant(let v, _) = p, v.isCoerced { return .constant(v, origin: name) }
        return p
      })
  }

  /// Follows a property path through object literals: `{ user: { id: 'x' } }` + ["user", "id"].
  private func resolveObject(_ node: Node, path: [String], script: AnalyzedScript) -> Node? {
    var current: Node = node
    for key in path {
      guard let object = literalObject(current, script: script), let value = propertyValue(object, key) else { return nil }
      current = value
    }
    return current
  }

  /// The object literal an expression denotes, through constant bindings.
  private func literalObject(_ node: Node, script: AnalyzedScript) -> ObjectExpression? {
    // One budget for the whole search, nested member chains included: a binding that refers to
    // itself (`const user = user.email;`) must end, not recurse until the stack runs out.
    var budget = 32
    return literalObject(node, script: script, budget: &budget)
  }

  private func literalObject(_ node: Node, script: AnalyzedScript, budget: inout Int) -> ObjectExpression? {
    var n = node
    while budget > 0 {
      budget -= 1
      if let o = n as? ObjectExpression { return o }
      if let call = n as? CallExpression, let frozen = WrapperAnalysis.objectFreeze(call) {
        n = frozen
        continue
      }
      // `cfg.account` where `cfg` is a constant object literal.
      if let m = n as? MemberExpression, let key = HeapDocument.propertyName(m),
        let outer = literalObject(HeapDocument.unwrap(m.object), script: script, budget: &budget), let value = propertyValue(outer, key)
      {
        n = HeapDocument.unwrap(value)
        continue
      }
      guard let id = n as? Identifier, let b = script.scopes.binding(of: id), b.isConstant, b.path.isEmpty,
        b.kind == .const || b.kind == .let || b.kind == .var, let initializer = b.initializer
      else { return nil }
      n = initializer
    }
    return nil
  }

  private func propertyValue(_ object: ObjectExpression, _ key: String) -> Node? {
    var found: Node?
    for p in object.properties {
      if p is SpreadElement { found = nil; continue }
      guard let prop = p as? Property, prop.kind == .`init`, !prop.method else { continue }
      if !prop.computed, ScopeAnalysis.staticKey(prop.key) == key { found = prop.value }
    }
    return found
  }

  // MARK: Operators

  private func evaluateTemplate(_ t: TemplateLiteral, script: AnalyzedScript) -> AbstractValue {
    // A template hole inside the text (`'{{ user.id }}'`) makes the whole string per-request.
    for q in t.quasis where script.touchesHole(q.span) { return .dynamic }
    // `` `%VITE_HEAP_ID%` ``: a build placeholder, as in a quoted string.
    if t.expressions.isEmpty, let only = t.quasis.first?.cooked, BuildPlaceholder.matches(only) { return .dynamic }
    var parts: [AbstractValue] = []
    for (i, q) in t.quasis.enumerated() {
      guard let cooked = q.cooked else { return .dynamic }
      parts.append(.constant(.string(cooked)))
      if i < t.expressions.count {
        parts.append(stringified(evaluate(t.expressions[i], script: script)))
      }
    }
    return parts.dropFirst().reduce(parts.first ?? .constant(.string(""))) { concat($0, $1) }
  }

  /// The value after ToString, keeping where coerced constants came from.
  private func stringified(_ value: AbstractValue) -> AbstractValue {
    AbstractValue(
      value.possibilities.map { p in
        switch p {
        case .constant(let v, let origin): return .constant(.string(v.stringValue), origin: v.isCoerced ? (origin ?? v.kindDescription) : origin)
        case .callable: return .dynamic
        default: return p
        }
      })
  }

  /// String concatenation of two stringified values.
  private func concat(_ a: AbstractValue, _ b: AbstractValue) -> AbstractValue {
    var out: [PossibleValue] = []
    for x in a.possibilities {
      for y in b.possibilities {
        switch (x, y) {
        case (.random(let s), _), (_, .random(let s)): out.append(.random(source: s))
        case (.constant(let l, let lo), .constant(let r, let ro)):
          out.append(.constant(.string(l.stringValue + r.stringValue), origin: lo ?? ro))
        default: out.append(.dynamic)
        }
      }
    }
    return AbstractValue(out)
  }

  private func evaluateUnary(_ u: UnaryExpression, script: AnalyzedScript) -> AbstractValue {
    if u.operator == "void" { return .constant(.undefined, origin: script.text(u)) }
    if u.operator == "delete" { return .dynamic }
    let arg = evaluate(u.argument, script: script)
    return AbstractValue(
      arg.possibilities.map { p in
        switch p {
        case .random(let s): return u.operator == "!" ? .dynamic : .random(source: s)
        case .constant(let v, _):
          switch u.operator {
          case "-": return .constant(.number(-v.numberValue), origin: script.text(u))
          case "+": return .constant(.number(v.numberValue), origin: script.text(u))
          case "!": return .constant(.boolean(!v.truthy), origin: script.text(u))
          case "typeof": return .constant(.string(Self.typeofString(v)), origin: nil)
          default: return .dynamic
          }
        default: return .dynamic
        }
      })
  }

  private static func typeofString(_ v: JSValue) -> String {
    switch v {
    case .undefined: return "undefined"
    case .null, .array, .object: return "object"
    case .boolean: return "boolean"
    case .number: return "number"
    case .string: return "string"
    }
  }

  private func evaluateBinary(_ b: BinaryExpression, script: AnalyzedScript) -> AbstractValue {
    let left = evaluate(b.left, script: script)
    let right = evaluate(b.right, script: script)
    var out: [PossibleValue] = []
    for x in left.possibilities {
      for y in right.possibilities {
        switch (x, y) {
        case (.random(let s), _), (_, .random(let s)):
          out.append(["+", "-", "*", "/", "%", "**", "|", "&", "^", "<<", ">>", ">>>"].contains(b.operator) ? .random(source: s) : .dynamic)
        case (.constant(let l, let lo), .constant(let r, let ro)):
          out.append(Self.binary(b.operator, l, r).map { .constant($0, origin: lo ?? ro) } ?? .dynamic)
        default:
          out.append(.dynamic)
        }
      }
    }
    return AbstractValue(out)
  }

  /// The result of a binary operator on two known values (the operators real identities use).
  static func binary(_ op: String, _ l: JSValue, _ r: JSValue) -> JSValue? {
    switch op {
    case "+":
      // ToPrimitive turns arrays and objects into strings; then a string on either side concatenates.
      let lp = l.primitive, rp = r.primitive
      if case .string = lp { return .string(lp.stringValue + rp.stringValue) }
      if case .string = rp { return .string(lp.stringValue + rp.stringValue) }
      return .number(lp.numberValue + rp.numberValue)
    case "-": return .number(l.numberValue - r.numberValue)
    case "*": return .number(l.numberValue * r.numberValue)
    case "/": return .number(l.numberValue / r.numberValue)
    case "===": return .boolean(l == r)
    case "!==": return .boolean(l != r)
    default: return nil
    }
  }

  private func evaluateLogical(_ op: String, left: AbstractValue, right: () -> AbstractValue) -> AbstractValue {
    var out: [PossibleValue] = []
    var needsRight = false
    for p in left.possibilities {
      switch p {
      case .constant(let v, _):
        switch op {
        case "||": if v.truthy { out.append(p) } else { needsRight = true }
        case "&&": if v.truthy { needsRight = true } else { out.append(p) }
        default: if v == .undefined || v == .null { needsRight = true } else { out.append(p) }
        }
      case .random, .callable:
        if op == "&&" { needsRight = true } else { out.append(p) }
      case .dynamic:
        out.append(.dynamic)
        needsRight = true
      }
    }
    if needsRight { out.append(contentsOf: right().possibilities) }
    return AbstractValue(out)
  }

  // MARK: Members and calls

  private func evaluateMember(_ m: MemberExpression, script: AnalyzedScript) -> AbstractValue {
    // An element of random bytes (`crypto.getRandomValues(new Uint32Array(1))[0]`) is random.
    if m.computed, let lit = m.property as? Literal, case .number = lit.value {
      let object = evaluate(m.object, script: script)
      if !object.possibilities.isEmpty, object.possibilities.allSatisfy({ if case .random = $0 { return true } else { return false } }) {
        return object
      }
    }
    guard let key = HeapDocument.propertyName(m) else { return .dynamic }
    if let object = literalObject(HeapDocument.unwrap(m.object), script: script) {
      if let value = propertyValue(object, key) { return evaluate(value, script: script) }
      // `Acme.emailFromLink` after `Acme.emailFromLink = function () { ... }`.
      guard let index = document.scriptIndex(script), let (members, s) = document.members(of: object, key: key, script: index) else { return .dynamic }
      return memberValue(members, script: s)
    }
    if let dotted = HeapDocument.dottedName(m), Self.timeProperties.contains(dotted), let root = Self.root(of: m), script.scopes.isGlobal(root) {
      return AbstractValue([.random(source: script.text(m))])
    }
    if let member = enumMember(m, key: key, script: script) { return member }
    // `IDENTITIES.KIOSK` imported from a constants module, `C.KIOSK` through `import * as C`,
    // `environment.heap.kioskId` a level deeper.
    var keys = [key]
    var root = HeapDocument.unwrap(m.object)
    while let inner = root as? MemberExpression, keys.count < 4, let innerKey = HeapDocument.propertyName(inner) {
      keys.insert(innerKey, at: 0)
      root = HeapDocument.unwrap(inner.object)
    }
    if let id = root as? Identifier, let b = script.scopes.binding(of: id), case .import(let source, let name) = b.kind {
      let path = keys.joined(separator: ".")
      return importedValue(source: source, name: name == "*" ? path + "=" : "\(name).\(path)=")
    }
    // `ids.SYSTEM_IDENTITY` with `const ids = require('./ids')`.
    if document.project != nil, let id = HeapDocument.unwrap(m.object) as? Identifier, let b = script.scopes.binding(of: id),
      let index = document.scriptIndex(script), let (source, name) = document.importedName(of: b, script: index)
    {
      let imported = importedValue(source: source, name: (name == "default" ? key : "\(name).\(key)") + "=")
      if imported.possibilities.contains(where: { $0 != .dynamic }) { return imported }
    }
    if let index = document.scriptIndex(script), let (members, s) = document.members(of: HeapDocument.unwrap(m.object), key: key, script: index) {
      return memberValue(members, script: s)
    }
    // `user.id.toString` or `account.getEmail` without the call: a function, not the string.
    if Self.isMethodName(key), !(m.object is ThisExpression) {
      return AbstractValue([.callable("a function (`\(script.text(m))` is not called)")])
    }
    let object = evaluate(m.object, script: script)
    if key == "length", let values = object.constants {
      return AbstractValue(
        values.map { v in
          if case .string(let s) = v { return .constant(.number(Double(s.utf16.count)), origin: script.text(m)) }
          if case .array(let a) = v { return .constant(.number(Double(a.count)), origin: script.text(m)) }
          return .dynamic
        })
    }
    if let values = object.constants, values.count == 1, case .array(let items) = values[0], let index = Int(key), index >= 0 {
      return .constant(index < items.count ? items[index] : .undefined, origin: script.text(m))
    }
    return .dynamic
  }

  /// The value of a property of a class or object literal: one value written once is known; a
  /// property written in several places may hold any of them at run time.
  private func memberValue(_ members: [ObjectModel.Member], script s: Int) -> AbstractValue {
    if members.count == 1, case .value(let v) = members[0] { return evaluate(v, script: document.scripts[s]) }
    if members.allSatisfy({ if case .method = $0 { return true } else { return false } }) { return AbstractValue([.callable("a function")]) }
    return .dynamic
  }

  /// An exported constant of another module of the project, by its index name (`X=`, `X.key=`).
  private func importedValue(source: String, name: String) -> AbstractValue {
    guard let project = document.project, let summary = project.lookup(source: source, from: document.path, name: name),
      let returns = summary.returns
    else { return .dynamic }
    return AbstractValue(returns)
  }

  /// Global properties that hold the time the page started (`performance.timeOrigin`).
  static let timeProperties: Set<String> = ["performance.timeOrigin", "window.performance.timeOrigin"]

  /// Methods of strings and numbers that an identity read without calling them leaves a
  /// function (`user.id.toString`).
  static let methodReferences: Set<String> = ["toString", "valueOf", "toLowerCase", "toUpperCase", "trim", "toFixed", "toISOString", "getTime"]

  /// Names that are methods by their form: the string and number methods above, and getter
  /// verbs (`getEmail`, `fetchUserId`; not `isAdmin`, a flag, nor `toAddress`, often data).
  static func isMethodName(_ key: String) -> Bool {
    if methodReferences.contains(key) { return true }
    for verb in ["get", "fetch", "compute"] where key.hasPrefix(verb) {
      let rest = key.dropFirst(verb.count)
      if let first = rest.first, first.isUppercase { return true }
    }
    return false
  }

  private static func root(of node: Node) -> Identifier? {
    var n = HeapDocument.unwrap(node)
    while let m = n as? MemberExpression { n = HeapDocument.unwrap(m.object) }
    return n as? Identifier
  }

  /// A member of a TypeScript enum: its initialiser, or its number when it has none.
  private func enumMember(_ m: MemberExpression, key: String, script: AnalyzedScript) -> AbstractValue? {
    guard let id = HeapDocument.unwrap(m.object) as? Identifier, let b = script.scopes.binding(of: id), let e = b.initializer as? TSEnumDeclaration else {
      return nil
    }
    return enumValue(e, key: key, script: script)
  }

  /// The value of an enum member.
  func enumValue(_ e: TSEnumDeclaration, key: String, script: AnalyzedScript) -> AbstractValue {
    var next: Double? = 0
    for member in e.members {
      let name = ScopeAnalysis.staticKey(member.id)
      var value: AbstractValue
      if let initializer = member.initializer {
        value = evaluate(initializer, script: script)
        if let c = value.constants, c.count == 1, case .number(let d) = c[0] { next = d + 1 } else { next = nil }
      } else if let n = next {
        value = .constant(.number(n), origin: "\(e.id.name).\(name ?? "")")
        next = n + 1
      } else {
        value = .dynamic
      }
      if name == key { return value }
    }
    return .dynamic
  }

  private func evaluateCall(_ c: CallExpression, script: AnalyzedScript) -> AbstractValue {
    if let source = RandomSources.generator(called: c, in: script, extra: document.options.extraRandomGenerators) {
      return AbstractValue([.random(source: source)])
    }
    // A function of this document or of the project: what it returns.
    if let index = document.scripts.firstIndex(where: { $0 === script }), let callee = document.resolveCallee(c, script: index) {
      let name = script.text(c.callee) + "()"
      switch callee {
      case .local(let f):
        return relabel(returnValue(of: f.node, script: document.scripts[f.script]), as: name)
      case .project(let summary):
        if let returns = summary.returns { return relabel(AbstractValue(returns), as: name) }
      }
    }
    let callee = HeapDocument.unwrap(c.callee)
    if let id = callee as? Identifier, script.scopes.isGlobal(id) {
      switch id.name {
      case "String" where c.arguments.count == 1:
        return stringified(evaluate(c.arguments[0], script: script))
      case "String" where c.arguments.isEmpty:
        return .constant(.string(""))
      case "btoa" where c.arguments.count == 1, "encodeURIComponent" where c.arguments.count == 1, "encodeURI" where c.arguments.count == 1:
        // An encoding of a random value (`btoa(String.fromCharCode(...bytes))`) is random.
        return Self.randomPart(evaluate(c.arguments[0], script: script)).map { AbstractValue([$0]) } ?? .dynamic
      case "Number", "parseInt", "parseFloat":
        return numeric(c.arguments.first.map { evaluate($0, script: script) } ?? AbstractValue.constant(.number(0), origin: "0"))
      default:
        return .dynamic
      }
    }
    if let member = callee as? MemberExpression, let name = HeapDocument.propertyName(member) {
      let receiver = evaluate(member.object, script: script)
      // Methods of a random value (`Math.random().toString(36).slice(2)`) stay random.
      if !receiver.possibilities.isEmpty, receiver.possibilities.allSatisfy({ if case .random = $0 { return true } else { return false } }) {
        return receiver
      }
      // `Math.floor(Math.random() * n)`, `Array.from(randomBytes, ...)`, `Buffer.from(bytes)`,
      // `String.fromCharCode(...bytes)`: made from a random value.
      if let object = member.object as? Identifier, ["Math", "Array", "Buffer", "String"].contains(object.name), script.scopes.isGlobal(object) {
        for a in c.arguments {
          let v = evaluate((a as? SpreadElement)?.argument ?? a, script: script)
          if let r = v.possibilities.first(where: { if case .random = $0 { return true } else { return false } }) {
            return AbstractValue([r])
          }
        }
        return .dynamic
      }
      switch name {
      case "toString" where c.arguments.isEmpty:
        return stringified(receiver)
      case "toLowerCase", "toUpperCase", "trim":
        guard let values = receiver.constants else { return .dynamic }
        return AbstractValue(
          values.map { v in
            let s = v.stringValue
            let r = name == "toLowerCase" ? s.lowercased() : name == "toUpperCase" ? s.uppercased() : s.trimmingWhitespace()
            return .constant(.string(r), origin: script.text(c))
          })
      default:
        return .dynamic
      }
    }
    return .dynamic
  }

  /// The values a function may return: its `return` arguments, and `undefined` when the end of
  /// its body can be reached or a `return` has no argument.
  func returnValue(of f: FunctionNode, script: AnalyzedScript) -> AbstractValue {
    let key = ObjectIdentifier(f)
    if let cached = returnCache[key] { return cached }
    guard !inProgress.contains(key) else {
      cuts += 1
      return .dynamic
    }
    inProgress.insert(key)
    entered.append(key)
    // What holds around the call says nothing of the function's own names (and the value is
    // kept for every call).
    let outer = assumptions
    assumptions = []
    defer {
      inProgress.remove(key)
      assumptions = outer
    }
    let value = computeReturnValue(of: f, script: script)
    returnCache[key] = value
    return value
  }

  /// The random possibility of a value made only of random ones.
  static func randomPart(_ value: AbstractValue) -> PossibleValue? {
    guard !value.possibilities.isEmpty, value.possibilities.allSatisfy({ if case .random = $0 { return true } else { return false } }) else { return nil }
    return value.possibilities[0]
  }

  /// Return values already computed, by function: call chains (`return a() + b()`) are
  /// evaluated once per function, not once per path.
  private var returnCache: [ObjectIdentifier: AbstractValue] = [:]

  private func computeReturnValue(of f: FunctionNode, script: AnalyzedScript) -> AbstractValue {
    if f.isGenerator { return .dynamic }
    guard let body = f.body as? BlockStatement else {
      return f.isAsync ? .dynamic : evaluate(f.body, script: script)
    }
    if f.isAsync { return .dynamic }  // a promise, not the value
    var result: [PossibleValue] = []
    var returns: [ReturnStatement] = []
    collectReturns(body, into: &returns)
    for r in returns {
      if let argument = r.argument {
        result += evaluate(argument, script: script).possibilities
      } else {
        result.append(.constant(.undefined, origin: nil))
      }
    }
    if Self.canCompleteNormally(body) { result.append(.constant(.undefined, origin: nil)) }
    return AbstractValue(result)
  }

  private func collectReturns(_ node: Node, into out: inout [ReturnStatement]) {
    if let r = node as? ReturnStatement { out.append(r) }
    if node is FunctionNode || node is ClassNode { return }
    node.forEachChild { collectReturns($0, into: &out) }
  }

  /// Whether control can run off the end of a statement (a conservative "yes" when unsure).
  static func canCompleteNormally(_ node: Node) -> Bool {
    switch node {
    case is ReturnStatement, is ThrowStatement: return false
    case let b as BlockStatement: return b.body.last.map(canCompleteNormally) ?? true
    case let i as IfStatement:
      guard let alternate = i.alternate else { return true }
      return canCompleteNormally(i.consequent) || canCompleteNormally(alternate)
    case let t as TryStatement:
      if let f = t.finalizer, !canCompleteNormally(f) { return false }
      return canCompleteNormally(t.block) || (t.handler.map { canCompleteNormally($0.body) } ?? false)
    case let s as SwitchStatement:
      // Without a default, or when the last case falls out, the switch completes.
      guard s.cases.contains(where: { $0.test == nil }), let last = s.cases.last?.consequent.last else { return true }
      if s.cases.contains(where: { c in c.consequent.contains { $0 is BreakStatement } }) { return true }
      return canCompleteNormally(last)
    default: return true
    }
  }

  private func numeric(_ value: AbstractValue) -> AbstractValue {
    AbstractValue(
      value.possibilities.map { p in
        if case .constant(let v, let o) = p { return .constant(.number(v.numberValue), origin: o) }
        if case .random = p { return p }
        return .dynamic
      })
  }
}

extension JSValue {
  /// ToPrimitive with the default hint, for the values we model.
  var primitive: JSValue {
    switch self {
    case .array, .object: return .string(stringValue)
    default: return self
    }
  }
}
