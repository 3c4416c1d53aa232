import JavaScriptSyntax
import Testing

@testable import HeapLintCore

/// The first offset of `needle` in `haystack`.
private func offset(of needle: String, in haystack: [UInt8], from start: Int = 0) -> Int? {
  let n = Array(needle.utf8)
  guard !n.isEmpty, haystack.count >= n.count else { return nil }
  var i = start
  while i + n.count <= haystack.count {
    if haystack[i] == n[0], Array(haystack[i..<(i + n.count)]) == n { return i }
    i += 1
  }
  return nil
}

/// The HTML line and column of the first `needle` in a script's code.
private func position(of needle: String, in script: EmbeddedScript, file: SourceFile) -> LineColumn? {
  guard let codeOffset = offset(of: needle, in: script.code) else { return nil }
  return file.lineColumn(at: script.origin.fileOffset(codeOffset))
}

private func text(_ script: EmbeddedScript) -> String { String(decoding: script.code, as: UTF8.self) }

private func extract(_ html: String) -> HTMLExtraction { HTMLFrontEnd.extract(Array(html.utf8)) }

@Suite struct HTMLFrontEndTests {
  @Test func classicScriptPositionsAreThoseOfTheHTMLFile() throws {
    let html = """
      <!doctype html>
      <html><head><title>Shop</title>
      <script>
        // identify the user
        heap.identify('u-42');
      </script></head><body></body></html>
      """
    let result = extract(html)
    let file = SourceFile(html)
    #expect(result.scripts.count == 1)
    let script = try #require(result.scripts.first)
    #expect(script.kind == .classic)
    #expect(position(of: "heap.identify", in: script, file: file) == LineColumn(line: 5, column: 3))
    #expect(script.origin.fileOffset(0) == offset(of: "<script>", in: file.bytes)! + 8)
    #expect(script.origin.fileOffset(script.code.count) == offset(of: "</script>", in: file.bytes)!)
    #expect(result.problems.isEmpty)
  }

  @Test func eventHandlerEntitiesAreDecodedAndMappedBack() throws {
    let html = """
      <body>
        <button class="a>b" onclick="track(&quot;x&quot;, &#39;y&#x27;); heap.identify(&quot;u&amp;1&quot;)">Go</button>
      </body>
      """
    let result = extract(html)
    let file = SourceFile(html)
    let script = try #require(result.scripts.first)
    #expect(result.scripts.count == 1)
    #expect(script.kind == .eventHandler(attribute: "onclick"))
    #expect(text(script) == #"track("x", 'y'); heap.identify("u&1")"#)
    let call = try #require(offset(of: "heap.identify", in: script.code))
    let fileCall = try #require(offset(of: "heap.identify", in: file.bytes))
    #expect(script.origin.fileOffset(call) == fileCall)
    #expect(position(of: "heap.identify", in: script, file: file) == LineColumn(line: 2, column: 68))
    // The decoded quote after the call maps to its `&quot;`, the `&` to its `&amp;`.
    #expect(script.origin.fileOffset(call + 14) == fileCall + 14)
    #expect(script.origin.fileOffset(call + 16) == offset(of: "&amp;1", in: file.bytes)!)
    #expect(script.origin.fileOffset(script.code.count) == offset(of: "\">Go", in: file.bytes)!)
  }

  @Test func multiByteEntitiesAndUnknownReferences() throws {
    let html = #"<a onmouseover="x('&eacute;&nbsp;&bogus; &amp &#233')">é</a>"#
    let script = try #require(extract(html).scripts.first)
    #expect(text(script) == "x('é\u{A0}&bogus; &amp é')")
    let file = Array(html.utf8)
    // Both bytes of the decoded é map into its reference; the next byte starts after it.
    #expect(script.origin.fileOffset(3) == offset(of: "&eacute;", in: file)!)
    #expect(script.origin.fileOffset(5) == offset(of: "&nbsp;", in: file)!)
    #expect(script.origin.fileOffset(7) == offset(of: "&bogus;", in: file)!)
  }

