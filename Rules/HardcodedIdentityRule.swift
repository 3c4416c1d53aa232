import HeapLintCore

/// Flags `heap.identify` calls whose identity is (or may be) one constant for every visitor.
public struct HardcodedIdentityRule: Rule {
  public init() {}

  public let id = "hardcoded-identity"
  public let defaultSeverity = Severity.error
  public let summary = "The identity is a constant, so every visitor who runs the call becomes the same user."

  public let rationale = """
    An identity ties the current visitor, with all of their history, to one Heap user for good. \
    When the identity is a constant (`'admin'`, `'kiosk'`, a fallback such as \
    `user.id || 'visitor'`), every visitor who reaches the call merges into one profile. The \
    merge cannot be undone: unique-user counts, funnels and retention for those visitors are \
    wrong from then on. Values on Heap's blocklist are reported by blocklisted-identity instead.
    """

  public let help = "Identify with a value unique to the signed-in user (their id or email); label anonymous visitors with heap.addUserProperties instead."

  public let examples: [RuleExample] = [
    // The `?:` arm runs only when `uid` is set: not "undefined@acme.com".
    .valid("function readCookie(name) {\n  const m = document.cookie.match(name);\n  return m ? m[1] : undefined;\n}\nconst uid = readCookie('uid');\nheap.identify(uid ? uid + '@acme.com' : session.userId);"),
    .valid("heap.identify(user.id);"),
    .valid("heap.identify(`user-${account.id}`);"),
    .valid("function login(email) { heap.identify(email); }"),
    .valid("heap.identify('guest');  // blocklisted-identity reports this one"),
    .valid("const heap = require('heap-api')(APP_ID); heap.track('signup', user.id);"),
    .valid("heap.addUserProperties({ role: 'admin' });"),
    .invalid("↓heap.identify('admin');"),
    .invalid("↓heap.identify(42);"),
    .invalid("const KIOSK = 'kiosk-' + 7;\n↓heap.identify(KIOSK);"),
    // A wrapper that normalises its parameter passes the caller's value on.
    .invalid("function identifyLead(email) {\n  const normalized = email.trim().toLowerCase();\n  heap.identify(normalized);\n}\nidentifyLead(form.email);\n↓identifyLead('newsletter-subscriber');"),
    // A wrapper's default parameter is what a call that leaves it out passes.
    .invalid("function identifyDevice(id = 'front-desk') {\n  heap.identify(id);\n}\nidentifyDevice(device.ownerId);\n↓identifyDevice();"),
    .invalid("↓heap.identify(user.id || 'visitor');"),
    .invalid("↓heap.identify(user ? user.id : 'Guest');"),
    .invalid("const config = { identity: 'shared-account' };\n↓heap.identify(config.identity);"),
    .invalid("let id = 'pending';\nif (user) id = user.id;\n↓heap.identify(id);"),
    .invalid("<button onclick=\"↓heap.identify('demo-user')\">Try</button>", fileName: "page.html"),
    .valid("<%= javascript_tag do %>\n  heap.identify(\"<%= current_user.id %>\");\n<% end %>", fileName: "show.html.erb"),
    .invalid("<%= javascript_tag do %>\n  ↓heap.identify(\"<%= current_user ? current_user.id : 'visitor' %>\");\n<% end %>", fileName: "show.html.erb"),
    .invalid("<button @click=\"↓heap.identify('demo')\">Try</button>", fileName: "alpine.html"),
    .invalid("<script dangerouslySetInnerHTML={{ __html: `↓heap.identify(\"kiosk\");` }} />", fileName: "Kiosk.jsx"),
    .invalid("enum Demo { Identity = 'demo-user' }\n↓heap.identify(Demo.Identity);", fileName: "demo.ts"),
    .invalid("const IDS = Object.freeze({ kiosk: 'lobby-kiosk' });\n↓heap.identify(IDS.kiosk);"),
    .invalid("const analytics = { heap: window.heap };\n↓analytics.heap.identify('front-desk');"),
    .invalid("function identifyUser(user) { heap.identify(user.id); }\n↓identifyUser({ id: 'admin' });"),
    .valid("function identifyUser(user) { heap.identify(user.id); }\nidentifyUser({ ...profile });  // the spread may hold the id"),
    // A tag printing a value may print nothing: the fallback is then every visitor's identity.
    .invalid("<script>\n  ↓heap.identify({{ user_id }} || 'visitor');\n</script>", fileName: "page.html"),
  ]

  public func check(_ document: HeapDocument, _ context: inout RuleContext) {
    // Server-side identities are judged by server-identity.
    for identity in document.identityArguments where !identity.call.isServer {
      var constants: [String] = []
      for case .constant(let value, _) in identity.value.possibilities {
        let text = value.stringValue
        guard !BlocklistedIdentityRule.isBlocklisted(text, in: document), !constants.contains(text) else { continue }
        switch value {
        case .string, .number, .array: constants.append(text)
        default: break
        }
      }
      guard !constants.isEmpty else { continue }
      let callee = document.calleeText(identity.call)
      let list = constants.map(quoted).joined(separator: ", ")
      let onlyConstants = identity.value.constants != nil
      let message =
        onlyConstants && constants.count == 1
        ? "\(callee) always passes the constant identity \(list): every visitor who runs it merges into one Heap user"
        : "\(callee) can pass the constant identity \(list): every visitor who gets it merges into one Heap user"
      context.report(message, at: document.fileSpan(of: identity.call))
    }
  }
}
