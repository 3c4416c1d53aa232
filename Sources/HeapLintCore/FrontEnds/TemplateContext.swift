/// Where a template output tag stands, which decides the filler that keeps the code valid.
enum FillerContext: Equatable {
  /// HTML text, a non-script attribute value, a tag: anything but JavaScript.
  case markup
  /// JavaScript where a value goes.
  case code
  /// Inside a JavaScript string literal delimited by `quote`.
  case string(quote: UInt8)
  /// Inside a JavaScript template literal.
  case templateLiteral
  /// Inside a JavaScript line comment.
  case lineComment
  /// Inside a JavaScript block comment.
  case blockComment
}

/// Follows the bytes a template passes through unchanged, well enough to tell whether an
/// output tag stands in JavaScript code, in a JavaScript string, or in markup. This only picks
/// fillers; libxml2 parses the masked result.
struct TemplateContextTracker {
  private enum HTMLState: Equatable {
    case text
    case tagName(isEnd: Bool)
    case inTag
    case attributeName
    case afterAttributeName
    case beforeAttributeValue
    case attributeValue(quote: UInt8)
    case comment
    case scriptData
    case rawText
  }

  private enum JSState: Equatable {
    case code
    case string(UInt8)
    case templateLiteral
    case lineComment
    case blockComment
    case regex(inClass: Bool)
  }

  private let bytes: [UInt8]
  private var html = HTMLState.text
  private var js = JSState.code
  /// Brace depths of the `${` substitutions we are inside, innermost last.
  private var substitutions: [Int] = []
  private var escaped = false
  /// The last byte of JavaScript code that was not whitespace, to tell a regex from a division.
  private var lastSignificant: UInt8 = 0x3B
  private var tagName: [UInt8] = []
  private var isEndTag = false
  private var attributeName: [UInt8] = []
  private var attributeIsScript = false
  private var rawTextCloser: [UInt8] = []
  /// Bytes to pass over without interpretation (the tail of a character reference).
  private var skip = 0

  private static let commentOpen = Array("<!--".utf8)
  private static let commentClose = Array("-->".utf8)
  private static let scriptClose = Array("</script".utf8)
  /// Bytes after which a `/` starts a regular expression rather than a division.
  private static let regexPrecursors = Set("(,=:[!&|?{};+-*%<>~^".utf8)
  private static let quoteReferences: [([UInt8], UInt8)] = [
    (Array("&quot;".utf8), 0x22), (Array("&#34;".utf8), 0x22), (Array("&#39;".utf8), 0x27),
    (Array("&#x27;".utf8), 0x27), (Array("&apos;".utf8), 0x27),
  ]

  init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// The context of the next byte.
  var context: FillerContext {
    let inScript: Bool
    switch html {
    case .scriptData: inScript = true
    case .attributeValue: inScript = attributeIsScript
    default: inScript = false
    }
    guard inScript else { return .markup }
    switch js {
    case .code, .regex: return .code
    case .string(let q): return .string(quote: q)
    case .templateLiteral: return .templateLiteral
    case .lineComment: return .lineComment
    case .blockComment: return .blockComment
    }
  }

  /// Continues as if a `<script>` start tag had just been read.
  mutating func enterScript() {
    html = .scriptData
    skip = 0
    resetJavaScript()
  }

  /// Continues as if in HTML text.
  mutating func leaveScript() {
    html = .text
    skip = 0
  }

  /// Whether the next byte is HTML text (not in a tag, script, comment or raw text element).
  var isInMarkupText: Bool { html == .text && skip == 0 }

  /// Consumes the unchanged byte at `i`.
  mutating func advance(_ i: Int) {
    if skip > 0 {
      skip -= 1
      return
    }
    let b = bytes[i]
    switch html {
    case .text:
      if b == 0x3C {
        if HTMLRawTag.hasPrefix(bytes, at: i, caseInsensitive: Self.commentOpen) {
          html = .comment
          skip = 3
        } else if i + 1 < bytes.count, HTMLRawTag.isLetter(bytes[i + 1]) {
          html = .tagName(isEnd: false)
          tagName = []
        } else if i + 2 < bytes.count, bytes[i + 1] == 0x2F, HTMLRawTag.isLetter(bytes[i + 2]) {
          html = .tagName(isEnd: true)
          tagName = []
          skip = 1
        }
      }
    case .tagName(let isEnd):
      if HTMLRawTag.isNameChar(b) {
        tagName.append(HTMLRawTag.lower(b))
      } else {
        isEndTag = isEnd
        html = .inTag
        inTag(b)
      }
    case .inTag, .attributeName, .afterAttributeName, .beforeAttributeValue:
      inTag(b)
    case .attributeValue(let quote):
      let ends = quote == 0 ? (HTMLRawTag.isBlank(b) || b == 0x3E) : b == quote
      if ends {
        html = .inTag
        if quote == 0 { inTag(b) }
      } else if attributeIsScript {
        javaScript(decodedQuote(at: i) ?? b, at: i)
      }
    case .comment:
      if b == 0x2D, HTMLRawTag.hasPrefix(bytes, at: i, caseInsensitive: Self.commentClose) {
        html = .text
        skip = 2
      }
    case .scriptData:
      if b == 0x3C, HTMLRawTag.hasPrefix(bytes, at: i, caseInsensitive: Self.scriptClose) {
        html = .tagName(isEnd: true)
        tagName = []
        skip = 1
      } else {
        javaScript(b, at: i)
      }
    case .rawText:
      if b == 0x3C, HTMLRawTag.hasPrefix(bytes, at: i, caseInsensitive: rawTextCloser) {
        html = .tagName(isEnd: true)
        tagName = []
        skip = 1
      }
    }
  }

