import Foundation
import Testing

/// Rules of `--format compact` output: `path:line:column: severity: message [rule]`.
private func findings(_ stdout: String) -> [String] {
  stdout.split(separator: "\n").map { line in
    let parts = line.split(separator: ":", maxSplits: 3)
    let rule = line.split(separator: "[").last.map { String($0.dropLast()) } ?? ""
    return "\(parts[0]):\(parts[1]) \(rule)"
  }
}

@Suite("Configuration, suppressions and baselines through the CLI")
struct AdoptionCLITests {
  @Test("the nearest .heaplint.yml applies from a nested directory")
  func nestedDiscovery() throws {
    let dir = try CLI.tree([
      ".heaplint.yml": "rules:\n  hardcoded-identity: off\n  blocklisted-identity: warning\n",
      "src/deep/a.js": "heap.identify('admin');\nheap.identify('guest');\n",
    ])
    let out = try CLI.run(["--format", "compact", "."], in: dir.appendingPathComponent("src/deep"))
    #expect(findings(out.stdout) == ["a.js:2 blocklisted-identity"])
    #expect(out.stdout.contains("warning"))
    #expect(out.status == 0, "a rule turned down to warning no longer fails the gate")
  }

  @Test("every configuration key changes what is reported")
  func everyKey() throws {
    let dir = try CLI.tree([
      ".heaplint.yml": """
        include: ["src/"]
        exclude: ["src/generated/"]
        rules:
          non-unique-identity: { severity: error }
          conflicting-identities: off
        blocklist: ["visitor"]
        randomGenerators: ["ids.fresh"]
        nonUniqueAttributes: ["workspaceSlug"]
        wrappers:
          - { function: "Analytics.identifyUser", identityArgument: 1 }
        templates:
          tpl: erb
        """,
      "src/app.js": """
        heap.identify('visitor');
        heap.identify(ids.fresh());
        heap.identify(user.workspaceSlug);
        Analytics.identifyUser(ctx, 'anonymous');
        """,
      "src/generated/out.js": "heap.identify('guest');\n",
      "other/x.js": "heap.identify('guest');\n",
      "src/page.tpl": "<script>heap.identify('<%= user.id %>'); heap.identify('none');</script>\n",
    ])
    let out = try CLI.run(["--format", "compact"], in: dir)
    #expect(
      findings(out.stdout).sorted() == [
        "src/app.js:1 blocklisted-identity", "src/app.js:2 random-identity", "src/app.js:3 non-unique-identity",
        "src/app.js:4 blocklisted-identity", "src/page.tpl:1 blocklisted-identity",
      ], "\(out.stdout)\(out.stderr)")
    #expect(out.stdout.contains("src/app.js:3:1: error"), "non-unique-identity raised to error")
  }

  @Test(
    "configuration errors name the file, line and column, and exit 2",
    arguments: [
      ("rules:\n  hardcoded-identiy: off\n", ".heaplint.yml:2:3:", "hardcoded-identity"),
      ("exclud: [dist]\n", ".heaplint.yml:1:1:", "exclude"),
      ("include: src\n", ".heaplint.yml:1:10:", "list"),
      ("rules:\n  random-identity: loud\n", ".heaplint.yml:2:20:", "warning"),
      ("rules: [\n", ".heaplint.yml:", "YAML"),
    ])
  func configurationErrors(_ yaml: String, _ position: String, _ hint: String) throws {
    let dir = try CLI.tree([".heaplint.yml": yaml, "a.js": "heap.identify('guest');\n"])
    let out = try CLI.run([], in: dir)
    #expect(out.status == 2)
    #expect(out.stdout.isEmpty)
    #expect(out.stderr.contains(position), "\(out.stderr)")
    #expect(out.stderr.contains(hint), "\(out.stderr)")
    #expect(out.stderr.split(separator: "\n").count == 1)
  }

  @Test("a --config file that does not exist is a configuration error")
  func missingConfig() throws {
    let dir = try CLI.tree(["a.js": "heap.identify(user.id);\n"])
    let out = try CLI.run(["--config", "nope.yml"], in: dir)
    #expect(out.status == 2)
    #expect(out.stderr.contains("nope.yml"))
  }

  @Test("the default file set respects .gitignore and .heaplintignore and skips vendored and minified code")
  func defaultFileSet() throws {
    let bad = "heap.identify('guest');\n"
    let dir = try CLI.tree([
      ".gitignore": "dist/\n*.gen.js\n!keep.gen.js\n", ".heaplintignore": "legacy/\n",
      "dist/bundle.js": bad, "a.gen.js": bad, "keep.gen.js": bad, "legacy/old.js": bad, "app.min.js": bad,
      "bower_components/x/x.js": bad, "src/.gitignore": "local.js\n", "src/local.js": bad, "src/app.js": bad,
    ])
    let out = try CLI.run(["--format", "compact"], in: dir)
    #expect(Set(findings(out.stdout).map { String($0.split(separator: ":")[0]) }) == ["keep.gen.js", "src/app.js"])
    let named = try CLI.run(["--format", "compact", "app.min.js"], in: dir)
    #expect(named.status == 1, "a minified file named on the command line is linted")
  }

  @Test("suppression comments in JavaScript, HTML and templates")
  func directives() throws {
    let dir = try CLI.tree([
      ".heaplint.yml": "rules:\n  conflicting-identities: off\n",
      "a.js": """
        // heaplint-disable-next-line blocklisted-identity -- reviewed: kiosk mode
        heap.identify('guest');
        heap.identify('admin'); // heaplint-disable-line hardcoded-identity
        /* heaplint-disable random-identity */
        heap.identify(Date.now());
        /* heaplint-enable random-identity */
        heap.identify(Math.random());
        heap.identify('none'); // heaplint-disable-line blocklisted-identiy
        """,
      "b.html": """
        <!-- heaplint-disable-file -->
        <script>heap.identify('guest')</script>
        """,
      "c.html.erb": """
        <%# heaplint-disable-next-line hardcoded-identity %>
        <script>heap.identify('kiosk');</script>
        <script>heap.identify('other');</script>
        """,
    ])
    let out = try CLI.run(["--format", "compact"], in: dir)
    #expect(
      findings(out.stdout).sorted() == [
        "a.js:7 random-identity", "a.js:8 blocklisted-identity", "a.js:8 invalid-directive", "c.html.erb:3 hardcoded-identity",
      ], "\(out.stdout)")
    #expect(out.stdout.contains("blocklisted-identity"))
  }

  @Test("--report-unused-directives reports directives that suppress nothing")
  func unusedDirectives() throws {
    let dir = try CLI.tree(["a.js": "// heaplint-disable-next-line hardcoded-identity\nheap.identify(user.id);\n"])
    let quiet = try CLI.run(["--format", "compact"], in: dir)
    #expect(quiet.stdout.isEmpty)
    let out = try CLI.run(["--format", "compact", "--report-unused-directives"], in: dir)
    #expect(findings(out.stdout) == ["a.js:1 unused-directive"])
    #expect(out.status == 0)
  }

  @Test("a baseline hides today's findings, survives inserted lines, and lets new ones through")
  func baseline() throws {
    let dir = try CLI.tree([".heaplint.yml": "rules:\n  conflicting-identities: off\n", "a.js": "heap.identify('guest');\nheap.identify('admin');\n"])
    let write = try CLI.run(["--write-baseline", ".heaplint-baseline.json"], in: dir)
    #expect(write.status == 0)
    #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent(".heaplint-baseline.json").path))
    // Lines inserted above the known findings, and one new finding.
    try Data("// header\n\nimport x from './x';\nheap.identify('guest');\nheap.identify('admin');\nheap.identify('kiosk');\n".utf8)
      .write(to: dir.appendingPathComponent("a.js"))
    let out = try CLI.run(["--format", "compact", "--baseline", ".heaplint-baseline.json"], in: dir)
    #expect(findings(out.stdout) == ["a.js:6 hardcoded-identity"], "\(out.stdout)")
    #expect(out.status == 1)
    let broken = try CLI.tree(["b.json": "{ not json", "a.js": ""])
    let bad = try CLI.run(["--baseline", "b.json"], in: broken)
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("b.json:1:"))
  }

  @Test("init writes a starter file that loads; print-config shows what applies")
  func initAndPrintConfig() throws {
    let dir = try CLI.tree(["src/a.js": "heap.identify(user.id);\n"])
    #expect(try CLI.run(["init"], in: dir).status == 0)
    #expect(try CLI.run(["init"], in: dir).status == 2, "init does not overwrite without --force")
    #expect(try CLI.run([], in: dir).status == 0, "the starter file is a valid configuration")
    try Data("rules:\n  duplicate-load: off\nexclude: [\"src/\"]\n".utf8).write(to: dir.appendingPathComponent(".heaplint.yml"))
    let printed = try CLI.run(["print-config", "src/a.js"], in: dir)
    #expect(printed.status == 0)
    #expect(printed.stdout.contains("duplicate-load: off"))
    #expect(printed.stdout.contains("blocklisted-identity: error"))
    #expect(printed.stdout.contains("is linted: no"))
  }

  @Test("rules lists every rule; explain prints the rationale and the examples")
  func rulesAndExplain() throws {
    let dir = try CLI.tree([".heaplint.yml": "rules:\n  identity-type: off\n"])
    let rules = try CLI.run(["rules"], in: dir)
    #expect(rules.status == 0)
    let lines = rules.stdout.split(separator: "\n")
    #expect(lines.contains { $0.hasPrefix("identity-type ") && $0.contains(" off ") })
    #expect(lines.contains { $0.hasPrefix("blocklisted-identity ") && $0.contains("error") })
    let explain = try CLI.run(["explain", "blocklisted-identity"])
    #expect(explain.status == 0)
    #expect(explain.stdout.contains("Heap"))
    #expect(explain.stdout.contains("heap.identify('guest');"))
    let unknown = try CLI.run(["explain", "blocklisted-identiy"])
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("did you mean 'blocklisted-identity'"))
  }
}

