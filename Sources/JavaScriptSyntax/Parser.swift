#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// How to parse a source text.
public struct ParseOptions: Sendable {
  /// The ECMAScript goal symbol.
  public enum Goal: Sendable { case script, module }
  public var goal: Goal
  /// Accept JSX elements in expression position.
  public var jsx: Bool
  /// Accept (and skip) TypeScript syntax.
  public var typescript: Bool
  /// A TypeScript declaration file (`.d.ts`): the whole text is an ambient context, where
  /// functions need no bodies and constants no initializers.
  public var declaration: Bool
  /// A CommonJS module (Node's `.cjs`, or a script that uses `require`): Node runs the file as a
  /// function body, so a top-level `return` is valid. Only with the script goal.
  public var commonJS: Bool
  /// Only the syntax errors are wanted: each function body is parsed and checked in full, then
  /// left out of the tree (its `BlockStatement` keeps its span and no statements). The errors
  /// are exactly those of a full parse; the tree never holds more than the functions being
  /// parsed, so a syntax check costs a quarter of the memory and is faster (freed nodes are
  /// reused while still in cache).
  public var syntaxOnly: Bool
  /// For a reading that only matters if it has fewer errors than this: the parse stops at the
  /// first top-level statement boundary where it has found this many (`ParseResult.stoppedEarly`).
  /// There no lookahead is pending, so none of those errors can be taken back: the whole text
  /// would have at least as many.
  public var errorLimit: Int?
  /// When set, functions that cannot matter to the caller are left out of the tree: see
  /// `IdleFunctionRule` and IdleFunctions.swift.
  public var idleFunctions: IdleFunctionRule?

  /// What makes a function idle, for a caller that looks for one thing (heaplint: Heap).
  public struct IdleFunctionRule: Sendable {
    /// A function whose text (name, parameters and body) holds none of these words, in any
    /// ASCII case, is parsed and checked in full and then left out of the tree (its
    /// `BlockStatement` keeps its span and no statements), unless the rest of the tree could use
    /// it. Top-level statements that use a global named with one of the words, or a property
    /// named one as an object (`this.heap.track()`), are the code the caller looks for.
    public var words: [String]
    /// So are statements with a string that holds one of these, in any ASCII case.
    public var strings: [String]
    /// Names that code outside the text uses, and may share with it as globals or properties
    /// (the other scripts of a page): that code counts as the caller's code, reading and
    /// writing each of these names. A superset is safe: more is kept, never less.
    /// What other files read of the text (its exports) is not asked: a caller that needs a
    /// module's functions as they are (what they return) reads it without this option.
    public var externalNames: Set<String>
    /// The properties that code outside the text reads (`App.currentUserId()`): a function
    /// stored under one, or one that sets one, may matter to it.
    public var externalProperties: Set<String>
    public init(words: [String], strings: [String] = [], externalNames: Set<String> = [], externalProperties: Set<String>? = nil) {
      self.words = words
      self.strings = strings
      self.externalNames = externalNames
      self.externalProperties = externalProperties ?? externalNames
    }

    /// The globals some code uses (reads or writes, `window.x` included) and the properties it
    /// reads, for `externalNames` and `externalProperties`; nil when it does not parse (its
    /// words are then the safe answer). `function` is for an event handler's body, where
    /// `return` is allowed.
    public static func sharedNames(of code: [UInt8], goal: ParseOptions.Goal, function: Bool = false) -> (names: Set<String>, properties: Set<String>)? {
      let result = Parser.parse(code, options: ParseOptions(goal: goal, commonJS: function && goal == .script))
      guard result.errors.isEmpty else { return nil }
      let walker = NameUseWalker(idle: IdleTable(), resolving: true)
      for statement in result.program.body { walker.walk(statement) }
      var names = Set<String>()
      for key in walker.keyReads.union(walker.keyWrites) where key.scope == nil { names.insert(key.name) }
      var properties = walker.propertyReads
      // Code in a string (`setTimeout("App.go()")`, `new Function("...")`) runs too: every word
      // of a string that holds a call counts as a name and a property.
      func visit(_ node: Node) {
        if let literal = node as? Literal, case .string(let text) = literal.value, text.contains("(") {
          let words = Self.identifierWords(of: Array(text.utf8))
          names.formUnion(words)
          properties.formUnion(words)
        }
        node.forEachChild(visit)
      }
      visit(result.program)
      return (names, properties)
    }

