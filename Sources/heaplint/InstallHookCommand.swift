import ArgumentParser
import Foundation

/// `heaplint install-hook`: a plain git pre-commit hook for teams without the pre-commit framework.
struct InstallHookCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "install-hook",
    abstract: "Install a git pre-commit hook that lints the staged content of staged files."
  )

  @Flag(name: .customLong("force"), help: "Install over an existing pre-commit hook, keeping it as pre-commit.legacy and running it first.")
  var force = false

  @Flag(name: .customLong("uninstall"), help: "Remove the hook installed by heaplint (and put back the hook it kept).")
  var uninstall = false

  @Option(name: .customLong("baseline"), help: "A baseline file the hook filters by (relative to the repository's top level).")
  var baseline: String?

  /// Identifies hooks written by this command, so only those are ever removed.
  static let marker = "# installed by heaplint install-hook"

  /// `'text'` for the shell.
  static func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

  /// The hook: runs a kept hook first, then `heaplint --staged`; explains a refusal, and lets
  /// the commit through with a message when heaplint is gone (rather than failing every commit).
  static func script(binary: String, arguments: [String]) -> String {
    let args = arguments.map(quoted).joined(separator: " ")
    return """
      #!/bin/sh
      \(marker)
      # Lints what is about to be committed (the staged content), not the working tree.
      legacy="$(dirname "$0")/pre-commit.legacy"
      if [ -x "$legacy" ]; then
        "$legacy" "$@" || exit $?
      fi
      heaplint=\(quoted(binary))
      if [ ! -x "$heaplint" ]; then
        if command -v heaplint >/dev/null 2>&1; then
          heaplint=heaplint
        else
          echo "heaplint hook: $heaplint is gone and there is no heaplint on PATH, so this commit was NOT checked." >&2
          echo "heaplint hook: install heaplint again and run 'heaplint install-hook', or remove the hook with 'heaplint install-hook --uninstall'." >&2
          exit 0
        fi
      fi
      "$heaplint" --staged \(args)
      status=$?
      if [ "$status" -eq 1 ]; then
        echo "" >&2
        echo "heaplint refused this commit (findings above). Fix them; or, where a finding is intended," >&2
        echo "suppress it with a reason on the line before:  // heaplint-disable-next-line RULE -- why" >&2
        echo "To commit once without any hook: git commit --no-verify" >&2
      fi
      exit "$status"

      """
  }

  func run() throws {
    let hooksDirectory: String
    switch Git.run(["rev-parse", "--git-path", "hooks"]) {
    case .success(let bytes):
      hooksDirectory = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    case .failure(let f):
      Terminal.error("install-hook: not in a git repository (\(f.message))")
      throw ExitCode(2)
    }
    let hook = (hooksDirectory as NSString).appendingPathComponent("pre-commit")
    let legacy = hook + ".legacy"
    let fm = FileManager.default
    let existing = fm.contents(atPath: hook).map { String(decoding: $0, as: UTF8.self) }

    if uninstall {
      guard let existing else {
        print("no pre-commit hook to remove")
        return
      }
      guard existing.contains(Self.marker) else {
        Terminal.error("\(hook) was not installed by heaplint; leaving it alone")
        throw ExitCode(2)
      }
      try fm.removeItem(atPath: hook)
      if fm.fileExists(atPath: legacy) {
        try fm.moveItem(atPath: legacy, toPath: hook)
        print("removed heaplint's hook; \(hook) is the hook it had kept again")
      } else {
        print("removed \(hook)")
      }
      return
    }

    var kept = false
    if let existing, !existing.contains(Self.marker) {
      guard force else {
        Terminal.error("\(hook) already exists; pass --force to install heaplint's hook anyway (yours is kept as pre-commit.legacy and runs first)")
        throw ExitCode(2)
      }
      guard !fm.fileExists(atPath: legacy) else {
        Terminal.error("\(legacy) already exists too; move one of the two hooks away first")
        throw ExitCode(2)
      }
      try fm.moveItem(atPath: hook, toPath: legacy)
      kept = true
    }
    var arguments: [String] = []
    if let baseline {
      // Git runs the hook at the top level: the baseline is named relative to it; a baseline named from elsewhere is turned into that form.
      guard case .success(let topBytes) = Git.run(["rev-parse", "--show-toplevel"]) else {
        Terminal.error("install-hook: cannot find the repository's top level")
        throw ExitCode(2)
      }
      let top = String(decoding: topBytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
      let absolute = baseline.hasPrefix("/") ? baseline : FileManager.default.currentDirectoryPath + "/" + baseline
      let resolved = URL(fileURLWithPath: absolute).standardizedFileURL.path
      let realTop = URL(fileURLWithPath: top).resolvingSymlinksInPath().path
      let realBaseline = URL(fileURLWithPath: resolved).deletingLastPathComponent().resolvingSymlinksInPath().path + "/" + (resolved as NSString).lastPathComponent
      guard realBaseline.hasPrefix(realTop + "/") else {
        Terminal.error("install-hook: the baseline \(Terminal.sanitize(baseline)) is outside the repository")
        throw ExitCode(2)
      }
      if !fm.fileExists(atPath: resolved) {
        Terminal.error("warning: \(Terminal.sanitize(baseline)) does not exist yet; record it with heaplint --write-baseline \(Terminal.sanitize(baseline))")
      }
      arguments = ["--baseline", String(realBaseline.dropFirst(realTop.count + 1))]
    }
    let binary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
    try fm.createDirectory(atPath: hooksDirectory, withIntermediateDirectories: true)
    try Data(Self.script(binary: binary, arguments: arguments).utf8).write(to: URL(fileURLWithPath: hook))
    guard chmod(hook, 0o755) == 0 else {
      Terminal.error("cannot make \(hook) executable")
      throw ExitCode(2)
    }
    print("installed \(hook)" + (kept ? " (the hook that was there is kept as pre-commit.legacy and runs first)" : ""))
  }
}
