import JavaScriptSyntax

/// How a script runs in its document.
public enum ScriptKind: Sendable, Hashable {
  /// A JavaScript file, run as a classic script or a module.
  case file
  /// An inline `<script>` (runs in document order while the page loads).
  case classic
  /// An inline `<script type="module">` (deferred: runs after the classic scripts).
  case module
  /// An `on*=` attribute or a `javascript:` URL: runs when the user acts, after the page loaded.
  case handler
  /// Code a page runs on the server while it renders (an Astro component's frontmatter and
  /// markup expressions): never in the browser, so no part of the page's order.
  case server
}

/// One parsed script of a document, with what the analysis knows about it.
public final class AnalyzedScript {
  public let kind: ScriptKind
  /// The JavaScript text that was parsed.
  public let code: [UInt8]
  public let program: Program
  public let syntaxErrors: [SyntaxError]
  /// Built on first use: a file that is only checked for syntax (`--no-prefilter` on a file
  /// that cannot call Heap) never needs it.
  public private(set) lazy var scopes = ScopeAnalysis(program: program, externallyWritten: markupWrites)
  /// Top-level variables a component's markup writes (`bind:value={email}`, `v-model="email"`,
  /// `@input="email = $event"`): they hold the user's input, not their initial value. Set by
  /// the front end before the analysis runs.
  public internal(set) var markupWrites: Set<String> = []
  /// Maps offsets in `code` to offsets in the document's file.
  public let origin: OriginMap
  /// Spans of the file produced by template output tags: per-request values.
  public let holes: [Span]
  /// For a script built as a string (`StringScripts`): the node of the host script that runs
  /// it (a `<script>` element, `document.write(...)`, `s.text = ...`). The string's code runs
  /// where that node runs: in its function, in its branches.
  public internal(set) var sink: Node?
  /// Globals that functions left out of the tree refer to (`ParseOptions.idleFunctions`): the
  /// project index may still inform the file through them (an auto-imported function).
  public internal(set) var idleGlobalNames: Set<String> = []
  /// Function bodies were left out of the tree: what its functions return is not all known.
  public internal(set) var leftOutFunctions = false

  public init(kind: ScriptKind, code: [UInt8], program: Program, syntaxErrors: [SyntaxError], origin: OriginMap, holes: [Span] = []) {
    self.kind = kind
    self.code = code
    self.program = program
    self.syntaxErrors = syntaxErrors
    self.origin = origin
    self.holes = holes
  }

  /// The source text of a node, for messages.
  public func text(_ node: Node) -> String {
    let s = max(0, min(node.span.start, code.count))
    let e = max(s, min(node.span.end, code.count))
    return String(decoding: code[s..<e], as: UTF8.self)
  }

  /// True when part of the span (in code offsets) came from a template output tag.
  func touchesHole(_ span: Span) -> Bool {
    guard !holes.isEmpty else { return false }
    let fileSpan = origin.fileSpan(span)
    return holes.contains { $0.start < fileSpan.end && fileSpan.start < $0.end }
  }
}

/// A call of a Heap API method: `heap.identify(x)`, `window.heap?.track(...)`, `h.load(...)`, or a
/// call of a function that wraps one (`identifyUser(email)`), or a server-side Heap request.
public struct HeapCall {
  /// How the call reaches Heap.
  public enum Via: Hashable, Sendable {
    /// The Heap global or an alias of it.
    case direct
    /// Through wrapper functions, outermost first (`["identifyUser"]`).
    case wrapper([String])
    /// A server-side request (HTTP API or the `heap-api` client), described for messages.
    case server(String)
  }