    /// The identifier-like words of some code: every name it could use (and more: the words of
    /// its strings and comments too). A word starts with a letter, `_`, `$` or a byte of a
    /// non-ASCII character.
    public static func identifierWords(of code: [UInt8]) -> Set<String> {
      var words = Set<String>()
      func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F || b == 0x24 || b >= 0x80
      }
      var i = 0
      let n = code.count
      while i < n {
        guard isWordByte(code[i]) else {
          i += 1
          continue
        }
        let start = i
        while i < n, isWordByte(code[i]) { i += 1 }
        if !(code[start] >= 0x30 && code[start] <= 0x39) { words.insert(String(decoding: code[start..<i], as: UTF8.self)) }
      }
      return words
    }
  }

  public init(
    goal: Goal = .script, jsx: Bool = false, typescript: Bool = false, declaration: Bool = false, commonJS: Bool = false, syntaxOnly: Bool = false,
    errorLimit: Int? = nil
  ) {
    self.goal = goal
    self.jsx = jsx
    self.typescript = typescript || declaration
    self.declaration = declaration
    self.commonJS = commonJS
    self.syntaxOnly = syntaxOnly
    self.errorLimit = errorLimit
  }
}

/// The tree of one source text and every syntax error found in it (in source order).
public struct ParseResult {
  public var program: Program
  public var errors: [SyntaxError]
  /// A `<` stood where an expression starts: a JSX element, a TypeScript type assertion or
  /// generic arrow, or else a syntax error. It is the only place where the `jsx` option changes
  /// how JavaScript (not TypeScript) is read, so when this is false the same text read with
  /// `jsx` switched gives the same tree and the same errors.
  public var metExpressionAngle: Bool
  /// The parse reached `ParseOptions.errorLimit` and stopped: the tree and the errors cover only
  /// the text before that point, and the whole text has at least that many errors.
  public var stoppedEarly: Bool
  /// How many function bodies were left out (`ParseOptions.idleFunctions`), counting only those
  /// not inside another left-out function.
  public var idleFunctions = 0
  /// The globals those functions refer to (read or write), which the tree no longer shows.
  public var idleGlobals: Set<String> = []

  public init(program: Program, errors: [SyntaxError], metExpressionAngle: Bool = false, stoppedEarly: Bool = false) {
    self.program = program
    self.errors = errors
    self.metExpressionAngle = metExpressionAngle
    self.stoppedEarly = stoppedEarly
  }
}

/// The JavaScript parser. Never throws: broken input yields a partial tree plus errors.
public enum Parser {
  /// Parses `bytes` (UTF-8; a leading BOM is skipped) into a `Program`.
  public static func parse(_ bytes: [UInt8], options: ParseOptions = .init()) -> ParseResult {
    // Nodes keep their offsets in 32 bits (see `Node`).
    if bytes.count > Int(UInt32.max) {
      let program = Program(span: Span(start: 0, end: 0), body: [], sourceType: options.goal == .module ? .module : .script)
      return ParseResult(program: program, errors: [SyntaxError("source too large to parse (4 GiB or more)", span: Span(start: 0, end: 0))])
    }
    let lean: ParseResult? = bytes.withUnsafeBufferPointer { buf in
      let p = JSParser(buf: buf, options: options)
      var result = p.parseProgram()
      guard let rule = options.idleFunctions, p.wordMarks != nil else { return result }
      // Bodies the rest of the tree could use are filled in, and the question asked again: each
      // filled-in body may show more code that matters (the units that held them are walked
      // again). Once a quarter of the text is filled in, reading it whole costs less.
      var filled = 0
      let memo = IdleFunctions.Memo()
      for _ in 0...IdleFunctions.maxRounds {
        if p.idleBodies.bodies.isEmpty { return result }
        switch IdleFunctions.leftOut(result.program, idle: p.idleBodies, rule: rule, memo: memo) {
        case .leftOut(let count, let globals):
          result.idleFunctions = count
          result.idleGlobals = globals
          return result
        case .needed(let bodies):
          filled += bodies.reduce(0) { $0 + $1.span.end - $1.span.start }
          if filled > buf.count / 4 { return nil }
          for body in bodies { p.fillIn(body) }
        }
      }
      return nil
    }
    if let lean { return lean }
    // Too much to fill in: the whole tree, as without the option.
    var whole = options
    whole.idleFunctions = nil
    return parse(bytes, options: whole)
  }

