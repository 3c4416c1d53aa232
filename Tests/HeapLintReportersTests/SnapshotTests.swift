import HeapLintCore
import Testing

@testable import HeapLintReporters

/// Each format's rendering of the shared fixture, byte for byte, against a reviewed file.
@Suite struct SnapshotTests {
  static func snapshotName(_ format: ReportFormat) -> String {
    switch format {
    case .stylish: return "fixture.stylish.txt"
    case .json: return "fixture.json"
    case .junit: return "fixture.junit.xml"
    case .sarif: return "fixture.sarif"
    case .github: return "fixture.github.txt"
    case .compact: return "fixture.compact.txt"
    case .checkstyle: return "fixture.checkstyle.xml"
    case .unix: return "fixture.unix.txt"
    }
  }

  @Test(arguments: ReportFormat.allCases)
  func fixtureMatchesSnapshot(_ format: ReportFormat) {
    let bytes = Reporters.render(Fixture.run, format: format, context: Fixture.context)
    assertSnapshot(bytes, named: Self.snapshotName(format))
    // Pure: rendering again gives the same bytes.
    #expect(Reporters.render(Fixture.run, format: format, context: Fixture.context) == bytes)
  }

  @Test func stylishWithColorMatchesSnapshot() {
    let context = ReportContext(color: true, workingDirectory: Fixture.workingDirectory)
    assertSnapshot(Reporters.render(Fixture.run, format: .stylish, context: context), named: "fixture.stylish-color.txt")
  }

  @Test func cleanRunIsSilentInLineFormats() {
    for format in [ReportFormat.compact, .github, .unix] {
      for color in [false, true] {
        let context = ReportContext(color: color, workingDirectory: Fixture.workingDirectory)
        #expect(Reporters.render(Fixture.cleanRun, format: format, context: context).isEmpty, "\(format)")
      }
    }
  }

  @Test func stylishSummaryCountsAndPlurals() {
    let text = String(decoding: Reporters.render(Fixture.run, format: .stylish, context: Fixture.context), as: UTF8.self)
    #expect(text.hasSuffix("\n✖ 8 problems (5 errors, 3 warnings)\n"))
    let one = LintRun(
      files: [FileResult(path: "a.js", findings: [Fixture.finding("parse-error", .warning, "m", 1, 1, 1, 1)])],
      rules: [], toolVersion: "0")
    let oneText = String(decoding: Reporters.render(one, format: .stylish, context: ReportContext()), as: UTF8.self)
    #expect(oneText == "a.js\n  1:1  warning  m  parse-error\n\n✖ 1 problem (0 errors, 1 warning)\n")
  }
}
