import JavaScriptSyntax

/// Where a call stands in the control flow: the function it runs in and the branches it is in.
public struct CallFlow: Hashable {
  /// One arm of a branching construct: `if`/`else`, `?:`, a `switch` case, `try`/`catch`, the
  /// right side of `&&`/`||`/`??`, or an arm of a template conditional.
  public struct Arm: Hashable {
    public var owner: Int
    public var arm: Int
    /// The arm ends in `return`/`throw`: code after the branching construct does not run after it.
    public var exits: Bool = false
  }

  public var script: Int
  /// The innermost function (its node's identity); nil at top level.
  public var function: ObjectIdentifier?
  public var arms: [Arm]

  /// True when the two calls can both run in one pass through the same code: same function (or
  /// both at a top level) and not in different arms of one branching construct.
  public func sharesFlow(with other: CallFlow) -> Bool {
    // Function identities are unique across scripts; a string script runs in its host's function.
    if function != other.function { return false }
    if Self.exclusive(arms, other.arms) { return false }
    // `if (!ok) { identify(a); return; } identify(b);`: a later call outside an arm that
    // always leaves the function never runs after a call inside it.
    for x in arms where x.exits && !other.arms.contains(where: { $0.owner == x.owner && $0.arm == x.arm }) { return false }
    return true
  }

  /// Different arms of the same owner.
  public static func exclusive(_ a: [Arm], _ b: [Arm]) -> Bool {
    for x in a {
      for y in b where x.owner == y.owner && x.arm != y.arm { return true }
    }
    return false
  }
}

/// Computes `CallFlow`s for the calls of a document.
struct FlowAnalysis {
  private(set) var flows: [ObjectIdentifier: CallFlow] = [:]
  private var nextOwner = 0
  private var functionStack: [ObjectIdentifier?] = [nil]
  private var arms: [CallFlow.Arm] = []
  private var depth = 0

  /// Where the host node that runs a string script stands (see `AnalyzedScript.sink`).
  private(set) var sinkFlows: [ObjectIdentifier: CallFlow] = [:]
  private var sinks = Set<ObjectIdentifier>()

  /// For each script, the start offsets of the nodes whose flow is asked for (the document's
  /// Heap calls, and the sinks of string scripts in every script), sorted. A subtree that holds
  /// none of them is not walked: in a large file with a few Heap calls the walk was most of the
  /// rules' time. Built once the document's calls are all known (rules ask for flows).
  private var wanted: [[Int]] = []

  init(document: HeapDocument) {
    for script in document.scripts { if let sink = script.sink { sinks.insert(ObjectIdentifier(sink)) } }
    let sinkStarts = document.scripts.compactMap { $0.sink?.span.start }
    wanted = Array(repeating: sinkStarts, count: document.scripts.count)
    for call in document.calls where call.script < wanted.count { wanted[call.script].append(call.node.span.start) }
    for i in wanted.indices { wanted[i].sort() }
    let serverPrograms = Set(document.scripts.filter { $0.kind == .server }.map { ObjectIdentifier($0.program) })
    for (i, script) in document.scripts.enumerated() {
      // An event handler's code, and server code, runs on its own, like a function body of its own.
      functionStack = [script.kind == .handler || script.kind == .server ? ObjectIdentifier(script.program) : nil]
      arms = []
      // A string script starts where its host runs it.
      if let sink = script.sink, let host = sinkFlows[ObjectIdentifier(sink)] {
        // Markup a server expression renders (Astro's `{prod && <script set:html={...} />}`) runs
        // in the page, under the expression's conditions.
        functionStack = [host.function.map { serverPrograms.contains($0) } == true ? nil : host.function]
        arms = host.arms
      }
      for statement in script.program.body { walk(statement, script: i) }
    }
    // Template conditionals: arms by file position, shared by every script of the page.
    let branches = document.templateBranches
    guard !branches.isEmpty else { return }
    for call in document.calls {
      guard var flow = flows[ObjectIdentifier(call.node)] else { continue }
      let offset = document.fileSpan(of: call).start
      for b in branches where b.span.start <= offset && offset < b.span.end {
        flow.arms.append(CallFlow.Arm(owner: -1 - b.conditionalID, arm: b.branchIndex))
      }
      flows[ObjectIdentifier(call.node)] = flow
    }
  }

