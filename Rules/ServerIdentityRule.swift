import HeapLintCore

/// Flags server-side Heap calls that carry no identity.
public struct ServerIdentityRule: Rule {
  public init() {}

  public let id = "server-identity"
  public let defaultSeverity = Severity.error
  public let summary = "A server-side Heap call (HTTP API or heap-api client) has no identity."

  public let rationale = """
    On the server there is no browser session to attach data to: Heap's HTTP API \
    (`/api/track`, `/api/add_user_properties`) and the `heap-api` client need the user's \
    identity in every call (`addUserProperties(identity, properties)`, \
    `track(event, identity, properties)`). A request without one is rejected or lands nowhere. \
    The identity passed is also checked like any identify: no blocklisted, constant or random \
    value.
    """

  public let help = "Pass the user's identity (the same value the browser identifies them with)."

  public let examples: [RuleExample] = [
    .valid("const heap = require('heap-api')(APP_ID);\nheap.track('Signup', user.id, { plan: 'pro' });"),
    .valid("axios.post('https://heapanalytics.com/api/track', { app_id: APP_ID, identity: user.email, event: 'Paid' });"),
    .valid("fetch(url, { method: 'POST', body: JSON.stringify(payload) });"),
    .invalid("const heap = require('heap-api')(APP_ID);\n↓heap.addUserProperties({ plan: 'pro' });"),
    .invalid("const client = require('heap-api')(process.env.HEAP_APP_ID);\n↓client.track('Signup');"),
    .invalid(
      "↓fetch('https://heapanalytics.com/api/add_user_properties', {\n  method: 'POST',\n  body: JSON.stringify({ app_id: APP_ID, properties: { plan: 'pro' } }),\n});"),
    .invalid("↓axios.post('https://heapanalytics.com/api/track', { app_id: APP_ID, event: 'Paid' });"),
  ]

  public func check(_ document: HeapDocument, _ context: inout RuleContext) {
    for call in document.serverCalls where call.bodyKnown && call.identity == nil {
      context.report("\(call.description) has no identity: server-side calls must say which user they are about", at: document.fileSpan(call.node, script: call.script))
    }
  }
}
