import Foundation
import HeapLintCore
import Testing

@testable import HeapLintReporters

/// The machine-readable formats parsed back with Foundation and checked for the shape their
/// consumers rely on.
@Suite struct ShapeTests {
  func parse(_ format: ReportFormat, _ run: LintRun = Fixture.run, context: ReportContext = Fixture.context) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(Reporters.render(run, format: format, context: context)))
  }

  // MARK: json

  @Test func jsonHasESLintShape() throws {
    let files = try #require(try parse(.json) as? [[String: Any]])
    #expect(files.count == Fixture.run.files.count, "every linted file, clean ones too")
    let keys: Set<String> = [
      "filePath", "messages", "suppressedMessages", "errorCount", "fatalErrorCount", "warningCount",
      "fixableErrorCount", "fixableWarningCount", "usedDeprecatedRules",
    ]
    for (object, file) in zip(files, Fixture.run.files) {
      #expect(Set(object.keys) == keys)
      #expect(object["filePath"] as? String == Fixture.workingDirectory + "/" + file.path)
      #expect(object["errorCount"] as? Int == file.errorCount)
      #expect(object["warningCount"] as? Int == file.warningCount)
      for key in ["fatalErrorCount", "fixableErrorCount", "fixableWarningCount"] {
        #expect(object[key] as? Int == 0)
      }
      let messages = try #require(object["messages"] as? [[String: Any]])
      #expect(messages.count == file.findings.count)
      var previous = (0, 0)
      for message in messages {
        #expect(Set(message.keys) == ["ruleId", "severity", "message", "line", "column", "endLine", "endColumn"])
        let severity = try #require(message["severity"] as? Int)
        #expect(severity == 1 || severity == 2)
        let position = (try #require(message["line"] as? Int), try #require(message["column"] as? Int))
        #expect(previous <= position, "sorted by line, column")
        previous = position
      }
      let errors = messages.filter { $0["severity"] as? Int == 2 }.count
      #expect(errors == file.errorCount)
    }
    let clean = try #require(files.first { ($0["filePath"] as? String)?.hasSuffix("/src/clean.js") == true })
    #expect((clean["messages"] as? [Any])?.isEmpty == true)
  }

  @Test func jsonKeepsHostileTextExactly() throws {
    let files = try #require(try parse(.json) as? [[String: Any]])
    let messages = files.flatMap { ($0["messages"] as? [[String: Any]]) ?? [] }.compactMap { $0["message"] as? String }
    #expect(messages.contains(Fixture.hostileMessage))
    #expect(files.contains { $0["filePath"] as? String == Fixture.workingDirectory + "/" + Fixture.hostilePath })
    // Every control character, separator and non-character survives a round trip.
    let hostile = try #require(try parse(.json, Fixture.hostileRun) as? [[String: Any]])
    let finding = Fixture.hostileRun.files[0].findings[0]
    let message = try #require((hostile.first?["messages"] as? [[String: Any]])?.first)
    #expect(message["message"] as? String == finding.message)
    #expect(message["ruleId"] as? String == finding.ruleID)
  }

  @Test func jsonPathWithoutWorkingDirectoryIsAsShown() throws {
    let files = try #require(try parse(.json, context: ReportContext()) as? [[String: Any]])
    #expect(files.map { $0["filePath"] as? String } == Fixture.run.files.map(\.path))
  }

  // MARK: sarif

  func sarifRun(_ run: LintRun = Fixture.run, context: ReportContext = Fixture.context) throws -> [String: Any] {
    let log = try #require(try parse(.sarif, run, context: context) as? [String: Any])
    #expect(log["version"] as? String == "2.1.0")
    let runs = try #require(log["runs"] as? [[String: Any]])
    #expect(runs.count == 1)
    return runs[0]
  }

  func results(_ run: [String: Any]) throws -> [[String: Any]] {
    try #require(run["results"] as? [[String: Any]])
  }

  func fingerprints(_ run: [String: Any]) throws -> [String] {
    try results(run).map { try #require(($0["partialFingerprints"] as? [String: String])?["primaryLocationLineHash"]) }
  }

  @Test func sarifHasWhatGitHubCodeScanningNeeds() throws {
    let run = try sarifRun()
    #expect(run["columnKind"] as? String == "unicodeCodePoints")
    let bases = try #require(run["originalUriBaseIds"] as? [String: [String: String]])
    #expect(bases["%SRCROOT%"]?["uri"] == "file:///home/dev/my%20project/")

    let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
    #expect(driver["name"] as? String == "heaplint")
    #expect(driver["version"] as? String == "0.1.0")
    let rules = try #require(driver["rules"] as? [[String: Any]])
    #expect(rules.compactMap { $0["id"] as? String } == Fixture.run.rules.map(\.id))
    for (rule, info) in zip(rules, Fixture.run.rules) {
      #expect((rule["shortDescription"] as? [String: String])?["text"] == info.summary)
      #expect((rule["fullDescription"] as? [String: String])?["text"] == info.rationale)
      let help = try #require((rule["help"] as? [String: String])?["text"])
      #expect(help.contains(info.rationale) && help.contains(info.help))
      #expect((rule["defaultConfiguration"] as? [String: String])?["level"] == info.defaultSeverity.rawValue)
    }

    let findings = Fixture.run.files.flatMap { file in file.findings.map { (file, $0) } }
    let results = try results(run)
    #expect(results.count == findings.count)
    for result in results {
      let ruleID = try #require(result["ruleId"] as? String)
      let index = try #require(result["ruleIndex"] as? Int)
      #expect(rules[index]["id"] as? String == ruleID)
      let level = try #require(result["level"] as? String)
      #expect(level == "error" || level == "warning")
      #expect((result["message"] as? [String: String])?["text"]?.isEmpty == false)
      let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
      let artifact = try #require(location["artifactLocation"] as? [String: String])
      #expect(artifact["uriBaseId"] == "%SRCROOT%")
      let uri = try #require(artifact["uri"])
      #expect(uri.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || "0123456789-._~/%".unicodeScalars.contains($0)) }, "\(uri)")
      let region = try #require(location["region"] as? [String: Int])
      #expect(Set(region.keys) == ["startLine", "startColumn", "endLine", "endColumn"])
    }
    let uris = results.compactMap {
      ((($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: String])?["uri"]
    }
    #expect(uris.contains("src/%C3%A7a%20va/a%26b%3Cc%3E%25%2Cd.js"))
    #expect(uris.contains("index.html"))
  }

  @Test func sarifFingerprintsAreUniqueAndSurviveMovedLines() throws {
    let original = try fingerprints(try sarifRun())
    #expect(Set(original).count == original.count, "unique: \(original)")
    // The two identical identify-pii findings on identical (trimmed) lines differ only by counter.
    let identify = try results(try sarifRun()).enumerated().filter { $0.element["ruleId"] as? String == "identify-pii" }
      .map { original[$0.offset] }
    #expect(identify.count == 2)
    #expect(identify[0].hasSuffix(":1") && identify[1].hasSuffix(":2"))
    #expect(identify[0].dropLast(2) == identify[1].dropLast(2))

    let moved = LintRun(files: Fixture.files(lineShift: 40), rules: Fixture.rules, toolVersion: "0.2.0")
    #expect(try fingerprints(try sarifRun(moved)) == original)

    var edited = Fixture.files()
    edited[0].lineTexts[3] = "  heap.identify(customer.email);"
    let changed = try fingerprints(try sarifRun(LintRun(files: edited, rules: Fixture.rules, toolVersion: "0.1.0")))
    #expect(changed != original)
  }

  @Test func sarifDescribesRulesTheRunDoesNotList() throws {
    let run = LintRun(
      files: [FileResult(path: "/abs/x y.js", findings: [Fixture.finding("mystery-rule", .warning, "m", 2, 1, 1, 1)])],
      rules: Fixture.rules, toolVersion: "0.1.0")
    let sarif = try sarifRun(run, context: ReportContext())
    #expect(sarif["originalUriBaseIds"] == nil)
    let rules = try #require(((sarif["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
    let result = try #require(try results(sarif).first)
    let index = try #require(result["ruleIndex"] as? Int)
    #expect(rules[index]["id"] as? String == "mystery-rule")
    let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
    let artifact = try #require(location["artifactLocation"] as? [String: String])
    #expect(artifact == ["uri": "file:///abs/x%20y.js"])
    // An end before the start is clamped to the start.
    #expect(location["region"] as? [String: Int] == ["startLine": 2, "startColumn": 1, "endLine": 2, "endColumn": 1])
  }

  // MARK: junit and checkstyle

  @Test func junitNamesAreUniqueWithinEachClass() throws {
    let text = String(decoding: Reporters.render(Fixture.run, format: .junit, context: Fixture.context), as: UTF8.self)
    var seen = Set<String>()
    for line in text.split(separator: "\n") where line.contains("<testcase ") {
      #expect(seen.insert(String(line)).inserted, "duplicate: \(line)")
    }
    #expect(text.contains("name=\"track-event-name-literal at 20:5\""))
    #expect(text.contains("name=\"track-event-name-literal at 20:5 (2)\""))
    #expect(text.contains("<testcase name=\"no problems\" classname=\"src/clean.js\" time=\"0\"/>"))
    #expect(text.contains("<testsuites name=\"heaplint\" tests=\"9\" failures=\"8\" errors=\"0\" time=\"0\">"))
  }
}
