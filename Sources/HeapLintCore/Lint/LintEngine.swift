import Foundation
import Glibc
import JavaScriptSyntax

/// A file to lint: where to read it and how to name it in reports.
public struct LintTarget: Sendable, Hashable {
  /// The path used to open the file.
  public var path: String
  /// The path shown in reports (relative to the working directory when inside it; bytes that
  /// are not UTF-8 shown as `\xNN`).
  public var displayPath: String
  /// The exact bytes of the path when it is not valid UTF-8 (nil otherwise).
  public var rawPath: [UInt8]?
  /// The size of a regular file, when the directory walk that found it stat'ed it already (the
  /// engine then neither stats it to order the work nor before opening it).
  public var knownSize: Int?

  public init(path: String, displayPath: String, rawPath: [UInt8]? = nil, knownSize: Int? = nil) {
    self.path = path
    self.displayPath = displayPath
    self.rawPath = rawPath
    self.knownSize = knownSize
  }

  /// Calls `body` with the path to open as a C string: the raw bytes when they are not UTF-8.
  func withOpenPath<R>(_ body: (UnsafePointer<CChar>) -> R) -> R {
    guard let raw = rawPath else { return path.withCString(body) }
    return (raw + [0]).withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) } }
  }
}

/// A file that could not be read.
public struct ReadFailure: Sendable, Hashable {
  public var displayPath: String
  public var reason: String
}

/// Lints many files on several threads; results come back in a fixed order (by path) whatever
/// the scheduling was.
public struct LintEngine: Sendable {
  public var linter: Linter
  /// Worker threads; 0 means one per core.
  public var jobs: Int

  /// Deep but legal JavaScript recurses deeply in the parser; workers get room for it.
  static let workerStackSize = 64 << 20

  /// How a target's bytes are read: from disk by default; `--staged` reads git's index.
  public var read: @Sendable (LintTarget) -> FileReader.Outcome

  /// The size limit of the default reader; nil when the caller reads files its own way.
  private let diskSizeLimit: Int?

  public init(linter: Linter, jobs: Int = 0, sizeLimit: Int = FileReader.defaultSizeLimit, read: (@Sendable (LintTarget) -> FileReader.Outcome)? = nil) {
    self.linter = linter
    self.jobs = jobs
    self.read = read ?? Self.diskReader(sizeLimit: sizeLimit)
    self.diskSizeLimit = read == nil ? sizeLimit : nil
  }

  /// Reads targets from disk (the default reader).
  public static func diskReader(sizeLimit: Int = FileReader.defaultSizeLimit) -> @Sendable (LintTarget) -> FileReader.Outcome {
    { target in
      if let raw = target.rawPath { return FileReader.read(rawPath: raw, sizeLimit: sizeLimit) }
      return FileReader.read(target.path, sizeLimit: sizeLimit)
    }
  }

  /// The most files a partial run reads for the project picture besides the ones it reports on.
  public static let closureLimit = 5_000

  /// A partial run (named files, standard input, staged files): the files the targets import,
  /// directly or through other modules, are read too, so that wrappers, re-exports and return
  /// values defined elsewhere in the project count exactly as in a full run; findings are
  /// reported for the targets only. `locate` turns a candidate path (an import resolved against
  /// the importer's path, with an extension tried) into a file of the project, or nil when there
  /// is none or the project excludes it.
  public func run(_ targets: [LintTarget], importsFrom locate: (String) -> LintTarget?) -> (results: [FileResult], failures: [ReadFailure]) {
    let ahead = ParsesAhead()
    let targetPaths = Set(targets.map(\.displayPath))
    var closure = targets
    var seen = Set(targets.map(\.displayPath))
    var queue = targets
    while let target = queue.popLast(), closure.count - targets.count < Self.closureLimit {
      guard case .success(let bytes) = read(target) else { continue }
      // The targets' parses are kept for their analysis; the other files are only looked into.
      let keep = targetPaths.contains(target.displayPath) ? ahead : nil
      let imports = withLargeStack { linter.importedModules(path: target.displayPath, bytes: bytes, keeping: keep) }
      for base in imports {
        var located: LintTarget?
        for suffix in ProjectIndex.resolutionSuffixes where located == nil { located = locate(base + suffix) }
        guard let found = located else { continue }
        guard seen.insert(found.displayPath).inserted else { continue }
        closure.append(found)
        queue.append(found)
      }
    }
    if closure.count == targets.count { return run(targets, ahead: ahead) }
    return run(closure, reportingOn: seen.intersection(targets.map(\.displayPath)), ahead: ahead)
  }

