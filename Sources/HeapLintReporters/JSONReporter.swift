import HeapLintCore

/// ESLint's `json` formatter shape, so tools that read ESLint results (SonarQube's external
/// issues import, reviewdog, editor integrations) can read heaplint's.
///
/// An array with one object per linted file, clean files included, in path order. `filePath` is
/// absolute, as in ESLint, when the working directory is known; otherwise the path as shown.
/// Every finding has a `ruleId` (parse errors too: `parse-error`, not ESLint's `fatal` null-rule
/// message), so `fatalErrorCount` is always 0, and heaplint fixes nothing, so the fixable counts
/// are 0. Compact, on one line, followed by a newline.
enum JSONReporter {
  static func render(_ run: LintRun, context: ReportContext) -> String {
    let files: [JSONValue] = run.files.map { file in
      let messages: [JSONValue] = file.orderedFindings.map { finding in
        .object([
          ("ruleId", .string(finding.ruleID)),
          ("severity", .int(finding.severity.eslintNumber)),
          ("message", .string(finding.message)),
          ("line", .int(finding.start.line)),
          ("column", .int(finding.start.column)),
          ("endLine", .int(finding.end.line)),
          ("endColumn", .int(finding.end.column)),
        ])
      }
      return .object([
        ("filePath", .string(absolutePath(file.path, workingDirectory: context.workingDirectory))),
        ("messages", .array(messages)),
        ("suppressedMessages", .array([])),
        ("errorCount", .int(file.errorCount)),
        ("fatalErrorCount", .int(0)),
        ("warningCount", .int(file.warningCount)),
        ("fixableErrorCount", .int(0)),
        ("fixableWarningCount", .int(0)),
        ("usedDeprecatedRules", .array([])),
      ])
    }
    return JSONValue.array(files).rendered(pretty: false) + "\n"
  }

  /// `path` joined to `workingDirectory` unless it is already absolute or the directory is unknown.
  static func absolutePath(_ path: String, workingDirectory: String) -> String {
    if path.hasPrefix("/") || workingDirectory.isEmpty { return path }
    if workingDirectory.hasSuffix("/") { return workingDirectory + path }
    return workingDirectory + "/" + path
  }
}
