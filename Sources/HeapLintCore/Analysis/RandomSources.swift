import JavaScriptSyntax

/// Recognises calls of random and time-based generators, however they are reached: globals
/// (`crypto.randomUUID()`, `Math.random()`, `Date.now()`, `uuidv4()` when nothing binds it),
/// ES imports and CommonJS requires of the `uuid`, `nanoid` and `crypto` packages.
enum RandomSources {
  /// Dotted names of global generators (after `window.`/`globalThis.`/`self.` are dropped).
  static let globalGenerators: Set<String> = [
    "crypto.randomUUID", "crypto.getRandomValues", "Math.random", "Date.now", "performance.now",
    "uuid", "uuidv1", "uuidv4", "uuidv6", "uuidv7", "uuid.v1", "uuid.v4", "uuid.v6", "uuid.v7", "nanoid", "ulid", "cuid",
  ]

  /// Exports of packages that produce random or time-based values. (`uuid`'s v3 and v5 hash a
  /// name: the same input gives the same id, so they are not here.)
  static let packageGenerators: [String: Set<String>] = [
    "uuid": ["v1", "v4", "v6", "v7"],
    "react-native-uuid": ["v1", "v4"],
    "uuid/v1": ["default", "*"],
    "uuid/v4": ["default", "*"],
    "nanoid": ["nanoid"],
    "nanoid/non-secure": ["nanoid"],
    "crypto": ["randomUUID", "randomBytes", "getRandomValues", "randomInt"],
    "node:crypto": ["randomUUID", "randomBytes", "getRandomValues", "randomInt"],
    "ulid": ["ulid"],
    "ulidx": ["ulid"],
    "cuid": ["default", "*", "slug"],
    "@paralleldrive/cuid2": ["createId"],
    "short-uuid": ["generate", "uuid"],
    "hyperid": [],
  ]

  /// Exports of packages that make generators: what they return, when called, is a generator
  /// (`customAlphabet('abc', 10)()`, `monotonicFactory()()`, `hyperid()()`) or an object whose
  /// methods are (`short().new()`).
  static let packageFactories: [String: Set<String>] = [
    "nanoid": ["customAlphabet", "customRandom"],
    "nanoid/non-secure": ["customAlphabet"],
    "ulid": ["monotonicFactory", "factory"],
    "ulidx": ["monotonicFactory", "factory"],
    "@paralleldrive/cuid2": ["init"],
    "short-uuid": ["default", "*"],
    "hyperid": ["default", "*"],
  ]

  /// The generator a call invokes (as written in the source), or nil. `extra` holds dotted names
  /// added by configuration (`randomGenerators:`), matched like the global names.
  static func generator(called call: CallExpression, in script: AnalyzedScript, extra: Set<String> = []) -> String? {
    generator(callee: call.callee, in: script, extra: extra)
  }

  /// The generator that calling `callee` invokes (`v4`, `crypto.randomUUID`, a constant that
  /// holds one), as a call's text, or nil.
  static func generator(callee: Node, in script: AnalyzedScript, extra: Set<String> = []) -> String? {
    let text = script.text(callee) + "()"
    var chain: [String] = []
    var node = HeapDocument.unwrap(callee)
    while let m = node as? MemberExpression, let name = HeapDocument.propertyName(m) {
      chain.insert(name, at: 0)
      node = HeapDocument.unwrap(m.object)
    }
    // `customAlphabet(abc, 10)()`, `short().generate()`
    if let inner = node as? CallExpression, isFactoryCall(inner, in: script) { return text }
    if !extra.isEmpty, let dotted = HeapDocument.dottedName(callee), extra.contains(dotted) { return text }
    if let root = node as? Identifier, let reference = script.scopes.reference(root), reference.binding == nil {
      var names = chain
      names.insert(root.name, at: 0)
      while names.count > 1, HeapDocument.globalObjectNames.contains(names[0]) { names.removeFirst() }
      let dotted = names.joined(separator: ".")
      return globalGenerators.contains(dotted) || extra.contains(dotted) ? text : nil
    }
    // `const nanoid = customAlphabet(abc, 10); nanoid()`, `const translator = short(); translator.new()`
    if let root = node as? Identifier, let b = script.scopes.binding(of: root), b.isConstant, b.path.isEmpty,
      let initializer = b.initializer.map(HeapDocument.unwrap) as? CallExpression, isFactoryCall(initializer, in: script)
    {
      return text
    }
    guard let (module, names) = packagePath(of: callee, in: script), let exports = packageGenerators[module] else { return nil }
    return matches(exports, names) ? text : nil
  }

