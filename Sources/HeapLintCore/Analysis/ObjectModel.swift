import JavaScriptSyntax

/// What objects of a script hold: the properties of classes (fields, `this.x = ...` in methods,
/// getters, constructor parameter properties) and of object literals, and what `this` denotes
/// in each method. Real apps keep Heap and their analytics services in such properties
/// (`this.heap = window.heap`, `private analytics: AnalyticsService`), so the analysis reads
/// through them the way it reads through variables.
final class ObjectModel {
  /// One value a property may hold.
  enum Member {
    /// An expression assigned to it (a field initialiser, `this.k = v`, an object literal value).
    case value(Node)
    /// A getter: the property holds what the function returns.
    case getter(FunctionNode)
    /// A method: the property is the function.
    case method(FunctionNode)
    /// A constructor parameter property or a typed parameter stored in it: an instance of the
    /// class named by the annotation.
    case instance(typeName: String)
    /// An Ember service injected by name (`@service heap`, `heap: service()`,
    /// `@service('analytics') tracker`).
    case service(String)
  }

  /// The owner of `this` in each `ThisExpression`: a class (instance side), a class body (static
  /// side) or an object literal. Held unretained: the scripts of the document that owns this model keep every node alive,
  /// and a bundle has tens of thousands of `this`, whose retains and releases cost more than the
  /// rest of the model.
  private var thisOwners: [ObjectIdentifier: Unmanaged<Node>] = [:]

  /// The owner of a `this` (see `thisOwners`), if it has one.
  func thisOwner(_ t: ThisExpression) -> Node? { thisOwners[ObjectIdentifier(t)]?.takeUnretainedValue() }

  /// Properties by owner, then by name.
  private(set) var properties: [ObjectIdentifier: [String: [Member]]] = [:]

  /// `app.config.globalProperties.$heap = v` and `Vue.prototype.$heap = v`, as ("$heap", v).
  private(set) var globalProperties: [(String, Node)] = []

  /// `value` expressions of `<Context.Provider value={...}>` (and React 19's `<Context value>`),
  /// by the context's name.
  private(set) var providerValues: [String: Node] = [:]

  private let code: [UInt8]
  private let scopes: ScopeAnalysis
  /// `AnalyzedScript.markupWrites`.
  private let markupWrites: Set<String>
  /// Alpine components' objects (`Alpine.data('form', () => ({ email: '' }))`): markup in other
  /// files binds their fields to inputs (`x-model="email"`), so a field's initial value says
  /// nothing of what `this.email` holds when a method runs.
  private var markupBound = Set<ObjectIdentifier>()
  private var depth = 0

  init(script: AnalyzedScript) {
    code = script.code
    scopes = script.scopes
    markupWrites = script.markupWrites
    for s in script.program.body { walk(s, owner: nil) }
  }

  /// Ember's classic computed property (`_heap: computed(function () { return window.heap })`,
  /// `computed('session', function () {...})`): the property reads as the function's result.
  private static func computedGetter(_ value: Node) -> FunctionNode? {
    guard let c = value as? CallExpression, let id = HeapDocument.unwrap(c.callee) as? Identifier, id.name == "computed",
      let f = c.arguments.last.map(HeapDocument.unwrap) as? FunctionNode
    else { return nil }
    return f
  }

  /// The object of an Alpine component or store: `Alpine.data(name, () => ({...}))`, a function
  /// returning one, or `Alpine.store(name, {...})`.
  private static func alpineComponent(_ c: CallExpression) -> ObjectExpression? {
    guard c.arguments.count >= 2, let m = HeapDocument.unwrap(c.callee) as? MemberExpression, let owner = m.object as? Identifier, owner.name == "Alpine",
      let key = HeapDocument.propertyName(m), key == "data" || key == "store"
    else { return nil }
    let value = HeapDocument.unwrap(c.arguments[1])
    if let o = value as? ObjectExpression { return o }
    return (value as? FunctionNode).flatMap(returnedObject)
  }

  /// The object literal a function returns as its last statement, or as an arrow's body.
  private static func returnedObject(_ f: FunctionNode) -> ObjectExpression? {
    if let o = HeapDocument.unwrap(f.body) as? ObjectExpression { return o }
    guard let body = f.body as? BlockStatement, let r = body.body.last as? ReturnStatement else { return nil }
    return r.argument.map(HeapDocument.unwrap) as? ObjectExpression
  }

  /// The object literal a namespace is made of: a name never reassigned, bound to an object
  /// literal (`var Acme = {}`) or to one that stands in for an object made elsewhere
  /// (`var Acme = window.Acme || {}`). Properties written on the name are its members.
  static func namespaceObject(_ name: Identifier, scopes: ScopeAnalysis) -> ObjectExpression? {
    guard let b = scopes.binding(of: name), b.isConstant, b.path.isEmpty, b.kind == .var || b.kind == .let || b.kind == .const,
      let initializer = b.initializer
    else { return nil }
    return defaultedObject(initializer)
  }

  /// An object literal, or `x || {}` / `x ?? {}`: the literal.
  static func defaultedObject(_ node: Node) -> ObjectExpression? {
    let n = HeapDocument.unwrap(node)
    if let o = n as? ObjectExpression { return o }
    guard let l = n as? LogicalExpression, l.operator == "||" || l.operator == "??" else { return nil }
    return HeapDocument.unwrap(l.right) as? ObjectExpression
  }

  /// The members recorded for `key` on an owner (class, class body or object literal).
  func members(of owner: Node, _ key: String) -> [Member] {
    properties[ObjectIdentifier(owner)]?[key] ?? []
  }

