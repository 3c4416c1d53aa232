// Leaving idle functions out of a large file's tree.
//
// A minified bundle is mostly libraries that never touch what a caller looks for (Heap, for
// heaplint): their function bodies are most of the tree and of the memory. With
// `ParseOptions.idleFunctions`, a function whose text holds none of the rule's words is parsed
// and checked as usual, then its body is left out of the tree (its `BlockStatement` keeps its
// span and no statements), and the free names it uses are kept instead (`IdleUse`). Only the
// functions being parsed are ever whole in memory: a 17 MB bundle's peak went from 369 to 136 MB.
//
// Leaving a body out is only right when nothing that matters could have used it. After the parse,
// `IdleFunctions.leftOut` works that out from names, resolved through the kept functions around
// them (no scope analysis, no types), erring towards "needed":
// - A top-level statement is the caller's code (Heap code, for heaplint) when it uses a global
//   named with one of the words (`heap`, `window.heap`, `HEAP_HOST`), a property named a word as
//   an object (`this.heap.track(...)`), or a string holding one of `IdleFunctionRule.strings`.
//   Mentioning the word is not enough: libraries say `heapify`, `this.heap[i]`, `"Heap"`. A
//   CommonJS export is not enough either: what other files read of a module is the caller's to
//   ask for, by reading the module without the option (heaplint does for the modules Heap code
//   imports).
// - A top-level statement that writes a binding such code reads, or reads one it writes, joins
//   it, until nothing changes. The statements of a kept function run where it stands (a whole
//   bundle's `(() => { ... })()`) count as top-level statements of their own (`leftOut`), and
//   so does each module of a bundler's module table (`detach(moduleTable:)`).
// - A left-out function is needed when it writes a binding that code reads or reads one it writes
//   (wherever it stands), when that code reads the binding it is stored in, and, inside that
//   code, when it is handed on (an argument, a returned value) or sets a property the code reads
//   (a component's `data()`), or is stored under a property the code reads (a method).
// A needed body is parsed again where it stands, in the context it had (`JSParser.fillIn`), and
// put back in the tree; the functions in it are judged like any other, and the question is asked
// again until nothing more is needed. The tree then holds, whole, every function the caller's
// code could use. When filling in would take more than a quarter of the text (or more than
// `maxRounds` rounds), `Parser.parse` reads the whole text again instead, the usual tree.

/// Offsets of the words a kept function must mention, found once per text.
struct WordMarks {
  private(set) var starts: [Int] = []

  /// Every place one of `words` starts, matched without regard to ASCII case: one pass over the
  /// text, comparing only where a word's first byte stands. Those places are found 16 bytes at
  /// a time: a byte with bit 5 set (`| 0x20`) equals a first byte with bit 5 set wherever it is
  /// that byte in either case, and elsewhere only rarely (the match is then made byte by byte).
  /// Byte by byte, the scan was a tenth of a large script's lint.
  init(_ buf: UnsafeBufferPointer<UInt8>, words: [[UInt8]]) {
    @inline(__always) func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b | 0x20 : b }
    let lowered = words.filter { !$0.isEmpty }.map { $0.map(lower) }
    var byFirst = [[Int]](repeating: [], count: 256)
    var isFirst = [Bool](repeating: false, count: 256)
    for (k, w) in lowered.enumerated() {
      byFirst[Int(w[0])].append(k)
      isFirst[Int(w[0])] = true
    }
    guard let base = buf.baseAddress else { return }
    let n = buf.count
    func check(_ i: Int) {
      for k in byFirst[Int(lower(base[i]))] {
        let w = lowered[k]
        guard i + w.count <= n else { continue }
        var m = 1
        while m < w.count && lower(base[i + m]) == w[m] { m += 1 }
        if m == w.count {
          starts.append(i)
          break
        }
      }
    }
    let firsts = Array(Set(lowered.map { $0[0] | 0x20 }))
    var i = 0
    if !firsts.isEmpty && firsts.count <= 4 {
      let splats = firsts.map { SIMD16<UInt8>(repeating: $0) }
      let bit5 = SIMD16<UInt8>(repeating: 0x20)
      while i + 16 <= n {
        let v = UnsafeRawPointer(base + i).loadUnaligned(as: SIMD16<UInt8>.self) | bit5
        var hits = v .== splats[0]
        for f in splats.dropFirst() { hits = hits .| (v .== f) }
        // Each lane of the mask is a byte, 0xFF where it matched.
        let (low, high) = unsafeBitCast(hits, to: (UInt64, UInt64).self)
        func checkLanes(_ lanes: UInt64, from: Int) {
          var rest = lanes
          while rest != 0 {
            let lane = rest.trailingZeroBitCount / 8
            if isFirst[Int(lower(base[from + lane]))] { check(from + lane) }
            rest &= ~(0xFF << UInt64(lane * 8))
          }
        }
        if low != 0 { checkLanes(low, from: i) }
        if high != 0 { checkLanes(high, from: i + 8) }
        i += 16
      }
    }
    while i < n {
      if isFirst[Int(lower(base[i]))] { check(i) }
      i += 1
    }
  }

  /// True when a word starts inside `span`.
  func any(in span: Span) -> Bool {
    var lo = 0, hi = starts.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if starts[mid] < span.start { lo = mid + 1 } else { hi = mid }
    }
    return lo < starts.count && starts[lo] < span.end
  }
}

/// The free names of a left-out function, as numbers of `IdleTable.names`, each once.
struct IdleUse {
  var reads: [Int32] = []
  var writes: [Int32] = []
  var propertyWrites: [Int32] = []
  /// Properties it reads (`this.client` of `this.client.identify(id)`).
  var propertyReads: [Int32] = []
}

/// What a function body is parsed in: enough to parse it again on its own (`JSParser.fillIn`).
/// A body starts with no labels and no enclosing loop, so the flags are all of it; they are kept
/// as bits because a bundle has tens of thousands of left-out bodies.
struct IdleContext {
  private var bits: UInt16 = 0

