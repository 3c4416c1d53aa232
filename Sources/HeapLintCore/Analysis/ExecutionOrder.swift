import JavaScriptSyntax

/// The order in which a document's Heap calls run.
///
/// The model: a page runs its classic scripts in document order, then its module scripts; in a
/// script, top-level statements run in order, an immediately invoked function (or a function of
/// the same script called at top level) runs where it is called, and every other function body
/// (callbacks, event handlers, methods) runs later, as a run of its own. Event-handler attributes
/// and `javascript:` URLs run after the page loaded.
public struct ExecutionOrder {
  /// A Heap call that runs before `heap.load(...)`, and the load it precedes.
  public struct EarlyCall {
    public var call: HeapCall
    public var load: HeapCall?
  }

  public private(set) var earlyCalls: [EarlyCall] = []
  /// Loads that run while the page loads (top level, in order), first one first.
  public private(set) var immediateLoads: [HeapCall] = []

  /// Methods that do not exist before `heap.load(...)` creates them.
  public static let apiMethods: Set<String> = [
    "addEventProperties", "addUserProperties", "clearEventProperties", "identify", "resetIdentity",
    "removeEventProperty", "setEventProperties", "track", "unsetEventProperty", "init", "startTracking",
    "stopTracking", "identifyHashed", "getSessionId", "getUserId", "getIdentity", "addAccountProperties",
    "addAdapter", "addTransformer", "addTransformerFn", "onReady", "addPageviewProperties",
    "removePageviewProperty", "clearPageviewProperties", "trackPageview",
  ]

  /// Unowned: the document caches its order (`HeapDocument.executionOrder`), and the walk that
  /// reads the document happens in `init`.
  private unowned let document: HeapDocument
  private var heapCalls: [ObjectIdentifier: HeapCall] = [:]
  private var inlined = Set<ObjectIdentifier>()
  private var reported = Set<ObjectIdentifier>()
  /// Functions whose body, walked in full, met no Heap call (nor any through the functions it
  /// runs): walking them again changes no run, so they are skipped. Without this a bundle
  /// that calls its helpers everywhere had every helper walked again at every call, up to 16
  /// calls deep.
  private var silent = Set<ObjectIdentifier>()
  /// Per script: its functions, and which of them can meet a Heap call when they run.
  private var reach: [Reach] = []
  /// The page that loads Heap only after it runs this file (see `ProjectIndex.pageLoadingAfter`).
  public private(set) var loadingPage: String?
  /// A page that loads Heap before it runs this file (see `ProjectIndex.pageLoadingBefore`).
  public private(set) var pageLoadedBefore: String?
  /// Heap calls met so far, in any run.
  private var seen = 0
  /// Whether the walk under way stopped short somewhere (recursion, depth): then it proves nothing.
  private var truncated = false

  public init(document: HeapDocument) {
    self.document = document
    for c in document.calls { heapCalls[ObjectIdentifier(c.node)] = c }
    // A classic script file a page includes before the script that loads Heap: what it calls
    // when the page runs it comes before the load, though the load is in another file.
    if document.scripts.count == 1, WrapperAnalysis.sharesGlobalScope(document.scripts[0]), let project = document.project {
      loadingPage = project.pageLoadingAfter(document.path)
      pageLoadedBefore = project.pageLoadingBefore(document.path)
    }
    guard loadingPage != nil || document.calls.contains(where: { $0.method == "load" }) else { return }
    var callStarts = Array(repeating: [Int](), count: document.scripts.count)
    for c in document.calls where c.script < callStarts.count { callStarts[c.script].append(c.node.span.start) }
    reach = document.scripts.indices.map { Reach(document.scripts[$0], heapCallsAt: callStarts[$0]) }

    // The page-load run: classic scripts (and plain files) in order, then modules.
    var run = Run()
    let order = document.scripts.indices.filter { document.scripts[$0].kind == .file || document.scripts[$0].kind == .classic }
      + document.scripts.indices.filter { document.scripts[$0].kind == .module }
    // Scripts built as strings inside a function (a component's `<script>` element) run when
    // that function runs: one run per function, in the order the strings run.
    var stringRuns: [ObjectIdentifier: Run] = [:]
    for i in order {
      if let function = document.sinkFunction(ofScript: i) {
        var r = stringRuns[function] ?? Run()
        walkStatements(document.scripts[i].program.body, script: i, run: &r)
        stringRuns[function] = r
        continue
      }
      walkStatements(document.scripts[i].program.body, script: i, run: &run)
    }
    immediateLoads = run.loads
    let loadedAtStart = !run.loads.isEmpty
    // Calls that ran before any load at all: the document does load Heap, only later. One that
    // first checks Heap is there (`if (window.heap)`, `window.heap && ...`) is skipped then,
    // unless the page makes Heap's stub at its start, before the load (the check would pass).
    let stubbed = pageStubsHeap()
    for pending in run.pending where stubbed || !document.checksHeapExists(around: pending) { record(pending, load: nil) }

    // Every other function body, and every handler script, is a later run of its own (after
    // the page's load-time code: the stub is there if that code made it).
    for (i, script) in document.scripts.enumerated() {
      if script.kind == .handler {
        var r = Run(loaded: loadedAtStart, stubbed: stubbed)
        walkStatements(script.program.body, script: i, run: &r)
      }
      for f in reach[i].functions { laterRun(f, script: i, loaded: loadedAtStart, stubbed: stubbed) }
    }
  }