  /// Parses a string (convenience for tests and tools).
  public static func parse(_ text: String, options: ParseOptions = .init()) -> ParseResult {
    parse(Array(text.utf8), options: options)
  }
}

/// Deepest nesting (of expressions, statements, patterns) the parser follows before giving up.
let maxNestingDepth = 1500

/// Bytes of stack kept free below the deepest parser frame.
let stackSafetyMargin: UInt = 192 * 1024

/// `fake` is `asanFakeStack`, passed in so that the parser's per-level check skips the lazy global.
@inline(never) func approximateStackPointer(_ fake: ASanFakeStack? = asanFakeStack) -> UInt {
  var marker: UInt8 = 0
  return withUnsafeMutablePointer(to: &marker) { pointer in
    // Under AddressSanitizer with fake stacks (detect_stack_use_after_return), locals live in
    // heap-allocated fake frames; ask ASan for the real frame the marker stands for.
    if let fake, let current = fake.current(), let real = fake.realFrame(current, pointer, nil, nil) {
      return UInt(bitPattern: real)
    }
    return UInt(bitPattern: pointer)
  }
}

/// AddressSanitizer's fake-stack queries, found at run time: present only in sanitized builds.
struct ASanFakeStack {
  typealias Current = @convention(c) () -> UnsafeMutableRawPointer?
  typealias RealFrame =
    @convention(c) (
      UnsafeMutableRawPointer?, UnsafeMutableRawPointer?, UnsafeMutablePointer<UnsafeMutableRawPointer?>?,
      UnsafeMutablePointer<UnsafeMutableRawPointer?>?
    ) -> UnsafeMutableRawPointer?
  let current: Current
  let realFrame: RealFrame
}

let asanFakeStack: ASanFakeStack? = {
  // RTLD_DEFAULT: search the whole process (the sanitizer runtime is linked into it).
  #if os(Linux)
  let everywhere = UnsafeMutableRawPointer(bitPattern: 0)
  #elseif canImport(Darwin)
  let everywhere = UnsafeMutableRawPointer(bitPattern: -2)
  #else
  return nil
  #endif
  guard let current = dlsym(everywhere, "__asan_get_current_fake_stack"),
    let realFrame = dlsym(everywhere, "__asan_addr_is_in_fake_stack")
  else { return nil }
  return ASanFakeStack(
    current: unsafeBitCast(current, to: ASanFakeStack.Current.self),
    realFrame: unsafeBitCast(realFrame, to: ASanFakeStack.RealFrame.self))
}()

#if os(Linux)
@_silgen_name("pthread_getattr_np")
private func sys_pthread_getattr_np(_ thread: pthread_t, _ attr: UnsafeMutablePointer<pthread_attr_t>) -> Int32
#endif

/// The lowest usable address of the current thread's stack, when the platform says.
func currentThreadStackLowBound() -> UInt? {
  #if os(Linux)
  var attr = pthread_attr_t()
  guard sys_pthread_getattr_np(pthread_self(), &attr) == 0 else { return nil }
  defer { pthread_attr_destroy(&attr) }
  var addr: UnsafeMutableRawPointer? = nil
  var size = 0
  guard pthread_attr_getstack(&attr, &addr, &size) == 0, let a = addr else { return nil }
  return UInt(bitPattern: a)
  #elseif canImport(Darwin)
  let t = pthread_self()
  let top = UInt(bitPattern: pthread_get_stackaddr_np(t))
  return top - UInt(pthread_get_stacksize_np(t))
  #else
  return nil
  #endif
}