  private func add(_ member: Member, owner: Node, key: String) {
    properties[ObjectIdentifier(owner), default: [:]][key, default: []].append(member)
  }

  private func walk(_ node: Node, owner: Node?) {
    depth += 1
    defer { depth -= 1 }
    guard depth < 1_500 else { return }
    switch node {
    // The commonest nodes first: each case is a dynamic cast, tried in order.
    case is Identifier, is Literal:
      break  // no children
    case is MemberExpression, is BinaryExpression, is LogicalExpression:
      node.forEachChild { walk($0, owner: owner) }
    case let t as ThisExpression:
      if let owner { thisOwners[ObjectIdentifier(t)] = Unmanaged.passUnretained(owner) }
    case let c as ClassNode:
      for d in c.decorators { walk(d, owner: owner) }
      if let s = c.superClass { walk(s, owner: owner) }
      walkClass(c)
    case let o as ObjectExpression:
      walkObject(o, owner: owner)
    case let f as ArrowFunctionExpression:
      // Arrows keep the `this` of where they are written.
      f.forEachChild { walk($0, owner: owner) }
    case let f as FunctionDeclaration:
      // A function declaration that uses `this` is a constructor (`function Tracker() {
      // this.heap = window.heap }`): its instances are what `this` denotes, in it and in the
      // methods assigned to its prototype.
      f.forEachChild { walk($0, owner: f) }
    case let f as FunctionNode:
      // A plain function's `this` depends on how it is called: unknown.
      f.forEachChild { walk($0, owner: nil) }
    case let j as JSXOpeningElement:
      var name: String?
      if let m = j.name as? JSXMemberExpression, m.property.name == "Provider", let o = m.object as? JSXIdentifier { name = o.name }
      if let id = j.name as? JSXIdentifier { name = id.name }
      if let name {
        for case let a as JSXAttribute in j.attributes {
          if (a.name as? JSXIdentifier)?.name == "value", let c = a.value as? JSXExpressionContainer { providerValues[name] = c.expression }
        }
      }
      j.forEachChild { walk($0, owner: owner) }
    case let a as AssignmentExpression:
      if a.operator == "=", let owner, let m = HeapDocument.unwrap(a.left) as? MemberExpression, HeapDocument.unwrap(m.object) is ThisExpression,
        let key = HeapDocument.propertyName(m)
      {
        add(.value(a.right), owner: owner, key: key)
      }
      if a.operator == "=", let m = HeapDocument.unwrap(a.left) as? MemberExpression, let key = HeapDocument.propertyName(m), key.hasPrefix("$"),
        let holder = HeapDocument.unwrap(m.object) as? MemberExpression, let holderKey = HeapDocument.propertyName(holder),
        holderKey == "globalProperties" || holderKey == "prototype"
      {
        globalProperties.append((key, a.right))
      }
      // `Analytics.instance = new Analytics()`: a static property of a local class.
      if a.operator == "=", let m = HeapDocument.unwrap(a.left) as? MemberExpression, let key = HeapDocument.propertyName(m),
        let cls = HeapDocument.unwrap(m.object) as? Identifier, let b = scopes.binding(of: cls), b.kind == .class, let c = b.initializer as? ClassNode
      {
        add(.value(a.right), owner: c.body, key: key)
      }
      // `Tracker.prototype.login = function (user) { ... }`
      if a.operator == "=", let m = HeapDocument.unwrap(a.left) as? MemberExpression, let key = HeapDocument.propertyName(m),
        let proto = HeapDocument.unwrap(m.object) as? MemberExpression, HeapDocument.propertyName(proto) == "prototype",
        let cls = HeapDocument.unwrap(proto.object) as? Identifier, let b = scopes.binding(of: cls), let ctor = b.initializer as? FunctionDeclaration,
        let f = HeapDocument.unwrap(a.right) as? FunctionNode, !(f is ArrowFunctionExpression)
      {
        add(.method(f), owner: ctor, key: key)
        walk(a.left, owner: owner)
        f.forEachChild { walk($0, owner: ctor) }
        return
      }
      // `Acme.identifyLead = function (lead) { ... }`: a property written on a namespace object.
      if a.operator == "=", let m = HeapDocument.unwrap(a.left) as? MemberExpression, let key = HeapDocument.propertyName(m),
        let name = HeapDocument.unwrap(m.object) as? Identifier, let object = Self.namespaceObject(name, scopes: scopes)
      {
        if let f = HeapDocument.unwrap(a.right) as? FunctionNode, !(f is ArrowFunctionExpression) {
          add(.method(f), owner: object, key: key)
          walk(a.left, owner: owner)
          f.forEachChild { walk($0, owner: object) }
          return
        }
        add(.value(a.right), owner: object, key: key)
      }
      a.forEachChild { walk($0, owner: owner) }
    case let c as CallExpression:
      // Ember's `set(this, 'key', value)`
      if let owner, let id = HeapDocument.unwrap(c.callee) as? Identifier, id.name == "set", c.arguments.count == 3,
        HeapDocument.unwrap(c.arguments[0]) is ThisExpression, let lit = c.arguments[1] as? Literal, case .string(let key) = lit.value
      {
        add(.value(c.arguments[2]), owner: owner, key: key)
      }
      if let o = Self.alpineComponent(c) { markupBound.insert(ObjectIdentifier(o)) }
      c.forEachChild { walk($0, owner: owner) }
    default:
      node.forEachChild { walk($0, owner: owner) }
    }
  }

