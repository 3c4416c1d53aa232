import JavaScriptSyntax

/// One way a function passes one of its parameters on to a Heap method.
public struct WrappedCall: Hashable, Sendable {
  /// The Heap method finally called (`identify`).
  public var method: String
  /// The position of the argument in the Heap method (`0` for identify's identity).
  public var heapArgument: Int
  /// The wrapper's parameter that reaches it.
  public var parameter: Int
  /// The wrapper names from this function inwards (`["identifyUser", "trackLogin"]`).
  public var chain: [String]
  /// Properties read from the parameter before it reaches Heap: `["id"]` for a wrapper that
  /// does `heap.identify(user.id)` or takes `({ id })`.
  public var path: [String] = []
  /// The wrapper passes its rest parameter on as the Heap call's arguments from `heapArgument`
  /// on (`(...args) => heap.identify(...args)`): the call's arguments from `parameter` on are
  /// Heap's, one for one, however many there are.
  public var forwardsRest: Bool = false
  /// The constant or random values of the parameter's default (`id = 'guest'`), for callers in
  /// other modules that leave it out.
  public var parameterDefault: [PossibleValue]? = nil
}

/// What the rest of the project needs to know about a function: the Heap calls it wraps and the
/// constant or random values it may return.
public struct FunctionSummary: Hashable, Sendable {
  public var name: String
  public var wraps: [WrappedCall]
  /// Possible return values; nil when none of them is a constant or random value.
  public var returns: [PossibleValue]?
  /// The export is not a function but Heap itself (`export const analytics = { heap:
  /// window.heap }` exports `analytics.heap`; `app.provide('heap', window.heap)` provides it).
  public var isHeap: Bool = false
  /// The export is a client of Heap's server-side API made by this Node module
  /// (`export const heap = require('heap-api')(APP_ID)`).
  public var serverClient: String?
  /// The export is an HTTP client instance whose base URL is Heap's API
  /// (`export const heapHttp = axios.create({ baseURL: 'https://heapanalytics.com/api' })`);
  /// `returns` holds the base URL.
  public var isHeapAPIInstance: Bool = false
  /// Heap requests the function makes with what its callers pass (`heapTrack(event, identity)`).
  public var serverRequests: [ServerRequestShape] = []

  public init(name: String, wraps: [WrappedCall], returns: [PossibleValue]?, isHeap: Bool = false, serverClient: String? = nil) {
    self.name = name
    self.wraps = wraps
    self.returns = returns
    self.isHeap = isHeap
    self.serverClient = serverClient
  }

  public var isInteresting: Bool { !wraps.isEmpty || returns != nil || isHeap || serverClient != nil || !serverRequests.isEmpty }
  /// A client of Heap's server-side API, or a function that calls it: a file may reach Heap
  /// through it without naming Heap.
  public var reachesHeapAPI: Bool { serverClient != nil || isHeapAPIInstance || !serverRequests.isEmpty }
}

/// A function node and the script it is in.
struct LocalFunction {
  var node: FunctionNode
  var script: Int
  var name: String
}

/// Finds the functions of a document that wrap Heap calls, and the calls of such wrappers.
struct WrapperAnalysis {
  /// Names of local functions, by node.
  private(set) var names: [ObjectIdentifier: LocalFunction] = [:]
  /// Exported names of local functions (`identifyUser`, `default`, `Analytics.identify`, `Tracker#identify`).
  private(set) var exports: [String: ObjectIdentifier] = [:]
  /// `export * from` and `export { a as b } from` of the module.
  private(set) var reexports: [ReExport] = []

  struct ReExport: Hashable, Sendable {
    var source: String
    /// nil: `export *`; otherwise (imported name, exported name).
    var names: (String, String)?

    static func == (a: ReExport, b: ReExport) -> Bool { a.source == b.source && a.names?.0 == b.names?.0 && a.names?.1 == b.names?.1 }
    func hash(into h: inout Hasher) {
      h.combine(source)
      h.combine(names?.0)
      h.combine(names?.1)
    }
  }

  init(document: HeapDocument) {
    for (i, script) in document.scripts.enumerated() {
      nameFunctions(in: script.program, script: i, scopes: script.scopes)
    }
    exportSingletons(scopes: document.scripts.map(\.scopes))
    exportReturnedObjects(document)
    exportObjectProperties(document)
    // Last: the hooks and objects above are looked for among module exports only.
    exportGlobals(document)
  }

  /// Names the document puts on the global object (`window.Analytics = Analytics` at the top
  /// level or in an IIFE, `window.identifyUser = function (id) {...}`): the other scripts of the
  /// page call them without an import. Their functions are exported under those names.
  private(set) var globals: [String] = []
  /// The export names those globals gave (`Analytics.identify`): only wrappers among them are
  /// worth an entry in the project index (a bundle's UMD libraries put hundreds of functions on
  /// `window`, and an index entry makes a whole second pass over the files).
  private(set) var globalExports = Set<String>()

  private mutating func exportGlobals(_ document: HeapDocument) {
    let before = Set(exports.keys)
    defer { globalExports = Set(exports.keys).subtracting(before) }
    var seen = Set(globals)
    for (i, script) in document.scripts.enumerated() {
      let scopes = script.scopes
      var statements: [Node] = script.program.body
      // Functions stored on a variable's object (`Lib.identify = function (id) {...}`), by binding.
      var methods: [ObjectIdentifier: [(String, FunctionNode)]] = [:]
      var assigned: [(String, Node)] = []
      // A classic script's own top-level functions and objects are globals too (`function
      // identifyUser(id) {...}` in `analytics.js`, called from a page's inline script).
      if Self.sharesGlobalScope(script) {
        for statement in script.program.body {
          if let f = statement as? FunctionDeclaration, let id = f.id {
            assigned.append((id.name, f))
          } else if let v = statement as? VariableDeclaration {
            for d in v.declarations {
              guard let id = d.id as? Identifier, let initializer = d.initializer.map(HeapDocument.unwrap),
                initializer is FunctionNode || initializer is ObjectExpression
              else { continue }
              assigned.append((id.name, initializer))
            }
          }
        }
      }
      var k = 0
      while k < statements.count && k < 50_000 {
        let statement = statements[k]
        k += 1
        guard let e = statement as? ExpressionStatement else { continue }
        if let body = Self.iifeBody(e.expression) {
          statements += body
          continue
        }
        guard let a = HeapDocument.unwrap(e.expression) as? AssignmentExpression, a.operator == "=",
          let m = HeapDocument.unwrap(a.left) as? MemberExpression, let key = HeapDocument.propertyName(m)
        else { continue }
        if let owner = HeapDocument.unwrap(m.object) as? Identifier, let b = scopes.binding(of: owner), let f = HeapDocument.unwrap(a.right) as? FunctionNode {
          methods[ObjectIdentifier(b), default: []].append((key, f))
        }
        // `window.Analytics = ...`, `App.analytics = {...}` with `App` the page's global.
        if let path = document.globalPath(m.object, in: script) {
          assigned.append(((path + [key]).joined(separator: "."), a.right))
        }
      }
      for (key, right) in assigned {
        var value = HeapDocument.unwrap(right)
        var named = false
        if let id = value as? Identifier, let b = scopes.binding(of: id) {
          // `var Lib = window.Lib || {}; Lib.identify = function ...; window.Lib = Lib`
          for (method, f) in methods[ObjectIdentifier(b)] ?? [] {
            name(f, "\(key).\(method)", script: i, export: "\(key).\(method)")
            named = true
          }
          if let initializer = b.initializer, b.kind == .function || (b.isConstant && b.path.isEmpty) {
            value = HeapDocument.unwrap(initializer)
          }
        }
        if value is FunctionNode {
          name(value, key, script: i, export: key)
        } else if let o = value as? ObjectExpression {
          nameObject(o, prefix: key, script: i, exportPrefix: key + ".", scopes: scopes)
        } else if !named {
          continue
        }
        if seen.insert(key).inserted { globals.append(key) }
      }
    }
  }

