import JavaScriptSyntax

/// Recognises calls of random and time-based generators, however they are reached: globals
/// (`crypto.randomUUID()`, `Math.random()`, `Date.now()`, `uuidv4()` when nothing binds it),
/// ES imports and CommonJS requires of the `uuid`, `nanoid` and `crypto` packages.
enum RandomSources {
  /// Dotted names of global generators (after `window.`/`globalThis.`/`self.` are dropped).
  static let globalGenerators: Set<String> = [
    "crypto.randomUUID", "crypto.getRandomValues", "Math.random", "Date.now", "performance.now",
    "uuid", "uuidv1", "uuidv4", "uuidv6", "uuidv7", "uuid.v1", "uuid.v4", "uuid.v6", "uuid.v7", "nanoid",
  ]

  /// Exports of packages that produce random or time-based values.
  static let packageGenerators: [String: Set<String>] = [
    "uuid": ["v1", "v4", "v6", "v7"],
    "react-native-uuid": ["v1", "v4"],
    "uuid/v1": ["default", "*"],
    "uuid/v4": ["default", "*"],
    "nanoid": ["nanoid", "customAlphabet"],
    "crypto": ["randomUUID", "randomBytes"],
    "node:crypto": ["randomUUID", "randomBytes"],
  ]

  /// The generator a call invokes (as written in the source), or nil. `extra` holds dotted names
  /// added by configuration (`randomGenerators:`), matched like the global names.
  static func generator(called call: CallExpression, in script: AnalyzedScript, extra: Set<String> = []) -> String? {
    var chain: [String] = []
    var node = HeapDocument.unwrap(call.callee)
    while let m = node as? MemberExpression, let name = HeapDocument.propertyName(m) {
      chain.insert(name, at: 0)
      node = HeapDocument.unwrap(m.object)
    }
    let text = script.text(call.callee) + "()"

    // require('uuid').v4()
    if let req = node as? CallExpression, let module = requiredModule(req, in: script) {
      return isPackageGenerator(module, chain) ? text : nil
    }
    guard let root = node as? Identifier, let reference = script.scopes.reference(root) else { return nil }
    if !extra.isEmpty, let dotted = HeapDocument.dottedName(call.callee), extra.contains(dotted) { return text }

    guard let binding = reference.binding else {
      var names = chain
      names.insert(root.name, at: 0)
      while names.count > 1, HeapDocument.globalObjectNames.contains(names[0]) { names.removeFirst() }
      let dotted = names.joined(separator: ".")
      return globalGenerators.contains(dotted) || extra.contains(dotted) ? text : nil
    }
    switch binding.kind {
    case .import(let source, let name):
      if name == "*" || name == "default" {
        return isPackageGenerator(source, chain.isEmpty ? [name] : chain) ? text : nil
      }
      return isPackageGenerator(source, [name] + chain) ? text : nil
    case .const, .let, .var:
      guard binding.isConstant, let initializer = binding.initializer else { return nil }
      // const uuid = require('uuid'); const { v4 } = require('uuid'); const v4 = require('uuid').v4
      var initChain: [String] = []
      var n = HeapDocument.unwrap(initializer)
      while let m = n as? MemberExpression, let name = HeapDocument.propertyName(m) {
        initChain.insert(name, at: 0)
        n = HeapDocument.unwrap(m.object)
      }
      guard let req = n as? CallExpression, let module = requiredModule(req, in: script) else { return nil }
      let full = initChain + binding.path + chain
      return isPackageGenerator(module, full.isEmpty ? ["default"] : full) ? text : nil
    default:
      return nil
    }
  }

  private static func isPackageGenerator(_ module: String, _ chain: [String]) -> Bool {
    guard let exports = packageGenerators[module] else { return false }
    if chain.isEmpty { return exports.contains("*") }
    // `uuid.default.v4` (transpiled ESM interop) is the same as `uuid.v4`.
    let names = chain.first == "default" && chain.count > 1 ? Array(chain.dropFirst()) : chain
    return names.count == 1 && exports.contains(names[0])
  }

  /// The module name of `require('name')` when `require` is the global one.
  static func requiredModule(_ call: CallExpression, in script: AnalyzedScript) -> String? {
    guard let callee = call.callee as? Identifier, callee.name == "require", script.scopes.isGlobal(callee),
      call.arguments.count == 1, let lit = call.arguments[0] as? Literal, case .string(let module) = lit.value
    else { return nil }
    return module
  }
}
