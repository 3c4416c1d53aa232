import HeapLintCore
import JavaScriptSyntax

/// Flags a second identify, with another identity, in the same flow as a first one.
public struct ConflictingIdentitiesRule: Rule {
  public init() {}

  public let id = "conflicting-identities"
  public let defaultSeverity = Severity.error
  public let summary = "Two identify calls with different identities run one after the other."

  public let rationale = """
    An identity cannot be renamed. When the same code path identifies the visitor twice with \
    two different values (`heap.identify(user.email)` then `heap.identify(user.id)`), the second \
    call does not update the first: Heap creates a second user, and the visitor's history stays \
    with the first. Calls in different branches (`if`/`else`, the arms of a template \
    conditional) or in different functions are not one flow; a `heap.resetIdentity()` between \
    the two starts a new user on purpose; an identity Heap ignores (blocklisted) does not count.
    """

  public let help = "Identify with one stable identity per user; pick the one value you will always use."

  public let examples: [RuleExample] = [
    .valid("heap.identify(user.id);\nheap.identify(user.id);"),
    .valid("if (user.email) {\n  heap.identify(user.email);\n} else {\n  heap.identify(user.id);\n}"),
    .valid("heap.identify(a.id);\nheap.resetIdentity();\nheap.identify(b.id);"),
    // A wrapper's call on a path that returns early is not followed by the other.
    .valid("const analytics = { identify(id) { heap.identify(id); } };\nasync function boot(offline, cached) {\n  if (offline) {\n    analytics.identify(cached.id);\n    return;\n  }\n  const fresh = await api.me();\n  heap.identify(fresh.id);\n}"),
    .valid("function login(u) { heap.identify(u.id); }\nfunction signup(u) { heap.identify(u.id); }"),
    .valid("heap.identify('guest');\nheap.identify(user.id);  // the first is ignored by Heap"),
    .invalid("heap.identify(user.email);\n↓heap.identify(user.id);"),
    .valid("heap.identify(String(user.id));\nheap.identify(`${user.id}`);\nheap.identify(user.id.toString());"),
    .valid("function signup(res, user) {\n  if (!res.ok) {\n    heap.identify(user.email);\n    return;\n  }\n  heap.identify(user.id);\n}"),
    .invalid("function onLogin(user) {\n  heap.identify(user.username);\n  ↓heap.identify(user.id);\n}"),
    .invalid(
      "<script>heap.identify(window.USER_EMAIL);</script>\n<script>↓heap.identify(window.USER_ID);</script>",
      fileName: "page.html"),
  ]

  public func check(_ document: HeapDocument, _ context: inout RuleContext) {
    let identities = document.identityArguments.filter { identity in
      if case .server = identity.call.via { return false }
      // An identity Heap ignores is not applied.
      if let constants = identity.value.constants, constants.allSatisfy({ BlocklistedIdentityRule.isBlocklisted($0.stringValue, in: document) }) {
        return false
      }
      return true
    }
    // In the order they are written: calls through wrappers are found after the direct ones,
    // and an earlier call must be compared as the first.
    .enumerated().sorted { (document.fileSpan(of: $0.element.call).start, $0.offset) < (document.fileSpan(of: $1.element.call).start, $1.offset) }
    .map(\.element)
    let resets = document.calls.filter { $0.method == "resetIdentity" }
    let flows = identities.map { document.flow(of: $0.call) }
    let spelled = identities.map { document.text(Self.uncoerced($0.node, document.scripts[$0.call.script].scopes), script: $0.call.script).filter { !$0.isWhitespace } }
    // Only calls in one function (or both at a top level) can share a flow, so each call is
    // compared with the earlier calls of its own group: linear in a file of many small functions.
    var groups: [FlowGroup: [Int]] = [:]
    for (j, second) in identities.enumerated() {
      let secondFlow = flows[j]
      let group = FlowGroup(flows[j])
      defer { groups[group, default: []].append(j) }
      for i in groups[group] ?? [] {
        let first = identities[i]
        guard flows[i].sharesFlow(with: secondFlow), spelled[i] != spelled[j] else { continue }
        if let x = first.value.constants, let y = second.value.constants, Set(x.map(\.stringValue)) == Set(y.map(\.stringValue)) { continue }
        let start = document.fileSpan(of: first.call).start
        let end = document.fileSpan(of: second.call).start
        let resetBetween = resets.contains { r in
          let at = document.fileSpan(of: r).start
          return at > start && at < end && document.flow(of: r).sharesFlow(with: secondFlow)
        }
        guard !resetBetween else { continue }
        context.report(
          "\(document.calleeText(second.call))(\(document.text(second.node, script: second.call.script))) runs after \(document.calleeText(first.call))(\(document.text(first.node, script: first.call.script))) on line \(document.line(of: first.call)) with another identity: Heap makes a second user instead of renaming the first",
          at: document.fileSpan(of: second.call), related: [document.fileSpan(of: first.call)])
        break
      }
    }
  }

  /// The expression a string conversion converts: `String(id)`, `` `${id}` ``, `id.toString()`,
  /// `'' + id` and `id` are one identity.
  static func uncoerced(_ node: Node, _ scopes: ScopeAnalysis) -> Node {
    var n = node
    for _ in 0..<6 {
      if let c = n as? ChainExpression { n = c.expression }
      // `const identity = String(user.id)`: the value the name was given.
      if let id = n as? Identifier, let b = scopes.binding(of: id), b.isConstant, b.path.isEmpty, b.kind == .const || b.kind == .let,
        let initializer = b.initializer, !(initializer is FunctionNode)
      {
        n = initializer
        continue
      }
      if let c = n as? CallExpression, let id = c.callee as? Identifier, id.name == "String", c.arguments.count == 1, !(c.arguments[0] is SpreadElement) {
        n = c.arguments[0]
      } else if let c = n as? CallExpression, c.arguments.isEmpty, let m = c.callee as? MemberExpression, !m.computed,
        (m.property as? Identifier)?.name == "toString"
      {
        n = m.object
      } else if let t = n as? TemplateLiteral, t.expressions.count == 1, t.quasis.allSatisfy({ $0.cooked == "" }) {
        n = t.expressions[0]
      } else if let b = n as? BinaryExpression, b.operator == "+", let l = b.left as? Literal, case .string("") = l.value {
        n = b.right
      } else if let b = n as? BinaryExpression, b.operator == "+", let r = b.right as? Literal, case .string("") = r.value {
        n = b.left
      } else {
        break
      }
    }
    return n
  }

  /// The calls that can share a flow: same function (its script too), or the top level.
  private struct FlowGroup: Hashable {
    var function: ObjectIdentifier?
    var script: Int?
    init(_ flow: CallFlow) {
      function = flow.function
      script = flow.function == nil ? nil : flow.script
    }
  }
}
