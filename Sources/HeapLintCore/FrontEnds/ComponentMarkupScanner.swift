import JavaScriptSyntax

/// One attribute of a component's start tag, as written.
struct ComponentAttribute {
  enum Value {
    /// `name` alone.
    case none
    /// `name="..."` or `name='...'`: the range between the quotes.
    case quoted(Range<Int>)
    /// `name=value`.
    case unquoted(Range<Int>)
    /// Svelte's and Astro's `name={...}`: the range between the braces.
    case expression(Range<Int>)
  }

  /// The name as written (case kept: `onClick` and `@Click` are kept apart by the frameworks).
  var name: [UInt8]
  var nameStart: Int
  var value: Value

  var nameString: String { String(decoding: name, as: UTF8.self) }

  /// The lowercased name.
  var lowercasedName: String { String(decoding: name.map(HTMLRawTag.lower), as: UTF8.self) }
}

/// A start tag of a component file.
struct ComponentTag {
  /// The name as written.
  var name: [UInt8]
  /// The offset of the `<`.
  var start: Int
  var attributes: [ComponentAttribute]
  var selfClosing: Bool
  /// Whether the tag sits at the top level of the file (not inside another element).
  var topLevel: Bool

  var lowercasedName: String { String(decoding: name.map(HTMLRawTag.lower), as: UTF8.self) }

  func attribute(_ lowercasedName: String) -> ComponentAttribute? {
    attributes.first { $0.lowercasedName == lowercasedName }
  }
}

/// The raw content of a `<script>` element of a component file.
struct ComponentScriptBlock {
  var tag: ComponentTag
  /// The file range between `<script ...>` and `</script>`.
  var content: Range<Int>
}

/// Reads the structure of a Vue single-file component, a Svelte component or an Astro
/// component: its script blocks (and Astro's frontmatter and markup expressions), the start tags of its markup (with their attributes), and its HTML comments.
///
/// libxml2's HTML parser is not used here: it cannot read attribute names such as `@click`,
/// it ends a tag at the `>` of an arrow function in such an attribute, and Svelte's unquoted
/// `{...}` values and `{#if a < b}` blocks are not HTML. The scanner follows the frameworks'
/// own tokenizers instead: Vue reads top-level blocks, treats everything but `<template>` as raw
/// text and skips `{{ }}` interpolations in the template; Svelte reads the whole file as markup
/// whose `{...}` expressions (in text and in attribute values) are skipped by brace matching;
/// Astro reads its `---` frontmatter as code and the rest as markup whose `{...}` expressions
/// are JSX-like code (kept, not skipped).
struct ComponentMarkupScanner {
  private let bytes: [UInt8]
  private let kind: ComponentKind
  private var i = 0

  /// Script blocks, in file order.
  private(set) var scripts: [ComponentScriptBlock] = []
  /// Start tags of the markup (Vue: those inside the top-level `<template>`), in file order.
  private(set) var tags: [ComponentTag] = []
  /// `<!-- ... -->` comments.
  private(set) var comments: [HTMLComment] = []
  /// Astro: the code between the `---` fences that open the file.
  private(set) var frontmatter: Range<Int>?
  /// Astro: the `{...}` expressions of the markup (between the braces), in file order, with
  /// what their markup holds that is not JSX.
  private(set) var expressions: [(range: Range<Int>, notes: ComponentBraceMatcher.MarkupNotes)] = []

  // Vue: whether the scan is inside the top-level `<template>`, and how many `<template>`
  // elements are open there.
  private var templateDepth = 0
  // Svelte: the names (lowercased) of the open elements.
  private var openElements: [String] = []

