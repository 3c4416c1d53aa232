import HeapLintCore

/// ESLint's `unix` format, for tools that already parse it: one
/// `path:line:column: message [severity/rule]` line per finding, then a blank line and the
/// number of problems. Clean runs print nothing. Escaped like `compact`, so each finding stays on
/// one line.
enum UnixReporter {
  static func render(_ run: LintRun, context: ReportContext) -> String {
    var out = ""
    var total = 0
    for file in run.files {
      let path = Escape.terminal(file.path)
      for finding in file.orderedFindings {
        let severity = finding.severity == .error ? "Error" : "Warning"
        out += "\(path):\(finding.start.line):\(finding.start.column): \(Escape.terminal(finding.message)) [\(severity)/\(Escape.terminal(finding.ruleID))]\n"
        total += 1
      }
    }
    guard total > 0 else { return "" }
    return out + "\n\(total) problem\(total == 1 ? "" : "s")\n"
  }
}
