import Foundation
import HeapLintCore

/// Turns the paths given on the command line into the files to lint.
///
/// Directories are walked recursively. Skipped: `.git`, `node_modules`, `bower_components`,
/// minified files (`*.min.js`), what `.gitignore` files and `.heaplintignore` ignore, and the
/// configuration's `exclude`; with `include`, only matching files are linted. A file named on the
/// command line is linted even if it is minified or in `node_modules` ("included explicitly"),
/// but not when the configuration or an ignore file excludes it.
struct FileDiscovery {
  /// Directories never entered during a walk.
  static let skippedDirectories: Set<String> = [".git", "node_modules", "bower_components"]

  let workingDirectory: String
  var baseDirectory: String
  var configuration: Configuration = .defaults

  init(workingDirectory: String, baseDirectory: String? = nil, configuration: Configuration = .defaults) {
    self.workingDirectory = workingDirectory
    self.baseDirectory = baseDirectory ?? workingDirectory
    self.configuration = configuration
  }

  struct Found {
    var targets: [LintTarget] = []
    var problems: [String] = []
  }

  private var templateExtensions: [String: TemplateKind] {
    configuration.templates.compactMapValues { TemplateKind(rawValue: $0) }
  }

  func collect(_ paths: [String]) -> Found {
    var found = Found()
    var seen = Set<String>()
    let root = rootStack()
    let include = configuration.includeMatcher
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        found.problems.append("no such file or directory: \(Terminal.sanitize(path))")
        continue
      }
      if isDirectory.boolValue {
        walk(path, stack: stackFor(directory: path, root: root), include: include, into: &found, seen: &seen)
      } else {
        // Named explicitly: linted whatever its extension, unless the project excludes it.
        let relative = relativeToBase(path)
        if let relative, root.isIgnoredIncludingParents(relative, isDirectory: false) { continue }
        add(path, into: &found, seen: &seen)
      }
    }
    return found
  }

  /// `.heaplintignore` and the configuration's `exclude`, which override every `.gitignore`.
  private func rootStack() -> IgnoreStack {
    var stack = IgnoreStack()
    if let text = try? String(contentsOfFile: baseDirectory + "/.heaplintignore", encoding: .utf8) {
      stack = stack.addingOverride(patterns: text.components(separatedBy: "\n"), source: ".heaplintignore")
    }
    if !configuration.exclude.isEmpty {
      stack = stack.addingOverride(patterns: configuration.exclude, source: configuration.path ?? ".heaplint.yml")
    }
    return stack
  }

  /// The stack for a directory given on the command line: the `.gitignore` files of the base
  /// directory and of every directory between it and the one walked.
  private func stackFor(directory: String, root: IgnoreStack) -> IgnoreStack {
    var stack = root
    guard let relative = relativeToBase(directory) else { return stack }
    var current = ""
    stack = addGitignore(of: baseDirectory, relative: "", to: stack)
    for part in relative.split(separator: "/") {
      current = current.isEmpty ? String(part) : current + "/" + part
      stack = addGitignore(of: baseDirectory + "/" + current, relative: current, to: stack)
    }
    return stack
  }

  private func addGitignore(of directory: String, relative: String, to stack: IgnoreStack) -> IgnoreStack {
    guard let text = try? String(contentsOfFile: directory + "/.gitignore", encoding: .utf8) else { return stack }
    return stack.adding(directory: relative, gitignoreText: text)
  }

  private func walk(_ directory: String, stack: IgnoreStack, include: IgnoreMatcher?, into found: inout Found, seen: inout Set<String>) {
    let fm = FileManager.default
    guard let entries = try? fm.contentsOfDirectory(atPath: directory) else {
      found.problems.append("cannot read directory \(Terminal.sanitize(directory))")
      return
    }
    for name in entries.sorted() {
      let path = directory == "." ? name : (directory.hasSuffix("/") ? directory + name : directory + "/" + name)
      var isDirectory: ObjCBool = false
      guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
      let relative = relativeToBase(path)
      if isDirectory.boolValue {
        if Self.skippedDirectories.contains(name) { continue }
        if let relative, stack.isIgnored(relative, isDirectory: true) { continue }
        let inner = relative.map { addGitignore(of: path, relative: $0, to: stack) } ?? stack
        walk(path, stack: inner, include: include, into: &found, seen: &seen)
      } else {
        guard isLintable(name), !name.lowercased().hasSuffix(".min.js") else { continue }
        if let relative {
          if stack.isIgnored(relative, isDirectory: false) { continue }
          if let include, include.decisionIncludingParents(for: relative, isDirectory: false) != true { continue }
        }
        add(path, into: &found, seen: &seen)
      }
    }
  }

  /// True for the file names a directory walk (or `--staged`) picks up.
  func isLintable(_ path: String) -> Bool {
    FileKind.forPath(path, templateExtensions: templateExtensions) != nil
  }

  private func add(_ path: String, into found: inout Found, seen: inout Set<String>) {
    let display = displayPath(path)
    guard seen.insert(display).inserted else { return }
    found.targets.append(LintTarget(path: path, displayPath: display))
  }

  private func absolute(_ path: String) -> String {
    let a = path.hasPrefix("/") ? path : workingDirectory + "/" + path
    return (a as NSString).standardizingPath
  }

  /// The path relative to the configuration's directory, or nil when it lies outside it.
  func relativeToBase(_ path: String) -> String? {
    let a = absolute(path)
    let base = (baseDirectory as NSString).standardizingPath
    if a == base { return "" }
    let prefix = base.hasSuffix("/") ? base : base + "/"
    return a.hasPrefix(prefix) ? String(a.dropFirst(prefix.count)) : nil
  }

  /// The path relative to the working directory when it lies inside it, without `./`.
  func displayPath(_ path: String) -> String {
    let standardized = absolute(path)
    let base = workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/"
    if standardized.hasPrefix(base) { return String(standardized.dropFirst(base.count)) }
    return standardized
  }
}
