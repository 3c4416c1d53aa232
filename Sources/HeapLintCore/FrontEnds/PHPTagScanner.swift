/// Masks PHP: `<?php ... ?>`, `<?= ... ?>` and short `<? ... ?>` tags.
enum PHPTagScanner {
  static func scan(_ w: inout MaskWriter) {
    let b = w.input
    var i = 0
    while i < b.count {
      if b[i] == 0x3C, i + 1 < b.count, b[i + 1] == 0x3F {
        i = tag(&w, at: i)
      } else {
        i += 1
      }
    }
  }

  /// Masks the PHP tag at `start` (a `<?`); returns the offset after it. A file may end inside
  /// PHP code without `?>`.
  static func tag(_ w: inout MaskWriter, at start: Int) -> Int {
    let b = w.input
    if TemplateBytes.matches(b, start, "<?xml") { return start + 2 }
    var codeStart = start + 2
    let echoTag = codeStart < b.count && b[codeStart] == 0x3D
    if echoTag {
      codeStart += 1
    } else if HTMLRawTag.hasPrefix(b, at: start, caseInsensitive: Array("<?php".utf8)) {
      codeStart += 3
    }
    let closeAt = codeEnd(b, from: codeStart)
    let end = min(b.count, closeAt + 2)
    let code = b[codeStart..<closeAt]
    let trimmed = TemplateBytes.trimmed(code)
    let word = TemplateBytes.firstWord(trimmed).lowercased()
    if echoTag || ((word == "echo" || word == "print") && isSingleStatement(trimmed)) {
      w.output(start, end)
    } else {
      w.statement(start, end)
      CLikeStatement.apply(code, to: &w, tagStart: start, tagEnd: end, php: true)
    }
    return end
  }

  /// The offset of the `?>` that ends PHP code starting at `from`, skipping strings and
  /// comments (a `?>` in a line comment still ends the code); the end of the input if none.
  private static func codeEnd(_ b: [UInt8], from: Int) -> Int {
    var i = from
    let n = b.count
    while i < n {
      let c = b[i]
      if c == 0x3F, i + 1 < n, b[i + 1] == 0x3E { return i }
      if c == 0x22 || c == 0x27 || c == 0x60 {
        i += 1
        while i < n, b[i] != c {
          if b[i] == 0x5C { i += 1 }
          i += 1
        }
      } else if c == 0x2F, i + 1 < n, b[i + 1] == 0x2A {
        i = (TemplateBytes.find(b, "*/", from: i + 2) ?? n) + 1
      } else if c == 0x23 || (c == 0x2F && i + 1 < n && b[i + 1] == 0x2F) {
        while i < n, b[i] != 0x0A, b[i] != 0x0D, !(b[i] == 0x3F && i + 1 < n && b[i + 1] == 0x3E) { i += 1 }
        continue
      }
      i += 1
    }
    return n
  }

  /// Whether PHP code is one statement: no `;` but possibly a final one.
  private static func isSingleStatement(_ code: ArraySlice<UInt8>) -> Bool {
    var s = code
    while let l = s.last, l == 0x3B || TemplateBytes.isSpace(l) { s.removeLast() }
    var quote: UInt8 = 0
    for c in s {
      if quote != 0 {
        if c == quote { quote = 0 }
      } else if c == 0x22 || c == 0x27 {
        quote = c
      } else if c == 0x3B || c == 0x7B || c == 0x7D {
        return false
      }
    }
    return true
  }
}

/// Masks Blade's `@` directives (the `{{ }}` and `{!! !!}` tags are Curly's).
enum BladeDirectives {
  private static let conditionals: Set<String> = [
    "if", "unless", "isset", "auth", "guest", "env", "production", "hassection", "sectionmissing",
    "can", "cannot", "canany", "error", "session", "feature",
  ]
  private static let branches: Set<String> = [
    "elseif", "else", "elsecan", "elsecannot", "elsecanany", "elseauth", "elseguest", "elseenv",
  ]
  private static let loops: Set<String> = ["foreach", "forelse", "for", "while"]
  private static let outputs: Set<String> = ["json", "js", "lang", "choice", "money", "date"]
  private static let statements: Set<String> = [
    "extends", "include", "includeif", "includewhen", "includeunless", "includefirst", "each", "section",
    "endsection", "show", "stop", "append", "overwrite", "yield", "parent", "push", "endpush", "prepend",
    "endprepend", "stack", "once", "endonce", "pushonce", "endpushonce", "props", "aware", "csrf", "method",
    "vite", "viterefresh", "vitereactrefresh", "livewire", "livewirestyles", "livewirescripts", "component",
    "endcomponent", "slot", "endslot", "break", "continue", "class", "style", "checked", "selected",
    "disabled", "readonly", "required", "inject", "use", "dd", "dump", "fragment", "endfragment",
    "includeisolated", "endphp", "endverbatim", "break", "default", "case", "endswitch", "switch",
  ]