  private func walkClass(_ c: ClassNode) {
    let instance: Node = c
    let statics: Node = c.body
    for member in c.body.body {
      switch member {
      case let m as MethodDefinition:
        let side = m.isStatic ? statics : instance
        for d in m.decorators { walk(d, owner: nil) }
        if let key = m.computed ? nil : ScopeAnalysis.staticKey(m.key) {
          switch m.kind {
          case .get: add(.getter(m.value), owner: side, key: key)
          case .method: add(.method(m.value), owner: side, key: key)
          case .constructor: recordParameterProperties(m.value, owner: instance)
          case .set: break
          }
        }
        m.value.forEachChild { walk($0, owner: side) }
      case let p as PropertyDefinition:
        let side = p.isStatic ? statics : instance
        if !p.computed, let key = ScopeAnalysis.staticKey(p.key) ?? (p.key as? PrivateIdentifier).map({ "#" + $0.name }) {
          if let v = p.value {
            add(.value(v), owner: side, key: key)
          } else if let name = Self.injectedService(p.decorators, key: key) {
            add(.service(name), owner: side, key: key)
          }
        }
        if let v = p.value { walk(v, owner: side) }
      case let s as StaticBlock:
        for st in s.body { walk(st, owner: statics) }
      default:
        member.forEachChild { walk($0, owner: instance) }
      }
    }
  }

  /// Vue's options API and Pinia's options stores: the methods (`methods`, `actions`,
  /// `computed`, `getters`, `watch`) see what `data()`/`state()` returns on `this`.
  private func shareData(of o: ObjectExpression) {
    var data: ObjectExpression?
    var methods: [ObjectExpression] = []
    for case let prop as Property in o.properties where !prop.computed {
      guard let key = ScopeAnalysis.staticKey(prop.key) else { continue }
      let value = HeapDocument.unwrap(prop.value)
      if key == "data" || key == "state", let f = value as? FunctionNode, let e = Self.returnedObject(f) {
        data = e
      }
      if ["methods", "actions", "computed", "getters", "watch"].contains(key), let m = value as? ObjectExpression { methods.append(m) }
    }
    guard let data, !methods.isEmpty, let fields = properties[ObjectIdentifier(data)] else { return }
    for m in methods {
      // A field the template writes (`v-model="email"`) holds the user's input, not its initial value.
      for (key, members) in fields where properties[ObjectIdentifier(m)]?[key] == nil && !markupWrites.contains(key) {
        for member in members { add(member, owner: m, key: key) }
      }
    }
  }

  private func walkObject(_ o: ObjectExpression, owner: Node?) {
    defer { shareData(of: o) }
    for p in o.properties {
      guard let prop = p as? Property else {
        walk(p, owner: owner)
        continue
      }
      if prop.computed { walk(prop.key, owner: owner) }
      let key = prop.computed ? nil : ScopeAnalysis.staticKey(prop.key)
      let value = HeapDocument.unwrap(prop.value)
      if let f = value as? FunctionNode, !(f is ArrowFunctionExpression) {
        if let key {
          switch prop.kind {
          case .get: add(.getter(f), owner: o, key: key)
          case .set: break
          case .`init`: add(.method(f), owner: o, key: key)
          }
        }
        f.forEachChild { walk($0, owner: o) }
      } else {
        if let key {
          if let f = value as? FunctionNode {
            add(.method(f), owner: o, key: key)
          } else if let f = Self.computedGetter(value) {
            add(.getter(f), owner: o, key: key)
          } else if !markupBound.contains(ObjectIdentifier(o)) {
            add(.value(prop.value), owner: o, key: key)
          }
        }
        walk(prop.value, owner: owner)
      }
    }
  }

  /// The service an Ember decorator injects: `@service heap` (the field's name),
  /// `@service('analytics/heap') tracker`, `@inject` alike.
  static func injectedService(_ decorators: [Decorator], key: String) -> String? {
    for d in decorators {
      let e = HeapDocument.unwrap(d.expression)
      if let id = e as? Identifier, id.name == "service" || id.name == "inject" { return key }
      if let c = e as? CallExpression, let id = c.callee as? Identifier, id.name == "service" || id.name == "inject" {
        if let lit = c.arguments.first as? Literal, case .string(let name) = lit.value { return name }
        if c.arguments.isEmpty { return key }
      }
    }
    return nil
  }

  /// `constructor(private analytics: AnalyticsService)`: TypeScript makes `analytics` a property
  /// holding the injected instance. The parser skips types, so the modifier and the annotation
  /// are read from the text around the parameter name.
  private func recordParameterProperties(_ f: FunctionNode, owner: Node) {
    for p in f.params {
      let id = (p as? Identifier) ?? ((p as? AssignmentPattern)?.left as? Identifier)
      guard let id, hasParameterModifier(before: id.span.start), let type = typeName(after: id.span.end) else { continue }
      add(.instance(typeName: type), owner: owner, key: id.name)
    }
  }

  /// True when `public`, `private`, `protected` or `readonly` stands right before the offset.
  private func hasParameterModifier(before offset: Int) -> Bool {
    var end = min(offset, code.count)
    while end > 0, Self.isSpace(code[end - 1]) { end -= 1 }
    var start = end
    while start > 0, Prefilter.isIdentifierByte(code[start - 1]) { start -= 1 }
    let word = String(decoding: code[start..<end], as: UTF8.self)
    return ["public", "private", "protected", "readonly", "override"].contains(word)
  }

  /// The type name in `: TypeName` after the offset (`: AnalyticsService`), if any.
  func typeName(after offset: Int) -> String? { Self.typeName(code, after: offset) }