  /// Index of the script in `HeapDocument.scripts`.
  public let script: Int
  public let node: CallExpression
  /// The method name as written (`identify`, `addUserProperties`, `AddUserProperties`).
  public let method: String
  public let via: Via
  /// For wrappers and server calls: the node passed in each position of the Heap method.
  let mapped: [Int: Node]?
  /// For a wrapper that passes its arguments on unchanged (`(...args) => heap.identify(...args)`):
  /// every argument Heap receives, as written at the wrapper's call.
  public let forwardedArguments: [Node]?
  /// For a forwarding wrapper: the index of the call's first argument that Heap receives first.
  let forwardStart: Int?
  /// For a wrapper of another module called without an argument: the values of the default
  /// its parameter takes instead (`identifyCook(cookId = DEFAULT_COOK)` called as `identifyCook()`).
  let defaults: [Int: AbstractValue]

  init(
    script: Int, node: CallExpression, method: String, via: Via = .direct, mapped: [Int: Node]? = nil, forwardedArguments: [Node]? = nil,
    forwardStart: Int? = nil, defaults: [Int: AbstractValue] = [:]
  ) {
    self.script = script
    self.node = node
    self.method = method
    self.via = via
    self.mapped = mapped
    self.forwardedArguments = forwardedArguments
    self.forwardStart = forwardStart
    self.defaults = defaults
  }

  /// The arguments Heap receives, when all of them are known: a direct call's, or a forwarding
  /// wrapper's.
  public var passedArguments: [Node]? { isDirect ? node.arguments : forwardedArguments }

  /// The node passed as the Heap method's argument `index`, if any.
  public func argument(_ index: Int) -> Node? {
    if let mapped { return mapped[index] }
    return index < node.arguments.count ? node.arguments[index] : nil
  }

  /// The arguments of a direct call, as written.
  public var arguments: [Node] { node.arguments }

  public var isDirect: Bool { via == .direct }

  /// True for a server-side request (HTTP API or a Node client).
  public var isServer: Bool {
    if case .server = via { return true }
    return false
  }
}

/// The Heap model of one document (a JavaScript file, or an HTML page with all its scripts):
/// which calls are Heap calls, what values their arguments may have, and in what order they run.
public final class HeapDocument {
  /// The file the document was read from (positions in findings are positions in this file).
  public let file: SourceFile
  public let path: String
  public let scripts: [AnalyzedScript]
  /// Every Heap call: direct calls by script then source order, then calls through wrappers and
  /// server-side requests.
  public internal(set) var calls: [HeapCall] = []
  /// What the rest of the project exports (wrappers, return values); empty for a lone file.
  public let project: ProjectIndex?

  /// Arms of template conditionals (file offsets): code in two arms of one conditional never
  /// runs in the same request.
  public let templateBranches: [TemplateBranch]

  var evaluator: ValueEvaluator!
  private var wrapperAnalysis: WrapperAnalysis?
  /// The document's named functions and exports, built on first use.
  var wrappers: WrapperAnalysis {
    if let w = wrapperAnalysis { return w }
    let w = WrapperAnalysis(document: self)
    wrapperAnalysis = w
    return w
  }
  var wrapCache: [ObjectIdentifier: [WrappedCall]] = [:]
  private var executionOrderCache: ExecutionOrder?
  /// An HTML page's classic `<script src>` elements, in order (see `ProjectIndex.pages`).
  public internal(set) var externalScripts: [ExternalScript] = []
  /// `calls` by script, sorted by start offset (see `calls(in:script:)`); `calls` only grows, so
  /// the count it was built for tells whether it is current.
  var callsByStart: (count: Int, scripts: [[(start: Int, index: Int)]])?
  /// The order the document's Heap calls run in, computed once for all the rules that ask.
  public var executionOrder: ExecutionOrder {
    if let o = executionOrderCache { return o }
    let o = ExecutionOrder(document: self)
    executionOrderCache = o
    return o
  }
  var flowAnalysis: FlowAnalysis?
  /// Object models by script index, built on first use (see `objectModel(_:)`).
  var objectModels: [Int: ObjectModel] = [:]
  var provisionCache: [String: FunctionSummary]?
  /// Parameters known to receive Heap at every call (see `isHeapParameter`), by declaration.
  var heapParameterCache: [ObjectIdentifier: Bool] = [:]
  /// Calls of each function, by script, built on first use (see `isHeapParameter`).
  var callSiteIndexes: [Int: CallSiteIndex] = [:]
  var serverCallCache: [ServerCall]?
  /// `exportedSummaries()`, once worked out: the engine asks a module that names Heap's host
  /// whether it exports it, then indexes the same summaries.
  var exportedSummaryCache: [String: FunctionSummary]?
  /// Heap requests made inside functions with parameters, by script (see `findServerCalls`).
  /// With `relay`, the request is made by another function that this one calls, passing its
  /// parameters on (`track(identity)` calling `this.post('/api/track', { identity })`).
  var requestsInFunctions: [(script: Int, request: CallExpression, function: FunctionNode, relay: (function: FunctionNode, call: CallExpression)?)] = []
  /// Request shapes of functions that call another module's request function with one of their
  /// own parameters as the identity (`trackSystemEvent(env, event, props, identity = 'edge')`
  /// calling an imported client's `track(event, identity)`), by function.
  var relayedServerRequests: [ObjectIdentifier: [ServerRequestShape]] = [:]

