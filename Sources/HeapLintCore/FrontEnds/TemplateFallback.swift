import JavaScriptSyntax

/// Constants hidden inside a template output tag.
///
/// `heap.identify("<%= current_user ? current_user.id : 'visitor' %>")` prints a per-request value
/// for signed-in users and the literal `visitor` for everyone else: a constant in disguise. The
/// same holds for `{{ user.id or 'guest' }}`, `{{ user.id | default('guest') }}`,
/// `{{ user.id ?? 'guest' }}` and `<%= id || "anon" %>`, and Django's `{{ request.user }}`, which
/// prints `AnonymousUser` for every visitor who is not signed in. This reads the literals that stand as an
/// alternative (after `?`, a ternary's `:`, `||`, `??`, `or`, `else`, `default`) in the tag's
/// text; a literal anywhere else (a helper's argument, a hash key's value) is not one.
enum TemplateFallback {
  /// The string literals an output tag may print instead of its per-request value.
  static func literals(in tag: ArraySlice<UInt8>) -> [String] {
    var out: [String] = []
    var sawQuestion = false
    /// The last token before the current position: an operator, a word, or a quote.
    var previous: [UInt8] = []
    var wordBeforeParen: [UInt8] = []
    var i = tag.startIndex
    while i < tag.endIndex {
      let c = tag[i]
      if c == 0x27 || c == 0x22 {
        var j = i + 1
        var text: [UInt8] = []
        while j < tag.endIndex, tag[j] != c {
          if tag[j] == 0x5C, j + 1 < tag.endIndex { j += 1 }
          text.append(tag[j])
          j += 1
        }
        let after = previous
        let isAlternative =
          after == [0x3F] || (after == [0x3A] && sawQuestion) || after == [0x7C, 0x7C] || after == [0x3F, 0x3F]
          || after == Array("or".utf8) || after == Array("else".utf8)
          || (after == [0x28] && wordBeforeParen == Array("default".utf8))
          || (after == [0x3A] && wordBeforeParen == Array("default".utf8))
        if isAlternative { out.append(String(decoding: text, as: UTF8.self)) }
        previous = [c]
        i = j + 1
        continue
      }
      if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D {
        i += 1
        continue
      }
      if isWordByte(c) {
        var j = i
        while j < tag.endIndex, isWordByte(tag[j]) { j += 1 }
        previous = Array(tag[i..<j])
        wordBeforeParen = previous
        i = j
        continue
      }
      // Operators: `||`, `??` as pairs; everything else one byte at a time.
      if i + 1 < tag.endIndex, (c == 0x7C && tag[i + 1] == 0x7C) || (c == 0x3F && tag[i + 1] == 0x3F) {
        previous = [c, c]
        i += 2
        continue
      }
      if c == 0x3F { sawQuestion = true }
      if c != 0x28 && c != 0x3A { wordBeforeParen = [] }
      previous = [c]
      i += 1
    }
    return out
  }

  /// The expression of a `{{ expr }}` tag without filters, blanks or delimiters.
  static func renderedObject(_ tag: ArraySlice<UInt8>) -> String? {
    guard tag.starts(with: [0x7B, 0x7B]), tag.count > 4 else { return nil }
    var inner = tag.dropFirst(2).dropLast(2)
    while let f = inner.first, f == 0x2D || f == 0x20 || f == 0x09 { inner = inner.dropFirst() }
    while let l = inner.last, l == 0x2D || l == 0x20 || l == 0x09 { inner = inner.dropLast() }
    return String(decoding: inner, as: UTF8.self)
  }

  private static func isWordByte(_ b: UInt8) -> Bool {
    (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F || b == 0x2E
  }

  /// The value of a string literal of `script` that is exactly one output tag
  /// (`"<%= a ? b : 'visitor' %>"`): the tag's per-request value, or one of its literal
  /// alternatives. Nil when the literal is not that shape.
  static func value(of node: Node, script: AnalyzedScript, file: [UInt8]) -> AbstractValue? {
    guard let lit = node as? Literal, case .string = lit.value else { return nil }
    let span = script.origin.fileSpan(lit.span)
    let inner = Span(start: span.start + 1, end: span.end - 1)
    guard inner.end > inner.start, let hole = script.holes.first(where: { $0.start == inner.start && $0.end == inner.end }),
      hole.end <= file.count
    else { return nil }
    var constants = literals(in: file[hole.start..<hole.end])
    if renderedObject(file[hole.start..<hole.end]) == "request.user" {
      // Django renders the user object itself as its username, and every visitor who is not
      // signed in as the same `AnonymousUser`.
      constants.append("AnonymousUser")
    }
    guard !constants.isEmpty else { return nil }
    return AbstractValue([.dynamic] + constants.map { .constant(.string($0), origin: nil) })
  }
}
