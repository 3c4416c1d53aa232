import HeapLintCore

/// Flags `heap.identify` calls whose identity comes from a random or time-based generator.
public struct RandomIdentityRule: Rule {
  public init() {}

  public let id = "random-identity"
  public let defaultSeverity = Severity.error
  public let summary = "The identity is random or time-based, so it becomes a permanent identity that splits the user."

  public let rationale = """
    Heap already gives every anonymous visitor a random id of its own. An identity made with \
    `uuidv4()`, `crypto.randomUUID()`, `nanoid()`, `Math.random()` or `Date.now()` becomes the \
    user's permanent identity: it cannot be changed later, so when the same person is identified \
    with their real id, Heap creates a second user and their history is split in two. Values \
    derived from a generator (`'u-' + Date.now()`, `Math.random().toString(36)`) count too.
    """

  public let help = "Call identify only once you have the user's own stable id; leave anonymous visitors to Heap's own random id."

  public let examples: [RuleExample] = [
    // A helper declared inside an IIFE, followed to what it returns.
    .invalid("(function () {\n  function newId() { return crypto.randomUUID(); }\n  ↓heap.identify(newId());\n})();"),
    .valid("heap.identify(user.id);"),
    .valid("const requestId = crypto.randomUUID();\nheap.track('export', { requestId });"),
    .valid("function uuidv4() { return user.id; }\nheap.identify(uuidv4());"),
    .valid("heap.addUserProperties({ lastSeen: Date.now() });"),
    .invalid("↓heap.identify(crypto.randomUUID());"),
    .invalid("import { v4 } from 'uuid';\nconst uuid = v4;\n↓heap.identify(uuid());"),
    .invalid("const token = crypto.getRandomValues(new Uint32Array(1))[0].toString(16);\n↓heap.identify(token);"),
    .valid("const first = accounts[0].id.toString(16);\nheap.identify(first);"),
    .invalid("↓heap.identify(btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(12)))));"),
    .invalid("↓heap.identify([...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16)).join(''));"),
    .valid("heap.identify(btoa(user.email));"),
    .invalid("import { v4 as uuidv4 } from 'uuid';\n↓heap.identify(uuidv4());"),
    .invalid("const { v4 } = require('uuid');\n↓heap.identify(v4());"),
    .invalid("↓heap.identify(uuidv4());"),
    .invalid("↓heap.identify(nanoid());"),
    .invalid("↓heap.identify(Math.random().toString(36).slice(2));"),
    .invalid("const visitor = 'visitor-' + Date.now();\n↓heap.identify(visitor);"),
    .invalid("↓heap.identify(String(new Date().getTime()));"),
    .invalid("↓heap.identify(user.id ?? `anon-${Math.floor(Math.random() * 1e9)}`);"),
    .invalid("↓heap.identify(performance.now());"),
    .invalid("import { ulid } from 'ulid';\n↓heap.identify(ulid());"),
    .invalid("import { createId } from '@paralleldrive/cuid2';\n↓heap.identify(createId());"),
    .invalid("import { customAlphabet } from 'nanoid';\nconst nano = customAlphabet('abc123', 10);\n↓heap.identify(nano());"),
    .invalid("import hyperid from 'hyperid';\n↓heap.identify(hyperid()());"),
    .invalid("import short from 'short-uuid';\n↓heap.identify(short.generate());"),
    .invalid("↓heap.identify(String(performance.timeOrigin));"),
    .valid("import { v5 } from 'uuid';\nheap.identify(v5(user.email, NAMESPACE));  // the same input gives the same id"),
  ]

  public func check(_ document: HeapDocument, _ context: inout RuleContext) {
    for identity in document.identityArguments {
      var sources: [String] = []
      for case .random(let source) in identity.value.possibilities where !sources.contains(source) {
        sources.append(source)
      }
      guard let first = sources.first else { continue }
      let callee = document.calleeText(identity.call)
      let fallback = identity.value.possibilities.contains(.dynamic) ? " when no real id is there" : ""
      context.report(
        "\(callee) passes an identity made by \(first)\(fallback): that random value becomes the user's permanent identity and splits them from their real one",
        at: document.fileSpan(of: identity.call))
    }
  }
}
