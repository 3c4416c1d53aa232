import Testing
@testable import JavaScriptSyntax

/// The lexer's and parser's shortcuts (keyword index, cached short names, plain integers, the
/// list stack, LF-only line tables) must give exactly what the general paths give.
@Suite struct FastPathTests {
  @Test func everyKeywordIsFoundAndNothingElse() {
    for (word, keyword) in keywordSpellings {
      #expect(lookupKeyword(word) == keyword, "\(word)")
      // One letter more, one less, one changed: plain identifiers.
      #expect(lookupKeyword(word + "s") == .none || keywordSpellings.contains { $0.0 == word + "s" }, "\(word)s")
      #expect(lookupKeyword(String(word.dropLast())) == .none || keywordSpellings.contains { $0.0 == String(word.dropLast()) })
      #expect(lookupKeyword("x" + word.dropFirst()) == .none || keywordSpellings.contains { $0.0 == "x" + word.dropFirst() })
    }
    #expect(lookupKeyword("instanceOf") == .none)
    #expect(lookupKeyword("implementz") == .none)
    #expect(lookupKeyword("") == .none)
  }

  /// Names of every length around the cached limits, repeated, at the very end of the input and
  /// with non-ASCII letters, read back exactly as written.
  @Test(arguments: [false, true])
  func identifierNamesAreTheirSourceText(atEnd: Bool) {
    var names: [String] = []
    for n in 1...40 { names.append(String(repeating: "a", count: n - 1) + "b") }
    names += ["café", "ünïcödé_nämé", "名前", "_$", "abcdefgh", "abcdefghi", "abcdefgI"]
    var source = names.map { "\($0);" }.joined() + names.map { "\($0);" }.joined()
    if atEnd { source = "x;" + names.joined(separator: ";") }
    let r = parse(source)
    #expect(r.errors.isEmpty)
    let ids = allNodes(r.program).compactMap { $0 as? Identifier }
    let bytes = Array(source.utf8)
    for id in ids {
      #expect(id.name == String(decoding: bytes[id.span.start..<id.span.end], as: UTF8.self))
    }
    #expect(Set(ids.map(\.name)).isSuperset(of: names))
  }

  @Test func stringValuesAreTheirContent() {
    let x32 = String(repeating: "x", count: 32), y33 = String(repeating: "y", count: 33)
    let values = [("", ""), ("a", "a"), ("use strict", "use strict"), ("0123456789abcdef", "0123456789abcdef"),
                  ("0123456789abcdefg", "0123456789abcdefg"), (x32, x32), (y33, y33), ("é", "é"), ("a\\nb", "a\nb")]
    let source = values.map { "'\($0.0)';" }.joined() + values.map { "\"\($0.0)\";" }.joined()
    let literals = allNodes(parse(source).program).compactMap { $0 as? Literal }
    let expected = values.map(\.1)
    #expect(literals.map(\.value) == (expected + expected).map { Literal.Value.string($0) })
  }

  @Test func plainIntegersAndTheRest() {
    func value(_ s: String) -> Double? {
      guard let st = parse(s).program.body.first as? ExpressionStatement, let l = st.expression as? Literal,
        case .number(let d) = l.value
      else { return nil }
      return d
    }
    #expect(value("0") == 0)
    #expect(value("7") == 7)
    #expect(value("123456789012345") == 123_456_789_012_345)
    #expect(value("1234567890123456") == 1_234_567_890_123_456)
    #expect(value("12345678901234567890") == Double("12345678901234567890"))
    #expect(value("1_5") == 15)
    #expect(value("15.25") == 15.25)
    #expect(value("15e2") == 1500)
    #expect(value("15E2") == 1500)
    #expect(value("15.") == 15)
    #expect(parse("15n").program.body.count == 1)
    #expect(!parse("15in x").errors.isEmpty)
    #expect(!parse("15abc").errors.isEmpty)
  }

