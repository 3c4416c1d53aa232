import Glibc
import JavaScriptSyntax

/// How much a finding matters. Errors fail the gate; warnings do not (unless `--max-warnings`).
public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
  case warning
  case error

  public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
}

/// One problem found in one file, with its position resolved to lines and columns of that file.
public struct Finding: Sendable, Hashable {
  /// The rule id (`blocklisted-identity`, `parse-error`, ...).
  public var ruleID: String
  public var severity: Severity
  /// One sentence: what is wrong, naming the value and the call.
  public var message: String
  /// What to do instead, in the imperative; may be empty.
  public var help: String
  /// 1-based; columns count Unicode scalars.
  public var start: LineColumn
  public var end: LineColumn
  /// The byte span in the file (for fingerprints and source excerpts).
  public var span: Span

  public init(ruleID: String, severity: Severity, message: String, help: String = "", start: LineColumn, end: LineColumn, span: Span) {
    self.ruleID = ruleID
    self.severity = severity
    self.message = message
    self.help = help
    self.start = start
    self.end = end
    self.span = span
  }

  /// The order every report uses: line, column, rule, message.
  public static func reportOrder(_ a: Finding, _ b: Finding) -> Bool {
    if a.start != b.start { return a.start < b.start }
    if a.ruleID != b.ruleID { return a.ruleID < b.ruleID }
    return a.message < b.message
  }
}

/// Everything heaplint has to say about one file.
public struct FileResult: Sendable, Hashable {
  /// The path as shown to users: relative to the working directory when inside it.
  public var path: String
  /// Findings in report order.
  public var findings: [Finding]
  /// The text of each line that has a finding, by line number (for baselines and excerpts).
  public var lineTexts: [Int: String]
  /// False when the prefilter showed the file cannot contain a Heap call, so it was not parsed.
  public var analyzed: Bool

  public init(path: String, findings: [Finding], lineTexts: [Int: String] = [:], analyzed: Bool = true) {
    self.path = path
    self.findings = findings.sorted(by: Finding.reportOrder)
    self.lineTexts = lineTexts
    self.analyzed = analyzed
  }

  public var errorCount: Int { findings.count { $0.severity == .error } }
  public var warningCount: Int { findings.count { $0.severity == .warning } }
}

/// What reporters need to know about a rule (SARIF's rule list, `heaplint rules`).
public struct RuleInfo: Sendable, Hashable {
  public var id: String
  public var defaultSeverity: Severity
  /// One line.
  public var summary: String
  /// The paragraph that explains why the rule exists, written for users.
  public var rationale: String
  /// What to do instead, in the imperative.
  public var help: String

  public init(id: String, defaultSeverity: Severity, summary: String, rationale: String, help: String) {
    self.id = id
    self.defaultSeverity = defaultSeverity
    self.summary = summary
    self.rationale = rationale
    self.help = help
  }
}

/// Everything a reporter renders: the results of one run, sorted by path.
public struct LintRun: Sendable {
  public var files: [FileResult]
  /// Every rule known to this run, sorted by id (including `parse-error` and other engine rules).
  public var rules: [RuleInfo]
  public var toolVersion: String

  public init(files: [FileResult], rules: [RuleInfo], toolVersion: String) {
    self.files = files.sorted { utf8Precedes($0.path, $1.path) }
    self.rules = rules.sorted { $0.id < $1.id }
    self.toolVersion = toolVersion
  }

  public var errorCount: Int { files.reduce(0) { $0 + $1.errorCount } }
  public var warningCount: Int { files.reduce(0) { $0 + $1.warningCount } }
}

/// Byte order of two paths' UTF-8 (how reports and the engine sort files), by `memcmp`: the
/// generic `lexicographicallyPrecedes` over `utf8` views cost about 1% of a default run, on the
/// main thread, for the 29,000 paths of a large tree.
public func utf8Precedes(_ a: String, _ b: String) -> Bool {
  var a = a
  var b = b
  return a.withUTF8 { x in b.withUTF8 { y in bytesPrecede(x, y) } }
}

/// Byte order of two byte strings (`memcmp`, then the shorter first).
public func bytesPrecede(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
  let n = min(x.count, y.count)
  let order = n == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, n)
  return order != 0 ? order < 0 : x.count < y.count
}