  /// The type name in `: TypeName` after the offset in `code`, if any.
  static func typeName(_ code: [UInt8], after offset: Int) -> String? {
    var i = max(0, offset)
    func skipSpace() { while i < code.count, Self.isSpace(code[i]) { i += 1 } }
    skipSpace()
    if i < code.count, code[i] == UInt8(ascii: "?") { i += 1 }
    skipSpace()
    guard i < code.count, code[i] == UInt8(ascii: ":") else { return nil }
    i += 1
    skipSpace()
    let start = i
    while i < code.count, Prefilter.isIdentifierByte(code[i]) { i += 1 }
    guard i > start else { return nil }
    return String(decoding: code[start..<i], as: UTF8.self)
  }

  private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
}

/// An object an expression denotes, when the analysis knows which one.
enum ObjectRef {
  /// A class (its instances), a class body (the class itself, for static members) or an object
  /// literal of this document, with the script it is in.
  case local(owner: Node, script: Int)
  /// A module's export: `name` of `source`, an instance of it when `instance`.
  case imported(source: String, name: String, instance: Bool)
}

extension HeapDocument {
  /// The module specifier, relative to this document, of the Ember service `name`
  /// (`app/services/<name>.js`, names dasherized: `currentUser` -> `current-user`).
  func emberServiceSource(_ name: String) -> String? {
    var dashed = ""
    for ch in name {
      if ch.isUppercase {
        if !dashed.isEmpty { dashed.append("-") }
        dashed += ch.lowercased()
      } else {
        dashed.append(ch)
      }
    }
    let directories = path.split(separator: "/").dropLast()
    guard let app = directories.lastIndex(where: { $0 == "app" || $0 == "addon" }) else { return nil }
    let up = directories.count - app - 1
    return (up == 0 ? "./" : String(repeating: "../", count: up)) + "services/" + dashed
  }
}

extension HeapDocument {
  /// The object model of a script, built on first use.
  func objectModel(_ script: Int) -> ObjectModel {
    if let m = objectModels[script] { return m }
    let m = ObjectModel(script: scripts[script])
    objectModels[script] = m
    return m
  }

  /// A property read: `object.key`, Ember's `get(object, 'key')` and `this.get('key')`.
  func memberAccess(_ node: Node) -> (object: Node, key: String)? {
    let node = Self.unwrap(node)
    if let m = node as? MemberExpression, let key = Self.propertyName(m) { return (Self.unwrap(m.object), key) }
    guard let call = node as? CallExpression else { return nil }
    let callee = Self.unwrap(call.callee)
    if let id = callee as? Identifier, id.name == "get", call.arguments.count == 2, let lit = call.arguments[1] as? Literal, case .string(let key) = lit.value,
      !key.contains(".")
    {
      return (Self.unwrap(call.arguments[0]), key)
    }
    if let m = callee as? MemberExpression, Self.propertyName(m) == "get", Self.unwrap(m.object) is ThisExpression, call.arguments.count == 1,
      let lit = call.arguments[0] as? Literal, case .string(let key) = lit.value, !key.contains(".")
    {
      return (Self.unwrap(m.object), key)
    }
    return nil
  }

  /// The members a property read may see, when its object is a local class or object literal.
  func members(of object: Node, key: String, script: Int, depth: Int = 0) -> (members: [ObjectModel.Member], script: Int)? {
    guard case .local(let owner, let s)? = objectRef(object, script: script, depth: depth) else { return nil }
    let found = objectModel(s).members(of: owner, key)
    return found.isEmpty ? nil : (found, s)
  }

  /// The object an expression denotes: `this` in a method, a constant bound to an object
  /// literal, `new Class()`, an injected service, a property holding one of those.
  func objectRef(_ node: Node, script: Int, depth: Int = 0) -> ObjectRef? {
    guard depth < 8 else { return nil }
    let scopes = scripts[script].scopes
    switch Self.unwrap(node) {
    case let t as ThisExpression:
      return objectModel(script).thisOwner(t).map { .local(owner: $0, script: script) }
    case let o as ObjectExpression:
      return .local(owner: o, script: script)
    case let l as LogicalExpression:
      // `var Acme = window.Acme || {}`: the namespace this script fills in.
      return ObjectModel.defaultedObject(l).map { .local(owner: $0, script: script) }
    case let id as Identifier:
      guard let b = scopes.binding(of: id) else { return nil }
      switch b.kind {
      case .class:
        return (b.initializer as? ClassNode).map { .local(owner: $0.body, script: script) }
      case .import(let source, let name):
        return .imported(source: source, name: name, instance: false)
      case .parameter:
        guard let type = objectModel(script).typeName(after: b.declaration.span.end) else { return nil }
        return instance(ofClassNamed: type, script: script)
      case .const, .let, .var:
        guard b.isConstant, let initializer = b.initializer else { return nil }
        guard !b.path.isEmpty else { return objectRef(initializer, script: script, depth: depth + 1) }
        // `const { analytics } = useStores()`: a property of the object the initializer denotes.
        guard b.path.count <= 2, !b.path.contains("\u{0}"), requireChain(initializer, scopes: scopes) == nil,
          var ref = objectRef(initializer, script: script, depth: depth + 1)
        else { return nil }
        for key in b.path {
          guard let next = propertyRef(ref, key: key, depth: depth + 1) else { return nil }
          ref = next
        }
        return ref
      default:
        return nil
      }
    case let n as NewExpression:
      return instance(of: n.callee, script: script)
    case let c as CallExpression:
      let callee = Self.unwrap(c.callee)
      // Angular's `inject(Service)`, and `Object.freeze(obj)`.
      if let id = callee as? Identifier, id.name == "inject", c.arguments.count == 1, c.arguments[0] is Identifier {
        return instance(of: c.arguments[0], script: script)
      }
      if let m = callee as? MemberExpression, Self.propertyName(m) == "freeze", let o = Self.unwrap(m.object) as? Identifier, o.name == "Object",
        c.arguments.count == 1
      {
        return objectRef(c.arguments[0], script: script, depth: depth + 1)
      }
      if let found = hookObject(c, script: script, depth: depth) { return found }
      fallthrough
    default:
      guard let (object, key) = memberAccess(node), let ref = objectRef(object, script: script, depth: depth + 1) else { return nil }
      return propertyRef(ref, key: key, depth: depth + 1)
    }
  }

