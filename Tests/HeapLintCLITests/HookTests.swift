import Foundation
import HeapLintTestSupport
import Testing

@Suite("Git hooks")
struct HookTests {
  /// Runs a script of `scripts/` with bash.
  static func script(_ name: String, _ arguments: [String] = [], environment: [String: String] = [:]) throws -> CLI.Output {
    try CLI.run(
      [CLI.packageRoot.appendingPathComponent("scripts/\(name)").path] + arguments, environment: environment, tool: "bash", mergeStderr: true)
  }

  @Test(
    "both hooks of .pre-commit-hooks.yaml refuse bad commits and pass clean ones under the real pre-commit",
    .enabled(if: PreCommit.runs, "needs the pre-commit framework: pip install pre-commit (.ci/run installs it and requires this test)"))
  func preCommitFramework() throws {
    var environment = ["HEAPLINT": CLI.binary.path]
    if let executable = PreCommit.executable { environment["PRE_COMMIT"] = executable }
    let out = try Self.script("test-pre-commit.sh", environment: environment)
    #expect(out.status == 0, "\(out.stdout)")
    #expect(out.stdout.contains("pre-commit hook heaplint:"))
    #expect(out.stdout.contains("pre-commit hook heaplint-system:"))
  }
}

@Suite("heaplint install-hook")
struct InstallHookTests {
  static let bare = ["PATH": "/usr/bin:/bin"]

  @Test("--force keeps the existing hook as pre-commit.legacy, runs it first, and --uninstall puts it back")
  func chainsTheLegacyHook() throws {
    let dir = try gitTree(["README": "x\n"])
    let hook = dir.appendingPathComponent(".git/hooks/pre-commit")
    try FileManager.default.createDirectory(at: hook.deletingLastPathComponent(), withIntermediateDirectories: true)
    let mine = "#!/bin/sh\necho legacy-ran >> \"$(git rev-parse --show-toplevel)/legacy.log\"\ngrep -q block README && exit 3\nexit 0\n"
    try Data(mine.utf8).write(to: hook)
    chmod(hook.path, 0o755)
    #expect(try CLI.run(["install-hook"], in: dir).status == 2)
    let forced = try CLI.run(["install-hook", "--force"], in: dir)
    #expect(forced.status == 0, "\(forced.stderr)")
    #expect(forced.stdout.contains("pre-commit.legacy"))
    #expect(try String(contentsOf: dir.appendingPathComponent(".git/hooks/pre-commit.legacy"), encoding: .utf8) == mine)

    try Data("heap.identify(u.id);\n".utf8).write(to: dir.appendingPathComponent("a.js"))
    try git(dir, "add", "a.js")
    #expect(try git(dir, "commit", "-qm", "clean", environment: Self.bare).status == 0)
    #expect(try String(contentsOf: dir.appendingPathComponent("legacy.log"), encoding: .utf8) == "legacy-ran\n")
    // The kept hook still refuses what it refused.
    try Data("block\n".utf8).write(to: dir.appendingPathComponent("README"))
    try git(dir, "add", "README")
    #expect(try git(dir, "commit", "-qm", "blocked", environment: Self.bare).status != 0)

    let removed = try CLI.run(["install-hook", "--uninstall"], in: dir)
    #expect(removed.status == 0)
    #expect(try String(contentsOf: hook, encoding: .utf8) == mine)
    #expect(!FileManager.default.fileExists(atPath: hook.path + ".legacy"))
  }

  @Test("a refused commit says how to suppress with a reason and that --no-verify exists")
  func refusalExplains() throws {
    let dir = try gitTree(["README": "x\n"])
    #expect(try CLI.run(["install-hook"], in: dir).status == 0)
    try Data("heap.identify('guest');\n".utf8).write(to: dir.appendingPathComponent("a.js"))
    try git(dir, "add", "a.js")
    let refused = try git(dir, "commit", "-qm", "bad", environment: Self.bare)
    #expect(refused.status == 1)
    #expect(refused.stdout.contains("blocklisted-identity"))
    #expect(refused.stdout.contains("heaplint-disable-next-line RULE -- why"), "\(refused.stdout)")
    #expect(refused.stdout.contains("git commit --no-verify"))
  }

  @Test("when the heaplint the hook recorded is gone, the hook says so instead of failing with 127")
  func binaryGone() throws {
    let dir = try gitTree(["README": "x\n"])
    let copy = try CLI.tree([:]).appendingPathComponent("heaplint")
    try FileManager.default.copyItem(at: CLI.binary, to: copy)
    let p = Process()
    p.executableURL = copy
    p.arguments = ["install-hook"]
    p.currentDirectoryURL = dir
    p.standardOutput = FileHandle.nullDevice
    try p.run()
    p.waitUntilExit()
    #expect(p.terminationStatus == 0)
    try FileManager.default.removeItem(at: copy)
    try Data("heap.identify(u.id);\n".utf8).write(to: dir.appendingPathComponent("a.js"))
    try git(dir, "add", "a.js")
    let commit = try git(dir, "commit", "-qm", "unchecked", environment: Self.bare)
    #expect(commit.status == 0, "\(commit.stdout)")
    #expect(commit.stdout.contains("is gone and there is no heaplint on PATH, so this commit was NOT checked"), "\(commit.stdout)")
  }

  @Test("install-hook --baseline: the hook lets recorded findings through and refuses new ones")
  func baseline() throws {
    let dir = try gitTree(["legacy.js": "heap.identify('guest');\n"])
    try git(dir, "add", "-A")
    try git(dir, "commit", "-qm", "old code")
    #expect(try CLI.run(["--write-baseline", "ci/heaplint-baseline.json"], in: dir).status == 0)
    let installed = try CLI.run(["install-hook", "--baseline", "heaplint-baseline.json"], in: dir.appendingPathComponent("ci"))
    #expect(installed.status == 0, "\(installed.stderr)")
    try Data("// touched\nheap.identify('guest');\n".utf8).write(to: dir.appendingPathComponent("legacy.js"))
    try git(dir, "add", "legacy.js")
    let accepted = try git(dir, "commit", "-qm", "touch old code", environment: Self.bare)
    #expect(accepted.status == 0, "\(accepted.stdout)")
    try Data("heap.identify('admin');\n".utf8).write(to: dir.appendingPathComponent("new.js"))
    try git(dir, "add", "new.js")
    let refused = try git(dir, "commit", "-qm", "new mistake", environment: Self.bare)
    #expect(refused.status == 1)
    #expect(refused.stdout.contains("new.js") && refused.stdout.contains("hardcoded-identity"))
  }
}
