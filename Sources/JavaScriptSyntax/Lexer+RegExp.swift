// RegularExpressionLiteral (scanned only when the parser asks: InputElementRegExp).

extension Lexer {
  /// RegularExpressionLiteral :: `/` RegularExpressionBody `/` RegularExpressionFlags.
  /// The current token is `/` or `/=`; it is replaced by a `.regex` token whose `value` is the body.
  func rescanAsRegExp() {
    let start = token.start
    pos = start + 1
    var inClass = false
    var terminated = false
    while pos < count {
      let b = buf[pos]
      if b == 0x0A || b == 0x0D || (b == 0xE2 && lineTerminatorLength(at: pos) == 3) { break }
      if b == UInt8(ascii: "\\") {
        pos += 1
        // RegularExpressionBackslashSequence :: `\` RegularExpressionNonTerminator.
        if pos < count && lineTerminatorLength(at: pos) == 0 { pos += 1 }
        continue
      }
      if b == UInt8(ascii: "[") {
        inClass = true
      } else if b == UInt8(ascii: "]") {
        inClass = false
      } else if b == UInt8(ascii: "/") && !inClass {
        terminated = true
        break
      }
      pos += 1
    }
    token.kind = .regex
    guard terminated else {
      error("unterminated regular expression literal", start, pos)
      token.value = text(start + 1, pos)
      token.end = pos
      return
    }
    let bodyEnd = pos
    pos += 1
    // RegularExpressionFlags :: IdentifierPartChar*; only `dgimsuyv`, each at most once, not `u` with `v`.
    let flagsStart = pos
    var seen: UInt32 = 0
    var bad = false
    while pos < count {
      let b = buf[pos]
      if b < 0x80 && isIdentPartASCII(b) {
        let bit: UInt32
        switch b {
        case UInt8(ascii: "d"): bit = 1
        case UInt8(ascii: "g"): bit = 2
        case UInt8(ascii: "i"): bit = 4
        case UInt8(ascii: "m"): bit = 8
        case UInt8(ascii: "s"): bit = 16
        case UInt8(ascii: "u"): bit = 32
        case UInt8(ascii: "y"): bit = 64
        case UInt8(ascii: "v"): bit = 128
        default: bit = 0
        }
        if bit == 0 || seen & bit != 0 { bad = true }
        seen |= bit
        pos += 1
      } else if b == UInt8(ascii: "\\") {
        bad = true
        pos += 1
      } else if b >= 0x80, let (c, len) = decodeScalar(at: pos), isIDContinue(c) {
        bad = true
        pos += len
      } else {
        break
      }
    }
    if seen & 32 != 0 && seen & 128 != 0 { bad = true }
    if bad { error("invalid regular expression flags", flagsStart, pos) }
    token.value = text(start + 1, bodyEnd)
    token.end = pos
    let flags = text(flagsStart, pos)
    regexFlags = flags
    if let message = validateRegExpPattern(start + 1, bodyEnd, unicode: seen & (32 | 128) != 0, unicodeSets: seen & 128 != 0) {
      error(message, start, pos)
    }
  }
}
