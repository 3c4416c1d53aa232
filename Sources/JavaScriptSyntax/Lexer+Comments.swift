// WhiteSpace, LineTerminator, Comment, HashbangComment and Annex B HTML-like comments.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension Lexer {
  /// HashbangComment :: `#!` SingleLineCommentChars? (only at the very start of the source).
  func skipHashbang() {
    guard pos + 1 < count, buf[pos] == UInt8(ascii: "#"), buf[pos + 1] == UInt8(ascii: "!") else { return }
    let start = pos
    pos += 2
    skipToLineEnd()
    comments.append(Comment(kind: .line, span: Span(start: start, end: pos), contentSpan: Span(start: start + 2, end: pos)))
  }

  /// Length of the LineTerminator at `i` (LF, CR, U+2028, U+2029; CRLF counts as 2), or 0.
  @inline(__always) func lineTerminatorLength(at i: Int) -> Int {
    let b = buf[i]
    if b == 0x0A { return 1 }
    if b == 0x0D { return (i + 1 < count && buf[i + 1] == 0x0A) ? 2 : 1 }
    if b == 0xE2 && i + 2 < count && buf[i + 1] == 0x80 && (buf[i + 2] == 0xA8 || buf[i + 2] == 0xA9) { return 3 }
    return 0
  }

  /// SingleLineCommentChars: moves `pos` to the next line terminator (or the end).
  func skipToLineEnd() {
    // A local cursor: `pos` is a property, which the loop would store on every byte.
    var i = pos
    defer { pos = i }
    while i < count {
      let b = buf[i]
      if b == 0x0A || b == 0x0D { return }
      if b == 0xE2 && lineTerminatorLength(at: i) == 3 { return }
      i += 1
    }
  }

  /// Skips WhiteSpace, LineTerminator and Comment (incl. Annex B HTML-like comments in scripts).
  /// Returns whether a line terminator was crossed (for ASI and restricted productions).
  func skipTrivia() -> Bool {
    // The first token of the input counts as being at the start of a line for `-->`.
    var newline = atStart
    atStart = false
    var sawNewline = false
    while pos < count {
      let b = buf[pos]
      switch b {
      case 0x09, 0x0B, 0x0C, 0x20, 0x0A, 0x0D:
        // Indentation and line breaks in one local loop (`pos` is a property, which the outer
        // loop would store on every byte).
        var i = pos
        while i < count {
          let c = buf[i]
          if c == 0x20 || c == 0x09 || c == 0x0B || c == 0x0C {
            i += 1
          } else if c == 0x0A || c == 0x0D {
            newline = true
            sawNewline = true
            i += 1
          } else {
            break
          }
        }
        pos = i
      case UInt8(ascii: "/"):
        let c = peekByte(1)
        if c == UInt8(ascii: "/") {
          let start = pos
          pos += 2
          skipToLineEnd()
          comments.append(Comment(kind: .line, span: Span(start: start, end: pos), contentSpan: Span(start: start + 2, end: pos)))
        } else if c == UInt8(ascii: "*") {
          if skipBlockComment() { newline = true; sawNewline = true }
        } else {
          return sawNewline
        }
      case UInt8(ascii: "<"):
        // SingleLineHTMLOpenComment :: `<!--` SingleLineCommentChars?
        if !isModule && peekByte(1) == UInt8(ascii: "!") && peekByte(2) == UInt8(ascii: "-") && peekByte(3) == UInt8(ascii: "-") {
          let start = pos
          pos += 4
          skipToLineEnd()
          comments.append(Comment(kind: .html, span: Span(start: start, end: pos), contentSpan: Span(start: start + 4, end: pos)))
        } else {
          return sawNewline
        }
      case UInt8(ascii: "-"):
        // SingleLineHTMLCloseComment: `-->` first on a line (after whitespace and comments).
        if !isModule && newline && peekByte(1) == UInt8(ascii: "-") && peekByte(2) == UInt8(ascii: ">") {
          let start = pos
          pos += 3
          skipToLineEnd()
          comments.append(Comment(kind: .html, span: Span(start: start, end: pos), contentSpan: Span(start: start + 3, end: pos)))
        } else {
          return sawNewline
        }
      case 0xC2:
        if peekByte(1) == 0xA0 { pos += 2 } else { return sawNewline }
      case 0xE1, 0xE2, 0xE3, 0xEF:
        let lt = lineTerminatorLength(at: pos)
        if lt > 0 {
          pos += lt
          newline = true
          sawNewline = true
        } else if let (c, len) = decodeScalar(at: pos), isUnicodeWhitespace(c) {
          pos += len
        } else {
          return sawNewline
        }
      default:
        return sawNewline
      }
    }
    return sawNewline
  }

  /// MultiLineComment :: `/*` MultiLineCommentChars? `*/`. Returns whether it contains a line terminator.
  func skipBlockComment() -> Bool {
    let start = pos
    let base = buf.baseAddress!
    // memchr to each `*` until one is followed by `/` (documentation comments are long).
    var close = -1
    var i = pos + 2
    while i < count, let hit = memchr(base + i, Int32(UInt8(ascii: "*")), count - i) {
      let star = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
      if star + 1 < count && base[star + 1] == UInt8(ascii: "/") {
        close = star
        break
      }
      i = star + 1
    }
    let bodyEnd = close >= 0 ? close : count
    let hasNewline = containsLineTerminator(from: start + 2, to: bodyEnd)
    if close >= 0 {
      pos = close + 2
      comments.append(Comment(kind: .block, span: Span(start: start, end: pos), contentSpan: Span(start: start + 2, end: pos - 2)))
      return hasNewline
    }
    pos = count
    error("unterminated comment", start, count)
    comments.append(Comment(kind: .block, span: Span(start: start, end: count), contentSpan: Span(start: start + 2, end: count)))
    return hasNewline
  }

  /// Whether a LineTerminator starts anywhere in `buf[from..<to]` (found by memchr).
  func containsLineTerminator(from: Int, to: Int) -> Bool {
    guard from < to else { return false }
    let base = buf.baseAddress!
    if memchr(base + from, 0x0A, to - from) != nil || memchr(base + from, 0x0D, to - from) != nil { return true }
    var i = from
    while i < to, let hit = memchr(base + i, 0xE2, to - i) {
      let e2 = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
      if lineTerminatorLength(at: e2) == 3 { return true }
      i = e2 + 1
    }
    return false
  }
}
