import JavaScriptSyntax

/// A piece of JavaScript found in an HTML file.
public struct EmbeddedScript: Sendable {
  /// Where in the HTML the code sits, which decides how a browser runs it.
  public enum Kind: Sendable, Hashable {
    /// The content of a classic `<script>` element.
    case classic
    /// The content of a `<script type="module">` element.
    case module
    /// The value of an event-handler attribute such as `onclick`.
    case eventHandler(attribute: String)
    /// The code after `javascript:` in an `href`, `src`, `action` or `formaction` value.
    case javascriptURL

    /// The goal the code is parsed with.
    public var parseGoal: ParseOptions.Goal { self == .module ? .module : .script }

    /// Code of an attribute (a handler or a `javascript:` URL): run as a function body, where
    /// `return` is allowed.
    public var isAttributeCode: Bool {
      switch self {
      case .classic, .module: false
      case .eventHandler, .javascriptURL: true
      }
    }
  }

  /// How the code is run.
  public var kind: Kind
  /// The JavaScript text; character references in attribute values are decoded, and so are
  /// percent escapes in `javascript:` URLs. Bytes of invalid UTF-8 read as `?`, NUL as a space.
  public var code: [UInt8]
  /// Maps offsets in `code` to offsets in the HTML file.
  public var origin: OriginMap

  /// A `<script lang="ts">` or `type="text/typescript"` block: parsed as TypeScript.
  public var typescript: Bool

  /// Creates a script.
  public init(kind: Kind, code: [UInt8], origin: OriginMap, typescript: Bool = false) {
    self.typescript = typescript
    self.kind = kind
    self.code = code
    self.origin = origin
  }
}

/// Something in the HTML that made extraction less certain than usual.
public struct HTMLProblem: Sendable, Hashable {
  /// What is wrong.
  public var message: String
  /// The HTML file offset it concerns.
  public var offset: Int

  /// Creates a problem note.
  public init(message: String, offset: Int) {
    self.message = message
    self.offset = offset
  }
}

/// Everything the HTML front end found in one file.
public struct HTMLExtraction: Sendable {
  /// The scripts, in document order.
  public var scripts: [EmbeddedScript]
  /// Notes about malformed markup that affects the scripts, such as an unterminated `<script>`.
  public var problems: [HTMLProblem]
  /// The HTML comments (`<!-- ... -->`), for suppression directives.
  public var comments: [HTMLComment]

  /// The classic `<script src="...">` elements, in document order: the files the page runs
  /// between its inline scripts.
  public var externalScripts: [ExternalScript] = []

  /// Creates an extraction.
  public init(scripts: [EmbeddedScript], problems: [HTMLProblem], comments: [HTMLComment] = [], externalScripts: [ExternalScript] = []) {
    self.scripts = scripts
    self.problems = problems
    self.comments = comments
    self.externalScripts = externalScripts
  }
}

/// A classic `<script src="...">` of a page: where its tag starts and what it names.
public struct ExternalScript: Sendable, Hashable {
  public var offset: Int
  public var source: String
}

/// An HTML comment: the whole `<!-- ... -->` and its text, in file offsets.
public struct HTMLComment: Sendable, Hashable {
  public var span: Span
  public var contentSpan: Span
}

/// Finds the JavaScript in an HTML document: script blocks, event-handler attributes and
/// `javascript:` URLs. libxml2's HTML parser decides the structure; offsets come from the raw bytes.
public enum HTMLFrontEnd {
  /// Extracts the scripts of an HTML document. Safe to call from several threads at once.
  public static func extract(_ bytes: [UInt8]) -> HTMLExtraction {
    LibXML2HTMLScanner.scan(bytes)
  }

  /// MIME types (lowercased, without parameters) that make a `<script>` a classic script.
  /// How an Alpine.js attribute's value is code.
  enum AlpineCode { case statements, expression }

  /// Alpine.js attributes whose value is code that Alpine runs: `x-init`, `x-effect` and event
  /// listeners (`x-on:click`, `@click.prevent`) are statements; `x-data` is an object expression
  /// whose methods run later. Nil for every other attribute.
  static func alpineCodeAttribute(_ name: [UInt8]) -> AlpineCode? {
    if name.first == 0x40, name.count > 1 { return .statements }  // @click
    let text = String(decoding: name, as: UTF8.self).lowercased()
    if text == "x-init" || text == "x-effect" || text.hasPrefix("x-on:") { return .statements }
    if text == "x-data" { return .expression }
    return nil
  }

  /// The code wrapped in parentheses, so an object literal parses as an expression; the
  /// parentheses map to the value's first and last bytes.
  static func parenthesized(_ decoded: (code: [UInt8], origin: OriginMap)) -> (code: [UInt8], origin: OriginMap) {
    wrapped(decoded, prefix: "(", suffix: ")")
  }

  /// Alpine runs its statements in an async function (`x-init="items = await load()"`): the
  /// code wrapped in one, the wrapper mapped to the value's first and last bytes.
  static func asyncFunctionBody(_ decoded: (code: [UInt8], origin: OriginMap)) -> (code: [UInt8], origin: OriginMap) {
    wrapped(decoded, prefix: "(async function () {", suffix: "\n})")
  }

