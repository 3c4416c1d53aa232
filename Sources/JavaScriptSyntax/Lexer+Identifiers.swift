// IdentifierName, ReservedWord and PrivateIdentifier.

/// Every word with a meaning somewhere in the grammar, with its `Keyword`.
let keywordSpellings: [(String, Keyword)] = [
  ("break", .break), ("case", .case), ("catch", .catch), ("class", .class), ("const", .const),
  ("continue", .continue), ("debugger", .debugger), ("default", .default), ("delete", .delete), ("do", .do),
  ("else", .else), ("enum", .enum), ("export", .export), ("extends", .extends), ("false", .false),
  ("finally", .finally), ("for", .for), ("function", .function), ("if", .if), ("import", .import), ("in", .in),
  ("instanceof", .instanceof), ("new", .new), ("null", .null), ("return", .return), ("super", .super),
  ("switch", .switch), ("this", .this), ("throw", .throw), ("true", .true), ("try", .try), ("typeof", .typeof),
  ("var", .var), ("void", .void), ("while", .while), ("with", .with),
  ("implements", .implements), ("interface", .interface), ("let", .let), ("package", .package),
  ("private", .private), ("protected", .protected), ("public", .public), ("static", .static), ("yield", .yield),
  ("await", .await), ("async", .async), ("of", .of), ("get", .get), ("set", .set), ("target", .target),
  ("meta", .meta), ("from", .from), ("as", .as), ("accessor", .accessor), ("using", .using),
  ("source", .source), ("defer", .defer),
  ("type", .type), ("declare", .declare), ("abstract", .abstract), ("namespace", .namespace),
  ("module", .module), ("satisfies", .satisfies), ("readonly", .readonly), ("global", .global),
  ("keyof", .keyof), ("infer", .infer), ("is", .is), ("asserts", .asserts), ("unique", .unique),
  ("override", .override),
]

/// Up to eight bytes at `p[from..<to]` as one integer (little-endian), so that a word compares
/// with a keyword in one or two integer comparisons.
@inline(__always) func packBytes(_ p: UnsafePointer<UInt8>, _ from: Int, _ to: Int) -> UInt64 {
  var v: UInt64 = 0
  var i = to
  while i > from {
    i -= 1
    v = (v << 8) | UInt64(p[i])
  }
  return v
}

/// Keywords bucketed by first letter and length, each stored as packed bytes: looking a word up
/// costs a bucket index and at most three integer comparisons, with no hashing and no arrays to
/// retain (this runs for every identifier the lexer meets).
final class KeywordIndex: Sendable {
  struct Entry {
    /// The first eight bytes, packed.
    var head: UInt64
    /// Bytes nine and ten (the longest keywords have ten), packed; 0 when there are none.
    var tail: UInt64
    var keyword: Keyword
  }
  static let maxLength = 10
  /// `entries[bucketStart[b]..<bucketStart[b + 1]]` are the keywords of bucket `b`.
  nonisolated(unsafe) let bucketStart: UnsafeMutablePointer<Int32>
  nonisolated(unsafe) let entries: UnsafeMutablePointer<Entry>

  init(_ words: [(String, Keyword)]) {
    let bucketCount = 26 * (KeywordIndex.maxLength + 1)
    var buckets = [[Entry]](repeating: [], count: bucketCount)
    for (w, k) in words {
      let bytes = Array(w.utf8)
      bytes.withUnsafeBufferPointer { b in
        let p = b.baseAddress!
        let entry = Entry(head: packBytes(p, 0, min(b.count, 8)), tail: b.count > 8 ? packBytes(p, 8, b.count) : 0, keyword: k)
        buckets[KeywordIndex.bucket(first: p[0], length: b.count)].append(entry)
      }
    }
    bucketStart = .allocate(capacity: bucketCount + 1)
    entries = .allocate(capacity: words.count)
    var n = 0
    for (b, list) in buckets.enumerated() {
      bucketStart[b] = Int32(n)
      for e in list {
        entries[n] = e
        n += 1
      }
    }
    bucketStart[bucketCount] = Int32(n)
  }

  @inline(__always) static func bucket(first: UInt8, length: Int) -> Int {
    Int(first &- UInt8(ascii: "a")) * (maxLength + 1) + length
  }

  /// The keyword spelled by `len` bytes at `p`, or `.none`.
  @inline(__always) func lookup(_ p: UnsafePointer<UInt8>, _ len: Int) -> Keyword {
    guard len >= 2 && len <= KeywordIndex.maxLength else { return .none }
    let first = p[0]
    guard first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z") else { return .none }
    let b = KeywordIndex.bucket(first: first, length: len)
    var i = Int(bucketStart[b])
    let end = Int(bucketStart[b + 1])
    if i == end { return .none }
    let head = packBytes(p, 0, min(len, 8))
    let tail = len > 8 ? packBytes(p, 8, len) : 0
    while i < end {
      if entries[i].head == head && entries[i].tail == tail { return entries[i].keyword }
      i += 1
    }
    return .none
  }
}