/// Facts about the innermost function (or script/module/static block) being parsed.
struct FunctionContext {
  var isAsync = false
  var isGenerator = false
  var isArrow = false
  var allowReturn = false
  var allowNewTarget = false
  var allowSuperProperty = false
  var allowSuperCall = false
  var inClassFieldInit = false
  var inStaticBlock = false
  /// `await` is a keyword here (async function, module top level, static block).
  var awaitReserved = false
  /// AwaitExpression is allowed here.
  var awaitAllowed = false
  var labels: [Label] = []
  var loopDepth = 0
  var breakableDepth = 0
}

struct Label {
  var name: String
  /// Where the labelled statement's body starts, to tell loop labels (for `continue`).
  var bodyStart: Int
  /// Where the labelled statement itself (its label) starts.
  var statementStart: Int
  var isLoop: Bool
}

/// Cover grammar bookkeeping for an expression that may turn out to be a pattern. Every
/// AssignmentExpression needs one, so the parser keeps used ones for reuse (`takeCover`).
final class CoverInfo {
  /// First CoverInitializedName (`{a = 1}`), an error unless the literal becomes a pattern.
  var shorthandAssign = -1
  /// Duplicate `__proto__` in an object literal, an error unless it becomes a pattern.
  var doubleProto = -1
}

/// The recursive-descent parser (one per parse).
final class JSParser {
  let lx: Lexer
  let options: ParseOptions
  var strict: Bool
  var fn = FunctionContext()
  var scopes: [Scope] = []
  /// Closed scopes, for `pushScope` to reuse.
  var freeScopes: [Scope] = []
  var privateScopes: [PrivateScope] = []
  var depth = 0
  let stackLimit: UInt
  let fakeStack = asanFakeStack
  /// Counters used to reject `yield`/`await` in arrow parameters after the fact.
  var yieldExprCount = 0
  var awaitExprCount = 0
  var awaitIdentCount = 0
  /// Nodes written inside grouping parentheses (ESTree keeps no node for them).
  var parenthesized = Set<ObjectIdentifier>()
  /// SpreadElements followed by a comma (`[...a, ] = b` is an error).
  var spreadWithTrailingComma = Set<ObjectIdentifier>()
  /// Names exported by `export { a }` without `from`, checked against module-level bindings at the end.
  var localExports: [(String, Span)] = []
  var exportedNames = Set<String>()
  /// Function declarations directly in a block/switch in sloppy mode (Annex B duplicates).
  var inTypeScriptAmbient = false
  /// Inside a TypeScript `namespace` body (where `export` is allowed).
  var inTSNamespace = false
  /// Set when a directive prologue contains "use strict" (read by function bodies).
  var sawUseStrict = false
  /// Expressions wrapped by TypeScript `as`/`satisfies`/`!`, still valid assignment targets.
  var tsAssignmentWrappers = Set<ObjectIdentifier>()
  /// Every node put in one of the identity sets above, kept alive for the whole parse: a node
  /// dropped by backtracking must not free its address for a new node, which would then look
  /// marked (a fresh `(x) =>` parameter read as parenthesized, say).
  var markedNodes: [Node] = []
  /// Names read so far (`Program.nameCount`).
  var nameCount = 0
  /// `ParseResult.metExpressionAngle`: set at every `<` where an expression starts, in
  /// speculative readings too.
  var metExpressionAngle = false
  /// `ParseResult.stoppedEarly`.
  var stoppedEarly = false
  /// Where the consequent of the innermost `?:` being parsed starts (-1: none).
  var conditionalConsequentStart = -1
  /// Functions without a body (TypeScript overloads, abstract and ambient declarations).
  var tsBodylessFunctions = Set<ObjectIdentifier>()
  /// Where `options.idleFunctions`'s words stand; nil when every function is kept.
  let wordMarks: WordMarks?
  /// Function bodies left out of the tree, by the identity of the empty block standing for them.
  let idleBodies = IdleTable()
  /// Covers no longer in use (see `takeCover`).
  var freeCovers: [CoverInfo] = []
  /// The list stack (see Parser+Lists.swift): `listCount` initialized slots of `listCapacity`.
  var listStorage = UnsafeMutablePointer<Node>.allocate(capacity: 0)
  var listCount = 0
  var listCapacity = 0

