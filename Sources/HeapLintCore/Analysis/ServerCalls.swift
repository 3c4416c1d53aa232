import JavaScriptSyntax

/// A server-side call to Heap: a POST to one of Heap's HTTP endpoints, or a call of a Node
/// client (`heap-api`, `heap-server`). Each item of the body (the body itself, or each entry of
/// a bulk form) must say whom it is about.
public struct ServerCall {
  /// What the items of a call must name.
  public enum Subject: Sendable {
    /// A user: `identity` (or, where Heap accepts one, Heap's numeric `user_id`).
    case user
    /// An account: `account_id`.
    case account
  }

  public var script: Int
  public var node: CallExpression
  /// For messages: `POST to Heap's /api/track`, `heap-api track`.
  public var description: String
  public var subject: Subject
  /// The identities passed, one per item that passes one (checked like any identify).
  public var identities: [Node]
  /// Items known to name no user (or account): the body, a bulk entry, or the call itself.
  public var missing: [Node]
  /// The endpoint whose body shape the request has (`/api/track`); nil for positional clients.
  var endpointPath: String? = nil
  /// The constant identities the call passes by leaving out an argument whose default (in
  /// another module) is one (`trackSystemEvent(env, 'Purged')` with `identity = 'edge-worker'`).
  public var defaultIdentities: [String] = []

  /// The first identity passed, if any.
  public var identity: Node? { identities.first }
  /// True when at least one item could be seen into.
  public var bodyKnown: Bool { !identities.isEmpty || !missing.isEmpty || !defaultIdentities.isEmpty }
}

/// One of Heap's server-side HTTP endpoints and the shape of its body.
struct ServerEndpoint {
  /// The path after the host (`/api/track`).
  var path: String
  var subject: ServerCall.Subject
  /// The key of the bulk form's array (`events`, `users`, `accounts`).
  var bulkKey: String?
  /// Keys any of which names the subject of one item.
  var subjectKeys: [String]
  /// The subject key whose value is checked like an identify's identity.
  var identityKey: String?

  /// Heap's documented server-side endpoints (Track and its bulk form, Add User Properties and
  /// its bulk form, Add Account Properties and its bulk form, server-side Identify, User
  /// Deletion).
  static let all: [ServerEndpoint] = [
    ServerEndpoint(path: "/api/track", subject: .user, bulkKey: "events", subjectKeys: ["identity", "user_id"], identityKey: "identity"),
    ServerEndpoint(path: "/api/add_user_properties", subject: .user, bulkKey: "users", subjectKeys: ["identity"], identityKey: "identity"),
    ServerEndpoint(path: "/api/add_account_properties", subject: .account, bulkKey: "accounts", subjectKeys: ["account_id"], identityKey: nil),
    ServerEndpoint(path: "/api/v1/identify", subject: .user, bulkKey: nil, subjectKeys: ["identity"], identityKey: "identity"),
    ServerEndpoint(path: "/api/identify", subject: .user, bulkKey: nil, subjectKeys: ["identity"], identityKey: "identity"),
    ServerEndpoint(path: "/api/public/v0/user_deletion", subject: .user, bulkKey: "users", subjectKeys: ["identity", "user_id"], identityKey: nil),
  ]

  /// Hosts that serve Heap's server-side API: the main one and the regional `*.heap-api.com`
  /// ones (`c.eu.heap-api.com`, `c.us.heap-api.com`).
  static let hosts = ["heapanalytics.com", "heap-api.com"]

  /// The endpoint a URL names, from its text (a constant URL, or the written text of one with
  /// holes such as `${HEAP_HOST}/api/track` next to a Heap host).
  static func named(by url: String, exact: Bool) -> ServerEndpoint? {
    // Every call's first argument comes here: most name no host, and `lowercased()` with
    // Foundation's `contains` cost 10,000 instructions a string (6% of a bundle's run). Both
    // hosts start with `heap`, and no non-ASCII letter lowercases to an ASCII one of it.
    guard mentionsHeap(url) else { return nil }
    let lower = url.lowercased()
    guard let host = hosts.first(where: { lower.contains($0) }), let hostRange = lower.range(of: host) else { return nil }
    var rest = String(lower[hostRange.upperBound...])
    if let cut = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = String(rest[..<cut]) }
    if exact {
      // `https://heapanalytics.com:443/api/track/` -> `/api/track`
      if rest.hasPrefix(":"), let slash = rest.firstIndex(of: "/") { rest = String(rest[slash...]) }
      while rest.count > 1 && rest.hasSuffix("/") { rest.removeLast() }
      return all.first { $0.path == rest }
    }
    return all.first { e in
      guard let r = rest.range(of: e.path) else { return false }
      let after = rest[r.upperBound...].first
      return after == nil || !(after!.isLetter || after! == "_" || after! == "/")
    }
  }

  /// True when `text` is a URL on one of Heap's hosts (`https://heapanalytics.com/api`,
  /// `https://c.eu.heap-api.com`), not prose that mentions one.
  static func isHostURL(_ text: String) -> Bool {
    guard mentionsHeap(text) else { return false }
    let lower = text.lowercased()
    guard let scheme = lower.range(of: "://"), lower.hasPrefix("http") else { return false }
    let host = lower[scheme.upperBound...].prefix { $0 != "/" && $0 != ":" && $0 != "?" }
    return hosts.contains { host == $0 || host.hasSuffix("." + $0) }
  }

  /// `heap` in any case, as ASCII bytes.
  static func mentionsHeap(_ text: String) -> Bool { mentions(text, caseInsensitive: heapBytes) }

  /// True when `text` holds `word` (lowercase ASCII bytes) in any case. Byte by byte: Foundation's
  /// `contains` on a string costs thousands of instructions, and this is asked of every call.
  static func mentions(_ text: String, caseInsensitive word: [UInt8]) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      bytes.count >= word.count && (0...(bytes.count - word.count)).contains { HTMLRawTag.hasPrefix(bytes, at: $0, caseInsensitive: word) }
    }
  }

  private static let heapBytes = Array("heap".utf8)
}

extension HeapDocument {
  /// Server-side Heap calls, with the identities they pass and the items that pass none.
  public var serverCalls: [ServerCall] {
    if let cached = serverCallCache { return cached }
    let found = findServerCalls()
    serverCallCache = found
    return found
  }

  /// Byte strings a script must contain to make server-side Heap calls at all.
  private static let serverNeedles = [Array("heapanalytics".utf8), Array("heap-".utf8)]

  /// True when `needle` occurs in `code` other than as the host of Heap's browser script
  /// (`https://cdn.us.heap-api.com/config/...`, `cdn.heapanalytics.com/js/heap-...`): a bundle
  /// that carries the snippet names Heap's CDN, not its server API, and reading every call of a
  /// 17 MB bundle as a possible request took an eighth of its time.
  private static func namesServerSide(_ code: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
    var from = 0
    while let at = Prefilter.find(code, needle, from: from) {
      if !Self.followsCDNHost(code, at) { return true }
      from = at + 1
    }
    return false
  }

  /// `cdn.`, `cdn.us.` or `cdn.eu.` right before the position: Heap's script host.
  private static func followsCDNHost(_ code: UnsafeBufferPointer<UInt8>, _ at: Int) -> Bool {
    for prefix in cdnPrefixes where at >= prefix.count {
      if (0..<prefix.count).allSatisfy({ code[at - prefix.count + $0] == prefix[$0] }) { return true }
    }
    // The snippet's script file itself (`heapanalytics.com/js/heap-123.js`).
    let js = Array("/js/".utf8)
    return at >= js.count && (0..<js.count).allSatisfy { code[at - js.count + $0] == js[$0] }
  }

  private static let cdnPrefixes = [Array("cdn.".utf8), Array("cdn.us.".utf8), Array("cdn.eu.".utf8)]

