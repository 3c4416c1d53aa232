/// Finds the `}` that closes a `{` in JavaScript-ish text: Svelte's `{expression}` attribute
/// values and markup tags, and Vue's `{{ }}` needs nothing more. Strings, template literals
/// (with their `${ }` parts), comments and regular expression literals are skipped, so a brace
/// inside them does not count.
enum ComponentBraceMatcher {
  /// What the JSX-like markup inside an expression holds that is not JSX (Astro's own syntax).
  final class MarkupNotes {
    /// `<script>` and `<style>` elements: their raw text is not markup. The start tag's range
    /// (from `<` to `>`) and the content's range.
    var rawText: [(tag: Range<Int>, content: Range<Int>, name: String)] = []
    /// Shorthand attributes (`<a {href}>`), which JSX does not have.
    var shorthand: [Range<Int>] = []
  }

  /// Bytes after which a `/` starts a regular expression rather than a division.
  private static let regexPrecursors: Set<UInt8> = Set("(,=:[!&|?{};+-*%<>~^".utf8)

  /// Keywords after which a `/` starts a regular expression.
  private static let regexKeywords: Set<[UInt8]> = Set(
    ["return", "typeof", "case", "do", "else", "in", "of", "new", "delete", "void", "throw", "instanceof", "yield", "await"]
      .map { Array($0.utf8) })

  /// The offset of the `}` matching the `{` at `open`, or nil when it is never closed before `limit`.
  /// With `jsx` (Astro's expressions), a `<` where an expression may start opens a JSX-like
  /// element, whose text (`Don't`, `a/b`) is not code.
  static func matchingBrace(_ bytes: [UInt8], open: Int, limit: Int? = nil, jsx: Bool = false, notes: MarkupNotes? = nil) -> Int? {
    let end = min(limit ?? bytes.count, bytes.count)
    guard open < end, bytes[open] == 0x7B else { return nil }
    var i = open + 1
    var depth = 1
    /// The last byte that was not blank or part of a comment (nil right after the `{`).
    var previous: UInt8? = 0x7B
    /// Where the identifier or keyword that ended at `previous` began.
    var wordStart: Int?
    while i < end {
      let b = bytes[i]
      switch b {
      case 0x7B:  // {
        depth += 1
        previous = b
        wordStart = nil
        i += 1
      case 0x7D:  // }
        depth -= 1
        if depth == 0 { return i }
        previous = b
        wordStart = nil
        i += 1
      case 0x22, 0x27:  // " '
        guard let close = skipString(bytes, from: i, end: end) else { return nil }
        i = close
        previous = b
        wordStart = nil
      case 0x60:  // `
        guard let close = skipTemplate(bytes, from: i, end: end) else { return nil }
        i = close
        previous = b
        wordStart = nil
      case 0x2F:  // /
        if i + 1 < end, bytes[i + 1] == 0x2F {
          i += 2
          while i < end, bytes[i] != 0x0A, bytes[i] != 0x0D { i += 1 }
        } else if i + 1 < end, bytes[i + 1] == 0x2A {
          i += 2
          while i + 1 < end, !(bytes[i] == 0x2A && bytes[i + 1] == 0x2F) { i += 1 }
          guard i + 1 < end else { return nil }
          i += 2
        } else if startsRegex(after: previous, word: wordStart.map { Array(bytes[$0..<wordEnd(bytes, $0)]) }),
          let close = skipRegex(bytes, from: i, end: end)
        {
          // (A `/` that does not end on its line is taken for a division after all.)
          i = close
          previous = 0x2F
          wordStart = nil
        } else {
          previous = b
          wordStart = nil
          i += 1
        }
      case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B:
        i += 1
      case 0x3C where jsx && startsRegex(after: previous, word: wordStart.map { Array(bytes[$0..<wordEnd(bytes, $0)]) }):
        // An element where an expression may start: `cond && <p>...</p>`, `(x) => <li>{x}</li>`.
        guard let after = skipElement(bytes, from: i, end: end, depth: 0, notes: notes) else { return nil }
        i = after
        previous = 0x29  // like a closing parenthesis: a value
        wordStart = nil
      default:
        if isWordByte(b) {
          let start = i
          while i < end, isWordByte(bytes[i]) { i += 1 }
          previous = bytes[i - 1]
          wordStart = start
        } else {
          previous = b
          wordStart = nil
          i += 1
        }
      }
    }
    return nil
  }