  /// Whether a script's top-level names are the page's globals: an inline classic script, or a
  /// file that is neither a module nor CommonJS (`require`, `module` and `exports` unbound).
  static func sharesGlobalScope(_ script: AnalyzedScript) -> Bool {
    switch script.kind {
    case .classic: return true
    case .file:
      let globals = script.scopes.globalNames
      return script.program.sourceType == .script && !globals.contains("require") && !globals.contains("module") && !globals.contains("exports")
    default: return false
    }
  }

  /// The statements of an immediately invoked function (`(function (w) {...})(window)`,
  /// `!function () {...}()`, `(() => {...})()`, `(function () {...}).call(this)`).
  static func iifeBody(_ expression: Node) -> [Node]? {
    var e = HeapDocument.unwrap(expression)
    if let u = e as? UnaryExpression, u.operator == "!" || u.operator == "void" { e = HeapDocument.unwrap(u.argument) }
    guard e is CallExpression, let f = ExecutionOrder.invoked(by: e) as? FunctionNode, let body = f.body as? BlockStatement else { return nil }
    return body.body
  }

  /// Exported hooks and factories that return an object of functions (`useAnalytics()`
  /// returning `{ identify, track }`): each function is exported as `useAnalytics().identify`.
  private mutating func exportReturnedObjects(_ document: HeapDocument) {
    for (exportName, key) in exports where !exportName.contains(where: { $0 == "." || $0 == "#" || $0 == "(" }) {
      guard let f = names[key], let returned = document.returnedExpression(of: f.node),
        case .local(let owner, let s)? = document.objectRef(returned, script: f.script)
      else { continue }
      exportedObjects.append((owner, "\(exportName)().", s))
      for (k, members) in document.objectModel(s).properties[ObjectIdentifier(owner)] ?? [:] {
        for member in members {
          var function: FunctionNode?
          switch member {
          case .method(let fn): function = fn
          case .value(let v): function = document.functionValue(v, script: s)
          default: break
          }
          if let function { name(function, "\(f.name)().\(k)", script: s, export: "\(exportName)().\(k)") }
        }
      }
    }
  }

  // MARK: Naming

  private mutating func name(_ node: Node?, _ name: String, script: Int, export: String? = nil) {
    guard let f = node as? FunctionNode else { return }
    let key = ObjectIdentifier(f)
    if names[key] == nil { names[key] = LocalFunction(node: f, script: script, name: name) }
    if let export { exports[export] = key }
  }

  private mutating func nameFunctions(in program: Program, script: Int, scopes: ScopeAnalysis) {
    for statement in program.body {
      nameStatement(statement, script: script, exported: false, scopes: scopes)
    }
    // CommonJS exports anywhere at top level: module.exports = ..., exports.x = ...
    for statement in program.body {
      guard let e = statement as? ExpressionStatement, let a = e.expression as? AssignmentExpression, a.operator == "=" else { continue }
      guard let target = Self.commonJSExportTarget(a.left, scopes: scopes) else { continue }
      let value = HeapDocument.unwrap(a.right)
      if target.isEmpty {
        if let f = value as? FunctionNode {
          name(f, f.id?.name ?? "module.exports", script: script, export: "default")
        } else if let o = value as? ObjectExpression {
          nameObject(o, prefix: nil, script: script, exportPrefix: "", scopes: scopes)
          // `require('./x').default.identify` after a transpiler's interop, too.
          nameObject(o, prefix: nil, script: script, exportPrefix: "default.", scopes: scopes)
          // `module.exports = { SYSTEM_IDENTITY, heapHttp }`: values, as `export const` exports them.
          for p in o.properties {
            guard let prop = p as? Property, !prop.computed, let key = ScopeAnalysis.staticKey(prop.key),
              let v = Self.commonJSValue(prop.value, scopes: scopes)
            else { continue }
            exportedValues.append((key, v, script))
          }
        } else if let c = value as? ClassNode {
          nameClass(c, name: c.id?.name ?? "module.exports", script: script, exportName: "default")
        } else if let o = Self.extendedObject(value) {
          // `module.exports = Service.extend({...})`
          nameObject(o, prefix: "module.exports", script: script, exportPrefix: "default#", scopes: scopes)
        } else if let n = value as? NewExpression {
          singletons.append((n, script, ""))
        } else if value is CallExpression {
          // `module.exports = require('heap-api')(APP_ID)`: a client (or an HTTP instance) made here.
          exportedValues.append(("default", value, script))
        } else if let id = value as? Identifier, let b = scopes.binding(of: id), let initializer = b.initializer {
          if let o = HeapDocument.unwrap(initializer) as? ObjectExpression {
            nameObject(o, prefix: id.name, script: script, exportPrefix: "", scopes: scopes)
          } else if let c = initializer as? ClassNode {
            nameClass(c, name: id.name, script: script, exportName: "default")
          } else if let n = HeapDocument.unwrap(initializer) as? NewExpression {
            singletons.append((n, script, ""))
          } else if HeapDocument.unwrap(initializer) is CallExpression, b.isConstant, b.path.isEmpty {
            // `const heap = require('heap-api')(APP_ID); module.exports = heap`
            exportedValues.append(("default", initializer, script))
          } else {
            name(initializer, id.name, script: script, export: "default")
          }
        }
      } else if let f = value as? FunctionNode {
        name(f, target, script: script, export: target)
      } else if let n = value as? NewExpression {
        singletons.append((n, script, target + "."))
      } else if let v = Self.commonJSValue(value, scopes: scopes) {
        // `exports.SYSTEM_IDENTITY = 'billing-system'`
        exportedValues.append((target, v, script))
      } else if let id = value as? Identifier, let b = scopes.binding(of: id), let initializer = b.initializer {
        if let n = HeapDocument.unwrap(initializer) as? NewExpression, b.isConstant, b.path.isEmpty {
          singletons.append((n, script, target + "."))
        } else {
          name(initializer, id.name, script: script, export: target)
        }
      }
    }
  }

  /// The value a CommonJS export gives, as `export const` would: the expression, or the
  /// initializer of the constant it names. Nil for functions, classes, instances and requires,
  /// which are exported as such.
  static func commonJSValue(_ node: Node, scopes: ScopeAnalysis) -> Node? {
    var value = HeapDocument.unwrap(node)
    if let id = value as? Identifier {
      guard let b = scopes.binding(of: id), b.kind == .const || b.kind == .let || b.kind == .var, b.isConstant, b.path.isEmpty,
        let initializer = b.initializer
      else { return nil }
      value = HeapDocument.unwrap(initializer)
    }
    if value is FunctionNode || value is ClassNode || value is NewExpression || HeapDocument.requireChain(of: value, scopes: scopes) != nil { return nil }
    return value
  }

