import JavaScriptSyntax

/// The project-wide picture: for each module, the functions it exports that wrap Heap calls or
/// return constant or random values. Built once per run from the files that can matter, then
/// shared read-only by every file's analysis.
public final class ProjectIndex: Sendable {
  struct Module: Sendable {
    var exports: [String: FunctionSummary]
    var reexports: [WrapperAnalysis.ReExport]
    /// What the module provides app-wide (see `HeapDocument.provisions`).
    var provided: [String: FunctionSummary] = [:]
    /// Names it puts on the global object (see `WrapperAnalysis.globals`).
    var globals: [String] = []
    /// A classic script file that calls `heap.load` when the page runs it.
    var loadsWhenRun = false
    /// An HTML page's classic scripts in order: inline ones (whether they load Heap) and the
    /// files of its `<script src>` elements (the paths they may name).
    var page: [PageScript] = []
    /// Read from a tree that left function bodies out (`ParseOptions.idleFunctions`): what the
    /// module's functions return is not all known, and a whole reading replaces it.
    var leftOutFunctions = false

    /// Some export is a constant that names a Heap host (see `heapHostModules`).
    var exportsHeapHost: Bool { exports.values.contains(where: Self.namesHeapHost) }

    static func namesHeapHost(_ summary: FunctionSummary) -> Bool {
      summary.returns?.contains { value in
        guard case .constant(.string(let text), _) = value else { return false }
        return ServerEndpoint.isHostURL(text)
      } ?? false
    }
  }

  /// One classic script of a page, in the order the page runs them.
  enum PageScript: Sendable {
    case inline(loads: Bool)
    case file([String])
  }

  /// Where pages that load Heap include a classic script file, by the file's path: the page,
  /// whether a script before it loads Heap, and whether one after it does.
  struct Placement: Sendable {
    var page: String
    var loadedBefore: Bool
    var loadedAfter: Bool
  }
  let placements: [String: [Placement]]

  let modules: [String: Module]
  /// True when some module exports a function that wraps a Heap call (or a server client):
  /// files that never mention heap may then still call Heap through it.
  public let hasWrappers: Bool
  /// App-wide provisions of every module (Vue global properties, provide/inject, Nuxt plugins).
  let provisions: [String: FunctionSummary]
  /// True when some module provides Heap or its wrappers app-wide.
  public var hasProvisions: Bool { !provisions.isEmpty }
  /// True when some module exports a client of Heap's server-side API.
  public let hasServerClients: Bool
  /// True when some module exports a function that makes Heap requests with its arguments.
  public let hasServerWrappers: Bool
  /// Their last names (see the initialiser); `*` when one is a default export, called by any name.
  let serverWrapperNames: Set<String>
  /// Modules that export a constant naming a Heap host (`HEAP_API_BASE` in a config module): a
  /// file importing one may make Heap requests without naming Heap's host itself.
  let heapHostModules: Set<String>

  /// True when what the index knows can reach a file without an import naming one of its
  /// modules: wrappers (found by name in any file), provide/inject keys, server clients, Ember
  /// services (looked up by service name). Worked out once: `mayInform` asks it for every
  /// admitted file, and the search of every module path for `services/` had been 4% of a
  /// default run's instructions on the benchmark corpus, on one thread between two parallel
  /// passes.
  private let reachesEveryFile: Bool

  /// Functions a framework makes available without an import, by name: the exports of Nuxt's
  /// `composables/` and `utils/` files (`useHeap()` in a page), as the module path.
  let autoImports: [String: String]

  /// The project's own packages (a monorepo's workspaces): the `name` of each `package.json`
  /// found beside the linted files, with its directory. `import { uuid } from 'acme-common/util'`
  /// reaches `common/util.ts` when `common/package.json` is named `acme-common`.
  let packages: [String: String]

