/// Masks `{{ }}` / `{% %}` templates: Handlebars and Mustache, Jinja and Nunjucks, Twig,
/// Liquid, Go templates, Angular (with its `@if` blocks) and Blade (with its `@` directives).
struct CurlyTagScanner {
  let kind: TemplateKind

  private var jinjaLike: Bool { kind == .jinja || kind == .twig || kind == .liquid }

  /// Jinja, Twig and Liquid statements that open a block closed by `end<name>`.
  private static let jinjaBlocks: Set<String> = [
    "for", "block", "macro", "call", "filter", "with", "capture", "embed", "apply", "autoescape",
    "spaceless", "tablerow", "paginate", "form", "sandbox", "trans", "cache", "style", "javascript",
  ]

  func scan(_ w: inout MaskWriter) {
    let b = w.input
    let n = b.count
    var i = 0
    while i < n {
      let c = b[i]
      let next: UInt8 = i + 1 < n ? b[i + 1] : 0
      if c == 0x7B, next == 0x7B {
        i = doubleCurly(&w, at: i)
      } else if c == 0x7B, next == 0x25, jinjaLike {
        i = statementTag(&w, at: i)
      } else if c == 0x7B, next == 0x23, kind == .jinja || kind == .twig {
        let end = TemplateBytes.find(b, "#}", from: i + 2).map { $0 + 2 } ?? n
        w.statement(i, end)
        i = end
      } else if c == 0x7B, next == 0x21, kind == .blade, TemplateBytes.matches(b, i, "{!!") {
        let end = TemplateBytes.findOutsideQuotes(b, "!!}", from: i + 3).map { $0 + 3 } ?? n
        w.output(i, end)
        i = end
      } else if c == 0x40, kind == .blade {
        i = BladeDirectives.scan(&w, at: i)
      } else if c == 0x3C, next == 0x3F, kind == .blade {
        i = PHPTagScanner.tag(&w, at: i)
      } else if (c == 0x40 || c == 0x7D), kind == .angular {
        i = AngularBlocks.scan(&w, at: i)
      } else {
        i += 1
      }
    }
  }

  /// Masks the `{{` tag at `start`; returns the offset after it.
  private func doubleCurly(_ w: inout MaskWriter, at start: Int) -> Int {
    let b = w.input
    let n = b.count
    if kind == .handlebars, start > 0, b[start - 1] == 0x5C {
      return start + 2
    }
    if kind == .handlebars, TemplateBytes.matches(b, start, "{{{") {
      let end = TemplateBytes.find(b, "}}}", from: start + 3).map { $0 + 3 } ?? n
      w.output(start, end)
      return end
    }
    if kind == .handlebars, TemplateBytes.matches(b, start, "{{!--") || TemplateBytes.matches(b, start, "{{~!--") {
      let end = TemplateBytes.find(b, "--}}", from: start + 5).map { $0 + 4 } ?? n
      w.statement(start, end)
      return end
    }
    if kind == .blade, TemplateBytes.matches(b, start, "{{--") {
      let end = TemplateBytes.find(b, "--}}", from: start + 4).map { $0 + 4 } ?? n
      w.statement(start, end)
      return end
    }
    let closeAt = TemplateBytes.findOutsideQuotes(b, "}}", from: start + 2)
    let end = closeAt.map { $0 + 2 } ?? n
    var inner = b[(start + 2)..<(closeAt ?? n)]
    while let f = inner.first, f == 0x2D || f == 0x7E || TemplateBytes.isSpace(f) { inner.removeFirst() }
    while let l = inner.last, l == 0x2D || l == 0x7E || TemplateBytes.isSpace(l) { inner.removeLast() }
    switch kind {
    case .handlebars: handlebars(inner, &w, start, end)
    case .goTemplate: goAction(inner, &w, start, end)
    default: w.output(start, end)
    }
    return end
  }

  private func handlebars(_ inner: ArraySlice<UInt8>, _ w: inout MaskWriter, _ start: Int, _ end: Int) {
    guard let sigil = inner.first else {
      w.statement(start, end)
      return
    }
    let word = TemplateBytes.firstWord(TemplateBytes.trimmed(inner.dropFirst()))
    switch sigil {
    case 0x21:
      w.statement(start, end)
    case 0x23:
      w.statement(start, end)
      // Every section renders or not (`{{#each}}` has an `{{else}}` arm too), so each is a
      // conditional; its inverse `{{^name}}` right after it is its other arm.
      w.openBlock(word, conditional: true, bodyStart: end)
    case 0x5E:
      w.statement(start, end)
      if word.isEmpty {
        w.branch(tagStart: start, bodyStart: end)
      } else if !w.reopenAsNextBranch(named: word, bodyStart: end) {
        w.openBlock(word, conditional: true, bodyStart: end)
      }
    case 0x2F:
      w.statement(start, end)
      w.closeBlock(named: word, tagStart: start)
    case 0x3E:
      w.statement(start, end)
    case 0x26:
      w.output(start, end)
    default:
      if TemplateBytes.firstWord(inner) == "else" {
        w.statement(start, end)
        w.branch(tagStart: start, bodyStart: end)
      } else {
        w.output(start, end)
      }
    }
  }

