import JavaScriptSyntax

/// A name declared somewhere in a script: what it is and every place it is written.
public final class Binding {
  public enum Kind: Sendable, Hashable {
    case `var`, `let`, const, function, `class`, parameter, catchParameter
    /// `import x from 'src'` / `import { name as x } from 'src'` / `import * as x from 'src'`.
    /// `name` is `default`, the imported name, or `*`.
    case `import`(source: String, name: String)
  }

  public let name: String
  public let kind: Kind
  /// The identifier that declares it.
  public let declaration: Identifier
  /// The value it starts with: the initialiser (for destructuring, the whole right-hand side
  /// with `path` saying where in it), the function for a function declaration.
  public internal(set) var initializer: Node?
  /// Property names leading from `initializer` to this binding (`const { a: { b } } = x` -> ["a", "b"]).
  public internal(set) var path: [String] = []
  /// Every assignment or update of the name after its declaration.
  public internal(set) var writes: [Write] = []
  /// The function whose body declares it (nil: top level of the script).
  public let function: FunctionNode?
  /// A top-level `var` or function of a classic script: a property of the global object.
  public let isScriptGlobal: Bool
  /// Its position in its scope analysis's `bindings`.
  var index: Int32 = -1

  init(name: String, kind: Kind, declaration: Identifier, function: FunctionNode?, isScriptGlobal: Bool) {
    self.name = name
    self.kind = kind
    self.declaration = declaration
    self.function = function
    self.isScriptGlobal = isScriptGlobal
  }

  /// Never written after its declaration.
  public var isConstant: Bool { writes.isEmpty }
}

/// One write of a binding.
public struct Write {
  /// The `AssignmentExpression`, `UpdateExpression` or for-in/of statement.
  public var node: Node
  /// The assigned value for a plain `=` to the name itself; nil for compound, update, loop or
  /// destructuring writes (whose value is unknown).
  public var value: Node?
  /// The function the write runs in (nil: top level).
  public var function: FunctionNode?
  /// The statement list the write stands in directly, as a statement of its own; nil when it
  /// is nested in an expression or a condition (it may or may not run).
  public var container: ObjectIdentifier?
}

/// Where a reference stands: its binding (nil for a global) and its surroundings.
public struct Reference {
  public var binding: Binding?
  public var function: FunctionNode?
  /// The innermost statement list (block, body, case) that encloses the reference; its
  /// ancestors are in `ScopeAnalysis.containerParents`.
  public var container: ObjectIdentifier?
}

/// Resolves every identifier of a program to the declaration it refers to.
///
/// The analysis follows ECMAScript's scoping: `var` and function declarations belong to the
/// enclosing function (hoisted), `let`/`const`/`class` to the enclosing block, parameters and
/// the function's own name to the function, catch parameters to the catch clause. Names that
/// resolve to nothing are globals.
public final class ScopeAnalysis {
  /// What `Reference` says, as positions in `bindings`, `functions` and `containers` (-1: none):
  /// 12 bytes for each identifier of the file.
  private struct PackedReference {
    var binding: Int32
    var function: Int32
    var container: Int32
  }
  private var references = IdentityMap<PackedReference>()
  /// Every function that encloses a reference (the first is the top level, nil).
  private var functions: [FunctionNode?] = [nil]
  /// Every statement list that encloses a reference.
  private var containers: [ObjectIdentifier] = []

  private func unpack(_ p: PackedReference) -> Reference {
    Reference(
      binding: p.binding < 0 ? nil : bindings[Int(p.binding)], function: functions[Int(p.function)],
      container: p.container < 0 ? nil : containers[Int(p.container)])
  }
  public private(set) var bindings: [Binding] = []
  /// For each declaring identifier, its binding.
  private(set) var declarations = IdentityMap<Binding>()
  /// The enclosing statement list of each statement list.
  private(set) var containerParents = IdentityMap<ObjectIdentifier>()
  /// The statements of each statement list (blocks, function bodies, the program, cases).
  private(set) var containerStatements = IdentityMap<[Node]>()
  /// The test of the `if` whose braced consequent is the block: code in the block runs only
  /// when the test is truthy.
  private(set) var blockGuards = IdentityMap<Node>()