  private func findServerCalls() -> [ServerCall] {
    var out: [ServerCall] = []
    for (i, script) in scripts.enumerated() {
      // A client made in another module of the project is imported under any name.
      let candidate =
        (project?.hasServerClients ?? false)
        || script.code.withUnsafeBufferPointer { code in Self.serverNeedles.contains { Self.namesServerSide(code, $0) } }
        || importsHeapHost(script: i)
      guard candidate else {
        // A file that names no Heap host may still call another module's function that makes
        // Heap requests (`heapServer.track('', ...)` on an imported client class).
        if project?.hasServerWrappers ?? false {
          out += requestsThroughProjectFunctions(script: i, mutated: MutatedBindings { self.mutatedBindings(in: script) })
        }
        continue
      }
      let mutated = MutatedBindings { self.mutatedBindings(in: script) }
      var inFunctions: [(CallExpression, FunctionNode)] = []
      for (node, function) in script.scopes.calls {
        guard let call = node as? CallExpression else { continue }
        let http = httpCall(call, script: i, mutated: mutated)
        let client = clientCall(call, script: i, mutated: mutated)
        if let http { out.append(http) }
        if let client { out.append(client) }
        if let function, !function.params.isEmpty,
          http != nil || client != nil || urlReads(parametersOf: function, call: call, script: i)
        {
          inFunctions.append((call, function))
        }
      }
      requestsInFunctions += inFunctions.map { (i, $0.0, $0.1, nil) }
      out += requestsThroughFunctions(inFunctions, script: i, mutated: mutated)
      out += requestsThroughProjectFunctions(script: i, mutated: mutated)
    }
    return out
  }

  /// True when the module exports a constant naming Heap's host (`export const HEAP_API =
  /// 'https://heapanalytics.com/api'`): request functions in other modules may read it.
  public var exportsHeapHost: Bool {
    let named = scripts.contains { script in
      script.code.withUnsafeBufferPointer { code in ServerEndpoint.hosts.contains { Prefilter.contains(code, Array($0.utf8)) } }
    }
    return named && exportedSummaries().values.contains(where: ProjectIndex.Module.namesHeapHost)
  }

  /// True when the script imports a module that exports a constant naming Heap's host
  /// (`const { HEAP_API_BASE } = require('../config')`).
  private func importsHeapHost(script: Int) -> Bool {
    guard let project, !project.heapHostModules.isEmpty else { return false }
    let sources = Self.importSources(of: [scripts[script]])
    return sources.contains { project.resolve($0, from: path).map(project.heapHostModules.contains) ?? false }
  }

  /// Calls of functions other modules export that make Heap requests with what their callers
  /// pass (`heapTrack(event, identity, props)` from `./heap`), judged with this call's arguments.
  private func requestsThroughProjectFunctions(script: Int, mutated: MutatedBindings) -> [ServerCall] {
    guard let project, project.hasServerWrappers else { return [] }
    let names = project.serverWrapperNames
    var out: [ServerCall] = []
    for (node, enclosing) in scripts[script].scopes.calls {
      guard let call = node as? CallExpression,
        names.contains("*") || Self.calleeName(call).map(names.contains) == true || calleeIsImported(call, script: script),
        case .project(let summary)? = resolveCallee(call, script: script), !summary.serverRequests.isEmpty
      else { continue }
      if let enclosing { relayIdentity(of: call, shapes: summary.serverRequests, in: enclosing, script: script) }
      for shape in summary.serverRequests {
        if let k = shape.pathParameter {
          guard let arg = Self.argument(k, of: call), let path = constantString(arg, script: script), let e = shape.pathPassed ?? shape.endpointPath,
            path == e || "/" + path == e
          else { continue }
        }
        var result = ServerCall(script: script, node: call, description: shape.description, subject: shape.subject, identities: [], missing: [])
        if let k = shape.identityParameter, let arg = Self.argument(k, of: call) {
          result.identities.append(arg)
        } else if let k = shape.identityParameter, k >= call.arguments.count, !call.arguments.contains(where: { $0 is SpreadElement }) {
          result.defaultIdentities = shape.identityDefault
        }
        if let k = shape.bodyParameter, let arg = Self.argument(k, of: call), let o = objectLiteral(arg, script: script, mutated: mutated),
          let endpoint = ServerEndpoint.all.first(where: { $0.path == shape.endpointPath })
        {
          if shape.bodyNamesSubject {
            if let key = endpoint.identityKey, let v = property(o, key) { result.identities.append(v) }
          } else {
            judge(body: o, reportAt: call, endpoint: endpoint, script: script, mutated: mutated, into: &result)
          }
        }
        if let k = shape.bulkParameter, let arg = Self.argument(k, of: call),
          let endpoint = ServerEndpoint.all.first(where: { $0.path == shape.endpointPath })
        {
          for item in bulkItems(arg, script: script, mutated: mutated) {
            judgeItem(item.properties, reportAt: item, endpoint: endpoint, into: &result)
          }
        }
        if result.bodyKnown { out.append(result) }
      }
    }
    return out
  }

  /// A call of another module's request function inside `function`, passing one of the
  /// function's parameters as the identity: the function makes that request with what its own
  /// callers pass, and leaving the parameter out sends its default.
  private func relayIdentity(of call: CallExpression, shapes: [ServerRequestShape], in function: FunctionNode, script: Int) {
    let scopes = scripts[script].scopes
    for shape in shapes where shape.pathParameter == nil {
      guard let k = shape.identityParameter, let arg = Self.argument(k, of: call), let id = HeapDocument.unwrap(arg) as? Identifier,
        let b = scopes.binding(of: id), b.kind == .parameter, b.function === function, b.writes.isEmpty, b.path.isEmpty,
        let j = CallArguments.parameterIndex(declaring: b.declaration, in: function)
      else { continue }
      var relayed = ServerRequestShape(description: shape.description, subject: shape.subject, endpointPath: shape.endpointPath)
      relayed.identityParameter = j
      relayed.identityDefault = defaultConstants(of: function, parameter: j, script: script)
      let key = ObjectIdentifier(function)
      if !(relayedServerRequests[key] ?? []).contains(relayed) { relayedServerRequests[key, default: []].append(relayed) }
    }
  }

  /// The constant values of a parameter's default (`identity = SYSTEM_ACTOR`), as text.
  private func defaultConstants(of function: FunctionNode, parameter j: Int, script: Int) -> [String] {
    guard j < function.params.count, let d = function.params[j] as? AssignmentPattern else { return [] }
    return constantTexts(d.right, script: script)
  }

  /// The constant values an expression may have, as the text a request sends, each once.
  private func constantTexts(_ node: Node, script: Int) -> [String] {
    var out: [String] = []
    for case .constant(let v, _) in value(of: node, script: script).possibilities where !out.contains(v.stringValue) { out.append(v.stringValue) }
    return out
  }

  /// The argument in position `k` of a call, unless a spread comes first.
  private static func argument(_ k: Int, of call: CallExpression) -> Node? {
    guard k < call.arguments.count, !call.arguments[...k].contains(where: { $0 is SpreadElement }) else { return nil }
    return call.arguments[k]
  }