  /// What a file can see of a project index: the modules it imports (as written) and the
  /// globals it refers to.
  struct Reach: Sendable {
    var sources: [String]
    var globals: Set<String>
  }

  private enum Outcome: Sendable {
    case success(FileResult)
    case failure(ReadFailure)
  }

  /// Lints every target. When files export Heap wrappers (or functions returning constant or
  /// random values), a second pass lints the files that can call them with that knowledge; a
  /// project without wrappers is read once.
  ///
  /// With `reportingOn`, only the targets whose display paths it holds are reported (and linted
  /// in the last pass); the others only inform the project index.
  public func run(_ targets: [LintTarget], reportingOn reported: Set<String>? = nil) -> (results: [FileResult], failures: [ReadFailure]) {
    run(targets, reportingOn: reported, ahead: nil)
  }

  private func run(_ targets: [LintTarget], reportingOn reported: Set<String>? = nil, ahead: ParsesAhead?) -> (results: [FileResult], failures: [ReadFailure]) {
    let targets = targets.sorted { utf8Precedes($0.displayPath, $1.displayPath) }
    let isReported: (Int) -> Bool = { reported?.contains(targets[$0].displayPath) ?? true }
    var (outcomes, builder, imported, sources) = pass(targets, linter: linter, project: nil, collect: true, ahead: ahead)
    // The project's own packages that the files a pass analyses (Heap code, or callers of a
    // wrapper) import by name.
    var workspace: WorkspacePackages?
    func packageImports(_ reaches: [Reach?]) -> [String] {
      let specifiers = reaches.flatMap { ($0?.sources ?? []).filter(Self.isPackageSpecifier) }
      guard !specifiers.isEmpty else { return [] }
      if workspace == nil { workspace = WorkspacePackages(targets) }
      builder.packages = workspace!.named(Set(specifiers.compactMap(WorkspacePackages.packageName)))
      return specifiers.flatMap { ProjectIndex.packageBases(of: $0, in: builder.packages) }
    }

    // Modules that Heap code imports are read even when they never mention heap, for what
    // their functions return (`getUserId()` ending in `return 'unknown_user'`) and re-export.
    // They are read whole, and stay whole in later passes (`Linter.wholeFiles`): a large file's
    // first reading left out the functions that never mention Heap (`ParseOptions.idleFunctions`),
    // and a function whose body was left out would read as returning nothing.
    let byPath = Dictionary(targets.enumerated().map { ($0.element.displayPath, $0.offset) }, uniquingKeysWith: { a, _ in a })
    var importsDone = Set<String>()
    var wholeFiles = Set<String>()
    func indexImports(_ bases: [String]) {
      var batch: [LintTarget] = []
      for base in bases where importsDone.insert(base).inserted {
        if let i = ProjectIndex.resolutionSuffixes.lazy.compactMap({ byPath[base + $0] }).first { batch.append(targets[i]) }
      }
      guard !batch.isEmpty else { return }
      wholeFiles.formUnion(batch.map(\.displayPath))
      var everything = linter
      everything.prefilter = nil
      everything.idleWords = nil
      let (_, more, _, _) = pass(batch, linter: everything, project: builder.build(), collect: true, everyModule: true)
      for (path, module) in more.modules where builder.modules[path]?.leftOutFunctions ?? true { builder.modules[path] = module }
    }
    indexImports(imported + packageImports(sources))

    // Pages that run a script file loading Heap but never mention Heap themselves
    // (`<script src="js/widget.js"></script><script src="js/heap-init.js"></script>`): read the
    // ones that name such a file, for the order of their scripts.
    let loaders = builder.loaderFileNames
    if !loaders.isEmpty {
      let pages = targets.indices.filter { i in
        outcomes[i].map { if case .success(let r) = $0 { return !r.analyzed } else { return false } } ?? true
          && FileKind.forPath(targets[i].displayPath) == .html
      }
      var pageLinter = linter
      pageLinter.prefilter = Prefilter(onlyNeedles: loaders)
      let (_, more, _, _) = pass(pages.map { targets[$0] }, linter: pageLinter, project: nil, collect: true)
      for (path, module) in more.modules where builder.modules[path] == nil && !module.page.isEmpty { builder.modules[path] = module }
    }

    var project = builder.build()
    func finish() -> ([FileResult], [ReadFailure]) {
      Self.split(outcomes.indices.filter(isReported).map { outcomes[$0] })
    }
    guard !project.isEmpty else { return finish() }

    guard builder.hasWrappers else {
      // Only return values are known: they matter to the files that call Heap, which are the
      // ones the prefilter admitted, and among them to those that import an indexed module;
      // lint those again with the index.
      let admitted = admittedIndices(outcomes, targets: targets).filter(isReported).filter { i in
        sources[i].map { project.mayInform(fileAt: targets[i].displayPath, importing: $0.sources, globals: $0.globals) } ?? true
      }
      var again = linter
      again.wholeFiles = wholeFiles
      let (results, _, _, _) = pass(admitted.map { targets[$0] }, linter: again, project: project, collect: false)
      for (k, i) in admitted.enumerated() { outcomes[i] = results[k] }
      return finish()
    }
    // Files that call an indexed wrapper may wrap it in turn: widen and repeat until the
    // index stops growing.
    for _ in 0..<3 {
      let signature = builder.signature
      let (_, next, moreImports, moreSources) = pass(targets, linter: widened(project, wholeFiles: wholeFiles), project: project, collect: true)
      builder.merge(next)
      indexImports(moreImports + packageImports(moreSources))
      project = builder.build()
      if builder.signature == signature { break }
    }
    let last = targets.indices.filter(isReported)
    let (final, _, _, _) = pass(last.map { targets[$0] }, linter: widened(project, wholeFiles: wholeFiles), project: project, collect: false)
    for (k, i) in last.enumerated() {
      // A file the widened prefilter still turns away keeps its first pass's result: its
      // syntax errors when `parseRejected` parsed it then.
      if case .success(let r)? = final[k], !r.analyzed { continue }
      outcomes[i] = final[k]
    }
    return finish()
  }

