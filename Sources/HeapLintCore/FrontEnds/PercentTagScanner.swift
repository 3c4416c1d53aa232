import JavaScriptSyntax

/// Masks `<% %>` templates: ERB, EJS and JSP (with JSP's EL `${ }` and JSTL tags).
struct PercentTagScanner {
  let kind: TemplateKind

  /// JSTL and other tag-library tags that print a value.
  private static let jspOutputTags: Set<String> = [
    "c:out", "fmt:message", "fmt:formatnumber", "fmt:formatdate", "spring:message", "spring:url",
    "spring:eval", "spring:escapebody", "s:property", "s:text", "s:url", "bean:write", "bean:message",
  ]
  private static let jspPrefixes: Set<String> = [
    "c", "fmt", "fn", "sql", "x", "jsp", "spring", "form", "sec", "s", "tiles", "t", "ui", "h", "f",
    "sf", "layout", "template", "display", "html", "bean", "logic", "stripes", "shiro",
  ]

  /// The block name of an ERB `javascript_tag do` block.
  private static let javascriptTagBlock = "javascript_tag"

  func scan(_ w: inout MaskWriter) {
    let b = w.input
    let n = b.count
    var i = 0
    while i < n {
      let c = b[i]
      if c == 0x3C, i + 1 < n, b[i + 1] == 0x25 {
        i = percentTag(&w, at: i)
      } else if kind == .jsp, c == 0x24 || c == 0x23, i + 1 < n, b[i + 1] == 0x7B, i == 0 || b[i - 1] != 0x5C {
        let end = TemplateBytes.matchingBracket(b, at: i + 1)
        w.output(i, end)
        i = end
      } else if kind == .jsp, c == 0x3C, let end = jstlTag(&w, at: i) {
        i = end
      } else {
        i += 1
      }
    }
  }

  /// Masks the `<%` tag at `start`; returns the offset after it.
  private func percentTag(_ w: inout MaskWriter, at start: Int) -> Int {
    let b = w.input
    let n = b.count
    if kind == .jsp, TemplateBytes.matches(b, start, "<%--") {
      let end = TemplateBytes.find(b, "--%>", from: start + 4).map { $0 + 4 } ?? n
      w.statement(start, end)
      return end
    }
    let closeAt = TemplateBytes.find(b, "%>", from: start + 2)
    let end = closeAt.map { $0 + 2 } ?? n
    let marker: UInt8 = start + 2 < n ? b[start + 2] : 0
    if marker == 0x25 {
      // `<%%` prints a literal `<%`; leave it.
      w.pass(to: start + 3)
      return start + 3
    }
    var codeStart = start + 2
    var codeEnd = closeAt ?? n
    if codeEnd > codeStart, b[codeEnd - 1] == 0x2D || b[codeEnd - 1] == 0x5F || b[codeEnd - 1] == 0x3D { codeEnd -= 1 }
    let isOutput: Bool
    switch (kind, marker) {
    case (_, 0x3D):
      isOutput = true
      codeStart += (start + 3 < n && b[start + 3] == 0x3D) ? 2 : 1
    case (.ejs, 0x2D):
      isOutput = true
      codeStart += 1
    case (_, 0x23), (.jsp, 0x40), (.jsp, 0x21):
      w.statement(start, end)
      return end
    case (_, 0x2D), (_, 0x5F):
      isOutput = false
      codeStart += 1
    default:
      isOutput = false
    }
    let code = b[min(codeStart, codeEnd)..<codeEnd]
    if isOutput {
      w.output(start, end)
      if kind == .erb, let script = Self.javascriptTagString(b, min(codeStart, codeEnd)..<codeEnd) {
        // `<%= javascript_tag "heap.track('x')" %>` prints the string inside a <script>.
        w.inlineScripts.append(script)
      }
      if kind == .erb, RubyStatement.opensBlock(code) {
        // Rails' `<%= javascript_tag do %> ... <% end %>` prints a <script> around its body.
        let javascriptTag = TemplateBytes.firstWord(code.drop { $0 == 0x20 || $0 == 0x09 }) == "javascript_tag"
        w.openBlock(javascriptTag ? Self.javascriptTagBlock : "do", bodyStart: end)
        if javascriptTag, end - start >= 8 {
          w.overwrite(at: start, with: Array("<script>".utf8))
          w.enterScript(at: end)
        }
      }
    } else {
      let closesScript =
        kind == .erb && w.innermostBlock == Self.javascriptTagBlock && end - start >= 9
        && TemplateBytes.firstWord(code.drop { $0 == 0x20 || $0 == 0x09 }) == "end"
      if closesScript { w.leaveScript(at: start) }
      defer { if closesScript { w.overwrite(at: start, with: Array("</script>".utf8)) } }
      w.statement(start, end)
      if kind == .erb {
        RubyStatement.apply(code, to: &w, tagStart: start, tagEnd: end)
      } else {
        CLikeStatement.apply(code, to: &w, tagStart: start, tagEnd: end)
      }
    }
    return end
  }

