// The byte-level lexer: token kinds, the byte class table and the main dispatch.
//
// The lexer never decides between a regular expression and a division, nor where a template
// substitution ends: the parser asks for `rescanAsRegExp()` / `rescanTemplateContinuation()`
// when its grammar position says so (ECMAScript 12, "Lexical Grammar", goal symbols).

/// Kinds of tokens. Identifiers and all keywords are `.name`; `Token.keyword` says which word.
enum TokenKind: UInt8 {
  case eof, name, privateName, string, number, bigint, regex
  /// NoSubstitutionTemplate.
  case template
  case templateHead, templateMiddle, templateTail
  case lbrace, rbrace, lparen, rparen, lbracket, rbracket
  case dot, ellipsis, semicolon, comma, question, questionDot, colon, arrow, at, hash
  case lt, gt, le, ge, eq, ne, eqStrict, neStrict
  case plus, minus, star, percent, starStar, plusPlus, minusMinus
  case shl, sar, shr, amp, pipe, caret, bang, tilde, ampAmp, pipePipe, questionQuestion
  case assign, plusAssign, minusAssign, starAssign, percentAssign, starStarAssign
  case shlAssign, sarAssign, shrAssign, ampAssign, pipeAssign, caretAssign
  case ampAmpAssign, pipePipeAssign, questionQuestionAssign
  case slash, slashAssign
  case jsxText
  /// A byte sequence that is no token (reported by the lexer).
  case invalid
}

/// Words with a meaning somewhere in the grammar. `.none` is a plain identifier.
enum Keyword: UInt8 {
  case none
  // Reserved words.
  case `break`, `case`, `catch`, `class`, `const`, `continue`, debugger, `default`, delete, `do`, `else`, `enum`,
    export, extends, `false`, finally, `for`, function, `if`, `import`, `in`, instanceof, new, null, `return`,
    `super`, `switch`, this, `throw`, `true`, `try`, typeof, `var`, void, `while`, with
  // Reserved in strict mode code.
  case implements, interface, `let`, package, `private`, protected, `public`, `static`, yield
  // Contextual.
  case await, async, of, get, set, target, meta, from, `as`, accessor, using, source, `defer`
  // TypeScript contextual.
  case type, declare, abstract, namespace, module, satisfies, readonly, global, keyof, infer, `is`, asserts,
    unique, override

  var isReserved: Bool { rawValue >= Keyword.break.rawValue && rawValue <= Keyword.with.rawValue }
  var isStrictReserved: Bool { rawValue >= Keyword.implements.rawValue && rawValue <= Keyword.yield.rawValue }
}

/// One token. Spans are byte offsets; `value` holds decoded text when it differs from the bytes.
struct Token {
  var kind: TokenKind = .eof
  var keyword: Keyword = .none
  var start = 0
  var end = 0
  /// A line terminator (or a comment containing one) precedes this token.
  var newlineBefore = false
  /// The identifier was written with `\u` escapes, or the string/template contains escapes.
  var escaped = false
  /// Legacy octal literal (`07`, `08`) or legacy octal / `\8` `\9` escape in a string.
  var legacyOctal = false
  /// Template with an invalid escape (cooked value undefined).
  var invalidEscape = false
  /// Decoded name of an escaped identifier, cooked string or template text.
  var value: String? = nil
  /// Numeric value of a number token.
  var number: Double = 0
}

/// Byte classes for the 256-entry dispatch table.
enum ByteClass: UInt8 {
  case other = 0, identStart, digit, whitespace, lineFeed, carriageReturn, nonASCII, invalid
}

let byteClassTable: [ByteClass] = {
  var t = [ByteClass](repeating: .other, count: 256)
  for b in UInt8(ascii: "a")...UInt8(ascii: "z") { t[Int(b)] = .identStart }
  for b in UInt8(ascii: "A")...UInt8(ascii: "Z") { t[Int(b)] = .identStart }
  t[Int(UInt8(ascii: "$"))] = .identStart
  t[Int(UInt8(ascii: "_"))] = .identStart
  for b in UInt8(ascii: "0")...UInt8(ascii: "9") { t[Int(b)] = .digit }
  for b: UInt8 in [0x09, 0x0B, 0x0C, 0x20] { t[Int(b)] = .whitespace }
  t[0x0A] = .lineFeed
  t[0x0D] = .carriageReturn
  for b in 0x80...0xFF { t[b] = .nonASCII }
  return t
}()

/// `byteClassTable` at a fixed address for the life of the process. `Lexer.next` reads it once
/// per token; through this pointer that costs one load, where the array global costs a lazy
/// initialisation check (`swift_once`) and a bounds check. Indexed by a `UInt8`, so always in range.
nonisolated(unsafe) let byteClassPointer: UnsafePointer<ByteClass> = {
  let p = UnsafeMutablePointer<ByteClass>.allocate(capacity: 256)
  p.initialize(from: byteClassTable, count: 256)
  return UnsafePointer(p)
}()