  init(modules: [String: Module], packages: [String: String] = [:]) {
    self.modules = modules
    self.packages = packages
    var auto: [String: String] = [:]
    for (path, module) in modules.sorted(by: { $0.key < $1.key }) {
      let parts = path.split(separator: "/")
      guard parts.count >= 2, ["composables", "utils"].contains(parts[parts.count - 2]) else { continue }
      for name in module.exports.keys {
        guard let base = name.split(whereSeparator: { $0 == "." || $0 == "#" || $0 == "(" || $0 == "=" }).first, base != "default" else { continue }
        if auto[String(base)] == nil { auto[String(base)] = path }
      }
    }
    // Names scripts put on the global object (`window.Analytics = ...`) are found like Nuxt's.
    for (path, module) in modules.sorted(by: { $0.key < $1.key }) {
      for name in module.globals where auto[name] == nil { auto[name] = path }
    }
    self.autoImports = auto
    // The classic script files of pages that load Heap, with what runs around them.
    var placements: [String: [Placement]] = [:]
    for (path, module) in modules.sorted(by: { $0.key < $1.key }) where !module.page.isEmpty {
      let loads = module.page.map { entry -> Bool in
        switch entry {
        case .inline(let loads): return loads
        case .file(let candidates): return candidates.contains { modules[$0]?.loadsWhenRun == true }
        }
      }
      guard loads.contains(true) else { continue }
      for (k, entry) in module.page.enumerated() {
        guard case .file(let candidates) = entry else { continue }
        let placement = Placement(page: path, loadedBefore: loads[..<k].contains(true), loadedAfter: loads[(k + 1)...].contains(true))
        for candidate in candidates { placements[candidate, default: []].append(placement) }
      }
    }
    self.placements = placements
    var provisions: [String: FunctionSummary] = [:]
    for (_, m) in modules.sorted(by: { $0.key < $1.key }) { provisions.merge(m.provided) { a, _ in a } }
    self.provisions = provisions
    let clients = modules.values.contains { $0.exports.values.contains { $0.reachesHeapAPI } }
    self.hasServerClients = clients
    // The last names of exported functions that make Heap requests (`track` of
    // `HeapServerClient#track`): only calls by one of them are resolved against the index.
    var serverWrapperNames = Set<String>()
    for module in modules.values {
      for (name, summary) in module.exports where !summary.serverRequests.isEmpty {
        if let last = name.split(whereSeparator: { $0 == "." || $0 == "#" }).last { serverWrapperNames.insert(String(last)) }
        if name == "default" { serverWrapperNames.insert("*") }
      }
    }
    self.serverWrapperNames = serverWrapperNames
    self.hasServerWrappers = !serverWrapperNames.isEmpty
    self.heapHostModules = Set(modules.filter { $0.value.exportsHeapHost }.keys)
    self.hasWrappers =
      modules.values.contains { $0.exports.values.contains { !$0.wraps.isEmpty || $0.isHeap } } || !provisions.isEmpty || clients
    self.reachesEveryFile =
      hasWrappers || !provisions.isEmpty || clients || modules.keys.contains { $0.contains("services/") }
  }

  public static let empty = ProjectIndex(modules: [:])

  /// True when no module exports anything of interest.
  public var isEmpty: Bool { placements.isEmpty && modules.values.allSatisfy { $0.exports.isEmpty && $0.reexports.isEmpty && $0.provided.isEmpty } }

  /// A page that includes the classic script file at `path` after no script of it has loaded
  /// Heap, and loads it in a later one: the file's load-time Heap calls come too early there.
  func pageLoadingAfter(_ path: String) -> String? {
    placements[Self.normalize(path, absolute: path.hasPrefix("/"))]?.first { !$0.loadedBefore && $0.loadedAfter }?.page
  }

  /// A page that loads Heap before it includes the classic script file at `path`.
  func pageLoadingBefore(_ path: String) -> String? {
    placements[Self.normalize(path, absolute: path.hasPrefix("/"))]?.first { $0.loadedBefore }?.page
  }

