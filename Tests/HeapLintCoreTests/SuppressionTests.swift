import JavaScriptSyntax
import Testing

@testable import HeapLintCore

@Suite struct SuppressionTests {
  let known: Set<String> = ["hardcoded-identity", "random-identity", "blocklisted-identity"]

  /// Finds `//` line comments and `/* */` block comments the simple way (good enough for these sources).
  private func comments(_ source: String) -> [DirectiveComment] {
    let bytes = Array(source.utf8)
    var result: [DirectiveComment] = []
    var i = 0
    while i + 1 < bytes.count {
      if bytes[i] == UInt8(ascii: "/") && bytes[i + 1] == UInt8(ascii: "/") {
        var end = i + 2
        while end < bytes.count && bytes[end] != 0x0A { end += 1 }
        result.append(DirectiveComment(text: String(decoding: bytes[(i + 2)..<end], as: UTF8.self), span: Span(start: i, end: end)))
        i = end
      } else if bytes[i] == UInt8(ascii: "/") && bytes[i + 1] == UInt8(ascii: "*") {
        var end = i + 2
        while end + 1 < bytes.count && !(bytes[end] == UInt8(ascii: "*") && bytes[end + 1] == UInt8(ascii: "/")) { end += 1 }
        result.append(DirectiveComment(text: String(decoding: bytes[(i + 2)..<end], as: UTF8.self), span: Span(start: i, end: end + 2)))
        i = end + 2
      } else {
        i += 1
      }
    }
    return result
  }

  private func suppressions(_ source: String) -> (Suppressions, SourceFile) {
    let file = SourceFile(source)
    return (Suppressions(comments: comments(source), file: file, knownRules: known), file)
  }

  private func finding(_ rule: String, line: Int) -> Finding {
    Finding(
      ruleID: rule, severity: .error, message: "m", start: LineColumn(line: line, column: 1), end: LineColumn(line: line, column: 2),
      span: Span(start: 0, end: 1))
  }

  @Test func disableNextLine() {
    let (s, _) = suppressions(
      """
      // heaplint-disable-next-line hardcoded-identity -- the demo account is intended
      heap.identify("demo");
      heap.identify("demo2");
      """)
    #expect(s.directives.count == 1)
    #expect(s.directives[0].reason == "the demo account is intended")
    #expect(s.directives[0].rules == ["hardcoded-identity"])
    #expect(s.suppresses(ruleID: "hardcoded-identity", line: 2))
    #expect(!s.suppresses(ruleID: "hardcoded-identity", line: 1))
    #expect(!s.suppresses(ruleID: "hardcoded-identity", line: 3))
    #expect(!s.suppresses(ruleID: "random-identity", line: 2))
    #expect(s.problems.isEmpty)
  }

  @Test func disableNextLineCountsFromTheCommentsLastLine() {
    let (s, _) = suppressions(
      """
      /* heaplint-disable-next-line
         hardcoded-identity, random-identity
         -- two reasons */
      heap.identify("a");
      """)
    #expect(s.directives[0].rules == ["hardcoded-identity", "random-identity"])
    #expect(s.suppresses(ruleID: "random-identity", line: 4))
    #expect(!s.suppresses(ruleID: "random-identity", line: 2))
  }

  @Test func disableLineWithAndWithoutRules() {
    let (s, _) = suppressions(
      """
      heap.identify("a"); // heaplint-disable-line
      heap.identify("b"); /* heaplint-disable-line random-identity */
      heap.identify("c");
      """)
    #expect(s.suppresses(ruleID: "hardcoded-identity", line: 1))
    #expect(s.suppresses(ruleID: "anything-at-all", line: 1))
    #expect(s.suppresses(ruleID: "random-identity", line: 2))
    #expect(!s.suppresses(ruleID: "hardcoded-identity", line: 2))
    #expect(!s.suppresses(ruleID: "hardcoded-identity", line: 3))
  }

  @Test func disableEnableRanges() {
    let (s, _) = suppressions(
      """
      a();
      // heaplint-disable
      b();
      // heaplint-enable hardcoded-identity
      c();
      // heaplint-enable
      d();
      // heaplint-disable random-identity, blocklisted-identity
      e();
      // heaplint-enable random-identity
      f();
      """)
    #expect(!s.suppresses(ruleID: "hardcoded-identity", line: 1))
    #expect(s.suppresses(ruleID: "hardcoded-identity", line: 3))
    #expect(s.suppresses(ruleID: "random-identity", line: 3))
    #expect(!s.suppresses(ruleID: "hardcoded-identity", line: 5))
    #expect(s.suppresses(ruleID: "random-identity", line: 5))
    #expect(!s.suppresses(ruleID: "random-identity", line: 7))
    #expect(s.suppresses(ruleID: "random-identity", line: 9))
    #expect(s.suppresses(ruleID: "blocklisted-identity", line: 9))
    #expect(!s.suppresses(ruleID: "hardcoded-identity", line: 9))
    #expect(!s.suppresses(ruleID: "random-identity", line: 11))
    #expect(s.suppresses(ruleID: "blocklisted-identity", line: 11), "a disable without enable lasts to the end")
  }

