import HeapLintCore

/// The default, human-readable format.
///
/// ```
/// src/app.js
///   3:1   error    heap.identify is called with an e-mail address  identify-pii
///                  Identify users by a stable internal id.
///   12:9  warning  ...                                              track-event-name-literal
///
/// ✖ 2 problems (1 error, 1 warning)
/// ```
///
/// Only files with findings are listed, each as a header line with its path, then one row per
/// finding with the columns aligned within the file, and the finding's help (if any) on the next
/// line under the message, dim when coloured. Files are separated by a blank line.
///
/// A clean run prints nothing at all (like ESLint's stylish), so that `heaplint` is silent on
/// success and its output can be tested for emptiness; the exit status tells success apart.
///
/// ANSI colour only when `context.color`; messages and paths are escaped so that they can
/// never carry their own escape sequences or line breaks to the terminal.
enum StylishReporter {
  static func render(_ run: LintRun, context: ReportContext) -> String {
    let style = Style(enabled: context.color)
    var out = ""
    for file in run.files where !file.findings.isEmpty {
      let rows = file.orderedFindings.map { finding in
        Row(
          position: "\(finding.start.line):\(finding.start.column)",
          severity: finding.severity,
          message: Escape.terminal(finding.message),
          rule: Escape.terminal(finding.ruleID),
          help: Escape.terminal(finding.help)
        )
      }
      let positionWidth = rows.map(\.position.count).max() ?? 0
      let severityWidth = rows.map(\.severity.rawValue.count).max() ?? 0
      let messageWidth = rows.map(\.message.count).max() ?? 0
      let helpIndent = String(repeating: " ", count: 2 + positionWidth + 2 + severityWidth + 2)

      out += style.header(Escape.terminal(file.path)) + "\n"
      for row in rows {
        out += "  "
        out += style.dim(row.position) + padding(row.position, positionWidth) + "  "
        out += style.severity(row.severity.rawValue, row.severity)
        out += padding(row.severity.rawValue, severityWidth) + "  "
        out += row.message + padding(row.message, messageWidth) + "  "
        out += style.dim(row.rule) + "\n"
        if !row.help.isEmpty {
          out += helpIndent + style.dim(row.help) + "\n"
        }
      }
      out += "\n"
    }

    let total = run.errorCount + run.warningCount
    if total == 0 { return "" }
    let summary = "✖ " + pluralize(total, "problem", "problems")
      + " (" + pluralize(run.errorCount, "error", "errors")
      + ", " + pluralize(run.warningCount, "warning", "warnings") + ")"
    out += style.summary(summary, hasErrors: run.errorCount > 0) + "\n"
    return out
  }

  private struct Row {
    var position: String
    var severity: Severity
    var message: String
    var rule: String
    var help: String
  }

  /// The spaces that pad `text` to `width` characters (grapheme clusters; East Asian wide
  /// characters are not measured). Kept outside colour codes so no padding is coloured.
  private static func padding(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.count))
  }

  /// SGR sequences, or nothing when colour is off.
  private struct Style {
    var enabled: Bool

    func wrap(_ text: String, _ code: String) -> String {
      enabled ? "\u{1B}[\(code)m" + text + "\u{1B}[0m" : text
    }

    func header(_ text: String) -> String { wrap(text, "4") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func severity(_ text: String, _ severity: Severity) -> String {
      wrap(text, severity == .error ? "31" : "33")
    }
    func summary(_ text: String, hasErrors: Bool) -> String {
      wrap(text, hasErrors ? "1;31" : "1;33")
    }
  }
}
