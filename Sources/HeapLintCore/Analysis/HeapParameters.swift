import JavaScriptSyntax

/// The calls of each function of a script: an immediately invoked function by its node, a named
/// one by the binding it is called through. Built once per script, from the script's call list.
struct CallSiteIndex {
  private(set) var byFunction: [ObjectIdentifier: [CallExpression]] = [:]
  private(set) var byBinding: [ObjectIdentifier: [CallExpression]] = [:]
  /// The binding a function is declared or stored under (`function f`, `const f = () => ...`).
  private(set) var bindingOfFunction: [ObjectIdentifier: Binding] = [:]
  /// The calls made at the top level of the script, outside every function.
  private(set) var topLevelCalls = Set<ObjectIdentifier>()

  init(script: AnalyzedScript) {
    for b in script.scopes.bindings where b.isConstant && b.path.isEmpty {
      guard let i = b.initializer.map(HeapDocument.unwrap) as? FunctionNode else { continue }
      if b.kind == .function || b.kind == .const || b.kind == .let || b.kind == .var { bindingOfFunction[ObjectIdentifier(i)] = b }
    }
    for (node, function) in script.scopes.calls {
      guard let call = node as? CallExpression else { continue }
      if function == nil { topLevelCalls.insert(ObjectIdentifier(call)) }
      let callee = HeapDocument.unwrap(call.callee)
      if let f = callee as? FunctionNode {
        byFunction[ObjectIdentifier(f), default: []].append(call)
      } else if let id = callee as? Identifier, let b = script.scopes.binding(of: id) {
        byBinding[ObjectIdentifier(b), default: []].append(call)
      }
    }
  }

  /// Every call of the function in the script.
  func calls(of f: FunctionNode) -> [CallExpression] {
    var out = byFunction[ObjectIdentifier(f)] ?? []
    if let b = bindingOfFunction[ObjectIdentifier(f)] { out += byBinding[ObjectIdentifier(b)] ?? [] }
    return out
  }
}

extension HeapDocument {
  /// True when every call of the parameter's function in this script passes Heap in its place:
  /// `(function (heap) { heap.identify(id) })(window.heap)`, `function createTracker(client)
  /// { ... }` used as `createTracker(window.heap)`. A function never called here is not assumed
  /// to receive Heap.
  func isHeapParameter(_ binding: Binding, in script: AnalyzedScript, depth: Int) -> Bool {
    let key = ObjectIdentifier(binding.declaration)
    if let known = heapParameterCache[key] { return known }
    heapParameterCache[key] = false  // recursion guard
    let result = everyCall(passing: binding, in: script, depth: depth) { argument, _ in isHeapReference(argument, in: script, depth: depth + 1) }
    heapParameterCache[key] = result
    return result
  }

  /// The global variable an expression names, as a path from the global object: `App` unbound
  /// or `window.App` -> ["App"], `App.analytics` -> ["App", "analytics"]; a constant holding one
  /// (`var App = window.App || {}`) or a parameter every call passes one to (`(function (App)
  /// {...})(window.App)`) likewise; the global object itself -> []. CommonJS's `module` and
  /// `exports` are not globals of a page.
  func globalPath(_ node: Node, in script: AnalyzedScript, depth: Int = 0) -> [String]? {
    guard depth < 8 else { return nil }
    let n = Self.unwrap(node)
    if isGlobalObject(n, in: script, depth: depth) { return [] }
    if let m = n as? MemberExpression, let key = Self.propertyName(m) {
      return globalPath(m.object, in: script, depth: depth + 1).map { $0 + [key] }
    }
    if let l = n as? LogicalExpression, l.operator == "||" || l.operator == "??" { return globalPath(l.left, in: script, depth: depth + 1) }
    // `var Shop = window.Shop = window.Shop || {}`: the assignment's value is what it stores.
    if let a = n as? AssignmentExpression, a.operator == "=" { return globalPath(a.left, in: script, depth: depth + 1) }
    guard let id = n as? Identifier else { return nil }
    guard let b = script.scopes.binding(of: id) else {
      return script.scopes.isGlobal(id) && id.name != "module" && id.name != "exports" ? [id.name] : nil
    }
    guard b.isConstant, b.path.isEmpty else { return nil }
    if b.kind == .parameter {
      var found: [String]?
      let every = everyCall(passing: b, in: script, depth: depth) { argument, _ in
        guard let p = globalPath(argument, in: script, depth: depth + 1), found == nil || found == p else { return false }
        found = p
        return true
      }
      return every ? found : nil
    }
    guard let initializer = b.initializer, !(initializer is FunctionNode) else { return nil }
    return globalPath(initializer, in: script, depth: depth + 1)
  }

  /// True when every call of the parameter's function in this script passes the global object
  /// in its place: `!function (w, d) { w.heap.load(id) }(window, document)`, the way minified
  /// libraries and the Heap snippet's relatives reach `window`, or `this` at the top level of a
  /// classic browser script (`(function (root) { root.heap.track(...) })(this)`; in a module
  /// it is undefined, in CommonJS `module.exports`).
  func isGlobalObjectParameter(_ binding: Binding, in script: AnalyzedScript, depth: Int) -> Bool {
    everyCall(passing: binding, in: script, depth: depth) { argument, call in
      guard HeapDocument.unwrap(argument) is ThisExpression else { return isGlobalObject(argument, in: script, depth: depth + 1) }
      guard script.program.sourceType == .script, let index = scriptIndex(script), callSiteIndexes[index]?.topLevelCalls.contains(ObjectIdentifier(call)) == true
      else { return false }
      return !ComponentFrontEnd.mentionsCommonJS(script.code)
    }
  }

  /// True when the parameter's function is called in this script, and every call passes, in
  /// the parameter's place, an argument that `passes` accepts.
  private func everyCall(passing binding: Binding, in script: AnalyzedScript, depth: Int, _ passes: (Node, CallExpression) -> Bool) -> Bool {
    guard depth < 6, let f = binding.function, let index = scriptIndex(script),
      let position = f.params.firstIndex(where: { ($0 as? Identifier) === binding.declaration })
    else { return false }
    if callSiteIndexes[index] == nil { callSiteIndexes[index] = CallSiteIndex(script: script) }
    let calls = callSiteIndexes[index]?.calls(of: f) ?? []
    guard !calls.isEmpty else { return false }
    return calls.allSatisfy { call in
      position < call.arguments.count && !(call.arguments[position] is SpreadElement) && passes(call.arguments[position], call)
    }
  }
}