  /// `module.exports` -> "", `module.exports.x` / `exports.x` -> "x"; nil otherwise.
  static func commonJSExportTarget(_ node: Node, scopes: ScopeAnalysis) -> String? {
    guard let m = node as? MemberExpression, let key = HeapDocument.propertyName(m) else { return nil }
    if let root = m.object as? Identifier {
      if root.name == "module", key == "exports", scopes.isGlobal(root) { return "" }
      if root.name == "exports", scopes.isGlobal(root) { return key }
      return nil
    }
    if let inner = m.object as? MemberExpression, let innerKey = HeapDocument.propertyName(inner), innerKey == "exports",
      let root = inner.object as? Identifier, root.name == "module", scopes.isGlobal(root)
    {
      return key
    }
    return nil
  }

  /// Exported instances (`export const analytics = new Analytics()`, `export default new
  /// Tracker()`, `module.exports = new Tracker()`) with their export prefix (`analytics.`, `default.`,
  /// or "" for `module.exports`): their methods are exported under it once every class is named.
  private var singletons: [(NewExpression, Int, String)] = []

  private mutating func exportSingletons(scopes: [ScopeAnalysis]) {
    for (n, script, prefix) in singletons {
      guard let cls = HeapDocument.unwrap(n.callee) as? Identifier, let b = scopes[script].binding(of: cls) else { continue }
      // `const tracker = new HeapTracker(); exports.tracker = tracker` with the class imported or
      // required: the instance's methods are the class's, exported by its own module.
      if !prefix.isEmpty, prefix != "default." {
        var target: (String, String)?
        if case .import(let source, let name) = b.kind { target = (source, name) }
        if b.kind == .const || b.kind == .let || b.kind == .var, b.isConstant, let initializer = b.initializer,
          let (module, chain) = HeapDocument.requireChain(of: initializer, scopes: scopes[script])
        {
          let names = chain + b.path
          target = (module, names.isEmpty ? "default" : names.joined(separator: "."))
        }
        if let (source, name) = target { reexports.append(ReExport(source: source, names: (name + "#", String(prefix.dropLast())))) }
      }
      guard b.kind == .class else { continue }
      // The objects its properties hold (`export const root = new Root()`, `root.tracker`).
      if let c = b.initializer as? ClassNode {
        exportedObjects.append((c, prefix, script))
        if prefix.isEmpty { exportedObjects.append((c, "default.", script)) }
      }
      for (key, id) in localClassMembers where key.hasPrefix(b.name + "#") {
        exports[prefix + key.dropFirst(b.name.count + 1)] = id
        if prefix.isEmpty { exports["default." + key.dropFirst(b.name.count + 1)] = id }
      }
    }
    singletons.removeAll()
  }

  private mutating func nameStatement(_ statement: Node, script: Int, exported: Bool, scopes: ScopeAnalysis) {
    switch statement {
    case let f as FunctionDeclaration:
      if let id = f.id { name(f, id.name, script: script, export: exported ? id.name : nil) }
    case let e as TSEnumDeclaration:
      if exported { exportedValues.append((e.id.name, e, script)) }
    case let v as VariableDeclaration:
      for d in v.declarations {
        guard let id = d.id as? Identifier, let initializer = d.initializer else { continue }
        if exported, v.kind == .const { exportedValues.append((id.name, initializer, script)) }
        let value = HeapDocument.unwrap(initializer)
        if value is FunctionNode {
          name(value, id.name, script: script, export: exported ? id.name : nil)
        } else if let o = value as? ObjectExpression {
          nameObject(o, prefix: id.name, script: script, exportPrefix: exported ? id.name + "." : nil, scopes: scopes)
        } else if let c = value as? ClassNode {
          nameClass(c, name: id.name, script: script, exportName: exported ? id.name : nil)
        } else if exported, let n = value as? NewExpression {
          singletons.append((n, script, id.name + "."))
        } else if exported, let call = value as? CallExpression, let f = Self.objectFreeze(call) as? ObjectExpression {
          nameObject(f, prefix: id.name, script: script, exportPrefix: id.name + ".", scopes: scopes)
        }
      }
    case let c as ClassDeclaration:
      if let id = c.id { nameClass(c, name: id.name, script: script, exportName: exported ? id.name : nil) }
    case let e as ExportNamedDeclaration:
      if let d = e.declaration {
        nameStatement(d, script: script, exported: true, scopes: scopes)
      } else if let source = e.source, case .string(let s) = source.value {
        for spec in e.specifiers {
          let local = ScopeAnalysis.staticKey(spec.local) ?? ""
          let exportedName = ScopeAnalysis.staticKey(spec.exported) ?? local
          reexports.append(ReExport(source: s, names: (local, exportedName)))
        }
      } else {
        // `export { identifyUser, Tracker as default }` of the module's own names.
        for spec in e.specifiers {
          guard let local = spec.local as? Identifier, let b = scopes.topLevelBinding(named: local.name) else { continue }
          let exportedName = ScopeAnalysis.staticKey(spec.exported) ?? local.name
          exportBinding(b, as: exportedName, script: script, scopes: scopes)
          if b.kind == .const, let initializer = b.initializer { exportedValues.append((exportedName, initializer, script)) }
        }
      }
    case let e as ExportAllDeclaration:
      if case .string(let s) = e.source.value, e.exported == nil { reexports.append(ReExport(source: s, names: nil)) }
    case let e as ExportDefaultDeclaration:
      let d = HeapDocument.unwrap(e.declaration)
      if let f = d as? FunctionNode {
        name(f, f.id?.name ?? "default", script: script, export: "default")
      } else if let c = d as? ClassNode {
        nameClass(c, name: c.id?.name ?? "default", script: script, exportName: "default")
      } else if let o = d as? ObjectExpression {
        nameObject(o, prefix: "default", script: script, exportPrefix: "default.", scopes: scopes)
      } else if let n = d as? NewExpression {
        singletons.append((n, script, "default."))
      } else if let o = Self.extendedObject(d) {
        // Ember's classic `export default Service.extend({ identify(id) { ... } })`: the
        // object's methods are the instance methods of the class it makes.
        nameObject(o, prefix: "default", script: script, exportPrefix: "default#", scopes: scopes)
      } else if let id = d as? Identifier, let b = scopes.binding(of: id), let initializer = b.initializer.map(HeapDocument.unwrap) {
        // `const tracking = { ... }; export default tracking;`
        if let o = initializer as? ObjectExpression {
          nameObject(o, prefix: id.name, script: script, exportPrefix: "default.", scopes: scopes)
        } else if let c = initializer as? ClassNode {
          nameClass(c, name: id.name, script: script, exportName: "default")
        } else if let n = initializer as? NewExpression {
          singletons.append((n, script, "default."))
        } else if initializer is FunctionNode {
          name(initializer, id.name, script: script, export: "default")
        }
      }
    default:
      break
    }
  }