  @Test func crlfFilesKeepTheirLines() throws {
    let html = "<html>\r\n<body>\r\n<script>\r\n\r\n  var a = 1;\r\n\theap.load('123');\r\n</script>\r\n<div\r\n onclick=\"\r\n heap.track('x')\">\r\n</div></body></html>\r\n"
    let result = extract(html)
    let file = SourceFile(html)
    #expect(result.scripts.count == 2)
    #expect(position(of: "heap.load", in: result.scripts[0], file: file) == LineColumn(line: 6, column: 2))
    #expect(position(of: "heap.track", in: result.scripts[1], file: file) == LineColumn(line: 10, column: 2))
  }

  @Test func scriptTypesDecideWhatIsCode() {
    let html = """
      <script>heap.load(1)</script>
      <script type="">a()</script>
      <script type=" Text/JavaScript ; charset=utf-8">b()</script>
      <script type="application/x-javascript">c()</script>
      <script type="text/javascript1.5">d()</script>
      <script type="module">import 'x'; e()</script>
      <script type="text/template"><div>{{heap.load}}</div></script>
      <script type="application/ld+json">{"heap": 1}</script>
      <script type="text/x-handlebars-template">{{x}}</script>
      <script type="importmap">{"imports": {}}</script>
      <script type="speculationrules">{}</script>
      <script language="vbscript">MsgBox 1</script>
      <script language="JavaScript">f()</script>
      <script type="text/ecmascript" language="vbscript">g()</script>
      """
    let scripts = extract(html).scripts
    #expect(scripts.map(text) == ["heap.load(1)", "a()", "b()", "c()", "d()", "import 'x'; e()", "f()", "g()"])
    #expect(scripts.map(\.kind) == [.classic, .classic, .classic, .classic, .classic, .module, .classic, .classic])
  }

  @Test func externalScriptsWithoutContentAreSkipped() {
    let html = """
      <script src="https://cdn.heapanalytics.com/js/heap-1.js"></script>
      <script src="a.js">
      </script>
      <script async src=b.js>heap.load('1')</script>
      """
    let scripts = extract(html).scripts
    #expect(scripts.map(text) == ["heap.load('1')"])
  }

  @Test func javascriptURLs() throws {
    let html = """
      <a href="  JavaScript:heap.identify(&apos;a&apos;)">x</a>
      <a href="https://example.com/javascript:no()">y</a>
      <form action="javascript:heap.load(%22id%22)"><button formaction='javascript:void(0)'>z</button></form>
      <iframe src="javascript:''"></iframe>
      <a href="java&#x0A;script:tabbed()">t</a>
      """
    let result = extract(html)
    let file = SourceFile(html)
    #expect(result.scripts.map(text) == ["heap.identify('a')", #"heap.load("id")"#, "void(0)", "''", "tabbed()"])
    #expect(result.scripts.allSatisfy { $0.kind == .javascriptURL })
    #expect(position(of: "heap.identify", in: result.scripts[0], file: file) == LineColumn(line: 1, column: 23))
    // A percent escape maps to its `%`, and the code after it continues in step.
    let load = result.scripts[1]
    #expect(load.origin.fileOffset(10) == offset(of: "%22id", in: file.bytes)!)
    #expect(load.origin.fileOffset(11) == offset(of: "id%22", in: file.bytes)!)
    #expect(load.origin.fileOffset(load.code.count) == offset(of: "\"><button", in: file.bytes)!)
  }

  @Test func commentsTextAndInertElementsAreNotCode() {
    let html = """
      <!-- <script>heap.load('commented')</script> -->
      <!--[if IE]><script>heap.load('ie')</script><![endif]-->
      <title>heap.load('title')</title>
      <style>body { content: "<script>heap.load('style')</script>" }</style>
      <textarea><script>heap.load('textarea')</script><b onclick="heap.load('b')">x</b></textarea>
      <noscript><img src="x" onload="heap.load('noscript')"></noscript>
      <p>heap.load('text') &lt;script&gt;heap.load('escaped')&lt;/script&gt;</p>
      <script>heap.load('real')</script>
      """
    let scripts = extract(html).scripts
    #expect(scripts.map(text) == ["heap.load('real')"])
  }

  @Test func documentOrderAndUppercaseTags() {
    let html = """
      <BODY ONLOAD="first()">
      <SCRIPT TYPE="TEXT/JAVASCRIPT">second()</SCRIPT >
      <div onclick='third()'><a href="javascript:fourth()" onfocus="fifth()">a</a></div>
      <script>sixth("</scr" + "ipt>")</script>
      """
    let result = extract(html)
    #expect(result.scripts.map(text) == ["first()", "second()", "third()", "fourth()", "fifth()", #"sixth("</scr" + "ipt>")"#])
    #expect(result.scripts.first?.kind == .eventHandler(attribute: "onload"))
  }