  init(fn: FunctionContext, strict: Bool, ambient: Bool) {
    // Every function body makes one: one bit per flag, with no array of flags to allocate.
    func bit(_ on: Bool, _ k: UInt16) -> UInt16 { on ? 1 << k : 0 }
    bits = bit(fn.isAsync, 0) | bit(fn.isGenerator, 1) | bit(fn.isArrow, 2) | bit(fn.allowReturn, 3)
    bits |= bit(fn.allowNewTarget, 4) | bit(fn.allowSuperProperty, 5) | bit(fn.allowSuperCall, 6) | bit(fn.inClassFieldInit, 7)
    bits |= bit(fn.inStaticBlock, 8) | bit(fn.awaitReserved, 9) | bit(fn.awaitAllowed, 10) | bit(strict, 11) | bit(ambient, 12)
  }

  private func flag(_ k: Int) -> Bool { bits & (1 << k) != 0 }

  var fn: FunctionContext {
    var fn = FunctionContext()
    (fn.isAsync, fn.isGenerator, fn.isArrow, fn.allowReturn) = (flag(0), flag(1), flag(2), flag(3))
    (fn.allowNewTarget, fn.allowSuperProperty, fn.allowSuperCall, fn.inClassFieldInit) = (flag(4), flag(5), flag(6), flag(7))
    (fn.inStaticBlock, fn.awaitReserved, fn.awaitAllowed) = (flag(8), flag(9), flag(10))
    return fn
  }
  var strict: Bool { flag(11) }
  var ambient: Bool { flag(12) }
}

/// A function body left out of the tree, with the free names its function uses.
struct IdleBody {
  /// The empty block standing for the body, held so that its identity, the table's key, is
  /// never reused by another node.
  let block: BlockStatement
  let use: IdleUse
  let context: IdleContext
}

/// The bodies a parse left out, by the identity of the empty block standing for each, and the
/// names their summaries use.
///
/// Summaries are lists of numbers, not sets of strings: a function's summary takes in those of
/// the functions in it, so a name deep in a bundle was hashed again at every level around it
/// (a fifth of the time on the TypeScript server library). Each name is looked up once where it
/// occurs; after that, whether a summary has it already is one stamp per name and kind
/// (`UseKind`), set to the number of the summary being made.
final class IdleTable {
  var bodies: [ObjectIdentifier: IdleBody] = [:]
  /// Every name a summary used, by number.
  private(set) var names: [String] = []
  /// An open-addressing table from a name's hash to its number (-1: empty), with the hashes
  /// beside it: `number(_:)` runs for every name in every left-out function, and a `Dictionary`
  /// look-up (SipHash, then a string comparison) was 7% of a large script's lint. Names are
  /// short, so FNV-1a over their bytes costs less than seeding SipHash.
  private var slots = [Int32](repeating: -1, count: 1024)
  private var slotHashes = [UInt64](repeating: 0, count: 1024)

  /// How a summary notes a name: each kind but `local` has its list in `IdleUse`.
  enum UseKind: Int {
    case read, write, propertyRead, propertyWrite, local
    static let count = 5
  }
  /// For each name and kind (at `number * UseKind.count + kind`), the last summary that
  /// noted it so (summaries are made one at a time, so one stamp each is enough).
  var stamps: [UInt32] = []
  private var lastSummary: UInt32 = 0

  func number(_ name: String) -> Int32 {
    var name = name
    let hash = name.withUTF8 { bytes in
      var h: UInt64 = 0xcbf2_9ce4_8422_2325
      for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
      return h
    }
    let mask = slots.count - 1
    var i = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    while true {
      let n = slots[i]
      if n < 0 { break }
      if slotHashes[i] == hash && names[Int(n)] == name { return n }
      i = (i + 1) & mask
    }
    let n = Int32(names.count)
    names.append(name)
    stamps.append(contentsOf: repeatElement(0, count: UseKind.count))
    slots[i] = n
    slotHashes[i] = hash
    // At most half full, so that a miss meets an empty slot soon.
    if names.count * 2 > slots.count { grow() }
    return n
  }

  private func grow() {
    let count = slots.count * 2
    let (oldSlots, oldHashes) = (slots, slotHashes)
    slots = [Int32](repeating: -1, count: count)
    slotHashes = [UInt64](repeating: 0, count: count)
    for (k, n) in oldSlots.enumerated() where n >= 0 {
      let hash = oldHashes[k]
      var i = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & (count - 1)
      while slots[i] >= 0 { i = (i + 1) & (count - 1) }
      slots[i] = n
      slotHashes[i] = hash
    }
  }

  /// A number no summary had before.
  func newSummary() -> UInt32 {
    lastSummary += 1
    return lastSummary
  }
}

/// A binding as resolved without a scope analysis: a name in a kept function (`scope`) or a
/// global (`scope` nil).
struct BindingKey: Hashable {
  var scope: ObjectIdentifier?
  var name: String
}

/// Collects the names code uses.
///
/// Summarising a function (`resolving` false), names it declares are taken out, and the
/// functions in it bring their own `IdleUse`. Walking a kept top-level statement (`resolving`
/// true), each name is resolved through the kept functions around it to a `BindingKey`, and the
/// left-out functions met are noted as sites, resolved the same way.
final class NameUseWalker {
  /// The property names a resolving walk reads.
  var propertyReads: Set<String> = []
  /// Properties a resolving walk stores the caller's object in (`{ client: window.heap }`,
  /// `this.tracker = heap`): code that reads them may be the caller's code, wherever it is.
  var wordProperties: Set<String> = []
  /// Names declared by the function walked: parameters, `var` and function declarations
  /// anywhere in it, and `let`/`const`/`class` at the top of its body. A name a nested block
  /// declares counts as free: more names, never fewer. (A summary keeps them as stamps.)
  var locals: Set<String> = []
  let idle: IdleTable
  let resolving: Bool
  /// A function in it was kept (it mentions a word, or uses `eval` or `with`): the function
  /// being summarised cannot be left out either.
  var pinned = false
  /// The left-out bodies a summary took in (they are freed with the function around them).
  var merged: [ObjectIdentifier] = []
  /// Only `locals` is wanted (a kept function's declarations, before its code is resolved).
  let declarationsOnly: Bool