  /// The object a property of a known object holds: a member of a local class or object
  /// literal, or, for an object of another module, the property's export name
  /// (`this.root.analytics` in a store whose `root: RootStore` is imported: `RootStore#analytics`).
  func propertyRef(_ ref: ObjectRef, key: String, depth: Int) -> ObjectRef? {
    guard depth < 8 else { return nil }
    switch ref {
    case .imported(let source, let name, let instance):
      return .imported(source: source, name: name == "*" ? key : name + (instance ? "#" : ".") + key, instance: false)
    case .local(let owner, let s):
      // `static instance = null` until `Analytics.instance = new Analytics()`: the placeholder
      // holds nothing to call.
      let members = objectModel(s).members(of: owner, key).filter { member in
        guard case .value(let v) = member else { return true }
        if let lit = Self.unwrap(v) as? Literal, case .null = lit.value { return false }
        return (Self.unwrap(v) as? Identifier)?.name != "undefined"
      }
      guard members.count == 1 else { return nil }
      return memberRef(members[0], key: key, script: s, depth: depth)
    }
  }

  /// The object one recorded member of a property holds.
  func memberRef(_ member: ObjectModel.Member, key: String, script s: Int, depth: Int) -> ObjectRef? {
    switch member {
      case .value(let v):
        // Ember's classic `heap: service()` inside `Component.extend({...})`
        if let c = Self.unwrap(v) as? CallExpression, let id = Self.unwrap(c.callee) as? Identifier, id.name == "service" || id.name == "inject",
          c.arguments.isEmpty || (c.arguments.count == 1 && c.arguments[0] is Literal)
        {
          var name = key
          if let lit = c.arguments.first as? Literal, case .string(let n) = lit.value { name = n }
          return emberServiceSource(name).map { .imported(source: $0, name: "default", instance: true) }
        }
        return objectRef(v, script: s, depth: depth + 1)
      case .service(let name): return emberServiceSource(name).map { .imported(source: $0, name: "default", instance: true) }
      case .instance(let type): return instance(ofClassNamed: type, script: s)
      case .getter(let f):
        guard let body = f.body as? BlockStatement, let r = body.body.last as? ReturnStatement, let arg = r.argument else {
          return f.body is BlockStatement ? nil : objectRef(f.body, script: s, depth: depth + 1)
        }
        return objectRef(arg, script: s, depth: depth + 1)
      case .method: return nil
    }
  }

  /// The object a call returns: a custom hook or factory of this document
  /// (`useAnalytics()` returning `{ identify, track }`), React's `useContext(Context)` (the
  /// provider's value), `useMemo(() => ({ ... }))`, or an imported function's result.
  private func hookObject(_ c: CallExpression, script: Int, depth: Int) -> ObjectRef? {
    let scopes = scripts[script].scopes
    var callee = Self.unwrap(c.callee)
    // `Analytics.getInstance()`, `registry.tracker()`: what a method of a known object returns.
    if let m = callee as? MemberExpression, let key = Self.propertyName(m), case .local(let owner, let s)? = objectRef(m.object, script: script, depth: depth + 1)
    {
      for case .method(let f) in objectModel(s).members(of: owner, key) {
        if let r = returnedExpression(of: f) { return objectRef(r, script: s, depth: depth + 1) }
      }
      return nil
    }
    // `React.useContext(...)`, `React.useMemo(...)`
    if let m = callee as? MemberExpression, let o = Self.unwrap(m.object) as? Identifier, o.name == "React", let p = m.property as? Identifier, !m.computed {
      callee = p
    }
    guard let id = callee as? Identifier else { return nil }
    switch id.name {
    case "useContext" where c.arguments.count == 1:
      guard let context = Self.unwrap(c.arguments[0]) as? Identifier else { return nil }
      if let value = objectModel(script).providerValues[context.name] { return objectRef(value, script: script, depth: depth + 1) }
      // No provider here: the default value given to createContext.
      if let b = scopes.binding(of: context), let created = b.initializer.map(Self.unwrap) as? CallExpression, let first = created.arguments.first {
        return objectRef(first, script: script, depth: depth + 1)
      }
      return nil
    case "useMemo", "computed", "reactive", "readonly", "markRaw":
      guard !c.arguments.isEmpty else { return nil }
      if let f = Self.unwrap(c.arguments[0]) as? FunctionNode {
        return returnedExpression(of: f).flatMap { objectRef($0, script: script, depth: depth + 1) }
      }
      return id.name == "useMemo" ? nil : objectRef(c.arguments[0], script: script, depth: depth + 1)
    default:
      break
    }
    guard let b = scopes.binding(of: id) else {
      // Nuxt's auto-imported composables: `const { identify } = useHeap()` with no import.
      guard scopes.isGlobal(id), let source = project?.autoImportSource(id.name) else { return nil }
      return .imported(source: source, name: id.name + "()", instance: false)
    }
    switch b.kind {
    case .function:
      return (b.initializer as? FunctionNode).flatMap(returnedExpression).flatMap { objectRef($0, script: script, depth: depth + 1) }
    case .const, .let, .var:
      guard b.isConstant, b.path.isEmpty, let f = b.initializer.map(Self.unwrap) as? FunctionNode else { return nil }
      return returnedExpression(of: f).flatMap { objectRef($0, script: script, depth: depth + 1) }
    case .import(let source, let name):
      return .imported(source: source, name: name + "()", instance: false)
    default:
      return nil
    }
  }

