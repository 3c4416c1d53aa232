// NumericLiteral: decimal, hex, octal, binary, BigInt, separators and Annex B legacy octal.

extension Lexer {
  /// NumericLiteral :: DecimalLiteral | DecimalBigIntegerLiteral | NonDecimalIntegerLiteral BigIntLiteralSuffix?
  ///   | LegacyOctalIntegerLiteral (Annex B). Sets `token.number` (and `token.value` digits for BigInt).
  func scanNumber() {
    let start = pos
    let b0 = buf[pos]
    if b0 == UInt8(ascii: "0") && pos + 1 < count {
      let b1 = buf[pos + 1] | 0x20
      let radix: Int
      switch b1 {
      case UInt8(ascii: "x"): radix = 16
      case UInt8(ascii: "o"): radix = 8
      case UInt8(ascii: "b"): radix = 2
      default: radix = 0
      }
      if radix != 0 {
        pos += 2
        scanRadixInteger(start: start, radix: radix)
        return
      }
      if isDigit(buf[pos + 1]) || buf[pos + 1] == UInt8(ascii: "_") {
        scanLegacyOctalLike(start: start)
        return
      }
    }
    // The common case, a plain integer of at most 15 digits (no separator, fraction, exponent or
    // suffix), is read in place; anything else goes the general way below from the start.
    var end = pos
    var value = 0
    while end < count && end - pos < 16 && isDigit(buf[end]) {
      value = value * 10 + Int(buf[end] - 0x30)
      end += 1
    }
    if end > pos && end - pos <= 15 {
      let after = end < count ? buf[end] : 0
      if !isDigit(after) && after != UInt8(ascii: ".") && after | 0x20 != UInt8(ascii: "e") && after != UInt8(ascii: "n")
        && after != UInt8(ascii: "_")
      {
        pos = end
        token.kind = .number
        token.number = Double(value)
        checkAfterNumber()
        return
      }
    }
    // DecimalLiteral :: DecimalIntegerLiteral `.` DecimalDigits? ExponentPart? | `.` DecimalDigits ExponentPart? | ...
    var digits: [UInt8] = []
    var isInteger = true
    scanDigits(into: &digits, allowSeparators: true)
    if peekByte() == UInt8(ascii: "n") {
      pos += 1
      token.kind = .bigint
      token.value = String(decoding: digits, as: UTF8.self)
      token.number = Double(token.value!) ?? 0
      checkAfterNumber()
      return
    }
    if peekByte() == UInt8(ascii: ".") {
      isInteger = false
      pos += 1
      digits.append(UInt8(ascii: "."))
      if isDigit(peekByte()) { scanDigits(into: &digits, allowSeparators: true) }
    }
    if peekByte() | 0x20 == UInt8(ascii: "e") {
      let save = pos
      pos += 1
      var exp: [UInt8] = [UInt8(ascii: "e")]
      if peekByte() == UInt8(ascii: "+") || peekByte() == UInt8(ascii: "-") {
        exp.append(peekByte())
        pos += 1
      }
      if isDigit(peekByte()) {
        isInteger = false
        scanDigits(into: &exp, allowSeparators: true)
        digits.append(contentsOf: exp)
      } else {
        pos = save
        error("missing exponent", start, pos + 1)
        pos += 1
      }
    }
    token.kind = .number
    if isInteger && digits.count <= 15 {
      var v = 0
      for d in digits { v = v * 10 + Int(d - 0x30) }
      token.number = Double(v)
    } else {
      if digits.first == UInt8(ascii: ".") { digits.insert(UInt8(ascii: "0"), at: 0) }
      token.number = Double(String(decoding: digits, as: UTF8.self)) ?? .nan
    }
    checkAfterNumber()
  }

