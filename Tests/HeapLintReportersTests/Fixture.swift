import HeapLintCore
import HeapLintReporters
import JavaScriptSyntax

/// The one `LintRun` every reporter test renders. It covers: errors and warnings, a finding in an
/// HTML file, two identical findings on identical lines (fingerprint counters), two findings of
/// one rule at one position (JUnit name counters), a hostile message (quotes, `]]>`, `<`, `&`,
/// ESC, a line break), a hostile path (space, `&`, `<`, `>`, `%`, `,`, non-ASCII), a
/// `parse-error` warning and a clean file.
enum Fixture {
  static let workingDirectory = "/home/dev/my project"
  static let context = ReportContext(color: false, workingDirectory: workingDirectory)
  static let hostilePath = "src/ça va/a&b<c>%,d.js"
  static let hostileMessage =
    "Property \"plan\" is set to \"]]> <b>&co\", which contains \u{1B}[31m and a line break:\nsecond line."

  static let rules: [RuleInfo] = [
    RuleInfo(
      id: "track-event-name-literal", defaultSeverity: .error,
      summary: "heap.track needs a literal event name.",
      rationale: "Heap defines events by name; a computed name creates an unbounded number of events that nobody can define or chart.",
      help: "Pass a string literal, e.g. heap.track(\"Checkout Started\", props)."),
    RuleInfo(
      id: "identify-pii", defaultSeverity: .error,
      summary: "heap.identify must not receive personal data.",
      rationale: "Identities are visible to everyone with access to the Heap project and are kept forever.",
      help: "Identify users by a stable internal id."),
    RuleInfo(
      id: "property-value-type", defaultSeverity: .warning,
      summary: "Property values should be strings, numbers or booleans.",
      rationale: "Heap stores other values as their string form, which is rarely what was meant.",
      help: "Convert the value before sending it."),
    RuleInfo(
      id: "parse-error", defaultSeverity: .warning,
      summary: "The file could not be parsed completely.",
      rationale: "Code after a syntax error is not checked.",
      help: "Fix the syntax error."),
  ]

  static func finding(
    _ rule: String, _ severity: Severity, _ message: String, help: String = "",
    _ line: Int, _ column: Int, _ endLine: Int, _ endColumn: Int
  ) -> Finding {
    Finding(
      ruleID: rule, severity: severity, message: message, help: help,
      start: LineColumn(line: line, column: column), end: LineColumn(line: endLine, column: endColumn),
      span: Span(start: line * 100 + column, end: endLine * 100 + endColumn))
  }

  /// The files of the fixture; `lineShift` moves every finding down (fingerprint stability).
  static func files(lineShift: Int = 0) -> [FileResult] {
    let s = lineShift
    let identifyHelp = "Identify users by a stable internal id."
    return [
      FileResult(
        path: "src/app.js",
        findings: [
          finding("track-event-name-literal", .error, "heap.track is called with a computed event name.",
                  help: "Pass a string literal.", 20 + s, 5, 20 + s, 30),
          finding("identify-pii", .error, "heap.identify is called with an e-mail address (user.email).",
                  help: identifyHelp, 9 + s, 17, 9 + s, 27),
          finding("property-value-type", .warning, hostileMessage, 14 + s, 27, 15 + s, 3),
          finding("identify-pii", .error, "heap.identify is called with an e-mail address (user.email).",
                  help: identifyHelp, 3 + s, 17, 3 + s, 27),
          finding("track-event-name-literal", .error, "heap.track is called with a template literal.",
                  help: "Pass a string literal.", 20 + s, 5, 20 + s, 30),
        ],
        lineTexts: [
          3 + s: "  heap.identify(user.email);",
          9 + s: "    heap.identify(user.email);   ",
          14 + s: "heap.addUserProperties({ plan: label(",
          20 + s: "    heap.track(`${area} opened`, props);",
        ]),
      FileResult(path: "src/clean.js", findings: []),
      FileResult(
        path: hostilePath,
        findings: [
          finding("property-value-type", .warning, "Property \"prénom\" is set to an object.",
                  help: "Convert the value before sending it.", 2 + s, 8, 2 + s, 20)
        ],
        lineTexts: [2 + s: "heap.addUserProperties({ prénom: {} });"]),
      FileResult(
        path: "index.html",
        findings: [
          finding("track-event-name-literal", .error, "heap.track is called with a computed event name.",
                  help: "Pass a string literal.", 12 + s, 31, 12 + s, 35)
        ],
        lineTexts: [12 + s: "  <button onclick=\"heap.track(name)\">Buy</button>"]),
      FileResult(
        path: "src/broken.js",
        findings: [
          finding("parse-error", .warning, "Unexpected token '}'; the rest of the file was not checked.",
                  7 + s, 1, 7 + s, 2)
        ],
        lineTexts: [7 + s: "}"]),
    ]
  }

  static let run = LintRun(files: files(), rules: rules, toolVersion: "0.1.0")

  /// A run with no findings at all.
  static let cleanRun = LintRun(
    files: [FileResult(path: "src/clean.js", findings: []), FileResult(path: "index.html", findings: [])],
    rules: rules, toolVersion: "0.1.0")

  /// Every control character, the XML non-characters, bidi overrides and separators, in a path,
  /// a rule id and a message, to prove no format lets them through raw.
  static let hostileRun: LintRun = {
    var nasty = ""
    for v in UInt32(0)...0x9F where v < 0x20 || v >= 0x7F {
      nasty.unicodeScalars.append(Unicode.Scalar(v)!)
    }
    nasty += "\u{FFFE}\u{FFFF}\u{2028}\u{2029}\u{202E}\u{2066}\u{FFFD}]]>&<>\"'%:,"
    let file = FileResult(
      path: "dir/x\(nasty).js",
      findings: [finding("rule\(nasty)", .error, "message \(nasty) end", help: "help \(nasty)", 1, 1, 1, 2)],
      lineTexts: [1: nasty])
    return LintRun(files: [file], rules: rules, toolVersion: "0.1.0")
  }()
}
