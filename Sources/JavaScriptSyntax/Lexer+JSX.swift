// JSX lexical grammar: JSXIdentifier (with `-`), JSXText, JSXString (no escapes), entities.

extension Lexer {
  /// JSXIdentifier :: IdentifierStart (IdentifierPart | `-`)*: extends the current `.name` token.
  func extendJSXName() {
    var p = token.end
    while p < count && (isIdentPartASCII(buf[p]) || buf[p] == UInt8(ascii: "-")) { p += 1 }
    if p != token.end {
      token.end = p
      pos = p
      token.value = text(token.start, p)
      token.keyword = .none
    }
  }

  /// JSXChild scanning from `from`: `<` and `{` are tokens, anything else up to them is JSXText.
  func scanJSXChild(from: Int) {
    lastEnd = token.end
    previousKind = token.kind
    pos = from
    token.newlineBefore = false
    token.escaped = false
    token.value = nil
    token.keyword = .none
    token.start = pos
    if pos >= count {
      token.kind = .eof
      token.end = count
      return
    }
    let b = buf[pos]
    if b == UInt8(ascii: "<") {
      pos += 1
      token.kind = .lt
    } else if b == UInt8(ascii: "{") {
      pos += 1
      token.kind = .lbrace
    } else {
      while pos < count && buf[pos] != UInt8(ascii: "<") && buf[pos] != UInt8(ascii: "{") { pos += 1 }
      token.kind = .jsxText
      token.value = decodeJSXEntities(token.start, pos)
    }
    token.end = pos
  }

  /// JSXDoubleStringCharacters / JSXSingleStringCharacters: no escapes, newlines allowed.
  func scanJSXString(from: Int) {
    lastEnd = token.end
    previousKind = token.kind
    pos = from
    token.start = pos
    token.keyword = .none
    token.escaped = false
    let quote = buf[pos]
    pos += 1
    while pos < count && buf[pos] != quote { pos += 1 }
    token.kind = .string
    token.value = decodeJSXEntities(token.start + 1, pos)
    if pos < count { pos += 1 } else { error("unterminated string literal", token.start, pos) }
    token.end = pos
  }

  /// HTML character references in JSX text and attribute strings.
  func decodeJSXEntities(_ start: Int, _ end: Int) -> String {
    var hasAmp = false
    for i in start..<end where buf[i] == UInt8(ascii: "&") { hasAmp = true; break }
    if !hasAmp { return text(start, end) }
    var out = CookedBuilder()
    var i = start
    while i < end {
      if buf[i] == UInt8(ascii: "&"), let semi = (i + 1..<min(end, i + 12)).first(where: { buf[$0] == UInt8(ascii: ";") }) {
        let name = text(i + 1, semi)
        var scalar: UInt32? = nil
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
          scalar = UInt32(name.dropFirst(2), radix: 16)
        } else if name.hasPrefix("#") {
          scalar = UInt32(name.dropFirst(), radix: 10)
        } else {
          scalar = jsxNamedEntities[name]
        }
        if let s = scalar, s <= 0x10FFFF {
          out.appendScalar(s)
          i = semi + 1
          continue
        }
      }
      out.appendByte(buf[i])
      i += 1
    }
    return out.finish()
  }
}

/// The common named character references (the full HTML table is not needed for linting).
let jsxNamedEntities: [String: UInt32] = [
  "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0xA0, "copy": 0xA9, "reg": 0xAE,
  "trade": 0x2122, "hellip": 0x2026, "mdash": 0x2014, "ndash": 0x2013, "lsquo": 0x2018, "rsquo": 0x2019,
  "ldquo": 0x201C, "rdquo": 0x201D, "bull": 0x2022, "middot": 0xB7, "times": 0xD7, "divide": 0xF7,
  "laquo": 0xAB, "raquo": 0xBB, "euro": 0x20AC, "pound": 0xA3, "yen": 0xA5, "cent": 0xA2, "deg": 0xB0,
  "larr": 0x2190, "rarr": 0x2192, "uarr": 0x2191, "darr": 0x2193, "hearts": 0x2665, "check": 0x2713,
  "zwj": 0x200D, "zwnj": 0x200C, "shy": 0xAD, "iexcl": 0xA1, "iquest": 0xBF, "sect": 0xA7, "para": 0xB6,
]