  /// An import by package name (`react`, `@acme/analytics/identify`), not by path.
  static func isPackageSpecifier(_ source: String) -> Bool {
    guard let first = source.utf8.first else { return false }
    return first != UInt8(ascii: ".") && first != UInt8(ascii: "/") && !source.hasPrefix("~") && !source.hasPrefix("$lib/")
  }

  /// Indices of targets the prefilter let through in a pass (they were parsed).
  private func admittedIndices(_ outcomes: [Outcome?], targets: [LintTarget]) -> [Int] {
    outcomes.indices.filter { i in
      guard case .success(let r)? = outcomes[i] else { return false }
      return r.analyzed
    }
  }

  /// The linter with the prefilter widened to the names the project index knows, reading
  /// `wholeFiles` whole.
  private func widened(_ project: ProjectIndex, wholeFiles: Set<String>) -> Linter {
    var l = linter
    l.prefilter = linter.prefilter.map { _ in Prefilter(extraNeedles: project.needles) }
    l.idleWords = project.idleFunctionWords
    l.wholeFiles = wholeFiles
    // Files turned away were parsed for their syntax errors in the first pass already.
    l.parseRejected = false
    return l
  }

  /// Target indices, largest file first, and which targets the survey found to be regular
  /// files. The workers take files in this order, so that a multi-megabyte bundle is not the
  /// last file left while the other workers sit idle (results keep their places whatever the
  /// order). Files that cannot be stat'ed count as empty. The `workers` threads stat the files
  /// together: done serially, the survey held every worker back for 29,000 stat calls.
  static func largestFirst(_ targets: [LintTarget], workers: Int) -> (order: [Int], regular: [Bool]) {
    var sizes = [Int](repeating: 0, count: targets.count)
    var regular = [Bool](repeating: false, count: targets.count)
    let chunks = max(1, min(workers, targets.count / 256))
    sizes.withUnsafeMutableBufferPointer { sizes in
      regular.withUnsafeMutableBufferPointer { regular in
        let (sizes, regular) = (UncheckedSendable(sizes), UncheckedSendable(regular))
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
          // Each chunk writes only its own slice of the two buffers.
          for i in stride(from: chunk, to: targets.count, by: chunks) {
            if let size = targets[i].knownSize {
              sizes.value[i] = size
              regular.value[i] = true
              continue
            }
            var st = stat()
            guard targets[i].withOpenPath({ stat($0, &st) }) == 0 else { continue }
            sizes.value[i] = Int(st.st_size)
            regular.value[i] = st.st_mode & S_IFMT == S_IFREG
          }
        }
      }
    }
    return (targets.indices.sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }, regular)
  }

  private static func split(_ outcomes: [Outcome?]) -> ([FileResult], [ReadFailure]) {
    var results: [FileResult] = []
    var failures: [ReadFailure] = []
    for outcome in outcomes {
      switch outcome {
      case .success(let r)?: results.append(r)
      case .failure(let f)?: failures.append(f)
      case nil: break
      }
    }
    return (results, failures)
  }

  /// One parallel pass over the targets. With `collect`, modules that make Heap calls (or, with
  /// `everyModule`, all of them: the modules Heap code imports) go into the project index.
  private func pass(
    _ targets: [LintTarget], linter: Linter, project: ProjectIndex?, collect: Bool, everyModule: Bool = false,
    ahead: ParsesAhead? = nil
  ) -> ([Outcome?], ProjectIndexBuilder, [String], [Reach?]) {
    let slots = ResultSlots<Outcome>(count: targets.count)
    // What each analysed file imports and which globals it names (with `collect`), to tell
    // which files an index can inform.
    let sources = ResultSlots<Reach>(count: targets.count)
    let builders = ResultSlots<ProjectIndexBuilder>(count: 1)
    builders.set(0, ProjectIndexBuilder())
    let imports = ResultSlots<Set<String>>(count: 1)
    imports.set(0, [])
    let workers = max(1, min(jobs > 0 ? jobs : ProcessInfo.processInfo.activeProcessorCount, max(1, targets.count)))
    let next = Counter()
    let done = DispatchGroup()
    let read = self.read
    let (order, surveyedRegular) = workers > 1 ? Self.largestFirst(targets, workers: workers) : (Array(targets.indices), [])
    // The prefilter's verdict taken on the read buffer (default reader, no parse handed over,
    // rejected files not parsed): exactly what `Linter.analyze` would decide first.
    let screen = diskSizeLimit != nil && ahead == nil && !linter.parseRejected ? linter.prefilter : nil
    let sizeLimit = diskSizeLimit ?? 0
    for _ in 0..<workers {
      done.enter()
      let thread = Thread {
        // Files the prefilter turns away are read into one buffer, file after file, and looked
        // at there: no array is allocated (and, for large files, mapped and unmapped) for the
        // 99% of a tree that cannot call Heap. Two workers doing that in one address space were
        // serialised by the kernel's memory-map lock.
        let scratch = ReadBuffer()
        var local = ProjectIndexBuilder()
        var localImports = Set<String>()
        while let k = next.take(below: targets.count) {
          let i = order[k]
          let target = targets[i]
          let outcome: FileReader.Outcome
          // A file a partial run parsed ahead is not read again: the bytes it was parsed from
          // are kept with its parse (one copy of a 21 MB bundle in memory, not two).
          let kept = ahead?.take(target.displayPath)
          if let kept {
            outcome = .success(kept.original)
          } else if let prefilter = screen {
            let regular = surveyedRegular.isEmpty ? false : surveyedRegular[i]
            if let unread = FileReader.read(target, sizeLimit: sizeLimit, into: scratch, knownRegular: regular) {
              outcome = unread
            } else if !scratch.startsWithByteOrderMark16, !prefilter.admits(scratch.bytes) {
              slots.set(i, .success(FileResult(path: target.displayPath, findings: [], analyzed: false)))
              continue
            } else {
              outcome = .success(Array(scratch.bytes))
            }
          } else {
            outcome = read(target)
          }
          switch outcome {
          case .success(let bytes):
            var (result, document) = linter.analyze(path: target.displayPath, bytes: bytes, project: project, parsedAhead: kept?.parsed)
            defer { if bytes.count >= TreeReaper.threshold { TreeReaper.release(&document) } }
            // A module without Heap calls wraps nothing; what it returns matters only where Heap
            // code imports it, and those modules are indexed on their own (`everyModule`).
            if collect, let document {
              // Modules that export or provide Heap itself are indexed like wrappers. Once
              // wrappers are known, the imports of every analysed file are read too: a file let
              // in by a wrapper's name may reach it through a module not indexed yet.
              // So are modules that make server requests (a function posting its callers' lists).
              // And pages that run script files (`<script src>`), for the order of what those run.
              // And modules that export Heap's host, for the request functions that read it.
              if everyModule || !document.calls.isEmpty || document.sharesHeap || !document.serverCalls.isEmpty || !document.externalScripts.isEmpty
                || document.exportsHeapHost
              {
                local.add(document)
              }
              if !document.calls.isEmpty || project != nil { localImports.formUnion(document.importedModules) }
              sources.set(i, Reach(sources: document.importSources, globals: document.globalNames))
            }
            slots.set(i, .success(result))
          case .failure(let reason):
            slots.set(i, .success(Linter.fileProblem(path: target.displayPath, rule: Linter.readErrorRule, message: "cannot read the file: \(reason)")))
          case .tooLarge(let size):
            let mb = (Double(size) / 1_048_576 * 10).rounded() / 10
            slots.set(
              i,
              .success(
                Linter.fileProblem(
                  path: target.displayPath, rule: Linter.fileTooLargeRule,
                  message: "the file is \(mb) MB, over the size limit, so it was not linted; raise the limit with --max-file-size")))
          case .notRegular(let reason):
            slots.set(i, .failure(ReadFailure(displayPath: target.displayPath, reason: reason)))
          }
        }
        builders.update(0) { $0?.merge(local) }
        imports.update(0) { $0?.formUnion(localImports) }
        done.leave()
      }
      thread.stackSize = Self.workerStackSize
      thread.start()
    }
    done.wait()
    return (slots.values, builders.values[0] ?? ProjectIndexBuilder(), (imports.values[0] ?? []).sorted(), sources.values)
  }
}