  @Test func disableFile() {
    let (s, _) = suppressions("a();\nb();\n// heaplint-disable-file random-identity -- generated\n")
    #expect(s.suppresses(ruleID: "random-identity", line: 1))
    #expect(s.suppresses(ruleID: "random-identity", line: 99))
    #expect(!s.suppresses(ruleID: "hardcoded-identity", line: 1))
    let (all, _) = suppressions("/* heaplint-disable-file */\n")
    #expect(all.suppresses(ruleID: "hardcoded-identity", line: 5))
  }

  @Test func onlyCommentsStartingWithTheDirectiveCount() {
    let (s, _) = suppressions(
      """
      // see heaplint-disable-line for details
      // TODO heaplint-disable-next-line
      x();
      // heaplint-disabled-feature is not a directive word either
      """)
    #expect(s.directives.isEmpty)
    #expect(!s.suppresses(ruleID: "hardcoded-identity", line: 3))
  }

  @Test func unknownRulesAreProblemsAndSuppressNothing() {
    let source = "x(); // heaplint-disable-line hardcode-identity, random-identity\n// heaplint-disable-next-line typo-rule\ny();\n"
    let (s, file) = suppressions(source)
    #expect(s.problems.count == 2)
    let first = s.problems[0]
    #expect(first.ruleID == Suppressions.invalidDirectiveRuleID)
    #expect(first.severity == .warning)
    #expect(first.message.contains("unknown rule 'hardcode-identity'"))
    #expect(first.message.contains("did you mean 'hardcoded-identity'?"))
    #expect(file.text(first.span) == "hardcode-identity", "the problem points at the rule name")
    #expect(first.start == LineColumn(line: 1, column: 31))
    #expect(s.suppresses(ruleID: "random-identity", line: 1))
    #expect(!s.suppresses(ruleID: "hardcoded-identity", line: 1))
    // A directive naming only unknown rules never becomes "all rules".
    #expect(!s.suppresses(ruleID: "hardcoded-identity", line: 3))
    #expect(s.problems[1].start.line == 2)
  }

  @Test func misspeltDirectiveIsAProblem() {
    let (s, file) = suppressions("// heaplint-disable-nextline hardcoded-identity\nx();\n")
    #expect(s.directives.isEmpty)
    #expect(s.problems.count == 1)
    #expect(s.problems[0].message.contains("did you mean 'heaplint-disable-next-line'?"))
    #expect(file.text(s.problems[0].span) == "heaplint-disable-nextline")
  }

  @Test func applyReportsUsedDirectivesAndUnusedOnes() {
    let (s, _) = suppressions(
      """
      // heaplint-disable-next-line hardcoded-identity
      heap.identify("a");
      // heaplint-disable-next-line random-identity
      heap.identify("b");
      heap.identify("c"); // heaplint-disable-line
      // heaplint-enable
      """)
    let findings = [finding("hardcoded-identity", line: 2), finding("hardcoded-identity", line: 4), finding("blocklisted-identity", line: 5)]
    let (kept, used) = s.apply(to: findings)
    #expect(kept == [finding("hardcoded-identity", line: 4)])
    #expect(used == [0, 2])
    let unused = s.unusedDirectiveFindings(used: used)
    #expect(unused.count == 1, "enable directives are never reported")
    #expect(unused[0].ruleID == Suppressions.unusedDirectiveRuleID)
    #expect(unused[0].severity == .warning)
    #expect(unused[0].start.line == 3)
    #expect(unused[0].message.contains("'random-identity'"))
  }

  @Test func htmlAndTemplateCommentTextWorksToo() {
    let source = "<!-- heaplint-disable-next-line -->\n<script>heap.identify('a')</script>\n"
    let file = SourceFile(source)
    let comment = DirectiveComment(text: " heaplint-disable-next-line ", span: Span(start: 0, end: 35))
    let s = Suppressions(comments: [comment], file: file, knownRules: known)
    #expect(s.suppresses(ruleID: "hardcoded-identity", line: 2))
  }

  @Test func reasonSeparatorNeedsToStartAWord() {
    let (s, _) = suppressions("// heaplint-disable-line hardcoded-identity --because\n// heaplint-disable-line random-identity,-- x\n")
    #expect(s.directives[0].reason == "because")
    #expect(s.directives[1].rules == ["random-identity"])
    #expect(s.directives[1].reason == "x")
  }
}