let keywordIndex = KeywordIndex(keywordSpellings)

/// The keyword spelled by `len` bytes at `p`, or `.none`.
func lookupKeyword(_ p: UnsafePointer<UInt8>, _ len: Int) -> Keyword {
  keywordIndex.lookup(p, len)
}

func lookupKeyword(_ s: String) -> Keyword {
  var s = s
  return s.withUTF8 { u in
    guard let base = u.baseAddress else { return .none }
    return lookupKeyword(base, u.count)
  }
}

extension Lexer {
  /// IdentifierName :: IdentifierStart | IdentifierName IdentifierPart, then ReservedWord lookup.
  /// The common all-ASCII, escape-free case never builds a String.
  func scanIdentifierOrKeyword() {
    let start = pos
    // A local cursor: `pos` is a property, which the loop would store on every byte.
    let base = buf.baseAddress!
    var i = start
    while i < count && identPart[Int(base[i])] { i += 1 }
    pos = i
    if i < count && (base[i] == UInt8(ascii: "\\") || base[i] >= 0x80) {
      scanIdentifierSlow(start: start)
      return
    }
    token.kind = .name
    token.keyword = keywords.lookup(base + start, i - start)
  }

  /// The slow path: Unicode letters and `\u` escapes (IdentifierStart :: `\` UnicodeEscapeSequence).
  func scanIdentifierSlow(start: Int) {
    var scalars = String.UnicodeScalarView()
    for i in start..<pos { scalars.append(Unicode.Scalar(buf[i])) }
    var escaped = false
    var first = pos == start
    while pos < count {
      let b = buf[pos]
      if b < 0x80 && isIdentPartASCII(b) {
        if first && isDigit(b) { break }
        scalars.append(Unicode.Scalar(b))
        pos += 1
      } else if b == UInt8(ascii: "\\") {
        let escStart = pos
        escaped = true
        guard peekByte(1) == UInt8(ascii: "u") else {
          pos += 1
          error("invalid escape in identifier", escStart, pos)
          continue
        }
        pos += 2
        let c = scanUnicodeEscapeBody()
        if c < 0 || !(first ? isIDStart(UInt32(c)) : isIDContinue(UInt32(c))) {
          error("invalid Unicode escape in identifier", escStart, pos)
        }
        if c >= 0, let s = Unicode.Scalar(UInt32(c)) { scalars.append(s) }
      } else if b >= 0x80 {
        guard let (c, len) = decodeScalar(at: pos) else { break }
        if !(first ? isIDStart(c) : isIDContinue(c)) { break }
        scalars.append(Unicode.Scalar(c)!)
        pos += len
      } else {
        break
      }
      first = false
    }
    let name = String(scalars)
    token.kind = .name
    token.escaped = escaped
    if escaped { token.value = name }
    token.keyword = lookupKeyword(name)
  }

  /// UnicodeEscapeSequence after `\u`: `Hex4Digits` or `{ CodePoint }`. Returns -1 when malformed.
  func scanUnicodeEscapeBody() -> Int {
    if peekByte() == UInt8(ascii: "{") {
      pos += 1
      var v = 0
      var digits = 0
      while pos < count, hexValue(buf[pos]) >= 0 {
        v = v * 16 + hexValue(buf[pos])
        if v > 0x10FFFF { v = 0x110000 }
        digits += 1
        pos += 1
      }
      guard digits > 0, peekByte() == UInt8(ascii: "}") else { return -1 }
      pos += 1
      return v > 0x10FFFF ? -1 : v
    }
    var v = 0
    for _ in 0..<4 {
      guard pos < count, hexValue(buf[pos]) >= 0 else { return -1 }
      v = v * 16 + hexValue(buf[pos])
      pos += 1
    }
    return v
  }

  /// PrivateIdentifier :: `#` IdentifierName.
  func scanPrivateName() {
    let start = pos
    pos += 1
    let c = peekByte()
    var startsIdent = c == UInt8(ascii: "\\") || (c < 0x80 && byteClassTable[Int(c)] == .identStart)
    if c >= 0x80, pos < count, let (s, _) = decodeScalar(at: pos), isIDStart(s) { startsIdent = true }
    guard startsIdent else {
      token.kind = .hash
      return
    }
    scanIdentifierOrKeyword()
    token.kind = .privateName
    token.keyword = .none
    if token.value == nil { token.value = nameText(start + 1, pos) }
    _ = start
  }
}
