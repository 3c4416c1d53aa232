import Foundation
import JavaScriptSyntax

/// The kinds of file heaplint reads, chosen by name (and, for `.html`, by content).
public enum FileKind: Sendable, Hashable {
  /// `.js`: a classic script or a module, whichever parses; with JSX when it only parses so.
  case javaScript
  /// `.jsx`: JSX, as a classic script or a module, whichever parses.
  case jsx
  /// `.ts`, `.cts`: TypeScript, as a script or a module, whichever parses.
  case typeScript
  /// `.mts`: a TypeScript module.
  case typeScriptModule
  /// `.tsx`: TypeScript with JSX.
  case tsx
  /// `.d.ts` (and `.d.mts`, `.d.cts`): declarations only, nothing runs, so nothing is checked.
  case typeScriptDeclaration
  /// `.vue`, `.svelte`, `.astro`: a single-file component.
  case component(ComponentKind)
  /// `.mjs`: always a module.
  case module
  /// `.cjs`: always a script (CommonJS).
  case commonJS
  /// `.html`, `.htm`; treated as a template when it contains template tags.
  case html
  /// A server-side template (`.erb`, `.blade.php`, `.hbs`, ...): its HTML and scripts are
  /// linted with the template tags masked.
  case template(TemplateKind)
  /// `.json`: only a Google Tag Manager container export has code (its Custom HTML tags); a
  /// directory walk picks up only files named like an export (see `isTagManagerExportName`).
  case json

  /// The kind for a path, or nil when heaplint does not lint such files.
  public static func forPath(_ path: String, templateExtensions: [String: TemplateKind] = [:]) -> FileKind? {
    let name = lowercasedName(path)
    if !templateExtensions.isEmpty {
      for (ext, kind) in templateExtensions.sorted(by: { $0.key.count > $1.key.count }) where name.hasSuffix("." + ext) {
        return .template(kind)
      }
    }
    if let kind = TemplateMasker.kind(forLowercasedName: name) { return .template(kind) }
    // The dot found as a byte: searching the name's characters cost 1,000 instructions a file.
    guard let dot = name.utf8.lastIndex(of: 0x2E), dot != name.startIndex else { return nil }
    let ext = name[name.utf8.index(after: dot)...]
    if ext == "ts" || ext == "mts" || ext == "cts", isDeclarationFile(name) { return .typeScriptDeclaration }
    switch ext {
    case "js": return .javaScript
    case "jsx": return .jsx
    case "mjs": return .module
    case "cjs": return .commonJS
    case "ts", "cts": return .typeScript
    case "mts": return .typeScriptModule
    case "tsx": return .tsx
    case "vue": return .component(.vue)
    case "svelte": return .component(.svelte)
    case "astro": return .component(.astro)
    case "html", "htm": return .html
    case "json": return isTagManagerExportName(name) ? .json : nil
    default: return nil
    }
  }

  /// The last component of a path, lowercased. A directory walk asks for every file's kind: an
  /// ASCII name (nearly all) is found and lowercased byte by byte, other names as Unicode text.
  static func lowercasedName(_ path: String) -> String {
    var path = path
    let fast: String? = path.withUTF8 { bytes in
      guard let last = bytes.last, last != 0x2F, bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      let start = (bytes.lastIndex(of: 0x2F) ?? -1) + 1
      return String(unsafeUninitializedCapacity: bytes.count - start) { out in
        for (k, b) in bytes[start...].enumerated() { out[k] = HTMLRawTag.lower(b) }
        return bytes.count - start
      }
    }
    return fast ?? (path.split(separator: "/").last.map(String.init) ?? path).lowercased()
  }

