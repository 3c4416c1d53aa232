// Early errors of RegularExpressionLiteral bodies (ECMAScript 22.2.1 Patterns, with the
// Annex B.1.2 extensions in non-Unicode mode). A structural check, not a full matcher compiler.

extension Lexer {
  /// Validates the Pattern between `start` and `end`. Returns an error message or nil.
  func validateRegExpPattern(_ start: Int, _ end: Int, unicode: Bool, unicodeSets: Bool) -> String? {
    var v = RegExpValidator(buf: buf, pos: start, end: end, unicode: unicode)
    v.unicodeSets = unicodeSets
    return v.run()
  }
}

struct RegExpValidator {
  let buf: UnsafeBufferPointer<UInt8>
  var pos: Int
  let end: Int
  let unicode: Bool
  var groupCount = 0
  var groupNames: [String] = []
  var referencedNames: [String] = []
  var hasNamedGroups = false
  var error: String? = nil
  var alternativeSerial = 0
  var nameSerials: [String: Int] = [:]
  var unicodeSets = false

  init(buf: UnsafeBufferPointer<UInt8>, pos: Int, end: Int, unicode: Bool) {
    self.buf = buf
    self.pos = pos
    self.end = end
    self.unicode = unicode
  }

  func peek(_ o: Int = 0) -> UInt8 { pos + o < end ? buf[pos + o] : 0 }

  mutating func fail(_ m: String) {
    if error == nil { error = m }
  }

  mutating func run() -> String? {
    prescan()
    let start = pos
    disjunction(depth: 0)
    if error == nil && pos < end {
      fail(peek() == UInt8(ascii: ")") ? "unmatched ')' in regular expression" : "invalid regular expression")
    }
    if error == nil && (unicode || hasNamedGroups) {
      for r in referencedNames where !groupNames.contains(r) { fail("invalid named reference in regular expression"); break }
    }
    _ = start
    return error.map { "\($0)" }
  }

  /// Counts capturing groups and notes named groups (needed before `\k` and `\N` are judged).
  mutating func prescan() {
    var i = pos
    var inClass = false
    while i < end {
      let b = buf[i]
      if b == UInt8(ascii: "\\") { i += 2; continue }
      if b == UInt8(ascii: "[") { inClass = true } else if b == UInt8(ascii: "]") { inClass = false } else if b == UInt8(ascii: "(") && !inClass {
        if i + 1 < end && buf[i + 1] == UInt8(ascii: "?") {
          if i + 2 < end && buf[i + 2] == UInt8(ascii: "<") && i + 3 < end && buf[i + 3] != UInt8(ascii: "=") && buf[i + 3] != UInt8(ascii: "!") {
            groupCount += 1
            hasNamedGroups = true
          }
        } else {
          groupCount += 1
        }
      }
      i += 1
    }
  }

  /// Disjunction :: Alternative | Alternative `|` Disjunction.
  mutating func disjunction(depth: Int) {
    if depth > 200 { fail("regular expression nested too deeply"); pos = end; return }
    alternative(depth: depth)
    while error == nil && peek() == UInt8(ascii: "|") && pos < end {
      pos += 1
      alternativeSerial += 1
      alternative(depth: depth)
    }
  }

  /// Alternative :: Term*.
  mutating func alternative(depth: Int) {
    while error == nil && pos < end {
      let b = peek()
      if b == UInt8(ascii: "|") || b == UInt8(ascii: ")") { return }
      term(depth: depth)
    }
  }