  @Test func unterminatedScriptStillYieldsItsContent() throws {
    let html = "<html><body>\n<p>hi</p>\n<script>\nheap.load('1');\nheap.identify(x)\n"
    let result = extract(html)
    let file = SourceFile(html)
    let script = try #require(result.scripts.first)
    #expect(text(script) == "\nheap.load('1');\nheap.identify(x)\n")
    #expect(position(of: "heap.identify", in: script, file: file) == LineColumn(line: 5, column: 1))
    #expect(result.problems.count == 1)
    #expect(result.problems.first?.offset == offset(of: "<script>", in: file.bytes))
  }

  @Test func deepNestingDoesNotStopTheParse() {
    let depth = 50_000
    var html = "<html><body>"
    html += String(repeating: "<div>", count: depth)
    html += "<script>heap.load('deep')</script>"
    html += String(repeating: "</div>", count: depth)
    html += "<script>heap.identify('after')</script></body></html>"
    let result = extract(html)
    #expect(result.scripts.map(text) == ["heap.load('deep')", "heap.identify('after')"])
    let bytes = Array(html.utf8)
    #expect(result.scripts.last?.origin.fileOffset(0) == offset(of: "heap.identify", in: bytes))
  }

  @Test func deepUnclosedNestingDoesNotStopTheParse() {
    var html = String(repeating: "<span><b>", count: 25_000)
    html += "<em onclick=\"heap.track('e')\"></em><script>heap.load('x')</script>"
    let result = extract(html)
    #expect(result.scripts.map(text) == ["heap.track('e')", "heap.load('x')"])
  }

  @Test func invalidUTF8DoesNotShiftPositions() throws {
    var bytes: [UInt8] = Array("<p>".utf8) + [0xFF, 0xC3, 0x28, 0xE2, 0x82, 0x00, 0xED, 0xA0, 0x80, 0xC0, 0xAF]
    bytes += Array("é</p>\n<meta charset=\"iso-8859-1\">\n<div title=\"".utf8) + [0xFE, 0x80]
    bytes += Array("\" onclick=\"heap.track('ü')\">\n<script>\n  heap.identify('".utf8) + [0xF8, 0x88]
    bytes += Array("')\n</script>".utf8)
    let result = HTMLFrontEnd.extract(bytes)
    let file = SourceFile(bytes: bytes)
    #expect(result.scripts.count == 2)
    let handler = try #require(result.scripts.first)
    #expect(text(handler) == "heap.track('ü')")
    #expect(handler.origin.fileOffset(0) == offset(of: "heap.track", in: bytes))
    let script = try #require(result.scripts.last)
    #expect(position(of: "heap.identify", in: script, file: file) == LineColumn(line: 5, column: 3))
    #expect(script.origin.fileOffset(script.code.count) == offset(of: "</script>", in: bytes))
    #expect(script.code.count == offset(of: "</script>", in: bytes)! - offset(of: "\n  heap", in: bytes)!)
  }

  @Test func byteOrderMarkAndNonASCIIText() throws {
    let html = "\u{FEFF}<p>Grüße 日本 🎉</p><script>heap.load('ü')</script>"
    let result = extract(html)
    let bytes = Array(html.utf8)
    let script = try #require(result.scripts.first)
    #expect(script.origin.fileOffset(0) == offset(of: "heap.load", in: bytes))
    // 25 characters precede `heap` on the line; the byte-order mark is not a column.
    #expect(SourceFile(bytes: bytes).lineColumn(at: script.origin.fileOffset(0)).column == 26)
  }