@Suite("Gate behaviour")
struct GateTests {
  @Test("--quiet drops warnings; --max-warnings turns too many warnings into exit 1")
  func warnings() throws {
    let dir = try CLI.tree(["a.js": "heap.identify();\nheap.identify(user.name);\n"])
    let normal = try CLI.run(["--format", "compact"], in: dir)
    #expect(normal.status == 0)
    #expect(findings(normal.stdout).count == 2)
    #expect(try CLI.run(["--format", "compact", "--quiet"], in: dir).stdout.isEmpty)
    #expect(try CLI.run(["--max-warnings", "1"], in: dir).status == 1)
    #expect(try CLI.run(["--max-warnings", "2"], in: dir).status == 0)
  }

  @Test("--stdin lints standard input as the named file")
  func stdin() throws {
    let page = "<p>\n<script>heap.identify('guest')</script>\n"
    let out = try CLI.run(["--stdin", "--stdin-filename", "views/page.html", "--format", "compact"], stdin: page)
    #expect(out.status == 1)
    #expect(out.stdout.hasPrefix("views/page.html:2:9: error:"), "\(out.stdout)")
  }

  @Test("install-hook lints what is staged, refuses to overwrite, and uninstalls")
  func installHook() throws {
    let dir = try CLI.tree(["README": "x\n"])
    func git(_ args: String...) throws -> CLI.Output {
      try CLI.run(args, in: dir, tool: "git", mergeStderr: true)
    }
    _ = try git("init", "-q")
    _ = try git("config", "user.email", "t@example.invalid")
    _ = try git("config", "user.name", "t")
    // A PATH without heaplint, so the hook runs the binary it was installed from.
    let installed = try CLI.run(["install-hook"], in: dir)
    #expect(installed.status == 0, "\(installed.stderr)")
    let hook = dir.appendingPathComponent(".git/hooks/pre-commit")
    #expect(FileManager.default.isExecutableFile(atPath: hook.path))

    try Data("heap.identify('guest');\n".utf8).write(to: dir.appendingPathComponent("a.js"))
    _ = try git("add", "a.js")
    // The working tree is fixed but the index still holds the bad version: the index wins.
    try Data("heap.identify(user.id);\n".utf8).write(to: dir.appendingPathComponent("a.js"))
    let refused = try git("commit", "-qm", "bad")
    #expect(refused.status != 0)
    #expect(refused.stdout.contains("blocklisted-identity"), "\(refused.stdout)")
    _ = try git("add", "a.js")
    #expect(try git("commit", "-qm", "good").status == 0)

    #expect(try CLI.run(["install-hook"], in: dir).status == 0, "reinstalling its own hook is fine")
    try Data("#!/bin/sh\necho mine\n".utf8).write(to: hook)
    #expect(try CLI.run(["install-hook"], in: dir).status == 2, "someone else's hook is not overwritten")
    #expect(try CLI.run(["install-hook", "--uninstall"], in: dir).status == 2, "nor removed")
    #expect(try CLI.run(["install-hook", "--force"], in: dir).status == 0)
    #expect(try CLI.run(["install-hook", "--uninstall"], in: dir).status == 0)
    #expect(try String(contentsOf: hook, encoding: .utf8) == "#!/bin/sh\necho mine\n", "the hook --force kept is back")
    try FileManager.default.removeItem(at: hook)
    #expect(try CLI.run(["install-hook"], in: dir).status == 0)
    #expect(try CLI.run(["install-hook", "--uninstall"], in: dir).status == 0)
    #expect(!FileManager.default.fileExists(atPath: hook.path))
  }
}