  /// The script of `javascript_tag "code"` (or `javascript_tag('code', nonce: true)`): the Ruby
  /// string's content, with `#{...}` interpolations (in double quotes) as holes and escaped
  /// quotes (`\"`) read as quotes.
  static func javascriptTagString(_ b: [UInt8], _ range: Range<Int>) -> InlineScript? {
    var i = range.lowerBound
    let end = min(range.upperBound, b.count)
    func skipBlanks() { while i < end, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D { i += 1 } }
    skipBlanks()
    let word = Array("javascript_tag".utf8)
    guard i + word.count < end, b[i..<(i + word.count)].elementsEqual(word) else { return nil }
    i += word.count
    guard b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x28 else { return nil }
    skipBlanks()
    if i < end, b[i] == 0x28 { i += 1 }
    skipBlanks()
    guard i < end, b[i] == 0x22 || b[i] == 0x27 else { return nil }
    let quote = b[i]
    let codeStart = i + 1
    var code: [UInt8] = []
    var holes: [Span] = []
    i = codeStart
    while i < end, b[i] != quote {
      if b[i] == 0x5C, i + 1 < end {
        // An escaped quote or backslash is that character in the printed script.
        let next = b[i + 1]
        code.append(0x20)
        code.append(next)
        i += 2
      } else if quote == 0x22, b[i] == 0x23, i + 1 < end, b[i + 1] == 0x7B {
        var depth = 0
        var j = i + 1
        while j < end {
          if b[j] == 0x7B { depth += 1 } else if b[j] == 0x7D { depth -= 1; if depth == 0 { break } }
          j += 1
        }
        guard j < end else { return nil }
        for k in i...j { code.append(k == i ? 0x5F : 0x24) }
        holes.append(Span(start: i, end: j + 1))
        i = j + 1
      } else {
        code.append(b[i])
        i += 1
      }
    }
    guard i < end else { return nil }
    return InlineScript(code: code, offset: codeStart, holes: holes)
  }

  /// Masks a tag-library tag such as `<c:if test="${x}">` at `start`; nil if there is none.
  private func jstlTag(_ w: inout MaskWriter, at start: Int) -> Int? {
    let b = w.input
    var i = start + 1
    let closing = i < b.count && b[i] == 0x2F
    if closing { i += 1 }
    let prefixStart = i
    while i < b.count, HTMLRawTag.isLetter(b[i]) { i += 1 }
    guard i < b.count, b[i] == 0x3A, i > prefixStart else { return nil }
    let prefix = String(decoding: b[prefixStart..<i], as: UTF8.self).lowercased()
    guard Self.jspPrefixes.contains(prefix) else { return nil }
    i += 1
    let nameStart = i
    while i < b.count, HTMLRawTag.isNameChar(b[i]) { i += 1 }
    guard i > nameStart else { return nil }
    let name = prefix + ":" + String(decoding: b[nameStart..<i], as: UTF8.self).lowercased()
    let end = TemplateBytes.findOutsideQuotes(b, ">", from: i).map { $0 + 1 } ?? b.count
    let selfClosing = end >= 2 && b[end - 2] == 0x2F
    if !closing, Self.jspOutputTags.contains(name) {
      w.output(start, end)
      return end
    }
    w.statement(start, end)
    switch (name, closing) {
    case ("c:if", false) where !selfClosing: w.openBlock("c:if", conditional: true, bodyStart: end)
    case ("c:if", true): w.closeBlock(named: "c:if", tagStart: start)
    case ("c:choose", false): w.openBlock("c:choose", switchLike: true, bodyStart: end)
    case ("c:choose", true): w.closeBlock(named: "c:choose", tagStart: start)
    case ("c:when", false), ("c:otherwise", false):
      if w.innermostBlock == "c:choose" { w.branch(tagStart: start, bodyStart: end) }
    case ("c:when", true), ("c:otherwise", true):
      if w.innermostBlock == "c:choose" { w.endBranch(tagStart: start) }
    default: break
    }
    return end
  }
}