  /// True when a statement the page runs at load (outside every function) assigns
  /// `window.heap` or `heap`: the install snippet's stub.
  private func pageStubsHeap() -> Bool {
    for script in document.scripts where script.kind != .handler {
      for statement in script.program.body {
        guard let e = statement as? ExpressionStatement else { continue }
        var stack = [HeapDocument.unwrap(e.expression)]
        while let n = stack.popLast() {
          if let sequence = n as? SequenceExpression { stack += sequence.expressions.map(HeapDocument.unwrap) }
          guard let a = n as? AssignmentExpression else { continue }
          if Self.assignsHeap(a) { return true }
          stack.append(HeapDocument.unwrap(a.right))
        }
      }
    }
    return false
  }

  private struct Run {
    var loaded = false
    var loads: [HeapCall] = []
    /// API calls seen before any load in this run.
    var pending: [HeapCall] = []
    var stack: [ObjectIdentifier] = []
    /// Whether this run has assigned `window.heap` (the snippet's stub) yet: before that, a
    /// call behind `if (window.heap)` does not run at all.
    var stubbed = false
  }

  private mutating func laterRun(_ f: FunctionNode, script: Int, loaded: Bool, stubbed: Bool) {
    guard !inlined.contains(ObjectIdentifier(f)) else { return }
    var r = Run(loaded: loaded, stubbed: stubbed)
    walkFunctionBody(f, script: script, run: &r)
    // In a later run only a load that follows in the same run proves the call came too early.
    r.pending.removeAll()
  }

  private mutating func record(_ call: HeapCall, load: HeapCall?) {
    guard reported.insert(ObjectIdentifier(call.node)).inserted else { return }
    earlyCalls.append(EarlyCall(call: call, load: load))
  }

  /// The functions of one script (declarations, expressions, arrows, methods), in source order,
  /// and which of them can meet a Heap call when they run: one whose text holds a Heap call, or
  /// a call or `new` by the name of a function or class that can. Any other runs without
  /// meeting one (it inlines only functions called by a name or written in place), so its runs,
  /// which find nothing, are not walked: a bundle with one Heap call had every function body
  /// walked (a tenth of its instructions).
  private struct Reach {
    /// Every function, first to last: the later runs go in this order. With the innermost one
    /// around each, and whether it can meet a Heap call.
    var functions: [FunctionNode] = []
    private var parent: [Int] = []
    private var reaches: [Bool] = []
    private var index = IdentityMap<Int>()