/// For each byte, whether `skipTrivia` could consume anything starting there (whitespace, line
/// terminators, comments, HTML-like comments, and the lead bytes of Unicode spaces and
/// terminators). A token that follows the previous one directly skips the call.
nonisolated(unsafe) let mayStartTriviaPointer: UnsafePointer<Bool> = {
  let p = UnsafeMutablePointer<Bool>.allocate(capacity: 256)
  p.initialize(repeating: false, count: 256)
  for b: UInt8 in [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, UInt8(ascii: "/"), UInt8(ascii: "<"), UInt8(ascii: "-"), 0xC2, 0xE1, 0xE2, 0xE3, 0xEF] {
    p[Int(b)] = true
  }
  return UnsafePointer(p)
}()

/// For each byte, whether it is an ASCII IdentifierPart (letters, digits, `$`, `_`), at a
/// fixed address: the identifier scan reads one entry per byte instead of comparing ranges.
nonisolated(unsafe) let identPartPointer: UnsafePointer<Bool> = {
  let p = UnsafeMutablePointer<Bool>.allocate(capacity: 256)
  for b in 0..<256 { p[b] = isIdentPartASCII(UInt8(b)) }
  return UnsafePointer(p)
}()

@inline(__always) func isIdentPartASCII(_ b: UInt8) -> Bool {
  (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x24 || b == 0x5F
}

@inline(__always) func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

@inline(__always) func hexValue(_ b: UInt8) -> Int {
  switch b {
  case 0x30...0x39: return Int(b - 0x30)
  case 0x61...0x66: return Int(b - 0x61 + 10)
  case 0x41...0x46: return Int(b - 0x41 + 10)
  default: return -1
  }
}

/// The lexer: a cursor over the bytes that produces one token at a time into `token`.
final class Lexer {
  let buf: UnsafeBufferPointer<UInt8>
  let count: Int
  /// `byteClassPointer`, read once per lexer rather than once per token.
  let byteClass = byteClassPointer
  /// `identPartPointer`, likewise.
  let identPart = identPartPointer
  /// `mayStartTriviaPointer`, likewise.
  let mayStartTrivia = mayStartTriviaPointer
  /// `keywordIndex`, likewise read once per lexer.
  let keywords = keywordIndex
  var pos = 0
  var token = Token()
  /// End of the previous token (for spans of finished nodes).
  var lastEnd = 0
  var errors: [SyntaxError] = []
  var comments: [Comment] = []
  /// Module code: HTML-like comments are not comments.
  var isModule: Bool
  var jsx: Bool
  var typescript: Bool
  /// Set when parsing must stop (nesting too deep): every further token is EOF.
  var fatal = false
  var atStart = true
  /// Kind of the token before the current one.
  var previousKind = TokenKind.eof
  /// Flags of the last regular expression scanned.
  var regexFlags = ""
  /// Strings made for short names and string values (see `nameText`).
  let names = NameCache.current()

  init(buf: UnsafeBufferPointer<UInt8>, isModule: Bool, jsx: Bool, typescript: Bool) {
    self.buf = buf
    self.count = buf.count
    self.isModule = isModule
    self.jsx = jsx
    self.typescript = typescript
    // A byte order mark at the start is not part of the source text.
    if count >= 3 && buf[0] == 0xEF && buf[1] == 0xBB && buf[2] == 0xBF { pos = 3 }
    skipHashbang()
  }

  /// The text of a name or string value's bytes, shared with earlier tokens of the same
  /// spelling when it is short (see `NameCache`).
  @inline(__always) func nameText(_ start: Int, _ end: Int) -> String {
    names.string(buf, start, end)
  }

  /// Records an error unless one was already recorded at the same place.
  func error(_ message: String, _ start: Int, _ end: Int) {
    if fatal { return }
    if let last = errors.last, last.span.start == start { return }
    errors.append(SyntaxError(message, span: Span(start: start, end: max(start, end))))
  }

  /// Saved lexer position, for bounded lookahead.
  struct State {
    var pos: Int
    var token: Token
    var lastEnd: Int
    var previousKind: TokenKind
    var errorCount: Int
    var commentCount: Int
  }

  func save() -> State {
    State(pos: pos, token: token, lastEnd: lastEnd, previousKind: previousKind, errorCount: errors.count, commentCount: comments.count)
  }

  func restore(_ s: State) {
    pos = s.pos
    token = s.token
    lastEnd = s.lastEnd
    previousKind = s.previousKind
    if errors.count > s.errorCount { errors.removeSubrange(s.errorCount...) }
    if comments.count > s.commentCount { comments.removeSubrange(s.commentCount...) }
  }

  @inline(__always) func peekByte(_ offset: Int = 0) -> UInt8 {
    let i = pos + offset
    return i < count ? buf[i] : 0
  }

  /// Advances to the next token (InputElementDiv; the parser rescans `/` when it wants a RegExp).
  func next() {
    lastEnd = token.end
    previousKind = token.kind
    let newline: Bool
    if pos < count && !mayStartTrivia[Int(buf[pos])] {
      atStart = false
      newline = false
    } else {
      newline = skipTrivia()
    }
    token.newlineBefore = newline
    token.escaped = false
    token.legacyOctal = false
    token.invalidEscape = false
    // Most tokens carry no value: test first, as assigning releases the old one either way.
    if token.value != nil { token.value = nil }
    token.keyword = .none
    token.start = pos
    if pos >= count || fatal {
      if fatal { pos = count }
      token.kind = .eof
      token.start = count
      token.end = count
      return
    }
    let b = buf[pos]
    switch byteClass[Int(b)] {
    case .identStart:
      scanIdentifierOrKeyword()
    case .digit:
      scanNumber()
    case .nonASCII:
      scanNonASCIIStart()
    default:
      switch b {
      case UInt8(ascii: "\""), UInt8(ascii: "'"): scanString(quote: b)
      case UInt8(ascii: "`"): scanTemplate(from: pos + 1, isHead: true)
      case UInt8(ascii: "\\"): scanIdentifierOrKeyword()
      case UInt8(ascii: "."):
        if isDigit(peekByte(1)) { scanNumber() } else { scanPunctuator() }
      case UInt8(ascii: "#"): scanPrivateName()
      default: scanPunctuator()
      }
    }
    token.end = pos
  }

  /// The text of a token's bytes (lossy for invalid UTF-8).
  func text(_ start: Int, _ end: Int) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: buf[start..<end]), as: UTF8.self)
  }

  /// Decodes one UTF-8 scalar at `i`; returns (scalar, length) or nil for an invalid sequence.
  func decodeScalar(at i: Int) -> (UInt32, Int)? {
    let b0 = buf[i]
    if b0 < 0x80 { return (UInt32(b0), 1) }
    var need = 0
    var v: UInt32 = 0
    if b0 & 0xE0 == 0xC0 { need = 1; v = UInt32(b0 & 0x1F) }
    else if b0 & 0xF0 == 0xE0 { need = 2; v = UInt32(b0 & 0x0F) }
    else if b0 & 0xF8 == 0xF0 { need = 3; v = UInt32(b0 & 0x07) }
    else { return nil }
    if i + need >= count { return nil }
    for k in 1...need {
      let c = buf[i + k]
      if c & 0xC0 != 0x80 { return nil }
      v = (v << 6) | UInt32(c & 0x3F)
    }
    // Reject overlong forms and surrogates.
    if (need == 1 && v < 0x80) || (need == 2 && v < 0x800) || (need == 3 && (v < 0x10000 || v > 0x10FFFF)) { return nil }
    if v >= 0xD800 && v <= 0xDFFF { return nil }
    return (v, need + 1)
  }

  /// A token starting with a non-ASCII byte: an identifier, or an invalid character.
  func scanNonASCIIStart() {
    if let (scalar, len) = decodeScalar(at: pos), isIDStart(scalar) {
      _ = len
      scanIdentifierOrKeyword()
      return
    }
    let start = pos
    if let (_, len) = decodeScalar(at: pos) { pos += len } else { pos += 1 }
    error("invalid character", start, pos)
    token.kind = .invalid
  }
}

/// WhiteSpace other than ASCII: NBSP, ZWNBSP and category Zs.
@inline(__always) func isUnicodeWhitespace(_ c: UInt32) -> Bool {
  switch c {
  case 0xA0, 0xFEFF, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
  default: return false
  }
}

/// ID_Start plus `$` and `_` (IdentifierStartChar).
func isIDStart(_ c: UInt32) -> Bool {
  if c < 0x80 { return byteClassTable[Int(c)] == .identStart }
  guard let s = Unicode.Scalar(c) else { return false }
  return s.properties.isIDStart
}

/// ID_Continue plus `$`, ZWNJ and ZWJ (IdentifierPartChar).
func isIDContinue(_ c: UInt32) -> Bool {
  if c < 0x80 { return isIdentPartASCII(UInt8(c)) }
  if c == 0x200C || c == 0x200D { return true }
  guard let s = Unicode.Scalar(c) else { return false }
  return s.properties.isIDContinue
}
