import HeapLintCore

/// Flags `heap.identify` calls whose identity is on Heap's blocklist, so Heap drops them.
public struct BlocklistedIdentityRule: Rule {
  public init() {}

  public let id = "blocklisted-identity"
  public let defaultSeverity = Severity.error
  public let summary = "The identity is a value Heap ignores (such as \"guest\", \"undefined\" or \"\")."

  public let rationale = """
    Heap refuses to identify users with a handful of placeholder values, because they are what \
    code produces when it has no real identity: "anonymous", "guest", "not_authenticated", \
    "undefined", "null", "true", "false", "NaN", "0", "[object Object]", "None", "none", \
    "Email", "email" and the empty or blank string. Several of them are what JavaScript makes of \
    a non-string when it becomes a string: an undefined variable, null, a boolean, NaN, an object \
    (the old `heap.identify({ handle: ... })` form) or an empty array. Heap silently drops such a \
    call, so the user is never identified.
    """

  public let help = "Pass the signed-in user's real id; for anonymous visitors drop identify and call heap.addUserProperties alone."

  /// Heap's blocklist. Matching is exact and case-sensitive; blank strings count as empty.
  public static let blocklist: Set<String> = [
    "anonymous", "guest", "undefined", "null", "true", "false", "not_authenticated", "NaN", "", " ", "0",
    "[object Object]", "None", "none", "Email", "email",
  ]

  /// True when Heap ignores the identity (or the project's configuration lists it too).
  public static func isBlocklisted(_ identity: String, in document: HeapDocument) -> Bool {
    blocklist.contains(identity) || document.options.extraBlocklist.contains(identity) || identity.isBlankForHeap
  }

  public let examples: [RuleExample] = [
    // An Alpine component's field is what the form's `x-model` wrote, not its initial ''.
    .valid("document.addEventListener('alpine:init', () => {\n  Alpine.data('signup', () => ({\n    email: '',\n    submit() { heap.identify(this.email); },\n  }));\n});"),
    .valid("heap.identify(user.id);"),
    // State a component's markup writes holds the user's input, not its initial value.
    .valid("<script>\n  let email = '';\n  function submit() { window.heap?.identify(email); }\n</script>\n<input bind:value={email} />\n<button on:click={submit}>Go</button>", fileName: "Signup.svelte"),
    .invalid("<script>\n  let email = '';\n  function submit() { ↓window.heap?.identify(email); }\n</script>\n<input value={email} />\n<button on:click={submit}>Go</button>", fileName: "Signup.svelte"),
    .valid("<script>\n  let email = '';\n  function submit() { window.heap?.identify(email); }\n</script>\n<input on:input={(e) => (email = e.currentTarget.value)} />\n<button on:click={submit}>Go</button>", fileName: "Signup.svelte"),
    .valid("<script>\nexport default {\n  data() { return { email: '' }; },\n  methods: { submit() { window.heap?.identify(this.email); } },\n};\n</script>\n<template><input v-model.trim=\"email\" /></template>", fileName: "Signup.vue"),
    .invalid("<script>\nexport default {\n  data() { return { email: '' }; },\n  methods: { submit() { ↓window.heap?.identify(this.email); } },\n};\n</script>\n<template><input :value=\"email\" /></template>", fileName: "Signup.vue"),
    .invalid("const id = readCookie('account');\n↓heap.identify(id);\nfunction readCookie(name) { const m = document.cookie.match(name); return m ? m[1] : undefined; }"),
    .valid("const id = readCookie('account');\nif (id) heap.identify(id);\nfunction readCookie(name) { const m = document.cookie.match(name); return m ? m[1] : undefined; }"),
    .valid("heap.identify('alice@example.com');"),
    .valid("heap.identify(currentUser.email || session.userId);"),
    .valid("heap.addUserProperties({ plan: 'guest' });"),
    .valid("const heap = new MinHeap(); heap.identify('guest');"),
    .valid("// heap.identify('guest')\nconst s = \"heap.identify('guest')\";"),
    .invalid("↓heap.identify('guest');"),
    .invalid("↓window.heap.identify('anonymous');"),
    .invalid("↓heap.identify('');"),
    .invalid("↓heap.identify('   ');"),
    .invalid("↓heap.identify(undefined);"),
    .invalid("let userId;\n↓heap.identify(userId);"),
    .invalid("↓heap.identify({ handle: user.email });"),
    .invalid("↓heap.identify(String(null));"),
    .invalid("↓heap.identify(`${undefined}`);"),
    .invalid("↓heap.identify([]);"),
    .invalid("↓heap.identify(0);"),
    .invalid("↓heap.identify(user.id || 'not_authenticated');"),
    .invalid("const id = loggedIn ? user.id : 'none';\n↓heap?.identify(id);"),
    .invalid("<script>\n  ↓heap.identify('Email');\n</script>", fileName: "page.html"),
    .invalid("<script>\n  var id = '{{ customer.id }}';\n  ↓heap.identify(id ? id + '.{{ shop.domain }}' : '');\n</script>", fileName: "account.liquid"),
    .invalid("enum AuthState { Guest = 'guest' }\n↓heap.identify(AuthState.Guest);", fileName: "auth.ts"),
    .invalid("class Tracker {\n  get heap() { return window.heap; }\n  clear() { ↓this.heap.identify(''); }\n}"),
    .valid("const email = readCookie('email');\nif (email) {\n  heap.identify(email);  // inside the guard it is not undefined\n}\nfunction readCookie(name) { return match(name) ? value(name) : undefined; }"),
  ]

  public func check(_ document: HeapDocument, _ context: inout RuleContext) {
    // Server-side identities are judged by server-identity.
    for identity in document.identityArguments where !identity.call.isServer {
      var reasons: [String] = []
      for case .constant(let value, let origin) in identity.value.possibilities {
        let text = value.stringValue
        guard Self.isBlocklisted(text, in: document) else { continue }
        if value.isCoerced {
          let from = origin.map { "`\($0)`" } ?? "the value"
          reasons.append("\(quoted(text)) (\(from) is \(value.kindDescription), which becomes \(quoted(text)))")
        } else {
          reasons.append(quoted(text))
        }
      }
      guard !reasons.isEmpty else { continue }
      let callee = document.calleeText(identity.call)
      let what = reasons.count == 1 ? "identity \(reasons[0]) is" : "identities \(reasons.joined(separator: ", ")) are"
      context.report("\(what) on Heap's blocklist; Heap ignores this \(callee) call", at: document.fileSpan(of: identity.call))
    }
  }
}