  /// DecimalDigits[Sep] :: DecimalDigit | DecimalDigits NumericLiteralSeparator? DecimalDigit.
  private func scanDigits(into digits: inout [UInt8], allowSeparators: Bool) {
    var lastWasSep = false
    var any = false
    while pos < count {
      let b = buf[pos]
      if isDigit(b) {
        digits.append(b)
        lastWasSep = false
        any = true
      } else if b == UInt8(ascii: "_") {
        if !allowSeparators || lastWasSep || !any { error("invalid numeric separator", pos, pos + 1) }
        lastWasSep = true
      } else {
        break
      }
      pos += 1
    }
    if lastWasSep { error("invalid numeric separator", pos - 1, pos) }
  }

  /// HexIntegerLiteral / OctalIntegerLiteral / BinaryIntegerLiteral, with separators and BigInt suffix.
  private func scanRadixInteger(start: Int, radix: Int) {
    var value: Double = 0
    var any = false
    var lastWasSep = false
    var digitText: [UInt8] = []
    while pos < count {
      let b = buf[pos]
      if b == UInt8(ascii: "_") {
        if !any || lastWasSep { error("invalid numeric separator", pos, pos + 1) }
        lastWasSep = true
        pos += 1
        continue
      }
      let d = hexValue(b)
      if d < 0 || d >= radix { break }
      value = value * Double(radix) + Double(d)
      digitText.append(b)
      any = true
      lastWasSep = false
      pos += 1
    }
    if lastWasSep { error("invalid numeric separator", pos - 1, pos) }
    if !any { error("missing digits after radix prefix", start, pos) }
    if peekByte() == UInt8(ascii: "n") {
      pos += 1
      token.kind = .bigint
      token.value = text(start, start + 2) + String(decoding: digitText, as: UTF8.self)
    } else {
      token.kind = .number
    }
    token.number = value
    checkAfterNumber()
  }

  /// Annex B LegacyOctalIntegerLiteral (`017`) and NonOctalDecimalIntegerLiteral (`019`, `08.5`).
  private func scanLegacyOctalLike(start: Int) {
    var octal = true
    pos += 1
    while pos < count {
      let b = buf[pos]
      if b == UInt8(ascii: "_") {
        error("numeric separator in a legacy octal-like literal", pos, pos + 1)
        pos += 1
        continue
      }
      if !isDigit(b) { break }
      if b >= UInt8(ascii: "8") { octal = false }
      pos += 1
    }
    token.kind = .number
    token.legacyOctal = true
    if octal {
      var v: Double = 0
      for i in start..<pos where isDigit(buf[i]) { v = v * 8 + Double(buf[i] - 0x30) }
      token.number = v
    } else {
      var digits: [UInt8] = []
      for i in start..<pos where isDigit(buf[i]) { digits.append(buf[i]) }
      if peekByte() == UInt8(ascii: ".") {
        pos += 1
        digits.append(UInt8(ascii: "."))
        scanDigits(into: &digits, allowSeparators: true)
      }
      if peekByte() | 0x20 == UInt8(ascii: "e") {
        let save = pos
        pos += 1
        var exp: [UInt8] = [UInt8(ascii: "e")]
        if peekByte() == UInt8(ascii: "+") || peekByte() == UInt8(ascii: "-") { exp.append(peekByte()); pos += 1 }
        if isDigit(peekByte()) { scanDigits(into: &exp, allowSeparators: true); digits.append(contentsOf: exp) } else { pos = save }
      }
      token.number = Double(String(decoding: digits, as: UTF8.self)) ?? .nan
    }
    if peekByte() == UInt8(ascii: "n") {
      error("invalid BigInt literal", start, pos + 1)
      pos += 1
    }
    checkAfterNumber()
  }

  /// "The SourceCharacter immediately following a NumericLiteral must not be an IdentifierStart or DecimalDigit."
  private func checkAfterNumber() {
    guard pos < count else { return }
    let b = buf[pos]
    var bad = isDigit(b) || (b < 0x80 && byteClassTable[Int(b)] == .identStart) || b == UInt8(ascii: "\\")
    if b >= 0x80, let (c, _) = decodeScalar(at: pos), isIDStart(c) { bad = true }
    if bad {
      let s = pos
      while pos < count && isIdentPartASCII(buf[pos]) { pos += 1 }
      error("identifier starts immediately after numeric literal", s, max(pos, s + 1))
    }
  }
}