  /// Nested lists (arguments in properties in arguments in statements) keep their elements in
  /// source order and at their own level, also when an inner list is broken.
  @Test func nestedListsKeepTheirElements() {
    let r = parse("f(a, {b: g(c, d), e}, [h(i)], function (j, k) { l; m; }); n(o,); p(q r); s;")
    let calls = allNodes(r.program).compactMap { $0 as? CallExpression }
    let bytes = Array("f(a, {b: g(c, d), e}, [h(i)], function (j, k) { l; m; }); n(o,); p(q r); s;".utf8)
    func text(_ n: Node) -> String { String(decoding: bytes[n.span.start..<n.span.end], as: UTF8.self) }
    #expect(calls.map { $0.arguments.map(text) } == [
      ["a", "{b: g(c, d), e}", "[h(i)]", "function (j, k) { l; m; }"], ["c", "d"], ["i"], ["o"], ["q"],
    ])
    let fn = allNodes(r.program).compactMap { $0 as? FunctionExpression }.first
    #expect(fn?.params.map(text) == ["j", "k"])
    #expect((fn?.body as? BlockStatement)?.body.map(text) == ["l;", "m;"])
    #expect(r.program.body.count == 4)
    #expect(!r.errors.isEmpty)
    let decl = parse("var a = 1, b, [c] = d;").program.body.first as? VariableDeclaration
    #expect(decl?.declarations.count == 3)
  }

  @Test(arguments: ["a\nb\nc", "a\r\nb\rc", "a\u{2028}b\nc", "a\nb\u{2029}c", "é\nb\nc"])
  func lineStartsWithAndWithoutCR(text: String) {
    let source = SourceFile(text)
    #expect(source.lineStarts.count == 3)
    let c = Array(text.utf8).lastIndex(of: UInt8(ascii: "c"))!
    #expect(source.lineColumn(at: c) == LineColumn(line: 3, column: 1))
  }

  /// The line table against a byte-by-byte reading of ECMAScript's terminators (LF, CR, CRLF,
  /// U+2028, U+2029) on inputs dense in the bytes that start or continue them.
  @Test func lineStartsMatchAPlainScan() {
    func plainScan(_ b: [UInt8]) -> [Int] {
      var starts = [0]
      var i = 0
      while i < b.count {
        if b[i] == 0x0A {
          starts.append(i + 1)
        } else if b[i] == 0x0D {
          if i + 1 < b.count && b[i + 1] == 0x0A { i += 1 }
          starts.append(i + 1)
        } else if b[i] == 0xE2 && i + 2 < b.count && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9) {
          i += 2
          starts.append(i + 1)
        }
        i += 1
      }
      return starts
    }
    let alphabet: [UInt8] = [0x61, 0x0A, 0x0D, 0xE2, 0x80, 0xA8, 0xA9]
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    for length in 0..<300 {
      var bytes: [UInt8] = []
      for _ in 0..<length {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        bytes.append(alphabet[Int(state >> 33) % alphabet.count])
      }
      #expect(SourceFile(bytes: bytes).lineStarts == plainScan(bytes), "\(bytes)")
    }
  }

  /// Whether each token follows a line terminator, through every kind of trivia: none at all
  /// (the lexer then skips the trivia scan), spaces, comments with and without LF, CR, U+2028
  /// and U+2029 inside, a `*` that does not close, `-->` at a line start.
  @Test(arguments: [
    ("a.b(c)", [false, false, false, false, false, false]),
    ("a   b\t\tc", [false, false, false]),
    ("a /* x */ b /* \n */ c", [false, false, true]),
    ("a /* \r */ b /* \u{2028} */ c /* \u{2029} */ d", [false, true, true, true]),
    ("a /* ** / *\n*/ b /** x **/ c", [false, true, false]),
    ("a /* \u{2027} */ b", [false, false]),
    ("a // x\u{2028}b // y\nc", [false, true, true]),
    ("a\n--> html\nb", [false, true]),
  ])
  func lineBreaksBeforeTokens(source: String, expected: [Bool]) {
    let (flags, errors) = newlineBeforeFlags(source)
    #expect(flags == expected)
    #expect(errors == 0)
  }

  @Test func unterminatedCommentsReachTheEnd() {
    let r = lex("a /* never closed * /\n")
    #expect(r.tokens.map(\.1) == ["a"])
    #expect(r.errors.map(\.message) == ["unterminated comment"])
    #expect(r.comments.last?.span.end == Array("a /* never closed * /\n".utf8).count)
  }
}

/// Whether a line break stands before each token of `source`, and how many errors the lexer met.
func newlineBeforeFlags(_ source: String) -> (flags: [Bool], errors: Int) {
  Array(source.utf8).withUnsafeBufferPointer { buf in
    let lx = Lexer(buf: buf, isModule: false, jsx: false, typescript: false)
    var flags: [Bool] = []
    lx.next()
    while lx.token.kind != .eof {
      flags.append(lx.token.newlineBefore)
      lx.next()
    }
    return (flags, lx.errors.count)
  }
}
