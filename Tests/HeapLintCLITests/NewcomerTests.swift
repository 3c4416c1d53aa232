import Foundation
import Testing

/// `path:line rule` for each line of `--format compact` output.
func compactFindings(_ stdout: String) -> [String] {
  stdout.split(separator: "\n").compactMap { line in
    let parts = line.split(separator: ":", maxSplits: 3)
    guard parts.count > 2, let rule = line.split(separator: "[").last else { return nil }
    return "\(parts[0]):\(parts[1]) \(rule.dropLast())"
  }
}

/// Runs git in `directory` (stdout and stderr together).
@discardableResult
func git(_ directory: URL, _ args: String..., environment: [String: String] = [:]) throws -> CLI.Output {
  try CLI.run(args, in: directory, environment: environment, tool: "git", mergeStderr: true)
}

/// A git repository holding `files`, with a user set for commits.
func gitTree(_ files: [String: String]) throws -> URL {
  let dir = try CLI.tree(files)
  try git(dir, "init", "-q")
  try git(dir, "config", "user.email", "t@example.invalid")
  try git(dir, "config", "user.name", "t")
  try git(dir, "config", "commit.gpgsign", "false")
  return dir
}

/// A wrapper in one file, a bad call through it in another.
let wrapperProject = [
  "src/track.js": "export function identifyUser(id) {\n  heap.identify(id);\n}\n",
  "src/login.js": "import { identifyUser } from './track';\nidentifyUser('guest');\n",
]

@Suite("Partial runs know the whole project")
struct PartialRunTests {
  @Test("a wrapper in another file counts for a named file, --stdin and --staged as in a full run")
  func wrappersAcrossFiles() throws {
    let dir = try gitTree(wrapperProject)
    let expected = ["src/login.js:2 blocklisted-identity"]
    #expect(compactFindings(try CLI.run(["--format", "compact"], in: dir).stdout) == expected)
    let one = try CLI.run(["--format", "compact", "src/login.js"], in: dir)
    #expect(compactFindings(one.stdout) == expected, "\(one.stdout)\(one.stderr)")
    #expect(one.status == 1)
    let piped = try CLI.run(["--format", "compact", "--stdin", "--stdin-filename", "src/login.js"], in: dir, stdin: wrapperProject["src/login.js"]!)
    #expect(compactFindings(piped.stdout) == expected, "\(piped.stdout)\(piped.stderr)")
    try git(dir, "add", "src/login.js")
    let staged = try CLI.run(["--format", "compact", "--staged"], in: dir)
    #expect(compactFindings(staged.stdout) == expected, "\(staged.stdout)\(staged.stderr)")
  }

  @Test("an excluded file is not linted by any entry point, and a named one says which pattern excludes it")
  func exclusionsAgree() throws {
    let dir = try gitTree([
      ".heaplint.yml": "exclude: [\"generated/\"]\n", ".heaplintignore": "legacy.js\n",
      "generated/a.js": "heap.identify('guest');\n", "legacy.js": "heap.identify('guest');\n", "ok.js": "heap.identify(u.id);\n",
    ])
    let named = try CLI.run(["generated/a.js", "legacy.js", "ok.js"], in: dir)
    #expect(named.status == 0, "\(named.stdout)")
    #expect(named.stderr.contains("generated/a.js: ignored because of 'generated/' in exclude in .heaplint.yml"), "\(named.stderr)")
    #expect(named.stderr.contains("legacy.js: ignored because of 'legacy.js' in .heaplintignore"), "\(named.stderr)")
    let piped = try CLI.run(["--stdin", "--stdin-filename", "generated/a.js"], in: dir, stdin: "heap.identify('guest');\n")
    #expect(piped.status == 0)
    #expect(piped.stderr.contains("ignored because of 'generated/'"))
    try git(dir, "add", "-A")
    let staged = try CLI.run(["--staged", "--format", "compact"], in: dir)
    #expect(staged.status == 0, "\(staged.stdout)")
    #expect(staged.stdout.isEmpty)
    let included = try gitTree([".heaplint.yml": "include: [\"src/\"]\n", "tools/a.js": "heap.identify('guest');\n"])
    let outside = try CLI.run(["tools/a.js"], in: included)
    #expect(outside.status == 0)
    #expect(outside.stderr.contains("tools/a.js: ignored because it matches no pattern of include in .heaplint.yml"), "\(outside.stderr)")
  }
}

