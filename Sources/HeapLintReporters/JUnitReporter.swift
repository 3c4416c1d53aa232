import HeapLintCore

/// JUnit XML, for CI servers that show test reports (Jenkins' JUnit plugin, GitLab's
/// `artifacts:reports:junit`, Azure Pipelines, CircleCI, ...). Valid against the Jenkins xUnit
/// plugin's `junit-10.xsd`.
///
/// - `<testsuites>` carries the totals: `tests` (test cases), `failures` (findings), `errors`
///   (always 0: findings are failures, not crashes), `time` (always 0: reporters read no clock).
/// - One `<testsuite>` per linted file, named and `file`-attributed with the path.
/// - One failing `<testcase>` per finding: `classname` is the file path, since both Jenkins and
///   GitLab show the class name next to the test name (the xUnit schema has no `file` attribute
///   on test cases, so it is not used there); `name` is `rule-id at line:column`, with ` (2)`,
///   ` (3)`, ... appended to repeats, because GitLab keeps only the first of test cases with the
///   same class and name. The `<failure>` has the message and severity as attributes and a
///   body of `path:line:column: severity: message [rule]`, then the help, so file and line are
///   readable in every viewer.
/// - One passing `<testcase name="no problems">` for a clean file.
///
/// Jenkins splits `classname` at its last `.` into package and class, so the file extension is
/// shown as the class in its package view; the full path is still shown on the test pages.
enum JUnitReporter {
  static func render(_ run: LintRun, context: ReportContext) -> String {
    let totalTests = run.files.reduce(0) { $0 + max(1, $1.findings.count) }
    let totalFailures = run.files.reduce(0) { $0 + $1.findings.count }

    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    out += "<testsuites name=\"heaplint\" tests=\"\(totalTests)\" failures=\"\(totalFailures)\" errors=\"0\" time=\"0\">\n"
    for file in run.files {
      let path = Escape.xmlAttribute(file.path)
      let findings = file.orderedFindings
      out += "  <testsuite name=\"\(path)\" tests=\"\(max(1, findings.count))\" failures=\"\(findings.count)\""
      out += " errors=\"0\" skipped=\"0\" time=\"0\" file=\"\(path)\">\n"
      if findings.isEmpty {
        out += "    <testcase name=\"no problems\" classname=\"\(path)\" time=\"0\"/>\n"
      }
      var seen: [String: Int] = [:]
      for finding in findings {
        let base = "\(finding.ruleID) at \(finding.start.line):\(finding.start.column)"
        let occurrence = (seen[base] ?? 0) + 1
        seen[base] = occurrence
        let name = occurrence == 1 ? base : "\(base) (\(occurrence))"
        var body = "\(file.path):\(finding.start.line):\(finding.start.column): "
        body += "\(finding.severity.rawValue): \(finding.message) [\(finding.ruleID)]"
        if !finding.help.isEmpty { body += "\n" + finding.help }

        out += "    <testcase name=\"\(Escape.xmlAttribute(name))\" classname=\"\(path)\" time=\"0\">\n"
        out += "      <failure message=\"\(Escape.xmlAttribute(finding.message))\""
        out += " type=\"\(finding.severity.rawValue)\">\(Escape.xmlText(body))</failure>\n"
        out += "    </testcase>\n"
      }
      out += "  </testsuite>\n"
    }
    out += "</testsuites>\n"
    return out
  }
}
