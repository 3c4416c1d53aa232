import HeapLintCore
import Testing

@testable import HeapLintReporters

/// The escaping helpers on tables of cases, and whole outputs scanned for characters that must
/// never get through.
@Suite struct EscapingTests {
  @Test(arguments: [
    // (input, data escaping, property escaping)
    ("plain text", "plain text", "plain text"),
    ("100% sure", "100%25 sure", "100%25 sure"),
    ("%0A is not a newline", "%250A is not a newline", "%250A is not a newline"),
    ("line 1\nline 2", "line 1%0Aline 2", "line 1%0Aline 2"),
    ("crlf\r\n", "crlf%0D%0A", "crlf%0D%0A"),
    ("a:b,c", "a:b,c", "a%3Ab%2Cc"),
    ("::error file=x::y", "::error file=x::y", "%3A%3Aerror file=x%3A%3Ay"),
    ("esc \u{1B}[31m red", "esc \\x1b[31m red", "esc \\x1b[31m red"),
    ("bell\u{07} tab\t", "bell\\x07 tab\\t", "bell\\x07 tab\\t"),
    ("csi \u{9B}", "csi \\x9b", "csi \\x9b"),
    ("bidi \u{202E}x", "bidi \\u{202E}x", "bidi \\u{202E}x"),
    ("src/ça va/a&b<c>%,d.js", "src/ça va/a&b<c>%25,d.js", "src/ça va/a&b<c>%25%2Cd.js"),
  ])
  func githubEscaping(_ input: String, _ data: String, _ property: String) {
    #expect(Escape.githubData(input) == data)
    #expect(Escape.githubProperty(input) == property)
  }

