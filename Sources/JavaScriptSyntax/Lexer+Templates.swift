// Template literals: NoSubstitutionTemplate, TemplateHead, TemplateMiddle, TemplateTail.
//
// The lexer scans one template part at a time. After a substitution's expression the parser
// sees a `}` token and calls `rescanTemplateContinuation()`, so nesting (`a${`b${c}`}`) and braces
// inside substitutions (`${ {a:1}.a }`) need no brace-depth bookkeeping here.

extension Lexer {
  /// TemplateCharacters up to `` ` `` (NoSubstitutionTemplate / TemplateTail) or `${`
  /// (TemplateHead / TemplateMiddle). `from` is the first byte after `` ` `` or `}`.
  /// CR and CRLF are normalised to LF in the cooked value (TV), as the spec requires.
  func scanTemplate(from: Int, isHead: Bool) {
    let start = pos
    pos = from
    var cooked = CookedBuilder()
    var invalid = false
    while pos < count {
      let b = buf[pos]
      if b == UInt8(ascii: "`") {
        pos += 1
        token.kind = isHead ? .template : .templateTail
        finishTemplate(&cooked, invalid)
        return
      }
      if b == UInt8(ascii: "$") && peekByte(1) == UInt8(ascii: "{") {
        pos += 2
        token.kind = isHead ? .templateHead : .templateMiddle
        finishTemplate(&cooked, invalid)
        return
      }
      if b == UInt8(ascii: "\\") {
        token.escaped = true
        pos += 1
        switch scanEscape(inTemplate: true) {
        case .value(let c): cooked.appendCodeUnitOrPoint(c)
        case .nothing: break
        case .invalid: invalid = true
        }
        continue
      }
      if b == 0x0D {
        pos += 1
        if peekByte() == 0x0A { pos += 1 }
        cooked.appendByte(0x0A)
        continue
      }
      cooked.appendByte(b)
      pos += 1
    }
    error("unterminated template literal", start, count)
    token.kind = isHead ? .template : .templateTail
    finishTemplate(&cooked, invalid)
  }

  private func finishTemplate(_ cooked: inout CookedBuilder, _ invalid: Bool) {
    token.invalidEscape = invalid
    token.value = invalid ? nil : cooked.finish()
  }

  /// Called by the parser when the current token is the `}` closing a substitution.
  func rescanTemplateContinuation() {
    pos = token.start
    token.escaped = false
    token.value = nil
    scanTemplate(from: token.start + 1, isHead: false)
    token.end = pos
  }

  /// TRV: the raw text between the delimiters of a template part, with CR and CRLF as LF.
  func templateRaw(_ start: Int, _ end: Int) -> String {
    var hasCR = false
    for i in start..<end where buf[i] == 0x0D { hasCR = true; break }
    if !hasCR { return text(start, end) }
    var out: [UInt8] = []
    out.reserveCapacity(end - start)
    var i = start
    while i < end {
      if buf[i] == 0x0D {
        out.append(0x0A)
        if i + 1 < end && buf[i + 1] == 0x0A { i += 1 }
      } else {
        out.append(buf[i])
      }
      i += 1
    }
    return String(decoding: out, as: UTF8.self)
  }
}