  // Resolving walks only.
  /// The modules of a module table met on the way, with the kept functions around the table:
  /// each is a unit of its own (see `detach(moduleTable:)`).
  var detached: [(function: FunctionNode, key: String?, chain: [Link])] = []
  var keyReads: Set<BindingKey> = []
  var keyWrites: Set<BindingKey> = []
  var sites: [IdleSite] = []
  /// A string literal holding one of `strings`.
  var mentionsString = false
  var strings: [[UInt8]] = []
  /// A property named one of `words` used as an object (`this.heap.track(...)`, `app.heap(...)`):
  /// not a property that only holds data (`this.heap[i]`, `this.heap = []`).
  var usesWordProperty = false
  var words: Set<String> = []
  /// The kept functions around the code walked, innermost last, with the names each declares.
  var chain: [Link] = []
  typealias Link = (scope: ObjectIdentifier, locals: Set<String>)

  /// Where a left-out function stands: run where it is with its result dropped (`!function(){}()`),
  /// stored under names or properties, or anywhere else (an argument, a returned value, an IIFE
  /// whose result is used).
  enum Place { case loose, run, stored(names: [String], properties: [String]) }

  /// A left-out function where it stands, its bindings and properties as numbers of `memo`.
  struct IdleSite {
    /// The empty block standing for the body (the table's key).
    var block: BlockStatement
    var reads: [Int32]
    var writes: [Int32]
    var propertyWrites: [Int32]
    var propertyReads: [Int32]
    var storedIn: [Int32]
    var storedProperties: [Int32]
    var loose: Bool
  }
  /// Numbers bindings and properties for a resolving walk's sites (`IdleFunctions.leftOut` sets
  /// it; a walk of a text with nothing left out has no sites).
  var memo: IdleFunctions.Memo?

  /// A summary being made (`resolving` and `declarationsOnly` false): its number for
  /// `IdleTable.stamps`, and what it uses so far, declared names included.
  private var summaryNumber: UInt32 = 0
  private var idleUse = IdleUse()
  private var summarising: Bool { summaryNumber != 0 }

  init(idle: IdleTable, resolving: Bool, declarationsOnly: Bool = false) {
    self.idle = idle
    self.resolving = resolving
    self.declarationsOnly = declarationsOnly
    if !resolving && !declarationsOnly { summaryNumber = idle.newSummary() }
  }

  /// The function's free names: what it and the functions in it use, less what it declares.
  /// (Property reads are left out: only those of the code a function may matter to are asked.)
  func summary() -> IdleUse {
    let stamps = idle.stamps
    let number = summaryNumber
    func declared(_ n: Int32) -> Bool { stamps[Self.stampIndex(n, .local)] == number }
    var result = idleUse
    result.reads.removeAll(where: declared)
    result.writes.removeAll(where: declared)
    return result
  }

  @inline(__always) private static func stampIndex(_ n: Int32, _ kind: IdleTable.UseKind) -> Int {
    Int(n) * IdleTable.UseKind.count + kind.rawValue
  }

  /// Notes name `n` once per summary and kind.
  private func note(_ n: Int32, _ kind: IdleTable.UseKind) {
    let i = Self.stampIndex(n, kind)
    guard idle.stamps[i] != summaryNumber else { return }
    idle.stamps[i] = summaryNumber
    switch kind {
    case .read: idleUse.reads.append(n)
    case .write: idleUse.writes.append(n)
    case .propertyRead: idleUse.propertyReads.append(n)
    case .propertyWrite: idleUse.propertyWrites.append(n)
    case .local: break
    }
  }

  /// Notes the free names of code inside the code being summarised (a left-out function, a block).
  private func takeIn(_ use: IdleUse) {
    for n in use.reads { note(n, .read) }
    for n in use.writes { note(n, .write) }
    for n in use.propertyWrites { note(n, .propertyWrite) }
    for n in use.propertyReads { note(n, .propertyRead) }
  }

  /// A name the code declares (a summary leaves it out) or, resolving, one a kept function binds.
  private func declare(_ name: String) {
    if summarising { note(idle.number(name), .local) } else { locals.insert(name) }
  }

  /// A property the code sets.
  private func setsProperty(_ name: String) {
    if summarising { note(idle.number(name), .propertyWrite) }
  }

  /// The names of the global object. (A switch: short strings compare in a few instructions,
  /// while a set hashes each name, and every member expression asks.)
  static func isGlobalObject(_ name: String) -> Bool {
    switch name {
    case "window", "self", "globalThis", "top", "parent", "frames": return true
    default: return false
    }
  }
  /// Objects of the platform: setting a property of one (a polyfill's `Object.assign = ...`,
  /// `document.title = ...`) is not counted as writing the name.
  static let builtins: Set<String> = [
    "Object", "Array", "Function", "String", "Number", "Boolean", "Symbol", "Date", "RegExp", "Math", "JSON", "Promise",
    "Error", "Map", "Set", "WeakMap", "WeakSet", "Reflect", "Proxy", "Intl", "Node", "Element", "HTMLElement", "Event",
    "Document", "Window", "document", "navigator", "location", "history", "console",
  ]

  private func resolve(_ name: String) -> BindingKey {
    for link in chain.reversed() where link.locals.contains(name) { return BindingKey(scope: link.scope, name: name) }
    return BindingKey(scope: nil, name: name)
  }

  func read(_ name: String) {
    // Every function has its own `arguments`: never a name shared with other code.
    if name == "arguments" { return }
    if resolving { keyReads.insert(resolve(name)) }
    if summarising { note(idle.number(name), .read) }
  }

  func write(_ name: String) {
    if name == "arguments" { return }
    if resolving { keyWrites.insert(resolve(name)) }
    if summarising { note(idle.number(name), .write) }
  }

  /// A function's parameters and body, summarised.
  func summarise(params: [Node], body: [Node]) {
    for p in params { target(p, declaring: true) }
    for s in body {
      if let d = s as? VariableDeclaration, d.kind != .var {
        for decl in d.declarations {
          target(decl.id, declaring: true)
          if let i = decl.initializer { walk(i) }
        }
      } else if let c = s as? ClassDeclaration {
        if let id = c.id { declare(id.name) }
        walkClass(c)
      } else {
        walk(s)
      }
    }
  }