  /// Project settings from the configuration.
  public let options: AnalysisOptions

  public init(
    file: SourceFile, path: String, scripts: [AnalyzedScript], project: ProjectIndex? = nil, templateBranches: [TemplateBranch] = [],
    options: AnalysisOptions = AnalysisOptions()
  ) {
    self.file = file
    self.path = path
    self.scripts = scripts
    self.project = project
    self.options = options
    self.templateBranches = templateBranches
    self.evaluator = ValueEvaluator(document: self)
    for (i, script) in scripts.enumerated() {
      for (call, _) in script.scopes.calls {
        guard let call = call as? CallExpression, let method = heapMethod(calledBy: call, in: script) else { continue }
        calls.append(HeapCall(script: i, node: call, method: method))
      }
    }
    // Without a Heap call here and no wrapper known elsewhere, no call of this document can
    // reach Heap through a wrapper: skip naming functions and resolving every call.
    if !calls.isEmpty || (project?.hasWrappers ?? false) || !options.identifyWrappers.isEmpty { addWrapperCalls() }
    addServerCalls()
  }

  /// The span of a node of script `script`, in file offsets.
  public func fileSpan(_ node: Node, script: Int) -> Span {
    let origin = scripts[script].origin
    return Span(start: origin.fileOffset(node.span.start), end: origin.fileOffset(node.span.end))
  }

  /// The span of a node of script `script`, in file offsets (alias used by rules).
  public func fileSpan(_ node: Node, in script: Int) -> Span { fileSpan(node, script: script) }

  /// The span that marks a call in a finding: the whole call, starting where the call starts.
  public func fileSpan(of call: HeapCall) -> Span { fileSpan(call.node, script: call.script) }

  /// The values an expression of script `script` may have.
  public func value(of node: Node, script: Int) -> AbstractValue {
    evaluator.evaluate(node, script: scripts[script])
  }

  /// The source text of a node, for messages.
  /// The text of a node as written: where a template tag fills part of it, the file's text
  /// (`'<%= user.id %>'`), not the filler the parser read.
  public func text(_ node: Node, script: Int) -> String {
    let s = scripts[script]
    guard s.touchesHole(node.span) else { return s.text(node) }
    return file.text(fileSpan(node, script: script))
  }

  // MARK: Which calls are Heap calls

  /// Names under which scripts reach the global object.
  static let globalObjectNames: Set<String> = ["window", "globalThis", "self", "top", "parent", "frames"]