  private func goAction(_ inner: ArraySlice<UInt8>, _ w: inout MaskWriter, _ start: Int, _ end: Int) {
    if inner.starts(with: Array("/*".utf8)) {
      w.statement(start, end)
      return
    }
    let word = TemplateBytes.firstWord(inner)
    switch word {
    case "if", "with":
      w.statement(start, end)
      w.openBlock(word, conditional: true, bodyStart: end)
    case "range", "define", "block":
      w.statement(start, end)
      w.openBlock(word, bodyStart: end)
    case "else":
      w.statement(start, end)
      w.branch(tagStart: start, bodyStart: end)
    case "end":
      w.statement(start, end)
      w.closeBlock(tagStart: start)
    case "template", "break", "continue":
      w.statement(start, end)
    default:
      if inner.first == 0x24, isGoAssignment(inner) {
        w.statement(start, end)
      } else {
        w.output(start, end)
      }
    }
  }

  /// Whether a Go action is `$x := ...` or `$x = ...`, which prints nothing.
  private func isGoAssignment(_ inner: ArraySlice<UInt8>) -> Bool {
    var i = inner.startIndex + 1
    while i < inner.endIndex, TemplateBytes.isWordByte(inner[i]) { i += 1 }
    while i < inner.endIndex, TemplateBytes.isSpace(inner[i]) { i += 1 }
    guard i < inner.endIndex else { return false }
    if inner[i] == 0x3D { return i + 1 >= inner.endIndex || inner[i + 1] != 0x3D }
    return inner[i] == 0x3A && i + 1 < inner.endIndex && inner[i + 1] == 0x3D
  }

  /// Masks the `{%` tag at `start` (Jinja, Twig, Liquid); returns the offset after it.
  private func statementTag(_ w: inout MaskWriter, at start: Int) -> Int {
    let b = w.input
    let n = b.count
    let closeAt = TemplateBytes.findOutsideQuotes(b, "%}", from: start + 2)
    let end = closeAt.map { $0 + 2 } ?? n
    var inner = b[(start + 2)..<(closeAt ?? n)]
    while let f = inner.first, f == 0x2D || f == 0x2B || f == 0x7E || TemplateBytes.isSpace(f) { inner.removeFirst() }
    let word = TemplateBytes.firstWord(inner)
    w.statement(start, end)
    switch word {
    case "raw", "verbatim":
      // The body is printed as written; only the closing tag is masked.
      guard let close = findEndTag(b, "end" + word, from: end) else { return end }
      w.pass(to: close.start)
      w.statement(close.start, close.end)
      return close.end
    case "comment":
      let close = findEndTag(b, "endcomment", from: end)
      w.statement(end, close?.end ?? n)
      return close?.end ?? n
    case "if", "unless", "ifchanged":
      w.openBlock("if", conditional: true, bodyStart: end)
    case "case", "switch":
      w.openBlock("case", switchLike: true, bodyStart: end)
    case "elif", "elseif", "elsif", "else", "when", "empty":
      w.branch(tagStart: start, bodyStart: end)
    case "endif", "endunless", "endifchanged":
      w.closeBlock(named: "if", tagStart: start)
    case "endcase", "endswitch":
      w.closeBlock(named: "case", tagStart: start)
    case "set":
      if !inner.contains(0x3D) { w.openBlock("set", bodyStart: end) }
    default:
      if word.hasPrefix("end") {
        w.closeBlock(named: String(word.dropFirst(3)), tagStart: start)
      } else if Self.jinjaBlocks.contains(word) {
        w.openBlock(word, bodyStart: end)
      }
    }
    return end
  }

  /// The span of the next `{% name %}` tag (any whitespace control) at or after `from`.
  private func findEndTag(_ b: [UInt8], _ name: String, from: Int) -> (start: Int, end: Int)? {
    var i = from
    while let open = TemplateBytes.find(b, "{%", from: i) {
      var k = open + 2
      while k < b.count, b[k] == 0x2D || b[k] == 0x7E || TemplateBytes.isSpace(b[k]) { k += 1 }
      if TemplateBytes.matches(b, k, name), let close = TemplateBytes.find(b, "%}", from: k) {
        return (open, close + 2)
      }
      i = open + 2
    }
    return nil
  }
}