  /// The function an expression denotes: a function expression, a name bound to one, React's
  /// `useCallback(fn, deps)`.
  func functionValue(_ node: Node, script: Int, depth: Int = 0) -> FunctionNode? {
    guard depth < 6 else { return nil }
    switch Self.unwrap(node) {
    case let f as FunctionNode:
      return f
    case let id as Identifier:
      guard let b = scripts[script].scopes.binding(of: id) else { return nil }
      if b.kind == .function { return b.initializer as? FunctionNode }
      guard b.kind == .const || b.kind == .let || b.kind == .var, b.isConstant, b.path.isEmpty, let i = b.initializer else { return nil }
      return functionValue(i, script: script, depth: depth + 1)
    case let c as CallExpression:
      guard let id = Self.unwrap(c.callee) as? Identifier, id.name == "useCallback", let first = c.arguments.first else { return nil }
      return functionValue(first, script: script, depth: depth + 1)
    default:
      return nil
    }
  }

  /// The one expression a function returns (its concise body, or its single `return` with a
  /// value, the last statement of its body).
  func returnedExpression(of f: FunctionNode) -> Node? {
    guard let body = f.body as? BlockStatement else { return f.body }
    return (body.body.last as? ReturnStatement)?.argument
  }

  /// An instance of the class an expression names (a local class or an imported one).
  private func instance(of classNode: Node, script: Int) -> ObjectRef? {
    guard let id = Self.unwrap(classNode) as? Identifier, let b = scripts[script].scopes.binding(of: id) else { return nil }
    return instance(of: b, script: script)
  }

  private func instance(of b: Binding, script: Int) -> ObjectRef? {
    switch b.kind {
    case .class: return (b.initializer as? ClassNode).map { .local(owner: $0, script: script) }
    case .import(let source, let name): return .imported(source: source, name: name, instance: true)
    case .const, .let, .var:
      // `const Tracker = require('./tracker')`, `const { Tracker } = require('./tracker')`
      guard b.isConstant, let initializer = b.initializer else { return nil }
      if let c = Self.unwrap(initializer) as? ClassNode, b.path.isEmpty { return .local(owner: c, script: script) }
      guard let (module, chain) = requireChain(initializer, scopes: scripts[script].scopes) else { return nil }
      let names = chain + b.path
      return .imported(source: module, name: names.isEmpty ? "default" : names.joined(separator: "."), instance: true)
    default: return nil
    }
  }

  /// An instance of the class a type annotation names, looked up among the script's top-level
  /// classes and imports.
  func instance(ofClassNamed name: String, script: Int) -> ObjectRef? {
    guard let b = scripts[script].scopes.bindings.first(where: { $0.name == name && $0.function == nil }) else {
      // `import type { RootStore } from './RootStore'` names a class only for annotations
      // (`constructor(private root: RootStore)`): no binding, but the instance is of that class.
      for case let imp as ImportDeclaration in scripts[script].program.body where imp.typeOnly {
        guard case .string(let source) = imp.source.value else { continue }
        for case let spec as ImportSpecifier in imp.specifiers where spec.local.name == name {
          return .imported(source: source, name: ScopeAnalysis.staticKey(spec.imported) ?? name, instance: true)
        }
      }
      return nil
    }
    return instance(of: b, script: script)
  }
}

// MARK: App-wide provisions

extension HeapDocument {
  /// What this document makes available to the whole app, by provision key: Vue's
  /// `app.config.globalProperties.$heap = ...` (key `$heap`), `app.provide(HeapKey, heap)` and
  /// `provide('heap', heap)` (keys `inject:HeapKey`, `inject:'heap'`), a Nuxt plugin's
  /// `provide: { heap }` (key `$heap`). A provided Heap is recorded as such; a provided object
  /// of wrappers as one summary per method (`$heap.identify`).
  public var provisions: [String: FunctionSummary] {
    if let cached = provisionCache { return cached }
    var out: [String: FunctionSummary] = [:]
    // `provide(key, value)`, Nuxt's `{ provide: { heap } }`, `globalProperties.$heap = ...`,
    // `Vue.prototype.$heap = ...` (a compiler saying "provideHover" needs none of it).
    let needles = ["provide(", "provide:", "provide :", "globalProperties", "prototype.$", "prototype['$", "prototype[\"$", "createContext", "InjectionToken"]
      .map { Array($0.utf8) }
    for (i, script) in scripts.enumerated() {
      guard needles.contains(where: { script.code.contains(subsequence: $0) }) else { continue }
      for (key, value) in provided(in: i) { record(key, value, script: i, into: &out) }
    }
    provisionCache = out
    return out
  }

  private func record(_ key: String, _ value: Node, script: Int, into out: inout [String: FunctionSummary]) {
    if isHeapReference(value, in: scripts[script], depth: 0) {
      out[key] = FunctionSummary(name: key, wraps: [], returns: nil, isHeap: true)
      return
    }
    guard case .local(let owner, let s)? = objectRef(value, script: script) else { return }
    for (name, members) in objectModel(s).properties[ObjectIdentifier(owner)] ?? [:] {
      for case .method(let f) in members {
        let wraps = self.wraps(of: wrappers.names[ObjectIdentifier(f)] ?? LocalFunction(node: f, script: s, name: "\(key).\(name)"))
        if !wraps.isEmpty { out["\(key).\(name)"] = FunctionSummary(name: "\(key).\(name)", wraps: wraps, returns: nil) }
      }
    }
  }