  /// The Heap method a call invokes, or nil when the call is not a Heap call.
  func heapMethod(calledBy call: CallExpression, in script: AnalyzedScript) -> String? {
    let callee = Self.unwrap(call.callee)
    if let member = callee as? MemberExpression {
      guard let name = Self.propertyName(member) else { return nil }
      // Heap held in a property (`this.heap.identify`) is looked for only behind names of
      // Heap's vocabulary (misspellings included): `this.items.push(x)` or `this.loader.load()`
      // never needs the object model.
      let object = Self.unwrap(member.object)
      let globalMember = (object as? MemberExpression).map { Self.propertyName($0) == "heap" && Self.unwrap($0.object) is Identifier } ?? false
      if !(object is Identifier), !globalMember, !Self.hasHeapVocabulary(name) { return nil }
      // A parameter that may be handed Heap (`(function (h) { h.load(id) })(window.heap)`) is
      // asked about only behind Heap's names, as a property is: `options.map(...)` never is.
      if let id = object as? Identifier, name != "load", !Self.hasHeapVocabulary(name), script.scopes.binding(of: id)?.kind == .parameter {
        return nil
      }
      guard isHeapReference(member.object, in: script, depth: 0) else { return nil }
      // The React Native SDKs start with `Heap.setAppId(id)` / `Heap.startRecording(id)`:
      // their `heap.load`.
      if Self.sdkLoadMethods.contains(name), isSDKReference(member.object, in: script) { return "load" }
      return name
    }
    // `const { identify } = window.heap; identify(x)`.
    if let id = callee as? Identifier, let b = script.scopes.binding(of: id), b.isConstant, b.path.count == 1,
      let initializer = b.initializer, isHeapReference(initializer, in: script, depth: 0)
    {
      return b.path[0]
    }
    return nil
  }

  /// Fragments of Heap's method names, spelt right or wrong (`indentify`, `trackUserProperties`),
  /// as lowercase ASCII bytes.
  private static let vocabulary: [[UInt8]] = ["dentif", "identit", "propert", "track", "reset", "userid", "sessionid", "pageview", "onready", "adapter", "transformer"].map { Array($0.utf8) }

  /// True when a method name belongs to Heap's vocabulary (ASCII case-insensitive). Asked for
  /// every member call of a file, so it compares bytes instead of lowercasing and searching
  /// strings (that took about 2% of a `--no-prefilter` run).
  static func hasHeapVocabulary(_ name: String) -> Bool {
    name.utf8.withContiguousStorageIfAvailable { hasHeapVocabulary(bytes: $0) }
      ?? Array(name.utf8).withUnsafeBufferPointer { hasHeapVocabulary(bytes: $0) }
  }

  /// The fragments by their first byte: at each offset of a name only the fragments that can
  /// start there are compared (the name `push` needs one comparison, not eleven scans).
  private static let vocabularyByFirstByte: [[Int]] = {
    var table = [[Int]](repeating: [], count: 256)
    for (i, fragment) in vocabulary.enumerated() { table[Int(fragment[0])].append(i) }
    return table
  }()

  private static func hasHeapVocabulary(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard bytes.count >= 5 else { return false }  // the shortest fragment, "track", has 5
    for start in 0...(bytes.count - 5) {
      for i in vocabularyByFirstByte[Int(HTMLRawTag.lower(bytes[start]))]
      where HTMLRawTag.hasPrefix(bytes, at: start, caseInsensitive: vocabulary[i]) {
        return true
      }
    }
    return false
  }

