import JavaScriptSyntax

/// The kinds of file heaplint reads, chosen by extension.
public enum FileKind: Sendable, Hashable {
  /// `.js`, `.jsx`: a classic script or a module, whichever parses.
  case javaScript
  /// `.mjs`: always a module.
  case module
  /// `.cjs`: always a script (CommonJS).
  case commonJS
  /// `.html`, `.htm`.
  case html

  /// The kind for a path, or nil when heaplint does not lint such files.
  public static func forPath(_ path: String) -> FileKind? {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
    switch name[name.index(after: dot)...].lowercased() {
    case "js", "jsx": return .javaScript
    case "mjs": return .module
    case "cjs": return .commonJS
    case "html", "htm": return .html
    default: return nil
    }
  }

  /// Extensions of the files a directory walk picks up.
  public static let extensions: Set<String> = ["js", "jsx", "mjs", "cjs", "html", "htm"]
}

/// Lints one file at a time with a fixed set of rules. Safe to use from several threads.
public struct Linter: Sendable {
  /// Rules in effect and the severity each reports at.
  public let rules: [(rule: any Rule, severity: Severity)]

  /// Findings the engine itself reports (not rules of the catalogue).
  public static let parseErrorRule = RuleInfo(
    id: "parse-error",
    defaultSeverity: .warning,
    summary: "The file has a syntax error; heaplint checks only what it could parse.",
    rationale:
      "heaplint reads JavaScript with a real parser. When a file does not parse, the statements around the error are still checked, but a Heap call inside the broken part may be missed, so the error is reported instead of being skipped in silence.",
    help: "Fix the syntax error, or exclude the file if it is not JavaScript."
  )

  /// Files the prefilter rejects are not parsed; nil parses every file (`--no-prefilter`).
  public var prefilter: Prefilter?

  public init(rules: [any Rule], severities: [String: Severity] = [:], prefilter: Prefilter? = Prefilter()) {
    self.rules = rules.map { ($0, severities[$0.id] ?? $0.defaultSeverity) }
    self.prefilter = prefilter
  }

  /// Every rule this linter can report, engine rules included.
  public var ruleInfos: [RuleInfo] {
    [Self.parseErrorRule] + rules.map { $0.rule.info }
  }

  /// Lints the bytes of one file. `path` picks the front end and names the file in findings.
  public func lint(path: String, bytes: [UInt8], project: ProjectIndex? = nil) -> FileResult {
    analyze(path: path, bytes: bytes, project: project).result
  }

  /// Lints one file and returns the model too (for the project index), unless the prefilter
  /// turned the file away.
  public func analyze(path: String, bytes: [UInt8], project: ProjectIndex?) -> (result: FileResult, document: HeapDocument?) {
    if let prefilter, !prefilter.admits(bytes) { return (FileResult(path: path, findings: []), nil) }
    let file = SourceFile(bytes: bytes)
    let kind = FileKind.forPath(path) ?? .javaScript
    let scripts = Self.scripts(of: bytes, kind: kind)
    let document = HeapDocument(file: file, path: path, scripts: scripts, project: project)

    var raw: [(ruleID: String, severity: Severity, span: Span, message: String, help: String)] = []
    for script in scripts {
      for error in script.syntaxErrors {
        let start = script.origin.fileOffset(error.span.start)
        let end = script.origin.fileOffset(max(error.span.end, error.span.start))
        raw.append((Self.parseErrorRule.id, Self.parseErrorRule.defaultSeverity, Span(start: start, end: end), "syntax error: \(error.message)", Self.parseErrorRule.help))
      }
    }
    for (rule, severity) in rules {
      var context = RuleContext(ruleID: rule.id, defaultHelp: rule.help)
      rule.check(document, &context)
      for f in context.findings {
        raw.append((f.ruleID, severity, f.span, f.message, f.help))
      }
    }

    var findings: [Finding] = []
    var lineTexts: [Int: String] = [:]
    for r in raw {
      let start = file.lineColumn(at: r.span.start)
      let end = file.lineColumn(at: r.span.end)
      findings.append(Finding(ruleID: r.ruleID, severity: r.severity, message: r.message, help: r.help, start: start, end: end, span: r.span))
      if lineTexts[start.line] == nil { lineTexts[start.line] = file.lineText(start.line) }
    }
    return (FileResult(path: path, findings: findings, lineTexts: lineTexts), document)
  }

  /// Parses the scripts a file holds.
  static func scripts(of bytes: [UInt8], kind: FileKind) -> [AnalyzedScript] {
    switch kind {
    case .javaScript, .module, .commonJS:
      let goal: ParseOptions.Goal? = kind == .module ? .module : kind == .commonJS ? .script : nil
      let result = parse(bytes, goal: goal)
      return [
        AnalyzedScript(kind: .file, code: bytes, program: result.program, syntaxErrors: result.errors, origin: .identity(offset: 0, length: bytes.count))
      ]
    case .html:
      let extraction = HTMLFrontEnd.extract(bytes)
      return extraction.scripts.map { embedded in
        let goal: ParseOptions.Goal = embedded.kind == .module ? .module : .script
        let result = Parser.parse(embedded.code, options: ParseOptions(goal: goal))
        let kind: ScriptKind
        switch embedded.kind {
        case .classic: kind = .classic
        case .module: kind = .module
        case .eventHandler, .javascriptURL: kind = .handler
        }
        var errors = result.errors
        if kind == .handler {
          // An event handler's code is a function body: `return false;` is fine there.
          errors.removeAll { $0.message.contains("return") }
        }
        return AnalyzedScript(kind: kind, code: embedded.code, program: result.program, syntaxErrors: errors, origin: embedded.origin)
      }
    }
  }

  /// Parses with the given goal, or, when none is given, as a script and then as a module if
  /// that parses better (`import`/`export` in a `.js` file).
  static func parse(_ bytes: [UInt8], goal: ParseOptions.Goal?) -> ParseResult {
    if let goal { return Parser.parse(bytes, options: ParseOptions(goal: goal)) }
    let script = Parser.parse(bytes, options: ParseOptions(goal: .script))
    if script.errors.isEmpty { return script }
    let module = Parser.parse(bytes, options: ParseOptions(goal: .module))
    return module.errors.count < script.errors.count ? module : script
  }
}