  /// Masks the directive at `start` (an `@`); returns the offset after what was consumed.
  static func scan(_ w: inout MaskWriter, at start: Int) -> Int {
    let b = w.input
    let n = b.count
    if start > 0, TemplateBytes.isWordByte(b[start - 1]) { return start + 1 }
    if start + 1 < n, b[start + 1] == 0x40 {
      // `@@name` prints `@name`.
      w.statement(start, start + 1)
      return start + 2
    }
    if TemplateBytes.matches(b, start, "@{{") {
      // `@{{ x }}` prints `{{ x }}` as written.
      w.statement(start, start + 1)
      let end = TemplateBytes.find(b, "}}", from: start + 3).map { $0 + 2 } ?? n
      w.pass(to: end)
      return end
    }
    var i = start + 1
    while i < n, TemplateBytes.isWordByte(b[i]) { i += 1 }
    let name = String(decoding: b[(start + 1)..<i], as: UTF8.self).lowercased()
    guard !name.isEmpty else { return start + 1 }
    var end = i
    var k = i
    while k < n, b[k] == 0x20 || b[k] == 0x09 { k += 1 }
    let hasArguments = k < n && b[k] == 0x28
    if hasArguments { end = TemplateBytes.matchingBracket(b, at: k) }

    switch name {
    case "verbatim":
      w.statement(start, end)
      guard let close = TemplateBytes.find(b, "@endverbatim", from: end) else { return end }
      w.pass(to: close)
      w.statement(close, close + 12)
      return close + 12
    case "php" where !hasArguments:
      let close = TemplateBytes.find(b, "@endphp", from: end).map { $0 + 7 } ?? n
      w.statement(start, close)
      return close
    case _ where conditionals.contains(name),
      "empty" where hasArguments:
      w.statement(start, end)
      w.openBlock("if", conditional: true, bodyStart: end)
    case _ where branches.contains(name),
      "empty" where !hasArguments:
      w.statement(start, end)
      w.branch(tagStart: start, bodyStart: end)
    case "switch":
      w.statement(start, end)
      w.openBlock("switch", switchLike: true, bodyStart: end)
    case "case", "default":
      w.statement(start, end)
      if w.innermostBlock == "switch" { w.branch(tagStart: start, bodyStart: end) }
    case "endswitch":
      w.statement(start, end)
      w.closeBlock(named: "switch", tagStart: start)
    case _ where loops.contains(name):
      w.statement(start, end)
      w.openBlock(name, bodyStart: end)
    case _ where name.hasPrefix("end"):
      let opened = String(name.dropFirst(3))
      if conditionals.contains(opened) || opened == "empty" {
        w.statement(start, end)
        w.closeBlock(named: "if", tagStart: start)
      } else if loops.contains(opened) {
        w.statement(start, end)
        w.closeBlock(named: opened, tagStart: start)
      } else if statements.contains(name) {
        w.statement(start, end)
      } else {
        return start + 1
      }
    case _ where outputs.contains(name):
      w.output(start, end)
    case _ where statements.contains(name) || name == "php":
      w.statement(start, end)
    default:
      return start + 1
    }
    return end
  }
}

/// Masks Angular's control flow blocks: `@if (c) {`, `} @else if (c) {`, `} @else {`, `}`,
/// `@for`, `@switch` / `@case` / `@default`, `@defer` and friends, and `@let x = y;`.
enum AngularBlocks {
  private static let blockNames: Set<String> = [
    "if", "else", "for", "empty", "switch", "case", "default", "defer", "placeholder", "loading", "error",
  ]

  /// Masks the block syntax at `start` (an `@` or `}` in markup text); returns the offset
  /// after what was consumed.
  static func scan(_ w: inout MaskWriter, at start: Int) -> Int {
    let b = w.input
    w.pass(to: start)
    guard w.tracker.isInMarkupText else { return start + 1 }
    if b[start] == 0x7D {
      guard w.openBlockCount > 0 else { return start + 1 }
      var k = start + 1
      while k < b.count, TemplateBytes.isSpace(b[k]) { k += 1 }
      if TemplateBytes.matches(b, k, "@else") || TemplateBytes.matches(b, k, "@empty") {
        guard let (name, headerEnd) = header(b, at: k) else { return start + 1 }
        w.statement(start, headerEnd)
        if name == "else" || name == "empty" { w.branch(tagStart: start, bodyStart: headerEnd) }
        return headerEnd
      }
      w.statement(start, start + 1)
      let closed = w.innermostBlock
      w.closeBlock(tagStart: start)
      if closed == "case", w.innermostBlock == "switch" { w.endBranch(tagStart: start) }
      return start + 1
    }
    if TemplateBytes.matches(b, start, "@let ") {
      let end = TemplateBytes.findOutsideQuotes(b, ";", from: start).map { $0 + 1 } ?? b.count
      w.statement(start, end)
      return end
    }
    guard let (name, headerEnd) = header(b, at: start) else { return start + 1 }
    w.statement(start, headerEnd)
    switch name {
    case "if": w.openBlock("if", conditional: true, bodyStart: headerEnd)
    case "switch": w.openBlock("switch", switchLike: true, bodyStart: headerEnd)
    case "case", "default":
      if w.innermostBlock == "switch" { w.branch(tagStart: start, bodyStart: headerEnd) }
      w.openBlock("case", bodyStart: headerEnd)
    default: w.openBlock(name, bodyStart: headerEnd)
    }
    return headerEnd
  }

  /// The name of the block at `at` (an `@`) and the offset after its `{`; nil if it is none.
  private static func header(_ b: [UInt8], at: Int) -> (String, Int)? {
    var i = at + 1
    while i < b.count, HTMLRawTag.isLetter(b[i]) { i += 1 }
    let name = String(decoding: b[(at + 1)..<i], as: UTF8.self)
    guard blockNames.contains(name) else { return nil }
    while true {
      while i < b.count, TemplateBytes.isSpace(b[i]) { i += 1 }
      guard i < b.count else { return nil }
      if b[i] == 0x28 {
        i = TemplateBytes.matchingBracket(b, at: i)
      } else if b[i] == 0x7B {
        return (name, i + 1)
      } else if HTMLRawTag.isLetter(b[i]) {
        // `@else if (...)`, `@defer on idle`
        while i < b.count, b[i] != 0x7B, b[i] != 0x28, b[i] != 0x0A { i += 1 }
      } else {
        return nil
      }
    }
  }
}