  private mutating func nameObject(_ o: ObjectExpression, prefix: String?, script: Int, exportPrefix: String?, scopes: ScopeAnalysis) {
    for p in o.properties {
      guard let prop = p as? Property, !prop.computed, let key = ScopeAnalysis.staticKey(prop.key) else { continue }
      let display = prefix.map { "\($0).\(key)" } ?? key
      let value = HeapDocument.unwrap(prop.value)
      // A Vue mixin or component exported with its `methods: {...}`.
      if key == "methods", let exportPrefix, let methods = value as? ObjectExpression {
        nameObject(methods, prefix: prefix == "default" ? nil : prefix, script: script, exportPrefix: exportPrefix + "methods.", scopes: scopes)
        continue
      }
      if value is FunctionNode {
        name(value, display, script: script, export: exportPrefix.map { $0 + key })
      } else if let exportPrefix, let id = value as? Identifier, let b = scopes.binding(of: id) {
        // `export default { identify: identifyUser }`, `module.exports = { identify, Tracker }`.
        exportBinding(b, as: exportPrefix + key, script: script, scopes: scopes)
      }
    }
  }

  /// Exports what a top-level name holds under another name: `export { identifyUser }`,
  /// `export { Tracker as default }`, `module.exports = { HeapClient }`.
  private mutating func exportBinding(_ b: Binding, as exported: String, script: Int, scopes: ScopeAnalysis) {
    switch b.kind {
    case .function:
      name(b.initializer, b.name, script: script, export: exported)
    case .class:
      if let c = b.initializer.map(HeapDocument.unwrap) as? ClassNode { nameClass(c, name: b.name, script: script, exportName: exported) }
    case .const, .let, .var:
      guard b.isConstant, b.path.isEmpty, let initializer = b.initializer else { return }
      let value = HeapDocument.unwrap(initializer)
      if value is FunctionNode {
        name(value, b.name, script: script, export: exported)
      } else if let c = value as? ClassNode {
        nameClass(c, name: b.name, script: script, exportName: exported)
      } else if let o = value as? ObjectExpression {
        nameObject(o, prefix: b.name, script: script, exportPrefix: exported + ".", scopes: scopes)
      } else if let n = value as? NewExpression {
        singletons.append((n, script, exported + "."))
      }
    default:
      break
    }
  }

  /// The object literal of a classic class definition: `Service.extend({...})`,
  /// `EmberObject.extend(Mixin, {...})` (its last argument).
  static func extendedObject(_ node: Node) -> ObjectExpression? {
    guard let call = node as? CallExpression, let m = HeapDocument.unwrap(call.callee) as? MemberExpression,
      HeapDocument.propertyName(m) == "extend", let last = call.arguments.last
    else { return nil }
    return HeapDocument.unwrap(last) as? ObjectExpression
  }

  /// The argument of `Object.freeze(x)`.
  static func objectFreeze(_ call: CallExpression) -> Node? {
    guard let m = HeapDocument.unwrap(call.callee) as? MemberExpression, HeapDocument.propertyName(m) == "freeze",
      let o = HeapDocument.unwrap(m.object) as? Identifier, o.name == "Object", call.arguments.count == 1
    else { return nil }
    return HeapDocument.unwrap(call.arguments[0])
  }

  private mutating func nameClass(_ c: ClassNode, name className: String, script: Int, exportName: String?) {
    if let exportName { exportedObjects.append((c, exportName + "#", script)) }
    for member in c.body.body {
      let function: FunctionNode, key: String, isStatic: Bool
      if let m = member as? MethodDefinition, !m.computed, m.kind == .method, let k = ScopeAnalysis.staticKey(m.key) {
        (function, key, isStatic) = (m.value, k, m.isStatic)
      } else if let p = member as? PropertyDefinition, !p.computed, let k = ScopeAnalysis.staticKey(p.key), let f = p.value.map(HeapDocument.unwrap) as? FunctionNode {
        // `identify = (id: string) => this.heap.identify(id)`
        (function, key, isStatic) = (f, k, p.isStatic)
      } else {
        continue
      }
      let separator = isStatic ? "." : "#"
      name(function, "\(className).\(key)", script: script, export: exportName.map { "\($0)\(separator)\(key)" })
      // Local lookups use the same key shape as exports.
      localClassMembers["\(className)\(separator)\(key)"] = ObjectIdentifier(function)
    }
  }

  /// Exported classes and objects whose properties may hold other objects (`RootStore` with
  /// `this.analytics = new AnalyticsStore()`), with the prefix their properties are exported under.
  private var exportedObjects: [(Node, String, Int)] = []

  /// The objects held in properties of exported classes and of the objects exported hooks return
  /// (`RootStore#analytics`, `useStores().analytics`): an instance of an imported class is
  /// re-exported under the property's name, the methods of a local class are exported under it.
  private mutating func exportObjectProperties(_ document: HeapDocument) {
    for (owner, prefix, script) in exportedObjects {
      for (key, members) in document.objectModel(script).properties[ObjectIdentifier(owner)] ?? [:] {
        guard members.count == 1, let ref = document.memberRef(members[0], key: key, script: script, depth: 0) else { continue }
        let exported = prefix + key
        switch ref {
        case .imported(let source, let name, let instance):
          reexports.append(ReExport(source: source, names: (instance ? name + "#" : name, exported)))
        case .local(let cls as ClassNode, let s):
          for (method, found) in document.objectModel(s).properties[ObjectIdentifier(cls)] ?? [:] {
            for case .method(let f) in found { name(f, "\(exported).\(method)", script: s, export: "\(exported)#\(method)") }
          }
        default:
          continue
        }
      }
    }
    exportedObjects.removeAll()
  }

  /// Exported constants (`export const X = ...`, `export enum E {...}`) with their initialiser.
  private(set) var exportedValues: [(String, Node, Int)] = []

  /// `Class#method` and `Class.staticMethod` of this document's classes.
  private(set) var localClassMembers: [String: ObjectIdentifier] = [:]
}

extension HeapDocument {
  /// The function a call invokes, when it is one this document or the project knows.
  enum Callee {
    case local(LocalFunction)
    case project(FunctionSummary)
  }

