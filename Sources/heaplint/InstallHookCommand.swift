import ArgumentParser
import Foundation

/// `heaplint install-hook`: a plain git pre-commit hook for teams without the pre-commit framework.
struct InstallHookCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "install-hook",
    abstract: "Install a git pre-commit hook that lints the staged content of staged files."
  )

  @Flag(name: .customLong("force"), help: "Replace an existing pre-commit hook.")
  var force = false

  @Flag(name: .customLong("uninstall"), help: "Remove the hook installed by heaplint.")
  var uninstall = false

  /// Identifies hooks written by this command, so only those are ever removed.
  static let marker = "# installed by heaplint install-hook"

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
      print("removed \(hook)")
      return
    }

    if let existing, !force, !existing.contains(Self.marker) {
      Terminal.error("\(hook) already exists; pass --force to replace it")
      throw ExitCode(2)
    }
    let binary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
    let script = """
      #!/bin/sh
      \(Self.marker)
      # Lints what is about to be committed (the staged content), not the working tree.
      if command -v heaplint >/dev/null 2>&1; then
        exec heaplint --staged
      fi
      exec '\(binary.replacingOccurrences(of: "'", with: "'\\''"))' --staged

      """
    try fm.createDirectory(atPath: hooksDirectory, withIntermediateDirectories: true)
    try Data(script.utf8).write(to: URL(fileURLWithPath: hook))
    guard chmod(hook, 0o755) == 0 else {
      Terminal.error("cannot make \(hook) executable")
      throw ExitCode(2)
    }
    print("installed \(hook)")
  }
}