  /// The (key, value) pairs a script provides.
  private func provided(in script: Int) -> [(String, Node)] {
    var out: [(String, Node)] = []
    for (node, _) in scripts[script].scopes.calls {
      guard let call = node as? CallExpression else { continue }
      switch Self.calleeName(call) {
      case "provide" where call.arguments.count == 2:
        let key = Self.unwrap(call.arguments[0])
        if let lit = key as? Literal, case .string(let k) = lit.value {
          out.append(("inject:'" + k + "'", call.arguments[1]))
          out.append(("$" + k, call.arguments[1]))  // Nuxt's nuxtApp.provide('heap', ...) is $heap
        } else if let id = key as? Identifier {
          out.append(("inject:" + id.name, call.arguments[1]))
        }
      case "defineNuxtPlugin":
        // `defineNuxtPlugin(() => ({ provide: { heap } }))`
        guard let arg = call.arguments.last, let f = Self.unwrap(arg) as? FunctionNode ?? (objectLiteral(arg, script: script)?.properties.compactMap({
          ($0 as? Property).flatMap { ScopeAnalysis.staticKey($0.key) == "setup" ? Self.unwrap($0.value) as? FunctionNode : nil }
        }).first)
        else { continue }
        var returns: [Node] = []
        collectReturnArguments(f.body, into: &returns)
        if let e = f.body as? ObjectExpression { returns.append(e) }
        for r in returns {
          guard let o = objectLiteral(r, script: script), let p = property(o, "provide"), let provided = objectLiteral(p, script: script) else { continue }
          for case let prop as Property in provided.properties where !prop.computed {
            if let k = ScopeAnalysis.staticKey(prop.key) { out.append(("$" + k, prop.value)) }
          }
        }
      default:
        break
      }
    }
    // `app.config.globalProperties.$heap = ...`, `Vue.prototype.$heap = ...`: only the object
    // model sees them, and it is built only where the code names them (a compiler that says
    // "provide" a thousand times does not need it).
    let code = scripts[script].code
    if ["globalProperties", "prototype.$", "prototype['$", "prototype[\"$"].contains(where: { code.contains(subsequence: Array($0.utf8)) }) {
      out += objectModel(script).globalProperties
    }
    // Each of these walks the whole script: only where its JSX or Angular words are written (a
    // bundle's compiled React says `createContext` but has no `<X.Provider value=`).
    if code.contains(subsequence: Array("createContext".utf8)), code.contains(subsequence: Array("Provider value=".utf8)) {
      out += contextValues(in: script)
    }
    if code.contains(subsequence: Array("InjectionToken".utf8)) || code.contains(subsequence: Array("useValue".utf8))
      || code.contains(subsequence: Array("useFactory".utf8))
    {
      out += angularTokens(in: script)
    }
    return out
  }

  /// What Angular injects for a token: `new InjectionToken('heap', { factory: () => window.heap })`
  /// and a provider `{ provide: HEAP, useValue: window.heap }` or `useFactory: () => window.heap`,
  /// under `inject:HEAP`, for `inject(HEAP)` to read.
  private func angularTokens(in script: Int) -> [(String, Node)] {
    let scopes = scripts[script].scopes
    var out: [(String, Node)] = []
    func made(_ value: Node) -> Node? {
      guard let f = Self.unwrap(value) as? FunctionNode else { return value }
      return returnedExpression(of: f)
    }
    for b in scopes.bindings where b.isConstant && b.path.isEmpty {
      guard let n = b.initializer.map(Self.unwrap) as? NewExpression, let callee = Self.unwrap(n.callee) as? Identifier, callee.name == "InjectionToken",
        n.arguments.count == 2, let options = Self.unwrap(n.arguments[1]) as? ObjectExpression, let factory = property(options, "factory"),
        let value = made(factory)
      else { continue }
      out.append(("inject:" + b.name, value))
    }
    var depth = 0
    func visit(_ n: Node) {
      depth += 1
      defer { depth -= 1 }
      guard depth < 500 else { return }
      if let o = n as? ObjectExpression, let token = property(o, "provide").map(Self.unwrap) as? Identifier {
        if let v = property(o, "useValue") { out.append(("inject:" + token.name, v)) }
        if let f = property(o, "useFactory"), let v = made(f) { out.append(("inject:" + token.name, v)) }
      }
      n.forEachChild(visit)
    }
    if scripts[script].code.contains(subsequence: Array("useValue".utf8)) || scripts[script].code.contains(subsequence: Array("useFactory".utf8)) {
      visit(scripts[script].program)
    }
    return out
  }

  /// The values a module's React contexts are given: `<HeapContext.Provider value={window.heap}>`,
  /// under `context:HeapContext`, for `useContext(HeapContext)` to read.
  private func contextValues(in script: Int) -> [(String, Node)] {
    let scopes = scripts[script].scopes
    // The module's contexts: `const HeapContext = createContext(...)`.
    func isContext(_ name: String) -> Bool {
      guard let b = scopes.topLevelBinding(named: name), b.isConstant, b.path.isEmpty, let c = b.initializer.map(Self.unwrap) as? CallExpression else { return false }
      return Self.calleeName(c) == "createContext"
    }
    var out: [(String, Node)] = []
    func visit(_ n: Node, _ depth: Int) {
      guard depth < 1_000 else { return }
      if let o = n as? JSXOpeningElement {
        var context: String?
        if let m = o.name as? JSXMemberExpression, m.property.name == "Provider", let object = m.object as? JSXIdentifier { context = object.name }
        if let context, isContext(context) {
          for case let a as JSXAttribute in o.attributes where (a.name as? JSXIdentifier)?.name == "value" {
            if let v = a.value as? JSXExpressionContainer { out.append(("context:" + context, v.expression)) }
          }
        }
      }
      n.forEachChild { visit($0, depth + 1) }
    }
    visit(scripts[script].program, 0)
    return out
  }