  /// What a call calls, when the analysis can follow it. `throughObjects` false skips the ways
  /// that need the object model (methods of instances, object literals and services).
  func resolveCallee(_ call: CallExpression, script: Int, throughObjects: Bool = true) -> Callee? {
    let scripts = self.scripts
    let scopes = scripts[script].scopes
    let callee = HeapDocument.unwrap(call.callee)

    // A function declared inside another (an IIFE's helper, a component's handler) has no
    // entry in the names table, which holds the module's own: it is known by its binding.
    func local(_ node: Node?, _ b: Binding, in s: Int) -> Callee? {
      guard let f = node.map(HeapDocument.unwrap) as? FunctionNode else { return nil }
      return .local(wrappers.names[ObjectIdentifier(f)] ?? LocalFunction(node: f, script: s, name: b.name))
    }
    func fromProject(_ source: String, _ name: String) -> Callee? {
      guard let project = self.project, let summary = project.lookup(source: source, from: path, name: name) else { return nil }
      return .project(summary)
    }

    if let summary = configuredWrapper(call) { return .project(summary) }
    // What a name calls, by its binding in the script `s` that declares it.
    func named(_ b: Binding, in s: Int) -> Callee? {
      switch b.kind {
      case .function:
        return local(b.initializer, b, in: s)
      case .const, .let, .var:
        guard b.isConstant, let initializer = b.initializer else { return nil }
        if b.path.isEmpty, let l = local(initializer, b, in: s) { return l }
        if let (module, chain) = requireChain(initializer, scopes: scripts[s].scopes) {
          let names = chain + b.path
          return fromProject(module, names.isEmpty ? "default" : names.joined(separator: "."))
        }
        // `const { identify } = useAnalytics()`, `const { identify } = this.analytics`
        if b.path.count == 1, throughObjects { return calleeThroughObject(initializer, key: b.path[0], script: s) }
        return nil
      case .import(let source, let name):
        return fromProject(source, name)
      default:
        return nil
      }
    }
    if let id = callee as? Identifier {
      if let b = scopes.binding(of: id) { return named(b, in: script) }
      // A function another script of the page declares (`onclick="identifyUser('x')"`).
      if let (b, s) = sharedBinding(of: id, script: script) { return named(b, in: s) }
      // A function of Nuxt's `utils/` or `composables/`, auto-imported.
      guard scopes.isGlobal(id), let source = project?.autoImportSource(id.name) else { return nil }
      return fromProject(source, id.name)
    }

    guard let member = callee as? MemberExpression, let key = HeapDocument.propertyName(member) else { return nil }
    if let found = calleeThroughBinding(member, key: key, script: script) { return found }
    // `this.$heap.identify(id)`, `inject(HeapKey).identify(id)`: what a plugin provides.
    if let project, project.hasProvisions, let provided = provisionKey(member.object, script: script),
      let summary = project.provisions["\(provided).\(key)"]
    {
      return .project(summary)
    }
    // `Analytics.identify(id)`, `window.Analytics.identify(id)`, `App.analytics.identify(id)`,
    // where another script of the project sets that global.
    if let project, !project.autoImports.isEmpty, let base = globalPath(member.object, in: scripts[script]), !base.isEmpty {
      let full = base + [key]
      for length in stride(from: full.count, through: 1, by: -1) {
        guard let source = project.autoImportSource(full.prefix(length).joined(separator: ".")) else { continue }
        if let summary = project.lookup(source: source, from: path, name: full.joined(separator: ".")) { return .project(summary) }
      }
    }
    // `require('./analytics').identify(id)`
    if let (module, chain) = requireChain(member.object, scopes: scopes) {
      return fromProject(module, (chain + [key]).joined(separator: ".")) ?? (chain.isEmpty ? fromProject(module, "default.\(key)") : nil)
    }
    return throughObjects ? calleeThroughObject(member.object, key: key, script: script) : nil
  }

  /// A method of an object the analysis knows: a class instance, a class, an object literal, an
  /// injected service, an imported singleton (`this.analytics.identify(id)`).
  private func calleeThroughObject(_ object: Node, key: String, script: Int) -> Callee? {
    func fromProject(_ source: String, _ name: String) -> Callee? {
      guard let project = self.project, let summary = project.lookup(source: source, from: path, name: name) else { return nil }
      return .project(summary)
    }
    switch objectRef(object, script: script) {
    case .local(let owner, let s)?:
      for member in objectModel(s).members(of: owner, key) {
        switch member {
        case .method(let f):
          return .local(wrappers.names[ObjectIdentifier(f)] ?? LocalFunction(node: f, script: s, name: key))
        case .value(let v):
          if let f = functionValue(v, script: s) {
            let name = (HeapDocument.unwrap(v) as? Identifier)?.name ?? key
            return .local(wrappers.names[ObjectIdentifier(f)] ?? LocalFunction(node: f, script: s, name: name))
          }
          if let id = HeapDocument.unwrap(v) as? Identifier, let b = scripts[s].scopes.binding(of: id), case .import(let source, let name) = b.kind,
            let found = fromProject(source, name)
          {
            return found
          }
        default:
          continue
        }
      }
      return mixinMethod(of: owner, key: key, script: s)
    case .imported(let source, let name, let instance)?:
      if instance { return fromProject(source, "\(name)#\(key)") }
      if name == "*" { return fromProject(source, key) }
      return fromProject(source, "\(name).\(key)") ?? fromProject(source, "\(name)#\(key)")
    case nil:
      return nil
    }
  }

  /// A method a Vue 2 component takes from its `mixins: [tracking]`: the mixin's `methods`, from
  /// an object of this file or the default export of another module.
  private func mixinMethod(of owner: Node, key: String, script: Int) -> Callee? {
    guard let object = owner as? ObjectExpression else { return nil }
    // `this` in a method of `methods: {...}` is the component's, not that object's.
    let component = property(object, "mixins") != nil ? object : componentHolding(methods: object, script: script)
    guard let component, let list = property(component, "mixins").map(HeapDocument.unwrap) as? ArrayExpression else { return nil }
    let scopes = scripts[script].scopes
    for case let id as Identifier in list.elements.compactMap({ $0.map(HeapDocument.unwrap) }) {
      guard let b = scopes.binding(of: id) else { continue }
      if case .import(let source, let name) = b.kind {
        if let project, let summary = project.lookup(source: source, from: path, name: "\(name).methods.\(key)") { return .project(summary) }
        continue
      }
      guard b.isConstant, b.path.isEmpty, let mixin = b.initializer.map(HeapDocument.unwrap) as? ObjectExpression,
        let methods = property(mixin, "methods").map(HeapDocument.unwrap) as? ObjectExpression,
        let f = property(methods, key).map(HeapDocument.unwrap) as? FunctionNode
      else { continue }
      return .local(wrappers.names[ObjectIdentifier(f)] ?? LocalFunction(node: f, script: script, name: key))
    }
    return nil
  }

  /// The Vue options object whose `methods` is `methods`: the default export, or the object
  /// given to `defineComponent(...)` or `Vue.extend(...)` there.
  private func componentHolding(methods: ObjectExpression, script: Int) -> ObjectExpression? {
    for statement in scripts[script].program.body {
      guard let e = statement as? ExportDefaultDeclaration else { continue }
      var declared = HeapDocument.unwrap(e.declaration)
      if let c = declared as? CallExpression, let last = c.arguments.last { declared = HeapDocument.unwrap(last) }
      if let o = declared as? ObjectExpression, property(o, "methods").map(HeapDocument.unwrap) === methods { return o }
    }
    return nil
  }