  /// How the Heap requests a function makes depend on its parameters, for callers in other
  /// modules: each request is read once with a stand-in for every parameter, and the stand-ins
  /// that come out as the identity or as the body say which arguments to judge.
  func serverRequests(of function: FunctionNode) -> [ServerRequestShape] {
    _ = serverCalls
    var out: [ServerRequestShape] = relayedServerRequests[ObjectIdentifier(function)] ?? []
    for entry in requestsInFunctions where entry.function === function {
      let probe = CallArguments(probing: function)
      let script = entry.script
      let args = entry.relay.map { CallArguments(function: $0.function, call: $0.call, outer: probe, scopes: scripts[script].scopes) } ?? probe
      let made = httpCall(entry.request, script: script, mutated: .none, args: args) ?? clientCall(entry.request, script: script, mutated: .none, args: args)
      if made == nil, entry.relay == nil, let k = urlParameter(of: entry.request, in: function, script: script) {
        // The URL's path comes from the caller (`postJson(path, payload)` over a client whose
        // base is Heap's host): one shape per endpoint, applied where a call passes that path.
        // The base may end in `/api` already (`${HEAP_API_BASE}${path}` with `.../api`): the
        // callers then pass `/track`.
        for endpoint in ServerEndpoint.all {
          let probes = [endpoint.path, String(endpoint.path.dropFirst("/api".count))].lazy.map { passed in
            (passed, CallArguments(probing: function, path: (k, passed)))
          }
          guard
            let (passed, fixed, found) = probes.compactMap({ passed, fixed -> (String, CallArguments, ServerCall)? in
              guard let found = self.httpCall(entry.request, script: script, mutated: .none, args: fixed), found.endpointPath == endpoint.path, fixed.used
              else { return nil }
              return (passed, fixed, found)
            }).first
          else { continue }
          var shape = ServerRequestShape(description: found.description, subject: found.subject, endpointPath: endpoint.path)
          shape.pathParameter = k
          shape.pathPassed = passed
          shape.identityParameter = found.identities.lazy.compactMap { fixed.standIn(of: $0) }.first
          shape.bodyParameter = fixed.bodyParameter
          shape.bulkParameter = fixed.bulkParameter
          if shape.identityParameter != nil || shape.bodyParameter != nil || shape.bulkParameter != nil, !out.contains(shape) { out.append(shape) }
        }
      }
      guard let made, probe.used else { continue }
      var shape = ServerRequestShape(description: made.description, subject: made.subject, endpointPath: made.endpointPath)
      shape.identityParameter = made.identities.lazy.compactMap { probe.standIn(of: $0) }.first
      if let k = probe.bodyParameter {
        shape.bodyParameter = k
        shape.bodyNamesSubject = made.missing.isEmpty && made.identities.contains { probe.standIn(of: $0) == nil }
        if made.missing.isEmpty && !shape.bodyNamesSubject && shape.identityParameter != nil { shape.bodyParameter = nil }
      }
      shape.bulkParameter = probe.bulkParameter
      // `identity = SYSTEM_ACTOR`: a caller in another module that leaves it out sends that.
      if let j = shape.identityParameter { shape.identityDefault = defaultConstants(of: function, parameter: j, script: script) }
      guard shape.identityParameter != nil || shape.bodyParameter != nil || shape.bulkParameter != nil else { continue }
      if !out.contains(shape) { out.append(shape) }
    }
    return out
  }

  /// A function that makes a Heap request with what its callers pass (`post(path, payload)`
  /// posting `{ app_id, ...payload }` to `${HEAP_HOST}${path}`, or `trackServer(identity,
  /// event)`) says nothing alone: each call of it in the script is judged as the request it
  /// makes, with the parameters read as the arguments passed, and reported at that call. A call
  /// that sits in another function and passes that function's parameters on (a class's
  /// `track(identity, event)` calling its private `this.post(...)`) is followed one level up:
  /// each call of the outer function is judged the same way.
  private func requestsThroughFunctions(_ requests: [(CallExpression, FunctionNode)], script: Int, mutated: MutatedBindings) -> [ServerCall] {
    guard !requests.isEmpty else { return [] }
    let scopes = scripts[script].scopes
    let sites = localCallSites(of: requests.map(\.1), script: script)
    var out: [ServerCall] = []
    func judged(_ request: CallExpression, _ args: CallArguments, reportedAt site: CallExpression, outside functions: [FunctionNode]) -> ServerCall? {
      let made = httpCall(request, script: script, mutated: mutated, args: args) ?? clientCall(request, script: script, mutated: mutated, args: args)
      guard var call = made, args.outermostUsed, call.bodyKnown else { return nil }
      // What the functions' own code holds (`identity: 'system'` written in one) was judged
      // with the request or the inner call; only what this caller passes, or leaves to a
      // parameter's default, is new.
      let inside = { (n: Node) in functions.contains { n.span.start >= $0.body.span.start && n.span.end <= $0.body.span.end } }
      call.identities.removeAll(where: inside)
      call.missing.removeAll(where: inside)
      // A default the call left to a parameter is reported at the call, which chose it.
      let defaulted = { (n: Node) in functions.contains { n.span.start >= $0.span.start && n.span.end <= $0.body.span.start } }
      for identity in call.identities where defaulted(identity) {
        for text in constantTexts(identity, script: script) where !call.defaultIdentities.contains(text) { call.defaultIdentities.append(text) }
      }
      call.identities.removeAll(where: defaulted)
      guard call.bodyKnown else { return nil }
      call.node = site
      return call
    }
    var relays: [(CallExpression, FunctionNode, CallExpression, FunctionNode)] = []
    for (request, function) in requests {
      for (site, enclosing) in sites[ObjectIdentifier(function)] ?? [] {
        let args = CallArguments(function: function, call: site, scopes: scopes)
        if let call = judged(request, args, reportedAt: site, outside: [function]) { out.append(call) }
        guard let outerFunction = enclosing, outerFunction !== function, !outerFunction.params.isEmpty else { continue }
        requestsInFunctions.append((script, request, outerFunction, (function, site)))
        relays.append((request, function, site, outerFunction))
      }
    }
    let outerSites = relays.isEmpty ? [:] : localCallSites(of: relays.map(\.3), script: script)
    for (request, function, site, outerFunction) in relays {
      for (outerSite, _) in outerSites[ObjectIdentifier(outerFunction)] ?? [] {
        let outerArgs = CallArguments(function: outerFunction, call: outerSite)
        let chained = CallArguments(function: function, call: site, outer: outerArgs, scopes: scopes)
        if let call = judged(request, chained, reportedAt: outerSite, outside: [function, outerFunction]) { out.append(call) }
      }
    }
    return out
  }

  /// The calls of some of the script's named functions and methods (`post(...)`,
  /// `this.post(...)`), by function, each with the function it is made in. Only calls by one of
  /// their names are resolved: a bundle has hundreds of thousands of calls.
  private func localCallSites(of functions: [FunctionNode], script: Int) -> [ObjectIdentifier: [(CallExpression, FunctionNode?)]] {
    let wanted = Set(functions.map(ObjectIdentifier.init))
    let names = Set(
      functions.compactMap { f in
        wrappers.names[ObjectIdentifier(f)].flatMap { $0.name.split(whereSeparator: { $0 == "." || $0 == "#" }).last.map(String.init) }
      })
    guard !names.isEmpty else { return [:] }
    var out: [ObjectIdentifier: [(CallExpression, FunctionNode?)]] = [:]
    for (node, enclosing) in scripts[script].scopes.calls {
      guard let call = node as? CallExpression, let name = Self.calleeName(call), names.contains(name),
        case .local(let f)? = resolveCallee(call, script: script), f.script == script,
        wanted.contains(ObjectIdentifier(f.node))
      else { continue }
      out[ObjectIdentifier(f.node), default: []].append((call, enclosing))
    }
    return out
  }

  /// Names of request functions and methods (`fetch`, `got`, `axios.post`, `this.fetchImpl`,
  /// `$.ajax`, `http.request`).
  private static let requestNames: Set<String> = ["fetch", "got", "axios", "ky", "request", "needle", "superagent", "post", "put", "patch", "ajax"]

  private static func looksLikeRequest(_ call: CallExpression) -> Bool {
    guard let name = calleeName(call) else { return false }
    return ServerEndpoint.mentions(name, caseInsensitive: fetchBytes) || requestNames.contains(name.lowercased())
  }

  private static let fetchBytes = Array("fetch".utf8)

  /// True when the callee's first name is imported or required (`t(...)` after `import { track
  /// as t }`, `heap.send(...)` after `const heap = require('./heap')`): it may be renamed.
  private func calleeIsImported(_ call: CallExpression, script: Int) -> Bool {
    var n = HeapDocument.unwrap(call.callee)
    while let m = n as? MemberExpression { n = HeapDocument.unwrap(m.object) }
    guard let id = n as? Identifier, let b = scripts[script].scopes.binding(of: id) else { return false }
    return importedName(of: b, script: script) != nil
  }

