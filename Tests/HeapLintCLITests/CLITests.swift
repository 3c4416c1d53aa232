import Foundation
import Testing

/// Runs the built `heaplint` binary the way users and CI do.
enum CLI {
  /// `.build/<config>/heaplint`, beside the test bundle; `HEAPLINT_TEST_BINARY` names another
  /// (to check that a new test fails on an older build).
  static let binary: URL = {
    if let other = ProcessInfo.processInfo.environment["HEAPLINT_TEST_BINARY"], !other.isEmpty { return URL(fileURLWithPath: other) }
    let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var dir = exe.deletingLastPathComponent()
    // The test runner may live inside `heaplintPackageTests.xctest/`.
    for _ in 0..<4 {
      let candidate = dir.appendingPathComponent("heaplint")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      dir = dir.deletingLastPathComponent()
    }
    return exe.deletingLastPathComponent().appendingPathComponent("heaplint")
  }()

  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  struct Output {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// Runs heaplint (or, with `tool`, another program found on PATH, such as `git` or `bash`) and
  /// collects what it prints; `mergeStderr` sends both streams to `stdout`, in order.
  static func run(
    _ arguments: [String], in directory: URL? = nil, stdin: String? = nil, environment: [String: String] = [:], tool: String? = nil,
    mergeStderr: Bool = false
  ) throws -> Output {
    let process = Process()
    if let tool {
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = [tool] + arguments
    } else {
      process.executableURL = binary
      process.arguments = arguments
    }
    process.currentDirectoryURL = directory ?? packageRoot
    var env = ProcessInfo.processInfo.environment
    for (k, v) in environment { env[k] = v }
    process.environment = env
    let out = Pipe()
    let err = mergeStderr ? out : Pipe()
    process.standardOutput = out
    process.standardError = err
    if let stdin {
      let input = Pipe()
      process.standardInput = input
      try process.run()
      input.fileHandleForWriting.write(Data(stdin.utf8))
      try input.fileHandleForWriting.close()
    } else {
      process.standardInput = FileHandle.nullDevice
      try process.run()
    }
    // Read both pipes before waiting so a large report cannot block the child.
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = mergeStderr ? Data() : err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
  }

  /// A fresh directory holding `files` (relative path -> content).
  static func tree(_ files: [String: String]) throws -> URL {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("heaplint-cli-\(UUID().uuidString)")
    for (path, content) in files {
      let url = root.appendingPathComponent(path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(content.utf8).write(to: url)
    }
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    return root
  }
}

@Suite("The heaplint command")
struct CLITests {
  @Test("a clean tree exits 0 with one summary line that counts the files checked")
  func clean() throws {
    let dir = try CLI.tree(["app.js": "heap.load('123');\nheap.identify(user.id);\n", "index.html": "<script>heap.track('x')</script>"])
    let out = try CLI.run([], in: dir)
    #expect(out.status == 0)
    #expect(out.stdout == "✔ 2 files checked, no problems\n")
    #expect(out.stderr.isEmpty)
    #expect(try CLI.run(["--format", "compact"], in: dir).stdout.isEmpty, "line formats stay silent")
  }

  @Test("an error finding exits 1 and is shown with its position and rule")
  func findings() throws {
    let dir = try CLI.tree(["src/app.js": "\nheap.identify('guest');\n"])
    let out = try CLI.run(["src"], in: dir)
    #expect(out.status == 1)
    #expect(out.stdout.contains("src/app.js"))
    #expect(out.stdout.contains("2:1"))
    #expect(out.stdout.contains("blocklisted-identity"))
    #expect(!out.stdout.contains("\u{1B}["), "no colour when stdout is not a terminal")
  }

  @Test("warnings alone (a syntax error) exit 0")
  func warningsOnly() throws {
    let dir = try CLI.tree(["broken.js": "heap.load('1');\nconst x = (1 + ;\n"])
    let out = try CLI.run(["--format", "compact"], in: dir)
    #expect(out.status == 0)
    #expect(out.stdout.hasPrefix("broken.js:2:"))
    #expect(out.stdout.contains("warning"))
    #expect(out.stdout.contains("[parse-error]"))
  }

  @Test("node_modules, .git and other file types are skipped; named files are linted")
  func discovery() throws {
    let bad = "heap.identify('guest');\n"
    let dir = try CLI.tree([
      "node_modules/lib/index.js": bad, ".git/hooks/x.js": bad, "notes.txt": bad, "styles.css": bad,
      "a/b/c.mjs": bad, "page.htm": "<script>\(bad)</script>", "script.cjs": bad, "component.jsx": bad,
    ])
    let out = try CLI.run(["--format", "compact"], in: dir)
    #expect(out.status == 1)
    let files = Set(out.stdout.split(separator: "\n").map { String($0.split(separator: ":")[0]) })
    #expect(files == ["a/b/c.mjs", "page.htm", "script.cjs", "component.jsx"])
    let named = try CLI.run(["--format", "compact", "notes.txt"], in: dir)
    #expect(named.status == 1, "a file named on the command line is linted whatever its extension")
  }

  @Test("a path that does not exist is a one-line error and exit 2; other paths are still linted")
  func missingPath() throws {
    let dir = try CLI.tree(["ok.js": "heap.identify('guest');\n"])
    let out = try CLI.run(["--format", "compact", "nope", "ok.js"], in: dir)
    #expect(out.status == 2)
    #expect(out.stderr.split(separator: "\n").count == 1)
    #expect(out.stderr.contains("nope"))
    #expect(out.stdout.contains("ok.js:1:1"))
  }

  @Test("usage errors exit 2 with one line on stderr", arguments: [["--format", "nope"], ["--no-such-flag"], ["--jobs", "-3"]])
  func usage(_ args: [String]) throws {
    let out = try CLI.run(args)
    #expect(out.status == 2)
    #expect(out.stderr.split(separator: "\n").count == 1)
    #expect(out.stderr.hasPrefix("heaplint: "))
    #expect(!out.stderr.contains("Fatal error"))
  }

  @Test("--version and --help work")
  func versionAndHelp() throws {
    let version = try CLI.run(["--version"])
    #expect(version.status == 0)
    #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    let help = try CLI.run(["--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("USAGE"))
    #expect(help.stdout.contains("--format"))
  }

  @Test("--format json has ESLint's shape, one entry per linted file, sorted")
  func json() throws {
    let dir = try CLI.tree([
      "b.js": "heap.identify('guest');\nheap.identify(Date.now());\n",
      "a.html": "<p>x</p>\n<script>\n  heap.identify('admin');\n</script>\n",
      "clean.js": "heap.identify(user.id);\n",
    ])
    let out = try CLI.run(["--format", "json"], in: dir)
    #expect(out.status == 1)
    let parsed = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]]
    let files = try #require(parsed)
    #expect(files.map { ($0["filePath"] as? String).map { URL(fileURLWithPath: $0).lastPathComponent } } == ["a.html", "b.js", "clean.js"])
    let b = try #require(files.first { ($0["filePath"] as? String)?.hasSuffix("b.js") == true })
    let messages = try #require(b["messages"] as? [[String: Any]])
    #expect(messages.map { $0["ruleId"] as? String } == ["blocklisted-identity", "random-identity"])
    #expect(messages.map { $0["line"] as? Int } == [1, 2])
    #expect(messages.allSatisfy { $0["severity"] as? Int == 2 && $0["column"] as? Int == 1 && $0["endLine"] != nil && $0["endColumn"] != nil })
    #expect(b["errorCount"] as? Int == 2)
    #expect(b["warningCount"] as? Int == 0)
    let a = try #require(files.first { ($0["filePath"] as? String)?.hasSuffix("a.html") == true })
    let htmlMessages = try #require(a["messages"] as? [[String: Any]])
    #expect(htmlMessages.first?["line"] as? Int == 3)
    #expect(htmlMessages.first?["column"] as? Int == 3)
  }

