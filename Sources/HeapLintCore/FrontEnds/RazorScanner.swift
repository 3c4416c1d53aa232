/// Masks Razor (`.cshtml`, `.razor`): `@expr`, `@(expr)`, `@{ code }`, `@if (...) { ... } else
/// { ... }` and the other control statements, `@* comments *@`, directives and `@section`.
///
/// Razor alternates between markup and C#: inside a code block, a tag starts markup that lasts
/// until that element closes, and `@:` starts a line of markup.
enum RazorScanner {
  static func scan(_ w: inout MaskWriter) {
    var parser = RazorParser(w)
    parser.markup(until: .end)
    w = parser.w
  }
}

private struct RazorParser {
  enum MarkupStop: Equatable {
    case end
    case closingBrace
    case lineEnd
    case element
  }

  private static let controlKeywords: Set<String> = [
    "if", "switch", "for", "foreach", "while", "do", "using", "lock", "try",
  ]
  private static let directives: Set<String> = [
    "model", "using", "inject", "page", "layout", "inherits", "namespace", "addTagHelper",
    "removeTagHelper", "tagHelperPrefix", "implements", "attribute", "preservewhitespace",
    "rendermode", "typeparam",
  ]
  private static let voidElements: Set<String> = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
  ]

  var w: MaskWriter
  let b: [UInt8]
  var i = 0

  init(_ w: MaskWriter) {
    self.w = w
    self.b = w.input
  }

  private var n: Int { b.count }

  // MARK: Markup

  /// Passes markup through, handling transitions, until `stop`. For `.element`, `i` is at the
  /// `<` of the element and markup ends after its end tag.
  mutating func markup(until stop: MarkupStop) {
    var elementName = ""
    var depth = 0
    var returnAt: Int?
    while i < n {
      if let r = returnAt, i >= r { return }
      let c = b[i]
      if c == 0x40 {
        if transition() { continue }
        i += 1
        continue
      }
      if stop == .lineEnd, c == 0x0A || c == 0x0D { return }
      if stop == .closingBrace, c == 0x7D {
        w.pass(to: i)
        if w.tracker.isInMarkupText { return }
      }
      if stop == .element, returnAt == nil, c == 0x3C {
        w.pass(to: i)
        if let tag = tagAt(i), elementName.isEmpty || tag.name == elementName,
          depth == 0 || w.tracker.isInMarkupText || tag.closing
        {
          if elementName.isEmpty { elementName = tag.name }
          if tag.closing {
            depth -= 1
          } else if !tag.selfClosing && !Self.voidElements.contains(tag.name) {
            depth += 1
          }
          if depth <= 0 { returnAt = tag.end }
          if tag.name == "text" {
            // `<text>` only marks markup inside code; Razor does not print it.
            w.statement(i, tag.end)
            i = tag.end
            continue
          }
        }
      }
      i += 1
    }
  }

  /// A start or end tag at `at`: its lowercased name, whether it is an end tag or ends in `/>`,
  /// and the offset after its `>`.
  private func tagAt(_ at: Int) -> (name: String, closing: Bool, selfClosing: Bool, end: Int)? {
    var k = at + 1
    let closing = k < n && b[k] == 0x2F
    if closing { k += 1 }
    let nameStart = k
    while k < n, HTMLRawTag.isNameChar(b[k]) { k += 1 }
    guard k > nameStart, HTMLRawTag.isLetter(b[nameStart]) else { return nil }
    let name = String(decoding: b[nameStart..<k].map(HTMLRawTag.lower), as: UTF8.self)
    let end = TemplateBytes.findOutsideQuotes(b, ">", from: k).map { $0 + 1 } ?? n
    return (name, closing, end >= 2 && b[end - 2] == 0x2F, end)
  }

  /// Handles the `@` at `i`; false when it is not a transition (an e-mail address, say).
  private mutating func transition() -> Bool {
    let start = i
    if start > 0, TemplateBytes.isWordByte(b[start - 1]) { return false }
    guard start + 1 < n else { return false }
    let next = b[start + 1]
    switch next {
    case 0x40:
      w.statement(start, start + 1)
      w.pass(to: start + 2)
      i = start + 2
    case 0x2A:
      let end = TemplateBytes.find(b, "*@", from: start + 2).map { $0 + 2 } ?? n
      w.statement(start, end)
      i = end
    case 0x28:
      let end = TemplateBytes.matchingBracket(b, at: start + 1)
      w.output(start, end)
      i = end
    case 0x7B:
      w.statement(start, start + 2)
      i = start + 2
      codeBody()
      closeBrace(block: nil)
    default:
      guard HTMLRawTag.isLetter(next) || next == 0x5F else { return false }
      var k = start + 1
      while k < n, TemplateBytes.isWordByte(b[k]) { k += 1 }
      let word = String(decoding: b[(start + 1)..<k], as: UTF8.self)
      if Self.controlKeywords.contains(word), word != "using" || nextNonSpace(from: k) == 0x28 {
        i = start
        controlStatement(keyword: word, keywordEnd: k)
      } else if Self.directives.contains(word) {
        var end = k
        while end < n, b[end] != 0x0A, b[end] != 0x0D { end += 1 }
        w.statement(start, end)
        i = end
      } else if word == "section" || word == "functions" || word == "code" {
        var open = k
        while open < n, b[open] != 0x7B { open += 1 }
        if word == "section" {
          w.statement(start, min(n, open + 1))
          i = min(n, open + 1)
          markup(until: .closingBrace)
          w.statement(i, min(n, i + 1))
          i = min(n, i + 1)
        } else {
          let end = open < n ? TemplateBytes.matchingBracket(b, at: open) : n
          w.statement(start, end)
          i = end
        }
      } else {
        let end = implicitExpressionEnd(from: k, word: word)
        w.output(start, end)
        i = end
      }
    }
    return true
  }

  /// The end of an implicit expression whose first identifier ends at `from`: a chain of
  /// `.name`, `(...)` and `[...]`, with `await` allowed in front.
  private func implicitExpressionEnd(from: Int, word: String) -> Int {
    var k = from
    if word == "await" {
      while k < n, b[k] == 0x20 { k += 1 }
      while k < n, TemplateBytes.isWordByte(b[k]) { k += 1 }
    }
    while k < n {
      if b[k] == 0x2E, k + 1 < n, HTMLRawTag.isLetter(b[k + 1]) || b[k + 1] == 0x5F {
        k += 1
        while k < n, TemplateBytes.isWordByte(b[k]) { k += 1 }
      } else if b[k] == 0x28 || b[k] == 0x5B {
        k = TemplateBytes.matchingBracket(b, at: k)
      } else if b[k] == 0x3F, k + 1 < n, b[k + 1] == 0x2E {
        k += 1
      } else {
        break
      }
    }
    return k
  }

  private func nextNonSpace(from: Int) -> UInt8? {
    var k = from
    while k < n, TemplateBytes.isSpace(b[k]) { k += 1 }
    return k < n ? b[k] : nil
  }

  // MARK: Code

  /// Masks a control statement starting at `i` (its `@` or keyword): the header, the body
  /// and any `else` / `catch` / `finally` continuation.
  private mutating func controlStatement(keyword: String, keywordEnd: Int) {
    let start = i
    guard let open = blockOpen(after: keywordEnd) else {
      // A statement without a block, such as `if (x) y();` in code.
      var end = keywordEnd
      while end < n, b[end] != 0x3B, b[end] != 0x0A { end += 1 }
      end = min(n, end + 1)
      w.statement(start, end)
      i = end
      return
    }
    w.statement(start, open + 1)
    switch keyword {
    case "if": w.openBlock("if", conditional: true, bodyStart: open + 1)
    case "switch": w.openBlock("switch", switchLike: true, bodyStart: open + 1)
    default: w.openBlock(keyword, bodyStart: open + 1)
    }
    i = open + 1
    while true {
      codeBody()
      guard i < n else { return }
      var k = i + 1
      while k < n, TemplateBytes.isSpace(b[k]) { k += 1 }
      var wordEnd = k
      while wordEnd < n, TemplateBytes.isWordByte(b[wordEnd]) { wordEnd += 1 }
      let word = String(decoding: b[k..<wordEnd], as: UTF8.self)
      let continues = (keyword == "if" && word == "else") || (keyword == "try" && (word == "catch" || word == "finally"))
      guard continues, let nextOpen = blockOpen(after: wordEnd, allowElseIf: word == "else") else {
        closeBrace(block: keyword)
        return
      }
      w.statement(i, nextOpen + 1)
      if word == "else" { w.branch(tagStart: i, bodyStart: nextOpen + 1) }
      i = nextOpen + 1
    }
  }

  /// The `{` of a block after a keyword: optionally `(...)` (and `if (...)` after `else`).
  private func blockOpen(after keywordEnd: Int, allowElseIf: Bool = false) -> Int? {
    var k = keywordEnd
    while k < n, TemplateBytes.isSpace(b[k]) { k += 1 }
    if allowElseIf, TemplateBytes.matches(b, k, "if"), k + 2 < n, !TemplateBytes.isWordByte(b[k + 2]) {
      k += 2
      while k < n, TemplateBytes.isSpace(b[k]) { k += 1 }
    }
    if k < n, b[k] == 0x28 {
      k = TemplateBytes.matchingBracket(b, at: k)
      while k < n, TemplateBytes.isSpace(b[k]) { k += 1 }
    }
    return k < n && b[k] == 0x7B ? k : nil
  }

  /// Masks the `}` at `i` that ends a block and closes the block (nil for `@{ }`).
  private mutating func closeBrace(block: String?) {
    guard i < n else { return }
    w.statement(i, i + 1)
    if block != nil { w.closeBlock(tagStart: i) }
    i += 1
  }

  /// Masks C# from `i` up to the `}` that closes the current block (left at `i`), passing
  /// markup elements and `@:` lines through.
  private mutating func codeBody() {
    var depth = 0
    var runStart = i
    var statementStart = true
    while i < n {
      let c = b[i]
      switch c {
      case 0x7D:
        if depth == 0 {
          w.statement(runStart, i)
          return
        }
        depth -= 1
        statementStart = true
        i += 1
      case 0x7B:
        depth += 1
        statementStart = true
        i += 1
      case 0x3B, 0x3A:
        // Markup may start after a statement or a `case x:` label.
        statementStart = true
        i += 1
      case 0x22, 0x27:
        i += 1
        while i < n, b[i] != c, b[i] != 0x0A {
          if b[i] == 0x5C { i += 1 }
          i += 1
        }
        i = min(n, i + 1)
        statementStart = false
      case 0x2F where i + 1 < n && b[i + 1] == 0x2F:
        while i < n, b[i] != 0x0A { i += 1 }
      case 0x2F where i + 1 < n && b[i + 1] == 0x2A:
        i = TemplateBytes.find(b, "*/", from: i + 2).map { $0 + 2 } ?? n
      case 0x3C where statementStart && i + 1 < n && (HTMLRawTag.isLetter(b[i + 1]) || b[i + 1] == 0x2F):
        w.statement(runStart, i)
        markup(until: .element)
        runStart = i
        statementStart = true
      case 0x40 where i + 1 < n && b[i + 1] == 0x3A:
        w.statement(runStart, i)
        w.statement(i, i + 2)
        i += 2
        markup(until: .lineEnd)
        runStart = i
        statementStart = true
      case 0x40 where i + 1 < n && b[i + 1] == 0x2A:
        i = TemplateBytes.find(b, "*@", from: i + 2).map { $0 + 2 } ?? n
      case _ where HTMLRawTag.isLetter(c) || c == 0x5F:
        var k = i
        while k < n, TemplateBytes.isWordByte(b[k]) { k += 1 }
        let word = String(decoding: b[i..<k], as: UTF8.self)
        if statementStart, Self.controlKeywords.contains(word), word != "using" || nextNonSpace(from: k) == 0x28 {
          w.statement(runStart, i)
          controlStatement(keyword: word, keywordEnd: k)
          runStart = i
          statementStart = true
        } else {
          i = k
          statementStart = false
        }
      default:
        if !TemplateBytes.isSpace(c) { statementStart = false }
        i += 1
      }
    }
    w.statement(runStart, n)
  }
}
