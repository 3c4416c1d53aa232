import Foundation
import Testing

/// Whether the directory can be opened and listed to the end (readdir can fail after opendir).
func canList(_ path: String) -> Bool {
  guard let dir = opendir(path) else { return false }
  defer { closedir(dir) }
  while true {
    errno = 0
    if readdir(dir) == nil { return errno == 0 }
  }
}

/// A directory this process cannot list: a fresh one with its permissions removed, or, for root
/// (whom permissions do not stop), /proc/1/map_files, which the kernel lets only a process that
/// may trace pid 1 list.
func unreadableDirectory() throws -> String? {
  if getuid() != 0 {
    let dir = try CLI.tree(["locked/a.js": "heap.identify('guest');\n"]).appendingPathComponent("locked")
    chmod(dir.path, 0)
    if !canList(dir.path) { return dir.path }
  }
  let candidate = "/proc/1/map_files"
  return FileManager.default.fileExists(atPath: candidate) && !canList(candidate) ? candidate : nil
}

@Suite("Rough edges of the command line")
struct RoughEdgeTests {
  static let bad = "heap.load('1234567890');\nheap.identify('guest');\n"

  @Test("an unwritable report path: the other reports are still written, then exit 2 with a plain reason")
  func unwritableReport() throws {
    let dir = try CLI.tree(["src/app.js": Self.bad, "afile": "x"])
    let out = try CLI.run(["--format", "json:afile/report.json", "--format", "compact", "--format", "sarif:out/heaplint.sarif", "src"], in: dir)
    #expect(out.status == 2)
    #expect(out.stderr.contains("heaplint: cannot write afile/report.json: afile is not a directory"), "\(out.stderr)")
    #expect(compactFindings(out.stdout) == ["src/app.js:2 blocklisted-identity"], "stdout is written: \(out.stdout)")
    #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/heaplint.sarif").path), "so is the report after the failed one")
    let onDirectory = try CLI.run(["-o", "src", "src"], in: dir)
    #expect(onDirectory.status == 2)
    #expect(onDirectory.stderr.contains("cannot write src: src is a directory"), "\(onDirectory.stderr)")
  }

  @Test(
    "a directory that cannot be read never passes the gate, in any format",
    .enabled(if: (try? unreadableDirectory()) != nil, "no directory on this machine is unreadable to this user"))
  func unreadableDirectoryFails() throws {
    let locked = try #require(try unreadableDirectory())
    let dir = try CLI.tree(["ok.js": "heap.identify(u.id);\n"])
    for format in ["stylish", "compact", "json", "junit", "sarif", "checkstyle", "github", "unix"] {
      let out = try CLI.run(["--format", format, "ok.js", locked], in: dir)
      #expect(out.status == 1, "\(format): \(out.stdout)\(out.stderr)")
      #expect(out.stdout.contains(locked), "\(format) names the directory: \(out.stdout)")
      #expect(out.stdout.contains("read-error"), "\(format)")
    }
    let compact = try CLI.run(["--format", "compact", locked], in: dir)
    #expect(compact.stdout.contains("cannot read the directory"), "\(compact.stdout)")
  }

  @Test("--max-warnings says why it fails, and -1 means no limit")
  func maxWarnings() throws {
    let dir = try CLI.tree(["a.js": "heap.identify();\nheap.identify(user.name);\n"])
    let over = try CLI.run(["--max-warnings", "1"], in: dir)
    #expect(over.status == 1)
    #expect(over.stderr.contains("too many warnings (2, maximum 1)"), "\(over.stderr)")
    let unlimited = try CLI.run(["--max-warnings", "-1"], in: dir)
    #expect(unlimited.status == 0, "\(unlimited.stderr)")
    #expect(!unlimited.stderr.contains("too many"))
    #expect(try CLI.run(["--max-warnings", "0", "--quiet"], in: dir).status == 0, "--quiet drops warnings before they are counted")
    #expect(try CLI.run(["--max-warnings", "-2"], in: dir).status == 2)
  }

  @Test("stylish output fits an 80-column terminal")
  func stylishWidth() throws {
    let out = try CLI.run(["samples/bad"], environment: ["NO_COLOR": "1"])
    #expect(out.status == 1)
    let wide = out.stdout.split(separator: "\n").filter { $0.count > 80 }
    #expect(wide.isEmpty, "\(wide.joined(separator: "\n"))")
    #expect(out.stdout.contains("blocklisted-identity"))
  }

  @Test("a progress line goes to a terminal's stderr, never to a pipe")
  func progressLine() throws {
    let dir = try CLI.tree(["a.js": "heap.identify(u.id);\n"])
    let piped = try CLI.run([], in: dir, environment: ["HEAPLINT_PROGRESS_AFTER": "0"])
    #expect(!piped.stderr.contains("checking"))
    // `script` runs heaplint on a pseudo-terminal and copies what it shows.
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["script", "-qec", "'\(CLI.binary.path)' --format compact", "/dev/null"]
    p.currentDirectoryURL = dir
    var env = ProcessInfo.processInfo.environment
    env["HEAPLINT_PROGRESS_AFTER"] = "0"
    p.environment = env
    let out = Pipe()
    p.standardOutput = out
    p.standardInput = FileHandle.nullDevice
    try p.run()
    let shown = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    #expect(shown.contains("heaplint: checking 1 file..."), "\(shown)")
    #expect(shown.contains("\r\u{1B}[K"), "the note is erased at the end")
  }

