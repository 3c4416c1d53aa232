import HeapLintCore
import JavaScriptSyntax

/// Flags server-side Heap calls that carry no identity.
public struct ServerIdentityRule: Rule {
  public init() {}

  public let id = "server-identity"
  public let defaultSeverity = Severity.error
  public let summary = "A server-side Heap call (HTTP API or a Node client) has no identity, or a constant one."

  public let rationale = """
    On the server there is no browser session to attach data to: every request to Heap's HTTP \
    API says whom it is about. Track (`/api/track`, and each entry of its bulk `events` list) \
    needs an `identity` or Heap's numeric `user_id`; Add User Properties (and each entry of \
    `users`) and the server-side Identify (`/api/v1/identify`) need an `identity`; Add Account \
    Properties (and each entry of `accounts`) needs an `account_id`; User Deletion needs an \
    `identity` or `user_id` per user. The Node clients follow the same shapes \
    (`heap-api`: `track(event, identity, properties)`, `addUserProperties(identity, \
    properties)`; `heap-server`: `push({ identity, ... })`). A request without one is rejected \
    or lands nowhere, and one with a constant identity (`'admin'`, `'anonymous'`, `''`) is \
    either ignored (Heap's blocklist) or piles every such request onto one shared user. A \
    body heaplint cannot see into (built elsewhere, or with a spread) is never called missing. \
    A function of the file that sends what its callers pass (`post(path, payload)` posting \
    `{ app_id, ...payload }`, `trackServer(identity, event)`) is judged at each call of it, \
    with the arguments of that call.
    """

  public let help = "Pass the user's identity (the same value the browser identifies them with)."

  public let examples: [RuleExample] = [
    // A call that leaves the identity to the function's default sends that constant.
    .invalid("const SYSTEM = 'billing-bot';\nasync function trackServer(event, properties = {}, identity = SYSTEM) {\n  await axios.post('https://heapanalytics.com/api/track', { app_id: APP_ID, identity, event, properties });\n}\n↓trackServer('Nightly');\ntrackServer('Paid', {}, user.email);"),
    // The snippet's CDN host beside a request to the regional API host: still a request.
    .invalid("const s = document.createElement('script');\ns.src = 'https://cdn.us.heap-api.com/config/' + id + '/heap_config.js';\n↓fetch(API_HOST + '/api/track', { method: 'POST', body: JSON.stringify({ app_id: id, event: 'Opened' }) });\nconst API_HOST = 'https://c.us.heap-api.com';"),
    .valid("const heap = require('heap-api')(APP_ID);\nheap.track('Signup', user.id, { plan: 'pro' });"),
    .valid("axios.post('https://heapanalytics.com/api/track', { app_id: APP_ID, identity: user.email, event: 'Paid' });"),
    .valid("fetch(url, { method: 'POST', body: JSON.stringify(payload) });"),
    .valid("// Heap's numeric user_id names the user too.\naxios.post('https://heapanalytics.com/api/track', { app_id: APP_ID, user_id: heapUserId, event: 'Paid' });"),
    .valid("// A body built elsewhere, or with a spread, is not known to lack the identity.\naxios.post('https://heapanalytics.com/api/add_user_properties', { ...base, properties });"),
    .valid("const body = { app_id: APP_ID, event: 'Paid' };\nbody.identity = user.email;\nfetch('https://heapanalytics.com/api/track', { method: 'POST', body: JSON.stringify(body) });"),
    .valid("axios.post('https://heapanalytics.com/api/track', {\n  app_id: APP_ID,\n  events: orders.map((o) => ({ identity: o.email, event: 'Order' })),\n});"),
    .valid("axios.post('https://c.eu.heap-api.com/api/add_account_properties', { app_id: APP_ID, account_id: org.id, properties: { plan } });"),
    .valid("const heap = require('heap-server')(APP_ID);\nheap.push({ identity: user.email, event: 'Signup' });"),
    // Request options in a variable: known unless written later.
    .valid("const options = { url: 'https://heapanalytics.com/api/track', type: 'POST', data: { app_id: APP_ID, event: 'Paid' } };\noptions.data = signed(user);\n$.ajax(options);"),
    .invalid("const options = { url: 'https://heapanalytics.com/api/track', type: 'POST', data: { app_id: APP_ID, event: 'Paid' } };\n↓$.ajax(options);"),
    .invalid("const heap = require('heap-api')(APP_ID);\n↓heap.addUserProperties({ plan: 'pro' });"),
    .invalid("const client = require('heap-api')(process.env.HEAP_APP_ID);\n↓client.track('Signup');"),
    .invalid("const client = require('heap-api')(APP_ID);\nclient.track('Signup', ↓'admin', { plan: 'pro' });"),
    .invalid(
      "↓fetch('https://heapanalytics.com/api/add_user_properties', {\n  method: 'POST',\n  body: JSON.stringify({ app_id: APP_ID, properties: { plan: 'pro' } }),\n});"),
    .invalid("↓axios.post('https://heapanalytics.com/api/track', { app_id: APP_ID, event: 'Paid' });"),
    .invalid("axios.post('https://heapanalytics.com/api/track', {\n  app_id: APP_ID,\n  events: [\n    { identity: user.email, event: 'Paid' },\n    ↓{ event: 'Audit' },\n  ],\n});"),
    .invalid("axios.post('https://heapanalytics.com/api/add_user_properties', {\n  app_id: APP_ID,\n  users: [{ identity: ↓'guest', properties: { beta: 'yes' } }],\n});"),
    .invalid("fetch('https://heapanalytics.com/api/v1/identify', {\n  method: 'POST',\n  body: JSON.stringify({ app_id: APP_ID, identity: ↓'null', user_id: heapUserId }),\n});"),
    .invalid("↓axios.post('https://heapanalytics.com/api/add_account_properties', { app_id: APP_ID, properties: { plan: 'pro' } });"),
    .invalid("const heap = require('heap-server')(APP_ID);\n↓heap.push({ event: 'Signup', properties: { plan } });"),
    .invalid(
      "async function postJson(url, payload) {\n  await fetch(url, { method: 'POST', body: JSON.stringify(payload) });\n}\npostJson('https://heapanalytics.com/api/track', {\n  app_id: APP_ID,\n  events: rows.map((row) => (↓{ event: 'Seat Usage', properties: { seats: row.seats } })),\n});"),
    // An HTTP client a service keeps in a property (NestJS, Angular).
    .invalid(
      "export class HeapService {\n  constructor() {\n    this.client = axios.create({ baseURL: 'https://heapanalytics.com/api' });\n  }\n  async trackSystem(event) {\n    await ↓this.client.post('/track', { app_id: APP_ID, event });\n  }\n}"),
    // A function that posts what its callers pass is judged at each call.
    .valid(
      "function trackServer(identity, event) {\n  return axios.post('https://heapanalytics.com/api/track', { app_id: APP_ID, identity, event });\n}\ntrackServer(user.email, 'Paid');"),
    .invalid(
      "function trackServer(identity, event) {\n  return axios.post('https://heapanalytics.com/api/track', { app_id: APP_ID, identity, event });\n}\ntrackServer(↓'system', 'Nightly Sync');"),
    .invalid(
      "const post = (path, payload) =>\n  fetch(`${HEAP_HOST}${path}`, { method: 'POST', body: JSON.stringify({ app_id: APP_ID, ...payload }) });\nconst HEAP_HOST = 'https://heapanalytics.com';\npost('/api/track', { identity: user.email, event: 'Paid' });\n↓post('/api/track', { event: 'Installed' });"),
    // A client whose request method takes the path from its callers, over an axios instance.
    .invalid(
      "class HeapClient {\n  constructor(appId) {\n    this.appId = appId;\n    this.http = axios.create({ baseURL: 'https://heapanalytics.com' });\n  }\n  post(path, body) { return this.http.post(path, { app_id: this.appId, ...body }); }\n  track(identity, event) { return this.post('/api/track', { identity, event }); }\n}\nconst heap = new HeapClient(APP_ID);\nheap.track(↓'billing-bot', 'Invoice Sent');"),
    // A client class that keeps the URL its module makes it with, and builds the body in a method.
    .invalid(
      "class Tracker {\n  constructor(endpoint) { this.endpoint = endpoint; }\n  event(name) { return { app_id: APP_ID, event: name }; }\n  send(name) {\n    const body = this.event(name);\n    return ↓fetch(this.endpoint, { method: 'POST', body: JSON.stringify(body) });\n  }\n}\nexport default new Tracker('https://heapanalytics.com/api/track');"),
  ]

