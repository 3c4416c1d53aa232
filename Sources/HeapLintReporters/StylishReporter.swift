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
/// Everything fits an 80-column terminal: when a file's rows would be wider, its messages and
/// help are wrapped under the message column instead, and the rule id follows the message's last
/// line (so the rule still marks where the message ends).
///
/// A clean run prints one line saying how many files were checked, so that a run that checked
/// nothing (a wrong path, everything excluded) is told apart from a clean one.
///
/// ANSI colour only when `context.color`; messages and paths are escaped so that they can
/// never carry their own escape sequences or line breaks to the terminal.
enum StylishReporter {
  /// The terminal width the output is laid out for.
  static let width = 80

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
      let ruleWidth = rows.map(\.rule.count).max() ?? 0
      let indent = 2 + positionWidth + 2 + severityWidth + 2
      let helpIndent = String(repeating: " ", count: indent)
      let fits = indent + messageWidth + 2 + ruleWidth <= width && rows.allSatisfy { indent + $0.help.count <= width }

      out += style.header(Escape.terminal(file.path)) + "\n"
      for row in rows {
        out += "  "
        out += style.dim(row.position) + padding(row.position, positionWidth) + "  "
        out += style.severity(row.severity.rawValue, row.severity)
        out += padding(row.severity.rawValue, severityWidth) + "  "
        if fits {
          out += row.message + padding(row.message, messageWidth) + "  "
          out += style.dim(row.rule) + "\n"
          if !row.help.isEmpty {
            out += helpIndent + style.dim(row.help) + "\n"
          }
          continue
        }
        let available = max(30, width - indent)
        var lines = wrap(row.message, width: available)
        if let last = lines.last, last.count + 2 + row.rule.count <= available {
          lines[lines.count - 1] = last + "  " + style.dim(row.rule)
        } else {
          lines.append(style.dim(row.rule))
        }
        out += lines.joined(separator: "\n" + helpIndent) + "\n"
        for line in row.help.isEmpty ? [] : wrap(row.help, width: available) {
          out += helpIndent + style.dim(line) + "\n"
        }
      }
      out += "\n"
    }

    let total = run.errorCount + run.warningCount
    if total == 0 {
      let files = pluralize(run.files.count, "file", "files")
      return style.success("✔ \(files) checked, no problems") + "\n"
    }
    let summary = "✖ " + pluralize(total, "problem", "problems")
      + " (" + pluralize(run.errorCount, "error", "errors")
      + ", " + pluralize(run.warningCount, "warning", "warnings") + ")"
    out += style.summary(summary, hasErrors: run.errorCount > 0) + "\n"
    return out
  }

  /// Words of `text` in lines of at most `width` characters (a longer word gets a line of its own).
  static func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      if !line.isEmpty, line.count + 1 + word.count > width {
        lines.append(line)
        line = ""
      }
      line += line.isEmpty ? String(word) : " " + word
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
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
    func success(_ text: String) -> String { wrap(text, "1;32") }
    func summary(_ text: String, hasErrors: Bool) -> String {
      wrap(text, hasErrors ? "1;31" : "1;33")
    }
  }
}