  @Test("help for an unknown command and a misspelt command exit 2 with what was meant")
  func commands() throws {
    let help = try CLI.run(["help", "foo"])
    #expect(help.status == 2)
    #expect(help.stderr.contains("no command 'foo'"))
    #expect(try CLI.run(["help", "rules"]).status == 0)
    let typo = try CLI.run(["rule"])
    #expect(typo.status == 2)
    #expect(typo.stderr.contains("did you mean 'heaplint rules'?"), "\(typo.stderr)")
    // A file of that name is linted, not taken for a command.
    let dir = try CLI.tree(["rule": "x"])
    #expect(try CLI.run(["rule"], in: dir).status == 0)
  }

  @Test("- reads standard input; -f -o -c -q are the short options ESLint users type")
  func shortOptions() throws {
    let piped = try CLI.run(["-", "-f", "compact"], stdin: "heap.identify('guest');\n")
    #expect(piped.status == 1)
    #expect(piped.stdout.hasPrefix("<stdin>:1:1: error:"), "\(piped.stdout)")
    let dir = try CLI.tree(["a.js": "heap.identify('guest');\nheap.identify();\n", "conf.yml": "rules:\n  blocklisted-identity: warning\n"])
    let out = try CLI.run(["-c", "conf.yml", "-q", "-f", "json", "-o", "r.json", "a.js"], in: dir)
    #expect(out.status == 0, "\(out.stderr)")
    let report = try String(contentsOf: dir.appendingPathComponent("r.json"), encoding: .utf8)
    #expect(report.contains("\"errorCount\":0") || report.contains("\"errorCount\": 0"), "\(report)")
    #expect(!report.contains("blocklisted-identity"), "-q dropped the warnings the configuration made")
  }

  @Test("--format unix is ESLint's unix shape")
  func unixFormat() throws {
    let dir = try CLI.tree(["a.js": Self.bad])
    let out = try CLI.run(["--format", "unix"], in: dir)
    #expect(out.status == 1)
    #expect(out.stdout.hasPrefix("a.js:2:1: identity \"guest\" is on Heap's blocklist"), "\(out.stdout)")
    #expect(out.stdout.contains("[Error/blocklisted-identity]\n\n1 problem\n"), "\(out.stdout)")
  }

  @Test("the README's exit statuses, rules table and help agree with the binary")
  func readmeAgrees() throws {
    let readme = try String(contentsOf: CLI.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let help = try CLI.run(["--help"])
    #expect(help.status == 0)
    func words(_ s: some StringProtocol) -> String {
      s.replacingOccurrences(of: "`", with: "").split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }
    let helpWords = words(help.stdout)
    for status in ["0", "1", "2"] {
      let row = try #require(readme.split(separator: "\n").first { $0.hasPrefix("| \(status) | ") })
      let meaning = row.dropFirst(6).split(separator: "|")[0].split(separator: "(one line")[0]
      #expect(helpWords.contains(words(meaning.trimmingCharacters(in: .whitespaces))), "status \(status): \(meaning)")
    }
    let listed = try CLI.run(["rules"]).stdout.split(separator: "\n").dropFirst().map { String($0.split(separator: " ")[0]) }
    let start = try #require(readme.range(of: "| rule | default | finds |"))
    let table = readme[start.upperBound...].split(separator: "\n").dropFirst().prefix { $0.hasPrefix("| `") }
    let documented = table.map { String($0.split(separator: "`")[1]) }
    #expect(listed.sorted() == documented.sorted(), "rules: \(listed) README: \(documented)")
    #expect(listed.count == 19)
  }

  @Test("explain numbers its examples so they never run together")
  func explainSeparates() throws {
    let out = try CLI.run(["explain", "hardcoded-identity"])
    #expect(out.status == 0)
    #expect(out.stdout.contains("\n   1. ↓heap.identify('admin');\n   2. ↓heap.identify(42);\n   3. const KIOSK"), "\(out.stdout)")
    #expect(out.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 || $0.hasPrefix("   ") || $0.hasPrefix("      ") })
  }

  @Test("the README documents the completions and the man page, and the completion scripts are generated")
  func completions() throws {
    let readme = try String(contentsOf: CLI.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    #expect(readme.contains("--generate-completion-script"))
    #expect(readme.contains("generate-manual"))
    for shell in ["bash", "zsh", "fish"] {
      let out = try CLI.run(["--generate-completion-script", shell])
      #expect(out.status == 0)
      #expect(out.stdout.contains("heaplint"))
      #expect(out.stdout.contains("install-hook"), "\(shell) completes the commands")
    }
  }
}