  /// Term :: Assertion | Atom Quantifier? (QuantifiableAssertion in Annex B).
  mutating func term(depth: Int) {
    let b = peek()
    var quantifiable = true
    switch b {
    case UInt8(ascii: "^"), UInt8(ascii: "$"):
      pos += 1
      quantifiable = false
    case UInt8(ascii: "\\") where peek(1) == UInt8(ascii: "b") || peek(1) == UInt8(ascii: "B"):
      pos += 2
      quantifiable = false
    case UInt8(ascii: "("):
      pos += 1
      if peek() == UInt8(ascii: "?") {
        let c = peek(1)
        if c == UInt8(ascii: "=") || c == UInt8(ascii: "!") {
          pos += 2
          quantifiable = !unicode
        } else if c == UInt8(ascii: "<") && (peek(2) == UInt8(ascii: "=") || peek(2) == UInt8(ascii: "!")) {
          pos += 3
          quantifiable = false
        } else if c == UInt8(ascii: ":") {
          pos += 2
        } else if c == UInt8(ascii: "<") {
          pos += 2
          groupName()
        } else if c == UInt8(ascii: "i") || c == UInt8(ascii: "m") || c == UInt8(ascii: "s") || c == UInt8(ascii: "-") {
          modifiers()
        } else {
          fail("invalid group in regular expression")
          return
        }
      }
      disjunction(depth: depth + 1)
      if peek() != UInt8(ascii: ")") || pos >= end {
        fail("unterminated group in regular expression")
        return
      }
      pos += 1
    case UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "?"):
      fail("nothing to repeat in regular expression")
      return
    case UInt8(ascii: "{"):
      if unicode || isBracedQuantifier() {
        fail("nothing to repeat in regular expression")
        return
      }
      pos += 1
    case UInt8(ascii: "}"), UInt8(ascii: "]"):
      if unicode { fail("lone '\(b == UInt8(ascii: "}") ? "}" : "]")' in regular expression"); return }
      pos += 1
    case UInt8(ascii: "["):
      characterClass()
    case UInt8(ascii: "\\"):
      atomEscape()
    default:
      pos += 1
    }
    quantifier(quantifiable: quantifiable)
  }

  /// `(?ims-ims:` modifiers (ES2025).
  mutating func modifiers() {
    pos += 1
    var seen = Set<UInt8>()
    var sawDash = false
    while pos < end {
      let c = peek()
      if c == UInt8(ascii: ":") { pos += 1; return }
      if c == UInt8(ascii: "-") {
        if sawDash { fail("invalid regular expression modifiers"); return }
        sawDash = true
      } else if c == UInt8(ascii: "i") || c == UInt8(ascii: "m") || c == UInt8(ascii: "s") {
        if !seen.insert(c).inserted { fail("invalid regular expression modifiers"); return }
      } else {
        fail("invalid group in regular expression")
        return
      }
      pos += 1
    }
    fail("invalid group in regular expression")
  }

  func isBracedQuantifier() -> Bool {
    var i = pos + 1
    var digits = 0
    while i < end && isDigit(buf[i]) { i += 1; digits += 1 }
    if digits == 0 { return false }
    if i < end && buf[i] == UInt8(ascii: "}") { return true }
    if i < end && buf[i] == UInt8(ascii: ",") {
      i += 1
      while i < end && isDigit(buf[i]) { i += 1 }
      return i < end && buf[i] == UInt8(ascii: "}")
    }
    return false
  }

  /// Quantifier :: QuantifierPrefix `?`?.
  mutating func quantifier(quantifiable: Bool) {
    guard error == nil, pos < end else { return }
    let b = peek()
    var isQuant = false
    if b == UInt8(ascii: "*") || b == UInt8(ascii: "+") || b == UInt8(ascii: "?") {
      pos += 1
      isQuant = true
    } else if b == UInt8(ascii: "{") {
      if isBracedQuantifier() {
        pos += 1
        var lo = 0.0, hi = -1.0
        while isDigit(peek()) { lo = lo * 10 + Double(peek() - 0x30); pos += 1 }
        if peek() == UInt8(ascii: ",") {
          pos += 1
          if isDigit(peek()) {
            hi = 0
            while isDigit(peek()) { hi = hi * 10 + Double(peek() - 0x30); pos += 1 }
          }
        } else {
          hi = lo
        }
        pos += 1
        if hi >= 0 && hi < lo { fail("numbers out of order in {} quantifier"); return }
        isQuant = true
      } else if unicode {
        fail("incomplete quantifier in regular expression")
        return
      }
    }
    if isQuant {
      if !quantifiable { fail("nothing to repeat in regular expression"); return }
      if peek() == UInt8(ascii: "?") { pos += 1 }
      let c = peek()
      if pos < end && (c == UInt8(ascii: "*") || c == UInt8(ascii: "+") || c == UInt8(ascii: "?") || (c == UInt8(ascii: "{") && (unicode || isBracedQuantifier()))) {
        fail("nothing to repeat in regular expression")
      }
    }
  }

  /// GroupName :: `<` RegExpIdentifierName `>` (after `(?<` or `\k<`). Returns the name.
  @discardableResult
  mutating func groupName(isReference: Bool = false) -> String? {
    var scalars = String.UnicodeScalarView()
    var first = true
    while pos < end && peek() != UInt8(ascii: ">") {
      var c: UInt32
      if peek() == UInt8(ascii: "\\") {
        guard peek(1) == UInt8(ascii: "u") else { fail("invalid group name"); return nil }
        pos += 2
        c = UInt32(bitPattern: Int32(readUnicodeEscape(allowBraces: true)))
        // A surrogate pair written as two escapes.
        if c >= 0xD800 && c <= 0xDBFF && peek() == UInt8(ascii: "\\") && peek(1) == UInt8(ascii: "u") {
          let save = pos
          pos += 2
          let lo = readUnicodeEscape(allowBraces: false)
          if lo >= 0xDC00 && lo <= 0xDFFF { c = 0x10000 + ((c - 0xD800) << 10) + UInt32(lo - 0xDC00) } else { pos = save }
        }
      } else {
        guard let (s, len) = decode(pos) else { fail("invalid group name"); return nil }
        c = s
        pos += len
      }
      if c == UInt32.max || !(first ? isIDStart(c) : isIDContinue(c)) { fail("invalid group name"); return nil }
      if let s = Unicode.Scalar(c) { scalars.append(s) }
      first = false
    }
    if pos >= end || first { fail("invalid group name"); return nil }
    pos += 1
    let name = String(scalars)
    if !isReference {
      if let serial = nameSerials[name], serial == alternativeSerial {
        fail("duplicate capture group name")
      }
      nameSerials[name] = alternativeSerial
      groupNames.append(name)
    }
    return name
  }

  func decode(_ i: Int) -> (UInt32, Int)? {
    let b0 = buf[i]
    if b0 < 0x80 { return (UInt32(b0), 1) }
    var need = 0
    var v: UInt32 = 0
    if b0 & 0xE0 == 0xC0 { need = 1; v = UInt32(b0 & 0x1F) } else if b0 & 0xF0 == 0xE0 { need = 2; v = UInt32(b0 & 0x0F) } else if b0 & 0xF8 == 0xF0 { need = 3; v = UInt32(b0 & 0x07) } else { return nil }
    if i + need >= end { return nil }
    for k in 1...need {
      let c = buf[i + k]
      if c & 0xC0 != 0x80 { return nil }
      v = (v << 6) | UInt32(c & 0x3F)
    }
    return (v, need + 1)
  }

  /// After `\u`: Hex4Digits or `{CodePoint}` (braces only in Unicode mode or group names).
  /// Returns -1 when malformed.
  mutating func readUnicodeEscape(allowBraces: Bool) -> Int {
    if peek() == UInt8(ascii: "{") && allowBraces {
      pos += 1
      var v = 0
      var n = 0
      while pos < end && hexValue(peek()) >= 0 { v = min(v * 16 + hexValue(peek()), 0x110000); pos += 1; n += 1 }
      if n == 0 || peek() != UInt8(ascii: "}") || v > 0x10FFFF { return -1 }
      pos += 1
      return v
    }
    var v = 0
    for _ in 0..<4 {
      let h = hexValue(peek())
      if h < 0 { return -1 }
      v = v * 16 + h
      pos += 1
    }
    return v
  }

  /// AtomEscape :: DecimalEscape | CharacterClassEscape | CharacterEscape | `k` GroupName.
  mutating func atomEscape() {
    pos += 1
    if pos >= end { fail("\\ at end of pattern"); return }
    let c = peek()
    if c == UInt8(ascii: "k") {
      pos += 1
      if unicode || hasNamedGroups {
        guard peek() == UInt8(ascii: "<") else { fail("invalid named reference in regular expression"); return }
        pos += 1
        if let n = groupName(isReference: true) { referencedNames.append(n) }
      }
      return
    }
    if c >= UInt8(ascii: "1") && c <= UInt8(ascii: "9") {
      var n = 0
      let save = pos
      while isDigit(peek()) && pos < end { n = min(n * 10 + Int(peek() - 0x30), 100000); pos += 1 }
      if n > groupCount {
        if unicode { fail("invalid escape in regular expression"); return }
        // Annex B: a legacy octal escape or identity escape.
        pos = save + 1
      }
      return
    }
    _ = characterEscape(inClass: false)
  }

  /// CharacterEscape / CharacterClassEscape after `\`. Returns the code point for single characters, -1 for classes.
  mutating func characterEscape(inClass: Bool) -> Int {
    let c = peek()
    pos += 1
    switch c {
    case UInt8(ascii: "d"), UInt8(ascii: "D"), UInt8(ascii: "s"), UInt8(ascii: "S"), UInt8(ascii: "w"), UInt8(ascii: "W"):
      return -1
    case UInt8(ascii: "p"), UInt8(ascii: "P"):
      if unicode {
        guard peek() == UInt8(ascii: "{") else { fail("invalid property name in regular expression"); return -1 }
        var n = 0
        pos += 1
        while pos < end && peek() != UInt8(ascii: "}") {
          let b = peek()
          if !(isIdentPartASCII(b) || b == UInt8(ascii: "=")) { fail("invalid property name in regular expression"); return -1 }
          pos += 1
          n += 1
        }
        if pos >= end || n == 0 { fail("invalid property name in regular expression"); return -1 }
        pos += 1
        return -1
      }
      return Int(c)
    case UInt8(ascii: "f"): return 0x0C
    case UInt8(ascii: "n"): return 0x0A
    case UInt8(ascii: "r"): return 0x0D
    case UInt8(ascii: "t"): return 0x09
    case UInt8(ascii: "v"): return 0x0B
    case UInt8(ascii: "b"): return 0x08
    case UInt8(ascii: "-"):
      if unicode && !inClass { fail("invalid escape in regular expression") }
      return 0x2D
    case UInt8(ascii: "c"):
      let l = peek() | 0x20
      if l >= UInt8(ascii: "a") && l <= UInt8(ascii: "z") && pos < end { pos += 1; return Int(peek(-1) % 32) }
      if inClass && !unicode && (isDigit(peek()) || peek() == UInt8(ascii: "_")) { pos += 1; return Int(peek(-1) % 32) }
      if unicode { fail("invalid escape in regular expression") }
      pos -= 1
      return 0x5C
    case UInt8(ascii: "0"):
      if isDigit(peek()) && pos < end {
        if unicode { fail("invalid decimal escape in regular expression"); return 0 }
        var v = 0
        while peek() >= 0x30 && peek() <= 0x37 && pos < end && v < 32 { v = v * 8 + Int(peek() - 0x30); pos += 1 }
        return v
      }
      return 0
    case UInt8(ascii: "x"):
      let h1 = hexValue(peek()), h2 = hexValue(peek(1))
      if h1 >= 0 && h2 >= 0 && pos + 1 < end { pos += 2; return h1 * 16 + h2 }
      if unicode { fail("invalid escape in regular expression") }
      return Int(c)
    case UInt8(ascii: "u"):
      let save = pos
      let v = readUnicodeEscape(allowBraces: unicode)
      if v < 0 {
        if unicode { fail("invalid Unicode escape in regular expression") }
        pos = save
        return Int(c)
      }
      if unicode && v >= 0xD800 && v <= 0xDBFF && peek() == UInt8(ascii: "\\") && peek(1) == UInt8(ascii: "u") {
        let s2 = pos
        pos += 2
        let lo = readUnicodeEscape(allowBraces: false)
        if lo >= 0xDC00 && lo <= 0xDFFF { return 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00) }
        pos = s2
      }
      return v
    default:
      if c >= UInt8(ascii: "1") && c <= UInt8(ascii: "9") {
        // Inside a class (or an out-of-range back reference): Annex B legacy octal / identity.
        if unicode { fail("invalid escape in regular expression"); return 0 }
        if c <= UInt8(ascii: "7") {
          var v = Int(c - 0x30)
          while peek() >= 0x30 && peek() <= 0x37 && pos < end && v < 32 { v = v * 8 + Int(peek() - 0x30); pos += 1 }
          return v
        }
        return Int(c)
      }
      if unicode {
        // IdentityEscape[+UnicodeMode] :: SyntaxCharacter | `/`.
        switch c {
        case UInt8(ascii: "^"), UInt8(ascii: "$"), UInt8(ascii: "\\"), UInt8(ascii: "."), UInt8(ascii: "*"),
          UInt8(ascii: "+"), UInt8(ascii: "?"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["),
          UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "|"), UInt8(ascii: "/"):
          return Int(c)
        default:
          fail("invalid escape in regular expression")
          return Int(c)
        }
      }
      if c >= 0x80 {
        pos -= 1
        if let (s, len) = decode(pos) { pos += len; return Int(s) }
        pos += 1
      }
      return Int(c)
    }
  }

  /// CharacterClass :: `[` `^`? ClassContents `]`. With the `v` flag the contents are only skipped.
  mutating func characterClass() {
    pos += 1
    if unicodeSets {
      var depth = 1
      while pos < end {
        let b = peek()
        if b == UInt8(ascii: "\\") { pos += 2; continue }
        if b == UInt8(ascii: "[") { depth += 1 } else if b == UInt8(ascii: "]") {
          depth -= 1
          if depth == 0 { pos += 1; return }
        }
        pos += 1
      }
      fail("unterminated character class")
      return
    }
    if peek() == UInt8(ascii: "^") { pos += 1 }
    var prev = -2
    var pendingRange = false
    var rangeStartIsClass = false
    while pos < end {
      let b = peek()
      if b == UInt8(ascii: "]") { pos += 1; return }
      var value: Int
      if b == UInt8(ascii: "\\") {
        pos += 1
        if pos >= end { fail("\\ at end of pattern"); return }
        if peek() == UInt8(ascii: "b") { pos += 1; value = 8 } else { value = characterEscape(inClass: true) }
        if error != nil { return }
      } else if b == UInt8(ascii: "[") && unicode {
        // `v`-mode nested class or `u`-mode literal `[`: accept.
        pos += 1
        value = Int(b)
      } else if b >= 0x80 {
        if let (s, len) = decode(pos) { value = Int(s); pos += len } else { value = Int(b); pos += 1 }
      } else {
        pos += 1
        value = Int(b)
      }
      if pendingRange {
        pendingRange = false
        if value == -1 || rangeStartIsClass {
          if unicode { fail("invalid character class range"); return }
        } else if value < prev {
          fail("range out of order in character class")
          return
        }
        prev = -2
        continue
      }
      if peek() == UInt8(ascii: "-") && peek(1) != UInt8(ascii: "]") && pos + 1 < end {
        pos += 1
        pendingRange = true
        rangeStartIsClass = value == -1
        prev = value
        continue
      }
      prev = value
    }
    fail("unterminated character class")
  }
}