  private mutating func inArm<T>(_ owner: Int, _ arm: Int, exits: Bool = false, _ body: (inout FlowAnalysis) -> T) -> T {
    arms.append(CallFlow.Arm(owner: owner, arm: arm, exits: exits))
    defer { arms.removeLast() }
    return body(&self)
  }

  private mutating func newOwner() -> Int {
    nextOwner += 1
    return nextOwner
  }

  /// True when a wanted node of the script starts inside the span.
  private func holdsWanted(_ span: Span, script: Int) -> Bool {
    let offsets = wanted[script]
    let lo = offsets.partitionPoint { $0 >= span.start }
    return lo < offsets.count && offsets[lo] < max(span.end, span.start + 1)
  }

  private mutating func walk(_ node: Node, script: Int) {
    guard holdsWanted(node.span, script: script) else { return }
    depth += 1
    defer { depth -= 1 }
    guard depth < 2_000 else { return }
    if !sinks.isEmpty, sinks.contains(ObjectIdentifier(node)) {
      sinkFlows[ObjectIdentifier(node)] = CallFlow(script: script, function: functionStack.last!, arms: arms)
    }
    switch node {
    case let f as FunctionNode:
      let savedArms = arms
      functionStack.append(ObjectIdentifier(f))
      arms = []
      f.forEachChild { walk($0, script: script) }
      functionStack.removeLast()
      arms = savedArms
    case let i as IfStatement:
      walk(i.test, script: script)
      let owner = newOwner()
      inArm(owner, 0, exits: !ValueEvaluator.canCompleteNormally(i.consequent)) { $0.walk(i.consequent, script: script) }
      if let alternate = i.alternate { inArm(owner, 1, exits: !ValueEvaluator.canCompleteNormally(alternate)) { $0.walk(alternate, script: script) } }
    case let c as ConditionalExpression:
      walk(c.test, script: script)
      let owner = newOwner()
      inArm(owner, 0) { $0.walk(c.consequent, script: script) }
      inArm(owner, 1) { $0.walk(c.alternate, script: script) }
    case let l as LogicalExpression:
      walk(l.left, script: script)
      let owner = newOwner()
      inArm(owner, 1) { $0.walk(l.right, script: script) }
    case let s as SwitchStatement:
      walk(s.discriminant, script: script)
      let owner = newOwner()
      for (index, c) in s.cases.enumerated() {
        inArm(owner, index) { $0.walk(c, script: script) }
      }
    case let t as TryStatement:
      let owner = newOwner()
      inArm(owner, 0) { $0.walk(t.block, script: script) }
      if let handler = t.handler { inArm(owner, 1) { $0.walk(handler, script: script) } }
      if let finalizer = t.finalizer { walk(finalizer, script: script) }
    case let c as CallExpression:
      c.forEachChild { walk($0, script: script) }
      flows[ObjectIdentifier(c)] = CallFlow(script: script, function: functionStack.last!, arms: arms)
    default:
      node.forEachChild { walk($0, script: script) }
    }
  }
}

extension HeapDocument {
  /// The function a string script's host runs it in (nil: at the top level, or not a string script).
  func sinkFunction(ofScript index: Int) -> ObjectIdentifier? {
    guard let sink = scripts[index].sink else { return nil }
    if flowAnalysis == nil { flowAnalysis = FlowAnalysis(document: self) }
    let function = flowAnalysis!.sinkFlows[ObjectIdentifier(sink)]?.function
    // Markup rendered by server code runs with the page, not in a function of its own.
    if let function, scripts.contains(where: { $0.kind == .server && ObjectIdentifier($0.program) == function }) { return nil }
    return function
  }

  /// The flow of a call (every call of the document has one).
  public func flow(of call: HeapCall) -> CallFlow {
    if flowAnalysis == nil { flowAnalysis = FlowAnalysis(document: self) }
    return flowAnalysis!.flows[ObjectIdentifier(call.node)] ?? CallFlow(script: call.script, function: nil, arms: [])
  }
}