  /// The paths a page's `<script src>` may name: relative to the page, or for a path from the
  /// site's root, relative to each directory above it. Nil for other sites' scripts.
  static func scriptFileCandidates(_ source: String, page: String) -> [String]? {
    var src = Substring(source)
    if let cut = src.firstIndex(where: { $0 == "?" || $0 == "#" }) { src = src[..<cut] }
    guard !src.isEmpty, !src.contains("://"), !src.hasPrefix("//"), !src.contains("{"), !src.contains("<") else { return nil }
    let absolute = page.hasPrefix("/")
    var directories = page.split(separator: "/", omittingEmptySubsequences: false).dropLast()
    if !src.hasPrefix("/") {
      let directory = directories.joined(separator: "/")
      return [normalize(directory.isEmpty ? String(src) : directory + "/" + src, absolute: absolute)]
    }
    var out: [String] = []
    while true {
      let root = directories.joined(separator: "/")
      out.append(normalize(root + src, absolute: absolute))
      guard !directories.isEmpty else { return out }
      directories = directories.dropLast()
    }
  }

  /// Byte strings that a file calling one of the indexed wrappers must contain: the exported
  /// names, and module file names for default exports (imported under any name). Functions that
  /// only return values need no needle: only files that mention heap use their results.
  public var needles: [String] {
    var out = Set<String>()
    // `$heap`, `HeapKey`: the names under which code reads what is provided.
    for key in provisions.keys {
      var bare = key.hasPrefix("inject:") ? String(key.dropFirst("inject:".count)) : key
      if bare.hasPrefix("'") {
        // `inject('heap')`: a quoted 'heap' admits the file already; other keys by their text.
        bare = String(bare.dropFirst().prefix { $0 != "'" })
        if bare == "heap" { continue }
      }
      if let first = bare.split(separator: ".").first { out.insert(String(first)) }
    }
    for (path, module) in modules {
      // A renamed re-export (`export { identifyUser as track } from './heap'`) is called by its alias.
      for r in module.reexports {
        if let (imported, exported) = r.names, exported != "default", let s = lookup(source: r.source, from: path, name: imported), !s.wraps.isEmpty || s.isHeap {
          out.insert(exported)
        }
      }
      // A server client is imported under any name, from a module named in the import.
      if module.exports.values.contains(where: { $0.reachesHeapAPI }) { out.insert(Self.moduleStem(path)) }
      for (name, summary) in module.exports where !summary.wraps.isEmpty || summary.isHeap || !summary.serverRequests.isEmpty {
        if name == "default" || name.hasPrefix("default.") || name.hasPrefix("default#") {
          out.insert(Self.moduleStem(path))
        }
        if let last = name.split(whereSeparator: { $0 == "." || $0 == "#" }).last, last != "default" { out.insert(String(last)) }
      }
      // A constant naming Heap's host (`HEAP_API_BASE=`): the files that read it may build
      // Heap requests with it.
      if heapHostModules.contains(path) {
        for (name, summary) in module.exports where name.hasSuffix("=") && Module.namesHeapHost(summary) {
          if let last = name.dropLast().split(whereSeparator: { $0 == "." || $0 == "#" }).last, last != "default" { out.insert(String(last)) }
        }
      }
    }
    return out.filter { $0.utf8.count >= 3 }.sorted()
  }

  /// The word every piece of Heap code mentions in some case (`heap`, `window.heap`, `HEAP_ID`,
  /// `heapanalytics.com`).
  static let heapWords = ["heap"]

  /// The words that keep a function of a large script whole (`ParseOptions.idleFunctions`):
  /// Heap's, the names a file calling an indexed wrapper must hold (`needles`), and the first
  /// names of auto-imported functions, which a file calls without importing them.
  var idleFunctionWords: [String] {
    Self.heapWords + needles + Set(autoImports.keys.map { String($0.prefix { $0 != "." }) }).sorted()
  }

  /// The file name without directories and extensions: `src/track.js` -> `track`.
  static func moduleStem(_ path: String) -> String {
    let file = path.split(separator: "/").last.map(String.init) ?? path
    return file.split(separator: ".").first.map(String.init) ?? file
  }

