import HeapLintCore

/// Flags a page or file that runs heap.load twice.
public struct DuplicateLoadRule: Rule {
  public init() {}

  public let id = "duplicate-load"
  public let defaultSeverity = Severity.warning
  public let summary = "heap.load runs twice in one page."

  public let rationale = """
    The snippet should run once per page. A second `heap.load` (the snippet pasted into a \
    layout and again into a page, or two environments loaded side by side) reloads the \
    library, may send events to two environments, and double-counts pageviews. Loads in \
    different branches (`if`/`else`, the arms of a template conditional) are alternatives, not \
    duplicates.
    """

  public let help = "Keep a single heap.load per page; choose the environment id with a variable if it differs."

  public let examples: [RuleExample] = [
    .valid("html\n  head\n    - if (region === 'eu')\n      script.\n        heap.load('1111');\n    - else\n      script.\n        heap.load('2222');", fileName: "layout.pug"),
    .invalid("html\n  head\n    if eu\n      script.\n        heap.load('1111');\n    script.\n      ↓heap.load('2222');", fileName: "layout.pug"),
    .valid("heap.load('1111');"),
    .valid("if (isProduction) {\n  heap.load('1111');\n} else {\n  heap.load('2222');\n}"),
    .valid("heap.load(isProduction ? '1111' : '2222');"),
    .invalid("heap.load('1111');\n↓heap.load('1111');"),
    .invalid("<script>heap.load('1111');</script>\n<p>...</p>\n<script>↓window.heap.load('2222');</script>", fileName: "page.html"),
  ]

  public func check(_ document: HeapDocument, _ context: inout RuleContext) {
    let loads = document.executionOrder.immediateLoads
    // A classic script file that loads Heap, included by a page that has loaded it already.
    if let first = loads.first, let page = document.executionOrder.pageLoadedBefore {
      context.report(
        "\(document.calleeText(first))(...) runs again: \(page) loads Heap before it runs this file, so Heap is loaded twice on that page",
        at: document.fileSpan(of: first))
    }
    var reported = Set<Int>()
    for (j, second) in loads.enumerated() {
      for first in loads[..<j] where !reported.contains(j) {
        let a = document.flow(of: first)
        let b = document.flow(of: second)
        guard !CallFlow.exclusive(a.arms, b.arms) else { continue }
        reported.insert(j)
        context.report(
          "\(document.calleeText(second))(...) runs again after the load on line \(document.line(of: first)): Heap is loaded twice on this page",
          at: document.fileSpan(of: second))
      }
    }
  }
}