  public func check(_ document: HeapDocument, _ context: inout RuleContext) {
    for call in document.serverCalls {
      for item in call.missing {
        let bulk = item !== call.node
        let message: String
        switch call.subject {
        case .user:
          message =
            bulk
            ? "an entry of this \(call.description) has no identity: every entry of a bulk request must say which user it is about"
            : "\(call.description) has no identity: server-side calls must say which user they are about"
        case .account:
          message =
            bulk
            ? "an entry of this \(call.description) has no account_id: every entry must say which account it is about"
            : "\(call.description) has no account_id: account properties must say which account they are about"
        }
        context.report(message, at: document.fileSpan(item, script: call.script), help: call.subject == .account ? "Pass the account's id as account_id." : help)
      }
      // A server call names one user explicitly, so a constant is always wrong: Heap drops a
      // blocklisted one, and any other lands every such request on one shared user.
      func reportConstants(_ constants: [String], at node: Node, leftOut: Bool) {
        guard !constants.isEmpty else { return }
        let blocked = constants.filter { BlocklistedIdentityRule.isBlocklisted($0, in: document) }
        let shown = (blocked.isEmpty ? constants : blocked).map(quoted).joined(separator: ", ")
        let kind = leftOut ? "default identity" : blocked.isEmpty ? "constant identity" : "identity"
        let when = leftOut ? " when the identity is left out" : ""
        let message =
          blocked.isEmpty
          ? "\(call.description) passes the \(kind) \(shown)\(when): every such request lands on one shared user"
          : "\(call.description) passes the \(kind) \(shown)\(when), which is on Heap's blocklist: Heap ignores it"
        context.report(message, at: document.fileSpan(node, script: call.script), help: leftOut ? help : nil)
      }
      reportConstants(call.defaultIdentities, at: call.node, leftOut: true)
      for identity in call.identities {
        var constants: [String] = []
        for case .constant(let value, _) in document.value(of: identity, script: call.script).possibilities {
          let text = value.stringValue
          if !constants.contains(text) { constants.append(text) }
        }
        reportConstants(constants, at: identity, leftOut: false)
      }
    }
  }
}