  /// The summary of `name` exported by the module `source` imported from the file `importer`.
  func lookup(source: String, from importer: String, name: String, depth: Int = 0) -> FunctionSummary? {
    guard depth < 8, let path = resolve(source, from: importer), let module = modules[path] else { return nil }
    if let s = module.exports[name] { return s }
    for r in module.reexports {
      if let (imported, exported) = r.names {
        if exported == name, let s = lookup(source: r.source, from: path, name: imported, depth: depth + 1) { return s }
        // A member of the re-exported name; an instance re-exported (`imported` ends in `#`:
        // `exports.tracker = new Tracker()`) has the class's instance methods.
        for separator in [".", "#"] where name.hasPrefix(exported + separator) {
          let rest = name.dropFirst(exported.count + 1)
          let target = imported.hasSuffix("#") ? imported + rest : imported + separator + rest
          if let s = lookup(source: r.source, from: path, name: target, depth: depth + 1) { return s }
        }
      } else if name != "default", let s = lookup(source: r.source, from: path, name: name, depth: depth + 1) {
        return s
      }
    }
    return nil
  }

  /// The module specifier given to a name a framework imports by itself (`#auto/useHeap`).
  static let autoImportPrefix = "#auto/"

  /// The specifier for a global name that the project auto-imports, if it does.
  func autoImportSource(_ name: String) -> String? {
    autoImports[name] == nil ? nil : Self.autoImportPrefix + name
  }

  /// True when linting a file (at `path`, importing `sources`, referring to the globals
  /// `globals`) with this index can differ from linting it alone: it imports an indexed module,
  /// or refers to an auto-imported function, or the index reaches every file.
  public func mayInform(fileAt path: String, importing sources: [String], globals: Set<String>) -> Bool {
    // A global a script sets (`App.analytics`) is reached through its first name (`App`).
    reachesEveryFile || sources.contains(where: { resolve($0, from: path) != nil }) || placements[Self.normalize(path, absolute: path.hasPrefix("/"))] != nil
      || autoImports.keys.contains { globals.contains(String($0.prefix { $0 != "." })) }
  }

  /// Candidate extensions for an import without one, in the order bundlers try them.
  static let resolutionSuffixes = [
    "", ".js", ".mjs", ".cjs", ".jsx", ".ts", ".tsx", ".mts", ".cts", ".vue", ".svelte", ".astro",
    "/index.js", "/index.mjs", "/index.jsx", "/index.ts", "/index.tsx",
  ]

  /// The indexed module a specifier names, seen from `importer`: a relative path, a project
  /// alias, or a package of the project itself.
  func resolve(_ source: String, from importer: String) -> String? {
    if source.hasPrefix(Self.autoImportPrefix) { return autoImports[String(source.dropFirst(Self.autoImportPrefix.count))] }
    guard let base = Self.base(of: source, from: importer) else {
      return resolveRootAlias(source, from: importer) ?? Self.packageBases(of: source, in: packages).lazy.compactMap(indexed).first
        ?? resolveFromBaseURL(source, from: importer)
    }
    return indexed(base) ?? resolveRootAlias(source, from: importer)
  }

  /// The indexed module at `base` with the first extension that names one.
  private func indexed(_ base: String) -> String? {
    Self.resolutionSuffixes.lazy.map { base + $0 }.first { modules[$0] != nil }
  }

  /// Where a package import (`acme-common/util`, `@acme/analytics`) may be, when the package is
  /// one of the project's own: its directory, or its `src` directory (where TypeScript
  /// workspaces keep what their `exports` point at), with the subpath or the index.
  static func packageBases(of source: String, in packages: [String: String]) -> [String] {
    guard !packages.isEmpty, let first = source.first, first != "." && first != "/", let name = WorkspacePackages.packageName(source),
      let directory = packages[name]
    else { return [] }
    let subpath = source.dropFirst(name.count).drop { $0 == "/" }
    let prefix = directory.isEmpty || directory.hasSuffix("/") ? directory : directory + "/"
    if subpath.isEmpty { return [prefix + "index", prefix + "src/index"] }
    return [prefix + subpath, prefix + "src/" + subpath]
  }

  /// Aliases of the project's root that no `src` directory pins down: Nuxt's `~/` and `@/`
  /// (the source directory), `~~/` and `@@/` (the root). The root is not known from one file, so
  /// each directory above the importer is tried, nearest first, among the indexed modules.
  private func resolveRootAlias(_ source: String, from importer: String) -> String? {
    for base in Self.rootAliasBases(of: source, from: importer) {
      for suffix in Self.resolutionSuffixes where modules[base + suffix] != nil {
        return base + suffix
      }
    }
    return nil
  }

