import JavaScriptSyntax

/// A server-side call to Heap that must carry an identity: a POST to Heap's HTTP API or a call
/// of the `heap-api` client.
public struct ServerCall {
  public var script: Int
  public var node: CallExpression
  /// For messages: `POST to heapanalytics.com/api/track`, `heap-api track`.
  public var description: String
  /// The identity passed, when the call passes one.
  public var identity: Node?
  /// False when the request body could not be seen (no verdict on a missing identity).
  public var bodyKnown: Bool
}

extension HeapDocument {
  /// Heap's server-side endpoints that need an identity.
  static let serverEndpoints = ["heapanalytics.com/api/track", "heapanalytics.com/api/add_user_properties"]

  /// Server-side Heap calls, with their identity when they pass one.
  public var serverCalls: [ServerCall] {
    if let cached = serverCallCache { return cached }
    let found = findServerCalls()
    serverCallCache = found
    return found
  }

  /// Byte strings a script must contain to make server-side Heap calls at all.
  private static let serverNeedles = [Array("heapanalytics".utf8), Array("heap-api".utf8)]

  private func findServerCalls() -> [ServerCall] {
    var out: [ServerCall] = []
    for (i, script) in scripts.enumerated() {
      let candidate = script.code.withUnsafeBufferPointer { code in Self.serverNeedles.contains { Prefilter.contains(code, $0) } }
      guard candidate else { continue }
      for (node, _) in script.scopes.calls {
        guard let call = node as? CallExpression else { continue }
        if let s = httpCall(call, script: i) { out.append(s) }
        if let s = clientCall(call, script: i) { out.append(s) }
      }
    }
    return out
  }

  /// Adds the identities of server calls to `calls`, so the identity rules judge them too.
  func addServerCalls() {
    for s in serverCalls {
      guard let identity = s.identity else { continue }
      calls.append(HeapCall(script: s.script, node: s.node, method: "identify", via: .server(s.description), mapped: [0: identity]))
    }
  }

  // MARK: HTTP API

  private func endpoint(in node: Node, script: Int) -> String? {
    // Only URL-shaped expressions: literals, templates, concatenations and names.
    switch HeapDocument.unwrap(node) {
    case is Literal, is TemplateLiteral, is BinaryExpression, is Identifier, is MemberExpression: break
    default: return nil
    }
    for case .constant(let v, _) in value(of: node, script: script).possibilities {
      if case .string(let url) = v, let e = Self.serverEndpoints.first(where: { url.contains($0) }) { return e }
    }
    // A URL with a hole (`${HEAP}/api/track`) still names the endpoint in its text.
    guard node.span.end - node.span.start < 512 else { return nil }
    let text = self.text(node, script: script)
    return Self.serverEndpoints.first { text.contains($0) }
  }

  /// fetch / axios / got / request / superagent: a call that names a Heap endpoint.
  private func httpCall(_ call: CallExpression, script: Int) -> ServerCall? {
    guard let first = call.arguments.first else { return nil }
    var endpointName: String?
    var options: [Node] = Array(call.arguments.dropFirst())
    if let url = endpoint(in: first, script: script) {
      endpointName = url
    } else if let o = objectLiteral(first, script: script) {
      // request({ url, json }) / axios({ url, data })
      for key in ["url", "uri"] {
        if let v = property(o, key), let url = endpoint(in: v, script: script) { endpointName = url }
      }
      options = [first]
    }
    guard let name = endpointName else { return nil }
    let path = String(name.split(separator: "/", maxSplits: 1).last ?? "")
    let description = "POST to Heap's /\(path)"

    var body: ObjectExpression?
    var bodyKnown = false
    // axios.post(url, data) / got.post(url, { json }) / fetch(url, { body: JSON.stringify(x) })
    for (index, option) in options.enumerated() {
      guard let o = objectLiteral(option, script: script) else { continue }
      var found = false
      for key in ["body", "data", "json", "form"] {
        guard let v = property(o, key) else { continue }
        found = true
        body = objectLiteral(unstringify(v), script: script)
      }
      if !found && index == 0 && option !== first && isMethodCall(call, named: ["post"]) {
        body = o  // axios.post(url, { identity, ... })
        found = true
      }
      bodyKnown = bodyKnown || found
    }
    // superagent: request.post(url).send({...})
    if !bodyKnown, let send = chainedSend(on: call, script: script) {
      body = objectLiteral(unstringify(send), script: script)
      bodyKnown = true
    }
    guard bodyKnown else { return ServerCall(script: script, node: call, description: description, identity: nil, bodyKnown: false) }
    guard let body else { return ServerCall(script: script, node: call, description: description, identity: nil, bodyKnown: false) }
    return ServerCall(script: script, node: call, description: description, identity: property(body, "identity"), bodyKnown: true)
  }

