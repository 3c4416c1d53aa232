import Foundation
import Testing

@testable import HeapLintCore

@Suite struct ConfigurationTests {
  let rules: Set<String> = ["hardcoded-identity", "blocklisted-identity", "random-identity", "call-before-load"]
  let kinds: Set<String> = ["erb", "ejs", "handlebars", "jinja", "goTemplate"]

  private func parse(_ text: String) throws(ConfigurationError) -> Configuration {
    try ConfigurationLoader.parse(text, path: ".heaplint.yml", knownRules: rules, templateKinds: kinds)
  }

  /// The error a text gives; fails the test when it loads.
  private func failure(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> ConfigurationError {
    do {
      let configuration = try parse(text)
      Issue.record("expected an error, got \(configuration)", sourceLocation: sourceLocation)
      return ConfigurationError(path: "", line: 0, column: 0, message: "")
    } catch {
      return error
    }
  }

  @Test func emptyAndCommentOnlyFilesAreTheDefaults() throws {
    var expected = Configuration.defaults
    expected.path = ".heaplint.yml"
    #expect(try parse("") == expected)
    #expect(try parse("# nothing yet\n\n") == expected)
    #expect(try parse("---\n") == expected)
    #expect(Configuration.defaults.path == nil)
  }

  @Test func fullConfiguration() throws {
    let text = """
      include: ["src/", "templates/**/*.html"]
      exclude:
        - vendor/
        - "*.min.js"
      rules:
        hardcoded-identity: error
        call-before-load: off
        random-identity:
          severity: warning
      blocklist: [anonymous, 0, "test@example.com"]
      randomGenerators: [makeId, ids.make, $rand]
      nonUniqueAttributes: [workspaceSlug]
      wrappers:
        - function: Analytics.identifyUser
          identityArgument: 1
        - function: identify
      templates:
        tpl: handlebars
        .HTML.J2: jinja
      """
    let c = try parse(text)
    #expect(c.include == ["src/", "templates/**/*.html"])
    #expect(c.exclude == ["vendor/", "*.min.js"])
    #expect(c.rules["hardcoded-identity"] == RuleSetting(severity: .error))
    #expect(c.rules["call-before-load"] == RuleSetting(severity: nil))
    #expect(c.rules["random-identity"] == RuleSetting(severity: .warning))
    #expect(c.blocklist == ["anonymous", "0", "test@example.com"])
    #expect(c.randomGenerators == ["makeId", "ids.make", "$rand"])
    #expect(c.nonUniqueAttributes == ["workspaceSlug"])
    #expect(c.wrappers == [WrapperSpec(function: "Analytics.identifyUser", identityArgument: 1), WrapperSpec(function: "identify", identityArgument: 0)])
    #expect(c.templates == ["tpl": "handlebars", "html.j2": "jinja"])
    #expect(c.severity(of: "call-before-load", default: .error) == nil)
    #expect(c.severity(of: "hardcoded-identity", default: .warning) == .error)
    #expect(c.severity(of: "blocklisted-identity", default: .warning) == .warning)
    #expect(c.includeMatcher?.decisionIncludingParents(for: "src/a/b.js", isDirectory: false) == true)
    #expect(c.includeMatcher?.decisionIncludingParents(for: "lib/b.js", isDirectory: false) == nil)
  }

  @Test func nullValuesMeanEmpty() throws {
    let c = try parse("include:\nexclude: ~\nrules:\ntemplates: null\nwrappers:\n")
    #expect(c.include.isEmpty && c.exclude.isEmpty && c.rules.isEmpty && c.templates.isEmpty && c.wrappers.isEmpty)
  }

  @Test func yamlSyntaxErrorHasYamsPosition() {
    let error = failure("include: [src/\nexclude: x\n")
    #expect(error.message.hasPrefix("invalid YAML"))
    #expect(error.line == 2)
    let tab = failure("rules:\n\thardcoded-identity: error\n")
    #expect(tab.message.contains("a tab character here"), "\(tab.message)")
    #expect(tab.line == 2 && tab.column == 1)
    let afterDash = failure("exclude:\n  -\tdist/\n")
    #expect(afterDash.message.contains("a tab character"), "\(afterDash.message)")
    #expect(afterDash.line == 2 && afterDash.column == 4)
  }

  @Test func unknownTopLevelKeySuggestsTheNearest() {
    let error = failure("include: []\nexclud: [dist/]\n")
    #expect(error.line == 2 && error.column == 1)
    #expect(error.message.contains("unknown key 'exclud'"))
    #expect(error.message.contains("did you mean 'exclude'?"))
    #expect(error.description == ".heaplint.yml:2:1: " + error.message)
    #expect(failure("random-generators: []").message.contains("did you mean 'randomGenerators'?"))
    #expect(!failure("zzzzzz: 1").message.contains("did you mean"))
  }

  @Test func unknownRuleSuggestsTheNearest() {
    let error = failure("rules:\n  hardcode-identity: error\n")
    #expect(error.line == 2 && error.column == 3)
    #expect(error.message.contains("unknown rule 'hardcode-identity'"))
    #expect(error.message.contains("did you mean 'hardcoded-identity'?"))
  }

  @Test func wrongTypesSayWhatIsExpected() {
    let include = failure("include: \"src\"\n")
    #expect(include.line == 1 && include.column == 10)
    #expect(include.message.contains("'include' must be a list of strings"))
    #expect(include.message.contains("not the string 'src'"))

    let argument = failure("wrappers:\n  - function: f\n    identityArgument: \"0\"\n")
    #expect(argument.line == 3 && argument.column == 23)
    #expect(argument.message.contains("whole number"))

    #expect(failure("rules: [hardcoded-identity]").message.contains("'rules' must be a mapping"))
    #expect(failure("blocklist: [[a]]").message.contains("must be a string, not a list"))
    #expect(failure("blocklist: [a, ~]").message.contains("not nothing (null)"))
    #expect(failure("wrappers: {function: f}").message.contains("'wrappers' must be a list"))
    #expect(failure("wrappers: [f]").message.contains("each wrapper must be a mapping"))
    #expect(failure("- include").message.contains("the configuration must be a mapping"))
    #expect(failure("just a string").message.contains("the configuration must be a mapping"))
    #expect(failure("? [a, b]\n: c\n").message.contains("a key must be a plain name"))
  }

  @Test func badSeverity() {
    let error = failure("rules:\n  hardcoded-identity: warn\n")
    #expect(error.line == 2 && error.column == 23)
    #expect(error.message.contains("'warn' is not a severity"))
    #expect(error.message.contains("off, warning, error"))
    #expect(error.message.contains("did you mean 'warning'?"))
    #expect(failure("rules:\n  hardcoded-identity: [error]\n").message.contains("must be one of off, warning, error"))
    let missing = failure("rules:\n  random-identity: {}\n")
    #expect(missing.message.contains("need a 'severity' key"))
    #expect(missing.line == 2)
  }

  @Test("a key beside severity is refused at its position: no rule takes options")
  func unknownRuleOption() {
    let error = failure("rules:\n  random-identity:\n    severity: error\n    allow: [uuid]\n")
    #expect(error.line == 4 && error.column == 5)
    #expect(error.message.contains("'allow' is not a setting of 'random-identity'"))
  }

  @Test("engine findings that report an unchecked file cannot be configured", arguments: ["read-error", "file-too-large", "skipped-file"])
  func fixedEngineRules(_ id: String) throws {
    let known = rules.union(["read-error", "file-too-large", "skipped-file", "parse-error"])
    do {
      _ = try ConfigurationLoader.parse("rules:\n  \(id): off\n", path: ".heaplint.yml", knownRules: known, templateKinds: kinds)
      Issue.record("\(id) must be refused")
    } catch {
      #expect(error.line == 2 && error.column == 3)
      #expect(error.message.contains("'\(id)' cannot be configured"))
    }
    #expect(try ConfigurationLoader.parse("rules:\n  parse-error: off\n", path: ".heaplint.yml", knownRules: known, templateKinds: kinds).rules["parse-error"] == RuleSetting(severity: nil))
  }

  @Test("baseline names a file; anything else is refused")
  func baselineKey() throws {
    #expect(try parse("baseline: .heaplint-baseline.json\n").baseline == ".heaplint-baseline.json")
    #expect(failure("baseline: [a]\n").message.contains("'baseline' must be a file path"))
    #expect(failure("baseline: ''\n").message.contains("'baseline' must name a file"))
  }

  @Test func badGlob() {
    let error = failure("exclude:\n  - ok/\n  - \"src/[ab\"\n")
    #expect(error.line == 3 && error.column == 5)
    #expect(error.message.contains("'src/[ab'"))
    #expect(error.message.contains("unclosed '['"))
    #expect(failure("include: [\"\"]").message.contains("empty"))
    #expect(failure("include: [\"#x\"]").message.contains("comment"))
  }

  @Test func unknownTemplateKind() {
    let error = failure("templates:\n  tpl: handlebar\n")
    #expect(error.line == 2 && error.column == 8)
    #expect(error.message.contains("unknown template kind 'handlebar'"))
    #expect(error.message.contains("did you mean 'handlebars'?"))
    #expect(error.message.contains("ejs, erb, goTemplate, handlebars, jinja"))
    #expect(failure("templates:\n  gohtml: gotemplate\n").message.contains("did you mean 'goTemplate'?"))
    #expect(failure("templates:\n  \"a/b\": erb\n").message.contains("is not a file extension"))
    #expect(failure("templates:\n  tpl: erb\n  .tpl: ejs\n").message.contains("listed twice"))
  }

  @Test func wrapperProblems() {
    let negative = failure("wrappers:\n  - function: f\n    identityArgument: -1\n")
    #expect(negative.message.contains("must be 0 or more"))
    #expect(negative.line == 3)
    let missing = failure("wrappers:\n  - identityArgument: 1\n")
    #expect(missing.message.contains("has no 'function'"))
    #expect(missing.line == 2 && missing.column == 5)
    #expect(failure("wrappers:\n  - function: f\n    identityArgument: 99999999999999999999999\n").message.contains("too large"))
    #expect(failure("wrappers:\n  - function: f\n    identityArgument: 1.5\n").message.contains("whole number"))
    #expect(failure("wrappers:\n  - function: f\n    identityArgumnt: 1\n").message.contains("did you mean 'identityArgument'?"))
    #expect(failure("wrappers:\n  - function: \"a..b\"\n").message.contains("is not a function name"))
    #expect(failure("randomGenerators: [\"1abc\"]").message.contains("is not a function name"))
    #expect(failure("wrappers:\n  - function: [a]\n").message.contains("'function' must be a function name"))
  }

  @Test func duplicateKeys() {
    let error = failure("include: []\ninclude: [a]\n")
    #expect(error.message.contains("duplicate key 'include'"))
    #expect(error.line >= 1)
  }

  @Test func hostileInputsNeverCrash() {
    let deep = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
    let deepMap = String(repeating: "{a: ", count: 3000) + "1" + String(repeating: "}", count: 3000)
    var laughs = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for i in 1..<9 { laughs += "b\(i): &b\(i) [" + Array(repeating: i == 1 ? "*a" : "*b\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
    let inputs = [
      deep, "include: " + deep, deepMap, "rules: " + deepMap,
      laughs, laughs + "blocklist: *b8\n", laughs + "include: *a\n", "include: &x [a]\nexclude: *x\n", "include: *nothing\n",
      "\u{0}\u{1}\u{2}binary\u{7F}", "include: [\"\u{0}\"]", "rules: {hardcoded-identity: \u{1}}",
      "wrappers: [{function: f, identityArgument: 1e999}]", "wrappers: [{function: f, identityArgument: 0x7fffffffffffffffff}]",
      "blocklist: [" + String(repeating: "9", count: 10_000) + "]", "%YAML 1.2\n---\n", "--- a\n--- b\n", "!!binary x",
      "&a [*a]", "? ? ? a", "include: !!map {a: b}", ":", "- - - -", "'", "\"\\x\"", "{", "}", "\u{FEFF}include: []",
      "rules:\n  <<: {hardcoded-identity: off}\n", "templates: {? [a]: erb}",
    ]
    for input in inputs {
      do {
        _ = try parse(input)
      } catch {
        #expect(error.line >= 1 && error.column >= 1)
        #expect(!error.message.isEmpty)
      }
    }
  }

  /// Nested aliases expand exponentially; used as a key they would make the YAML composer hash a
  /// billion nodes. They must be refused at once, however the text tries to hide them.
  @Test func aliasesInKeysAreRejectedQuickly() {
    var laughs = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for i in 1..<9 { laughs += "b\(i): &b\(i) [" + Array(repeating: i == 1 ? "*a" : "*b\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
    let tails = [
      "? *b8\n: 1\n? *b7\n: 2\n", "x: {*b8 : 1, *b7 : 2}\n", "[*b8]: 1\n[*b7]: 2\n", "? [*b8, x]\n: 1\n? [*b7, x]\n: 1\n",
      "? - *b8\n: 1\n? - *b7\n: 1\n", "*b8 : 1\n*b7 : 2\n", "x: [{*b8: 1, *b7: 2}]\n",
      // Attempts to make a naive scanner miss the alias: quotes inside plain scalars, odd line breaks,
      // block scalars, anchors before quotes.
      "c: it 's\n*b8 : 1\n*b7 : 2\n", "# note\u{2028}*b8 : 1\n*b7 : 2\n", "d: |\n  \"\n*b8 : 1\n*b7 : 2\n",
      "e: &q 'a #'\n*b8 : 1\n*b7 : 2\n", "f: x\r*b8 : 1\r*b7 : 2\r", "g: \"multi\n  line\"\n*b8 : 1\n*b7 : 2\n",
    ]
    let clock = ContinuousClock()
    for tail in tails {
      let elapsed = clock.measure {
        let error = failure(laughs + tail)
        #expect(error.line >= 10, "\(tail.debugDescription): \(error)")
      }
      #expect(elapsed < .seconds(2), "\(tail.debugDescription) took \(elapsed)")
    }
    let alias = failure("a: &a x\n*a : 1\n")
    #expect(alias.message.contains("the alias '*a' is used in a mapping key"))
    #expect(alias.line == 2 && alias.column == 1)
  }

  @Test func starsInQuotesAndBlockScalarsAreNotAliases() throws {
    let c = try parse("exclude: ['*.min.js', \"**/*.map\"]\nblocklist:\n  - |\n    *literal: text\n  - x *y\n")
    #expect(c.exclude == ["*.min.js", "**/*.map"])
    #expect(c.blocklist == ["*literal: text\n", "x *y"])
  }

  @Test func aliasesAreFollowed() throws {
    let c = try parse("include: &shared [\"src/\"]\nexclude: *shared\n")
    #expect(c.exclude == ["src/"])
  }

  @Test func starterFileLoadsAsTheDefaults() throws {
    let c = try ConfigurationLoader.parse(ConfigurationLoader.starterFile, path: "starter", knownRules: [], templateKinds: [])
    var expected = Configuration.defaults
    expected.path = "starter"
    #expect(c == expected)
    for key in ConfigurationLoader.topLevelKeys {
      // `baseline` is shown commented out: it names a file that a new project does not have yet.
      #expect(ConfigurationLoader.starterFile.contains(key == "baseline" ? "\n#   \(key): " : "\n\(key): "), "the starter shows \(key)")
    }
    // Its commented examples are valid too once uncommented.
    let uncommented = ConfigurationLoader.starterFile.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { $0.hasPrefix("#   ") || !$0.hasPrefix("#") }
      .filter { !$0.hasSuffix("[]") && !$0.hasSuffix("{}") }
      .map { $0.hasPrefix("#   ") ? String($0.dropFirst(4)) : String($0) }
      .joined(separator: "\n")
    let examples = try ConfigurationLoader.parse(uncommented, path: "examples", knownRules: rules, templateKinds: kinds)
    #expect(examples.wrappers == [WrapperSpec(function: "Analytics.identifyUser", identityArgument: 0)])
    #expect(examples.templates == ["tpl": "handlebars", "html.j2": "jinja"])
    #expect(examples.rules["call-before-load"] == RuleSetting(severity: nil))
    #expect(examples.baseline == ".heaplint-baseline.json")
  }

  @Test func loadAndFindOnDisk() throws {
    let fm = FileManager.default
    let root = fm.temporaryDirectory.appendingPathComponent("heaplint-config-\(UInt64.random(in: 0...UInt64.max))").path
    defer { try? fm.removeItem(atPath: root) }
    try fm.createDirectory(atPath: root + "/a/b/c", withIntermediateDirectories: true)
    let config = root + "/a/" + ConfigurationLoader.fileName
    try "exclude: [dist/]\n".write(toFile: config, atomically: true, encoding: .utf8)
    let found = ConfigurationLoader.find(from: root + "/a/b/c")
    #expect(found.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path } == URL(fileURLWithPath: config).resolvingSymlinksInPath().path)
    #expect(ConfigurationLoader.find(from: root + "/a") != nil)
    let c = try ConfigurationLoader.load(path: config, knownRules: rules, templateKinds: kinds)
    #expect(c.exclude == ["dist/"] && c.path == config)

    let invalid = root + "/invalid.yml"
    _ = fm.createFile(atPath: invalid, contents: Data([0x61, 0x3A, 0x20, 0x0A, 0x62, 0xFF]))
    #expect(throws: ConfigurationError.self) { try ConfigurationLoader.load(path: invalid, knownRules: rules, templateKinds: kinds) }
    do {
      _ = try ConfigurationLoader.load(path: invalid, knownRules: rules, templateKinds: kinds)
    } catch {
      #expect(error.line == 2 && error.column == 2)
      #expect(error.message.contains("not valid UTF-8"))
    }
    do {
      _ = try ConfigurationLoader.load(path: root + "/missing.yml", knownRules: rules, templateKinds: kinds)
      Issue.record("a missing file must fail")
    } catch {
      #expect(error.message.contains("cannot read"))
    }
  }
}