  @Test func githubLineForHostileFinding() {
    let text = String(decoding: Reporters.render(Fixture.run, format: .github, context: Fixture.context), as: UTF8.self)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 9, "8 findings, one line each, and the final newline")
    #expect(lines.contains(
      "::warning file=src/ça va/a&b<c>%25%2Cd.js,line=2,col=8,endLine=2,endColumn=20,title=property-value-type::Property \"prénom\" is set to an object."
    ))
    #expect(lines.contains(
      "::warning file=src/app.js,line=14,col=27,endLine=15,endColumn=3,title=property-value-type::Property \"plan\" is set to \"]]> <b>&co\", which contains \\x1b[31m and a line break:%0Asecond line."
    ))
  }

  @Test(arguments: [
    ("a & b < c > d", "a &amp; b &lt; c &gt; d", "a &amp; b &lt; c &gt; d"),
    ("]]>", "]]&gt;", "]]&gt;"),
    ("\"quoted\" 'single'", "\"quoted\" 'single'", "&quot;quoted&quot; &apos;single&apos;"),
    ("tab\tlf\ncr\r", "tab\tlf\ncr&#13;", "tab&#9;lf&#10;cr&#13;"),
    ("nul\u{0} esc\u{1B} del\u{7F} c1\u{85}", "nul\\x00 esc\\x1b del\\x7f c1\\x85", "nul\\x00 esc\\x1b del\\x7f c1\\x85"),
    ("\u{FFFE}\u{FFFF}\u{FFFD}", "\\u{FFFE}\\u{FFFF}\u{FFFD}", "\\u{FFFE}\\u{FFFF}\u{FFFD}"),
    ("ça va", "ça va", "ça va"),
  ])
  func xmlEscaping(_ input: String, _ text: String, _ attribute: String) {
    #expect(Escape.xmlText(input) == text)
    #expect(Escape.xmlAttribute(input) == attribute)
  }

  @Test(arguments: [
    ("plain", "\"plain\""),
    ("q\"b\\s/", "\"q\\\"b\\\\s/\""),
    ("\n\r\t\u{08}\u{0C}", "\"\\n\\r\\t\\b\\f\""),
    ("\u{0}\u{1B}\u{7F}\u{9B}", "\"\\u0000\\u001b\\u007f\\u009b\""),
    ("\u{2028}\u{2029}", "\"\\u2028\\u2029\""),
    ("ça \u{1F600}", "\"ça \u{1F600}\""),
  ])
  func jsonEscaping(_ input: String, _ expected: String) {
    #expect(Escape.jsonString(input) == expected)
  }

  @Test(arguments: [
    ("src/app.js", "src/app.js"),
    ("src/ça va/a&b<c>%,d.js", "src/%C3%A7a%20va/a%26b%3Cc%3E%25%2Cd.js"),
    ("c:/x#y?z", "c%3A/x%23y%3Fz"),
    ("a\\b", "a%5Cb"),
  ])
  func uriPathEncoding(_ input: String, _ expected: String) {
    #expect(Escape.uriPath(input) == expected)
  }

  @Test func fileURIOfDirectory() {
    #expect(Escape.fileURI(directory: "/home/dev/my project") == "file:///home/dev/my%20project/")
    #expect(Escape.fileURI(directory: "/") == "file:///")
    #expect(Escape.fileURI(directory: "/a/b/") == "file:///a/b/")
  }

  /// Published FNV-1a 64 test vectors.
  @Test func fnv1a64Vectors() {
    #expect(StableHash.fnv1a64(Array("".utf8)) == 0xcbf2_9ce4_8422_2325)
    #expect(StableHash.fnv1a64(Array("a".utf8)) == 0xaf63_dc4c_8601_ec8c)
    #expect(StableHash.fnv1a64(Array("foobar".utf8)) == 0x8594_4171_f739_67e8)
    #expect(StableHash.hex(["ab", "c"]) != StableHash.hex(["a", "bc"]))
    #expect(StableHash.hex([]).count == 16)
  }

  // MARK: Whole outputs

  static let runs = [Fixture.run, Fixture.hostileRun, Fixture.cleanRun]

  /// Without colour, terminal formats contain no ESC and no control character other than the
  /// line feeds that end lines; nor C1 controls, separators or bidi overrides.
  @Test(arguments: [ReportFormat.stylish, .compact, .github])
  func terminalFormatsPassNoControlCharacters(_ format: ReportFormat) {
    for run in Self.runs {
      let bytes = Reporters.render(run, format: format, context: ReportContext(color: false, workingDirectory: "/w"))
      #expect(!bytes.contains(0x1B))
      let bad = String(decoding: bytes, as: UTF8.self).unicodeScalars.filter { $0 != "\n" && Escape.isTerminalUnsafe($0) }
      #expect(bad.isEmpty, "\(format): \(bad.map { String($0.value, radix: 16) })")
    }
  }

  /// With colour, the only ESCs are the ones that start our own SGR sequences.
  @Test func stylishColorEmitsOnlySGRSequences() {
    for run in Self.runs {
      let bytes = Reporters.render(run, format: .stylish, context: ReportContext(color: true))
      var i = 0
      while i < bytes.count {
        if bytes[i] == 0x1B {
          var j = i + 1
          #expect(j < bytes.count && bytes[j] == UInt8(ascii: "["))
          j += 1
          while j < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[j]) || bytes[j] == UInt8(ascii: ";") { j += 1 }
          #expect(j < bytes.count && bytes[j] == UInt8(ascii: "m"), "ESC at \(i) does not start an SGR sequence")
          i = j
        }
        i += 1
      }
    }
  }

  /// XML outputs contain no character XML 1.0 forbids (nor DEL/C1 controls), no raw CR, and
  /// `]]>` never appears.
  @Test(arguments: [ReportFormat.junit, .checkstyle])
  func xmlFormatsPassNoForbiddenCharacters(_ format: ReportFormat) {
    for run in Self.runs {
      let text = String(decoding: Reporters.render(run, format: format, context: ReportContext()), as: UTF8.self)
      let bad = text.unicodeScalars.filter { Escape.isXMLUnwanted($0) || $0 == "\r" }
      #expect(bad.isEmpty, "\(format): \(bad.map { String($0.value, radix: 16) })")
      #expect(!text.contains("]]>"))
    }
  }

  /// JSON outputs contain no raw control characters at all (they are all `\u` escapes).
  @Test(arguments: [ReportFormat.json, .sarif])
  func jsonFormatsPassNoRawControlCharacters(_ format: ReportFormat) {
    for run in Self.runs {
      let text = String(decoding: Reporters.render(run, format: format, context: ReportContext()), as: UTF8.self)
      let bad = text.unicodeScalars.filter { $0 != "\n" && Escape.isTerminalUnsafe($0) }
      #expect(bad.isEmpty, "\(format): \(bad.map { String($0.value, radix: 16) })")
    }
  }
}