/// Frees the models of large files on a thread of its own. Tearing down the tree and the
/// analyses of a multi-megabyte bundle (millions of objects, one release each) took about a
/// seventh of its lint time; meanwhile the worker goes on to its next file or to the report,
/// and a process that is done exits without waiting for the memory to be given back piece by
/// piece (as compilers do).
enum TreeReaper {
  /// Files at least this large (bytes) are torn down on the reaper's thread.
  static let threshold = 1 << 20
  private static let queue = DispatchQueue(label: "heaplint.reaper", qos: .utility)

  private final class Box: @unchecked Sendable {
    var document: HeapDocument?
    init(_ document: HeapDocument?) { self.document = document }
  }

  /// Takes the caller's reference (leaving nil) and drops it on the reaper's thread.
  static func release(_ document: inout HeapDocument?) {
    guard document != nil else { return }
    let box = Box(document)
    document = nil
    queue.async { box.document = nil }
  }
}

/// Runs `body` on a thread with a large stack and waits for it (for single-file entry points).
public func withLargeStack<T: Sendable>(_ body: @escaping @Sendable () -> T) -> T {
  let box = ResultSlots<T>(count: 1)
  let done = DispatchSemaphore(value: 0)
  let thread = Thread {
    box.set(0, body())
    done.signal()
  }
  thread.stackSize = LintEngine.workerStackSize
  thread.start()
  done.wait()
  return box.values[0]!
}