  /// JSON files a directory walk picks up: Google Tag Manager exports, whose default names are
  /// `GTM-XXXXXXX_workspaceN.json` and `GTM-XXXXXXX_vN.json` (other JSON files are data, and a
  /// walk should not read every lock file and fixture). A JSON file named on the command line is
  /// always read, and only a container export yields code.
  static func isTagManagerExportName(_ name: String) -> Bool {
    name.hasPrefix("gtm") || name.contains("tag-manager") || name.contains("tagmanager") || name.contains("tag_manager")
  }

  /// `x.d.ts`, `x.d.mts`, `x.d.cts`, and declarations for other files (`styles.d.css.ts`).
  private static func isDeclarationFile(_ name: String) -> Bool {
    let parts = name.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count >= 3, !parts[0].isEmpty else { return false }
    return parts[parts.count - 2] == "d" || (parts.count >= 4 && parts[parts.count - 3] == "d" && parts.last == "ts")
  }

  /// The goal a JavaScript or TypeScript file is parsed with; nil tries a script, then a module.
  var parseGoal: ParseOptions.Goal? {
    switch self {
    case .module, .typeScriptModule: .module
    case .commonJS: .script
    default: nil
    }
  }

  /// Whether the file is TypeScript.
  var isTypeScript: Bool {
    switch self {
    case .typeScript, .typeScriptModule, .tsx, .typeScriptDeclaration: true
    default: false
    }
  }

  /// Whether the file is parsed with JSX; nil for `.js`, which is tried without and then with.
  var parsesJSX: Bool? {
    switch self {
    case .jsx, .tsx: true
    case .javaScript: nil
    default: false
    }
  }
}

/// What the front end made of a file: its scripts, and what else the engine needs.
struct ParsedFile {
  var scripts: [AnalyzedScript]
  var branches: [TemplateBranch] = []
  /// Comments that may hold suppression directives, in file offsets.
  var comments: [DirectiveComment] = []
  /// An HTML page's classic `<script src>` elements, in order.
  var externalScripts: [ExternalScript] = []
  /// The words a parse that left functions out kept them for; nil when the tree is whole.
  var idleWords: [String]?
}

/// Files parsed before their analysis, by display path: a partial run parses its targets to find
/// what they import, and their analysis takes that parse, and the bytes it was read from,
/// instead of reading and parsing again. Each parse is taken once, by one thread.
final class ParsesAhead: @unchecked Sendable {
  struct Kept {
    /// The file as it was read (before any decoding), which the analysis starts from.
    var original: [UInt8]
    var parsed: ParsedFile
  }
  private var parses: [String: Kept] = [:]
  private var bytes = 0
  private let lock = NSLock()
  /// The most source bytes kept at once.
  static let limit = 64 << 20

  func put(_ path: String, original: [UInt8], _ parsed: ParsedFile) {
    let size = parsed.scripts.reduce(0) { $0 + $1.code.count }
    lock.lock()
    defer { lock.unlock() }
    guard bytes + size <= Self.limit else { return }
    bytes += size
    parses[path] = Kept(original: original, parsed: parsed)
  }

  func take(_ path: String) -> Kept? {
    lock.lock()
    defer { lock.unlock() }
    return parses.removeValue(forKey: path)
  }
}

