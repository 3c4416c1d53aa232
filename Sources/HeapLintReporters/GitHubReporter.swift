import HeapLintCore

/// GitHub Actions workflow commands: one `::error` or `::warning` line per finding, which the
/// runner turns into annotations on the pull request's diff.
///
/// `::error file=PATH,line=L,col=C,endLine=EL,endColumn=EC,title=RULE::MESSAGE`
///
/// Paths are the ones shown to users, relative to the working directory, which in a workflow is
/// the repository checkout, as GitHub expects. Property values and the message are escaped as
/// the runner requires (see `Escape.githubData` and `Escape.githubProperty`), so a line break
/// in a message becomes `%0A` and shows as a line break in the annotation; other control
/// characters are shown as visible escapes. Clean runs print nothing.
enum GitHubReporter {
  static func render(_ run: LintRun, context: ReportContext) -> String {
    var out = ""
    for file in run.files {
      let path = Escape.githubProperty(file.path)
      for finding in file.orderedFindings {
        out += "::\(finding.severity == .error ? "error" : "warning") "
        out += "file=\(path),line=\(finding.start.line),col=\(finding.start.column)"
        out += ",endLine=\(finding.end.line),endColumn=\(finding.end.column)"
        out += ",title=\(Escape.githubProperty(finding.ruleID))"
        out += "::" + Escape.githubData(finding.message) + "\n"
      }
    }
    return out
  }
}