  func function(_ f: FunctionNode, place: Place) {
    if let body = idle.bodies[ObjectIdentifier(f.body)] {
      if resolving {
        let names = idle.names
        guard let memo else { preconditionFailure("a resolving walk of left-out functions needs IdleFunctions.Memo") }
        // A name no kept function around declares is a global: numbered through the table's
        // number for the name, with no hashing (most of a site's names).
        func binding(_ n: Int32) -> Int32 {
          let name = names[Int(n)]
          for link in chain.reversed() where link.locals.contains(name) { return memo.binding(BindingKey(scope: link.scope, name: name)) }
          return memo.global(n, name)
        }
        var site = IdleSite(
          block: body.block, reads: body.use.reads.map(binding), writes: body.use.writes.map(binding),
          propertyWrites: body.use.propertyWrites.map { memo.property(n: $0, names[Int($0)]) },
          propertyReads: body.use.propertyReads.map { memo.property(n: $0, names[Int($0)]) }, storedIn: [], storedProperties: [], loose: false)
        switch place {
        case .loose: site.loose = true
        case .run: break
        case .stored(let names, let properties):
          site.storedIn = names.map { memo.binding(resolve($0)) }
          site.storedProperties = properties.map(memo.property)
        }
        sites.append(site)
      } else if summarising {
        // Its free names are this function's uses too, until this one's declarations take theirs out.
        takeIn(body.use)
        merged.append(ObjectIdentifier(f.body))
      }
      return
    }
    guard resolving else {
      pinned = true
      return
    }
    // A kept function: its names are its own, resolved before its code is walked.
    let declared = NameUseWalker(idle: idle, resolving: false, declarationsOnly: true)
    if let id = f.id, !(f is FunctionDeclaration) { declared.locals.insert(id.name) }
    declared.summarise(params: f.params, body: (f.body as? BlockStatement)?.body ?? [f.body])
    chain.append((ObjectIdentifier(f), declared.locals))
    for p in f.params { target(p, declaring: true) }
    if let block = f.body as? BlockStatement {
      for s in block.body { walk(s) }
    } else {
      walk(f.body)
    }
    chain.removeLast()
  }

  // MARK: Walk

  func walk(_ n: Node, place: Place = .loose) {
    switch n {
    case let n as Identifier:
      read(n.name)
    case let n as MemberExpression:
      member(n, writing: false)
    case let n as CallExpression:
      call(n, resultDropped: false)
    case let n as ExpressionStatement:
      dropped(n.expression)
    case let n as AssignmentExpression:
      if n.operator != "=" { walk(n.left) }
      if resolving, let m = n.left as? MemberExpression, let key = memberName(m), namesWord(n.right) { wordProperties.insert(key) }
      target(n.left, declaring: false)
      if let f = n.right as? FunctionNode {
        let (names, properties) = storedNames(n.left)
        function(f, place: .stored(names: names, properties: properties))
      } else {
        walk(n.right)
      }
    case let n as UpdateExpression:
      walk(n.argument)
      target(n.argument, declaring: false)
    case let n as UnaryExpression:
      if n.operator == "delete" { target(n.argument, declaring: false) }
      walk(n.argument)
    case let n as VariableDeclaration:
      for d in n.declarations {
        target(d.id, declaring: n.kind == .var)
        if let i = d.initializer {
          if let f = i as? FunctionNode { function(f, place: .stored(names: boundNames(d.id), properties: [])) } else { walk(i) }
        }
      }
    case let n as FunctionDeclaration:
      if let id = n.id {
        if resolving { write(id.name) } else { declare(id.name) }
      }
      function(n, place: .stored(names: n.id.map { [$0.name] } ?? [], properties: []))
    case let n as FunctionNode:
      function(n, place: place)
    case let n as ObjectExpression where resolving && detach(moduleTable: n):
      break
    case let n as ArrayExpression where resolving && detach(moduleTable: n):
      break
    case let n as ObjectExpression:
      for p in n.properties {
        if let p = p as? Property {
          let key = propertyName(p.key, computed: p.computed)
          if let key { setsProperty(key) } else { walk(p.key) }
          if resolving, let key, namesWord(p.value) { wordProperties.insert(key) }
          if let f = p.value as? FunctionNode {
            function(f, place: .stored(names: [], properties: key.map { [$0] } ?? []))
          } else {
            walk(p.value)
          }
        } else {
          walk(p)
        }
      }
    case let n as ClassNode:
      if let id = n.id { write(id.name) }
      walkClass(n)
    case let n as LabeledStatement:
      walk(n.body)
    case let n as Literal:
      if resolving, case .string(let text) = n.value, !strings.isEmpty, Self.holds(text, strings) { mentionsString = true }
    case let n as TemplateLiteral:
      if resolving, !strings.isEmpty, n.quasis.contains(where: { Self.holds($0.raw, strings) }) { mentionsString = true }
      for e in n.expressions { walk(e) }
    case is BreakStatement, is ContinueStatement, is MetaProperty, is ThisExpression, is Super:
      break
    case let n as WithStatement:
      pinned = true
      walk(n.object)
      walk(n.body)
    case let n as BlockStatement where !declarationsOnly:
      let names = Self.lexicalNames(n.body)
      if names.isEmpty {
        for s in n.body { walk(s) }
      } else {
        scoped(names, n) { w in for s in n.body { w.walk(s) } }
      }
    case let n as ForStatement where !declarationsOnly:
      let names = (n.initializer as? VariableDeclaration).map { Self.lexicalNames([$0]) } ?? []
      if names.isEmpty {
        n.forEachChild { walk($0) }
      } else {
        scoped(names, n) { w in n.forEachChild { w.walk($0) } }
      }
    case let n as ForInStatement:
      forIn(n, left: n.left, right: n.right, body: n.body)
    case let n as ForOfStatement:
      forIn(n, left: n.left, right: n.right, body: n.body)
    case let n as CatchClause:
      if let param = n.param, !declarationsOnly {
        var names: [String] = []
        forEachBoundIdentifier(param) { names.append($0.name) }
        scoped(names, n) { w in
          w.target(param, declaring: true)
          w.walk(n.body)
        }
      } else {
        if let p = n.param { target(p, declaring: false) }
        walk(n.body)
      }
    case let n as JSXOpeningElement:
      jsxName(n.name)
      for a in n.attributes { walk(a) }
    default:
      n.forEachChild { walk($0) }
    }
  }

