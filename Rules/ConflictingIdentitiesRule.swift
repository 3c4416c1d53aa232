import HeapLintCore

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
    .valid("function login(u) { heap.identify(u.id); }\nfunction signup(u) { heap.identify(u.id); }"),
    .valid("heap.identify('guest');\nheap.identify(user.id);  // the first is ignored by Heap"),
    .invalid("heap.identify(user.email);\n↓heap.identify(user.id);"),
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
    let resets = document.calls.filter { $0.method == "resetIdentity" }
    let flows = identities.map { document.flow(of: $0.call) }
    let spelled = identities.map { document.text($0.node, script: $0.call.script).filter { !$0.isWhitespace } }
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