  /// `object.key(...)` where `object` is a name: an import, a class, a constant.
  private func calleeThroughBinding(_ member: MemberExpression, key: String, script: Int) -> Callee? {
    let scopes = scripts[script].scopes
    func local(_ node: Node?) -> Callee? {
      guard let f = node.map(HeapDocument.unwrap) as? FunctionNode, let named = wrappers.names[ObjectIdentifier(f)] else { return nil }
      return .local(named)
    }
    func fromProject(_ source: String, _ name: String) -> Callee? {
      guard let project = self.project, let summary = project.lookup(source: source, from: path, name: name) else { return nil }
      return .project(summary)
    }
    guard let object = HeapDocument.unwrap(member.object) as? Identifier, let b = scopes.binding(of: object) else { return nil }
    switch b.kind {
    case .import(let source, let name):
      if name == "*" { return fromProject(source, key) }
      return fromProject(source, "\(name).\(key)") ?? fromProject(source, "\(name)#\(key)")
    case .parameter where b.path.isEmpty:
      // A parameter typed with a service class (`function boot(analytics: AnalyticsService)`,
      // an Angular factory's dependency): its methods are the class's.
      guard let type = ObjectModel.typeName(scripts[script].code, after: b.declaration.span.end),
        let typeBinding = scopes.topLevelBinding(named: type)
      else { return nil }
      switch typeBinding.kind {
      case .import(let source, let name): return fromProject(source, "\(name)#\(key)")
      case .class: return wrappers.localClassMembers["\(type)#\(key)"].flatMap { id in wrappers.names[id].map(Callee.local) }
      default: return nil
      }
    case .class:
      return wrappers.localClassMembers["\(b.name).\(key)"].flatMap { id in wrappers.names[id].map(Callee.local) }
    case .const, .let, .var:
      guard b.isConstant, let initializer = b.initializer.map(HeapDocument.unwrap) else { return nil }
      if let o = initializer as? ObjectExpression, b.path.isEmpty {
        for p in o.properties {
          guard let prop = p as? Property, !prop.computed, ScopeAnalysis.staticKey(prop.key) == key else { continue }
          if let l = local(prop.value) { return l }
        }
        return nil
      }
      if let n = initializer as? NewExpression, let cls = HeapDocument.unwrap(n.callee) as? Identifier, let cb = scopes.binding(of: cls) {
        switch cb.kind {
        case .class:
          return wrappers.localClassMembers["\(cb.name)#\(key)"].flatMap { id in wrappers.names[id].map(Callee.local) }
        case .import(let source, let name):
          return fromProject(source, "\(name)#\(key)")
        default:
          // `const { HeapServerClient } = require('./client')`.
          guard let (source, name) = importedName(of: cb, script: script) else { return nil }
          return fromProject(source, "\(name)#\(key)")
        }
      }
      if let (module, chain) = requireChain(initializer, scopes: scopes) {
        let base = chain + b.path
        return fromProject(module, (base + [key]).joined(separator: ".")) ?? (base.isEmpty ? fromProject(module, "default.\(key)") : nil)
      }
      return nil
    default:
      return nil
    }
  }

  /// `require('./x')` -> ("./x", []), `require('./x').a.b` -> ("./x", ["a", "b"]).
  func requireChain(_ node: Node, scopes: ScopeAnalysis) -> (String, [String])? {
    Self.requireChain(of: node, scopes: scopes)
  }

  static func requireChain(of node: Node, scopes: ScopeAnalysis) -> (String, [String])? {
    var chain: [String] = []
    var n = HeapDocument.unwrap(node)
    while let m = n as? MemberExpression, let name = HeapDocument.propertyName(m) {
      chain.insert(name, at: 0)
      n = HeapDocument.unwrap(m.object)
    }
    guard let call = n as? CallExpression, let callee = call.callee as? Identifier, callee.name == "require", scopes.isGlobal(callee),
      call.arguments.count == 1, let lit = call.arguments[0] as? Literal, case .string(let module) = lit.value
    else { return nil }
    return (module, chain)
  }

  /// The wrapped calls a function makes with its parameters, found through direct Heap calls
  /// and calls of other wrappers inside it.
  func wraps(of function: LocalFunction) -> [WrappedCall] {
    if let cached = wrapCache[ObjectIdentifier(function.node)] { return cached }
    wrapCache[ObjectIdentifier(function.node)] = []  // recursion guard
    let script = scripts[function.script]
    var result: [WrappedCall] = []
    for call in calls(in: function.node.span, script: function.script) {
      let (method, chainTail): (String, [String])
      switch call.via {
      case .direct: (method, chainTail) = (Self.intendedMethod(call.method), [])
      case .wrapper(let chain):
        // A recursive call (`function w(x) { w(x); heap.identify(x); }`, or through another
        // module's re-export) adds nothing the direct call has not: `w -> w -> heap.identify`.
        guard !chain.contains(function.name) else { continue }
        (method, chainTail) = (call.method, chain)
      case .server: continue
      }
      if let w = forwardedRest(call, function: function, method: method, chainTail: chainTail) {
        if !result.contains(w) { result.append(w) }
        continue
      }
      for heapIndex in 0..<8 {
        guard let arg = call.argument(heapIndex) else { continue }
        // `user.id` read from the parameter `user`: the path is ["id"].
        var path: [String] = []
        var node = Self.unconverted(HeapDocument.unwrap(arg), scopes: script.scopes)
        while let m = node as? MemberExpression, let key = HeapDocument.propertyName(m), path.count < 4 {
          path.insert(key, at: 0)
          node = HeapDocument.unwrap(m.object)
        }
        guard let id = node as? Identifier, let b = script.scopes.binding(of: id), b.kind == .parameter, b.function === function.node,
          !b.path.contains("\u{0}")
        else { continue }
        guard let parameter = function.node.params.firstIndex(where: { Self.pattern($0, declares: b.declaration) }) else { continue }
        var w = WrappedCall(method: method, heapArgument: heapIndex, parameter: parameter, chain: [function.name] + chainTail, path: b.path + path)
        if w.path.isEmpty, let d = function.node.params[parameter] as? AssignmentPattern {
          let possible = value(of: d.right, script: function.script).possibilities
          if possible.contains(where: { if case .dynamic = $0 { return false } else { return true } }) { w.parameterDefault = possible }
        }
        if !result.contains(w) { result.append(w) }
      }
    }
    wrapCache[ObjectIdentifier(function.node)] = result
    return result
  }

  /// The value under a conversion to string (`String(id)`, `id.toString()`, `` `${id}` ``): a
  /// wrapper that converts its parameter still passes the caller's value on.
  static func unconverted(_ node: Node, scopes: ScopeAnalysis) -> Node {
    var node = node
    for _ in 0..<8 {
      guard let inner = converted(node, scopes: scopes) else { break }
      node = inner
    }
    return node
  }

  /// Methods that give a string's normal form: the same identity, spelt the way it is stored.
  static let normalizers: Set<String> = ["toString", "trim", "trimStart", "trimEnd", "toLowerCase", "toUpperCase", "normalize"]

  /// The value one conversion or normalisation works on: `String(id)`, `id.trim()`,
  /// `` `${id}` ``, and a constant that holds one (`const trimmed = email.trim().toLowerCase()`).
  private static func converted(_ node: Node, scopes: ScopeAnalysis) -> Node? {
    if let c = node as? CallExpression, c.arguments.count == 1, !(c.arguments[0] is SpreadElement), let f = c.callee as? Identifier,
      f.name == "String", scopes.isGlobal(f)
    {
      return HeapDocument.unwrap(c.arguments[0])
    }
    if let c = node as? CallExpression, c.arguments.isEmpty, let m = HeapDocument.unwrap(c.callee) as? MemberExpression,
      let name = HeapDocument.propertyName(m), normalizers.contains(name)
    {
      return HeapDocument.unwrap(m.object)
    }
    if let t = node as? TemplateLiteral, t.expressions.count == 1, t.quasis.allSatisfy({ $0.cooked == "" }) {
      return HeapDocument.unwrap(t.expressions[0])
    }
    if let id = node as? Identifier, let b = scopes.binding(of: id), b.kind == .const, b.path.isEmpty, b.isConstant,
      let initializer = b.initializer.map(HeapDocument.unwrap), converted(initializer, scopes: scopes) != nil
    {
      return initializer
    }
    return nil
  }

  /// The method a wrapper means when it misspells one whose arguments Heap checks
  /// (`this._heap.indentify(id)`): the misspelling is reported where it is written, and the
  /// wrapper's callers are checked as the call will run once it is fixed, so that fixing the
  /// name does not uncover a second round of mistakes.
  static func intendedMethod(_ method: String) -> String {
    guard !ExecutionOrder.apiMethods.contains(method), method != "load", method != "push",
      let nearest = Suggestion.nearest(to: method, in: ExecutionOrder.apiMethods), nearest == "identify" || nearest == "addUserProperties"
    else { return method }
    return nearest
  }