  /// A bundler's module table: webpack's `{ 123: (e, t, n) => { ... }, ... }` or
  /// `[function (e, t, n) { ... }, ...]`, browserify's `{ 1: [function (require, module, exports)
  /// { ... }, { "./a": 2 }], ... }`. Each module is a function of its own, which its loader runs
  /// through a computed member (`modules[id].call(...)`); it shares neither `this` nor names with
  /// the other modules. So each is a unit of its own (`detached`), not part of the statement
  /// that holds the table: with one module calling Heap, the table's statement was Heap code,
  /// and every other module whose properties met the names Heap code reads was kept.
  /// Returns false, having walked nothing, when `table` is not one.
  private func detach(moduleTable table: Node) -> Bool {
    func isModule(_ e: Node?) -> FunctionNode? {
      guard let f = e as? FunctionNode, f.params.count <= 3, f.params.allSatisfy({ $0 is Identifier }), f.body is BlockStatement else { return nil }
      return f
    }
    var modules: [(key: String?, function: FunctionNode)] = []
    var rest: [Node] = []
    if let object = table as? ObjectExpression {
      guard object.properties.count >= 2 else { return false }
      for p in object.properties {
        guard let p = p as? Property, !p.computed, p.kind == .`init`, !p.method, let l = p.key as? Literal else { return false }
        let key: String
        switch l.value {
        case .number: key = propertyName(l, computed: false) ?? ""
        case .string(let text) where text.contains("/"): key = text
        default: return false
        }
        if let f = isModule(p.value) {
          modules.append((key, f))
        } else if let pair = p.value as? ArrayExpression, let first = pair.elements.first, let f = isModule(first) {
          modules.append((key, f))
          rest.append(contentsOf: pair.elements.dropFirst().compactMap { $0 })
        } else {
          return false
        }
      }
    } else if let array = table as? ArrayExpression {
      for e in array.elements where e != nil {
        guard let f = isModule(e) else { return false }
        modules.append((nil, f))
      }
      guard modules.count >= 2 else { return false }
    } else {
      return false
    }
    for m in modules { detached.append((m.function, m.key, chain)) }
    for r in rest { walk(r) }
    return true
  }

  /// Code in a block scope of its own (a block with `let`, `const` or `class`, a `for` with
  /// `let`, a catch clause): the names it declares are bound there alone. Counted as free names
  /// of the function around (as they were), every minified `catch (e)` and `for (let i ...)`
  /// wrote an `e` or `i` of the scope around, and in a bundle's one wrapper that joined every
  /// such function to code that reads another `e`. Resolving, the block is a link of the chain;
  /// summarising, it has a summary of its own, taken in without its names, as a left-out
  /// function's is.
  private func scoped(_ names: [String], _ node: Node, _ body: (NameUseWalker) -> Void) {
    if resolving {
      chain.append((ObjectIdentifier(node), Set(names)))
      body(self)
      chain.removeLast()
    } else if summarising {
      let inner = NameUseWalker(idle: idle, resolving: false)
      for name in names { inner.declare(name) }
      body(inner)
      takeIn(inner.summary())
      pinned = pinned || inner.pinned
      merged += inner.merged
    } else {
      body(self)
    }
  }

  /// The names `let`, `const` and `class` declare among `statements`.
  static func lexicalNames(_ statements: [Node]) -> [String] {
    var names: [String] = []
    for s in statements {
      if let d = s as? VariableDeclaration, d.kind != .var {
        for decl in d.declarations { forEachBoundIdentifier(decl.id) { names.append($0.name) } }
      } else if let c = s as? ClassDeclaration, let id = c.id {
        names.append(id.name)
      }
    }
    return names
  }

  /// `for (left in right) body` and `for (left of right) body`, with a `let` or `const` left
  /// bound in the loop alone.
  private func forIn(_ n: Node, left: Node, right: Node, body: Node) {
    let names = declarationsOnly ? [] : Self.lexicalNames([left])
    if names.isEmpty {
      forLeft(left)
      walk(right)
      walk(body)
    } else {
      walk(right)
      scoped(names, n) { w in
        w.forLeft(left)
        w.walk(body)
      }
    }
  }

  /// An expression that names the caller's object: a name or a property holding one of `words`
  /// (`heap`, `window.heap`, `this.heapClient`).
  private func namesWord(_ e: Node) -> Bool {
    let name: String? = (e as? Identifier)?.name ?? (e as? MemberExpression).flatMap(memberName)
    guard let name else { return false }
    let lowered = name.lowercased()
    return words.contains { lowered.contains($0) }
  }

  /// True when `text` holds one of `fragments` (lowercase ASCII), in any ASCII case.
  static func holds(_ text: String, _ fragments: [[UInt8]]) -> Bool {
    let bytes = Array(text.utf8).map { ($0 >= 65 && $0 <= 90) ? $0 | 0x20 : $0 }
    return fragments.contains { f in
      guard !f.isEmpty, bytes.count >= f.count else { return false }
      for i in 0...(bytes.count - f.count) where bytes[i] == f[0] && bytes[i..<(i + f.count)].elementsEqual(f) { return true }
      return false
    }
  }

  private func call(_ n: CallExpression, resultDropped: Bool) {
    if let id = n.callee as? Identifier, id.name == "eval" { pinned = true }
    let place: Place = resultDropped ? .run : .loose
    if let f = n.callee as? FunctionNode {
      function(f, place: place)
    } else if let m = n.callee as? MemberExpression, let f = m.object as? FunctionNode {
      function(f, place: place)
      if m.computed { walk(m.property) }
    } else {
      if resolving, let m = n.callee as? MemberExpression, let name = memberName(m), words.contains(name.lowercased()) {
        usesWordProperty = true
      }
      walk(n.callee)
    }
    for a in n.arguments { walk(a) }
  }