/// Lints one file at a time with a fixed set of rules. Safe to use from several threads.
public struct Linter: Sendable {
  /// Rules in effect and the severity each reports at.
  public let rules: [(rule: any Rule, severity: Severity)]
  /// Files the prefilter rejects are not analysed; nil analyses every file.
  public var prefilter: Prefilter?
  /// Files the prefilter rejects are still parsed and their syntax errors (and suppression
  /// comments) reported, without the Heap analysis (`--no-prefilter`): a file that names no
  /// Heap object, client package or wrapper cannot call Heap, so analysing it finds nothing.
  public var parseRejected = false
  public var options: AnalysisOptions
  /// Report suppression directives that suppress nothing (`--report-unused-directives`).
  public var reportUnusedDirectives = false
  /// Every rule id directives may name.
  public let knownRuleIDs: Set<String>
  /// Configured severities of the engine's own findings (`parse-error`, `invalid-directive`,
  /// `unused-directive`), and those turned off.
  public var engineSeverities: [String: Severity] = [:]
  public var disabledEngineRules: Set<String> = []
  /// The words a function of a large script must mention to be kept whole in its tree: Heap,
  /// and the names the project index knows (`ProjectIndex.idleFunctionWords`); nil keeps every
  /// function. See `ParseOptions.idleFunctions`.
  var idleWords: [String]? = ProjectIndex.heapWords
  /// Files read whole even when large (display paths): the modules Heap code imports, whose
  /// exported functions' bodies the project index needs (`LintEngine`).
  var wholeFiles: Set<String> = []
  /// Scripts of at least this many bytes leave out the functions that cannot matter to Heap.
  /// Below it a tree costs little next to the 40 MB the memory bound allows.
  static let largeScript = 1 << 20
  /// The size from which scripts leave functions out: `largeScript`, or less in tests, whose
  /// files are kept small.
  public var idleFunctionsFrom = Linter.largeScript

  /// Findings the engine itself reports (not rules of the catalogue).
  public static let parseErrorRule = RuleInfo(
    id: "parse-error",
    defaultSeverity: .warning,
    summary: "The file has a syntax error; heaplint checks only what it could parse.",
    rationale:
      "heaplint reads JavaScript with a real parser. When a file does not parse, the statements around the error are still checked, but a Heap call inside the broken part may be missed, so the error is reported instead of being skipped in silence.",
    help: "Fix the syntax error, or exclude the file if it is not JavaScript."
  )

  public static let invalidDirectiveRule = RuleInfo(
    id: Suppressions.invalidDirectiveRuleID,
    defaultSeverity: .warning,
    summary: "A heaplint-disable comment names a rule that does not exist or is misspelt.",
    rationale:
      "A suppression comment that names an unknown rule suppresses nothing, so the finding it was meant to silence is still reported and the comment misleads readers. It is reported so the typo gets fixed.",
    help: "Use a rule id from `heaplint rules`, or remove the comment."
  )

  public static let unusedDirectiveRule = RuleInfo(
    id: Suppressions.unusedDirectiveRuleID,
    defaultSeverity: .warning,
    summary: "A heaplint-disable comment suppresses nothing (with --report-unused-directives).",
    rationale:
      "Suppressions outlive the code they were written for. A directive that no longer suppresses anything hides the next real finding on that line, so stale ones should be removed.",
    help: "Remove the directive."
  )

  public static let readErrorRule = RuleInfo(
    id: "read-error",
    defaultSeverity: .error,
    summary: "The file could not be read, so it was not checked.",
    rationale:
      "A gate that skips a file in silence hides the very mistake it exists to catch. When a file cannot be read (permissions, a file that vanished during the run, an I/O error) heaplint says so for that file and goes on with the others; the run fails so that the gap is seen.",
    help: "Make the file readable, or exclude it in .heaplint.yml."
  )

  public static let fileTooLargeRule = RuleInfo(
    id: "file-too-large",
    defaultSeverity: .warning,
    summary: "The file is over the size limit (50 MB by default) and was not checked.",
    rationale:
      "Files of tens of megabytes are almost always generated (bundles, data dumps). heaplint skips them instead of spending the run on them, and says so; a real source that large can be checked by raising the limit.",
    help: "Raise the limit with --max-file-size MB, or exclude the file."
  )

  public static let skippedFileRule = RuleInfo(
    id: "skipped-file",
    defaultSeverity: .warning,
    summary: "The file is binary (or not text) and was not checked.",
    rationale:
      "A file with NUL bytes or mostly non-text content is not source code, even when its name ends in .js: linting it would only produce noise. It is skipped, and reported so that nothing is skipped in silence.",
    help: "Exclude the file, or rename it if it is not source."
  )