  /// A path from the project's root written as a package name (TypeScript's `baseUrl`:
  /// `import { HeapIoService } from 'projects/library/src/lib/heap-io.service'`): tried below
  /// each directory above the importer, nearest first, among the indexed modules.
  private func resolveFromBaseURL(_ source: String, from importer: String) -> String? {
    guard !source.hasPrefix("@"), source.contains("/") else { return nil }
    for base in Self.rootAliasBases(of: "~/" + source, from: importer) {
      if let found = indexed(base) { return found }
    }
    return nil
  }

  /// Where a root alias's module may be (`~/utils/ids` from `pages/a/b.vue`: `pages/a/utils/ids`,
  /// `pages/utils/ids`, `utils/ids`), nearest first, before extensions are tried; empty for
  /// other specifiers.
  static func rootAliasBases(of source: String, from importer: String) -> [String] {
    // `/imports/api/x` is Meteor's (and Vite's) path from the app's root.
    guard let alias = ["~~/", "@@/", "~/", "@/", "/"].first(where: { source.hasPrefix($0) }) else { return [] }
    let rest = source.dropFirst(alias.count)
    var directories = importer.split(separator: "/", omittingEmptySubsequences: false).dropLast()
    var bases: [String] = []
    while true {
      let root = directories.joined(separator: "/")
      bases.append(Self.normalize(root.isEmpty ? String(rest) : root + "/" + rest, absolute: importer.hasPrefix("/")))
      guard !directories.isEmpty else { return bases }
      directories = directories.dropLast()
    }
  }

  /// The normalised path a relative specifier points at, before extensions are tried; nil for
  /// package imports.
  public static func base(of source: String, from importer: String) -> String? {
    // Project aliases: SvelteKit's `$lib/x` (src/lib/x) and the common `@/x` (src/x).
    for (alias, target) in [("$lib/", "lib/"), ("@/", "")] where source.hasPrefix(alias) {
      let directories = importer.split(separator: "/", omittingEmptySubsequences: false).dropLast()
      guard let src = directories.lastIndex(of: "src") else { return nil }
      let root = directories[...src].joined(separator: "/")
      return normalize(root + "/" + target + source.dropFirst(alias.count), absolute: importer.hasPrefix("/"))
    }
    guard source.hasPrefix("./") || source.hasPrefix("../") || source == "." || source == ".." else { return nil }
    // The importer's directory: everything before its last slash.
    let directory = importer.utf8.lastIndex(of: 0x2F).map { String(importer[..<$0]) } ?? ""
    let joined = directory.isEmpty ? source : directory + "/" + source
    return normalize(joined, absolute: importer.hasPrefix("/"))
  }

  /// Removes `.` and resolves `..` components.
  ///
  /// Paths are split at the byte `/`, as the file system does. (Splitting the `String` went
  /// through grapheme breaking, about 40,000 instructions a path: 3% of a default run on the
  /// benchmark corpus, where every import of every file with Heap calls is resolved.)
  static func normalize(_ path: String, absolute: Bool) -> String {
    var path = path
    return path.withUTF8 { bytes in
      @inline(__always) func isDots(_ r: Range<Int>, _ count: Int) -> Bool {
        r.count == count && bytes[r].allSatisfy { $0 == 0x2E }
      }
      var parts: [Range<Int>] = []
      var start = 0
      for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x2F {
        let part = start..<i
        start = i + 1
        if part.isEmpty || isDots(part, 1) { continue }
        if isDots(part, 2), let last = parts.last, !isDots(last, 2) {
          parts.removeLast()
        } else {
          parts.append(part)
        }
      }
      var out: [UInt8] = absolute ? [0x2F] : []
      out.reserveCapacity(bytes.count + 1)
      for (k, part) in parts.enumerated() {
        if k > 0 { out.append(0x2F) }
        out.append(contentsOf: bytes[part])
      }
      return String(decoding: out, as: UTF8.self)
    }
  }
}