  private static func wrapped(_ decoded: (code: [UInt8], origin: OriginMap), prefix: String, suffix: String) -> (code: [UInt8], origin: OriginMap) {
    var builder = OriginMap.Builder()
    let start = decoded.origin.fileOffset(0)
    for _ in prefix.utf8 { builder.append(fileOffset: start) }
    for i in 0..<decoded.code.count { builder.append(fileOffset: decoded.origin.fileOffset(i)) }
    let end = decoded.origin.fileOffset(decoded.code.count)
    for _ in suffix.utf8 { builder.append(fileOffset: end) }
    return (Array(prefix.utf8) + decoded.code + Array(suffix.utf8), builder.finish(endFileOffset: end))
  }

  static let javaScriptMIMETypes: Set<String> = [
    "text/javascript", "application/javascript", "application/x-javascript", "text/ecmascript",
    "application/ecmascript", "text/jscript", "text/livescript", "text/javascript1.0",
    "text/javascript1.1", "text/javascript1.2", "text/javascript1.3", "text/javascript1.4",
    "text/javascript1.5", "application/x-ecmascript", "text/x-javascript", "text/x-ecmascript",
  ]

  /// The kind of a `<script>` element with these `type` and `language` attribute values,
  /// or nil when its content is not JavaScript.
  static func scriptKind(type: [UInt8]?, language: [UInt8]?) -> EmbeddedScript.Kind? {
    let mime: [UInt8]
    if let type {
      mime = type
    } else if let language, !language.isEmpty {
      mime = Array("text/".utf8) + language
    } else {
      return .classic
    }
    let normalized = essence(of: mime)
    if normalized.isEmpty { return .classic }
    if normalized == "module" { return .module }
    if typeScriptMIMETypes.contains(normalized) { return .classic }
    return javaScriptMIMETypes.contains(normalized) ? .classic : nil
  }

  /// A MIME type without its parameters and surrounding blanks, lowercased: the part that names it.
  private static func essence(of mime: [UInt8]) -> String {
    var essence = mime[...]
    if let semicolon = essence.firstIndex(of: 0x3B) { essence = essence[..<semicolon] }
    while let b = essence.first, b <= 0x20 { essence.removeFirst() }
    while let b = essence.last, b <= 0x20 { essence.removeLast() }
    return String(decoding: essence.map(HTMLRawTag.lower), as: UTF8.self)
  }

  /// Script types that hold TypeScript (run by an in-page compiler or a build step).
  static let typeScriptMIMETypes: Set<String> = ["text/typescript", "application/typescript", "text/ts", "application/x-typescript"]

  /// True for a script block written in TypeScript: `lang="ts"`/`lang="tsx"` or a TypeScript type.
  static func isTypeScript(type: [UInt8]?, lang: [UInt8]?) -> Bool {
    if let lang {
      let l = String(decoding: lang.map(HTMLRawTag.lower).filter { $0 > 0x20 }, as: UTF8.self)
      if l == "ts" || l == "tsx" || l == "typescript" { return true }
    }
    return type.map { typeScriptMIMETypes.contains(essence(of: $0)) } ?? false
  }

  /// Attributes whose value is a URL that may use the `javascript:` scheme.
  static let urlAttributes: Set<String> = ["href", "src", "action", "formaction"]

  /// Elements whose content browsers never run as script, though libxml2 parses elements in it.
  static let inertElements: Set<String> = [
    "textarea", "title", "xmp", "noscript", "noembed", "noframes", "iframe", "plaintext",
  ]

  /// Splits a decoded URL attribute value into the code of a `javascript:` URL, following the
  /// URL parser: leading C0 controls and spaces are dropped, tabs and newlines are ignored in
  /// the scheme, and the code is percent-decoded.
  static func javaScriptURL(_ code: [UInt8], origin: OriginMap) -> (code: [UInt8], origin: OriginMap)? {
    var i = 0
    while i < code.count, code[i] <= 0x20 { i += 1 }
    for expected in Array("javascript:".utf8) {
      while i < code.count, code[i] == 0x09 || code[i] == 0x0A || code[i] == 0x0D { i += 1 }
      guard i < code.count, HTMLRawTag.lower(code[i]) == expected else { return nil }
      i += 1
    }
    var out: [UInt8] = []
    var builder = OriginMap.Builder()
    while i < code.count {
      if code[i] == 0x25, i + 2 < code.count, let hi = hexValue(code[i + 1]), let lo = hexValue(code[i + 2]) {
        out.append(hi << 4 | lo)
        builder.append(fileOffset: origin.fileOffset(i))
        i += 3
      } else {
        out.append(code[i])
        builder.append(fileOffset: origin.fileOffset(i))
        i += 1
      }
    }
    return (out, builder.finish(endFileOffset: origin.fileOffset(code.count)))
  }

  private static func hexValue(_ b: UInt8) -> UInt8? {
    if HTMLRawTag.isDigit(b) { return b - 0x30 }
    let l = b | 0x20
    return l >= 0x61 && l <= 0x66 ? l - 0x61 + 10 : nil
  }
}