  /// Rules that are part of the engine rather than the catalogue.
  public static let engineRules = [parseErrorRule, invalidDirectiveRule, unusedDirectiveRule, readErrorRule, fileTooLargeRule, skippedFileRule]

  /// A result holding one finding about the file as a whole (at 1:1).
  public static func fileProblem(path: String, rule: RuleInfo, message: String) -> FileResult {
    let at = LineColumn(line: 1, column: 1)
    return FileResult(
      path: path, findings: [Finding(ruleID: rule.id, severity: rule.defaultSeverity, message: message, help: rule.help, start: at, end: at, span: Span(start: 0, end: 0))])
  }

  public init(
    rules: [any Rule], severities: [String: Severity] = [:], disabled: Set<String> = [], prefilter: Prefilter? = Prefilter(),
    options: AnalysisOptions = AnalysisOptions()
  ) {
    self.rules = rules.filter { !disabled.contains($0.id) }.map { ($0, severities[$0.id] ?? $0.defaultSeverity) }
    self.prefilter = prefilter
    self.options = options
    self.knownRuleIDs = Set(rules.map(\.id) + Self.engineRules.map(\.id))
  }

  /// Every rule this linter can report, engine rules included.
  public var ruleInfos: [RuleInfo] {
    Self.engineRules + rules.map { $0.rule.info }
  }

  /// Lints the bytes of one file. `path` picks the front end and names the file in findings.
  public func lint(path: String, bytes: [UInt8], project: ProjectIndex? = nil) -> FileResult {
    analyze(path: path, bytes: bytes, project: project).result
  }

  /// Lints one file and returns the model too (for the project index), unless the prefilter
  /// turned the file away.
  public func analyze(path: String, bytes original: [UInt8], project: ProjectIndex?) -> (result: FileResult, document: HeapDocument?) {
    analyze(path: path, bytes: original, project: project, parsedAhead: nil)
  }

