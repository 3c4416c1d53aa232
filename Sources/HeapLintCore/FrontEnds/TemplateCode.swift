/// Byte helpers shared by the template scanners.
enum TemplateBytes {
  static func isWordByte(_ b: UInt8) -> Bool {
    HTMLRawTag.isLetter(b) || HTMLRawTag.isDigit(b) || b == 0x5F || b >= 0x80
  }

  static func isSpace(_ b: UInt8) -> Bool { HTMLRawTag.isBlank(b) || b == 0x0C }

  /// Whether `bytes[i...]` starts with `text` exactly.
  static func matches(_ bytes: [UInt8], _ i: Int, _ text: String) -> Bool {
    var k = i
    for b in text.utf8 {
      guard k < bytes.count, bytes[k] == b else { return false }
      k += 1
    }
    return true
  }

  /// The offset of the first `text` at or after `from`, or nil.
  static func find(_ bytes: [UInt8], _ text: String, from: Int) -> Int? {
    let needle = Array(text.utf8)
    guard let first = needle.first else { return from }
    var i = from
    while i + needle.count <= bytes.count {
      if bytes[i] == first {
        var k = 1
        while k < needle.count, bytes[i + k] == needle[k] { k += 1 }
        if k == needle.count { return i }
      }
      i += 1
    }
    return nil
  }

  /// The offset of the first `closer` at or after `from` that is not inside a quoted string.
  static func findOutsideQuotes(_ bytes: [UInt8], _ closer: String, from: Int) -> Int? {
    let needle = Array(closer.utf8)
    var i = from
    var quote: UInt8 = 0
    while i < bytes.count {
      let b = bytes[i]
      if quote != 0 {
        if b == 0x5C {
          i += 2
          continue
        }
        if b == quote { quote = 0 }
        if b == 0x0A, quote != 0x60 { quote = 0 }
      } else if b == 0x22 || b == 0x27 {
        quote = b
      } else if b == needle[0], matches(bytes, i, closer) {
        return i
      }
      i += 1
    }
    return nil
  }

  /// The offset just past the bracket that closes the one at `open`, skipping quoted strings;
  /// the end of the input when it never closes.
  static func matchingBracket(_ bytes: [UInt8], at open: Int) -> Int {
    let opener = bytes[open]
    let closer: UInt8 = opener == 0x28 ? 0x29 : opener == 0x5B ? 0x5D : 0x7D
    var depth = 0
    var i = open
    var quote: UInt8 = 0
    while i < bytes.count {
      let b = bytes[i]
      if quote != 0 {
        if b == 0x5C {
          i += 2
          continue
        }
        if b == quote { quote = 0 }
      } else if b == 0x22 || b == 0x27 || b == 0x60 {
        quote = b
      } else if b == opener {
        depth += 1
      } else if b == closer {
        depth -= 1
        if depth == 0 { return i + 1 }
      }
      i += 1
    }
    return bytes.count
  }

  /// The bytes with leading and trailing whitespace removed.
  static func trimmed(_ s: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    var s = s
    while let b = s.first, isSpace(b) { s.removeFirst() }
    while let b = s.last, isSpace(b) { s.removeLast() }
    return s
  }

  /// The leading identifier of `s`, as a string.
  static func firstWord(_ s: ArraySlice<UInt8>) -> String {
    var end = s.startIndex
    while end < s.endIndex, isWordByte(s[end]) { end += 1 }
    return String(decoding: s[s.startIndex..<end], as: UTF8.self)
  }

  /// The trailing identifier of `s`, as a string.
  static func lastWord(_ s: ArraySlice<UInt8>) -> String {
    var start = s.endIndex
    while start > s.startIndex, isWordByte(s[start - 1]) { start -= 1 }
    return String(decoding: s[start..<s.endIndex], as: UTF8.self)
  }

  /// `{` minus `}` in code, outside quoted strings.
  static func netBraces(_ s: ArraySlice<UInt8>) -> Int {
    var net = 0
    var quote: UInt8 = 0
    var i = s.startIndex
    while i < s.endIndex {
      let b = s[i]
      if quote != 0 {
        if b == 0x5C { i += 1 } else if b == quote { quote = 0 }
      } else if b == 0x22 || b == 0x27 || b == 0x60 {
        quote = b
      } else if b == 0x7B {
        net += 1
      } else if b == 0x7D {
        net -= 1
      }
      i += 1
    }
    return net
  }
}