/// A value handed to other threads that the compiler cannot prove safe to share: read-only
/// data, or a buffer the threads write in disjoint places.
public struct UncheckedSendable<Value>: @unchecked Sendable {
  public let value: Value
  public init(_ value: Value) { self.value = value }
}

/// Hands out 0, 1, 2, ... to threads taking work items in turn.
public final class Counter: @unchecked Sendable {
  private var value = 0
  private let lock = NSLock()
  public init() {}
  public func take(below limit: Int) -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard value < limit else { return nil }
    value += 1
    return value - 1
  }
}

/// One slot per file, written by whichever worker linted it.
public final class ResultSlots<T>: @unchecked Sendable {
  private var storage: [T?]
  private let lock = NSLock()
  public init(count: Int) { storage = Array(repeating: nil, count: count) }
  public func set(_ i: Int, _ value: T) {
    lock.lock()
    storage[i] = value
    lock.unlock()
  }
  func update(_ i: Int, _ body: (inout T?) -> Void) {
    lock.lock()
    body(&storage[i])
    lock.unlock()
  }
  public var values: [T?] {
    lock.lock()
    defer { lock.unlock() }
    return storage
  }
}

/// Reads whole files in one go, refusing anything that is not a regular file (a FIFO or device
/// is never read, so nothing blocks) and files over the size limit.
public enum FileReader {
  public struct Failure: Error, Sendable {
    public var message: String
    public init(message: String) { self.message = message }
  }