  /// As `analyze(path:bytes:project:)`, with the file's scripts when they were parsed already
  /// (from the same bytes, by `importedModules(path:bytes:keeping:)`).
  func analyze(path: String, bytes original: [UInt8], project: ProjectIndex?, parsedAhead: ParsedFile?) -> (result: FileResult, document: HeapDocument?) {
    // UTF-16 with a byte-order mark is decoded; everything else is read as UTF-8 bytes.
    let bytes = TextDecoding.utf8(original)
    var admitted = true
    if let prefilter, !prefilter.admits(bytes) {
      guard parseRejected else { return (FileResult(path: path, findings: [], analyzed: false), nil) }
      admitted = false
    }
    if TextDecoding.isBinary(bytes) {
      return (Self.fileProblem(path: path, rule: Self.skippedFileRule, message: "the file looks binary (NUL bytes or mostly non-text), so it was not linted"), nil)
    }
    // Line starts are computed only when something needs a line: a file that is only checked
    // for syntax (`parseRejected`) and has no error never does.
    var knownFile: SourceFile?
    func fileLines() -> SourceFile {
      if let knownFile { return knownFile }
      let made = SourceFile(bytes: bytes)
      knownFile = made
      return made
    }
    // A file that is only checked for syntax keeps no function bodies in its tree.
    // A parse made ahead without the project's names, that left functions out, is made again.
    let words = idleWords(for: path)
    let ahead = parsedAhead.flatMap { $0.idleWords == nil || $0.idleWords == words ? $0 : nil }
    let parsed = ahead ?? Self.parse(bytes, kind: fileKind(path), syntaxOnly: !admitted, idleWords: words, idleFrom: idleFunctionsFrom)
    let document = admitted ? HeapDocument(file: fileLines(), path: path, scripts: parsed.scripts, project: project, templateBranches: parsed.branches, options: options) : nil
    document?.externalScripts = parsed.externalScripts

    var findings: [Finding] = []
    /// Lines of the calls each finding is also about, by finding index.
    var relatedLines: [Int: [Int]] = [:]
    func add(_ ruleID: String, _ severity: Severity, _ span: Span, _ message: String, _ help: String, related: [Span] = []) {
      if !related.isEmpty { relatedLines[findings.count] = related.map { fileLines().lineColumn(at: $0.start).line } }
      findings.append(
        Finding(
          ruleID: ruleID, severity: severity, message: message, help: help, start: fileLines().lineColumn(at: span.start),
          end: fileLines().lineColumn(at: span.end), span: span))
    }
    for script in parsed.scripts {
      for error in script.syntaxErrors {
        let span = script.origin.fileSpan(Span(start: error.span.start, end: max(error.span.end, error.span.start)))
        add(Self.parseErrorRule.id, Self.parseErrorRule.defaultSeverity, span, "syntax error: \(error.message)", Self.parseErrorRule.help)
      }
    }
    for (rule, severity) in rules {
      guard let document else { break }
      var context = RuleContext(ruleID: rule.id, defaultHelp: rule.help)
      rule.check(document, &context)
      for f in context.findings { add(f.ruleID, severity, f.span, f.message, f.help, related: f.related) }
    }

    if !parsed.comments.isEmpty {
      let suppressions = Suppressions(comments: parsed.comments, file: fileLines(), knownRules: knownRuleIDs)
      var (kept, used) = suppressions.apply(to: findings)
      // A suppressed finding marks its call as reviewed: a finding that is also about that call
      // (a conflict with it) goes as well, so a reviewed call never raises a second error.
      if kept.count < findings.count, !relatedLines.isEmpty {
        let keptSet = Set(kept)
        let reviewedLines = Set(findings.filter { !keptSet.contains($0) }.map(\.start.line))
        let derived = Set(relatedLines.compactMap { index, lines in
          ([findings[index].start.line] + lines).contains(where: reviewedLines.contains) ? findings[index] : nil
        })
        kept.removeAll { derived.contains($0) }
      }
      findings = kept + suppressions.problems
      if reportUnusedDirectives { findings += suppressions.unusedDirectiveFindings(used: used) }
    }

    if !engineSeverities.isEmpty || !disabledEngineRules.isEmpty {
      findings = findings.compactMap { f in
        if disabledEngineRules.contains(f.ruleID) { return nil }
        var f = f
        if let s = engineSeverities[f.ruleID] { f.severity = s }
        return f
      }
    }
    var lineTexts: [Int: String] = [:]
    for f in findings where lineTexts[f.start.line] == nil { lineTexts[f.start.line] = fileLines().lineText(f.start.line) }
    return (FileResult(path: path, findings: findings, lineTexts: lineTexts, analyzed: admitted), document)
  }

  /// The words that keep a function of the file at `path` whole (nil: every function).
  private func idleWords(for path: String) -> [String]? {
    wholeFiles.contains(path) ? nil : idleWords
  }

  /// The front end a path is read with.
  private func fileKind(_ path: String) -> FileKind {
    FileKind.forPath(path, templateExtensions: options.templateExtensions) ?? (path.lowercased().hasSuffix(".json") ? .json : .javaScript)
  }

  /// The relative modules a file imports or requires (as `HeapDocument.importedModules`), found
  /// without building the Heap model: a partial run asks this of every file it reaches.
  public func importedModules(path: String, bytes original: [UInt8]) -> [String] {
    importedModules(path: path, bytes: original, keeping: nil)
  }

  /// As `importedModules(path:bytes:)`; the parse is put in `kept` for the file's analysis.
  func importedModules(path: String, bytes original: [UInt8], keeping kept: ParsesAhead?) -> [String] {
    let bytes = TextDecoding.utf8(original)
    if TextDecoding.isBinary(bytes) { return [] }
    let parsed = Self.parse(bytes, kind: fileKind(path), idleWords: idleWords(for: path), idleFrom: idleFunctionsFrom)
    kept?.put(path, original: original, parsed)
    return HeapDocument.importedModules(of: parsed.scripts, path: path)
  }