  /// An expression whose value nothing uses.
  private func dropped(_ e: Node) {
    if let call = e as? CallExpression {
      self.call(call, resultDropped: true)
    } else if let u = e as? UnaryExpression, u.operator != "delete" {
      dropped(u.argument)
    } else if let s = e as? SequenceExpression {
      for x in s.expressions { dropped(x) }
    } else {
      walk(e)
    }
  }

  private func walkClass(_ c: ClassNode) {
    if let s = c.superClass { walk(s) }
    for member in c.body.body {
      if let m = member as? MethodDefinition {
        let key = propertyName(m.key, computed: m.computed)
        if let key { setsProperty(key) } else { walk(m.key) }
        function(m.value, place: .stored(names: [], properties: key.map { [$0] } ?? []))
      } else if let p = member as? PropertyDefinition {
        let key = propertyName(p.key, computed: p.computed)
        if let key { setsProperty(key) } else { walk(p.key) }
        if let v = p.value {
          if let f = v as? FunctionNode { function(f, place: .stored(names: [], properties: key.map { [$0] } ?? [])) } else { walk(v) }
        }
      } else {
        walk(member)
      }
    }
  }

  private func jsxName(_ n: Node) {
    if let id = n as? JSXIdentifier { read(id.name) } else if let m = n as? JSXMemberExpression { jsxName(m.object) }
  }

  private func forLeft(_ n: Node) {
    if let d = n as? VariableDeclaration {
      for decl in d.declarations { target(decl.id, declaring: d.kind == .var) }
    } else {
      target(n, declaring: false)
    }
  }

  private func member(_ n: MemberExpression, writing: Bool) {
    if resolving, !n.computed, let inner = n.object as? MemberExpression, let name = memberName(inner),
      words.contains(name.lowercased())
    {
      usesWordProperty = true
    }
    if let root = n.object as? Identifier, Self.isGlobalObject(root.name), let name = memberName(n) {
      read(name)
      // `window.location = url` navigates; it stores no value code reads back, like any write
      // to the platform's objects (`builtins`).
      if writing && !Self.builtins.contains(name) { write(name) }
    }
    walk(n.object)
    if let name = memberName(n) {
      if writing {
        setsProperty(name)
      } else if resolving {
        propertyReads.insert(name)
      } else if summarising {
        note(idle.number(name), .propertyRead)
      }
    } else {
      walk(n.property)
    }
  }

  /// An assignment's target: names bound or written, with what the target reads on the way.
  func target(_ n: Node, declaring: Bool) {
    switch n {
    case let id as Identifier:
      if declaring && !resolving { declare(id.name) } else { write(id.name) }
    case let m as MemberExpression:
      if let root = rootName(m), !Self.builtins.contains(root) { write(root) }
      member(m, writing: true)
    case let o as ObjectPattern:
      for p in o.properties {
        if let p = p as? Property {
          if p.computed { walk(p.key) } else if resolving, let key = propertyName(p.key, computed: false) { propertyReads.insert(key) }
          target(p.value, declaring: declaring)
        } else {
          target(p, declaring: declaring)
        }
      }
    case let a as ArrayPattern:
      for case let e? in a.elements { target(e, declaring: declaring) }
    case let a as AssignmentPattern:
      target(a.left, declaring: declaring)
      walk(a.right)
    case let r as RestElement:
      target(r.argument, declaring: declaring)
    default:
      walk(n)
    }
  }

  /// The name an assignment to `m` changes: its root (`a` of `a.b.c`), or the property set on a
  /// global object (`x` of `window.x.y`).
  private func rootName(_ m: MemberExpression) -> String? {
    var object: Node = m.object
    while true {
      if let inner = object as? MemberExpression {
        if let root = inner.object as? Identifier, Self.isGlobalObject(root.name), let name = memberName(inner) {
          return name
        }
        object = inner.object
      } else if let call = object as? CallExpression {
        object = call.callee
      } else {
        break
      }
    }
    if let id = object as? Identifier { return Self.isGlobalObject(id.name) ? memberName(m) : id.name }
    return nil
  }

  private func storedNames(_ target: Node) -> ([String], [String]) {
    if let id = target as? Identifier { return ([id.name], []) }
    if let m = target as? MemberExpression {
      // A polyfill (`String.prototype.trim = function () {...}`) is stored in no name code reads:
      // reading `String` means the platform's.
      let root = rootName(m).flatMap { Self.builtins.contains($0) ? nil : $0 }
      return (root.map { [$0] } ?? [], memberName(m).map { [$0] } ?? [])
    }
    return (boundNames(target), [])
  }

  private func boundNames(_ pattern: Node) -> [String] {
    var names: [String] = []
    forEachBoundIdentifier(pattern) { names.append($0.name) }
    return names
  }

  /// A member's property name as the text spells it (`staticPropertyName`), or an index (`a[0]`).
  private func memberName(_ m: MemberExpression) -> String? {
    m.staticPropertyName ?? propertyName(m.property, computed: m.computed)
  }

  /// An object key's or a computed member's name: an identifier not computed, a string, a number.
  private func propertyName(_ key: Node, computed: Bool) -> String? {
    if !computed, let id = key as? Identifier { return id.name }
    if let l = key as? Literal {
      switch l.value {
      case .string(let s): return s
      case .number(let d): return d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
      default: return nil
      }
    }
    return nil
  }
}

enum IdleFunctions {
  /// How many times `Parser.parse` fills in needed bodies and asks again before it reads the
  /// whole text instead. A helper and what it calls take one or two rounds; a chain of helpers
  /// takes one per helper (on a 17 MB bundle, a round costs about 10 ms).
  static let maxRounds = 64

  /// A function run where it stands: `(function () { ... })()`, `!function () { ... }()`,
  /// `(() => { ... })()`, `(function () { ... }).call(this)`, with its result dropped or stored
  /// (`var App = (function () { ... })()`, `App = ...`; the target is returned).
  static func runInPlace(_ statement: Node) -> (FunctionNode, CallExpression, Node?)? {
    var e: Node
    var target: Node?
    if let d = statement as? VariableDeclaration, d.declarations.count == 1, let initializer = d.declarations[0].initializer {
      (e, target) = (initializer, d.declarations[0].id)
    } else if let x = (statement as? ExpressionStatement)?.expression {
      e = x
      if let a = e as? AssignmentExpression, a.operator == "=" { (e, target) = (a.right, a.left) }
    } else {
      return nil
    }
    while target == nil, let u = e as? UnaryExpression, u.operator != "delete" { e = u.argument }
    guard let call = e as? CallExpression else { return nil }
    if let f = call.callee as? FunctionNode { return (f, call, target) }
    if let m = call.callee as? MemberExpression, let f = m.object as? FunctionNode, let name = m.staticPropertyName, name == "call" || name == "apply" {
      return (f, call, target)
    }
    return nil
  }