  func collectReturnArguments(_ node: Node, into out: inout [Node]) {
    if let r = node as? ReturnStatement, let a = r.argument { out.append(a) }
    if node is FunctionNode || node is ClassNode { return }
    node.forEachChild { collectReturnArguments($0, into: &out) }
  }

  /// The provision key a Vue or Nuxt expression reads: `this.$heap` and a template's `$heap`
  /// (`$heap`), `useNuxtApp().$heap` and `const { $heap } = useNuxtApp()` (`$heap`), `inject(HeapKey)`
  /// and `inject('heap')` (`inject:HeapKey`, `inject:'heap'`).
  func provisionKey(_ node: Node, script: Int, depth: Int = 0) -> String? {
    guard depth < 6, project?.hasProvisions ?? false else { return nil }
    let scopes = scripts[script].scopes
    switch Self.unwrap(node) {
    case let id as Identifier:
      guard let b = scopes.binding(of: id) else { return id.name.hasPrefix("$") && scopes.isGlobal(id) ? id.name : nil }
      guard b.isConstant, let initializer = b.initializer else { return nil }
      if b.path.count == 1, b.path[0].hasPrefix("$"), isNuxtApp(initializer, scopes) { return b.path[0] }
      return b.path.isEmpty ? provisionKey(initializer, script: script, depth: depth + 1) : nil
    case let m as MemberExpression:
      guard let key = Self.propertyName(m), key.hasPrefix("$") else { return nil }
      let object = Self.unwrap(m.object)
      if object is ThisExpression || isNuxtApp(object, scopes) { return key }
      return nil
    case let c as CallExpression:
      // `useContext(HeapContext)`, `React.useContext(HeapContext)`.
      if Self.calleeName(c) == "useContext", c.arguments.count == 1,
        let context = Self.unwrap(c.arguments[0]) as? Identifier
      {
        return "context:" + context.name
      }
      guard let id = Self.unwrap(c.callee) as? Identifier, id.name == "inject", let first = c.arguments.first else { return nil }
      if let lit = Self.unwrap(first) as? Literal, case .string(let k) = lit.value { return "inject:'" + k + "'" }
      if let k = Self.unwrap(first) as? Identifier { return "inject:" + k.name }
      return nil
    default:
      return nil
    }
  }

  /// `useNuxtApp()`, or a constant bound to it.
  private func isNuxtApp(_ node: Node, _ scopes: ScopeAnalysis) -> Bool {
    var n = Self.unwrap(node)
    if let id = n as? Identifier, let b = scopes.binding(of: id), b.isConstant, b.path.isEmpty, let i = b.initializer { n = Self.unwrap(i) }
    guard let c = n as? CallExpression, let id = Self.unwrap(c.callee) as? Identifier else { return false }
    return id.name == "useNuxtApp"
  }
}

extension Array where Element == UInt8 {
  /// True when the bytes contain `needle`.
  func contains(subsequence needle: [UInt8]) -> Bool {
    withUnsafeBufferPointer { Prefilter.contains($0, needle) }
  }
}

extension HeapDocument {
  /// True when the document exports Heap (`export const analytics = { heap: window.heap }`), a
  /// client of Heap's server API, or provides Heap app-wide, so other files reach Heap through
  /// it without a Heap call here.
  public var sharesHeap: Bool {
    if !provisions.isEmpty { return true }
    // Exported constants, read from the top level directly (cheap for the many files that only
    // mention heap).
    var exported: [(Node, Int)] = []
    for (i, script) in scripts.enumerated() {
      for statement in script.program.body {
        // `module.exports = { heapHttp }`, `exports.heapHttp = ...`: CommonJS values.
        if let e = statement as? ExpressionStatement, let a = e.expression as? AssignmentExpression, a.operator == "=",
          let target = WrapperAnalysis.commonJSExportTarget(a.left, scopes: script.scopes)
        {
          // `module.exports = { heapHttp }` exports each value; `module.exports = heap` the one.
          let values = target.isEmpty ? ((HeapDocument.unwrap(a.right) as? ObjectExpression)?.properties.compactMap { ($0 as? Property)?.value } ?? [a.right]) : [a.right]
          exported += values.compactMap { WrapperAnalysis.commonJSValue($0, scopes: script.scopes) }.map { ($0, i) }
          continue
        }
        guard let e = statement as? ExportNamedDeclaration, let v = e.declaration as? VariableDeclaration, v.kind == .const else { continue }
        for d in v.declarations { if let initializer = d.initializer { exported.append((initializer, i)) } }
      }
    }
    for (initializer, script) in exported {
      var node = Self.unwrap(initializer)
      if let call = node as? CallExpression, let frozen = WrapperAnalysis.objectFreeze(call) { node = frozen }
      if isHeapReference(node, in: scripts[script], depth: 0) { return true }
      // A client of Heap's server API (`export const heap = require('heap-api')(APP_ID)`).
      if serverClientModule(madeBy: node, script: script) != nil { return true }
      // An HTTP client instance for Heap's API (`axios.create({ baseURL: 'https://heapanalytics.com/api' })`).
      if let made = node as? CallExpression, heapAPIBaseURL(made, script: script) != nil { return true }
      if let o = node as? ObjectExpression,
        o.properties.contains(where: { ($0 as? Property).map { isHeapReference($0.value, in: scripts[script], depth: 0) } ?? false })
      {
        return true
      }
    }
    return false
  }
}