  /// The name a call is made by: `post` of `post(...)` and of `this.client.post(...)`.
  static func calleeName(_ call: CallExpression) -> String? {
    switch HeapDocument.unwrap(call.callee) {
    case let id as Identifier: return id.name
    case let m as MemberExpression: return HeapDocument.propertyName(m)
    default: return nil
    }
  }

  /// True when the URL of a call (its first argument: a parameter, or a template or
  /// concatenation) reads a parameter of the function it is in.
  private func urlReads(parametersOf function: FunctionNode, call: CallExpression, script: Int) -> Bool {
    // Only what looks like a request: minified code passes parameters on everywhere.
    guard let first = call.arguments.first, Self.looksLikeRequest(call) else { return false }
    let scopes = scripts[script].scopes
    func reads(_ n: Node, _ depth: Int) -> Bool {
      let n = HeapDocument.unwrap(n)
      if let id = n as? Identifier, let b = scopes.binding(of: id) { return b.kind == .parameter && b.function === function }
      guard depth < 4 else { return false }
      if let t = n as? TemplateLiteral { return t.expressions.contains { reads($0, depth + 1) } }
      if let b = n as? BinaryExpression, b.operator == "+" { return reads(b.left, depth + 1) || reads(b.right, depth + 1) }
      return false
    }
    switch HeapDocument.unwrap(first) {
    // `fetch(`${HEAP_HOST}${path}`, ...)`, or `fetch(url, ...)` in `postJson(url, payload)`.
    case is TemplateLiteral, is BinaryExpression, is Identifier: return reads(first, 0)
    default: return false
    }
  }

  /// The parameter of `function` that a request's URL reads (`post(path, ...)`, `` `${HOST}${path}` ``).
  private func urlParameter(of request: CallExpression, in function: FunctionNode, script: Int) -> Int? {
    guard let first = request.arguments.first else { return nil }
    let scopes = scripts[script].scopes
    var candidates: [Node] = [HeapDocument.unwrap(first)]
    if let t = candidates[0] as? TemplateLiteral { candidates = t.expressions.map(HeapDocument.unwrap) }
    if let b = candidates[0] as? BinaryExpression, b.operator == "+" { candidates = [HeapDocument.unwrap(b.left), HeapDocument.unwrap(b.right)] }
    for c in candidates {
      guard let id = c as? Identifier, let b = scopes.binding(of: id), b.kind == .parameter, b.function === function, b.path.isEmpty else { continue }
      if let k = CallArguments.parameterIndex(declaring: b.declaration, in: function) { return k }
    }
    return nil
  }

  /// Adds the identities of server calls to `calls`, so the identity rules judge them too.
  func addServerCalls() {
    for s in serverCalls {
      for identity in s.identities {
        calls.append(HeapCall(script: s.script, node: s.node, method: "identify", via: .server(s.description), mapped: [0: identity]))
      }
    }
  }

  // MARK: HTTP API

  private func endpoint(in node: Node, script: Int, args: CallArguments? = nil) -> ServerEndpoint? {
    if let args, let url = urlText(node, script: script, args: args), let e = ServerEndpoint.named(by: url, exact: true) { return e }
    // Only URL-shaped expressions: literals, templates, concatenations and names.
    switch HeapDocument.unwrap(node) {
    case is Literal, is TemplateLiteral, is BinaryExpression, is Identifier, is MemberExpression, is CallExpression: break
    default: return nil
    }
    var unwrapped = HeapDocument.unwrap(node)
    // `new URL('/api/track', HEAP_HOST)` is rare; `String(url)` and `url.toString()` are not.
    if let c = unwrapped as? CallExpression {
      guard let m = c.callee as? MemberExpression, HeapDocument.propertyName(m) == "toString" else { return nil }
      unwrapped = m.object
    }
    for case .constant(let v, _) in value(of: unwrapped, script: script).possibilities {
      if case .string(let url) = v, let e = ServerEndpoint.named(by: url, exact: true) { return e }
    }
    // `fetch(this.endpoint, ...)` where the constructor keeps its `endpoint` parameter and the
    // module makes the client with Heap's URL (`new TrackEvent(APP_ID, 'https://heapanalytics.com/api/track')`).
    for argument in constructorArguments(behind: unwrapped, script: script) {
      for case .constant(let v, _) in value(of: argument, script: script).possibilities {
        if case .string(let url) = v, let e = ServerEndpoint.named(by: url, exact: true) { return e }
      }
    }
    // A URL with a hole (`${HEAP}/api/track`) still names the endpoint in its text.
    guard unwrapped.span.end - unwrapped.span.start < 512 else { return nil }
    return ServerEndpoint.named(by: self.text(unwrapped, script: script), exact: false)
  }

  /// What the `new` expressions of the script pass for the constructor parameter that a
  /// `this.key` holds (`constructor(appId, endpoint) { this.endpoint = endpoint }`).
  private func constructorArguments(behind node: Node, script: Int) -> [Node] {
    guard let m = node as? MemberExpression, HeapDocument.unwrap(m.object) is ThisExpression, let key = HeapDocument.propertyName(m),
      case .local(let owner, let s)? = objectRef(m.object, script: script), s == script, let c = owner as? ClassNode,
      let members = members(of: m.object, key: key, script: script)?.members, members.count == 1, case .value(let v) = members[0],
      let id = HeapDocument.unwrap(v) as? Identifier, let b = scripts[s].scopes.binding(of: id), b.kind == .parameter,
      let constructor = c.body.body.lazy.compactMap({ $0 as? MethodDefinition }).first(where: { $0.kind == .constructor }),
      b.function === constructor.value,
      let k = constructor.value.params.firstIndex(where: { ($0 as? Identifier) === b.declaration })
    else { return [] }
    let scopes = scripts[s].scopes
    var out: [Node] = []
    for (node, _) in scopes.calls {
      guard let n = node as? NewExpression, let callee = HeapDocument.unwrap(n.callee) as? Identifier, let cb = scopes.binding(of: callee),
        (cb.kind == .class && cb.declaration === c.id) || cb.initializer.map(HeapDocument.unwrap) === c,
        k < n.arguments.count, !n.arguments[...k].contains(where: { $0 is SpreadElement })
      else { continue }
      out.append(n.arguments[k])
    }
    return out
  }

  /// The constant text of a URL whose holes are constants or parameters of the calling
  /// function given constant arguments (`${HEAP_HOST}${path}` called with `'/api/track'`).
  private func urlText(_ node: Node, script: Int, args: CallArguments) -> String? {
    let n = HeapDocument.unwrap(node)
    if let t = n as? TemplateLiteral {
      var text = ""
      for (i, q) in t.quasis.enumerated() {
        guard let cooked = q.cooked else { return nil }
        text += cooked
        if i < t.expressions.count {
          guard let part = urlText(t.expressions[i], script: script, args: args) else { return nil }
          text += part
        }
      }
      return text
    }
    if let b = n as? BinaryExpression, b.operator == "+" {
      guard let left = urlText(b.left, script: script, args: args), let right = urlText(b.right, script: script, args: args) else { return nil }
      return left + right
    }
    if let id = n as? Identifier, let b = scripts[script].scopes.binding(of: id), let arg = args.argument(for: b) {
      return constantString(arg, script: script)
    }
    // A base that is Heap's host unless the environment says otherwise
    // (`process.env.HEAP_BASE || 'https://heapanalytics.com/api'`) is read as the host.
    return constantString(n, script: script) ?? ((n is Identifier || n is MemberExpression) ? heapHost(n, script: script) : nil)
  }