  /// `heap.identify(...args)` (or a forwarding wrapper's call) inside a function whose rest
  /// parameter is `args`: the function passes its arguments on unchanged.
  private func forwardedRest(_ call: HeapCall, function: LocalFunction, method: String, chainTail: [String]) -> WrappedCall? {
    // Heap's arguments as written in this call: all of a direct call's, or those a forwarding
    // wrapper passes on (`function track(...args) { identify(...args) }`).
    let start: Int
    switch call.via {
    case .direct: start = 0
    case .wrapper:
      guard let s = call.forwardStart else { return nil }
      start = s
    case .server: return nil
    }
    guard start <= call.node.arguments.count else { return nil }
    let passed = Array(call.node.arguments[start...])
    guard let spreadIndex = passed.firstIndex(where: { $0 is SpreadElement }), spreadIndex == passed.count - 1,
      let spread = passed[spreadIndex] as? SpreadElement, let id = HeapDocument.unwrap(spread.argument) as? Identifier,
      let b = scripts[function.script].scopes.binding(of: id), b.kind == .parameter, b.function === function.node,
      let rest = function.node.params.firstIndex(where: { ($0 as? RestElement)?.argument === b.declaration }),
      rest == function.node.params.count - 1
    else { return nil }
    return WrappedCall(
      method: method, heapArgument: spreadIndex, parameter: rest, chain: [function.name] + chainTail, forwardsRest: true)
  }

  /// True when a parameter pattern declares the identifier (`user`, `{ id }`, `{ id = '' }`).
  static func pattern(_ p: Node, declares id: Identifier) -> Bool {
    switch p {
    case let i as Identifier: return i === id
    case let a as AssignmentPattern: return pattern(a.left, declares: id)
    case let o as ObjectPattern:
      return o.properties.contains { ($0 as? Property).map { pattern($0.value, declares: id) } ?? false }
    default: return false
    }
  }

  /// What a wrapper call passes to Heap: the argument, or the property of an object literal the
  /// wrapper reads from it (`identifyVisitor({ id: session.id })` -> `session.id`); nil when
  /// the object is not a literal or a spread may supply the property (unknown, not missing).
  private func mappedArgument(_ argument: Node, path: [String], script: Int) -> Node? {
    var node = argument
    for key in path {
      guard let o = objectLiteral(node, script: script), let value = property(o, key) else { return nil }
      node = value
    }
    return node
  }

  /// The calls of one script whose callee node lies inside `span`, in the order of `calls`. A
  /// binary search over the calls sorted by start keeps this cheap in files with thousands of
  /// functions and Heap calls.
  func calls(in span: Span, script: Int) -> [HeapCall] {
    if callsByStart?.count != calls.count {
      var byScript = Array(repeating: [(start: Int, index: Int)](), count: scripts.count)
      for (i, call) in calls.enumerated() where byScript.indices.contains(call.script) {
        byScript[call.script].append((call.node.span.start, i))
      }
      callsByStart = (calls.count, byScript.map { $0.sorted { ($0.start, $0.index) < ($1.start, $1.index) } })
    }
    guard let all = callsByStart?.scripts, all.indices.contains(script) else { return [] }
    let sorted = all[script]
    let low = sorted.partitionPoint { $0.start >= span.start }
    var found: [Int] = []
    for entry in sorted[low...] {
      guard entry.start <= span.end else { break }
      if calls[entry.index].node.span.end <= span.end { found.append(entry.index) }
    }
    return found.sorted().map { calls[$0] }
  }

  /// Adds a Heap call for every call of a wrapper (local or from the project), repeatedly, so
  /// that wrappers of wrappers are found too.
  func addWrapperCalls() {
    var seen = Set<String>()
    for _ in 0..<4 {
      wrapCache.removeAll()
      var added = false
      // A method call (`this.tracker.identify(x)`) is looked up in the object model only when it
      // can reach a wrapper: one of this file's functions wraps Heap, or a module of the project
      // exports one. A bundle that only calls Heap directly never builds the model for its
      // thousands of method calls.
      let throughObjects = (project?.hasWrappers ?? false) || wrappers.names.values.contains { !wraps(of: $0).isEmpty }
      for (i, script) in scripts.enumerated() {
        for (node, _) in script.scopes.calls {
          guard let call = node as? CallExpression, let callee = resolveCallee(call, script: i, throughObjects: throughObjects) else { continue }
          let wrapped: [WrappedCall]
          var local: LocalFunction?
          switch callee {
          case .local(let f): (wrapped, local) = (wraps(of: f), f)
          case .project(let summary): wrapped = summary.wraps
          }
          for w in wrapped {
            let key = "\(ObjectIdentifier(call).hashValue):\(w.method):\(w.heapArgument):\(w.chain.joined(separator: ">")):\(w.path.joined(separator: "."))"
            guard seen.insert(key).inserted else { continue }
            var mapped: [Int: Node] = [:]
            var defaults: [Int: AbstractValue] = [:]
            var forwarded: [Node]?
            if w.forwardsRest {
              // Every argument from the rest parameter on is Heap's; a spread among them leaves
              // the positions unknown.
              let passed = w.parameter < call.arguments.count ? Array(call.arguments[w.parameter...]) : []
              if !passed.contains(where: { $0 is SpreadElement }) {
                for (j, a) in passed.enumerated() { mapped[w.heapArgument + j] = a }
                if w.heapArgument == 0 { forwarded = passed }
              }
            } else if w.parameter < call.arguments.count, !(call.arguments[w.parameter] is SpreadElement),
              let argument = mappedArgument(call.arguments[w.parameter], path: w.path, script: i)
            {
              mapped[w.heapArgument] = argument
            } else if w.parameter >= call.arguments.count, w.path.isEmpty, !call.arguments.contains(where: { $0 is SpreadElement }),
              let f = local, f.script == i, w.parameter < f.node.params.count, let d = f.node.params[w.parameter] as? AssignmentPattern
            {
              // The call leaves the parameter out: the wrapper passes its default
              // (`function identify(id = 'guest') {...}` called as `identify()`).
              mapped[w.heapArgument] = d.right
            } else if local == nil, w.parameter >= call.arguments.count, !call.arguments.contains(where: { $0 is SpreadElement }),
              let d = w.parameterDefault
            {
              defaults[w.heapArgument] = AbstractValue(d)
            }
            calls.append(
              HeapCall(
                script: i, node: call, method: w.method, via: .wrapper(w.chain), mapped: mapped, forwardedArguments: forwarded,
                forwardStart: w.forwardsRest && w.heapArgument == 0 ? w.parameter : nil, defaults: defaults))
            added = true
          }
        }
      }
      if !added { break }
    }
    wrapCache.removeAll()
  }

  /// Summaries of the functions this module exports, for the project index.
  public func exportedSummaries() -> [String: FunctionSummary] {
    if let known = exportedSummaryCache { return known }
    let found = findExportedSummaries()
    exportedSummaryCache = found
    return found
  }