  init(buf: UnsafeBufferPointer<UInt8>, options: ParseOptions) {
    self.options = options
    self.lx = Lexer(buf: buf, isModule: options.goal == .module, jsx: options.jsx, typescript: options.typescript)
    self.strict = options.goal == .module
    if let rule = options.idleFunctions, !options.syntaxOnly {
      wordMarks = WordMarks(buf, words: rule.words.map { Array($0.utf8) })
    } else {
      wordMarks = nil
    }
    let sp = approximateStackPointer()
    if let low = currentThreadStackLowBound(), low < sp, sp - low > stackSafetyMargin * 2 {
      stackLimit = low + stackSafetyMargin
    } else {
      // Unknown stack: assume the smallest common thread stack (512 KiB) minus what is used.
      stackLimit = sp > 400 * 1024 ? sp - 400 * 1024 : 0
    }
  }

  /// A clean `CoverInfo`, reused when one is free: every AssignmentExpression without an
  /// enclosing cover needs its own, and allocating one each time was 3% of a parse.
  @inline(__always) func takeCover() -> CoverInfo {
    if let c = freeCovers.popLast() { return c }
    return CoverInfo()
  }

  /// Gives back a cover that nothing refers to any more, for `takeCover` to hand out again.
  @inline(__always) func recycleCover(_ c: CoverInfo) {
    c.shorthandAssign = -1
    c.doubleProto = -1
    freeCovers.append(c)
  }

  deinit {
    listStorage.deinitialize(count: listCount)
    listStorage.deallocate()
  }

  /// Adds `node` to an identity set, keeping the node alive (see `markedNodes`).
  func mark(_ node: Node, in set: inout Set<ObjectIdentifier>) {
    if set.insert(ObjectIdentifier(node)).inserted { markedNodes.append(node) }
  }

  // MARK: - Tokens

  var t: TokenKind { lx.token.kind }
  var tok: Token { lx.token }
  var start: Int { lx.token.start }
  var lastEnd: Int { lx.lastEnd }

  @inline(__always) func next() { lx.next() }

  /// The current token is the keyword `k`, written without escapes.
  @inline(__always) func isKw(_ k: Keyword) -> Bool {
    lx.token.kind == .name && lx.token.keyword == k && !lx.token.escaped
  }

  func eat(_ k: TokenKind) -> Bool {
    if t == k { next(); return true }
    return false
  }

  func eatKw(_ k: Keyword) -> Bool {
    if isKw(k) { next(); return true }
    return false
  }

  func error(_ message: String, _ start: Int, _ end: Int) {
    lx.error(message, start, end)
  }

  func error(_ message: String, _ span: Span) {
    lx.error(message, span.start, span.end)
  }

  /// Reports an unexpected current token.
  func unexpected(_ what: String? = nil) {
    if let what {
      error(what, tok.start, tok.end)
    } else if t == .eof {
      error("unexpected end of input", tok.start, tok.end)
    } else {
      error("unexpected token '\(lx.text(tok.start, tok.end))'", tok.start, tok.end)
    }
  }

  func expect(_ k: TokenKind, _ message: String) {
    if t == k { next() } else { unexpectedOr(message) }
  }

  func unexpectedOr(_ message: String) {
    if t == .eof { error(message + " (found end of input)", tok.start, tok.end) } else { error(message, tok.start, tok.end) }
  }

  /// Automatic semicolon insertion (ECMAScript 12.10): `;`, or a `}`, end of input or newline follows.
  func semicolon() {
    if t == .semicolon { next(); return }
    if t == .rbrace || t == .eof || tok.newlineBefore { return }
    unexpectedOr("expected ';'")
  }

  func canInsertSemicolon() -> Bool {
    t == .semicolon || t == .rbrace || t == .eof || tok.newlineBefore
  }

  /// Looks at the token after the current one without consuming anything.
  func peek() -> Token {
    let s = lx.save()
    lx.next()
    let n = lx.token
    lx.restore(s)
    return n
  }

  /// The decoded name of the current `.name` / `.privateName` token.
  func tokenName() -> String {
    nameCount += 1
    if let v = lx.token.value { return v }
    return lx.nameText(lx.token.start, lx.token.end)
  }

  func span(_ s: Int) -> Span { Span(start: s, end: max(s, lx.lastEnd)) }