  @Test func largeDocumentsKeepExactOffsets() throws {
    // Large enough that libxml2 shrinks its input buffer, and with scripts whose content
    // crosses and ends on its 1000-byte data chunks.
    var html = "<html><body>\n"
    for i in 0..<20_000 { html += "<p class=\"c\(i)\">paragraph \(i) &amp; text</p>\n" }
    html += "<script>" + String(repeating: "x", count: 1000) + "</script>"
    html += "<script>" + String(repeating: "y", count: 2999) + ";</script>"
    html += "<script>heap.load('end')</script></body></html>"
    let bytes = Array(html.utf8)
    let result = HTMLFrontEnd.extract(bytes)
    #expect(result.scripts.count == 3)
    #expect(result.scripts.map(\.code.count) == [1000, 3000, 16])
    for script in result.scripts {
      let start = script.origin.fileOffset(0)
      #expect(Array(bytes[start..<(start + script.code.count)]) == script.code)
      #expect(Array(bytes[(start + script.code.count)...].prefix(9)) == Array("</script>".utf8))
    }
  }

  @Test func concurrentExtractionsAgree() async {
    let documents: [[UInt8]] = (0..<24).map { i in
      var html = "<html><body>\n"
      for j in 0..<(50 * (i + 1)) { html += "<div id=\"d\(j)\" onclick=\"heap.track(&quot;\(j)&quot;)\"><span>\(j)</span></div>\n" }
      html += "<script>heap.load('\(i)')</script>\n<a href=\"javascript:heap.identify('\(i)')\">x</a>"
      return Array(html.utf8)
    }
    let expected = documents.map { HTMLFrontEnd.extract($0).scripts.map { [$0.code.count, $0.origin.fileOffset(0)] } }
    let results = await withTaskGroup(of: (Int, [[Int]]).self) { group in
      for round in 0..<4 {
        for (i, document) in documents.enumerated() {
          group.addTask {
            _ = round
            return (i, HTMLFrontEnd.extract(document).scripts.map { [$0.code.count, $0.origin.fileOffset(0)] })
          }
        }
      }
      var all: [(Int, [[Int]])] = []
      for await result in group { all.append(result) }
      return all
    }
    #expect(results.count == 96)
    for (i, scripts) in results { #expect(scripts == expected[i]) }
    #expect(expected[23].count == 50 * 24 + 2)
  }

  @Test func emptyAndDegenerateInputs() {
    #expect(HTMLFrontEnd.extract([]).scripts.isEmpty)
    #expect(extract("   ").scripts.isEmpty)
    #expect(extract("<script").scripts.isEmpty)
    #expect(extract("<script>").scripts.map(text) == [""])
    #expect(extract("<div onclick=\"heap.load(1)").scripts.map(text) == ["heap.load(1)"])
    #expect(extract("<div onclick=heap.load(1)>").scripts.map(text) == ["heap.load(1)"])
    #expect(extract("<div onclick onclick='a()' ONCLICK=\"b()\">").scripts.map(text) == [])
  }

  @Test func originMapIdentityAndClamping() {
    let map = OriginMap.identity(offset: 10, length: 5)
    #expect(map.fileOffset(0) == 10)
    #expect(map.fileOffset(5) == 15)
    #expect(map.fileOffset(9) == 15)
    #expect(map.fileOffset(-1) == 10)
  }
}


@Suite struct HTMLFrontEndQuirkTests {
  @Test func encodingDeclarationsDoNotReencodeTheBuffer() throws {
    let html = """
      <?xml version="1.0" encoding="ISO-8859-1"?>
      <html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
      <meta charset="windows-1252"></head>
      <body><p>Ünïcödé — 日本語</p><script>heap.identify('ü');</script></body></html>
      """
    let bytes = Array(html.utf8)
    let script = try #require(HTMLFrontEnd.extract(bytes).scripts.first)
    #expect(script.origin.fileOffset(0) == offset(of: "heap.identify", in: bytes))
    #expect(text(script) == "heap.identify('ü');")
  }

  @Test func scriptsInOtherContexts() {
    let html = """
      <table><tr><script>heap.load('table')</script><td>x</td></tr></table>
      <svg><script>heap.load('svg')</script></svg>
      <template><script>heap.load('template')</script></template>
      <p><script>heap.load('p')</script></p>
      <select><option onclick="heap.track('option')">a</option></select>
      <iframe src="javascript:heap.load('iframe')"><script>heap.load('inert')</script></iframe>
      """
    let scripts = extract(html).scripts
    #expect(scripts.map(text) == [
      "heap.load('table')", "heap.load('svg')", "heap.load('template')", "heap.load('p')",
      "heap.track('option')", "heap.load('iframe')",
    ])
  }
}
