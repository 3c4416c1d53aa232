import CLibXML2
import JavaScriptSyntax

/// libxml2 keeps global tables that must be set up once, before any thread parses.
private let libxml2Initialized: Void = xmlInitParser()

/// Drives libxml2's SAX HTML parser over one document and turns its events into scripts.
/// No libxml2 pointer leaves this file.
final class LibXML2HTMLScanner {
  private struct OpenScript {
    var tagStart: Int
    var contentStart: Int?
    var kind: EmbeddedScript.Kind?
    var hasSource: Bool
    var typescript = false
  }

  private static let typeName = Array("type".utf8)
  private static let languageName = Array("language".utf8)
  private static let langName = Array("lang".utf8)
  private static let srcName = Array("src".utf8)
  private static let asyncName = Array("async".utf8)
  private static let deferName = Array("defer".utf8)
  private static let scriptCloser = Array("</script".utf8)

  /// The document as libxml2 sees it: same length as the file, see `sanitized(_:)`.
  private let bytes: [UInt8]
  private let ctxt: htmlParserCtxtPtr
  /// The file offset of the most recent SAX event; the next start tag begins at or after it.
  private var mark = 0
  private var scripts: [EmbeddedScript] = []
  private var problems: [HTMLProblem] = []
  private var comments: [HTMLComment] = []
  private var externalScripts: [ExternalScript] = []
  private var openScript: OpenScript?
  /// Where the last cdataBlock of the open script ended.
  private var scriptDataEnd: Int?
  /// The parser stack depth of the outermost open inert element, such as `<textarea>`.
  private var inertDepth: Int32?

  private init(bytes: [UInt8], ctxt: htmlParserCtxtPtr) {
    self.bytes = bytes
    self.ctxt = ctxt
  }