  /// The scripts of a file, with template arms and comments (the same front end `heaplint parse` uses).
  ///
  /// `syntaxOnly` is for a file whose syntax errors are all that is wanted: a JavaScript or
  /// TypeScript file's tree then has no function bodies (`ParseOptions.syntaxOnly`), and no
  /// string scripts are looked for (their errors are never reported).
  ///
  /// `idleWords`: a JavaScript file of `idleFrom` bytes or more is read as a script
  /// whose functions that mention none of these words, and that nothing mentioning them could
  /// use, are left out of the tree (`ParseOptions.idleFunctions`).
  static func parse(_ bytes: [UInt8], kind: FileKind, syntaxOnly: Bool = false, idleWords: [String]? = nil, idleFrom: Int = largeScript) -> ParsedFile {
    var parsed = parseFrontEnd(bytes, kind: kind, syntaxOnly: syntaxOnly, idleWords: idleWords, idleFrom: idleFrom)
    if syntaxOnly { return parsed }
    // Scripts built as strings (`dangerouslySetInnerHTML`, `document.write`, ...) run right
    // after the script that builds them.
    var scripts: [AnalyzedScript] = []
    for script in parsed.scripts {
      scripts.append(script)
      scripts += StringScripts.extract(from: script)
    }
    if case .component(.astro) = kind {
      // An Astro page's scripts, its server code's strings among them, run in file order.
      scripts = scripts.enumerated().sorted { ($0.element.origin.fileOffset(0), $0.offset) < ($1.element.origin.fileOffset(0), $1.offset) }.map(\.element)
    }
    parsed.scripts = scripts
    return parsed
  }

  private static func parseFrontEnd(_ bytes: [UInt8], kind: FileKind, syntaxOnly: Bool = false, idleWords: [String]? = nil, idleFrom: Int = largeScript) -> ParsedFile {
    switch kind {
    case .javaScript, .module, .commonJS, .jsx, .typeScript, .typeScriptModule, .tsx:
      // A Flow file (`// @flow` at its top) is read with the TypeScript grammar: the type
      // annotations both write alike (`x: ?string`, `Array<T>`, `type T = {| a: string |}`)
      // are skipped instead of dropping the statements that hold them.
      let typescript = kind.isTypeScript || ((kind == .javaScript || kind == .jsx || kind == .module) && Self.hasFlowPragma(bytes))
      let idle = idleWords.flatMap { words in
        bytes.count >= idleFrom && !typescript ? ParseOptions.IdleFunctionRule(words: words, strings: ServerEndpoint.hosts) : nil
      }
      let result = ComponentFrontEnd.parseFile(bytes, goal: kind.parseGoal, typescript: typescript, jsx: kind.parsesJSX, syntaxOnly: syntaxOnly, idleFunctions: idle)
      let script = AnalyzedScript(
        kind: .file, code: bytes, program: result.program, syntaxErrors: result.errors, origin: .identity(offset: 0, length: bytes.count))
      script.idleGlobalNames = result.idleGlobals
      script.leftOutFunctions = result.idleFunctions > 0
      return ParsedFile(scripts: [script], comments: directiveComments(of: [script]), idleWords: result.idleFunctions > 0 ? idleWords : nil)
    case .typeScriptDeclaration:
      return ParsedFile(scripts: [])
    case .json:
      return ParsedFile(scripts: TagManagerExport.scripts(bytes))
    case .component(let componentKind):
      return ComponentFrontEnd.parse(bytes, kind: componentKind)
    case .html:
      // Tags make a plain page a template (a Jinja or Handlebars page saved as `.html`), but
      // minified code has `{{`...`}}` of its own (`try{{let a=1}}`), and masking it breaks the
      // script. The template reading stands unless the plain one has fewer syntax errors. The
      // masked page's errors are counted from syntax-only parses, before either reading is
      // made: a broken masked bundle read in full had cost more memory than the page's right
      // reading.
      let plain = { parseHTML(bytes, original: bytes, holes: [], idleWords: idleWords, idleFrom: idleFrom) }
      guard let templateKind = TemplateMasker.guessKind(bytes) else { return plain() }
      let maskedErrors = scriptSyntaxErrors(TemplateMasker.mask(bytes, kind: templateKind).bytes)
      if maskedErrors > 0 {
        let page = plain()
        let errors = page.scripts.reduce(0) { $0 + ($1.kind == .handler ? 0 : $1.syntaxErrors.count) }
        if errors < maskedErrors { return page }
      }
      return parseFrontEnd(bytes, kind: .template(templateKind), idleWords: idleWords, idleFrom: idleFrom)
    case .template(let templateKind):
      let masked = TemplateMasker.mask(bytes, kind: templateKind)
      var parsed = parseHTML(
        masked.bytes, original: bytes, holes: masked.holes, idleWords: idleWords, idleFrom: idleFrom, otherCode: masked.inlineScripts.map(\.code))
      for inline in masked.inlineScripts {
        // A script a tag prints from a string runs where the tag stands, in document order.
        let result = Parser.parse(inline.code, options: ParseOptions(goal: .script))
        let script = AnalyzedScript(
          kind: .classic, code: inline.code, program: result.program, syntaxErrors: result.errors,
          origin: .identity(offset: inline.offset, length: inline.code.count),
          // The printing tag is a hole of the HTML, not of its own string's code.
          holes: masked.holes.filter { !($0.start <= inline.offset && inline.offset + inline.code.count <= $0.end) } + inline.holes)
        let at = parsed.scripts.firstIndex { $0.origin.fileOffset(0) > inline.offset } ?? parsed.scripts.count
        parsed.scripts.insert(script, at: at)
      }
      parsed.branches = masked.branches
      parsed.comments += TemplateComments.find(in: bytes, kind: templateKind)
      return parsed
    }
  }