  /// True when an expression denotes the Heap global: `heap`, `window.heap`, `globalThis['heap']`,
  /// or a name bound once to one of those (`const h = window.heap || []`).
  func isHeapReference(_ node: Node, in script: AnalyzedScript, depth: Int) -> Bool {
    guard depth < 8 else { return false }
    let node = Self.unwrap(node)
    if let project, project.hasProvisions, let index = scriptIndex(script), let key = provisionKey(node, script: index),
      project.provisions[key]?.isHeap == true
    {
      return true
    }
    switch node {
    case let id as Identifier:
      if isSDKReference(id, in: script) { return true }
      guard let binding = script.scopes.binding(of: id) else {
        return id.name == "heap" && script.scopes.reference(id) != nil
      }
      if case .import(let source, let name) = binding.kind {
        // `import { heap } from './analytics'` where the module exports `window.heap`.
        return project?.lookup(source: source, from: path, name: name)?.isHeap ?? false
      }
      if binding.isScriptGlobal && binding.name == "heap" {
        // A top-level `var heap` of a classic script is the global itself, unless it is plainly
        // something else (`var heap = new MinHeap()`).
        guard let initializer = binding.initializer else { return true }
        return isHeapInitializer(initializer, in: script, depth: depth + 1)
      }
      if binding.kind == .parameter, binding.path.isEmpty, binding.writes.isEmpty {
        // Heap reaches a parameter only where a call passes it, a use of `heap` as a value.
        return storesHeapValue && isHeapParameter(binding, in: script, depth: depth)
      }
      guard binding.isConstant, binding.path.isEmpty, let initializer = binding.initializer else { return false }
      switch binding.kind {
      case .const, .let, .var: return isHeapInitializer(initializer, in: script, depth: depth + 1)
      default: return false
      }
    case let member as MemberExpression:
      if Self.propertyName(member) == "heap", isGlobalObject(member.object, in: script, depth: depth) { return true }
      return isHeapProperty(node, in: script, depth: depth)
    case let c as CallExpression:
      if memberAccess(c) != nil { return isHeapProperty(node, in: script, depth: depth) }
      // `useHeap()` imported from a module whose `useHeap` returns Heap (a lookup: no object model).
      if let project, let id = Self.unwrap(c.callee) as? Identifier, let b = script.scopes.binding(of: id), case .import(let source, let name) = b.kind {
        return project.lookup(source: source, from: path, name: name + "()")?.isHeap ?? false
      }
      guard storesHeapValue else { return false }
      // `heap()?.identify(id)` where `function heap() { return browser ? window.heap : undefined }`
      guard let index = scriptIndex(script), let f = functionValue(c.callee, script: index), !f.isAsync, f.params.isEmpty,
        let returned = returnedExpression(of: f)
      else { return false }
      return isHeapInitializer(returned, in: script, depth: depth + 1)
    default:
      return false
    }
  }

  /// The global object: `window` (or `self`, `globalThis`, ...) itself, a constant that holds it
  /// (`const w = window as any`), or a parameter every call passes it to
  /// (`!function (w) { w.heap.identify(id) }(window)`).
  func isGlobalObject(_ node: Node, in script: AnalyzedScript, depth: Int) -> Bool {
    guard depth < 8, let id = Self.unwrap(node) as? Identifier else { return false }
    guard let b = script.scopes.binding(of: id) else { return Self.globalObjectNames.contains(id.name) && script.scopes.isGlobal(id) }
    guard b.isConstant, b.path.isEmpty else { return false }
    if b.kind == .parameter { return isGlobalObjectParameter(b, in: script, depth: depth) }
    guard let initializer = b.initializer.map(Self.unwrap) as? Identifier else { return false }
    return isGlobalObject(initializer, in: script, depth: depth + 1)
  }

