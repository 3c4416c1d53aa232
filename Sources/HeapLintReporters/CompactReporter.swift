import HeapLintCore

/// One line per finding, in the `path:line:column: severity: message [rule]` shape that editors
/// and `grep`-style tooling (Vim's quickfix, Emacs' compilation mode) recognise. Clean runs print
/// nothing. Paths and messages are escaped so every finding stays on exactly one line and no
/// control character reaches the terminal.
enum CompactReporter {
  static func render(_ run: LintRun, context: ReportContext) -> String {
    var out = ""
    for file in run.files {
      let path = Escape.terminal(file.path)
      for finding in file.orderedFindings {
        out += "\(path):\(finding.start.line):\(finding.start.column): \(finding.severity.rawValue): "
        out += Escape.terminal(finding.message) + " [" + Escape.terminal(finding.ruleID) + "]\n"
      }
    }
    return out
  }
}