  /// fetch / axios / got / request / superagent / needle / $.ajax: a call that names a Heap
  /// endpoint, with the body it sends. With `args`, the call is the one a function makes, judged
  /// for one call of that function.
  private func httpCall(_ call: CallExpression, script: Int, mutated: MutatedBindings, args: CallArguments? = nil) -> ServerCall? {
    guard let first = call.arguments.first else { return nil }
    var found: ServerEndpoint?
    var options: [Node] = Array(call.arguments.dropFirst())
    if let e = endpoint(in: first, script: script, args: args) {
      found = e
    } else if let base = instanceBaseURL(call, script: script, mutated: mutated, args: args),
      let path = args.flatMap({ urlText(first, script: script, args: $0) }) ?? constantString(first, script: script),
      // got's `prefixUrl` takes paths without their leading slash (`post('api/track')`).
      let e = ServerEndpoint.named(by: path.hasPrefix("/") ? base + path : base + "/" + path, exact: true)
    {
      // axios.create({ baseURL: 'https://heapanalytics.com' }).post('/api/track', body), and
      // `this.http.post(path, body)` in a `post(path, body)` its callers give the path.
      found = e
    } else if let loose = objectLiteral(first, script: script, mutated: .none), let e = urlEndpoint(of: loose, script: script),
      objectLiteral(first, script: script, mutated: mutated) === loose
    {
      // request({ url, json }) / axios({ url, data }) / $.ajax({ url, data }). The object is
      // looked for first without the written-later check (which reads the whole script): with
      // the check it is the same object or none.
      found = e
      options = [first]
    }
    guard let endpoint = found else { return nil }
    let description = "POST to Heap's \(endpoint.path)"

    var bodyNode: Node?
    var sawBody = false
    // axios.post(url, data) / got.post(url, { json }) / fetch(url, { body: JSON.stringify(x) })
    for (index, option) in options.enumerated() {
      guard let o = objectLiteral(option, script: script, mutated: mutated, args: args) else {
        if index == 0 && options.first !== first && isMethodCall(call, named: ["post", "put"]) { sawBody = true }
        continue
      }
      var hasBodyKey = false
      // `axios.post(url, { app_id, ...payload })`: a spread may hold any key, but an object that
      // names Heap's own fields is the body itself, not options holding one.
      let namesHeapFields =
        index == 0 && option !== first && isMethodCall(call, named: ["post", "put"])
        && o.properties.contains { ($0 as? Property).map { !$0.computed && ScopeAnalysis.staticKey($0.key) == "app_id" } ?? false }
      for key in ["body", "data", "json", "form"] {
        guard let v = property(o, key) else {
          if mayHaveProperty(o, key) && !namesHeapFields { hasBodyKey = true }
          continue
        }
        // request's `json: true` is a flag, not the body.
        if let flag = HeapDocument.unwrap(v) as? Literal, case .boolean = flag.value { continue }
        hasBodyKey = true
        if bodyNode == nil { bodyNode = unstringify(v) }
      }
      if hasBodyKey { sawBody = true; if bodyNode == nil { return unknown(args?.reportedCall ?? call, script, description, endpoint) } }
      if !hasBodyKey && index == 0 && option !== first && isMethodCall(call, named: ["post", "put"]) {
        bodyNode = o  // axios.post(url, { identity, ... })
        sawBody = true
      }
    }
    // superagent: request.post(url).send({...})
    if !sawBody, let send = chainedSend(on: call, script: script) {
      bodyNode = unstringify(send)
      sawBody = true
    }
    guard sawBody, let bodyNode, let body = objectLiteral(bodyNode, script: script, mutated: mutated, args: args) else {
      return unknown(args?.reportedCall ?? call, script, description, endpoint)
    }
    let reportAt = args?.reportedCall ?? call
    var result = ServerCall(script: script, node: reportAt, description: description, subject: endpoint.subject, identities: [], missing: [])
    result.endpointPath = endpoint.path
    judge(body: body, reportAt: reportAt, endpoint: endpoint, script: script, mutated: mutated, args: args, into: &result)
    return result
  }

  /// The endpoint the `url` (or else `uri`) of a request's options names.
  private func urlEndpoint(of options: ObjectExpression, script: Int) -> ServerEndpoint? {
    var found: ServerEndpoint?
    for key in ["url", "uri"] {
      if let v = property(options, key), let e = endpoint(in: v, script: script) { found = e }
    }
    return found
  }

  /// The base URL of an HTTP client instance a call is made on (`axios.create({ baseURL })`,
  /// `got.extend({ prefixUrl })`, `ky.create({ prefixUrl })`), when it is a constant.
  private func instanceBaseURL(_ call: CallExpression, script: Int, mutated: MutatedBindings, args: CallArguments? = nil) -> String? {
    guard let m = HeapDocument.unwrap(call.callee) as? MemberExpression, let method = HeapDocument.propertyName(m),
      ["post", "put", "patch"].contains(method.lowercased())
    else { return nil }
    // `this.client.post('/track', body)` after `this.client = axios.create({ baseURL })` in
    // the constructor (a NestJS or Angular service). Only for a written path that ends one of
    // Heap's: looking the property up builds the object model, which a bundle's thousands of
    // `x.y.post(...)` calls must not. The path may be a parameter its callers give
    // (`post(path, body) { return this.http.post(path, ...) }` called as `this.post('/api/track', ...)`).
    if let held = HeapDocument.unwrap(m.object) as? MemberExpression, let key = HeapDocument.propertyName(held), let first = call.arguments.first,
      let path = (HeapDocument.unwrap(first) as? Literal).flatMap({ if case .string(let p) = $0.value { return p } else { return nil } })
        ?? args.flatMap({ urlText(first, script: script, args: $0) }),
      path.count > 1, ServerEndpoint.all.contains(where: { $0.path.hasSuffix(path) }),
      let (members, s) = members(of: held.object, key: key, script: script), s == script, members.count == 1,
      case .value(let v) = members[0], let made = HeapDocument.unwrap(v) as? CallExpression
    {
      return createdBaseURL(made, script: script, mutated: mutated)
    }
    guard let id = HeapDocument.unwrap(m.object) as? Identifier, let b = scripts[script].scopes.binding(of: id), b.isConstant else { return nil }
    // An instance made in another module of the project: `import { heapHttp } from './client'`,
    // `const { heapHttp } = require('./client')`.
    if let (source, name) = importedName(of: b, script: script) {
      guard let project, let summary = project.lookup(source: source, from: path, name: name + "#baseURL="),
        let found = summary.returns, found.count == 1, case .constant(.string(let url), _) = found[0]
      else { return nil }
      return url
    }
    guard b.path.isEmpty, let made = b.initializer.map(HeapDocument.unwrap) as? CallExpression else { return nil }
    return createdBaseURL(made, script: script, mutated: mutated)
  }

  /// The constant base URL of an HTTP client instance a call makes: `axios.create({ baseURL })`,
  /// `got.extend({ prefixUrl })`, `ky.create({ prefixUrl })`, without a trailing slash.
  func createdBaseURL(_ made: CallExpression, script: Int, mutated: MutatedBindings) -> String? {
    guard let factory = HeapDocument.unwrap(made.callee) as? MemberExpression, let name = HeapDocument.propertyName(factory),
      name == "create" || name == "extend", let options = made.arguments.first.flatMap({ objectLiteral($0, script: script, mutated: mutated) })
    else { return nil }
    for key in ["baseURL", "baseUrl", "prefixUrl", "prefixURL"] {
      guard let v = property(options, key), let url = constantString(v, script: script) ?? heapHost(v, script: script) else { continue }
      return url.hasSuffix("/") ? String(url.dropLast()) : url
    }
    return nil
  }