  /// The scripts of an HTML page. `bytes` is what libxml2 reads (masked for templates);
  /// comments are read from `original`.
  ///
  /// An inline script of `idleFrom` bytes or more (a single-file build's bundle) leaves out the
  /// functions that cannot matter to Heap, as a large script file does; the page's other code
  /// (its other scripts and handlers, and `otherCode`: a template's scripts printed from
  /// strings) may call them, so the globals and properties that code uses count as names Heap
  /// code uses (`IdleFunctionRule.externalNames`; every word of it when it does not parse).
  private static func parseHTML(
    _ bytes: [UInt8], original: [UInt8], holes: [Span], idleWords: [String]? = nil, idleFrom: Int = largeScript, otherCode: [[UInt8]] = []
  ) -> ParsedFile {
    let extraction = HTMLFrontEnd.extract(bytes)
    var idleGlobals: [Int: Set<String>] = [:]
    let scripts = extraction.scripts.enumerated().map { index, embedded in
      var options = ParseOptions(goal: embedded.kind.parseGoal, typescript: embedded.typescript)
      if let idleWords, embedded.code.count >= idleFrom, !embedded.typescript {
        var names = Set<String>()
        var properties = Set<String>()
        func add(_ code: [UInt8], goal: ParseOptions.Goal, handler: Bool) {
          if let shared = ParseOptions.IdleFunctionRule.sharedNames(of: code, goal: goal, function: handler) {
            names.formUnion(shared.names)
            properties.formUnion(shared.properties)
          } else {
            let words = ParseOptions.IdleFunctionRule.identifierWords(of: code)
            names.formUnion(words)
            properties.formUnion(words)
          }
        }
        for (k, other) in extraction.scripts.enumerated() where k != index {
          add(other.code, goal: other.kind.parseGoal, handler: other.kind.isAttributeCode)
        }
        for code in otherCode { add(code, goal: .script, handler: false) }
        options.idleFunctions = ParseOptions.IdleFunctionRule(
          words: idleWords, strings: ServerEndpoint.hosts, externalNames: names, externalProperties: properties)
      }
      let result = Parser.parse(embedded.code, options: options)
      if result.idleFunctions > 0 { idleGlobals[index] = result.idleGlobals }
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
      return AnalyzedScript(kind: kind, code: embedded.code, program: result.program, syntaxErrors: errors, origin: embedded.origin, holes: holes)
    }
    for (index, globals) in idleGlobals {
      scripts[index].idleGlobalNames = globals
      scripts[index].leftOutFunctions = true
    }
    var comments = directiveComments(of: scripts)
    for c in extraction.comments where c.contentSpan.end <= original.count {
      let mentions = original.withUnsafeBufferPointer { bytes in
        Prefilter.contains(UnsafeBufferPointer(rebasing: bytes[c.contentSpan.start..<c.contentSpan.end]), directiveMarker)
      }
      if mentions {
        comments.append(DirectiveComment(text: String(decoding: original[c.contentSpan.start..<c.contentSpan.end], as: UTF8.self), span: c.span))
      }
    }
    return ParsedFile(scripts: scripts, comments: comments, externalScripts: extraction.externalScripts)
  }