@Suite("Baselines, engine findings and suppressions")
struct AdoptionDetailTests {
  @Test("the baseline key is used by every run; its paths are relative to the baseline file, so any directory agrees")
  func baselineKey() throws {
    let dir = try gitTree([
      ".heaplint.yml": "baseline: ci/heaplint-baseline.json\n", "src/a.js": "heap.identify('guest');\n",
    ])
    let write = try CLI.run(["--write-baseline", "ci/heaplint-baseline.json"], in: dir)
    #expect(write.status == 0, "\(write.stderr)")
    let stored = try String(contentsOf: dir.appendingPathComponent("ci/heaplint-baseline.json"), encoding: .utf8)
    #expect(stored.contains("\"../src/a.js\""), "\(stored)")
    #expect(try CLI.run([], in: dir).status == 0, "the configured baseline applies without --baseline")
    let fromSrc = try CLI.run(["a.js"], in: dir.appendingPathComponent("src"))
    #expect(fromSrc.status == 0, "\(fromSrc.stdout)\(fromSrc.stderr)")
    try Data("heap.identify('guest');\nheap.identify('admin');\n".utf8).write(to: dir.appendingPathComponent("src/a.js"))
    let newOne = try CLI.run(["--format", "compact", "a.js"], in: dir.appendingPathComponent("src"))
    #expect(compactFindings(newOne.stdout) == ["a.js:2 hardcoded-identity"], "\(newOne.stdout)")
    try FileManager.default.removeItem(at: dir.appendingPathComponent("ci/heaplint-baseline.json"))
    let missing = try CLI.run([], in: dir)
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("named by 'baseline' in .heaplint.yml"), "\(missing.stderr)")
  }

  @Test("parse-error and the directive findings take a configured severity")
  func engineSeverities() throws {
    let broken = "heap.identify(u.id);\nlet = ;\n"
    let asError = try CLI.tree([".heaplint.yml": "rules:\n  parse-error: error\n", "a.js": broken])
    let out = try CLI.run(["--format", "compact"], in: asError)
    #expect(out.status == 1)
    #expect(out.stdout.contains("error:") && out.stdout.contains("[parse-error]"), "\(out.stdout)")
    let off = try CLI.tree([".heaplint.yml": "rules:\n  parse-error: off\n", "a.js": broken])
    #expect(try CLI.run(["--format", "compact"], in: off).stdout.isEmpty)
    let fixed = try CLI.tree([".heaplint.yml": "rules:\n  read-error: off\n"])
    let refused = try CLI.run([], in: fixed)
    #expect(refused.status == 2)
    #expect(refused.stderr.contains(".heaplint.yml:2:3: 'read-error' cannot be configured"), "\(refused.stderr)")
  }

  @Test("a suppressed finding does not feed another rule: the README's example is silent")
  func suppressedFindingIsReviewed() throws {
    let dir = try CLI.tree([
      "a.js": """
        heap.load('1234567890');
        // heaplint-disable-next-line hardcoded-identity -- kiosk build: one shared user on purpose
        heap.identify('front-desk');
        heap.identify('demo'); // heaplint-disable-line hardcoded-identity

        """,
    ])
    let out = try CLI.run(["--format", "compact"], in: dir)
    #expect(out.stdout.isEmpty, "\(out.stdout)")
    #expect(out.status == 0)
    let unsuppressed = try CLI.tree(["a.js": "heap.load('1234567890');\nheap.identify(user.email);\nheap.identify(user.id);\n"])
    #expect(compactFindings(try CLI.run(["--format", "compact"], in: unsuppressed).stdout) == ["a.js:3 conflicting-identities"])
  }
}

@Suite("Partial runs read what a full run reads")
struct PartialRunBoundaryTests {
  @Test("a module that a full run would not read (ignored, vendored, outside the project) does not count in a partial run either")
  func sameFilesAsAFullRun() throws {
    let outside = try CLI.tree(["track.js": "export function identifyUser(id) {\n  heap.identify(id);\n}\n"])
    let dir = try gitTree([
      ".gitignore": "generated/\n",
      "generated/track.js": "export function identifyUser(id) {\n  heap.identify(id);\n}\n",
      "node_modules/lib/track.js": "export function vendorIdentify(id) {\n  heap.identify(id);\n}\n",
      "src/a.js": "import { identifyUser } from '../generated/track';\nidentifyUser('guest');\n",
      "src/b.js": "import { vendorIdentify } from '../node_modules/lib/track';\nvendorIdentify('guest');\n",
      "src/c.js": "import { identifyUser } from '../../\(outside.lastPathComponent)/track';\nidentifyUser('guest');\n",
    ])
    let full = try CLI.run(["--format", "compact"], in: dir)
    #expect(compactFindings(full.stdout) == [], "\(full.stdout)")
    for file in ["src/a.js", "src/b.js", "src/c.js"] {
      let one = try CLI.run(["--format", "compact", file], in: dir)
      #expect(compactFindings(one.stdout) == [], "\(file): \(one.stdout)")
    }
    // Named together with the module, it counts, as in a full run of both.
    let both = try CLI.run(["--format", "compact", "src/a.js", "generated/track.js"], in: dir)
    #expect(compactFindings(both.stdout) == ["src/a.js:2 blocklisted-identity"], "\(both.stdout)\(both.stderr)")
  }
}

@Suite("print-config")
struct PrintConfigTests {
  @Test("print-config shows the baseline, the engine findings' severities, and why a file is not linted")
  func showsEverything() throws {
    let dir = try CLI.tree([
      ".heaplint.yml": "baseline: ci/base.json\nexclude: [\"gen/\"]\nrules:\n  parse-error: error\n", "gen/a.js": "heap.identify(u.id);\n",
    ])
    let out = try CLI.run(["print-config", "gen/a.js"], in: dir)
    #expect(out.status == 0, "\(out.stderr)")
    #expect(out.stdout.contains("# gen/a.js is linted: no (ignored because of 'gen/' in exclude in .heaplint.yml)"), "\(out.stdout)")
    #expect(out.stdout.contains("\n  parse-error: error\n"))
    #expect(out.stdout.contains("\n  unused-directive: warning\n"))
    #expect(out.stdout.contains("\nbaseline: \"ci/base.json\"\n"))
  }
}