  /// A Heap host a base URL may be, when it is one choice among others: the fallback of
  /// `process.env.HEAP_API_HOST || 'https://heapanalytics.com'`, or a parameter's default
  /// (`constructor(appId, { host = 'https://heapanalytics.com' } = {})`).
  private func heapHost(_ node: Node, script: Int) -> String? {
    var values = value(of: node, script: script).possibilities
    if let id = HeapDocument.unwrap(node) as? Identifier, let b = scripts[script].scopes.binding(of: id), b.kind == .parameter,
      let f = b.function, let d = Self.parameterDefault(declaring: b.declaration, in: f.params)
    {
      values += value(of: d, script: script).possibilities
    }
    let hosts = values.compactMap { p -> String? in
      guard case .constant(.string(let url), _) = p, ServerEndpoint.hosts.contains(where: url.lowercased().contains) else { return nil }
      return url
    }
    return Set(hosts).count == 1 ? hosts[0] : nil
  }

  /// The default a parameter pattern gives the name it declares (`x = 1`, `{ x = 1 }`).
  static func parameterDefault(declaring id: Identifier, in patterns: [Node]) -> Node? {
    for p in patterns {
      switch p {
      case let a as AssignmentPattern:
        if a.left === id { return a.right }
        if let found = parameterDefault(declaring: id, in: [a.left]) { return found }
      case let o as ObjectPattern:
        if let found = parameterDefault(declaring: id, in: o.properties.compactMap { ($0 as? Property)?.value }) { return found }
      default:
        continue
      }
    }
    return nil
  }

  /// The base URL of an HTTP client instance made for Heap's API (its base names a Heap host).
  func heapAPIBaseURL(_ made: CallExpression, script: Int) -> String? {
    guard let url = createdBaseURL(made, script: script, mutated: .none) else { return nil }
    let lower = url.lowercased()
    return ServerEndpoint.hosts.contains(where: lower.contains) ? url : nil
  }

  /// The module and export name a binding takes from another module of the project: an import,
  /// or a constant bound to `require('./x')` (with the properties it reads from it).
  func importedName(of b: Binding, script: Int) -> (source: String, name: String)? {
    if case .import(let source, let name) = b.kind { return (source, name) }
    guard b.kind == .const || b.kind == .let || b.kind == .var, b.isConstant, let initializer = b.initializer,
      let (module, chain) = HeapDocument.requireChain(of: initializer, scopes: scripts[script].scopes)
    else { return nil }
    let names = chain + b.path
    return (module, names.isEmpty ? "default" : names.joined(separator: "."))
  }

  /// The single constant string an expression has, if it has one.
  private func constantString(_ node: Node, script: Int) -> String? {
    guard let constants = value(of: node, script: script).constants, constants.count == 1, case .string(let s) = constants[0] else { return nil }
    return s
  }

  private func unknown(_ call: CallExpression, _ script: Int, _ description: String, _ endpoint: ServerEndpoint) -> ServerCall {
    ServerCall(script: script, node: call, description: description, subject: endpoint.subject, identities: [], missing: [], endpointPath: endpoint.path)
  }

  /// Sorts the body's items into identities passed and items that name nobody.
  private func judge(
    body: ObjectExpression, reportAt: Node, endpoint: ServerEndpoint, script: Int, mutated: MutatedBindings, args: CallArguments? = nil,
    into result: inout ServerCall
  ) {
    let properties = self.properties(of: body, script: script, mutated: mutated, args: args)
    if let bulkKey = endpoint.bulkKey, Self.mayHaveProperty(properties, bulkKey) {
      // The bulk form: every entry names its own subject.
      guard let list = Self.property(properties, bulkKey) else { return }
      // `{ app_id, events }` with `events` a parameter: its callers' lists are judged.
      if let args, args.isProbe, let id = HeapDocument.unwrap(list) as? Identifier, let b = scripts[script].scopes.binding(of: id),
        let passed = args.argument(for: b), args.standIn(of: passed) != nil
      {
        args.noteBulk(passed)
        return
      }
      for item in bulkItems(args?.substitute(list, scopes: scripts[script].scopes) ?? list, script: script, mutated: mutated) {
        judgeItem(item.properties, reportAt: item, endpoint: endpoint, into: &result)
      }
      return
    }
    judgeItem(properties, reportAt: reportAt, endpoint: endpoint, script: script, args: args, into: &result)
  }

  private func judgeItem(
    _ properties: [Node], reportAt: Node, endpoint: ServerEndpoint, script: Int = 0, args: CallArguments? = nil, into result: inout ServerCall
  ) {
    var named = false
    for key in endpoint.subjectKeys where Self.mayHaveProperty(properties, key) {
      named = true
      if key == endpoint.identityKey, let v = Self.property(properties, key) {
        result.identities.append(args?.substitute(v, scopes: scripts[script].scopes) ?? v)
      }
    }
    if !named { result.missing.append(reportAt) }
  }

  /// The properties of a body, with a parameter spread into it (`{ app_id, ...payload }`)
  /// replaced by the properties of the object literal passed for it.
  private func properties(of body: ObjectExpression, script: Int, mutated: MutatedBindings, args: CallArguments?) -> [Node] {
    guard let args else { return body.properties }
    let scopes = scripts[script].scopes
    var out: [Node] = []
    for p in body.properties {
      if let spread = p as? SpreadElement, let id = HeapDocument.unwrap(spread.argument) as? Identifier, let b = scopes.binding(of: id),
        let passed = args.argument(for: b)
      {
        args.noteBody(passed)
        // A stand-in adds nothing: what the caller's object holds is judged at the call.
        if args.standIn(of: passed) != nil { continue }
        guard let o = objectLiteral(passed, script: script, mutated: mutated) else {
          out.append(p)
          continue
        }
        out += o.properties
      } else {
        out.append(p)
      }
    }
    return out
  }

  /// The object literals of a bulk array: `[{...}, {...}]`, or the object each element maps to
  /// (`users.map(u => ({ identity: u.email }))`). Entries heaplint cannot see into are skipped.
  private func bulkItems(_ node: Node, script: Int, mutated: MutatedBindings) -> [ObjectExpression] {
    var n = HeapDocument.unwrap(node)
    if let id = n as? Identifier, let b = scripts[script].scopes.binding(of: id), b.isConstant, b.path.isEmpty,
      !mutated.contains(b), let initializer = b.initializer
    {
      n = HeapDocument.unwrap(initializer)
    }
    if let array = n as? ArrayExpression {
      return array.elements.compactMap { element in
        guard let element, !(element is SpreadElement) else { return nil }
        return objectLiteral(element, script: script, mutated: mutated)
      }
    }
    if let c = n as? CallExpression, let m = HeapDocument.unwrap(c.callee) as? MemberExpression,
      let name = HeapDocument.propertyName(m), name == "map" || name == "flatMap", let f = c.arguments.first as? FunctionNode
    {
      return returnedObjects(f, script: script, mutated: mutated)
    }
    return []
  }

  /// The object literals a callback returns, when every return is one.
  private func returnedObjects(_ f: FunctionNode, script: Int, mutated: MutatedBindings) -> [ObjectExpression] {
    if !(f.body is BlockStatement) {
      return objectLiteral(f.body, script: script, mutated: mutated).map { [$0] } ?? []
    }
    var out: [ObjectExpression] = []
    var unknown = false
    func visit(_ n: Node) {
      if n is FunctionNode { return }
      if let r = n as? ReturnStatement {
        if let arg = r.argument, let o = objectLiteral(arg, script: script, mutated: mutated) { out.append(o) } else { unknown = true }
        return
      }
      n.forEachChild(visit)
    }
    f.body.forEachChild(visit)
    return unknown ? [] : out
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
    objectLiteral(node, script: script, mutated: .none)
  }

