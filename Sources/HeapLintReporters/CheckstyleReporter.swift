import HeapLintCore

/// Checkstyle XML, read by Jenkins' Warnings Next Generation plugin, Sonar, reviewdog and
/// others. Every linted file is listed, clean ones as an empty `<file>`, as Checkstyle itself
/// does. `source` is `heaplint.RULE`, the dotted checker name those tools group by.
enum CheckstyleReporter {
  static func render(_ run: LintRun, context: ReportContext) -> String {
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    out += "<checkstyle version=\"4.3\">\n"
    for file in run.files {
      let name = Escape.xmlAttribute(file.path)
      let findings = file.orderedFindings
      if findings.isEmpty {
        out += "  <file name=\"\(name)\"/>\n"
        continue
      }
      out += "  <file name=\"\(name)\">\n"
      for finding in findings {
        out += "    <error line=\"\(finding.start.line)\" column=\"\(finding.start.column)\""
        out += " severity=\"\(finding.severity.rawValue)\""
        out += " message=\"\(Escape.xmlAttribute(finding.message))\""
        out += " source=\"heaplint.\(Escape.xmlAttribute(finding.ruleID))\"/>\n"
      }
      out += "  </file>\n"
    }
    out += "</checkstyle>\n"
    return out
  }
}
