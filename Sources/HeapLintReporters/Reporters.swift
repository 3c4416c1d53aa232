import HeapLintCore

/// Everything a reporter may know besides the results.
///
/// Reporters are pure: they read no clock, environment or terminal state. Whatever depends on
/// the outside world (colour, the working directory) is decided by the caller and passed here.
public struct ReportContext: Sendable {
  /// Whether `stylish` may emit ANSI colour codes. The CLI decides (TTY and `NO_COLOR`).
  public var color: Bool
  /// The absolute working directory, used for SARIF's `originalUriBaseIds` and the absolute
  /// `filePath` of the `json` format. Empty when unknown.
  public var workingDirectory: String

  /// Creates a context; the defaults give colourless output with no working directory.
  public init(color: Bool = false, workingDirectory: String = "") {
    self.color = color
    self.workingDirectory = workingDirectory
  }
}

/// The output formats. The raw values are the names accepted by `--format`.
public enum ReportFormat: String, CaseIterable, Sendable {
  /// Human-readable, grouped by file, with a summary line (the default).
  case stylish
  /// ESLint's JSON formatter shape.
  case json
  /// JUnit XML: one test suite per file, one failing test case per finding.
  case junit
  /// SARIF 2.1.0, suitable for GitHub code scanning.
  case sarif
  /// GitHub Actions workflow commands (annotations).
  case github
  /// One `path:line:column: severity: message [rule]` line per finding.
  case compact
  /// Checkstyle XML.
  case checkstyle
  /// ESLint's `unix` shape: `path:line:column: message [severity/rule]`, then a count.
  case unix

  /// A one-line description for `--help`.
  public var summary: String {
    switch self {
    case .stylish: return "human-readable, grouped by file (default)"
    case .json: return "ESLint-compatible JSON"
    case .junit: return "JUnit XML for CI test reports"
    case .sarif: return "SARIF 2.1.0 for GitHub code scanning"
    case .github: return "GitHub Actions annotations"
    case .compact: return "one line per finding"
    case .checkstyle: return "Checkstyle XML"
    case .unix: return "ESLint's unix format, one line per finding"
    }
  }
}

/// The single entry point of the reporters.
public enum Reporters {
  /// Renders `run` in `format`. Deterministic: the same inputs always give the same bytes.
  /// The result is UTF-8 and, for every format, ends with a newline unless it is empty.
  public static func render(_ run: LintRun, format: ReportFormat, context: ReportContext) -> [UInt8] {
    let text: String
    switch format {
    case .stylish: text = StylishReporter.render(run, context: context)
    case .json: text = JSONReporter.render(run, context: context)
    case .junit: text = JUnitReporter.render(run, context: context)
    case .sarif: text = SARIFReporter.render(run, context: context)
    case .github: text = GitHubReporter.render(run, context: context)
    case .compact: text = CompactReporter.render(run, context: context)
    case .checkstyle: text = CheckstyleReporter.render(run, context: context)
    case .unix: text = UnixReporter.render(run, context: context)
    }
    return Array(text.utf8)
  }
}

// MARK: - Helpers shared by several formats

extension FileResult {
  /// The findings in report order, whatever order the array was filled in.
  var orderedFindings: [Finding] { findings.sorted(by: Finding.reportOrder) }
}

extension Severity {
  /// ESLint's numeric severity: 1 = warning, 2 = error.
  var eslintNumber: Int { self == .error ? 2 : 1 }
}

/// `1 problem`, `2 problems`.
func pluralize(_ count: Int, _ singular: String, _ plural: String) -> String {
  "\(count) \(count == 1 ? singular : plural)"
}
