/// Masks Pug: keeps the JavaScript of `script.` blocks (and `script code` lines), turns
/// everything else into spaces, and writes `<script>` / `</script>` into the masked bytes so
/// the HTML front end finds the blocks. `#{ }` and `!{ }` interpolations in scripts are holes;
/// `if` / `else` / `case` / `when` lines record branches by indentation.
enum PugScanner {
  private struct Line {
    var start: Int
    var content: Int
    var end: Int
    var next: Int
    var indent: Int { content - start }
    var isBlank: Bool { content == end }
  }

  private struct OpenConditional {
    var indent: Int
    var isCase: Bool
  }

  static func mask(_ bytes: [UInt8]) -> MaskedTemplate {
    let lines = splitLines(bytes)
    var w = MaskWriter(bytes)
    var conditionals: [OpenConditional] = []
    /// The offsets where synthesized `</script>` may go: after each block, up to the next one.
    var closings: [(from: Int, to: Int)] = []
    /// The `<script ...>` texts to write for each block, in block order.
    var openings: [[(offset: Int, text: String)]] = []
    var li = 0
    while li < lines.count {
      let line = lines[li]
      if line.isBlank {
        li += 1
        continue
      }
      let text = bytes[line.content..<line.end]
      var word = TemplateBytes.firstWord(text)
      // Unbuffered code: `- if (user)` / `- else if (x)` / `- else` are the same conditional.
      if word.isEmpty, text.first == 0x2D {
        let rest = text.dropFirst().drop { $0 == 0x20 || $0 == 0x09 }
        let inner = TemplateBytes.firstWord(rest)
        if inner == "if" || inner == "else" || inner == "unless" { word = inner }
      }
      while let top = conditionals.last, top.indent >= line.indent {
        if !top.isCase, top.indent == line.indent, word == "else" {
          break
        }
        w.closeBlock(tagStart: line.start)
        conditionals.removeLast()
      }
      switch word {
      case "if", "unless":
        w.openBlock("if", conditional: true, bodyStart: line.next)
        conditionals.append(OpenConditional(indent: line.indent, isCase: false))
      case "else":
        if let top = conditionals.last, !top.isCase, top.indent == line.indent {
          w.branch(tagStart: line.start, bodyStart: line.next)
        }
      case "case":
        w.openBlock("case", switchLike: true, bodyStart: line.next)
        conditionals.append(OpenConditional(indent: line.indent, isCase: true))
      case "when", "default":
        if let top = conditionals.last, top.isCase, top.indent < line.indent {
          w.branch(tagStart: line.start, bodyStart: line.next)
        }
      default:
        break
      }
      guard word == "script", let header = scriptHeader(bytes, line) else {
        w.statement(line.start, line.end)
        li += 1
        continue
      }
      // The block's body: the rest of the line, or the lines indented deeper than it.
      var bodyStart = header.inlineCode ?? line.next
      var bodyEnd = line.end
      var last = li
      if header.inlineCode == nil {
        var k = li + 1
        while k < lines.count, lines[k].isBlank || lines[k].indent > line.indent {
          if !lines[k].isBlank { last = k }
          k += 1
        }
        guard last > li else {
          w.statement(line.start, line.end)
          li += 1
          continue
        }
        bodyEnd = lines[last].end
      }
      w.statement(line.start, min(bodyStart, line.end))
      if line.indent >= 1 {
        openings.append([(line.content - 1, header.openTag)])
      } else {
        // No room before `script`: write `<script` over `script.` and put the `>` in the
        // first body line's indentation, which is not code.
        openings.append([(line.content, "<script"), (lines[li + 1..<lines.count].first { !$0.isBlank }?.start ?? line.end, ">")])
        if header.inlineCode == nil, let first = lines[li + 1..<lines.count].first(where: { !$0.isBlank }) {
          bodyStart = first.start + 1
          w.statement(first.start, bodyStart)
        }
      }
      w.enterScript(at: bodyStart)
      var i = bodyStart
      while i < bodyEnd {
        if bytes[i] == 0x23 || bytes[i] == 0x21, i + 1 < bodyEnd, bytes[i + 1] == 0x7B, i == 0 || bytes[i - 1] != 0x5C {
          let end = TemplateBytes.matchingBracket(bytes, at: i + 1)
          w.output(i, end)
          i = end
        } else {
          i += 1
        }
      }
      w.leaveScript(at: bodyEnd)
      // The previous block's `</script>` may use this line's indentation too (up to where this
      // block's `<script>` is written): after `if x` / `script.` / `else`, the masked `else`
      // line alone may leave too little room.
      if let previous = closings.indices.last { closings[previous].to = line.indent >= 1 ? line.content - 1 : line.content }
      closings.append((bodyEnd, bytes.count))
      li = last + 1
    }
    var masked = w.finish()
    // A block with no room after it for `</script>` (the next `script.` follows at once, or
    // only short lines such as `else` lie between) runs on into the next block: that block's
    // opening tag is left out, so both read as one script instead of a `<script` in code.
    var skip = Set<Int>()
    for (k, range) in closings.enumerated() {
      var probe = masked.bytes
      if !writeClosingTag(&probe, from: range.from, to: range.to), k + 1 < openings.count { skip.insert(k + 1) }
    }
    for (k, block) in openings.enumerated() where !skip.contains(k) {
      for (offset, text) in block {
        for (j, b) in text.utf8.enumerated() where offset + j < masked.bytes.count { masked.bytes[offset + j] = b }
      }
    }
    for (k, range) in closings.enumerated() where !skip.contains(k + 1) { writeClosingTag(&masked.bytes, from: range.from, to: range.to) }
    return masked
  }

