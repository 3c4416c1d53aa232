import HeapLintCore

/// Flags calls of methods the Heap API does not have.
public struct UnknownHeapMethodRule: Rule {
  public init() {}

  public let id = "unknown-heap-method"
  public let defaultSeverity = Severity.error
  public let summary = "A method is called on Heap that Heap's API does not have."

  public let rationale = """
    Once loaded, Heap has a fixed set of methods; a misspelt or invented one \
    (`heap.AddUserProperties`, `heap.trackUserProperties`, `heap.identity()`) throws \
    "is not a function" in the browser, and before load it is silently missing. Only calls on \
    the Heap global and its aliases are checked; the snippet's own plumbing (`heap.push`, \
    `heap.load`) is part of the API.
    """

  public let help = "Call one of Heap's API methods (identify, addUserProperties, track, resetIdentity, ...)."

  /// Every method the Heap object has once loaded, old and current snippets together.
  public static let knownMethods: Set<String> = ExecutionOrder.apiMethods.union(["load", "push"]).union(sdkMethods)

  /// Methods of Heap's React Native SDKs beyond the web API (`@heap/react-native-heap`:
  /// `setAppId`, the autocapture entry points its Babel instrumentor inserts, the ignore and
  /// navigation helpers; `@heap/heap-react-native-bridge`: `startRecording` and logging).
  public static let sdkMethods: Set<String> = [
    "setAppId", "enableVisualizerPairing", "reduxMiddleware", "withReactNavigationAutotrack", "withHeapIgnore", "Ignore",
    "IgnoreTargetText", "HeapIgnore", "HeapIgnoreTargetText", "autotrackPress", "autotrackSwitchChange", "autocaptureScrollView",
    "autocaptureTextInput", "wrapPressabilityConfig", "withHeapTouchableAutocapture", "withHeapPressableAutocapture",
    "withHeapSwitchAutocapture", "withHeapTextInputAutocapture", "startRecording", "stopRecording", "logToConsole",
    "setLogLevel", "printLog", "fetchSessionId", "getSessionId", "getUserId", "getIdentity", "initialize",
  ]

  public let examples: [RuleExample] = [
    .valid("heap.load('1234');\nheap.identify(user.id);\nheap.addUserProperties({ plan: 'pro' });"),
    .valid("heap.push(['track', 'x']);"),
    .valid("const heap = new Heap(); heap.insert(3);"),
    .invalid("↓heap.AddUserProperties({ plan: 'pro' });"),
    .invalid("↓window.heap.trackUserProperties({ plan: 'pro' });"),
    .invalid("↓heap.identity(user.id);"),
    .invalid("const h = window.heap;\n↓h.setUserProperties({ plan: 'pro' });"),
    .valid("import Heap from '@heap/react-native-heap';\nHeap.setAppId(Config.HEAP_APP_ID);\nHeap.identify(user.id);"),
    .invalid("import Heap from '@heap/react-native-heap';\n↓Heap.setIdentity(user.id);"),
    .invalid("class Analytics {\n  constructor() { this.service = window.heap || []; }\n  save(p) { ↓this.service.trackUserProperties(p); }\n}"),
    .invalid("import { get } from '@ember/object';\nexport default class extends Service {\n  login(u) { ↓get(this, '_heap').indentify(u.id); }\n  init() { this._heap = window.heap; }\n}"),
    .valid("class Scheduler {\n  constructor() { this.heap = new MinHeap(); }\n  add(job) { this.heap.track(job); }\n}"),
  ]

  public func check(_ document: HeapDocument, _ context: inout RuleContext) {
    for call in document.calls where call.isDirect && !Self.knownMethods.contains(call.method) {
      let suggestion = Self.suggestion(for: call.method).map { "; did you mean \($0)?" } ?? ""
      context.report(
        "\(document.calleeText(call)) is not a Heap API method, so this call throws\(suggestion)",
        at: document.fileSpan(of: call),
        help: Self.suggestion(for: call.method).map { "Call heap.\($0)(...)." } ?? help)
    }
  }

  /// The known method closest to a misspelt one, when it is close enough to be a typo
  /// (`AddUserProperties` differs only in case; `trackUserProperties` by a few letters).
  static func suggestion(for method: String) -> String? {
    if let same = knownMethods.first(where: { $0.lowercased() == method.lowercased() }) { return same }
    return Suggestion.nearest(to: method, in: knownMethods)
  }
}