    init(_ script: AnalyzedScript, heapCallsAt heapCallStarts: [Int]) {
      var (functions, parent) = ([FunctionNode](), [Int]())
      var open: [Int] = []
      var depth = 0
      func visit(_ n: Node) {
        depth += 1
        defer { depth -= 1 }
        // A function deeper than this is not listed: it has no later run, and it is walked
        // whenever it is inlined (`mayMeetHeap`).
        guard depth < 2_000 else { return }
        guard let f = n as? FunctionNode else { return n.forEachChild(visit) }
        parent.append(open.last ?? -1)
        open.append(functions.count)
        functions.append(f)
        n.forEachChild(visit)
        open.removeLast()
      }
      visit(script.program)
      (self.functions, self.parent) = (functions, parent)
      reaches = Array(repeating: false, count: functions.count)
      index = IdentityMap(expected: functions.count)
      for (i, f) in functions.enumerated() { index[ObjectIdentifier(f)] = i }
      guard !heapCallStarts.isEmpty else { return }

      // The names a function or class is called by: those of the bindings it initialises. A
      // call inlines a function, or runs a class's initialisers and constructor, only through
      // its callee's binding, so only through a call the scope analysis saw (it lists every
      // call whose callee it resolved).
      var names: [ObjectIdentifier: [String]] = [:]
      var classes: [(span: Span, names: [String])] = []
      for b in script.scopes.bindings {
        guard let i = b.initializer.map(HeapDocument.unwrap) else { continue }
        if i is FunctionNode { names[ObjectIdentifier(i), default: []].append(b.name) }
        if i is ClassNode { classes.append((i.span, [b.name])) }
      }
      // Offsets that can meet a Heap call when the code around them runs: the calls themselves,
      // then the calls by name of the functions and classes around those, and so on.
      var hot = heapCallStarts
      var followed = Set<String>()
      while !hot.isEmpty {
        var wanted = Set<String>()
        for offset in hot {
          for u in markFunctions(around: offset) {
            for name in names[ObjectIdentifier(functions[u])] ?? [] where followed.insert(name).inserted { wanted.insert(name) }
          }
          for c in classes where c.span.start <= offset && offset < c.span.end {
            for name in c.names where followed.insert(name).inserted { wanted.insert(name) }
          }
        }
        hot.removeAll()
        if wanted.isEmpty { break }
        for (call, _) in script.scopes.calls {
          if let name = Self.calledName(call), wanted.contains(name) { hot.append(call.span.start) }
        }
      }
    }

    /// Marks the functions whose text holds `offset` (the innermost and every one around it)
    /// and returns those not marked before.
    private mutating func markFunctions(around offset: Int) -> [Int] {
      // Functions are in source order, so the last one starting at or before `offset` is the
      // innermost around it or inside one that is.
      var u = functions.partitionPoint { $0.span.start > offset } - 1
      while u >= 0 && !(functions[u].span.start <= offset && offset < functions[u].span.end) { u = parent[u] }
      var marked: [Int] = []
      while u >= 0 && !reaches[u] {
        reaches[u] = true
        marked.append(u)
        u = parent[u]
      }
      return marked
    }

    /// Whether running `f` can meet a Heap call (true for a function the walk did not see).
    func mayMeetHeap(_ f: FunctionNode) -> Bool {
      guard let u = index[ObjectIdentifier(f)] else { return true }
      return reaches[u]
    }

    /// The name a call or `new` runs, read as `immediatelyInvoked` and `constructed` read it.
    private static func calledName(_ n: Node) -> String? { (ExecutionOrder.invoked(by: n) as? Identifier)?.name }
  }

  // MARK: Walking one run

  private mutating func walkStatements(_ statements: [Node], script: Int, run: inout Run) {
    for s in statements { walk(s, script: script, run: &run) }
  }

  private mutating func walkFunctionBody(_ f: FunctionNode, script: Int, run: inout Run) {
    let key = ObjectIdentifier(f)
    if silent.contains(key) || !reach[script].mayMeetHeap(f) { return }
    guard !run.stack.contains(key), run.stack.count < 16 else {
      truncated = true
      return
    }
    let (seenBefore, truncatedBefore) = (seen, truncated)
    truncated = false
    run.stack.append(key)
    for p in f.params { walk(p, script: script, run: &run) }
    walk(f.body, script: script, run: &run)
    run.stack.removeLast()
    if seen == seenBefore && !truncated { silent.insert(key) }
    truncated = truncated || truncatedBefore
  }