  /// The offset just after the JSX-like element (or fragment) whose `<` is at `from`, or nil
  /// when it does not close.
  private static func skipElement(_ bytes: [UInt8], from: Int, end: Int, depth: Int, notes: MarkupNotes?) -> Int? {
    guard depth < 200, from + 1 < end else { return nil }
    var i = from + 1
    let first = bytes[i]
    guard HTMLRawTag.isLetter(first) || first == 0x3E else { return nil }
    // The opening tag: a name, then attributes up to `>` or `/>`.
    let nameStart = i
    while i < end, isWordByte(bytes[i]) || bytes[i] == 0x2D || bytes[i] == 0x3A || bytes[i] == 0x2E { i += 1 }
    let name = String(decoding: bytes[nameStart..<i].map(HTMLRawTag.lower), as: UTF8.self)
    while i < end, bytes[i] != 0x3E {
      switch bytes[i] {
      case 0x22, 0x27:
        let quote = bytes[i]
        i += 1
        while i < end, bytes[i] != quote { i += 1 }
        i += 1
      case 0x60:
        guard let close = skipTemplate(bytes, from: i, end: end) else { return nil }
        i = close
      case 0x7B:
        guard let close = matchingBrace(bytes, open: i, limit: end, jsx: true, notes: notes) else { return nil }
        var k = i + 1
        while k < close, bytes[k] == 0x20 || bytes[k] == 0x09 { k += 1 }
        // In a name's place (not a value after `=`), `{href}` stands for `href={href}`.
        var p = i - 1
        while p > from, HTMLRawTag.isBlank(bytes[p]) { p -= 1 }
        if bytes[p] != 0x3D, k < close, isWordByte(bytes[k]), bytes[k..<close].allSatisfy({ isWordByte($0) || $0 == 0x20 || $0 == 0x09 }) {
          notes?.shorthand.append(i..<(close + 1))
        }
        i = close + 1
      case 0x2F where i + 1 < end && bytes[i + 1] == 0x3E:
        return i + 2
      default:
        i += 1
      }
    }
    guard i < end else { return nil }
    i += 1
    if name == "script" || name == "style" {
      // Raw text up to the end tag.
      let closer = Array("</\(name)".utf8)
      var j = i
      while j + closer.count <= end, !HTMLRawTag.hasPrefix(bytes, at: j, caseInsensitive: closer) { j += 1 }
      guard j + closer.count <= end else { return nil }
      notes?.rawText.append((from..<i, i..<j, name))
      while j < end, bytes[j] != 0x3E { j += 1 }
      return j < end ? j + 1 : nil
    }
    // Children: text, `{...}` and elements, up to this element's closing tag.
    while i < end {
      switch bytes[i] {
      case 0x7B:
        guard let close = matchingBrace(bytes, open: i, limit: end, jsx: true, notes: notes) else { return nil }
        i = close + 1
      case 0x3C where i + 1 < end && bytes[i + 1] == 0x2F:
        while i < end, bytes[i] != 0x3E { i += 1 }
        return i < end ? i + 1 : nil
      case 0x3C where i + 1 < end && (HTMLRawTag.isLetter(bytes[i + 1]) || bytes[i + 1] == 0x3E):
        guard let after = skipElement(bytes, from: i, end: end, depth: depth + 1, notes: notes) else { return nil }
        i = after
      default:
        i += 1
      }
    }
    return nil
  }

  /// The offset just after the string literal that starts at `from`, or nil when unterminated.
  static func skipString(_ bytes: [UInt8], from: Int, end: Int) -> Int? {
    let quote = bytes[from]
    var i = from + 1
    while i < end {
      switch bytes[i] {
      case 0x5C: i += 2
      case quote: return i + 1
      case 0x0A, 0x0D: return nil  // strings do not span lines
      default: i += 1
      }
    }
    return nil
  }

  /// The offset just after the template literal that starts at `from`, or nil when unterminated.
  static func skipTemplate(_ bytes: [UInt8], from: Int, end: Int) -> Int? {
    var i = from + 1
    while i < end {
      switch bytes[i] {
      case 0x5C: i += 2
      case 0x60: return i + 1
      case 0x24 where i + 1 < end && bytes[i + 1] == 0x7B:
        guard let close = matchingBrace(bytes, open: i + 1, limit: end) else { return nil }
        i = close + 1
      default: i += 1
      }
    }
    return nil
  }

  /// The offset just after the regular expression literal that starts at `from`, or nil.
  private static func skipRegex(_ bytes: [UInt8], from: Int, end: Int) -> Int? {
    var i = from + 1
    var inClass = false
    while i < end {
      switch bytes[i] {
      case 0x5C: i += 2
      case 0x5B: inClass = true; i += 1
      case 0x5D: inClass = false; i += 1
      case 0x2F where !inClass:
        i += 1
        while i < end, isWordByte(bytes[i]) { i += 1 }  // flags
        return i
      case 0x0A, 0x0D: return nil
      default: i += 1
      }
    }
    return nil
  }

  private static func startsRegex(after previous: UInt8?, word: [UInt8]?) -> Bool {
    if let word { return regexKeywords.contains(word) }
    guard let previous else { return true }
    return regexPrecursors.contains(previous)
  }

  private static func wordEnd(_ bytes: [UInt8], _ start: Int) -> Int {
    var i = start
    while i < bytes.count, isWordByte(bytes[i]) { i += 1 }
    return i
  }

  /// Identifier and number bytes (non-ASCII bytes count, as identifiers may use them).
  private static func isWordByte(_ b: UInt8) -> Bool {
    HTMLRawTag.isLetter(b) || HTMLRawTag.isDigit(b) || b == 0x5F || b == 0x24 || b >= 0x80
  }
}