  @Test("--output-file and format:path write reports; stdout keeps the terminal format")
  func outputFiles() throws {
    let dir = try CLI.tree(["a.js": "heap.identify('guest');\n"])
    let single = try CLI.run(["--format", "json", "--output-file", "out/report.json"], in: dir)
    #expect(single.status == 1)
    #expect(single.stdout.isEmpty)
    let written = try Data(contentsOf: dir.appendingPathComponent("out/report.json"))
    #expect((try JSONSerialization.jsonObject(with: written) as? [Any])?.count == 1)

    let multi = try CLI.run(["--format", "compact", "--format", "junit:reports/heaplint.xml", "--format", "sarif:heaplint.sarif"], in: dir)
    #expect(multi.status == 1)
    #expect(multi.stdout.contains("a.js:1:1"))
    #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("reports/heaplint.xml").path))
    #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("heaplint.sarif").path))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("reports").path)
    #expect(leftovers == ["heaplint.xml"], "no temporary file is left behind")
  }

  @Test("the samples show every rule firing in bad/ and nothing in good/")
  func samples() throws {
    let out = try CLI.run(["--format", "compact", "samples"])
    #expect(out.status == 1)
    let lines = out.stdout.split(separator: "\n").map(String.init)
    #expect(!lines.contains { $0.hasPrefix("samples/good/") }, "\(lines.filter { $0.hasPrefix("samples/good/") })")
    for rule in ["blocklisted-identity", "hardcoded-identity", "random-identity", "call-before-load"] {
      #expect(lines.contains { $0.hasPrefix("samples/bad/") && $0.hasSuffix("[\(rule)]") }, "no \(rule) in samples/bad")
    }
  }

  @Test("heaplint parse prints syntax errors as file:line:column and exits 1; --ast prints the tree")
  func parse() throws {
    let dir = try CLI.tree(["bad.js": "let a = 1;\nlet b = (2 + ;\n", "good.js": "heap.identify(x);\n", "page.html": "<p>\n<script>\nfoo(;\n</script>\n"])
    let bad = try CLI.run(["parse", "bad.js", "page.html"], in: dir)
    #expect(bad.status == 1)
    #expect(bad.stdout.hasPrefix("bad.js:2:"))
    #expect(bad.stdout.contains("page.html:3:"))
    let good = try CLI.run(["parse", "--ast", "good.js"], in: dir)
    #expect(good.status == 0)
    let tree = try JSONSerialization.jsonObject(with: Data(good.stdout.utf8)) as? [String: Any]
    #expect(tree?["type"] as? String == "Program")
  }
}