  /// A property that holds Heap: `this.heap` after `this.heap = window.heap`, a class field
  /// `private heap = window.heap`, a getter returning it, `{ heap: window.heap }.heap`, Ember's
  /// `get(this, '_heap')`. Every value written to the property must be Heap (or a placeholder
  /// `null`/`undefined`), so a property that sometimes holds a priority queue is not Heap.
  private func isHeapProperty(_ node: Node, in script: AnalyzedScript, depth: Int) -> Bool {
    guard let index = scriptIndex(script), let (object, key) = memberAccess(node) else { return false }
    // `analytics.heap` where `analytics` is imported from a module that exports `{ heap: window.heap }`.
    if let project, projectExportsHeap, case .imported(let source, let name, false)? = objectRef(object, script: index, depth: depth) {
      return project.lookup(source: source, from: path, name: name == "*" ? key : "\(name).\(key)")?.isHeap ?? false
    }
    guard storesHeapValue, let (members, s) = members(of: object, key: key, script: index, depth: depth) else { return false }
    var heapSeen = false
    for member in members {
      switch member {
      case .value(let v):
        if isHeapInitializer(v, in: scripts[s], depth: depth + 1) {
          heapSeen = true
        } else if let lit = Self.unwrap(v) as? Literal, case .null = lit.value {
          continue
        } else if let id = Self.unwrap(v) as? Identifier, id.name == "undefined" {
          continue
        } else {
          return false
        }
      case .getter(let f):
        let returned: Node?
        if let body = f.body as? BlockStatement { returned = (body.body.last as? ReturnStatement)?.argument } else { returned = f.body }
        guard let returned, isHeapInitializer(returned, in: scripts[s], depth: depth + 1) else { return false }
        heapSeen = true
      case .method, .instance, .service:
        return false
      }
    }
    return heapSeen
  }

  /// Whether a module of the project exports Heap held in an object (`export const analytics =
  /// { heap: window.heap }`); only then can a property of an imported object be Heap.
  private(set) lazy var projectExportsHeap: Bool = project?.modules.values.contains { $0.exports.values.contains { $0.isHeap } } ?? false

  /// Whether the file's text uses `heap` as a value somewhere (`this.h = window.heap;`,
  /// `heap || []`, `{ heap: window.heap }`, `return heap`) and not only as the receiver of a call
  /// or property (`heap.identify(...)`, `window.heap?.track(...)`). Without such a use no property
  /// or function of this file can hand Heap out, so the object model, a walk of every script
  /// that large bundles pay for on every `this.x.reset()`, is not built to learn that.
  private(set) lazy var storesHeapValue: Bool = file.bytes.withUnsafeBufferPointer(Self.usesHeapAsValue)