  /// The `<script ...>` text for a `script.` / `script(attrs).` / `script code` line and,
  /// for the last form, where its code starts; nil when the line has no script body.
  private static func scriptHeader(_ bytes: [UInt8], _ line: Line) -> (openTag: String, inlineCode: Int?)? {
    var i = line.content + 6
    var tag = "<script"
    if i < line.end, bytes[i] == 0x28 {
      let close = TemplateBytes.matchingBracket(bytes, at: i)
      guard close <= line.end, close > i + 1, bytes[close - 1] == 0x29 else { return nil }
      var attributes = Array(bytes[(i + 1)..<(close - 1)])
      var quote: UInt8 = 0
      for k in attributes.indices {
        let c = attributes[k]
        if quote != 0 {
          if c == quote { quote = 0 }
        } else if c == 0x22 || c == 0x27 {
          quote = c
        } else if c == 0x2C {
          attributes[k] = 0x20
        }
      }
      tag += " " + String(decoding: attributes, as: UTF8.self) + " "
      i = close
    }
    if i < line.end, bytes[i] == 0x2E {
      var k = i + 1
      while k < line.end, TemplateBytes.isSpace(bytes[k]) { k += 1 }
      guard k == line.end else { return nil }
      return (tag + ">", nil)
    }
    if i < line.end, bytes[i] == 0x20, line.indent >= 1, tag == "<script" {
      return ("<script>", i + 1)
    }
    return nil
  }

  /// Writes `</script>` into masked spaces in `from..<to`: nine in a row, or eight and a
  /// later one for the `>`. Left unterminated when there is no room.
  @discardableResult
  private static func writeClosingTag(_ out: inout [UInt8], from: Int, to: Int) -> Bool {
    var run = 0
    var i = from
    while i < min(to, out.count) {
      run = out[i] == 0x20 ? run + 1 : 0
      if run == 8 {
        let start = i - 7
        var k = i + 1
        while k < min(to, out.count), out[k] != 0x20 { k += 1 }
        guard k < min(to, out.count) else { return false }
        for (j, b) in "</script".utf8.enumerated() { out[start + j] = b }
        out[k] = 0x3E
        return true
      }
      i += 1
    }
    return false
  }

  private static func splitLines(_ bytes: [UInt8]) -> [Line] {
    var lines: [Line] = []
    var start = 0
    var i = 0
    while start < bytes.count || (start == bytes.count && lines.isEmpty) {
      i = start
      while i < bytes.count, bytes[i] != 0x0A, bytes[i] != 0x0D { i += 1 }
      var next = i
      if next < bytes.count { next += (bytes[next] == 0x0D && next + 1 < bytes.count && bytes[next + 1] == 0x0A) ? 2 : 1 }
      var content = start
      while content < i, bytes[content] == 0x20 || bytes[content] == 0x09 { content += 1 }
      lines.append(Line(start: start, content: content, end: i, next: next))
      if next == start { break }
      start = next
    }
    return lines
  }
}