  // MARK: - Nesting guard

  /// Counts one level of nesting; false (after reporting) when the parse must stop.
  @inline(__always) func enter() -> Bool {
    if depth >= maxNestingDepth || approximateStackPointer(fakeStack) < stackLimit {
      tooDeep()
      return false
    }
    depth += 1
    return true
  }

  @inline(__always) func leave() { depth -= 1 }

  func tooDeep() {
    if lx.fatal { return }
    error("nesting too deep", tok.start, tok.end)
    lx.fatal = true
    lx.token.kind = .eof
    lx.token.keyword = .none
    lx.token.start = lx.count
    lx.token.end = lx.count
    lx.pos = lx.count
  }

  // MARK: - Program

  func parseProgram() -> ParseResult {
    let isModule = options.goal == .module
    fn.awaitReserved = isModule
    fn.awaitAllowed = isModule
    fn.allowReturn = options.commonJS && !isModule
    inTypeScriptAmbient = options.declaration
    let top = Scope(kind: .function)
    top.isModuleTop = isModule
    scopes.append(top)
    next()
    let body = parseStatementList(end: .eof, directives: true, topLevel: true)
    // In TypeScript an export may name a type, an interface, a namespace or an ambient
    // declaration, which bind no value; TypeScript checks those names itself.
    if isModule && !options.typescript {
      for (name, sp) in localExports where !scopes[0].declaresTopLevel(name) {
        error("export '\(name)' is not defined", sp)
      }
    }
    let program = Program(span: Span(start: 0, end: lx.count), body: body,
                          sourceType: isModule ? .module : .script, comments: lx.comments)
    program.nameCount = nameCount
    var errors = lx.errors
    errors.sort { $0.span.start < $1.span.start }
    return ParseResult(program: program, errors: errors, metExpressionAngle: metExpressionAngle, stoppedEarly: stoppedEarly)
  }

  /// StatementList with directive prologue and error recovery: a statement that reported an
  /// error is followed by a skip to the next statement boundary.
  func parseStatementList(end: TokenKind, directives: Bool, topLevel: Bool = false, onStrict: (() -> Void)? = nil) -> [Node] {
    let base = beginList()
    defer { dropList(to: base) }
    var inPrologue = directives
    var octalInPrologue: Span? = nil
    while t != end && t != .eof {
      if topLevel, let limit = options.errorLimit, lx.errors.count >= limit {
        stoppedEarly = true
        break
      }
      let before = tok.start
      let errorCount = lx.errors.count
      if inPrologue {
        if t == .string {
          let strTok = tok
          let stmt = parseStatementListItem(topLevel: topLevel)
          if let es = stmt as? ExpressionStatement, let lit = es.expression as? Literal,
             lit.span.start == strTok.start && lit.span.end == strTok.end && !parenthesized.contains(ObjectIdentifier(lit)) {
            let raw = lx.text(strTok.start + 1, max(strTok.start + 1, strTok.end - 1))
            es.directive = raw
            if strTok.legacyOctal && octalInPrologue == nil { octalInPrologue = lit.span }
            if raw == "use strict" {
              sawUseStrict = true
              if !strict {
                strict = true
                onStrict?()
              }
              if let o = octalInPrologue { error("octal escape sequences are not allowed in strict mode", o) }
            }
          } else {
            inPrologue = false
          }
          appendToList(stmt)
          if lx.errors.count > errorCount && !endedCleanly() { synchronize() }
          if tok.start == before && t != end && t != .eof { next() }
          continue
        }
        inPrologue = false
      }
      let statementStart = topLevel ? lx.save() : nil
      let stmt = parseStatementListItem(topLevel: topLevel)
      appendToList(stmt)
      if let statementStart, lx.fatal {
        // "nesting too deep" ended this statement: skip the rest of it without recursion and go
        // on with the next top-level statement, so one pathological line hides nothing else.
        resumeAfterTooDeep(statementStart)
        continue
      }
      if lx.errors.count > errorCount && !endedCleanly() { synchronize() }
      if tok.start == before && t != end && t != .eof {
        if t == .rbrace || t == .rparen || t == .rbracket { unexpected() }
        next()
      }
    }
    return takeList(from: base)
  }