  /// True when the statement list `container` encloses the reference (or is its own list).
  public func reference(_ reference: Reference, isInside container: ObjectIdentifier) -> Bool {
    var current = reference.container
    var steps = 0
    while let c = current, steps < 10_000 {
      if c == container { return true }
      current = containerParents[c]
      steps += 1
    }
    return false
  }

  /// Every call and `new` in the program, in source order, with the function it runs in.
  public private(set) var calls: [(call: Node, function: FunctionNode?)] = []

  /// The names a scope declares. Most scopes declare a few: those are kept in a short list; a
  /// scope with many names keeps an open-addressed table. Either way a name is compared by a
  /// hash worked out once per lookup, not once per scope the lookup passes (Swift's string
  /// hashing at every large scope of a chain had been 3% of a default run on the benchmark
  /// corpus), and two different names are told apart by their hashes before their text.
  private struct NameTable {
    private static let listLimit = 8
    private var list: [(name: String, hash: Int, binding: Binding)] = []
    /// Past `listLimit` names: a power-of-two table, at most half full; a nil binding is a free
    /// slot (names are never removed).
    private var slots: [(name: String, hash: Int, binding: Binding?)] = []
    private var used = 0

    var isEmpty: Bool { list.isEmpty && used == 0 }

    /// FNV-1a over the name's UTF-8 bytes, its high half folded into the low bits the table
    /// indexes with.
    static func hash(_ name: String) -> Int {
      // Over the bytes in place: iterating `name.utf8` cost 300 instructions a name.
      var name = name
      return name.withUTF8 { bytes in
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 32))
      }
    }

    func binding(_ name: String, hash: Int) -> Binding? {
      if slots.isEmpty {
        for entry in list where entry.hash == hash && entry.name == name { return entry.binding }
        return nil
      }
      let mask = slots.count - 1
      var i = hash & mask
      while let b = slots[i].binding {
        if slots[i].hash == hash && slots[i].name == name { return b }
        i = (i + 1) & mask
      }
      return nil
    }

    mutating func set(_ name: String, hash: Int, _ binding: Binding) {
      if slots.isEmpty {
        if let i = list.firstIndex(where: { $0.hash == hash && $0.name == name }) {
          list[i].binding = binding
          return
        }
        if list.count < Self.listLimit {
          list.append((name, hash, binding))
          return
        }
        slots = Array(repeating: ("", 0, nil), count: 32)
        for entry in list { insert(entry.name, hash: entry.hash, entry.binding) }
        list = []
      }
      insert(name, hash: hash, binding)
    }

    private mutating func insert(_ name: String, hash: Int, _ binding: Binding) {
      if (used + 1) * 2 > slots.count {
        let old = slots
        slots = Array(repeating: ("", 0, nil), count: old.count * 2)
        used = 0
        for case let (n, h, b?) in old { insert(n, hash: h, b) }
      }
      let mask = slots.count - 1
      var i = hash & mask
      while slots[i].binding != nil {
        if slots[i].hash == hash && slots[i].name == name {
          slots[i].binding = binding
          return
        }
        i = (i + 1) & mask
      }
      slots[i] = (name, hash, binding)
      used += 1
    }

    subscript(_ name: String) -> Binding? {
      get { binding(name, hash: Self.hash(name)) }
      set {
        guard let newValue else { return }
        set(name, hash: Self.hash(name), newValue)
      }
    }
  }

  private final class Scope {
    let parent: Scope?
    let isFunctionScope: Bool
    var names = NameTable()
    init(parent: Scope?, isFunctionScope: Bool) {
      self.parent = parent
      self.isFunctionScope = isFunctionScope
    }
    func lookup(_ name: String) -> Binding? {
      let hash = NameTable.hash(name)
      var s: Scope? = self
      while let cur = s {
        // Most block scopes declare nothing: skip them without looking.
        if !cur.names.isEmpty, let b = cur.names.binding(name, hash: hash) { return b }
        s = cur.parent
      }
      return nil
    }
  }

  private let isModule: Bool
  private var scope: Scope
  /// The program's own scope.
  private let root: Scope

  /// The binding the program declares at its top level under `name` (what the other scripts
  /// of a page, or a component's markup, see of it).
  public func topLevelBinding(named name: String) -> Binding? { root.names[name] }
  /// The enclosing functions, as positions in `functions`.
  private var functionStack: [Int32] = [0]
  /// The enclosing statement lists, as positions in `containers`.
  private var containerStack: [Int32] = []
  private var depth = 0
  private static let maxDepth = 2_000

  /// `externallyWritten`: top-level names that code outside the program writes at unknown
  /// times (a component's markup); each such binding gets a write of unknown value.
  public init(program: Program, externallyWritten: Set<String> = []) {
    // Sized from the names the parser read: about half are references, one in eight declares.
    references = IdentityMap(expected: program.nameCount / 2)
    declarations = IdentityMap(expected: program.nameCount / 8)
    isModule = program.sourceType == .module
    scope = Scope(parent: nil, isFunctionScope: true)
    root = scope
    containers.append(ObjectIdentifier(program))
    containerStack.append(0)
    containerStatements[ObjectIdentifier(program)] = program.body
    hoistVarScoped(program.body, into: scope, function: nil, topLevel: true)
    hoistLexical(program.body, into: scope)
    walkStatements(program.body)
    for name in externallyWritten.sorted() {
      guard let b = scope.lookup(name), b.kind == .var || b.kind == .let || b.kind == .const else { continue }
      b.writes.append(Write(node: b.declaration, value: nil, function: nil, container: nil))
    }
  }

  /// The reference information of an identifier in expression position.
  public func reference(_ id: Identifier) -> Reference? { references[ObjectIdentifier(id)].map(unpack) }

  /// The binding an identifier refers to; nil for globals and unknown identifiers.
  public func binding(of id: Identifier) -> Binding? {
    guard let p = references[ObjectIdentifier(id)], p.binding >= 0 else { return nil }
    return bindings[Int(p.binding)]
  }

  /// True when the identifier is a reference to the global of that name.
  public func isGlobal(_ id: Identifier) -> Bool {
    guard let r = references[ObjectIdentifier(id)] else { return false }
    return r.binding < 0
  }

  // MARK: Declarations

  private var currentFunction: FunctionNode? { functions[Int(functionStack[functionStack.count - 1])] }

  @discardableResult
  private func declare(_ id: Identifier, kind: Binding.Kind, in target: Scope, initializer: Node? = nil, path: [String] = [], topLevelScript: Bool = false) -> Binding {
    if let existing = target.names[id.name], existing.kind == .var || existing.kind == .function {
      // `var x; var x = 1;` and Annex B duplicates: one binding, the later initialiser is a write.
      if let initializer, kind == .var {
        existing.writes.append(Write(node: id, value: path.isEmpty ? initializer : nil, function: currentFunction, container: nil))
      }
      declarations[ObjectIdentifier(id)] = existing
      return existing
    }
    let b = Binding(name: id.name, kind: kind, declaration: id, function: currentFunction, isScriptGlobal: topLevelScript)
    b.index = Int32(bindings.count)
    b.initializer = initializer
    b.path = path
    target.names[id.name] = b
    bindings.append(b)
    declarations[ObjectIdentifier(id)] = b
    return b
  }

  /// Declares every name bound by a pattern.
  private func declarePattern(_ pattern: Node, kind: Binding.Kind, in target: Scope, initializer: Node?, path: [String], topLevelScript: Bool = false) {
    switch pattern {
    case let id as Identifier:
      declare(id, kind: kind, in: target, initializer: initializer, path: path, topLevelScript: topLevelScript)
    case let obj as ObjectPattern:
      for p in obj.properties {
        if let prop = p as? Property {
          var sub = path
          if !prop.computed, let key = Self.staticKey(prop.key) { sub.append(key) } else { sub.append("\u{0}") }
          declarePattern(prop.value, kind: kind, in: target, initializer: initializer, path: sub, topLevelScript: topLevelScript)
        } else if let rest = p as? RestElement {
          declarePattern(rest.argument, kind: kind, in: target, initializer: initializer, path: path + ["\u{0}"], topLevelScript: topLevelScript)
        }
      }
    case let arr as ArrayPattern:
      for (i, el) in arr.elements.enumerated() {
        guard let el else { continue }
        if let rest = el as? RestElement {
          declarePattern(rest.argument, kind: kind, in: target, initializer: initializer, path: path + ["\u{0}"], topLevelScript: topLevelScript)
        } else {
          declarePattern(el, kind: kind, in: target, initializer: initializer, path: path + [String(i)], topLevelScript: topLevelScript)
        }
      }
    case let assign as AssignmentPattern:
      // `{ a = 'x' } = obj`: the default is a possible value; keep the initialiser path and let
      // the value analysis add the default.
      declarePattern(assign.left, kind: kind, in: target, initializer: initializer, path: path, topLevelScript: topLevelScript)
    case let rest as RestElement:
      declarePattern(rest.argument, kind: kind, in: target, initializer: initializer, path: path + ["\u{0}"], topLevelScript: topLevelScript)
    default:
      break
    }
  }

  /// The name of a non-computed property key or a string/number literal key.
  static func staticKey(_ key: Node) -> String? {
    switch key {
    case let id as Identifier: return id.name
    case let lit as Literal:
      switch lit.value {
      case .string(let s): return s
      case .number(let d): return JSValue.numberToString(d)
      default: return nil
      }
    default: return nil
    }
  }

  /// Hoists `var` declarations (and, for a function's own body, function declarations) of a
  /// statement list into the function scope, without entering nested functions.
  private func hoistVarScoped(_ statements: [Node], into target: Scope, function: FunctionNode?, topLevel: Bool) {
    let global = topLevel && !isModule
    func visitStatement(_ s: Node, nested: Bool) {
      switch s {
      case let v as VariableDeclaration where v.kind == .var:
        for d in v.declarations {
          declarePattern(d.id, kind: .var, in: target, initializer: d.initializer, path: [], topLevelScript: global)
        }
      case let f as FunctionDeclaration:
        // Annex B: a function declared in a block is also var-scoped in sloppy scripts.
        if let id = f.id, !nested || target.names[id.name] == nil {
          declare(id, kind: .function, in: target, initializer: f, topLevelScript: global && !nested)
        }
      case is FunctionNode, is ClassNode:
        return
      case let e as ExportNamedDeclaration:
        if let d = e.declaration { visitStatement(d, nested: nested) }
      case let e as ExportDefaultDeclaration:
        if e.declaration is FunctionDeclaration { visitStatement(e.declaration, nested: nested) }
      case let f as ForStatement:
        if let i = f.initializer { visitStatement(i, nested: true) }
        visitStatement(f.body, nested: true)
      case let f as ForInStatement:
        visitStatement(f.left, nested: true)
        visitStatement(f.body, nested: true)
      case let f as ForOfStatement:
        visitStatement(f.left, nested: true)
        visitStatement(f.body, nested: true)
      case is ExpressionStatement, is ReturnStatement, is ThrowStatement:
        return
      default:
        // Blocks, ifs, loops, try, switch, labels: look for vars inside their statements.
        s.forEachChild { child in
          if child is FunctionNode && !(child is FunctionDeclaration) { return }
          if isStatementLike(child) { visitStatement(child, nested: true) }
        }
      }
    }
    for s in statements { visitStatement(s, nested: false) }
  }

  private func isStatementLike(_ n: Node) -> Bool {
    switch n {
    case is BlockStatement, is IfStatement, is ForStatement, is ForInStatement, is ForOfStatement,
      is WhileStatement, is DoWhileStatement, is TryStatement, is CatchClause, is SwitchStatement,
      is SwitchCase, is LabeledStatement, is VariableDeclaration, is FunctionDeclaration,
      is WithStatement:
      return true
    default:
      return false
    }
  }

  /// Declares the `let`, `const` and `class` names of a statement list in its block scope.
  private func hoistLexical(_ statements: [Node], into target: Scope) {
    for s in statements {
      var decl: Node = s
      if let e = s as? ExportNamedDeclaration, let d = e.declaration { decl = d }
      if let e = s as? ExportDefaultDeclaration { decl = e.declaration }
      switch decl {
      case let v as VariableDeclaration where v.kind != .var:
        let kind: Binding.Kind = v.kind == .let ? .let : .const
        for d in v.declarations {
          declarePattern(d.id, kind: kind, in: target, initializer: d.initializer, path: [])
        }
      case let c as ClassDeclaration:
        if let id = c.id { declare(id, kind: .class, in: target, initializer: c) }
      case let e as TSEnumDeclaration:
        // An enum is a constant object of its members.
        if target.names[e.id.name] == nil { declare(e.id, kind: .const, in: target, initializer: e) }
      case let f as FunctionDeclaration where !target.isFunctionScope:
        if let id = f.id { declare(id, kind: .function, in: target, initializer: f) }
      case let imp as ImportDeclaration where !imp.typeOnly:
        let source: String
        if case .string(let s) = imp.source.value { source = s } else { source = "" }
        for spec in imp.specifiers {
          switch spec {
          case let s as ImportSpecifier:
            let name = Self.staticKey(s.imported) ?? s.local.name
            declare(s.local, kind: .import(source: source, name: name), in: target)
          case let s as ImportDefaultSpecifier:
            declare(s.local, kind: .import(source: source, name: "default"), in: target)
          case let s as ImportNamespaceSpecifier:
            declare(s.local, kind: .import(source: source, name: "*"), in: target)
          default: break
          }
        }
      default:
        break
      }
    }
  }

  // MARK: Walking

  private func withScope(function: Bool, _ body: () -> Void) {
    let saved = scope
    scope = Scope(parent: saved, isFunctionScope: function)
    body()
    scope = saved
  }

  private func pushContainer(_ c: ObjectIdentifier) {
    if let parent = containerStack.last { containerParents[c] = containers[Int(parent)] }
    containerStack.append(Int32(containers.count))
    containers.append(c)
  }

  private func walkStatements(_ statements: [Node]) {
    for s in statements {
      listStatement = ObjectIdentifier(s)
      walk(s)
    }
  }

  /// The statement being walked as a direct member of a statement list. Identities, not weak
  /// references: a weak reference gives its node a side table, which made every later retain
  /// and release of that node take the slow path (and the walk keeps the tree alive anyway).
  private var listStatement: ObjectIdentifier?

  private func walkBlock(_ container: Node, _ statements: [Node]) {
    withScope(function: false) {
      hoistLexical(statements, into: scope)
      pushContainer(ObjectIdentifier(container))
      containerStatements[ObjectIdentifier(container)] = statements
      walkStatements(statements)
      containerStack.removeLast()
    }
  }

  private func walk(_ node: Node?) {
    guard let node else { return }
    depth += 1
    defer { depth -= 1 }
    if depth > Self.maxDepth { return }

    // Each case is a dynamic cast, tried in order: the commonest nodes come first (a literal
    // used to fail thirty casts before the default), the rest keep their order.
    switch node {
    case let id as Identifier:
      recordReference(id)

    case let m as MemberExpression:
      walk(m.object)
      if m.computed { walk(m.property) }

    case is Literal:
      break

    case let c as CallExpression:
      calls.append((c, currentFunction))
      walk(c.callee)
      for a in c.arguments { walk(a) }

    case is BinaryExpression, is LogicalExpression:
      node.forEachChild { walk($0) }

    case let p as Property:
      if p.computed { walk(p.key) }
      walk(p.value)

    case let m as MethodDefinition:
      for d in m.decorators { walk(d) }
      if m.computed { walk(m.key) }
      walk(m.value)

    case let p as PropertyDefinition:
      for d in p.decorators { walk(d) }
      if p.computed { walk(p.key) }
      if let v = p.value {
        // A field initialiser runs later, like a method body.
        functionStack.append(0)
        walk(v)
        functionStack.removeLast()
      }

    case let f as FunctionNode:
      walkFunction(f)

    case let c as ClassNode:
      for d in c.decorators { walk(d) }
      walk(c.superClass)
      withScope(function: false) {
        if let id = c.id, c is ClassExpression { declare(id, kind: .class, in: scope, initializer: c) }
        walk(c.body)
      }

    case let b as BlockStatement:
      walkBlock(b, b.body)

    case let i as IfStatement:
      if let block = i.consequent as? BlockStatement { blockGuards[ObjectIdentifier(block)] = i.test }
      walk(i.test)
      walk(i.consequent)
      walk(i.alternate)

    case let s as StaticBlock:
      walkBlock(s, s.body)

    case let sw as SwitchStatement:
      walk(sw.discriminant)
      withScope(function: false) {
        hoistLexical(sw.cases.flatMap(\.consequent), into: scope)
        for c in sw.cases {
          walk(c.test)
          pushContainer(ObjectIdentifier(c))
          walkStatements(c.consequent)
          containerStack.removeLast()
        }
      }

    case let v as VariableDeclaration:
      for d in v.declarations {
        walkPatternDefaults(d.id)
        walk(d.initializer)
      }

    case let f as ForStatement:
      withScope(function: false) {
        if let i = f.initializer as? VariableDeclaration, i.kind != .var { hoistLexical([i], into: scope) }
        walk(f.initializer)
        walk(f.test)
        walk(f.update)
        walkLoopBody(f.body)
      }

    case let f as ForInStatement:
      withScope(function: false) {
        if let l = f.left as? VariableDeclaration, l.kind != .var { hoistLexical([l], into: scope) }
        walkLoopLeft(f.left, statement: f)
        walk(f.right)
        walkLoopBody(f.body)
      }

    case let f as ForOfStatement:
      withScope(function: false) {
        if let l = f.left as? VariableDeclaration, l.kind != .var { hoistLexical([l], into: scope) }
        walkLoopLeft(f.left, statement: f)
        walk(f.right)
        walkLoopBody(f.body)
      }

    case let c as CatchClause:
      withScope(function: false) {
        if let p = c.param {
          declarePattern(p, kind: .catchParameter, in: scope, initializer: nil, path: [])
          walkPatternDefaults(p)
        }
        walkBlock(c.body, c.body.body)
      }

    case let a as AssignmentExpression:
      recordWrites(a.left, assignment: a)
      walkAssignmentTarget(a.left)
      walk(a.right)

    case let u as UpdateExpression:
      if let id = u.argument as? Identifier {
        recordWrite(id, Write(node: u, value: nil, function: currentFunction, container: nil))
      }
      walk(u.argument)

    case let n as NewExpression:
      calls.append((n, currentFunction))
      walk(n.callee)
      for a in n.arguments { walk(a) }

    case let l as LabeledStatement:
      walk(l.body)

    case let s as ExpressionStatement:
      // Only a statement standing directly in a list runs whenever the list runs; the body
      // of an `if` without braces does not.
      currentStatementExpression = ObjectIdentifier(s) == listStatement ? ObjectIdentifier(s.expression) : nil
      walk(s.expression)

    case is BreakStatement, is ContinueStatement, is MetaProperty, is PrivateIdentifier:
      break

    case let i as ImportDeclaration:
      _ = i  // bindings were declared with the enclosing scope

    case let e as ExportNamedDeclaration:
      if let d = e.declaration {
        walk(d)
      } else if e.source == nil {
        for s in e.specifiers { if let id = s.local as? Identifier { recordReference(id) } }
      }

    case is ExportAllDeclaration:
      break

    case let t as TemplateLiteral:
      for e in t.expressions { walk(e) }

    default:
      node.forEachChild { walk($0) }
    }
  }

  private func walkLoopBody(_ body: Node) {
    if let b = body as? BlockStatement {
      walkBlock(b, b.body)
    } else {
      walk(body)
    }
  }

  private func walkLoopLeft(_ left: Node, statement: Node) {
    if let v = left as? VariableDeclaration {
      for d in v.declarations {
        if v.kind == .var { recordWrites(d.id, loop: statement) }
        walkPatternDefaults(d.id)
      }
    } else {
      recordWrites(left, loop: statement)
      walkAssignmentTarget(left)
    }
  }

  /// Walks the default values and computed keys inside a declaration pattern.
  private func walkPatternDefaults(_ pattern: Node) {
    switch pattern {
    case is Identifier: break
    case let o as ObjectPattern:
      for p in o.properties {
        if let prop = p as? Property {
          if prop.computed { walk(prop.key) }
          walkPatternDefaults(prop.value)
        } else if let r = p as? RestElement {
          walkPatternDefaults(r.argument)
        }
      }
    case let a as ArrayPattern:
      for case let e? in a.elements { walkPatternDefaults(e) }
    case let a as AssignmentPattern:
      walkPatternDefaults(a.left)
      walk(a.right)
    case let r as RestElement:
      walkPatternDefaults(r.argument)
    default:
      walk(pattern)
    }
  }

  /// Walks an assignment target: its identifiers are references (writes), members are walked.
  private func walkAssignmentTarget(_ target: Node) {
    switch target {
    case let id as Identifier: recordReference(id)
    case is ObjectPattern, is ArrayPattern, is AssignmentPattern, is RestElement:
      walkPatternTargets(target)
    default: walk(target)
    }
  }

  private func walkPatternTargets(_ pattern: Node) {
    switch pattern {
    case let id as Identifier: recordReference(id)
    case let o as ObjectPattern:
      for p in o.properties {
        if let prop = p as? Property {
          if prop.computed { walk(prop.key) }
          walkPatternTargets(prop.value)
        } else if let r = p as? RestElement {
          walkPatternTargets(r.argument)
        }
      }
    case let a as ArrayPattern:
      for case let e? in a.elements { walkPatternTargets(e) }
    case let a as AssignmentPattern:
      walkPatternTargets(a.left)
      walk(a.right)
    case let r as RestElement:
      walkPatternTargets(r.argument)
    default:
      walk(pattern)
    }
  }

  private func walkFunction(_ f: FunctionNode) {
    // A function declaration's name was declared in the enclosing scope; a named function
    // expression sees its own name in a scope of its own.
    withScope(function: false) {
      if let id = f.id, f is FunctionExpression { declare(id, kind: .function, in: scope, initializer: f) }
      withScope(function: true) {
        functionStack.append(Int32(functions.count))
        functions.append(f)
        for p in f.params {
          declarePattern(p, kind: .parameter, in: scope, initializer: nil, path: [])
        }
        for p in f.params { walkPatternDefaults(p) }
        if let body = f.body as? BlockStatement {
          hoistVarScoped(body.body, into: scope, function: f, topLevel: false)
          hoistLexical(body.body, into: scope)
          pushContainer(ObjectIdentifier(body))
          containerStatements[ObjectIdentifier(body)] = body.body
          walkStatements(body.body)
          containerStack.removeLast()
        } else {
          walk(f.body)
        }
        functionStack.removeLast()
      }
    }
  }

  // MARK: References and writes

  private func recordReference(_ id: Identifier) {
    let binding = scope.lookup(id.name)
    if binding == nil { globalNames.insert(id.name) }
    references[ObjectIdentifier(id)] = PackedReference(
      binding: binding?.index ?? -1, function: functionStack[functionStack.count - 1], container: containerStack.last ?? -1)
  }

  /// The names of the globals the script refers to (its references that resolve to nothing).
  public private(set) var globalNames = Set<String>()

  private func recordWrite(_ id: Identifier, _ write: Write) {
    scope.lookup(id.name)?.writes.append(write)
  }

  private func recordWrites(_ target: Node, assignment: AssignmentExpression) {
    if let id = target as? Identifier {
      let plain = assignment.operator == "="
      let value: Node?
      if plain {
        value = assignment.right
      } else if assignment.operator == "||=" || assignment.operator == "??=" || assignment.operator == "&&=" {
        value = assignment
      } else {
        value = nil
      }
      recordWrite(id, Write(node: assignment, value: value, function: currentFunction, container: statementContainer(of: assignment)))
      return
    }
    forEachPatternIdentifier(target) { id in
      recordWrite(id, Write(node: assignment, value: nil, function: currentFunction, container: nil))
    }
  }

  private func recordWrites(_ target: Node, loop: Node) {
    forEachPatternIdentifier(target) { id in
      recordWrite(id, Write(node: loop, value: nil, function: currentFunction, container: nil))
    }
  }

  private func forEachPatternIdentifier(_ pattern: Node, _ body: (Identifier) -> Void) {
    switch pattern {
    case let id as Identifier: body(id)
    case let o as ObjectPattern:
      for p in o.properties {
        if let prop = p as? Property { forEachPatternIdentifier(prop.value, body) }
        if let r = p as? RestElement { forEachPatternIdentifier(r.argument, body) }
      }
    case let a as ArrayPattern:
      for case let e? in a.elements { forEachPatternIdentifier(e, body) }
    case let a as AssignmentPattern: forEachPatternIdentifier(a.left, body)
    case let r as RestElement: forEachPatternIdentifier(r.argument, body)
    default: break
    }
  }

  /// The statement list an assignment stands in as a statement of its own, tracked through the
  /// statement being walked: set by `walk` on expression statements.
  private func statementContainer(of assignment: AssignmentExpression) -> ObjectIdentifier? {
    currentStatementExpression == ObjectIdentifier(assignment) ? containerStack.last.map { containers[Int($0)] } : nil
  }

  /// The expression of the expression statement being walked: an assignment that is this
  /// expression stands alone and runs whenever its statement runs.
  private var currentStatementExpression: ObjectIdentifier?
}
