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
        walk(path, relative: relativeToBase(path), stack: stackFor(directory: path, root: root), include: include, into: &found, seen: &seen)
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

  /// Walks a directory with readdir (file types from the directory entries, no stat per file
  /// where the file system provides them), in name order so output never depends on the disk.
  private func walk(
    _ directory: String, relative directoryRelative: String?, stack: IgnoreStack, include: IgnoreMatcher?, into found: inout Found,
    seen: inout Set<String>
  ) {
    guard let entries = Self.entries(of: directory) else {
      found.problems.append("cannot read directory \(Terminal.sanitize(directory))")
      return
    }
    for (name, isDirectory) in entries {
      let path = directory == "." ? name : (directory.hasSuffix("/") ? directory + name : directory + "/" + name)
      let relative = directoryRelative.map { $0.isEmpty ? name : $0 + "/" + name }
      if isDirectory {
        if Self.skippedDirectories.contains(name) { continue }
        if let relative, stack.isIgnored(relative, isDirectory: true) { continue }
        let inner = relative.map { addGitignore(of: path, relative: $0, to: stack) } ?? stack
        walk(path, relative: relative, stack: inner, include: include, into: &found, seen: &seen)
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

  /// The entries of a directory, sorted by name, with whether each is a directory (following
  /// symbolic links); nil when it cannot be read.
  static func entries(of directory: String) -> [(String, Bool)]? {
    guard let dir = opendir(directory) else { return nil }
    defer { closedir(dir) }
    var out: [(String, Bool)] = []
    while let entry = readdir(dir) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name == "." || name == ".." { continue }
      let type = entry.pointee.d_type
      var isDirectory = type == UInt8(DT_DIR)
      if type == UInt8(DT_UNKNOWN) || type == UInt8(DT_LNK) {
        var st = stat()
        guard stat(directory + "/" + name, &st) == 0 else { continue }
        isDirectory = (st.st_mode & S_IFMT) == S_IFDIR
        guard isDirectory || (st.st_mode & S_IFMT) == S_IFREG else { continue }
      } else if type != UInt8(DT_REG) && !isDirectory {
        continue  // FIFOs, sockets, devices: never opened
      }
      out.append((name, isDirectory))
    }
    return out.sorted { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
  }

  /// True for the file names a directory walk (or `--staged`) picks up.
  func isLintable(_ path: String) -> Bool {
    FileKind.forPath(path, templateExtensions: templateExtensions) != nil
  }

  private func add(_ path: String, into found: inout Found, seen: inout Set<String>) {
    let display = Self.isPlainRelative(path) ? path : displayPath(path)
    guard seen.insert(display).inserted else { return }
    found.targets.append(LintTarget(path: path, displayPath: display))
  }

  private func absolute(_ path: String) -> String {
    let a = path.hasPrefix("/") ? path : workingDirectory + "/" + path
    return (a as NSString).standardizingPath
  }

  /// True for a relative path without `.`/`..` components or doubled slashes: already the
  /// path to show.
  static func isPlainRelative(_ path: String) -> Bool {
    var previous: UInt8 = 0x2F  // as if preceded by a slash
    var dots = 0
    for b in path.utf8 {
      if b == 0x2F {
        if previous == 0x2F || (dots > 0 && dots <= 2) { return false }
        dots = 0
      } else if b == 0x2E && (previous == 0x2F || dots > 0) {
        dots += 1
      } else {
        dots = -1
      }
      previous = b
    }
    if dots > 0 && dots <= 2 { return false }
    return !path.isEmpty && path.utf8.first != 0x2F
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