  static func scan(_ file: [UInt8]) -> HTMLExtraction {
    _ = libxml2Initialized
    let bytes = sanitized(file)
    guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return HTMLExtraction(scripts: [], problems: []) }
    // Newer libxml2 versions parse the caller's memory in place, so the buffer must stay
    // alive until the context is freed.
    return bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        guard let ctxt = htmlCreateMemoryParserCtxt(chars.baseAddress, Int32(chars.count)) else {
          return HTMLExtraction(scripts: [], problems: [])
        }
        defer {
          if let doc = ctxt.pointee.myDoc { xmlFreeDoc(doc) }
          htmlFreeParserCtxt(ctxt)
        }
        let scanner = LibXML2HTMLScanner(bytes: bytes, ctxt: ctxt)
        installHandlers(ctxt)
        ctxt.pointee._private = Unmanaged.passUnretained(scanner).toOpaque()
        let options =
          HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
          | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
        _ = htmlCtxtUseOptions(ctxt, Int32(bitPattern: options))
        // libxml2 2.9 has no HTML_PARSE_HUGE; its HTML parser checks the XML flag in
        // ctxt->options for its length limits.
        ctxt.pointee.options |= Int32(bitPattern: XML_PARSE_HUGE.rawValue)
        // Treat the input as UTF-8 from the start; a detected encoding would re-encode the
        // buffer and make libxml2's positions differ from file offsets.
        _ = xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8)
        _ = htmlParseDocument(ctxt)
        return withExtendedLifetime(scanner) { scanner.finish() }
      }
    }
  }

  /// A copy of the file that libxml2 reads exactly as it is: every byte of an invalid UTF-8
  /// sequence becomes `?` and NUL becomes a space. libxml2 would otherwise switch to Latin-1
  /// on the first bad sequence and re-encode the rest of the buffer, shifting all positions.
  static func sanitized(_ file: [UInt8]) -> [UInt8] {
    var out = file
    let n = file.count
    file.withUnsafeBufferPointer { b in
      var i = 0
      while i < n {
        let c = b[i]
        if c < 0x80 {
          if c == 0 { out[i] = 0x20 }
          i += 1
          continue
        }
        func cont(_ k: Int, _ lo: UInt8 = 0x80, _ hi: UInt8 = 0xBF) -> Bool {
          i + k < n && b[i + k] >= lo && b[i + k] <= hi
        }
        let length: Int
        switch c {
        case 0xC2...0xDF: length = cont(1) ? 2 : 0
        case 0xE0: length = cont(1, 0xA0) && cont(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: length = cont(1) && cont(2) ? 3 : 0
        case 0xED: length = cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0
        case 0xF0: length = cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0
        case 0xF1...0xF3: length = cont(1) && cont(2) && cont(3) ? 4 : 0
        case 0xF4: length = cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0
        default: length = 0
        }
        if length == 0 {
          out[i] = 0x3F
          i += 1
        } else {
          i += length
        }
      }
    }
    return out
  }

  // MARK: - SAX plumbing

  private static func installHandlers(_ ctxt: htmlParserCtxtPtr) {
    var sax = htmlSAXHandler()
    sax.startElement = { ctx, name, atts in
      guard let scanner = LibXML2HTMLScanner.from(ctx), let name else { return }
      scanner.startElement(name, atts)
    }
    sax.endElement = { ctx, name in
      guard let scanner = LibXML2HTMLScanner.from(ctx), let name else { return }
      scanner.endElement(name)
    }
    sax.cdataBlock = { ctx, _, _ in
      guard let scanner = LibXML2HTMLScanner.from(ctx) else { return }
      let position = scanner.position()
      if scanner.openScript != nil { scanner.scriptDataEnd = position }
      scanner.mark = position
    }
    sax.characters = { ctx, _, _ in LibXML2HTMLScanner.from(ctx)?.advanceMark() }
    sax.ignorableWhitespace = { ctx, _, _ in LibXML2HTMLScanner.from(ctx)?.advanceMark() }
    sax.comment = { ctx, _ in LibXML2HTMLScanner.from(ctx)?.comment() }
    sax.processingInstruction = { ctx, _, _ in LibXML2HTMLScanner.from(ctx)?.advanceMark() }
    sax.internalSubset = { ctx, _, _, _ in LibXML2HTMLScanner.from(ctx)?.advanceMark() }
    // With the SAX2 magic set, libxml2 sends errors to this context's serror instead of any
    // process-wide handler, so concurrent parses never share error state.
    sax.initialized = XML_SAX2_MAGIC
    sax.serror = { _, _ in }
    ctxt.pointee.sax.pointee = sax
  }

  /// The scanner of a SAX callback; libxml2 passes the parser context as `ctx`.
  private static func from(_ ctx: UnsafeMutableRawPointer?) -> LibXML2HTMLScanner? {
    guard let ctx, let raw = ctx.assumingMemoryBound(to: htmlParserCtxt.self).pointee._private else { return nil }
    return Unmanaged<LibXML2HTMLScanner>.fromOpaque(raw).takeUnretainedValue()
  }

  /// The file offset libxml2 has read up to.
  private func position() -> Int {
    guard let input = ctxt.pointee.input, let cur = input.pointee.cur, let base = input.pointee.base else { return mark }
    // The buffer may have been shrunk; `consumed` counts the bytes dropped from its front.
    return Int(input.pointee.consumed) + (cur - base)
  }

  private func advanceMark() { mark = position() }

  /// `<!--` at `i`.
  private func isCommentOpener(at i: Int) -> Bool {
    i + 3 < bytes.count && bytes[i] == 0x3C && bytes[i + 1] == 0x21 && bytes[i + 2] == 0x2D && bytes[i + 3] == 0x2D
  }

  /// `-->` just before `end`.
  private func isCommentCloser(endingAt end: Int) -> Bool {
    end >= 3 && bytes[end - 1] == 0x3E && bytes[end - 2] == 0x2D && bytes[end - 3] == 0x2D
  }

  /// Records the comment libxml2 just read: from the last `<!--` before the current position.
  private func comment() {
    let end = position()
    let limit = min(end, bytes.count)
    var start = limit - 4
    while start >= mark && start >= 0 {
      if isCommentOpener(at: start) { break }
      start -= 1
    }
    if start >= mark, start >= 0 {
      var contentEnd = limit
      if contentEnd - start >= 7 && isCommentCloser(endingAt: contentEnd) { contentEnd -= 3 }
      let span = JavaScriptSyntax.Span(start: start, end: limit)
      let content = JavaScriptSyntax.Span(start: start + 4, end: max(start + 4, contentEnd))
      comments.append(HTMLComment(span: span, contentSpan: content))
    }
    mark = end
  }

  // MARK: - Events

  private func startElement(_ namePointer: UnsafePointer<xmlChar>, _ atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
    let end = position()
    defer { mark = end }
    let depth = ctxt.pointee.nameNr
    if let d = inertDepth, depth <= d { inertDepth = nil }
    if openScript != nil { closeScript() }
    let name = Array(UnsafeBufferPointer(start: namePointer, count: Int(xmlStrlen(namePointer))))
    let attributes = Self.attributes(atts)
    let nameString = String(decoding: name, as: UTF8.self)

    if inertDepth == nil {
      scanAttributes(of: name, attributes, tagEnd: end)
      if nameString == "script" {
        let type = attributes.first { $0.name == Self.typeName }.flatMap { $0.value }
        let language = attributes.first { $0.name == Self.languageName }.flatMap { $0.value }
        let kind = HTMLFrontEnd.scriptKind(type: type, language: language)
        // A classic external script runs in document order with the inline ones (`async` and
        // `defer` ones run later, at a time the page does not fix).
        if kind == .classic, let src = attributes.first(where: { $0.name == Self.srcName })?.value, !src.isEmpty,
          !attributes.contains(where: { $0.name == Self.asyncName || $0.name == Self.deferName })
        {
          externalScripts.append(ExternalScript(offset: locateStartTag(name, end: end) ?? end, source: String(decoding: src, as: UTF8.self)))
        }
        openScript = OpenScript(
          tagStart: locateStartTag(name, end: end) ?? end,
          contentStart: end < bytes.count && bytes[end] == 0x3E ? end + 1 : nil,
          kind: kind,
          hasSource: attributes.contains { $0.name == Self.srcName },
          typescript: HTMLFrontEnd.isTypeScript(type: type, lang: attributes.first { $0.name == Self.langName }.flatMap { $0.value })
        )
        scriptDataEnd = nil
      }
    }
    if inertDepth == nil, HTMLFrontEnd.inertElements.contains(nameString) { inertDepth = depth }
  }

  private func endElement(_ namePointer: UnsafePointer<xmlChar>) {
    let end = position()
    if openScript != nil, xmlStrEqual(namePointer, "script") != 0 { closeScript() }
    if let d = inertDepth, ctxt.pointee.nameNr <= d { inertDepth = nil }
    mark = end
  }

  private func finish() -> HTMLExtraction {
    if openScript != nil { closeScript() }
    return HTMLExtraction(scripts: scripts, problems: problems, comments: comments, externalScripts: externalScripts)
  }

  /// Ends the open script where libxml2 ended it: at the first `</script` after its last data
  /// (libxml2 in recovery mode matches the name as a case-insensitive prefix), or the file's end.
  private func closeScript() {
    guard let script = openScript else { return }
    openScript = nil
    guard let contentStart = script.contentStart else { return }
    let closer = Self.scriptCloser
    var contentEnd = bytes.count
    var i = max(contentStart, scriptDataEnd ?? contentStart)
    while i + closer.count <= bytes.count {
      if bytes[i] == 0x3C, HTMLRawTag.hasPrefix(bytes, at: i, caseInsensitive: closer) {
        contentEnd = i
        break
      }
      i += 1
    }
    if contentEnd == bytes.count {
      problems.append(HTMLProblem(message: "unterminated <script> element: its content runs to the end of the file", offset: script.tagStart))
    }
    guard let kind = script.kind else { return }
    let code = Array(bytes[contentStart..<contentEnd])
    if script.hasSource, code.allSatisfy(HTMLRawTag.isBlank) { return }
    scripts.append(EmbeddedScript(kind: kind, code: code, origin: .identity(offset: contentStart, length: code.count), typescript: script.typescript))
  }

  // MARK: - Attributes

  private static func attributes(_ atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> [(name: [UInt8], value: [UInt8]?)] {
    guard let atts else { return [] }
    var result: [(name: [UInt8], value: [UInt8]?)] = []
    var i = 0
    while let name = atts[i] {
      let value = atts[i + 1].map { Array(UnsafeBufferPointer(start: $0, count: Int(xmlStrlen($0)))) }
      result.append((Array(UnsafeBufferPointer(start: name, count: Int(xmlStrlen(name)))), value))
      i += 2
    }
    return result
  }

  /// Emits the event handlers and `javascript:` URLs among a start tag's attributes.
  private func scanAttributes(of element: [UInt8], _ libxmlAttributes: [(name: [UInt8], value: [UInt8]?)], tagEnd: Int) {
    var attributes = libxmlAttributes
    var shorthand: [RawAttribute] = []
    // libxml2 drops attribute names it cannot read, such as Alpine's `@click`: take those from
    // the raw tag.
    // libxml2 may stop reading the tag at such a name, so look up to the tag's `>`.
    let from = max(0, min(mark - 1, tagEnd))
    var to = min(tagEnd, bytes.count)
    while to < bytes.count, bytes[to] != 0x3E, to - tagEnd < 4_096 { to += 1 }
    if from < to, bytes[from..<to].contains(0x40), let start = locateStartTag(element, end: tagEnd) {
      for (name, range) in Self.shorthandAttributes(bytes, tagStart: start) where !attributes.contains(where: { $0.name == name }) {
        attributes.append((name, HTMLRawTag.decodeAttributeValue(bytes, range).code))
        shorthand.append(RawAttribute(name: name, value: range))
      }
    }
    let interesting = attributes.filter { attribute in
      guard let value = attribute.value else { return false }
      if attribute.name.count > 2, attribute.name[0] == 0x6F, attribute.name[1] == 0x6E { return true }
      if HTMLFrontEnd.alpineCodeAttribute(attribute.name) != nil { return true }
      return HTMLFrontEnd.urlAttributes.contains(String(decoding: attribute.name, as: UTF8.self))
        && value.contains(0x3A)
    }
    guard !interesting.isEmpty else { return }
    let tagStart = locateStartTag(element, end: tagEnd)
    let raw = (tagStart.map { HTMLRawTag.scanStartTag(bytes, at: $0).attributes } ?? []) + shorthand
    for attribute in interesting {
      guard let value = attribute.value else { continue }
      var decoded: (code: [UInt8], origin: OriginMap)
      if let range = raw.first(where: { $0.name == attribute.name })?.value {
        decoded = HTMLRawTag.decodeAttributeValue(bytes, range)
        if decoded.code != value {
          // Our reading of the tag disagrees with libxml2's; trust its value, place it roughly.
          decoded = (value, .identity(offset: range.lowerBound, length: value.count))
        }
      } else {
        decoded = (value, .identity(offset: tagStart ?? tagEnd, length: value.count))
      }
      let name = String(decoding: attribute.name, as: UTF8.self)
      if let alpine = HTMLFrontEnd.alpineCodeAttribute(attribute.name) {
        if decoded.code.allSatisfy(HTMLRawTag.isBlank) { continue }
        let code = alpine == .expression ? HTMLFrontEnd.parenthesized(decoded) : HTMLFrontEnd.asyncFunctionBody(decoded)
        scripts.append(EmbeddedScript(kind: .eventHandler(attribute: name), code: code.code, origin: code.origin))
      } else if name.hasPrefix("on") {
        if decoded.code.allSatisfy(HTMLRawTag.isBlank) { continue }
        scripts.append(EmbeddedScript(kind: .eventHandler(attribute: name), code: decoded.code, origin: decoded.origin))
      } else if let url = HTMLFrontEnd.javaScriptURL(decoded.code, origin: decoded.origin) {
        scripts.append(EmbeddedScript(kind: .javascriptURL, code: url.code, origin: url.origin))
      }
    }
  }

  /// The `@name="value"` attributes of the start tag at `tagStart` (Alpine's and Vue's event
  /// shorthand), with their value ranges; other attributes are skipped, quotes respected.
  static func shorthandAttributes(_ bytes: [UInt8], tagStart: Int) -> [(name: [UInt8], value: Range<Int>)] {
    let n = bytes.count
    var out: [(name: [UInt8], value: Range<Int>)] = []
    var i = tagStart + 1
    while i < n, HTMLRawTag.isNameChar(bytes[i]) { i += 1 }
    while i < n {
      while i < n, HTMLRawTag.isBlank(bytes[i]) { i += 1 }
      guard i < n, bytes[i] != 0x3E else { break }
      let nameStart = i
      while i < n, !HTMLRawTag.isBlank(bytes[i]), bytes[i] != 0x3D, bytes[i] != 0x3E { i += 1 }
      let name = Array(bytes[nameStart..<i]).map(HTMLRawTag.lower)
      var j = i
      while j < n, HTMLRawTag.isBlank(bytes[j]) { j += 1 }
      guard j < n, bytes[j] == 0x3D else {
        if i == nameStart { i += 1 }
        continue
      }
      j += 1
      while j < n, HTMLRawTag.isBlank(bytes[j]) { j += 1 }
      let (value, next) = HTMLRawTag.scanAttributeValue(bytes, at: j)
      i = next
      if name.first == 0x40, name.count > 1 { out.append((name, value)) }
    }
    return out
  }

  /// The offset of the `<` of the start tag libxml2 has just reported, which ends at `end`.
  /// It is the first `<name` after the previous event whose attributes end exactly at `end`;
  /// nil for elements libxml2 implied without a tag.
  private func locateStartTag(_ name: [UInt8], end: Int) -> Int? {
    var fallback: Int?
    // libxml2 reports implied and auto-closed elements after reading `<name` of the tag that
    // caused them, so the previous event may lie just inside this tag.
    var i = max(0, mark - 1 - name.count)
    let lowered = name.map(HTMLRawTag.lower)
    while i < end {
      if bytes[i] == 0x3C, HTMLRawTag.hasPrefix(bytes, at: i + 1, caseInsensitive: lowered) {
        let after = i + 1 + lowered.count
        if after >= bytes.count || !HTMLRawTag.isNameChar(bytes[after]) {
          if HTMLRawTag.scanStartTag(bytes, at: i).end == end { return i }
          if fallback == nil { fallback = i }
        }
      }
      i += 1
    }
    return fallback
  }
}