/// Collects module summaries into a `ProjectIndex`.
public struct ProjectIndexBuilder: Sendable {
  var modules: [String: ProjectIndex.Module] = [:]
  /// The project's own packages by name (see `ProjectIndex.packages`).
  public var packages: [String: String] = [:]

  public init() {}

  /// Records what the document at `path` exports.
  public mutating func add(_ document: HeapDocument) {
    let exports = document.exportedSummaries()
    let reexports = document.reexports
    let provided = document.provisions
    let (loadsWhenRun, page) = Self.pageFacts(of: document)
    guard !exports.isEmpty || !reexports.isEmpty || !provided.isEmpty || loadsWhenRun || !page.isEmpty else { return }
    let globals = document.wrappers.globals.filter { name in exports.keys.contains { $0 == name || $0.hasPrefix(name + ".") } }
    modules[ProjectIndex.normalize(document.path, absolute: document.path.hasPrefix("/"))] = ProjectIndex.Module(
      exports: exports, reexports: reexports, provided: provided, globals: globals, loadsWhenRun: loadsWhenRun, page: page,
      leftOutFunctions: document.scripts.contains(where: \.leftOutFunctions))
  }

  /// Whether a classic script file loads Heap when run, and a page's classic scripts in order.
  private static func pageFacts(of document: HeapDocument) -> (Bool, [ProjectIndex.PageScript]) {
    let hasLoad = document.calls.contains { $0.method == "load" }
    if document.externalScripts.isEmpty {
      let classicFile = document.scripts.count == 1 && WrapperAnalysis.sharesGlobalScope(document.scripts[0])
      return (classicFile && hasLoad && !document.executionOrder.immediateLoads.isEmpty, [])
    }
    let loading = hasLoad ? Set(document.executionOrder.immediateLoads.map(\.script)) : []
    var entries: [(offset: Int, script: ProjectIndex.PageScript)] = []
    for (i, script) in document.scripts.enumerated() where script.kind == .classic {
      entries.append((script.origin.fileOffset(0), .inline(loads: loading.contains(i))))
    }
    for external in document.externalScripts {
      guard let candidates = ProjectIndex.scriptFileCandidates(external.source, page: document.path) else { continue }
      entries.append((external.offset, .file(candidates)))
    }
    return (false, entries.sorted { $0.offset < $1.offset }.map(\.script))
  }

  public mutating func merge(_ other: ProjectIndexBuilder) {
    // A module read whole is not replaced by a reading that left function bodies out.
    for (k, v) in other.modules where !(v.leftOutFunctions && modules[k].map { !$0.leftOutFunctions } ?? false) { modules[k] = v }
    packages.merge(other.packages) { a, _ in a }
  }

  public func build() -> ProjectIndex { ProjectIndex(modules: modules, packages: packages) }

  /// A digest of what is recorded, to tell when another round found nothing new.
  public var signature: [String: Int] {
    modules.mapValues { m in
      m.exports.values.reduce(m.provided.count) {
        $0 + $1.wraps.count + ($1.returns == nil ? 0 : 1) + ($1.isHeap ? 1 : 0) + ($1.serverClient == nil ? 0 : 1) + $1.serverRequests.count
      }
    }
  }

  /// True when some module exports a wrapper, Heap itself or a server client, or provides one
  /// app-wide; or exports Heap's host, which another module's request function may use.
  public var hasWrappers: Bool {
    modules.values.contains {
      !$0.provided.isEmpty || $0.exports.values.contains { !$0.wraps.isEmpty || $0.isHeap || $0.reachesHeapAPI } || $0.exportsHeapHost
    }
  }

  /// The file names of the classic script files that load Heap when a page runs them
  /// (`heap-init.js`): a page that names one is read for the order of its scripts even when
  /// it never mentions Heap itself.
  public var loaderFileNames: [String] {
    modules.filter { $0.value.loadsWhenRun }.keys.compactMap { $0.split(separator: "/").last.map(String.init) }.filter { $0.utf8.count >= 3 }.sorted()
  }
}