/// Reads the code of a statement tag in a C-like language (EJS's JavaScript, JSP's Java,
/// PHP) for the template control flow it opens, continues or closes.
enum CLikeStatement {
  static func apply(_ code: ArraySlice<UInt8>, to w: inout MaskWriter, tagStart: Int, tagEnd: Int, php: Bool = false) {
    var s = TemplateBytes.trimmed(code)
    if s.first == 0x7D {
      s = TemplateBytes.trimmed(s.dropFirst())
      let word = TemplateBytes.firstWord(s)
      if word == "else" || word == "elseif" {
        w.branch(tagStart: tagStart, bodyStart: tagEnd)
        return
      }
      w.closeBlock(tagStart: tagStart)
      if s.isEmpty { return }
    }
    let word = TemplateBytes.firstWord(s)
    let last = s.last
    if php {
      var body = s
      while let b = body.last, b == 0x3B || TemplateBytes.isSpace(b) { body.removeLast() }
      let colon = body.last == 0x3A
      switch word {
      case "if" where colon:
        w.openBlock("if", conditional: true, bodyStart: tagEnd)
        return
      case "elseif" where colon, "else" where colon || TemplateBytes.lastWord(body) == "else":
        if w.innermostBlock == "if" {
          w.branch(tagStart: tagStart, bodyStart: tagEnd)
          return
        }
      case "endif":
        w.closeBlock(named: "if", tagStart: tagStart)
        return
      case "foreach" where colon, "for" where colon, "while" where colon, "declare" where colon:
        w.openBlock(word, bodyStart: tagEnd)
        return
      case "switch" where colon:
        w.openBlock("switch", switchLike: true, bodyStart: tagEnd)
        return
      case "endforeach", "endfor", "endwhile", "enddeclare", "endswitch":
        w.closeBlock(named: String(word.dropFirst(3)), tagStart: tagStart)
        return
      default:
        break
      }
    }
    switch word {
    case "if" where last == 0x7B:
      w.openBlock("if", conditional: true, bodyStart: tagEnd)
    case "else":
      w.branch(tagStart: tagStart, bodyStart: tagEnd)
    case "switch" where last == 0x7B:
      w.openBlock("switch", switchLike: true, bodyStart: tagEnd)
    case "case" where w.innermostBlock == "switch", "default" where w.innermostBlock == "switch":
      w.branch(tagStart: tagStart, bodyStart: tagEnd)
    default:
      let net = TemplateBytes.netBraces(s)
      if net > 0 {
        for _ in 0..<net { w.openBlock("{", bodyStart: tagEnd) }
      } else if net < 0 {
        for _ in 0..<(-net) { w.closeBlock(tagStart: tagStart) }
      }
    }
  }
}

/// Reads the Ruby code of an ERB tag for the control flow it opens, continues or closes.
enum RubyStatement {
  static func apply(_ code: ArraySlice<UInt8>, to w: inout MaskWriter, tagStart: Int, tagEnd: Int) {
    let s = TemplateBytes.trimmed(code)
    let word = TemplateBytes.firstWord(s)
    let last = TemplateBytes.lastWord(s)
    switch word {
    case "if", "unless":
      if last != "end" { w.openBlock("if", conditional: true, bodyStart: tagEnd) }
    case "case":
      if last != "end" { w.openBlock("case", switchLike: true, bodyStart: tagEnd) }
    case "elsif", "else", "when", "in":
      if word != "in" || w.innermostBlock == "case" { w.branch(tagStart: tagStart, bodyStart: tagEnd) }
    case "end":
      w.closeBlock(tagStart: tagStart)
    case "while", "until", "for", "begin":
      if last != "end" { w.openBlock(word, bodyStart: tagEnd) }
    default:
      if s.first == 0x7D {
        w.closeBlock(tagStart: tagStart)
      } else if opensBlock(s) {
        w.openBlock("do", bodyStart: tagEnd)
      }
    }
  }

  /// Whether Ruby code ends by opening a block: `do`, `do |x|`, `{`, `{ |x|`.
  static func opensBlock(_ s: ArraySlice<UInt8>) -> Bool {
    var s = TemplateBytes.trimmed(s)
    if s.last == 0x7C, let bar = s.dropLast().lastIndex(of: 0x7C) { s = TemplateBytes.trimmed(s[s.startIndex..<bar]) }
    return s.last == 0x7B || (TemplateBytes.lastWord(s) == "do")
  }
}
