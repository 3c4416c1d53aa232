import HeapLintCore

/// Flags heap.load calls without a real app id.
public struct InvalidAppIDRule: Rule {
  public init() {}

  public let id = "invalid-app-id"
  public let defaultSeverity = Severity.error
  public let summary = "heap.load is called without a real app (environment) id."

  public let rationale = """
    `heap.load(appId)` needs the numeric id of the Heap environment the data goes to. A call \
    with no id, with the snippet's placeholder left in (`YOUR_APP_ID`, `<APP_ID>`, `xxx`), or \
    with an empty string, or with any literal that is not a string of digits sends nothing \
    anywhere: the page looks instrumented and records nothing. Variables, template values and \
    build placeholders are fine: they are filled in per environment (`process.env.HEAP_ID`, \
    `import.meta.env.VITE_HEAP_ID`, Angular's `environment.heapAppId`, `"%VITE_HEAP_ID%"` and \
    `"%REACT_APP_HEAP_ID%"` in an index.html, `"%sveltekit.env.PUBLIC_HEAP_ID%"`, \
    `"<%= htmlWebpackPlugin.options.heapId %>"`). The React Native SDKs' `Heap.setAppId(id)` and \
    `Heap.startRecording(id)`, and `reactjs-heap`'s `initialize(id)`, are checked the same way.
    """

  public let help = "Pass your environment's numeric id, e.g. heap.load('1234567890'), or a variable that holds it."

  static let placeholderWords = ["your", "app_id", "appid", "env_id", "environment", "xxx", "<", "{", "todo", "changeme", "placeholder"]

  public let examples: [RuleExample] = [
    .valid("heap.load('1234567890');"),
    .valid("heap.load(process.env.HEAP_APP_ID, { secureCookie: true });"),
    .valid("heap.load(window.HEAP_ID);"),
    .valid("heap.load(\"%VITE_HEAP_ID%\");"),
    .valid("heap.load('%REACT_APP_HEAP_APP_ID%');"),
    .valid("heap.load(\"%sveltekit.env.PUBLIC_HEAP_ID%\");"),
    .valid("heap.load('<%= htmlWebpackPlugin.options.heapId %>');"),
    .valid("heap.load(import.meta.env.VITE_HEAP_ID);"),
    .valid("import Heap from '@heap/react-native-heap';\nHeap.setAppId(Config.HEAP_APP_ID);"),
    .invalid("↓heap.load('');"),
    .invalid("import Heap from '@heap/react-native-heap';\n↓Heap.setAppId('YOUR_APP_ID');"),
    .valid("import ReactHeap from 'reactjs-heap';\nReactHeap.initialize(process.env.REACT_APP_HEAP_ID);"),
    .invalid("import ReactHeap from 'reactjs-heap';\n↓ReactHeap.initialize('HEAP_ID');"),
    .invalid("<script dangerouslySetInnerHTML={{ __html: `↓heap.load(\"YOUR_APP_ID\");` }} />", fileName: "Head.jsx"),
    .valid("---\nconst appId = import.meta.env.PUBLIC_HEAP_APP_ID;\n---\n<script is:inline define:vars={{ appId }}>\n  heap.load(appId);\n</script>", fileName: "Layout.astro"),
    .invalid("---\nconst prod = import.meta.env.PROD;\n---\n{prod && <script is:inline set:html={'↓heap.load(\"YOUR_APP_ID\")'} />}", fileName: "Head.astro"),
    .valid("module.exports = { plugins: [{ resolve: 'gatsby-plugin-heap', options: { appId: process.env.HEAP_APP_ID } }] };"),
    .invalid("module.exports = { plugins: [{ resolve: 'gatsby-plugin-heap', options: { appId: ↓'YOUR_HEAP_APP_ID' } }] };"),
    .invalid("↓heap.load();"),
    .invalid("↓heap.load('YOUR_APP_ID');"),
    .invalid("↓heap.load(\"<APP_ID>\");"),
    .invalid("↓heap.load('12345abc');"),
    .invalid("const ID = 'xxx';\n↓window.heap.load(ID);"),
  ]

  public func check(_ document: HeapDocument, _ context: inout RuleContext) {
    for call in document.calls where call.isDirect && call.method == "load" {
      let span = document.fileSpan(of: call)
      let callee = document.calleeText(call)
      guard let argument = call.arguments.first else {
        context.report("\(callee)() has no app id: Heap does not know where to send data", at: span)
        continue
      }
      if let message = Self.problem(with: document.value(of: argument, script: call.script), given: callee) {
        context.report(message, at: span)
      }
    }
    for configured in document.configuredAppIDs {
      if let message = Self.problem(with: document.value(of: configured.node, script: configured.script), given: configured.description) {
        context.report(message, at: document.fileSpan(configured.node, script: configured.script))
      }
    }
  }

  /// What is wrong with an app id's possible values, if anything.
  static func problem(with value: AbstractValue, given callee: String) -> String? {
    for case .constant(let value, _) in value.possibilities {
      let text = value.stringValue
      if case .number(let d) = value, d >= 0, d == d.rounded() { continue }
      let trimmed = String(decoding: text.utf8.filter { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }, as: UTF8.self)
      if !trimmed.isEmpty && trimmed.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { continue }
      if trimmed.isEmpty { return "\(callee) is given an empty app id: no data is recorded" }
      let lower = text.lowercased()
      let placeholder = placeholderWords.contains { lower.contains($0) }
      return placeholder
        ? "\(callee) is given the placeholder \(quoted(text)) instead of an app id: no data is recorded"
        : "\(callee) is given \(quoted(text)), which is not an app id (a string of digits): no data is recorded"
    }
    return nil
  }
}