  /// Whether a statement returns from the function it stands in (not from one inside it).
  static func returns(_ statement: Node) -> Bool {
    if statement is ReturnStatement { return true }
    if statement is FunctionNode || statement is ClassNode { return false }
    var found = false
    statement.forEachChild { child in
      if !found && returns(child) { found = true }
    }
    return found
  }

  /// What `leftOut` found.
  enum Outcome {
    /// None of the left-out bodies can matter: how many there are (not counting those inside
    /// others) and the globals they use.
    case leftOut(count: Int, globals: Set<String>)
    /// These could: they must be filled in, and the question asked again.
    case needed([BlockStatement])
  }

  /// What a unit of the tree (a statement, or a module of a module table) reads, writes and
  /// leaves out, and whether it is the caller's code. Bindings and properties are numbers
  /// (`Memo.binding`, `Memo.property`): the question is asked again after each round of filling
  /// in, and comparing sets of strings, hashed each time, was most of a round.
  struct Region {
    var reads: [Int32]
    var writes: [Int32]
    var propertyReads: [Int32]
    var wordProperties: [Int32] = []
    var sites: [NameUseWalker.IdleSite]
    var relevant: Bool
    /// The unit's node, its key in `Memo`.
    var unit: ObjectIdentifier?
    /// The modules of the module tables met in it.
    var detached: [(function: FunctionNode, key: String?, chain: [NameUseWalker.Link])] = []
  }

  /// What one question found per unit, for the next: after the needed bodies are filled in, only
  /// the units that held them are walked again. (Walking every unit was a tenth of a second per
  /// round on a 17 MB bundle.) A unit's walk depends only on its nodes and on the names the
  /// kept functions around it declare, which filling in a body deeper down does not change.
  final class Memo {
    var regions: [ObjectIdentifier: Region] = [:]
    /// The names a kept function run where it stands declares, by the function.
    var declared: [ObjectIdentifier: Set<String>] = [:]
    private var bindingNumbers: [BindingKey: Int32] = [:]
    private(set) var bindings: [BindingKey] = []
    private var propertyNumbers: [String: Int32] = [:]
    private(set) var propertyCount = 0

    func binding(_ key: BindingKey) -> Int32 {
      if let n = bindingNumbers[key] { return n }
      let n = Int32(bindings.count)
      bindings.append(key)
      bindingNumbers[key] = n
      return n
    }

    func property(_ name: String) -> Int32 {
      if let n = propertyNumbers[name] { return n }
      let n = Int32(propertyCount)
      propertyCount += 1
      propertyNumbers[name] = n
      return n
    }

    /// By the number `IdleTable` gave the name, for the global of that name.
    private var globalsByName: [Int32] = []
    private var propertiesByName: [Int32] = []

    /// The global named by `IdleTable`'s name `n`.
    func global(_ n: Int32, _ name: String) -> Int32 {
      Self.cached(&globalsByName, n) { binding(BindingKey(scope: nil, name: name)) }
    }

    /// The property named by `IdleTable`'s name `n`.
    func property(n: Int32, _ name: String) -> Int32 {
      Self.cached(&propertiesByName, n) { property(name) }
    }

    private static func cached(_ table: inout [Int32], _ n: Int32, _ make: () -> Int32) -> Int32 {
      let i = Int(n)
      if i >= table.count { table += repeatElement(-1, count: i + 1 - table.count + 1024) }
      if table[i] < 0 { table[i] = make() }
      return table[i]
    }

    func bindings<S: Sequence<BindingKey>>(_ keys: S) -> [Int32] { keys.map(binding) }
    func properties<S: Sequence<String>>(_ names: S) -> [Int32] { names.map(property) }
  }

