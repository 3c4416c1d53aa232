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
  /// Enter symbolically linked directories (each real directory once, so loops end).
  var followSymlinks = false
  /// Threads that walk the subdirectories of a named directory side by side.
  var threads = 1

  init(workingDirectory: String, baseDirectory: String? = nil, configuration: Configuration = .defaults, followSymlinks: Bool = false) {
    self.workingDirectory = workingDirectory
    self.baseDirectory = baseDirectory ?? workingDirectory
    self.configuration = configuration
    self.followSymlinks = followSymlinks
  }

  struct Found {
    var targets: [LintTarget] = []
    /// Each target's device and inode when the walk knew them (parallel to `targets`).
    var targetIDs: [FileID?] = []
    /// Errors: exit status 2 (a named path that does not exist).
    var problems: [String] = []
    /// Notes that do not change the exit status (a broken link, a FIFO that was skipped).
    var warnings: [String] = []
    /// Directories that could not be read (display path, reason): nothing under them was
    /// linted, so each is a `read-error` finding and the run cannot pass.
    var unreadableDirectories: [(path: String, reason: String)] = []
    /// Device and inode of every file and directory taken, so links to them count once.
    var seenFiles = Set<FileID>()
    var seenDirectories = Set<FileID>()

    /// Takes in what a walk of one subdirectory found, as if the walk had gone on here: a file
    /// seen already (by inode, or by the path shown) is not taken twice.
    mutating func absorb(_ part: Found, seen: inout Set<String>) {
      for (k, target) in part.targets.enumerated() {
        if let id = part.targetIDs[k], !seenFiles.insert(id).inserted { continue }
        guard seen.insert(target.displayPath).inserted else { continue }
        targets.append(target)
        targetIDs.append(part.targetIDs[k])
      }
      problems += part.problems
      warnings += part.warnings
      unreadableDirectories += part.unreadableDirectories
      seenDirectories.formUnion(part.seenDirectories)
    }
  }

  struct FileID: Hashable {
    var device: UInt64
    var inode: UInt64
  }

  /// A directory entry: its name as bytes (file names need not be UTF-8) and what it is.
  struct Entry {
    enum Kind { case file, directory, linkToDirectory, other, broken }
    var name: [UInt8]
    var kind: Kind
    var id: FileID?
    /// Listed as a regular file or a directory by the directory itself (not a link, not an
    /// unknown type): its standardised path is its directory's and its name.
    var plain = false
    /// A regular file's size, from the stat made while listing.
    var size: Int?
    /// Whether the walk takes the file (`takes`), when the listing asked already.
    var taken: Bool?
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
      var st = stat()
      guard stat(path, &st) == 0 else {
        var lst = stat()
        if lstat(path, &lst) == 0 {
          found.warnings.append("broken symbolic link \(Terminal.sanitize(path)) (skipped)")
        } else {
          found.problems.append("no such file or directory: \(Terminal.sanitize(path))")
        }
        continue
      }
      let id = FileID(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
      switch st.st_mode & S_IFMT {
      case S_IFDIR:
        found.seenDirectories.insert(id)
        walk(
          Array(path.utf8), relative: relativeToBase(path), stack: stackFor(directory: path, root: root), include: include, into: &found,
          seen: &seen, fanOut: threads > 1 && !followSymlinks)
      case S_IFREG:
        // Named explicitly: linted whatever its extension, unless the project excludes it.
        if let reason = exclusionReason(path, root: root, include: include) {
          found.warnings.append("\(Terminal.sanitize(path)): \(reason)")
          continue
        }
        guard found.seenFiles.insert(id).inserted else { continue }
        add(path, id: id, into: &found, seen: &seen)
      default:
        found.warnings.append("\(Terminal.sanitize(path)) is not a regular file (skipped)")
      }
    }
    return found
  }

  /// Why a file named explicitly (on the command line, as `--stdin-filename`, or staged) is not
  /// linted, as ESLint says it: nil when it is linted. Files outside the configuration's
  /// directory are never excluded by it.
  func exclusionReason(_ path: String) -> String? {
    exclusionReason(path, root: rootStack(), include: configuration.includeMatcher)
  }

  private func exclusionReason(_ path: String, root: IgnoreStack, include: IgnoreMatcher?) -> String? {
    guard let relative = relativeToBase(path), !relative.isEmpty else { return nil }
    if let (pattern, source) = root.ignoringPattern(relative, isDirectory: false) {
      return "ignored because of '\(Terminal.sanitize(pattern))' in \(source) (not linted)"
    }
    if let include, include.decisionIncludingParents(for: relative, isDirectory: false) != true {
      return "ignored because it matches no pattern of include in \(displayPath(configuration.path ?? ConfigurationLoader.fileName)) (not linted)"
    }
    return nil
  }

  /// The project file at `candidate` (a path an import resolves to), for the project picture of a
  /// partial run: a file that a full run of the project under `root` would lint. Not one outside
  /// `root`, in a directory the walk skips (`node_modules`, ...), minified, ignored by a
  /// `.gitignore` or `.heaplintignore`, or excluded by the configuration.
  func locate(_ candidate: String, within root: String) -> LintTarget? {
    var st = stat()
    guard isLintable(candidate), !candidate.lowercased().hasSuffix(".min.js"), stat(candidate, &st) == 0, st.st_mode & S_IFMT == S_IFREG
    else { return nil }
    // Real paths on both sides: the root may come from git, which resolves symbolic links.
    guard let path = Self.realPath(candidate), path.hasPrefix(root.hasSuffix("/") ? root : root + "/") else { return nil }
    let inside = path.dropFirst(root.count).split(separator: "/").dropLast()
    guard !inside.contains(where: { Self.skippedDirectories.contains(String($0)) }) else { return nil }
    guard exclusionReason(candidate) == nil else { return nil }
    if let relative = relativeToBase(candidate), !relative.isEmpty {
      let stack = stackFor(directory: (candidate as NSString).deletingLastPathComponent, root: rootStack())
      if stack.isIgnoredIncludingParents(relative, isDirectory: false) { return nil }
    }
    return LintTarget(path: candidate, displayPath: candidate)
  }

  /// The path with every symbolic link resolved (realpath), nil when it does not exist.
  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// `.heaplintignore` and the configuration's `exclude`, which override every `.gitignore`.
  private func rootStack() -> IgnoreStack {
    var stack = IgnoreStack()
    if let text = try? String(contentsOfFile: baseDirectory + "/.heaplintignore", encoding: .utf8) {
      stack = stack.addingOverride(patterns: text.components(separatedBy: "\n"), source: ".heaplintignore")
    }
    if !configuration.exclude.isEmpty {
      stack = stack.addingOverride(patterns: configuration.exclude, source: "exclude in \(displayPath(configuration.path ?? ConfigurationLoader.fileName))")
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

  private static let gitignoreName = Array(".gitignore".utf8)

  private func addGitignore(of directory: String, relative: String, to stack: IgnoreStack) -> IgnoreStack {
    guard let text = try? String(contentsOfFile: directory + "/.gitignore", encoding: .utf8) else { return stack }
    return stack.adding(directory: relative, gitignoreText: text)
  }

  /// Walks a directory with readdir (file types from the directory entries, no stat per file
  /// where the file system provides them), in name order so output never depends on the disk.
  /// Paths are bytes all the way down, so names that are not UTF-8 still open.
  private func walk(
    _ directory: [UInt8], relative directoryRelative: String?, stack: IgnoreStack, include: IgnoreMatcher?, into found: inout Found,
    seen: inout Set<String>, standardized known: String? = nil, fanOut: Bool = false, readsGitignore: Bool = false
  ) {
    // Sizes only for what will be linted, and only when the engine orders its work by size.
    let taking: (([UInt8]) -> Bool)? = threads > 1 ? { takes(String(decoding: $0, as: UTF8.self)) } : nil
    guard let entries = Self.entries(of: directory, taking: taking) else {
      let reason = String(cString: strerror(errno))
      let path = String(decoding: directory, as: UTF8.self)
      found.unreadableDirectories.append((Self.isPlainRelative(path) ? path : displayPath(path), reason))
      return
    }
    // The directory's own `.gitignore`, when the listing shows one (a named directory's was read
    // with its parents'): looking in the listing saves a failed open in every directory.
    var stack = stack
    if readsGitignore, let directoryRelative, entries.contains(where: { $0.name == Self.gitignoreName }) {
      stack = addGitignore(of: String(decoding: directory, as: UTF8.self), relative: directoryRelative, to: stack)
    }
    // The directory's standardised absolute path, made once for all its files: standardising
    // resolves symbolic links component by component (a readlink each), which cost more than
    // reading the files when done for every file of a tree named by an absolute path.
    var standardizedDirectory = known
    // Whether the paths of this directory's entries are already the paths to show: an entry's
    // name is never empty, `.`, `..` or holds a slash, so `directory/name` is plain exactly when
    // the directory is (asked once here, not for each of its files).
    let entriesPlain = directory == [0x2E] || Self.isPlainRelative(String(decoding: directory, as: UTF8.self))
    // With `fanOut` (a named directory, several threads, links not followed), the
    // subdirectories are walked side by side first, each into its own part, and each part is
    // taken in below where its directory comes in name order: the result is the serial walk's.
    var parts: [Found?] = []
    if fanOut {
      let directories = entries.indices.filter { entries[$0].kind == .directory }
      if directories.count > 1 {
        // Standardised once here, not once per part, when the walk shows absolute paths.
        if standardizedDirectory == nil, !entriesPlain { standardizedDirectory = absolute(String(decoding: directory, as: UTF8.self)) }
        let slots = ResultSlots<Found>(count: entries.count)
        let next = Counter()
        let shared = UncheckedSendable((self, directory, directoryRelative, stack, include, found.seenDirectories, standardizedDirectory, entriesPlain))
        DispatchQueue.concurrentPerform(iterations: min(threads, directories.count)) { _ in
          let (discovery, directory, directoryRelative, stack, include, seenDirectories, known, entriesPlain) = shared.value
          while let k = next.take(below: directories.count) {
            let i = directories[k]
            var part = Found()
            part.seenDirectories = seenDirectories
            var partSeen = Set<String>()
            var standardized = known
            discovery.take(
              entries[i], in: directory, entriesPlain: entriesPlain, relative: directoryRelative, stack: stack, include: include, into: &part,
              seen: &partSeen, standardizedDirectory: &standardized)
            slots.set(i, part)
          }
        }
        parts = slots.values
      }
    }
    for (index, entry) in entries.enumerated() {
      if index < parts.count, let part = parts[index] {
        found.absorb(part, seen: &seen)
        continue
      }
      take(
        entry, in: directory, entriesPlain: entriesPlain, relative: directoryRelative, stack: stack, include: include, into: &found, seen: &seen,
        standardizedDirectory: &standardizedDirectory)
    }
  }

  /// One entry of a directory being walked: a file to lint, a directory to walk, or a note.
  /// `entriesPlain`: the directory's entries' paths are plain relative paths (`isPlainRelative`).
  private func take(
    _ entry: Entry, in directory: [UInt8], entriesPlain: Bool, relative directoryRelative: String?, stack: IgnoreStack,
    include: IgnoreMatcher?,
    into found: inout Found, seen: inout Set<String>, standardizedDirectory: inout String?
  ) {
    let pathBytes = directory == [0x2E] ? entry.name : (directory.last == 0x2F ? directory + entry.name : directory + [0x2F] + entry.name)
    let name = String(decoding: entry.name, as: UTF8.self)
    let relative = directoryRelative.map { $0.isEmpty ? name : $0 + "/" + name }
    switch entry.kind {
    case .directory, .linkToDirectory:
      if entry.kind == .linkToDirectory && !followSymlinks { return }
      if Self.skippedDirectories.contains(name) { return }
      if let id = entry.id, !found.seenDirectories.insert(id).inserted { return }  // a loop, or seen through another link
      if let relative, stack.isIgnored(relative, isDirectory: true) { return }
      // A plain subdirectory's standardised path follows from this one's, made here (once)
      // when the walk shows absolute paths: a chain of directories without files of their
      // own would otherwise standardise each of its members anew.
      if entry.plain, standardizedDirectory == nil, !entriesPlain {
        standardizedDirectory = absolute(String(decoding: directory, as: UTF8.self))
      }
      let below = entry.plain ? standardizedDirectory.map { $0.hasSuffix("/") ? $0 + name : $0 + "/" + name } : nil
      walk(pathBytes, relative: relative, stack: stack, include: include, into: &found, seen: &seen, standardized: below, readsGitignore: true)
    case .file:
      guard entry.taken ?? takes(name) else { return }
      if let relative {
        if stack.isIgnored(relative, isDirectory: false) { return }
        if let include, include.decisionIncludingParents(for: relative, isDirectory: false) != true { return }
      }
      if let id = entry.id, !found.seenFiles.insert(id).inserted { return }
      if let path = String(validating: pathBytes, as: UTF8.self) {
        if entry.plain && !entriesPlain {
          if standardizedDirectory == nil { standardizedDirectory = absolute(String(decoding: directory, as: UTF8.self)) }
          let base = standardizedDirectory!
          add(path, id: entry.id, size: entry.size, shownAs: display(ofStandardized: base.hasSuffix("/") ? base + name : base + "/" + name), into: &found, seen: &seen)
        } else {
          add(path, id: entry.id, size: entry.size, shownAs: entriesPlain ? path : nil, into: &found, seen: &seen)
        }
      } else {
        // Not UTF-8: opened by its bytes, shown escaped.
        let display = Self.display(pathBytes)
        add(display, id: entry.id, rawPath: pathBytes, shownAs: display, into: &found, seen: &seen)
      }
    case .broken:
      found.warnings.append("broken symbolic link \(Self.display(pathBytes)) (skipped)")
    case .other:
      return  // FIFOs, sockets, devices: never opened
    }
  }

  /// A path for messages: valid UTF-8 as it is, other bytes as `\xNN`, control characters escaped.
  static func display(_ bytes: [UInt8]) -> String {
    if let s = String(validating: bytes, as: UTF8.self) { return Terminal.sanitize(s) }
    var out = ""
    var i = 0
    while i < bytes.count {
      // Decode the longest valid prefix scalar by scalar; escape bytes that start no scalar.
      var decoded = false
      for length in 1...4 where i + length <= bytes.count {
        if let s = String(validating: bytes[i..<i + length], as: UTF8.self), s.unicodeScalars.count == 1 {
          out += Terminal.sanitize(s)
          i += length
          decoded = true
          break
        }
      }
      if !decoded {
        out += "\\x" + String(bytes[i], radix: 16, uppercase: true).leftPadded(to: 2)
        i += 1
      }
    }
    return out
  }

  /// The entries of a directory, sorted by name bytes; nil when it cannot be read.
  /// `taking` says which regular files the walk takes: their sizes are stat'ed while the
  /// directory is open, and the answer is kept (`Entry.taken`).
  static func entries(of directory: [UInt8], taking: (([UInt8]) -> Bool)? = nil) -> [Entry]? {
    let cDirectory = (directory + [0]).map { CChar(bitPattern: $0) }
    guard let dir = cDirectory.withUnsafeBufferPointer({ opendir($0.baseAddress!) }) else { return nil }
    defer { closedir(dir) }
    var directoryStat = stat()
    let device: UInt64? = fstat(dirfd(dir), &directoryStat) == 0 ? UInt64(directoryStat.st_dev) : nil
    var out: [Entry] = []
    // readdir returns nil both at the end and on an error (some directories open but refuse
    // to be listed): errno tells them apart.
    while true {
      errno = 0
      guard let entry = readdir(dir) else {
        if errno != 0 { return nil }
        break
      }
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
      if name == [0x2E] || name == [0x2E, 0x2E] { continue }
      let type = entry.pointee.d_type
      if type == UInt8(DT_DIR) || type == UInt8(DT_REG) {
        // The inode from readdir; the device is the directory's own (a mount point's entry
        // has the inode of the directory below the mount, which is harmless here).
        let id = device.map { FileID(device: $0, inode: UInt64(entry.pointee.d_ino)) }
        var size: Int?
        let taken = type == UInt8(DT_REG) ? taking?(name) : nil
        if taken == true {
          // The size, stat'ed by name within the open directory (a short path walk): the engine
          // orders its work by size and would otherwise stat the whole path again.
          var st = stat()
          if fstatat(dirfd(dir), name.map { CChar(bitPattern: $0) } + [0], &st, AT_SYMLINK_NOFOLLOW) == 0, st.st_mode & S_IFMT == S_IFREG {
            size = Int(st.st_size)
          }
        }
        out.append(Entry(name: name, kind: type == UInt8(DT_DIR) ? .directory : .file, id: id, plain: true, size: size, taken: taken))
        continue
      }
      guard type == UInt8(DT_LNK) || type == UInt8(DT_UNKNOWN) else {
        out.append(Entry(name: name, kind: .other, id: nil))
        continue
      }
      let full = (directory + [0x2F] + name + [0]).map { CChar(bitPattern: $0) }
      var st = stat()
      let ok = full.withUnsafeBufferPointer { stat($0.baseAddress!, &st) } == 0
      guard ok else {
        out.append(Entry(name: name, kind: type == UInt8(DT_LNK) ? .broken : .other, id: nil))
        continue
      }
      let id = FileID(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
      switch st.st_mode & S_IFMT {
      case S_IFDIR: out.append(Entry(name: name, kind: type == UInt8(DT_LNK) ? .linkToDirectory : .directory, id: id))
      case S_IFREG:
        let taken = taking?(name)
        out.append(Entry(name: name, kind: .file, id: id, size: taken == true ? Int(st.st_size) : nil, taken: taken))
      default: out.append(Entry(name: name, kind: .other, id: nil))
      }
    }
    return out.sorted { a, b in a.name.withUnsafeBufferPointer { x in b.name.withUnsafeBufferPointer { y in bytesPrecede(x, y) } } }
  }

  /// True for a file name a directory walk lints: a kind heaplint reads, not minified.
  private func takes(_ name: String) -> Bool {
    isLintable(name) && !name.lowercased().hasSuffix(".min.js")
  }

  /// True for the file names a directory walk (or `--staged`) picks up.
  func isLintable(_ path: String) -> Bool {
    FileKind.forPath(path, templateExtensions: templateExtensions) != nil
  }

  private func add(
    _ path: String, id: FileID?, rawPath: [UInt8]? = nil, size: Int? = nil, shownAs shown: String? = nil, into found: inout Found,
    seen: inout Set<String>
  ) {
    let display = shown ?? (Self.isPlainRelative(path) ? path : displayPath(path))
    guard seen.insert(display).inserted else { return }
    found.targets.append(LintTarget(path: path, displayPath: display, rawPath: rawPath, knownSize: size))
    found.targetIDs.append(id)
  }

  /// The absolute, standardised form of a path given relative to the working directory.
  func absolute(_ path: String) -> String {
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
    display(ofStandardized: absolute(path))
  }

  /// The path to show for a standardised absolute path: relative to the working directory when
  /// inside it.
  private func display(ofStandardized standardized: String) -> String {
    let base = workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/"
    if standardized.hasPrefix(base) { return String(standardized.dropFirst(base.count)) }
    return standardized
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}

/// Path arithmetic on absolute, standardised paths.
enum Paths {
  /// `path` relative to `directory` (with `..` where it lies outside): `/a/b/c.js` from `/a/d`
  /// is `../b/c.js`.
  static func relative(_ path: String, to directory: String) -> String {
    let p = path.split(separator: "/")
    let d = directory.split(separator: "/")
    var common = 0
    while common < p.count, common < d.count, p[common] == d[common] { common += 1 }
    let up = Array(repeating: "..", count: d.count - common)
    return (up + p[common...].map(String.init)).joined(separator: "/")
  }
}
