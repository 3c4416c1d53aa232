// StringLiteral and the escape sequences shared with templates.

/// Builds a cooked value from raw bytes and decoded escapes; pairs UTF-16 surrogate escapes
/// and turns lone surrogates into U+FFFD.
struct CookedBuilder {
  var bytes: [UInt8] = []
  var pendingHigh: UInt32 = 0

  mutating func appendByte(_ b: UInt8) {
    flushHigh()
    bytes.append(b)
  }

  mutating func appendCodeUnitOrPoint(_ c: UInt32) {
    if c >= 0xD800 && c <= 0xDBFF {
      flushHigh()
      pendingHigh = c
      return
    }
    if c >= 0xDC00 && c <= 0xDFFF {
      if pendingHigh != 0 {
        let v = 0x10000 + ((pendingHigh - 0xD800) << 10) + (c - 0xDC00)
        pendingHigh = 0
        appendScalar(v)
      } else {
        appendScalar(0xFFFD)
      }
      return
    }
    flushHigh()
    appendScalar(c)
  }

  mutating func flushHigh() {
    if pendingHigh != 0 {
      pendingHigh = 0
      appendScalar(0xFFFD)
    }
  }

  mutating func appendScalar(_ v: UInt32) {
    if v < 0x80 {
      bytes.append(UInt8(v))
    } else if v < 0x800 {
      bytes.append(UInt8(0xC0 | (v >> 6)))
      bytes.append(UInt8(0x80 | (v & 0x3F)))
    } else if v < 0x10000 {
      bytes.append(UInt8(0xE0 | (v >> 12)))
      bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
      bytes.append(UInt8(0x80 | (v & 0x3F)))
    } else {
      bytes.append(UInt8(0xF0 | (v >> 18)))
      bytes.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
      bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
      bytes.append(UInt8(0x80 | (v & 0x3F)))
    }
  }

  mutating func finish() -> String {
    flushHigh()
    return String(decoding: bytes, as: UTF8.self)
  }
}

/// The outcome of one escape sequence.
enum EscapeResult {
  /// A code unit or code point to append.
  case value(UInt32)
  /// LineContinuation: contributes nothing.
  case nothing
  /// Malformed (`\x1`, `\u{110000}`, ...).
  case invalid
}

extension Lexer {
  /// StringLiteral :: `"` DoubleStringCharacters? `"` | `'` SingleStringCharacters? `'`.
  /// LF and CR end an unterminated literal; U+2028/U+2029 are allowed inside (ES2019).
  func scanString(quote: UInt8) {
    let start = pos
    pos += 1
    let contentStart = pos
    // Fast path: no escapes. A local cursor: `pos` is a property, which the loop would store
    // on every byte.
    var i = pos
    while i < count {
      let b = buf[i]
      if b == quote {
        token.kind = .string
        token.value = nameText(contentStart, i)
        pos = i + 1
        return
      }
      if b == UInt8(ascii: "\\") || b == 0x0A || b == 0x0D { break }
      i += 1
    }
    pos = i
    var cooked = CookedBuilder()
    cooked.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buf[contentStart..<pos]))
    token.kind = .string
    while pos < count {
      let b = buf[pos]
      if b == quote {
        pos += 1
        token.value = cooked.finish()
        return
      }
      if b == 0x0A || b == 0x0D { break }
      if b == UInt8(ascii: "\\") {
        token.escaped = true
        let escStart = pos
        pos += 1
        switch scanEscape(inTemplate: false) {
        case .value(let c): cooked.appendCodeUnitOrPoint(c)
        case .nothing: break
        case .invalid: error("invalid escape sequence", escStart, pos)
        }
        continue
      }
      cooked.appendByte(b)
      pos += 1
    }
    error("unterminated string literal", start, pos)
    token.value = cooked.finish()
  }

  /// EscapeSequence / LineContinuation after a backslash (at `pos`). Sets `token.legacyOctal`
  /// for LegacyOctalEscapeSequence and NonOctalDecimalEscapeSequence (strict-mode errors).
  /// In templates octal-like escapes are invalid (they make the cooked value undefined).
  func scanEscape(inTemplate: Bool) -> EscapeResult {
    guard pos < count else { return .invalid }
    let b = buf[pos]
    pos += 1
    switch b {
    case UInt8(ascii: "n"): return .value(0x0A)
    case UInt8(ascii: "t"): return .value(0x09)
    case UInt8(ascii: "r"): return .value(0x0D)
    case UInt8(ascii: "b"): return .value(0x08)
    case UInt8(ascii: "f"): return .value(0x0C)
    case UInt8(ascii: "v"): return .value(0x0B)
    case 0x0A: return .nothing
    case 0x0D:
      if peekByte() == 0x0A { pos += 1 }
      return .nothing
    case UInt8(ascii: "x"):
      let h1 = hexValue(peekByte()), h2 = hexValue(peekByte(1))
      guard h1 >= 0 && h2 >= 0 else { return .invalid }
      pos += 2
      return .value(UInt32(h1 * 16 + h2))
    case UInt8(ascii: "u"):
      let v = scanUnicodeEscapeBody()
      return v < 0 ? .invalid : .value(UInt32(v))
    case UInt8(ascii: "0")...UInt8(ascii: "7"):
      if b == UInt8(ascii: "0") && !isDigit(peekByte()) { return .value(0) }
      if inTemplate { return .invalid }
      token.legacyOctal = true
      var v = UInt32(b - 0x30)
      // LegacyOctalEscapeSequence: up to three digits, value at most 0o377.
      if peekByte() >= 0x30 && peekByte() <= 0x37 {
        v = v * 8 + UInt32(peekByte() - 0x30)
        pos += 1
        if b <= UInt8(ascii: "3") && peekByte() >= 0x30 && peekByte() <= 0x37 {
          v = v * 8 + UInt32(peekByte() - 0x30)
          pos += 1
        }
      }
      return .value(v)
    case UInt8(ascii: "8"), UInt8(ascii: "9"):
      if inTemplate { return .invalid }
      token.legacyOctal = true
      return .value(UInt32(b))
    default:
      if b >= 0x80 {
        pos -= 1
        if let (c, len) = decodeScalar(at: pos) {
          pos += len
          // LineContinuation with U+2028 / U+2029.
          if c == 0x2028 || c == 0x2029 { return .nothing }
          return .value(c)
        }
        pos += 1
        return .value(0xFFFD)
      }
      return .value(UInt32(b))
    }
  }
}