  private static let voidElements: Set<String> = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
  ]

  init(bytes: [UInt8], kind: ComponentKind) {
    self.bytes = bytes
    self.kind = kind
  }

  /// Scans the whole file.
  static func scan(_ bytes: [UInt8], kind: ComponentKind) -> ComponentMarkupScanner {
    var scanner = ComponentMarkupScanner(bytes: bytes, kind: kind)
    scanner.run()
    return scanner
  }

  private var inMarkup: Bool {
    kind != .vue || templateDepth > 0
  }

  /// Svelte and Astro read `{...}` as code everywhere in the markup, attribute values included.
  private var bracesAreCode: Bool { kind != .vue }

  private var atTopLevel: Bool {
    kind == .vue ? templateDepth == 0 : openElements.isEmpty
  }

  private mutating func run() {
    let n = bytes.count
    if kind == .astro { readFrontmatter() }
    while i < n {
      let b = bytes[i]
      if b == 0x3C {  // <
        lessThan()
      } else if b == 0x7B, inMarkup {  // {
        if kind == .astro {
          // A JSX-like expression; an unclosed brace is text.
          let notes = ComponentBraceMatcher.MarkupNotes()
          if let close = ComponentBraceMatcher.matchingBrace(bytes, open: i, jsx: true, notes: notes) {
            expressions.append(((i + 1)..<close, notes))
            i = close + 1
          } else {
            i += 1
          }
        } else if kind == .svelte {
          var j = i + 1
          while j < n, HTMLRawTag.isBlank(bytes[j]) { j += 1 }
          if j < n, bytes[j] == 0x2F, !(j + 1 < n && (bytes[j + 1] == 0x2A || bytes[j + 1] == 0x2F)) {
            // A block's end, `{/if}`, holds no expression.
            while j < n, bytes[j] != 0x7D { j += 1 }
            i = min(n, j + 1)
          } else {
            // An expression or a block tag, `{#if a < b}`; an unclosed brace is text.
            i = ComponentBraceMatcher.matchingBrace(bytes, open: i, jsx: kind == .astro).map { $0 + 1 } ?? i + 1
          }
        } else if i + 1 < n, bytes[i + 1] == 0x7B {
          // A Vue interpolation runs to the first `}}`.
          var j = i + 2
          while j + 1 < n, !(bytes[j] == 0x7D && bytes[j + 1] == 0x7D) { j += 1 }
          i = j + 1 < n ? j + 2 : n
        } else {
          i += 1
        }
      } else {
        i += 1
      }
    }
  }

  /// Astro's component script: a first line `---` (blank lines before it allowed) opens it, and
  /// the next line that is `---` closes it.
  private mutating func readFrontmatter() {
    let n = bytes.count
    var j = 0
    while j < n, HTMLRawTag.isBlank(bytes[j]) { j += 1 }
    guard fence(at: j) else { return }
    var lineStart = lineEnd(j)
    let start = lineStart
    while lineStart < n {
      if fence(at: lineStart) {
        frontmatter = start..<lineStart
        i = lineEnd(lineStart)
        return
      }
      lineStart = lineEnd(lineStart)
    }
    // Never closed: the rest of the file is the script, as the compiler reads it.
    frontmatter = start..<n
    i = n
  }

  /// Whether a line starting at `offset` is a `---` fence (trailing blanks allowed).
  private func fence(at offset: Int) -> Bool {
    let n = bytes.count
    guard offset + 3 <= n, bytes[offset] == 0x2D, bytes[offset + 1] == 0x2D, bytes[offset + 2] == 0x2D else { return false }
    var k = offset + 3
    while k < n, bytes[k] == 0x20 || bytes[k] == 0x09 || bytes[k] == 0x0D { k += 1 }
    return k == n || bytes[k] == 0x0A
  }

  /// The offset after the end of the line that holds `offset`.
  private func lineEnd(_ offset: Int) -> Int {
    var k = offset
    while k < bytes.count, bytes[k] != 0x0A { k += 1 }
    return min(bytes.count, k + 1)
  }

  private func startsWith(_ word: String, at offset: Int) -> Bool {
    HTMLRawTag.hasPrefix(bytes, at: offset, caseInsensitive: Array(word.utf8))
  }

  /// At a `<`: a comment, a declaration, an end tag, a start tag or just text.
  private mutating func lessThan() {
    let n = bytes.count
    if startsWith("<!--", at: i) {
      let start = i
      var j = i + 4
      while j + 2 < n, !(bytes[j] == 0x2D && bytes[j + 1] == 0x2D && bytes[j + 2] == 0x3E) { j += 1 }
      let contentEnd = j + 2 < n ? j : n
      i = j + 2 < n ? j + 3 : n
      comments.append(HTMLComment(span: Span(start: start, end: i), contentSpan: Span(start: start + 4, end: max(start + 4, contentEnd))))
      return
    }
    guard i + 1 < n else {
      i = n
      return
    }
    let next = bytes[i + 1]
    if next == 0x21 || next == 0x3F {  // <! <?
      while i < n, bytes[i] != 0x3E { i += 1 }
      i += 1
      return
    }
    if next == 0x2F {  // </
      endTag()
      return
    }
    guard HTMLRawTag.isLetter(next) else {
      i += 1
      return
    }
    startTag()
  }

  private mutating func endTag() {
    let n = bytes.count
    var j = i + 2
    let nameStart = j
    while j < n, !HTMLRawTag.isBlank(bytes[j]), bytes[j] != 0x3E, bytes[j] != 0x2F { j += 1 }
    let name = String(decoding: bytes[nameStart..<j].map(HTMLRawTag.lower), as: UTF8.self)
    while j < n, bytes[j] != 0x3E { j += 1 }
    i = min(n, j + 1)
    switch kind {
    case .vue:
      if templateDepth > 0, name == "template" { templateDepth -= 1 }
    case .svelte, .astro:
      if let k = openElements.lastIndex(of: name) { openElements.removeSubrange(k...) }
    }
  }

  private mutating func startTag() {
    let n = bytes.count
    let start = i
    var j = i + 1
    while j < n, !HTMLRawTag.isBlank(bytes[j]), bytes[j] != 0x3E, bytes[j] != 0x2F { j += 1 }
    let name = Array(bytes[(start + 1)..<j])
    i = j
    let attributes = readAttributes()
    var selfClosing = false
    if i < n, bytes[i] == 0x2F {
      selfClosing = true
      i += 1
    }
    if i < n, bytes[i] == 0x3E { i += 1 }
    let tag = ComponentTag(name: name, start: start, attributes: attributes, selfClosing: selfClosing, topLevel: atTopLevel)
    let lower = tag.lowercasedName

    switch kind {
    case .vue:
      if templateDepth == 0 {
        // A top-level block: the template is markup; scripts, styles and custom blocks are raw.
        if lower == "template", !selfClosing {
          let lang = tag.attribute("lang").flatMap { attributeText($0) }?.lowercased()
          if lang == nil || lang == "html" || lang == "" {
            templateDepth = 1
          } else {
            _ = skipRawText(closing: "template")
          }
        } else if !selfClosing {
          let content = skipRawText(closing: lower)
          if lower == "script" { scripts.append(ComponentScriptBlock(tag: tag, content: content)) }
        }
        return
      }
      tags.append(tag)
      if lower == "template", !selfClosing { templateDepth += 1 }
      if lower == "script" || lower == "style", !selfClosing { _ = skipRawText(closing: lower) }
    case .svelte, .astro:
      tags.append(tag)
      if lower == "script" || lower == "style" {
        if !selfClosing {
          let content = skipRawText(closing: lower)
          if lower == "script" { scripts.append(ComponentScriptBlock(tag: tag, content: content)) }
        }
        return
      }
      if !selfClosing, !Self.voidElements.contains(lower) { openElements.append(lower) }
    }
  }

  /// Reads attributes up to the `>` or `/>` that ends the tag; leaves `i` there.
  private mutating func readAttributes() -> [ComponentAttribute] {
    let n = bytes.count
    var attributes: [ComponentAttribute] = []
    while true {
      while i < n, HTMLRawTag.isBlank(bytes[i]) { i += 1 }
      guard i < n, bytes[i] != 0x3E else { break }
      if bytes[i] == 0x2F {
        if i + 1 < n, bytes[i + 1] == 0x3E { break }
        i += 1
        continue
      }
      if bytes[i] == 0x7B, bracesAreCode {
        // `{name}`, `{...props}`, `{@attach ...}`.
        i = ComponentBraceMatcher.matchingBrace(bytes, open: i, jsx: kind == .astro).map { $0 + 1 } ?? n
        continue
      }
      let nameStart = i
      // The first byte belongs to the name even when it is `=` (as in the HTML tokenizer).
      i += 1
      while i < n, !HTMLRawTag.isBlank(bytes[i]), bytes[i] != 0x3E, bytes[i] != 0x2F, bytes[i] != 0x3D { i += 1 }
      let name = Array(bytes[nameStart..<i])
      var j = i
      while j < n, HTMLRawTag.isBlank(bytes[j]) { j += 1 }
      guard j < n, bytes[j] == 0x3D else {
        attributes.append(ComponentAttribute(name: name, nameStart: nameStart, value: .none))
        continue
      }
      j += 1
      while j < n, HTMLRawTag.isBlank(bytes[j]) { j += 1 }
      i = j
      attributes.append(ComponentAttribute(name: name, nameStart: nameStart, value: readValue()))
    }
    return attributes
  }

  /// Reads an attribute value starting at `i`.
  private mutating func readValue() -> ComponentAttribute.Value {
    let n = bytes.count
    guard i < n else { return .unquoted(n..<n) }
    let b = bytes[i]
    if b == 0x22 || b == 0x27 || (b == 0x60 && kind == .astro) {
      let start = i + 1
      var j = start
      while j < n, bytes[j] != b {
        if bytes[j] == 0x7B, kind == .svelte, let close = ComponentBraceMatcher.matchingBrace(bytes, open: j) {
          j = close + 1
        } else {
          j += 1
        }
      }
      i = min(n, j + 1)
      return .quoted(start..<min(j, n))
    }
    if b == 0x7B, bracesAreCode {
      guard let close = ComponentBraceMatcher.matchingBrace(bytes, open: i, jsx: kind == .astro) else {
        // Never closed: the rest of the file is the expression, and its parse reports that.
        let start = i + 1
        i = n
        return .expression(start..<n)
      }
      let range = (i + 1)..<close
      i = close + 1
      return .expression(range)
    }
    let start = i
    while i < n, !HTMLRawTag.isBlank(bytes[i]), bytes[i] != 0x3E {
      if bytes[i] == 0x7B, bracesAreCode, let close = ComponentBraceMatcher.matchingBrace(bytes, open: i, jsx: kind == .astro) {
        i = close + 1
      } else {
        i += 1
      }
    }
    return .unquoted(start..<i)
  }

  /// Skips the raw text of an element up to its end tag; returns the content's range and
  /// leaves `i` after the end tag (or at the end of the file).
  private mutating func skipRawText(closing name: String) -> Range<Int> {
    let n = bytes.count
    let closer = Array("</\(name)".utf8)
    let start = i
    var j = i
    while j + closer.count <= n {
      if bytes[j] == 0x3C, HTMLRawTag.hasPrefix(bytes, at: j, caseInsensitive: closer) {
        let after = j + closer.count
        if after >= n || HTMLRawTag.isBlank(bytes[after]) || bytes[after] == 0x3E || bytes[after] == 0x2F {
          var k = after
          while k < n, bytes[k] != 0x3E { k += 1 }
          i = min(n, k + 1)
          return start..<j
        }
      }
      j += 1
    }
    i = n
    return start..<n
  }

  /// The undecoded text of an attribute's value, or nil when it has none.
  func attributeText(_ attribute: ComponentAttribute) -> String? {
    switch attribute.value {
    case .none: return nil
    case .quoted(let r), .unquoted(let r), .expression(let r): return String(decoding: bytes[r], as: UTF8.self)
    }
  }
}