  private func isMethodCall(_ call: CallExpression, named names: Set<String>) -> Bool {
    guard let m = HeapDocument.unwrap(call.callee) as? MemberExpression, let key = HeapDocument.propertyName(m) else { return false }
    return names.contains(key.lowercased())
  }

  /// The argument of `.send(x)` chained on a call.
  private func chainedSend(on call: CallExpression, script: Int) -> Node? {
    for (node, _) in scripts[script].scopes.calls {
      guard let outer = node as? CallExpression, let m = HeapDocument.unwrap(outer.callee) as? MemberExpression,
        HeapDocument.propertyName(m) == "send", HeapDocument.unwrap(m.object) === call, let arg = outer.arguments.first
      else { continue }
      return arg
    }
    return nil
  }

  /// `JSON.stringify(x)` -> x.
  private func unstringify(_ node: Node) -> Node {
    let n = HeapDocument.unwrap(node)
    if let c = n as? CallExpression, let m = c.callee as? MemberExpression, HeapDocument.propertyName(m) == "stringify",
      let o = m.object as? Identifier, o.name == "JSON", let arg = c.arguments.first
    {
      return arg
    }
    return n
  }

  /// The object literal an expression denotes (directly or through a constant binding).
  public func objectLiteral(_ node: Node, script: Int) -> ObjectExpression? {
    var n = HeapDocument.unwrap(node)
    for _ in 0..<8 {
      if let o = n as? ObjectExpression { return o }
      guard let id = n as? Identifier, let b = scripts[script].scopes.binding(of: id), b.isConstant, b.path.isEmpty,
        let initializer = b.initializer
      else { return nil }
      n = HeapDocument.unwrap(initializer)
    }
    return nil
  }

  /// The value of a plain property of an object literal (the last one wins; a spread hides it).
  public func property(_ o: ObjectExpression, _ key: String) -> Node? {
    var found: Node?
    for p in o.properties {
      if p is SpreadElement { found = nil; continue }
      guard let prop = p as? Property, !prop.computed, ScopeAnalysis.staticKey(prop.key) == key else { continue }
      found = prop.value
    }
    return found
  }

  /// True when the object literal may have the key (a spread may supply it).
  func mayHaveProperty(_ o: ObjectExpression, _ key: String) -> Bool {
    o.properties.contains { p in
      if p is SpreadElement { return true }
      guard let prop = p as? Property else { return false }
      return prop.computed || ScopeAnalysis.staticKey(prop.key) == key
    }
  }

  // MARK: The heap-api client

  /// `client.addUserProperties(identity, props)` and `client.track(event, identity, props)` on a
  /// client made by `require('heap-api')(APP_ID)`.
  private func clientCall(_ call: CallExpression, script: Int) -> ServerCall? {
    guard let m = HeapDocument.unwrap(call.callee) as? MemberExpression, let method = HeapDocument.propertyName(m),
      method == "addUserProperties" || method == "track", isHeapAPIClient(m.object, script: script)
    else { return nil }
    let identityIndex = method == "track" ? 1 : 0
    let description = "heap-api \(method)"
    var identity: Node?
    if identityIndex < call.arguments.count {
      let arg = call.arguments[identityIndex]
      // Properties passed where the identity goes (`addUserProperties({ plan })`) mean it is missing.
      if objectLiteral(arg, script: script) == nil && !(arg is SpreadElement) { identity = arg }
      if arg is SpreadElement { return nil }
    }
    return ServerCall(script: script, node: call, description: description, identity: identity, bodyKnown: true)
  }

  private func isHeapAPIClient(_ node: Node, script: Int) -> Bool {
    let scopes = scripts[script].scopes
    guard let id = HeapDocument.unwrap(node) as? Identifier, let b = scopes.binding(of: id), b.isConstant, b.path.isEmpty,
      let initializer = b.initializer
    else { return false }
    // require('heap-api')(APP_ID), or a factory bound from it.
    guard let made = HeapDocument.unwrap(initializer) as? CallExpression else { return false }
    let factory = HeapDocument.unwrap(made.callee)
    if let inner = factory as? CallExpression, let module = RandomSources.requiredModule(inner, in: scripts[script]) {
      return module == "heap-api"
    }
    if let f = factory as? Identifier, let fb = scopes.binding(of: f) {
      if case .import(let source, _) = fb.kind { return source == "heap-api" }
      if let req = fb.initializer.map(HeapDocument.unwrap) as? CallExpression, let module = RandomSources.requiredModule(req, in: scripts[script]) {
        return module == "heap-api"
      }
    }
    return false
  }
}