  static func usesHeapAsValue(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    func isIdentifierByte(_ b: UInt8) -> Bool {
      (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b >= 0x30 && b <= 0x39 || b == 0x5F || b == 0x24 || b >= 0x80
    }
    let n = text.count
    let word: [UInt8] = Array("heap".utf8)
    var i = 0
    while let at = Prefilter.find(text, word, from: i) {
      i = at
      guard i == 0 || !isIdentifierByte(text[i - 1]), i + 4 == n || !isIdentifierByte(text[i + 4]) else {
        i += 1
        continue
      }
      var j = i + 4
      while j < n, text[j] == 0x20 || text[j] == 0x09 || text[j] == 0x0A || text[j] == 0x0D { j += 1 }
      let receiver = j < n && (text[j] == 0x2E || text[j] == 0x5B || (text[j] == 0x3F && j + 1 < n && text[j + 1] == 0x2E))
      if !receiver { return true }
      i = j
    }
    return false
  }

  /// The index of a script of this document.
  func scriptIndex(_ script: AnalyzedScript) -> Int? {
    scripts.firstIndex { $0 === script }
  }

  /// The top-level binding another script of the same page gives a name this script uses as a
  /// global, with that script's index. A page's classic scripts share one global scope, which
  /// its markup's handlers (`onclick="identifyUser('x')"`) see too; a component's markup sees
  /// the names of its `<script>` blocks (Svelte's `on:click={() => identifyUser(id)}`). An
  /// HTML module script keeps its names to itself.
  func sharedBinding(of id: Identifier, script: Int) -> (binding: Binding, script: Int)? {
    let kind = scripts[script].kind
    guard scripts.count > 1, kind == .classic || kind == .handler, scripts[script].scopes.isGlobal(id) else { return nil }
    lazy var component = FileKind.forPath(path).map { if case .component = $0 { return true } else { return false } } ?? false
    for (j, other) in scripts.enumerated() where j != script {
      guard other.kind == .classic || (kind == .handler && other.kind == .module && component) else { continue }
      if let b = other.scopes.topLevelBinding(named: id.name) { return (b, j) }
    }
    return nil
  }

  /// Heap's npm SDKs whose exported object has the Heap API (`import Heap from
  /// '@heap/react-native-heap'`, `import { Heap } from '@heap/heap-react-native-bridge'`).
  /// `reactjs-heap` wraps the web snippet: its `initialize(appId)` is the load.
  public static let sdkModules: Set<String> = ["@heap/react-native-heap", "@heap/heap-react-native-bridge", "@heap/heap-react-native-v2", "reactjs-heap"]

  /// SDK methods that play the role of `heap.load`.
  static let sdkLoadMethods: Set<String> = ["setAppId", "startRecording", "initialize"]

  /// True when a name is bound to a Heap SDK's export: an import (default, `Heap`, or the
  /// namespace) or `require(...)` of one, with `.default` or `.Heap` taken or destructured.
  func isSDKReference(_ node: Node, in script: AnalyzedScript) -> Bool {
    guard let id = Self.unwrap(node) as? Identifier, let b = script.scopes.binding(of: id) else { return false }
    if case .import(let source, let name) = b.kind {
      return Self.sdkModules.contains(source) && (name == "default" || name == "Heap" || name == "*")
    }
    guard b.isConstant, let initializer = b.initializer.map(Self.unwrap) else { return false }
    var required: Node = initializer
    if b.path.count == 1, b.path[0] == "default" || b.path[0] == "Heap" {
      // const { Heap } = require('@heap/heap-react-native-bridge')
    } else if !b.path.isEmpty {
      return false
    } else if let m = initializer as? MemberExpression, let name = Self.propertyName(m), name == "default" || name == "Heap" {
      required = Self.unwrap(m.object)
    }
    guard let call = required as? CallExpression, let module = RandomSources.requiredModule(call, in: script) else { return false }
    return Self.sdkModules.contains(module)
  }

  /// `window.heap`, `window.heap || []`, `window.heap ?? []`.
  private func isHeapInitializer(_ node: Node, in script: AnalyzedScript, depth: Int) -> Bool {
    let node = Self.unwrap(node)
    if let logical = node as? LogicalExpression, logical.operator != "&&" {
      return isHeapReference(logical.left, in: script, depth: depth)
    }
    if let assign = node as? AssignmentExpression, assign.operator == "=" {
      // `var heap = window.heap = window.heap || []`
      return isHeapInitializer(assign.right, in: script, depth: depth)
    }
    if let c = node as? ConditionalExpression {
      // `browser ? window.heap : undefined`: Heap where it is anything.
      let arms = [c.consequent, c.alternate].map(Self.unwrap)
      let placeholders = arms.filter { arm in
        if let lit = arm as? Literal, case .null = lit.value { return true }
        return (arm as? Identifier)?.name == "undefined"
      }
      return placeholders.count == 1 && arms.contains { isHeapReference($0, in: script, depth: depth + 1) }
    }
    return isHeapReference(node, in: script, depth: depth)
  }

  /// Strips wrappers that do not change which object an expression denotes.
  static func unwrap(_ node: Node) -> Node {
    var n = node
    while true {
      if let c = n as? ChainExpression {
        n = c.expression
      } else if let s = n as? SequenceExpression, s.expressions.count == 2, let first = s.expressions.first as? Literal,
        case .number(0) = first.value
      {
        // `(0, heap.identify)(x)`: bundlers' way of calling without a receiver.
        n = s.expressions[1]
      } else {
        return n
      }
    }
  }

  /// The static name of a member access: `a.b` -> "b", `a['b']` -> "b".
  static func propertyName(_ member: MemberExpression) -> String? { member.staticPropertyName }
}