  private mutating func inTag(_ b: UInt8) {
    if b == 0x3E {
      html = .text
      if !isEndTag {
        switch String(decoding: tagName, as: UTF8.self) {
        case "script":
          html = .scriptData
          resetJavaScript()
        case "style", "textarea", "title", "xmp":
          html = .rawText
          rawTextCloser = Array("</".utf8) + tagName
        default:
          break
        }
      }
      return
    }
    switch html {
    case .attributeName:
      if b == 0x3D {
        html = .beforeAttributeValue
      } else if HTMLRawTag.isBlank(b) {
        html = .afterAttributeName
      } else {
        attributeName.append(HTMLRawTag.lower(b))
      }
    case .afterAttributeName:
      if b == 0x3D {
        html = .beforeAttributeValue
      } else if !HTMLRawTag.isBlank(b) {
        startAttribute(b)
      }
    case .beforeAttributeValue:
      if HTMLRawTag.isBlank(b) { return }
      attributeIsScript = attributeName.count > 2 && attributeName[0] == 0x6F && attributeName[1] == 0x6E
      if attributeIsScript { resetJavaScript() }
      if b == 0x22 || b == 0x27 {
        html = .attributeValue(quote: b)
      } else {
        html = .attributeValue(quote: 0)
        if attributeIsScript { javaScript(b, at: -1) }
      }
    default:
      if !HTMLRawTag.isBlank(b) && b != 0x2F { startAttribute(b) }
    }
  }

  private mutating func startAttribute(_ b: UInt8) {
    html = .attributeName
    attributeName = [HTMLRawTag.lower(b)]
  }

  private mutating func resetJavaScript() {
    js = .code
    substitutions = []
    escaped = false
    lastSignificant = 0x3B
  }

  /// The quote a character reference in an attribute value stands for.
  private mutating func decodedQuote(at i: Int) -> UInt8? {
    guard bytes[i] == 0x26 else { return nil }
    for (reference, quote) in Self.quoteReferences where HTMLRawTag.hasPrefix(bytes, at: i, caseInsensitive: reference) {
      skip = reference.count - 1
      return quote
    }
    return nil
  }

  /// Consumes one JavaScript byte; `i` is its offset, for a look at the next byte.
  private mutating func javaScript(_ b: UInt8, at i: Int) {
    if escaped {
      escaped = false
      return
    }
    switch js {
    case .code:
      switch b {
      case 0x22, 0x27: js = .string(b)
      case 0x60: js = .templateLiteral
      case 0x2F:
        let next: UInt8 = i >= 0 && i + 1 < bytes.count ? bytes[i + 1] : 0
        if next == 0x2F {
          js = .lineComment
          skip = 1
        } else if next == 0x2A {
          js = .blockComment
          pendingStar = false
          skip = 1
        } else if Self.regexPrecursors.contains(lastSignificant) {
          js = .regex(inClass: false)
        }
      case 0x7B:
        if !substitutions.isEmpty { substitutions[substitutions.count - 1] += 1 }
      case 0x7D:
        if let depth = substitutions.last {
          if depth == 0 {
            substitutions.removeLast()
            js = .templateLiteral
          } else {
            substitutions[substitutions.count - 1] -= 1
          }
        }
      default: break
      }
      if js == .code, !HTMLRawTag.isBlank(b) { lastSignificant = b }
    case .string(let q):
      if b == 0x5C {
        escaped = true
      } else if b == q || b == 0x0A || b == 0x0D {
        js = .code
        lastSignificant = 0x29
      }
    case .templateLiteral:
      if b == 0x5C {
        escaped = true
      } else if b == 0x60 {
        js = .code
        lastSignificant = 0x29
        pendingDollar = false
      } else if b == 0x7B, pendingDollar {
        substitutions.append(0)
        js = .code
        lastSignificant = 0x7B
      }
      pendingDollar = b == 0x24
    case .lineComment:
      if b == 0x0A || b == 0x0D {
        js = .code
        lastSignificant = 0x3B
      }
    case .blockComment:
      if b == 0x2F, pendingStar {
        js = .code
        lastSignificant = 0x3B
      }
      pendingStar = b == 0x2A
    case .regex(let inClass):
      if b == 0x5C {
        escaped = true
      } else if b == 0x5B {
        js = .regex(inClass: true)
      } else if b == 0x5D, inClass {
        js = .regex(inClass: false)
      } else if b == 0x2F, !inClass {
        js = .code
        lastSignificant = 0x29
      } else if b == 0x0A || b == 0x0D {
        js = .code
      }
    }
  }

  private var pendingDollar = false
  private var pendingStar = false
}