  /// True when a call makes a generator (`customAlphabet(...)`, `hyperid()`, `monotonicFactory()`).
  static func isFactoryCall(_ call: CallExpression, in script: AnalyzedScript) -> Bool {
    guard let (module, names) = packagePath(of: call.callee, in: script), let exports = packageFactories[module] else { return false }
    return matches(exports, names)
  }

  private static func matches(_ exports: Set<String>, _ chain: [String]) -> Bool {
    if chain.isEmpty { return exports.contains("*") }
    // `uuid.default.v4` (transpiled ESM interop) is the same as `uuid.v4`.
    let names = chain.first == "default" && chain.count > 1 ? Array(chain.dropFirst()) : chain
    return names.count == 1 && exports.contains(names[0])
  }

  /// The package and export names an expression reaches: `v4` imported from `uuid` -> ("uuid",
  /// ["v4"]); `require('uuid').v4` -> ("uuid", ["v4"]); a namespace or default import with the
  /// members read from it.
  static func packagePath(of node: Node, in script: AnalyzedScript, depth: Int = 0) -> (String, [String])? {
    var chain: [String] = []
    var node = HeapDocument.unwrap(node)
    while let m = node as? MemberExpression, let name = HeapDocument.propertyName(m) {
      chain.insert(name, at: 0)
      node = HeapDocument.unwrap(m.object)
    }
    // require('uuid').v4()
    if let req = node as? CallExpression, let module = requiredModule(req, in: script) {
      return (module, chain)
    }
    guard let root = node as? Identifier, let binding = script.scopes.binding(of: root) else { return nil }
    switch binding.kind {
    case .import(let source, let name):
      if name == "*" || name == "default" {
        return (source, chain.isEmpty ? [name] : chain)
      }
      return (source, [name] + chain)
    case .const, .let, .var:
      guard binding.isConstant, let initializer = binding.initializer else { return nil }
      // const uuid = require('uuid'); const { v4 } = require('uuid'); const v4 = require('uuid').v4
      var initChain: [String] = []
      var n = HeapDocument.unwrap(initializer)
      while let m = n as? MemberExpression, let name = HeapDocument.propertyName(m) {
        initChain.insert(name, at: 0)
        n = HeapDocument.unwrap(m.object)
      }
      guard let req = n as? CallExpression, let module = requiredModule(req, in: script) else {
        // `const uuid = v4` (or `export const uuid = v4`): another name for what `v4` reaches.
        guard n is Identifier, depth < 4, let (module, names) = packagePath(of: initializer, in: script, depth: depth + 1) else { return nil }
        return (module, names + binding.path + chain)
      }
      let full = initChain + binding.path + chain
      return (module, full.isEmpty ? ["default"] : full)
    default:
      return nil
    }
  }

  /// The module name of `require('name')` when `require` is the global one.
  static func requiredModule(_ call: CallExpression, in script: AnalyzedScript) -> String? {
    guard let callee = call.callee as? Identifier, callee.name == "require", script.scopes.isGlobal(callee),
      call.arguments.count == 1, let lit = call.arguments[0] as? Literal, case .string(let module) = lit.value
    else { return nil }
    return module
  }
}

/// Functions of packages that return an id of the device or of the installation, not of the
/// person: as an identity they act like an anonymous id (one device, many people; one person,
/// many devices).
enum DeviceIdentifiers {
  static let packages: [String: Set<String>] = [
    "react-native-device-info": ["getUniqueId", "getUniqueIdSync", "getAndroidId", "getAndroidIdSync", "getInstanceId", "getInstanceIdSync"],
    "node-machine-id": ["machineId", "machineIdSync"],
    "expo-application": ["getAndroidId", "getIosIdForVendorAsync"],
  ]
}

extension HeapDocument {
  /// The device-id function whose result the expression holds (`DeviceInfo.getUniqueIdSync()`,
  /// `await getUniqueId()`, a constant bound to one), as written; nil otherwise.
  public func deviceIdSource(of node: Node, script: Int) -> String? {
    let s = scripts[script]
    var n = Self.unwrap(node)
    for _ in 0..<4 {
      if let a = n as? AwaitExpression {
        n = Self.unwrap(a.argument)
        continue
      }
      if let id = n as? Identifier, let b = s.scopes.binding(of: id), b.isConstant, b.path.isEmpty,
        b.kind == .const || b.kind == .let || b.kind == .var, let initializer = b.initializer
      {
        n = Self.unwrap(initializer)
        continue
      }
      break
    }
    guard let call = n as? CallExpression, let (module, chain) = RandomSources.packagePath(of: call.callee, in: s),
      let functions = DeviceIdentifiers.packages[module]
    else { return nil }
    let names = chain.first == "default" && chain.count > 1 ? Array(chain.dropFirst()) : chain
    guard names.count == 1, functions.contains(names[0]) else { return nil }
    return s.text(call.callee) + "()"
  }
}