  /// Whether the function bodies left out of `program` can matter; see the top of this file.
  static func leftOut(_ program: Program, idle: IdleTable, rule: ParseOptions.IdleFunctionRule, memo: Memo = Memo()) -> Outcome {
    let words = rule.words.map { Array($0.lowercased().utf8) }
    let strings = rule.strings.map { Array($0.lowercased().utf8) }
    func namedByWord(_ name: String) -> Bool { NameUseWalker.holds(name, words) }
    var regions: [Region] = []
    let lowercaseWords = Set(rule.words.map { $0.lowercased() })
    func walker(_ chain: [NameUseWalker.Link]) -> NameUseWalker {
      let walker = NameUseWalker(idle: idle, resolving: true)
      walker.memo = memo
      walker.strings = strings
      walker.words = lowercaseWords
      walker.chain = chain
      return walker
    }
    func addRegion(_ walker: NameUseWalker, unit: Node) {
      // Heap code: a global named with a word (`heap`, `window.heap`, `HEAP_HOST`), a property
      // named a word used as an object (`this.heap.track(...)`), or a string naming a Heap host.
      let seed =
        walker.mentionsString
        || walker.keyReads.contains { $0.scope == nil && namedByWord($0.name) }
        || walker.keyWrites.contains { $0.scope == nil && namedByWord($0.name) }
        || walker.usesWordProperty
      let region = Region(
        reads: memo.bindings(walker.keyReads), writes: memo.bindings(walker.keyWrites), propertyReads: memo.properties(walker.propertyReads),
        wordProperties: memo.properties(walker.wordProperties), sites: walker.sites, relevant: seed || !walker.wordProperties.isEmpty, unit: ObjectIdentifier(unit),
        detached: walker.detached)
      memo.regions[ObjectIdentifier(unit)] = region
      regions.append(region)
    }
    /// The unit's region from the last question, when it is still right.
    func remembered(_ unit: Node) -> Region? {
      guard let region = memo.regions[ObjectIdentifier(unit)] else { return nil }
      regions.append(region)
      return region
    }
    // Each module of a module table is a unit, stored under its key.
    func addModules(_ modules: [(function: FunctionNode, key: String?, chain: [NameUseWalker.Link])]) {
      var pending = modules
      while let m = pending.popLast() {
        if let region = remembered(m.function) {
          pending.append(contentsOf: region.detached)
          continue
        }
        let w = walker(m.chain)
        w.function(m.function, place: .stored(names: [], properties: m.key.map { [$0] } ?? []))
        addRegion(w, unit: m.function)
        pending.append(contentsOf: w.detached)
      }
    }
    // The statements are the units: a statement and what it uses is Heap code or not as a whole.
    // A kept function run where it stands (`(function () { ... })()`, the way esbuild, webpack
    // and rollup wrap a whole bundle) gives its body's statements as units instead, with its
    // names resolved in it; as one unit, a bundle with Heap code anywhere in its wrapper was
    // Heap code all through, and every function it left out could matter. When the call's
    // value is stored (`var App = (function () { ...; return api })()`), the statements that
    // return write what stores it.
    func addUnits(_ statements: [Node], chain: [NameUseWalker.Link], returnsTo stored: (target: Node, chain: [NameUseWalker.Link])? = nil) {
      // A statement that returns writes where the call's value is stored, as resolved there.
      func storeReturn(_ w: NameUseWalker, _ statement: Node) {
        guard let stored, returns(statement) else { return }
        let own = w.chain
        w.chain = stored.chain
        w.target(stored.target, declaring: false)
        w.chain = own
      }
      for statement in statements {
        guard let (f, call, target) = runInPlace(statement), let block = f.body as? BlockStatement, idle.bodies[ObjectIdentifier(block)] == nil
        else {
          if let region = remembered(statement) {
            addModules(region.detached)
            continue
          }
          let w = walker(chain)
          w.walk(statement)
          storeReturn(w, statement)
          addRegion(w, unit: statement)
          addModules(w.detached)
          continue
        }
        let locals: Set<String>
        if let known = memo.declared[ObjectIdentifier(f)] {
          locals = known
        } else {
          let declared = NameUseWalker(idle: idle, resolving: false, declarationsOnly: true)
          if let id = f.id { declared.locals.insert(id.name) }
          declared.summarise(params: f.params, body: block.body)
          locals = declared.locals
          memo.declared[ObjectIdentifier(f)] = locals
        }
        let inner = chain + [(ObjectIdentifier(f), locals)]
        if let region = remembered(statement) {
          addModules(region.detached)
        } else {
          // The call's arguments, read where it stands, write the function's parameters.
          let w = walker(chain)
          if let target { w.target(target, declaring: statement is VariableDeclaration) }
          storeReturn(w, statement)
          for a in call.arguments { w.walk(a) }
          if let m = call.callee as? MemberExpression, m.computed { w.walk(m.property) }
          w.chain = inner
          for p in f.params { w.target(p, declaring: true) }
          addRegion(w, unit: statement)
          addModules(w.detached)
        }
        // What its statements return goes where the call's value goes (written by them, and
        // resolved where the call stands).
        addUnits(block.body, chain: inner, returnsTo: target.map { ($0, chain) })
      }
    }
    addUnits(program.body, chain: [])
    if !rule.externalNames.isEmpty {
      // The code outside the text, as one unit of the caller's code.
      let keys = memo.bindings(rule.externalNames.map { BindingKey(scope: nil, name: $0) })
      // It may write any of its names but the platform's objects (`window`, `document`,
      // `Array`), which no code stores a value in.
      let written = rule.externalNames.filter { !NameUseWalker.builtins.contains($0) && !NameUseWalker.isGlobalObject($0) }
      regions.append(
        Region(
          reads: keys, writes: memo.bindings(written.map { BindingKey(scope: nil, name: $0) }), propertyReads: memo.properties(rule.externalProperties), sites: [],
          relevant: true))
    }
    // What Heap code reads and writes, as flags by number.
    var reads = [Bool](repeating: false, count: memo.bindings.count)
    var writes = reads
    var propertyReads = [Bool](repeating: false, count: memo.propertyCount)
    func add(_ r: Region) {
      for n in r.reads { reads[Int(n)] = true }
      for n in r.writes { writes[Int(n)] = true }
      for n in r.propertyReads { propertyReads[Int(n)] = true }
    }
    func any(_ numbers: [Int32], _ flags: [Bool]) -> Bool { numbers.contains { flags[Int($0)] } }
    for r in regions where r.relevant { add(r) }
    // A statement that writes what Heap code reads, or reads what it writes, is Heap code too.
    var changed = true
    while changed {
      changed = false
      for i in regions.indices where !regions[i].relevant {
        if any(regions[i].writes, reads) || any(regions[i].reads, writes) {
          regions[i].relevant = true
          add(regions[i])
          changed = true
        }
      }
    }
    var count = 0
    var globals = Set<String>()
    // Properties the caller's object is stored in: a left-out function that reads one may call it
    // (a component method's `this.client.identify(id)`, with `client: window.heap` in its data).
    var wordProperties = [Bool](repeating: false, count: memo.propertyCount)
    for r in regions { for n in r.wordProperties { wordProperties[Int(n)] = true } }
    var needed: [BlockStatement] = []
    for r in regions {
      for site in r.sites {
        if any(site.writes, reads) || any(site.reads, writes) || any(site.storedIn, reads) || any(site.propertyReads, wordProperties)
          || r.relevant && (site.loose || any(site.propertyWrites, propertyReads) || any(site.storedProperties, propertyReads))
        {
          needed.append(site.block)
          // Its unit changes when the body is filled in: walked again next time.
          if let unit = r.unit { memo.regions[unit] = nil }
          continue
        }
        count += 1
        func noteGlobals(_ numbers: [Int32]) {
          for n in numbers where memo.bindings[Int(n)].scope == nil { globals.insert(memo.bindings[Int(n)].name) }
        }
        noteGlobals(site.reads)
        noteGlobals(site.writes)
      }
    }
    return needed.isEmpty ? .leftOut(count: count, globals: globals) : .needed(needed)
  }
}