  /// How many syntax errors the classic and module scripts of a page have (handlers left out),
  /// from syntax-only parses.
  private static func scriptSyntaxErrors(_ html: [UInt8]) -> Int {
    HTMLFrontEnd.extract(html).scripts.reduce(0) { count, embedded in
      guard !embedded.kind.isAttributeCode else { return count }
      let options = ParseOptions(goal: embedded.kind.parseGoal, typescript: embedded.typescript, syntaxOnly: true)
      return count + Parser.parse(embedded.code, options: options).errors.count
    }
  }

  /// True when the file opens with a comment (after blanks and a `#!` line) holding `@flow`.
  static func hasFlowPragma(_ bytes: [UInt8]) -> Bool {
    var i = 0
    let n = min(bytes.count, 2_048)
    func skipBlanks() { while i < n, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 } }
    if n >= 2, bytes[0] == 0x23, bytes[1] == 0x21 { while i < n, bytes[i] != 0x0A { i += 1 } }
    skipBlanks()
    // The comments before the first token.
    while i + 1 < n, bytes[i] == 0x2F, bytes[i + 1] == 0x2F || bytes[i + 1] == 0x2A {
      let start = i
      if bytes[i + 1] == 0x2F {
        while i < n, bytes[i] != 0x0A { i += 1 }
      } else {
        i += 2
        while i + 1 < n, !(bytes[i] == 0x2A && bytes[i + 1] == 0x2F) { i += 1 }
        i += 2
      }
      let comment = start..<min(i, n)
      if bytes.withUnsafeBufferPointer({ Prefilter.contains(UnsafeBufferPointer(rebasing: $0[comment]), flowMarker) }) { return true }
      skipBlanks()
    }
    return false
  }

  private static let flowMarker = Array("@flow".utf8)

  /// The bytes every suppression directive starts with.
  static let directiveMarker = Array("heaplint-".utf8)

  /// JavaScript comments that mention heaplint, mapped to file offsets.
  private static func directiveComments(of scripts: [AnalyzedScript]) -> [DirectiveComment] {
    var out: [DirectiveComment] = []
    for script in scripts {
      for c in script.program.comments {
        let s = max(0, min(c.contentSpan.start, script.code.count))
        let e = max(s, min(c.contentSpan.end, script.code.count))
        let mentions = script.code.withUnsafeBufferPointer { code in
          Prefilter.contains(UnsafeBufferPointer(rebasing: code[s..<e]), directiveMarker)
        }
        guard mentions else { continue }
        out.append(DirectiveComment(text: String(decoding: script.code[s..<e], as: UTF8.self), span: script.origin.fileSpan(c.span)))
      }
    }
    return out
  }
}