  private func findExportedSummaries() -> [String: FunctionSummary] {
    var out: [String: FunctionSummary] = [:]
    for (name, key) in wrappers.exports {
      guard let f = wrappers.names[key] else { continue }
      let global = wrappers.globalExports.contains(name)
      var summary = FunctionSummary(name: f.name, wraps: wraps(of: f), returns: global ? nil : returnSummary(of: f))
      summary.serverRequests = serverRequests(of: f.node)
      if summary.isInteresting { out[name] = summary }
      // A function that hands out Heap (`export const useHeap = () => inject('heap')`): its
      // result is Heap where it is called (`useHeap().identify(id)`).
      if !name.contains(where: { $0 == "." || $0 == "#" || $0 == "(" }), f.node.params.isEmpty, !f.node.isAsync,
        let returned = returnedExpression(of: f.node), isHeapReference(returned, in: scripts[f.script], depth: 0)
      {
        out[name + "()"] = FunctionSummary(name: name + "()", wraps: [], returns: nil, isHeap: true)
      }
    }
    // Constants, and the constant members of exported objects and enums, under `name=` and
    // `name.key=` (values, not functions: `X.key` alone names a function's summary).
    for (name, initializer, script) in wrappers.exportedValues {
      let s = scripts[script]
      func record(_ exportName: String, _ value: AbstractValue) {
        guard value.possibilities.contains(where: { if case .dynamic = $0 { return false } else { return true } }) else { return }
        out[exportName + "="] = FunctionSummary(name: exportName, wraps: [], returns: value.possibilities)
      }
      var node = HeapDocument.unwrap(initializer)
      if let call = node as? CallExpression, let frozen = WrapperAnalysis.objectFreeze(call) { node = frozen }
      if isHeapReference(node, in: s, depth: 0) {
        out[name] = FunctionSummary(name: name, wraps: [], returns: nil, isHeap: true)
        continue
      }
      if let module = serverClientModule(madeBy: node, script: script) {
        out[name] = FunctionSummary(name: name, wraps: [], returns: nil, serverClient: module)
        continue
      }
      // `export const heapHttp = axios.create({ baseURL })`: an HTTP client of Heap's API.
      if let made = node as? CallExpression, let url = heapAPIBaseURL(made, script: script) {
        var summary = FunctionSummary(name: name, wraps: [], returns: [.constant(.string(url), origin: s.text(made))])
        summary.isHeapAPIInstance = true
        out[name + "#baseURL="] = summary
        continue
      }
      // `export const genId = makeId`: another name for a function of the module.
      if let id = node as? Identifier, let b = s.scopes.binding(of: id), b.isConstant, b.path.isEmpty,
        let target = b.initializer.map(HeapDocument.unwrap) as? FunctionNode, let f = wrappers.names[ObjectIdentifier(target)]
      {
        let summary = FunctionSummary(name: name, wraps: wraps(of: f), returns: returnSummary(of: f))
        if summary.isInteresting { out[name] = summary }
        continue
      }
      // `export const uuid = v4`: calling it where it is imported makes a random value.
      if node is Identifier || node is MemberExpression, let source = RandomSources.generator(callee: node, in: s, extra: options.extraRandomGenerators) {
        out[name] = FunctionSummary(name: name, wraps: [], returns: [.random(source: source)])
        continue
      }
      if let o = node as? ObjectExpression {
        for p in o.properties {
          guard let prop = p as? Property, !prop.computed, let key = ScopeAnalysis.staticKey(prop.key), isHeapReference(prop.value, in: s, depth: 0) else { continue }
          out["\(name).\(key)"] = FunctionSummary(name: "\(name).\(key)", wraps: [], returns: nil, isHeap: true)
        }
      }
      switch node {
      case let e as TSEnumDeclaration:
        for member in e.members {
          if let key = ScopeAnalysis.staticKey(member.id) { record("\(name).\(key)", evaluator.enumValue(e, key: key, script: s)) }
        }
      case let o as ObjectExpression:
        // Nested objects too, two levels down (`environment.heap.kioskId`).
        func recordObject(_ o: ObjectExpression, _ prefix: String, _ depth: Int) {
          for p in o.properties {
            guard let prop = p as? Property, !prop.computed, prop.kind == .`init`, !prop.method, let key = ScopeAnalysis.staticKey(prop.key),
              !(prop.value is FunctionNode)
            else { continue }
            record("\(prefix).\(key)", evaluator.evaluate(prop.value, script: s))
            if let inner = HeapDocument.unwrap(prop.value) as? ObjectExpression, depth < 2 { recordObject(inner, "\(prefix).\(key)", depth + 1) }
          }
        }
        recordObject(o, name, 0)
      case is FunctionNode, is ClassNode:
        break
      default:
        record(name, evaluator.evaluate(node, script: s))
      }
    }
    return out
  }

  /// The relative modules this document imports or requires, as normalised paths without the
  /// extension resolution (`src/ids` for `import ... from './ids'` in `src/app.js`).
  public var importedModules: [String] { Self.importedModules(of: scripts, path: path) }

  /// The relative modules the scripts of the file at `path` import or require. Needs their
  /// scopes only, not the Heap model (a partial run asks this of every file it reaches).
  static func importedModules(of scripts: [AnalyzedScript], path: String) -> [String] {
    var specifiers = importSources(of: scripts)
    for script in scripts {
      // Re-exports, read from the top level directly (naming every function is not needed here).
      for statement in script.program.body {
        var source: Literal?
        if let e = statement as? ExportNamedDeclaration { source = e.source }
        if let e = statement as? ExportAllDeclaration { source = e.source }
        if let s = source, case .string(let module) = s.value { specifiers.insert(module) }
      }
    }
    // A root alias (Nuxt's `~/utils/ids`) may name a module in any directory above the file.
    return Array(Set(specifiers.flatMap { ProjectIndex.base(of: $0, from: path).map { [$0] } ?? ProjectIndex.rootAliasBases(of: $0, from: path) })).sorted()
  }

  /// Every module specifier the document imports or requires, as written (`./ids`, `~/api`,
  /// `heap-api`): the only way a file reaches the modules of the project index, besides the
  /// index-wide names `ProjectIndex.reachesEveryFile` stands for.
  public var importSources: [String] { Self.importSources(of: scripts).sorted() }

  static func importSources(of scripts: [AnalyzedScript]) -> Set<String> {
    var out = Set<String>()
    for script in scripts {
      for b in script.scopes.bindings {
        if case .import(let source, _) = b.kind { out.insert(source) }
      }
      for (node, _) in script.scopes.calls {
        if let call = node as? CallExpression, let module = RandomSources.requiredModule(call, in: script) { out.insert(module) }
      }
    }
    return out
  }

  /// The globals the document's scripts refer to: the names an index's auto-imports could
  /// stand for.
  public var globalNames: Set<String> {
    scripts.reduce(into: Set<String>()) {
      $0.formUnion($1.scopes.globalNames)
      $0.formUnion($1.idleGlobalNames)
    }
  }

  /// The module's re-exports, for the project index.
  var reexports: [WrapperAnalysis.ReExport] { wrappers.reexports }

  /// Constant and random values a function may return; nil when it returns only run-time values.
  func returnSummary(of function: LocalFunction) -> [PossibleValue]? {
    let value = evaluator.returnValue(of: function.node, script: scripts[function.script])
    let interesting = value.possibilities.contains { if case .dynamic = $0 { return false } else { return true } }
    return interesting ? value.possibilities : nil
  }
}