  private mutating func walk(_ node: Node, script: Int, run: inout Run) {
    guard run.stack.count < 64 else {
      truncated = true
      return
    }
    switch node {
    case is FunctionNode:
      return  // runs later (declarations are hoisted; expressions are values)
    case let c as ClassNode:
      for d in c.decorators { walk(d, script: script, run: &run) }
      if let s = c.superClass { walk(s, script: script, run: &run) }
      for member in c.body.body {
        if let m = member as? MethodDefinition, m.computed { walk(m.key, script: script, run: &run) }
        if let p = member as? PropertyDefinition {
          if p.computed { walk(p.key, script: script, run: &run) }
          if p.isStatic, let v = p.value { walk(v, script: script, run: &run) }
        }
        if let s = member as? StaticBlock { walkStatements(s.body, script: script, run: &run) }
      }
    case let a as AssignmentExpression where Self.assignsHeap(a):
      walk(a.right, script: script, run: &run)
      run.stubbed = true
    case let call as CallExpression:
      walk(call.callee, script: script, run: &run)
      for a in call.arguments { walk(a, script: script, run: &run) }
      var metInside = false
      if let f = immediatelyInvoked(call, script: script) {
        inlined.insert(ObjectIdentifier(f))
        let before = seen
        walkFunctionBody(f, script: script, run: &run)
        metInside = seen > before
      }
      if let heapCall = heapCalls[ObjectIdentifier(call)] {
        // A call of a wrapper of this script whose body was just walked met the Heap calls
        // inside, which are judged (and reported) there: judging the wrapper's call as well
        // reported one early call twice.
        if case .wrapper = heapCall.via, metInside {} else { see(heapCall, run: &run) }
      }
    case let n as NewExpression:
      walk(n.callee, script: script, run: &run)
      for a in n.arguments { walk(a, script: script, run: &run) }
      // `new Tracker()` runs the class's field initialisers and constructor right there.
      if let c = constructed(n, script: script) {
        for case let p as PropertyDefinition in c.body.body where !p.isStatic {
          if let v = p.value { walk(v, script: script, run: &run) }
        }
        for case let m as MethodDefinition in c.body.body where m.kind == .constructor {
          inlined.insert(ObjectIdentifier(m.value))
          walkFunctionBody(m.value, script: script, run: &run)
        }
      }
    default:
      node.forEachChild { walk($0, script: script, run: &run) }
    }
  }

  private mutating func see(_ call: HeapCall, run: inout Run) {
    seen += 1
    if call.method == "load" {
      if !run.loaded {
        for p in run.pending { record(p, load: call) }
        run.pending.removeAll()
      }
      run.loaded = true
      run.loads.append(call)
    } else if !run.loaded && Self.apiMethods.contains(call.method) {
      // `if (window.heap) heap.track(...)` before the page made the stub: skipped, it cannot throw.
      if !run.stubbed && document.checksHeapExists(around: call) { return }
      run.pending.append(call)
    }
  }

  /// `window.heap = ...` or `heap = ...`.
  static func assignsHeap(_ a: AssignmentExpression) -> Bool {
    let target = HeapDocument.unwrap(a.left)
    if (target as? Identifier)?.name == "heap" { return true }
    if let m = target as? MemberExpression, HeapDocument.propertyName(m) == "heap" { return true }
    return false
  }

  /// The class a `new` expression constructs, when it is a class of this script.
  private func constructed(_ n: NewExpression, script: Int) -> ClassNode? {
    let callee = Self.invoked(by: n)
    if let c = callee as? ClassExpression { return c }
    guard let id = callee as? Identifier, let b = document.scripts[script].scopes.binding(of: id), b.isConstant, b.path.isEmpty else { return nil }
    return b.initializer.map(HeapDocument.unwrap) as? ClassNode
  }

  /// What a call or `new` runs: its callee, and for `fn.call(...)` or `fn.apply(...)`, `fn`
  /// (nil for any other node). `Reach` reads calls by name through this too, so that it follows
  /// every call a run can inline.
  static func invoked(by n: Node) -> Node? {
    if let call = n as? CallExpression {
      let callee = HeapDocument.unwrap(call.callee)
      if let m = callee as? MemberExpression, let name = HeapDocument.propertyName(m), name == "call" || name == "apply" {
        return HeapDocument.unwrap(m.object)
      }
      return callee
    }
    return (n as? NewExpression).map { HeapDocument.unwrap($0.callee) }
  }

  /// The function a call runs right away: `(function () {...})()`, `(() => {...})()`,
  /// `!function () {...}()`, `fn.call(this)`, or a function of this script called by name.
  private func immediatelyInvoked(_ call: CallExpression, script: Int) -> FunctionNode? {
    let callee = Self.invoked(by: call)
    if let f = callee as? FunctionExpression { return f }
    if let f = callee as? ArrowFunctionExpression { return f }
    if let id = callee as? Identifier, let b = document.scripts[script].scopes.binding(of: id), b.isConstant, b.path.isEmpty {
      if let f = b.initializer as? FunctionDeclaration { return f }
      if b.kind == .const, let f = b.initializer as? FunctionExpression { return f }
      if b.kind == .const, let f = b.initializer as? ArrowFunctionExpression { return f }
    }
    return nil
  }
}
