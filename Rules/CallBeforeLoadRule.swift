import HeapLintCore

/// Flags Heap API calls that run before `heap.load(...)` in the same file or page.
public struct CallBeforeLoadRule: Rule {
  public init() {}

  public let id = "call-before-load"
  public let defaultSeverity = Severity.error
  public let summary = "A Heap method is called before heap.load(...) has created it."

  public let rationale = """
    Heap's install snippet creates `window.heap` as an empty array and defines `heap.load`; the \
    API methods (`identify`, `addUserProperties`, `track`, ...) are created only when \
    `heap.load(...)` runs. A call that runs earlier fails with "heap.identify is not a function" \
    and nothing is recorded. heaplint follows execution order: top-level statements in order, \
    immediately invoked functions where they stand, the scripts of a page in document order \
    (modules after classic scripts); callbacks and event handlers run later. A file or page \
    without `heap.load` gets no verdict, because the load may live in a layout elsewhere.
    """

  public let help = "Move this call below heap.load(...), or into code that runs after the page loaded."

  public let examples: [RuleExample] = [
    // next/script: `afterInteractive` runs before `lazyOnload`, whatever the source order.
    .invalid("<>\n  <Script id=\"heap\" strategy=\"lazyOnload\">{`heap.load(\"1234\");`}</Script>\n  <Script id=\"early\" strategy=\"afterInteractive\">{`↓heap.track(\"Landing\");`}</Script>\n</>", fileName: "layout.jsx"),
    .invalid("const s = document.createElement('script');\ns.text = '↓heap.identify(user.id); heap.load(\"1234\");';", fileName: "inject.js"),
    .valid("heap.load('1234567890');\nheap.identify(user.id);"),
    // Rails prints a string javascript_tag as a <script> where the tag stands.
    .invalid("<%= javascript_tag \"↓heap.track('Portal Viewed');\" %>\n<%= javascript_tag do %>\n  heap.load('1234567890');\n<% end %>", fileName: "portal.html.erb"),
    // Astro bundles a plain <script> as a module: it runs after the page's inline scripts.
    .valid("<script>\n  window.heap.track('Viewed');\n</script>\n<script is:inline>\n  heap.load('1234567890');\n</script>", fileName: "Page.astro"),
    .invalid("<script is:inline>\n  ↓heap.track('Viewed');\n</script>\n<script is:inline>\n  heap.load('1234567890');\n</script>", fileName: "Page.astro"),
    .valid("heap.identify(user.id);  // no load in this file: no verdict"),
    .valid("document.addEventListener('login', () => heap.identify(user.id));\nheap.load('1234567890');"),
    .valid("function later() { heap.track('x'); }\nheap.load('1234567890');\nlater();"),
    .valid("heap.load = function (id) { heap.appid = id; };\nheap.load('1234567890');"),
    .invalid("↓heap.identify(user.id);\nheap.load('1234567890');"),
    .invalid("(function () {\n  ↓heap.addUserProperties({ plan: plan });\n})();\nheap.load('1234567890');"),
    .invalid("function setup() { ↓heap.track('boot'); }\nsetup();\nheap.load('1234567890');"),
    .invalid("class Session {\n  constructor(user) { ↓heap.identify(user.id); }\n}\nconst session = new Session(boot.user);\nheap.load('1234567890');"),
    // Functions run where they are called, however far the call is from the Heap call.
    .invalid("function start() { setup(); }\nfunction setup() { track.call(null, 'boot'); }\nfunction track(name) { ↓heap.track(name); }\nstart();\nheap.load('1234567890');"),
    .invalid("const boot = () => { ↓heap.identify(user.id); };\nclass App {\n  constructor() { (0, boot)(); }\n}\nnew App();\nheap.load('1234567890');"),
    // One early call is one finding: at the Heap call, not again at the wrapper's call.
    .invalid("function identifyVisitor(user) { ↓heap.identify(user.email); }\nfunction boot() { identifyVisitor(currentUser); }\nboot();\nheap.load('1234567890');"),
    .invalid("class Tracker {\n  started = ↓heap.track('start');\n}\nfunction boot() { return new Tracker(); }\nboot();\nheap.load('1234567890');"),
    .invalid("class Boot {\n  static {\n    ↓heap.track('boot');\n  }\n}\nheap.load('1234567890');"),
    .valid("class Session {\n  constructor(user) { heap.identify(user.id); }\n}\nheap.load('1234567890');\nconst session = new Session(boot.user);"),
    .valid("Promise.resolve().then(() => heap.track('a'));\nqueueMicrotask(() => heap.track('b'));\nsetTimeout(() => heap.track('c'));\nrequestIdleCallback(() => heap.track('d'));\nheap.load('1234567890');"),
    .invalid("↓window.heap.identify(id);\ndocument.addEventListener('DOMContentLoaded', () => heap.load('1234567890'));"),
    .invalid("onReady(function () {\n  ↓heap.identify(user.id);\n  heap.load('1234567890');\n});"),
    .invalid(
      "<script>\n  ↓heap.identify(window.USER_ID);\n</script>\n<script>\n  heap.load('1234567890');\n</script>",
      fileName: "page.html"),
    .invalid(
      "<script type=\"module\">heap.load('1234567890');</script>\n<script>↓heap.track('early');</script>",
      fileName: "page.html"),
    // A call that first checks Heap is there is skipped while Heap is not loaded, unless the
    // page made the snippet's stub earlier (then the check passes and the call throws).
    .valid(
      "<script>\n  function loadHeap(id) { window.heap = window.heap || []; heap.load(id); }\n  onConsent(function () { loadHeap('1234567890'); });\n</script>\n<script>\n  if (window.heap) { window.heap.track('Page Seen'); }\n</script>",
      fileName: "page.html"),
    .invalid(
      "<script>\n  window.heap = window.heap || [];\n  onConsent(function () { heap.load('1234567890'); });\n  if (window.heap) { ↓heap.track('Page Seen'); }\n</script>",
      fileName: "page.html"),
  ]

  public func check(_ document: HeapDocument, _ context: inout RuleContext) {
    let order = document.executionOrder
    for early in order.earlyCalls {
      let callee = document.calleeText(early.call)
      let when: String
      if let load = early.load {
        let loadLine = document.line(of: load)
        let sameLine = loadLine == document.line(of: early.call)
        when = sameLine ? "before heap.load(...) later on this line" : "before heap.load(...) on line \(loadLine)"
      } else if let page = order.loadingPage, !document.calls.contains(where: { $0.method == "load" }) {
        when = "before heap.load(...): \(page) runs this file before the script that loads Heap"
      } else {
        when = "before heap.load(...), which runs only later"
      }
      context.report(
        "\(callee)(...) runs \(when); the method does not exist until load creates it, so this call throws",
        at: document.fileSpan(of: early.call))
    }
  }
}