  /// The default largest file linted, in bytes (50 MB: a minified bundle of several MB is normal).
  public static let defaultSizeLimit = 50 << 20

  public enum Outcome: Sendable {
    case success([UInt8])
    case failure(String)
    /// A regular file over the limit, with its size.
    case tooLarge(Int)
    /// Not a regular file (FIFO, socket, device, directory).
    case notRegular(String)
  }

  public static func read(_ path: String) -> Result<[UInt8], Failure> {
    switch read(path, sizeLimit: Int.max) {
    case .success(let b): return .success(b)
    case .failure(let m), .notRegular(let m): return .failure(Failure(message: m))
    case .tooLarge(let n): return .failure(Failure(message: "file too large (\(n) bytes)"))
    }
  }

  /// Reads a path given as raw bytes (file names that are not UTF-8).
  public static func read(rawPath: [UInt8], sizeLimit: Int) -> Outcome {
    let cString = (rawPath + [0]).map { CChar(bitPattern: $0) }
    return cString.withUnsafeBufferPointer { read(pathPointer: $0.baseAddress!, sizeLimit: sizeLimit) }
  }

  public static func read(_ path: String, sizeLimit: Int) -> Outcome {
    path.withCString { read(pathPointer: $0, sizeLimit: sizeLimit) }
  }

  private enum Opened {
    case file(fd: Int32, size: Int)
    case not(Outcome)
  }

  /// Opens a regular file within the size limit for reading (the caller closes it). The path is
  /// stat'ed first so that a FIFO or device is never opened, unless the caller stat'ed it
  /// already (`knownRegular`); the open file is checked again either way.
  private static func openRegular(_ path: UnsafePointer<CChar>, sizeLimit: Int, knownRegular: Bool = false) -> Opened {
    var st = stat()
    if !knownRegular {
      guard stat(path, &st) == 0 else { return .not(.failure(String(cString: strerror(errno)))) }
      let type = st.st_mode & S_IFMT
      guard type == S_IFREG else { return .not(.notRegular(type == S_IFDIR ? "is a directory" : "not a regular file")) }
      if Int(st.st_size) > sizeLimit { return .not(.tooLarge(Int(st.st_size))) }
    }
    // O_NONBLOCK: should the file have been replaced by a FIFO since the stat, open does not hang.
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard fd >= 0 else { return .not(.failure(String(cString: strerror(errno)))) }
    guard fstat(fd, &st) == 0 else {
      let reason = String(cString: strerror(errno))
      close(fd)
      return .not(.failure(reason))
    }
    guard st.st_mode & S_IFMT == S_IFREG else {
      close(fd)
      return .not(.notRegular("not a regular file"))
    }
    if Int(st.st_size) > sizeLimit {
      close(fd)
      return .not(.tooLarge(Int(st.st_size)))
    }
    return .file(fd: fd, size: Int(st.st_size))
  }