  /// The object literal an expression denotes, through constant bindings and `JSON.stringify`,
  /// unless a binding on the way has properties written later (`body.identity = id`). With
  /// `args`, a parameter of the calling function stands for the argument passed for it.
  private func objectLiteral(_ node: Node, script: Int, mutated: MutatedBindings, args: CallArguments? = nil) -> ObjectExpression? {
    var n = unstringify(node)
    for _ in 0..<8 {
      if let o = n as? ObjectExpression { return o }
      // `this.createEvent(name)` whose one `return` is the object (`{ app_id, identity, ... }`).
      if let c = n as? CallExpression {
        guard case .local(let f)? = resolveCallee(c, script: script), f.script == script, let returned = returnedExpression(of: f.node) else { return nil }
        var returns: [Node] = []
        collectReturnArguments(f.node.body, into: &returns)
        guard returns.count <= 1 else { return nil }
        n = unstringify(returned)
        continue
      }
      guard let id = n as? Identifier, let b = scripts[script].scopes.binding(of: id) else { return nil }
      if let args, let passed = args.argument(for: b) {
        args.noteBody(passed)
        n = unstringify(passed)
        continue
      }
      guard b.isConstant, b.path.isEmpty, !mutated.contains(b), let initializer = b.initializer else { return nil }
      n = unstringify(initializer)
    }
    return nil
  }

  /// Properties written into an object literal's binding before a call that sends it, in the
  /// same function and outside nested ones (`let props = {}; props.admin = true;
  /// heap.addUserProperties(props)`): what the call sends besides the literal's own keys.
  /// Computed keys are left out.
  public func propertyWrites(into node: Node, before call: Node, script: Int) -> [(key: String, value: Node)] {
    let scopes = scripts[script].scopes
    guard let id = HeapDocument.unwrap(node) as? Identifier, let b = scopes.binding(of: id), b.isConstant, b.path.isEmpty,
      b.initializer.map(HeapDocument.unwrap) is ObjectExpression, let use = scopes.reference(id), use.function === b.function
    else { return [] }
    let body: Node = b.function?.body ?? scripts[script].program
    var out: [(key: String, value: Node)] = []
    var depth = 0
    func visit(_ n: Node) {
      depth += 1
      defer { depth -= 1 }
      guard depth < 500, n.span.start < call.span.start, !(n is FunctionNode) else { return }
      if let a = n as? AssignmentExpression, a.operator == "=", let m = HeapDocument.unwrap(a.left) as? MemberExpression, !m.computed,
        let key = HeapDocument.propertyName(m), let o = HeapDocument.unwrap(m.object) as? Identifier, scopes.binding(of: o) === b
      {
        out.append((key, a.right))
      }
      n.forEachChild(visit)
    }
    body.forEachChild(visit)
    return out
  }

  /// `mutatedBindings(in:)` of one script, found when first asked: a script with no request to
  /// Heap never needs them, and finding them walks the whole script.
  ///
  /// Unchecked `Sendable` for `none`, shared by every thread: it never touches its lazy set.
  final class MutatedBindings: @unchecked Sendable {
    private let find: (() -> Set<ObjectIdentifier>)?
    private lazy var bindings: Set<ObjectIdentifier> = find?() ?? []
    init(_ find: (() -> Set<ObjectIdentifier>)?) { self.find = find }
    /// No binding counts as written later.
    static let none = MutatedBindings(nil)
    func contains(_ binding: Binding) -> Bool { find != nil && bindings.contains(ObjectIdentifier(binding)) }
  }

  /// Bindings whose object gets properties written after it is made (`body.identity = id`,
  /// `body[key] = v`, `Object.assign(body, extra)`): their literal is not the whole story.
  private func mutatedBindings(in script: AnalyzedScript) -> Set<ObjectIdentifier> {
    var out = Set<ObjectIdentifier>()
    func mark(_ target: Node) {
      var t = HeapDocument.unwrap(target)
      while let m = t as? MemberExpression { t = HeapDocument.unwrap(m.object) }
      if let id = t as? Identifier, let b = script.scopes.binding(of: id) { out.insert(ObjectIdentifier(b)) }
    }
    var depth = 0
    func visit(_ n: Node) {
      depth += 1
      defer { depth -= 1 }
      guard depth < 1_000 else { return }
      if let a = n as? AssignmentExpression, a.left is MemberExpression { mark(a.left) }
      if let c = n as? CallExpression, let m = c.callee as? MemberExpression, let o = m.object as? Identifier, o.name == "Object",
        HeapDocument.propertyName(m) == "assign", let target = c.arguments.first
      {
        mark(target)
      }
      n.forEachChild(visit)
    }
    visit(script.program)
    return out
  }

  /// The value of a plain property of an object literal (the last one wins; a spread hides it).
  public func property(_ o: ObjectExpression, _ key: String) -> Node? { Self.property(o.properties, key) }

  /// The value of a plain property in a list of an object literal's properties.
  static func property(_ properties: [Node], _ key: String) -> Node? {
    var found: Node?
    for p in properties {
      if p is SpreadElement { found = nil; continue }
      guard let prop = p as? Property, !prop.computed, ScopeAnalysis.staticKey(prop.key) == key else { continue }
      found = prop.value
    }
    return found
  }

  /// True when the object literal may have the key (a spread or computed key may supply it).
  func mayHaveProperty(_ o: ObjectExpression, _ key: String) -> Bool { Self.mayHaveProperty(o.properties, key) }

  /// True when a list of an object literal's properties may have the key.
  static func mayHaveProperty(_ properties: [Node], _ key: String) -> Bool {
    properties.contains { p in
      if p is SpreadElement { return true }
      guard let prop = p as? Property else { return false }
      return prop.computed || ScopeAnalysis.staticKey(prop.key) == key
    }
  }

  // MARK: Node clients

  /// `heap-api`: `client.addUserProperties(identity, props)`, `client.track(event, identity,
  /// props)`; `heap-server`: `client.push({ identity, event, properties })`.
  private func clientCall(_ call: CallExpression, script: Int, mutated: MutatedBindings, args: CallArguments? = nil) -> ServerCall? {
    guard let m = HeapDocument.unwrap(call.callee) as? MemberExpression, let method = HeapDocument.propertyName(m),
      let module = heapClientModule(m.object, script: script)
    else { return nil }
    let description = "\(module) \(method)"
    let reportAt = args?.reportedCall ?? call
    let scopes = scripts[script].scopes
    var result = ServerCall(script: script, node: reportAt, description: description, subject: .user, identities: [], missing: [])
    switch (module, method) {
    case ("heap-api", "addUserProperties"), ("heap-api", "track"):
      let identityIndex = method == "track" ? 1 : 0
      if call.arguments.prefix(identityIndex + 1).contains(where: { $0 is SpreadElement }) { return nil }
      guard identityIndex < call.arguments.count else {
        result.missing.append(reportAt)
        return result
      }
      let arg = args?.substitute(call.arguments[identityIndex], scopes: scopes) ?? call.arguments[identityIndex]
      // Properties passed where the identity goes (`addUserProperties({ plan })`) mean it is missing.
      if objectLiteral(arg, script: script, mutated: mutated) != nil { result.missing.append(reportAt) } else { result.identities.append(arg) }
      return result
    case ("heap-server", "push"), (_, "track"), (_, "addUserProperties"), (_, "identify"), (_, "addAccountProperties"):
      // Clients that take Heap's request body as one object:
      // `client.track({ identity, event, properties })`.
      guard let first = call.arguments.first, let body = objectLiteral(first, script: script, mutated: mutated, args: args) else { return nil }
      let endpoint: ServerEndpoint
      switch method {
      case "track": endpoint = ServerEndpoint.all[0]
      case "addAccountProperties": endpoint = ServerEndpoint.all[2]
      case "identify": endpoint = ServerEndpoint.all[3]
      default: endpoint = ServerEndpoint.all[1]
      }
      result.subject = endpoint.subject
      result.endpointPath = endpoint.path
      judge(body: body, reportAt: reportAt, endpoint: endpoint, script: script, mutated: mutated, args: args, into: &result)
      return result
    default:
      return nil
    }
  }

  /// Node clients of Heap's server-side API seen in public code. `heap-api` takes positional
  /// arguments (`track(event, identity, properties)`); the others take the request body as one
  /// object.
  static let clientModules: Set<String> = ["heap-api", "heap-server", "heap-io-node", "heap-node", "node-heap", "heap-analytics", "@heap/heap-node"]

