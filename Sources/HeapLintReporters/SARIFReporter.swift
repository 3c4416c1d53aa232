import HeapLintCore

/// SARIF 2.1.0, valid against the OASIS schema and complete enough for GitHub code scanning
/// (`github/codeql-action/upload-sarif`).
///
/// - One run; `tool.driver.rules` lists every rule of the run (plus a minimal descriptor for
///   any rule id a finding uses that the run does not list, so `ruleIndex` is always valid),
///   each with short and full descriptions, help (rationale then advice) and default level.
/// - `columnKind` is `unicodeCodePoints`, which is how heaplint counts columns.
/// - Relative paths are URIs relative to `%SRCROOT%`, which `originalUriBaseIds` defines as the
///   working directory when it is known. Absolute paths (files outside it) are `file://` URIs.
/// - `partialFingerprints.primaryLocationLineHash` is `HASH:N`: HASH is FNV-1a 64 of rule id,
///   path and the finding's line text trimmed of whitespace, N counts identical HASHes within
///   the file in report order. It survives lines moving, so code scanning keeps tracking an
///   alert across commits. If the line text is unknown, the message stands in for it.
///
/// Pretty-printed with 2-space indentation and a final newline.
enum SARIFReporter {
  static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
  static let sourceRoot = "%SRCROOT%"

  static func render(_ run: LintRun, context: ReportContext) -> String {
    let rules = ruleDescriptors(run)
    var indexByID: [String: Int] = [:]
    for (index, rule) in rules.enumerated() where indexByID[rule.id] == nil {
      indexByID[rule.id] = index
    }

    var results: [JSONValue] = []
    for file in run.files {
      var occurrences: [String: Int] = [:]
      for finding in file.orderedFindings {
        let lineText = file.lineTexts[finding.start.line].map(trimmed) ?? finding.message
        let hash = StableHash.hex([finding.ruleID, file.path, lineText])
        let occurrence = (occurrences[hash] ?? 0) + 1
        occurrences[hash] = occurrence
        results.append(result(finding, path: file.path, ruleIndex: indexByID[finding.ruleID] ?? 0,
                              fingerprint: "\(hash):\(occurrence)"))
      }
    }

    var runMembers: [(String, JSONValue)] = [
      ("tool", .object([
        ("driver", .object([
          ("name", .string("heaplint")),
          ("version", .string(run.toolVersion)),
          ("rules", .array(rules.map(descriptor))),
        ]))
      ]))
    ]
    if !context.workingDirectory.isEmpty {
      runMembers.append(("originalUriBaseIds", .object([
        (sourceRoot, .object([("uri", .string(Escape.fileURI(directory: context.workingDirectory)))]))
      ])))
    }
    runMembers.append(("results", .array(results)))
    runMembers.append(("columnKind", .string("unicodeCodePoints")))

    let log = JSONValue.object([
      ("$schema", .string(schemaURI)),
      ("version", .string("2.1.0")),
      ("runs", .array([.object(runMembers)])),
    ])
    return log.rendered(pretty: true) + "\n"
  }

  /// The run's rules, then a stand-in for each rule id used by a finding but not listed.
  static func ruleDescriptors(_ run: LintRun) -> [RuleInfo] {
    var rules = run.rules
    var known = Set(rules.map(\.id))
    var extra: [RuleInfo] = []
    for file in run.files {
      for finding in file.findings where !known.contains(finding.ruleID) {
        known.insert(finding.ruleID)
        extra.append(RuleInfo(id: finding.ruleID, defaultSeverity: finding.severity,
                              summary: finding.ruleID, rationale: "", help: ""))
      }
    }
    rules += extra.sorted { $0.id < $1.id }
    return rules
  }

  private static func descriptor(_ rule: RuleInfo) -> JSONValue {
    let short = nonEmpty(rule.summary) ?? rule.id
    let full = nonEmpty(rule.rationale) ?? short
    let help = [rule.rationale, rule.help].compactMap(nonEmpty).joined(separator: "\n\n")
    return .object([
      ("id", .string(rule.id)),
      ("name", .string(pascalCase(rule.id))),
      ("shortDescription", .object([("text", .string(short))])),
      ("fullDescription", .object([("text", .string(full))])),
      ("help", .object([("text", .string(nonEmpty(help) ?? short))])),
      ("defaultConfiguration", .object([("level", .string(level(rule.defaultSeverity)))])),
      ("properties", .object([
        ("tags", .array([.string("heap"), .string("analytics")])),
        ("precision", .string("high")),
        ("problem.severity", .string(level(rule.defaultSeverity))),
      ])),
    ])
  }

  private static func result(_ finding: Finding, path: String, ruleIndex: Int, fingerprint: String) -> JSONValue {
    var artifact: [(String, JSONValue)] = []
    if path.hasPrefix("/") {
      artifact.append(("uri", .string("file://" + Escape.uriPath(path))))
    } else {
      artifact.append(("uri", .string(Escape.uriPath(path))))
      artifact.append(("uriBaseId", .string(sourceRoot)))
    }
    // SARIF lines and columns are 1-based and the end may not precede the start.
    let startLine = max(1, finding.start.line)
    let startColumn = max(1, finding.start.column)
    var endLine = max(1, finding.end.line)
    var endColumn = max(1, finding.end.column)
    if (endLine, endColumn) < (startLine, startColumn) {
      endLine = startLine
      endColumn = startColumn
    }
    return .object([
      ("ruleId", .string(finding.ruleID)),
      ("ruleIndex", .int(ruleIndex)),
      ("level", .string(level(finding.severity))),
      ("message", .object([("text", .string(nonEmpty(finding.message) ?? finding.ruleID))])),
      ("locations", .array([
        .object([
          ("physicalLocation", .object([
            ("artifactLocation", .object(artifact)),
            ("region", .object([
              ("startLine", .int(startLine)),
              ("startColumn", .int(startColumn)),
              ("endLine", .int(endLine)),
              ("endColumn", .int(endColumn)),
            ])),
          ]))
        ])
      ])),
      ("partialFingerprints", .object([("primaryLocationLineHash", .string(fingerprint))])),
    ])
  }

  static func level(_ severity: Severity) -> String {
    severity == .error ? "error" : "warning"
  }

  /// `identify-pii` -> `IdentifyPii`, the conventional shape of SARIF rule names.
  static func pascalCase(_ id: String) -> String {
    id.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
      .map { $0.prefix(1).uppercased() + $0.dropFirst() }
      .joined()
  }

  private static func trimmed(_ text: String) -> String {
    var scalars = Substring(text).unicodeScalars
    while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
    while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
    return String(scalars)
  }

  private static func nonEmpty(_ text: String) -> String? {
    text.isEmpty ? nil : text
  }
}