  /// Reads a target from disk into `buffer` (its `bytes` afterwards): nil when it was read, or
  /// the outcome that says why not.
  static func read(_ target: LintTarget, sizeLimit: Int, into buffer: ReadBuffer, knownRegular: Bool = false) -> Outcome? {
    target.withOpenPath { read(pathPointer: $0, sizeLimit: sizeLimit, into: buffer, knownRegular: knownRegular) }
  }

  private static func read(pathPointer path: UnsafePointer<CChar>, sizeLimit: Int, into buffer: ReadBuffer, knownRegular: Bool) -> Outcome? {
    let fd: Int32
    let size: Int
    switch openRegular(path, sizeLimit: sizeLimit, knownRegular: knownRegular) {
    case .not(let outcome): return outcome
    case .file(let f, let s): (fd, size) = (f, s)
    }
    defer { close(fd) }
    buffer.count = 0
    buffer.reserve(size + 1)
    // Read up to the size fstat gave, without a last read to see the end (29,000 system calls
    // fewer on the corpus): a file that grows meanwhile is linted as it was. A size of 0 may
    // hide content (pseudo-files), so such a file is read to its end.
    while size == 0 || buffer.count < size {
      if buffer.count == buffer.capacity { buffer.reserve(buffer.capacity * 2) }
      let n = Glibc.read(fd, buffer.base! + buffer.count, buffer.capacity - buffer.count)
      if n < 0 {
        if errno == EINTR { continue }
        return .failure(String(cString: strerror(errno)))
      }
      if n == 0 { break }
      buffer.count += n
      if buffer.count > sizeLimit { return .tooLarge(buffer.count) }
    }
    return nil
  }

  private static func read(pathPointer path: UnsafePointer<CChar>, sizeLimit: Int) -> Outcome {
    let fd: Int32
    var st = stat()
    switch openRegular(path, sizeLimit: sizeLimit) {
    case .not(let outcome): return outcome
    case .file(let f, let size): (fd, st.st_size) = (f, size)
    }
    defer { close(fd) }
    // Read straight into an array of the file's size: no zeroed buffer and no second copy. A
    // file fstat calls empty may still have content (pseudo-files): it is read on in chunks.
    var failure: Int32 = 0
    var bytes = [UInt8](unsafeUninitializedCapacity: Int(st.st_size) + 1) { buffer, count in
      count = 0
      // As above: up to the size fstat gave, unless that is 0.
      let expected = Int(st.st_size)
      while count < buffer.count && (expected == 0 || count < expected) {
        let n = Glibc.read(fd, buffer.baseAddress! + count, buffer.count - count)
        if n < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        if n == 0 { return }
        count += n
      }
    }
    if failure != 0 { return .failure(String(cString: strerror(failure))) }
    if bytes.count <= Int(st.st_size) { return bytes.count > sizeLimit ? .tooLarge(bytes.count) : .success(bytes) }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        return .failure(String(cString: strerror(errno)))
      }
      if n == 0 { break }
      bytes.append(contentsOf: chunk[0..<n])
      if bytes.count > sizeLimit { return .tooLarge(bytes.count) }
    }
    return .success(bytes)
  }
}

/// Memory a worker reads files into, one after the other: it grows to the largest file read and
/// is given back when the worker ends.
final class ReadBuffer {
  private(set) var base: UnsafeMutableRawPointer?
  private(set) var capacity = 0
  /// Bytes of the last file read.
  var count = 0

  /// Makes room for at least `bytes`, keeping what was read.
  func reserve(_ bytes: Int) {
    guard bytes > capacity else { return }
    let grown = max(bytes, 1 << 16)
    base = realloc(base, grown)
    capacity = grown
  }

  var bytes: UnsafeBufferPointer<UInt8> {
    guard let base else { return UnsafeBufferPointer(start: nil, count: 0) }
    return UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: count)
  }

  /// A UTF-16 byte-order mark: such a file is decoded before the prefilter looks at it.
  var startsWithByteOrderMark16: Bool {
    let b = bytes
    return b.count >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF))
  }

  deinit { free(base) }
}
