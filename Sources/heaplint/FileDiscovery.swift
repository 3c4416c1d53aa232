import Foundation
import HeapLintCore

/// Turns the paths given on the command line into the files to lint.
struct FileDiscovery {
  /// Directories never entered.
  static let skippedDirectories: Set<String> = [".git", "node_modules"]

  let workingDirectory: String

  struct Found {
    var targets: [LintTarget] = []
    var problems: [String] = []
  }

  func collect(_ paths: [String]) -> Found {
    var found = Found()
    var seen = Set<String>()
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        found.problems.append("no such file or directory: \(Terminal.sanitize(path))")
        continue
      }
      if isDirectory.boolValue {
        walk(path, into: &found, seen: &seen)
      } else {
        // A file named explicitly is linted whatever its extension.
        add(path, into: &found, seen: &seen)
      }
    }
    return found
  }

  private func walk(_ directory: String, into found: inout Found, seen: inout Set<String>) {
    let fm = FileManager.default
    guard let entries = try? fm.contentsOfDirectory(atPath: directory) else {
      found.problems.append("cannot read directory \(Terminal.sanitize(directory))")
      return
    }
    for name in entries.sorted() {
      let path = directory == "." ? name : (directory.hasSuffix("/") ? directory + name : directory + "/" + name)
      var isDirectory: ObjCBool = false
      guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
      if isDirectory.boolValue {
        if Self.skippedDirectories.contains(name) { continue }
        walk(path, into: &found, seen: &seen)
      } else if Self.isLintable(name) {
        add(path, into: &found, seen: &seen)
      }
    }
  }

  /// True for the file names a directory walk (or `--staged`) picks up.
  static func isLintable(_ path: String) -> Bool {
    FileKind.forPath(path) != nil
  }

  private func add(_ path: String, into found: inout Found, seen: inout Set<String>) {
    let display = displayPath(path)
    guard seen.insert(display).inserted else { return }
    found.targets.append(LintTarget(path: path, displayPath: display))
  }

  /// The path relative to the working directory when it lies inside it, without `./`.
  func displayPath(_ path: String) -> String {
    let absolute = path.hasPrefix("/") ? path : workingDirectory + "/" + path
    let standardized = (absolute as NSString).standardizingPath
    let base = workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/"
    if standardized.hasPrefix(base) { return String(standardized.dropFirst(base.count)) }
    return standardized
  }
}