  /// Error recovery: skips to a likely statement boundary (`;` consumed; `}` closing the current
  /// block, or a statement keyword/identifier at the start of a line, left in place).
  func synchronize() {
    if lx.fatal { return }
    var braceDepth = 0
    var templateDepths: [Int] = []
    var prevEndsExpression = false
    while t != .eof {
      switch t {
      case .semicolon:
        if braceDepth == 0 { next(); return }
      case .lbrace:
        braceDepth += 1
      case .rbrace:
        if let d = templateDepths.last, d == braceDepth {
          lx.rescanTemplateContinuation()
          if t == .templateTail { templateDepths.removeLast() }
          prevEndsExpression = true
          next()
          continue
        }
        if braceDepth == 0 { return }
        braceDepth -= 1
      case .templateHead:
        templateDepths.append(braceDepth)
      case .slash, .slashAssign:
        if !prevEndsExpression { lx.rescanAsRegExp() }
      default:
        if braceDepth == 0 && tok.newlineBefore && startsStatementForRecovery() { return }
      }
      prevEndsExpression = tokenEndsExpression()
      next()
    }
  }

  /// Whether the current token can end an expression, so that a `/` after it divides (a flat
  /// token skim, as recovery does, decides regular expressions with this).
  func tokenEndsExpression() -> Bool {
    switch t {
    case .name:
      let k = tok.keyword
      return !(k.isReserved && k != .this && k != .super && k != .null && k != .true && k != .false)
    case .rparen, .rbracket, .rbrace, .number, .string, .regex, .template, .templateTail, .bigint, .privateName:
      return true
    default:
      return false
    }
  }

  /// After "nesting too deep" inside the top-level statement that started at `statementStart`:
  /// re-reads that statement's tokens flatly, counting brackets, to the first statement boundary
  /// outside all of them, and leaves the parser there with the errors found so far.
  func resumeAfterTooDeep(_ statementStart: Lexer.State) {
    let errors = lx.errors
    let comments = lx.comments
    lx.restore(statementStart)
    lx.fatal = false
    depth = 0
    let first = tok.start
    var bracketDepth = 0
    var templateDepths: [Int] = []
    var prevEndsExpression = false
    while t != .eof {
      if bracketDepth == 0 && tok.start > first {
        if t == .semicolon { next(); break }
        if tok.newlineBefore && startsStatementForRecovery() { break }
      }
      switch t {
      case .lparen, .lbracket, .lbrace: bracketDepth += 1
      case .templateHead: templateDepths.append(bracketDepth)
      case .rbrace:
        if let d = templateDepths.last, d == bracketDepth {
          lx.rescanTemplateContinuation()
          if t == .templateTail { templateDepths.removeLast() }
          prevEndsExpression = true
          next()
          continue
        }
        bracketDepth = max(0, bracketDepth - 1)
      case .rparen, .rbracket: bracketDepth = max(0, bracketDepth - 1)
      case .slash, .slashAssign:
        if !prevEndsExpression { lx.rescanAsRegExp() }
      default: break
      }
      prevEndsExpression = tokenEndsExpression()
      next()
    }
    // Keep every error and comment of the first pass; add the ones met since, after them.
    let extraErrors = lx.errors.filter { e in !errors.contains { $0.span.start == e.span.start } && e.span.start >= (errors.last?.span.start ?? 0) }
    lx.errors = errors + extraErrors
    if lx.comments.count < comments.count { lx.comments = comments }
  }

  /// The statement just parsed ended at `;` or `}`: no skipping needed after its error.
  func endedCleanly() -> Bool {
    lx.previousKind == .semicolon || (lx.previousKind == .rbrace && (tok.newlineBefore || t == .rbrace || t == .semicolon || t == .eof || startsStatementForRecovery()))
  }

  func startsStatementForRecovery() -> Bool {
    guard t == .name else { return false }
    switch tok.keyword {
    case .var, .let, .const, .function, .class, .if, .for, .while, .do, .return, .try, .switch, .throw,
      .import, .export, .break, .continue, .async, .none, .this, .new, .await, .yield, .typeof, .delete, .void:
      return true
    default:
      return false
    }
  }
}