  /// The Node client module an expression is an instance of (`require('heap-api')(APP_ID)`,
  /// `import HeapAPI from 'heap-api'; const client = HeapAPI(id)`), if any.
  private func heapClientModule(_ node: Node, script: Int) -> String? {
    let scopes = scripts[script].scopes
    guard let id = HeapDocument.unwrap(node) as? Identifier, let b = scopes.binding(of: id) else { return nil }
    // `import { heap } from './heapClient'` or `const heap = require('../lib/heap')`, where
    // that module exports a client.
    if let (source, name) = importedName(of: b, script: script), source.hasPrefix(".") || !Self.clientModules.contains(source) {
      return project?.lookup(source: source, from: path, name: name)?.serverClient
    }
    guard b.isConstant, b.path.isEmpty, let initializer = b.initializer else { return nil }
    return serverClientModule(madeBy: initializer, script: script)
  }

  /// The Node client module whose client an expression makes (`require('heap-api')(APP_ID)`,
  /// `createClient(id)` with `const createClient = require('heap-api')`), if any.
  func serverClientModule(madeBy initializer: Node, script: Int) -> String? {
    let modules = Self.clientModules
    let scopes = scripts[script].scopes
    var made = HeapDocument.unwrap(initializer)
    // `module.exports = heap` after `const heap = require('heap-api')(APP_ID)`.
    if let id = made as? Identifier, let b = scopes.binding(of: id), b.isConstant, b.path.isEmpty, let inner = b.initializer,
      !(HeapDocument.unwrap(inner) is Identifier)
    {
      made = HeapDocument.unwrap(inner)
    }
    if let n = made as? NewExpression { made = n.callee }
    else if let c = made as? CallExpression { made = HeapDocument.unwrap(c.callee) }
    else { return nil }
    if let inner = made as? CallExpression, let module = RandomSources.requiredModule(inner, in: scripts[script]) {
      return modules.contains(module) ? module : nil
    }
    if let f = made as? Identifier, let fb = scopes.binding(of: f) {
      if case .import(let source, _) = fb.kind { return modules.contains(source) ? source : nil }
      if let req = fb.initializer.map(HeapDocument.unwrap) as? CallExpression, let module = RandomSources.requiredModule(req, in: scripts[script]) {
        return modules.contains(module) ? module : nil
      }
    }
    return nil
  }
}

/// The arguments of one call of a function, for reading the request the function makes as
/// that call makes it: a parameter stands for the argument passed in its place. With `outer`,
/// the call itself sits in another function and passes that function's parameters on
/// (`track(identity, event)` calling `this.post('/api/track', { identity, event })`): they stand
/// for the arguments of one call of the outer function in turn.
final class CallArguments {
  let function: FunctionNode
  let call: CallExpression
  let outer: CallArguments?
  private let scopes: ScopeAnalysis?
  /// Set once the request has read a parameter: only then does judging it per call say more
  /// than judging the request alone.
  private(set) var used = false
  /// True for stand-ins (see `init(probing:)`).
  private let probing: Bool
  /// The parameter the body is (or is spread from), once read (stand-ins only).
  private(set) var bodyParameter: Int?
  /// The parameter that is the bulk form's list, once read (stand-ins only).
  private(set) var bulkParameter: Int?

  init(function: FunctionNode, call: CallExpression, outer: CallArguments? = nil, scopes: ScopeAnalysis? = nil) {
    self.function = function
    self.call = call
    self.outer = outer
    self.scopes = scopes
    self.probing = false
  }

  /// A call of the function with an unbound identifier standing in for each parameter, to see
  /// which parameters a request reads and where.
  init(probing function: FunctionNode, path: (parameter: Int, value: String)? = nil) {
    self.function = function
    let standIns: [Node] = function.params.indices.map { k in
      if let path, path.parameter == k { return Literal(span: function.span, value: .string(path.value)) }
      return Identifier(span: function.span, name: "\u{0}argument\(k)")
    }
    self.call = CallExpression(span: function.span, callee: Identifier(span: function.span, name: "\u{0}probe"), arguments: standIns)
    self.outer = nil
    self.scopes = nil
    self.probing = true
  }

  /// True when the outermost call is made of stand-ins.
  var isProbe: Bool { probing || (outer?.isProbe ?? false) }

  /// The call findings are reported at: the outermost one.
  var reportedCall: CallExpression { outer?.reportedCall ?? call }

  /// True when the outermost call's arguments were read.
  var outermostUsed: Bool { outer?.outermostUsed ?? used }

  /// The parameter position a stand-in stands for.
  func standIn(of node: Node) -> Int? {
    if probing { return call.arguments.firstIndex { $0 === node } }
    return outer?.standIn(of: node)
  }

  /// Records that the request's body is the node passed (when it is a stand-in).
  func noteBody(_ passed: Node) {
    if probing { if bodyParameter == nil { bodyParameter = standIn(of: passed) } } else { outer?.noteBody(passed) }
  }

  /// Records that the bulk form's list is the node passed (when it is a stand-in).
  func noteBulk(_ passed: Node) {
    if probing { if bulkParameter == nil { bulkParameter = standIn(of: passed) } } else { outer?.noteBulk(passed) }
  }

  private func index(of b: Binding) -> Int? { Self.parameterIndex(declaring: b.declaration, in: function) }

  /// The position of the plain parameter (`path`, `payload = {}`) that declares `id`.
  static func parameterIndex(declaring id: Identifier, in function: FunctionNode) -> Int? {
    function.params.firstIndex { p in (p as? Identifier) === id || ((p as? AssignmentPattern)?.left as? Identifier) === id }
  }

  /// The argument passed for a plain parameter (`path`, `payload = {}`) of the function (or of
  /// an outer one); nil for other bindings, destructured parameters, and positions after a
  /// spread argument.
  func argument(for b: Binding) -> Node? {
    guard b.kind == .parameter, b.path.isEmpty else { return nil }
    guard b.function === function else { return outer?.argument(for: b) }
    guard let index = index(of: b), !call.arguments.prefix(index + 1).contains(where: { $0 is SpreadElement }) else { return nil }
    guard index < call.arguments.count else {
      // Left out: the parameter's default (`identity = SYSTEM_ACTOR`) is what is sent.
      guard !probing, let d = function.params[index] as? AssignmentPattern else { return nil }
      used = true
      return d.right
    }
    used = true
    let passed = call.arguments[index]
    // A parameter of the outer function passed straight on.
    if let outer, let scopes, let id = HeapDocument.unwrap(passed) as? Identifier, let ob = scopes.binding(of: id), let deeper = outer.argument(for: ob) {
      return deeper
    }
    return passed
  }

  /// The argument a parameter stands for, or the node itself.
  func substitute(_ node: Node, scopes: ScopeAnalysis) -> Node {
    guard let id = HeapDocument.unwrap(node) as? Identifier, let b = scopes.binding(of: id), let passed = argument(for: b) else { return node }
    return passed
  }
}

/// How a function's Heap request depends on its parameters (see `serverRequests(of:)`).
public struct ServerRequestShape: Hashable, Sendable {
  public var description: String
  public var subject: ServerCall.Subject
  /// The endpoint whose body shape applies to the body parameter.
  public var endpointPath: String?
  /// The parameter that is the identity.
  public var identityParameter: Int?
  /// The parameter whose object is the body, or is spread into it.
  public var bodyParameter: Int?
  /// The parameter that gives the URL's path: the shape applies to calls passing
  /// `endpointPath` there.
  public var pathParameter: Int?
  /// The path callers pass there for `endpointPath` (`/track` when the base ends in `/api`).
  public var pathPassed: String?
  /// The constant values of the identity parameter's default, sent by calls that leave it out.
  public var identityDefault: [String] = []
  /// The function's own body already names the subject: the caller's object only adds.
  public var bodyNamesSubject = false
  /// The parameter that is the bulk form's list (`{ app_id, events }`).
  public var bulkParameter: Int?
}
