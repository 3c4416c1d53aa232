import Testing
@testable import JavaScriptSyntax

/// Tokens of `text` (InputElementDiv only; no regex rescans), with their source text.
func lex(_ text: String, module: Bool = false) -> (tokens: [(TokenKind, String)], errors: [SyntaxError], comments: [JavaScriptSyntax.Comment]) {
  let bytes = Array(text.utf8)
  return bytes.withUnsafeBufferPointer { buf in
    let lx = Lexer(buf: buf, isModule: module, jsx: false, typescript: false)
    var out: [(TokenKind, String)] = []
    lx.next()
    var guardCount = 0
    while lx.token.kind != .eof && guardCount < 10_000 {
      out.append((lx.token.kind, lx.text(lx.token.start, lx.token.end)))
      lx.next()
      guardCount += 1
    }
    return (out, lx.errors, lx.comments)
  }
}

@Suite struct LexerTests {
  @Test func punctuatorsUseLongestMatch() {
    let kinds = lex("a >>>= b >>> c >> d ?. e ?? f ??= g ** h **= i ... => ?.5").tokens.map(\.0)
    #expect(kinds == [.name, .shrAssign, .name, .shr, .name, .sar, .name, .questionDot, .name, .questionQuestion, .name,
                      .questionQuestionAssign, .name, .starStar, .name, .starStarAssign, .name, .ellipsis, .arrow, .question, .number])
  }

  @Test func numbers() {
    let r = lex("1_000 0x1F 0o17 0b101 .5 1e3 12n 0x1Fn 017 08 1.5e-3")
    #expect(r.errors.isEmpty)
    #expect(r.tokens.map(\.0) == [.number, .number, .number, .number, .number, .number, .bigint, .bigint, .number, .number, .number])
    #expect(!lex("1_").errors.isEmpty)
    #expect(!lex("1__0").errors.isEmpty)
    #expect(!lex("0x").errors.isEmpty)
    #expect(!lex("3in x").errors.isEmpty)
    #expect(!lex("1.5n").errors.isEmpty)
  }

  @Test func numberValues() {
    func value(_ s: String) -> Double? {
      let r = parse(s)
      guard let st = r.program.body.first as? ExpressionStatement, let l = st.expression as? Literal, case .number(let d) = l.value else { return nil }
      return d
    }
    #expect(value("1_000") == 1000)
    #expect(value("0x1F") == 31)
    #expect(value("017") == 15)
    #expect(value("019") == 19)
    #expect(value(".5") == 0.5)
    #expect(value("1e3") == 1000)
  }

  @Test func stringsAndEscapes() {
    let r = parse(#"x = "a\n\u0041\u{1F600}\x41\uD83D\uDE00\"# + "\n" + #"b";"#)
    #expect(r.errors.isEmpty)
    let lit = allNodes(r.program).compactMap { $0 as? Literal }.first
    #expect(lit?.value == .string("a\nA😀A😀b"))
    #expect(!parse("x = 'abc").errors.isEmpty)
    #expect(parse("x = 'abc").errors[0].message == "unterminated string literal")
    #expect(parse("x = '\u{2028}'").errors.isEmpty)
    #expect(!parse("'use strict'; '\\07'").errors.isEmpty)
    #expect(parse("'\\07'").errors.isEmpty)
  }

  @Test func commentsAreRecorded() {
    let r = lex("a // one\n/* two */ b <!-- three\n--> four\n")
    #expect(r.tokens.map(\.1) == ["a", "b"])
    #expect(r.comments.map(\.kind) == [.line, .block, .html, .html])
    // In modules `<!--` is not a comment.
    #expect(lex("a <!-- b", module: true).tokens.count > 2)
    // `-->` only at the start of a line.
    #expect(lex("a --> b").tokens.map(\.0) == [.name, .minusMinus, .gt, .name])
    #expect(!lex("/* open").errors.isEmpty)
  }

  @Test func hashbangAndBOM() {
    let r = parse("\u{FEFF}#!/usr/bin/env node\nheap.track('x')")
    #expect(r.errors.isEmpty)
    #expect(r.program.comments.count == 1)
    #expect(r.program.body.count == 1)
  }

  @Test func identifiersWithEscapesAndUnicode() {
    let r = parse("var \\u0061b = 1, \\u{62}c = 2, ñandú = 3, 𠮷 = 4, a\u{200C}b = 5;")
    #expect(r.errors.isEmpty)
    let names = allNodes(r.program).compactMap { ($0 as? Identifier)?.name }
    #expect(names == ["ab", "bc", "ñandú", "𠮷", "a\u{200C}b"])
    #expect(!parse("v\\u0061r x = 1").errors.isEmpty)
    #expect(!parse("var a\\u0020b").errors.isEmpty)
  }

  @Test func regexFlagsAndBodies() {
    #expect(parse("x = /[/]\\//dgimsuy").errors.isEmpty)
    #expect(parse("x = /a/v").errors.isEmpty)
    #expect(!parse("x = /a/gg").errors.isEmpty)
    #expect(!parse("x = /a/uv").errors.isEmpty)
    #expect(!parse("x = /a").errors.isEmpty)
    #expect(!parse("x = /(/").errors.isEmpty)
    #expect(!parse("x = /a**/").errors.isEmpty)
    #expect(parse("x = /(?<year>\\d{4})-\\k<year>/u").errors.isEmpty)
  }

  @Test func newlineBeforeIsTracked() {
    #expect(newlineBeforeFlags("a\nb /*\n*/ c d").flags == [false, true, true, false])
  }

  @Test func hostileBytesNeverCrash() {
    let inputs: [[UInt8]] = [
      [0xFF, 0xFE, 0x00, 0x41], [0x22, 0xC3], [0x60, 0x24, 0x7B], [0x2F, 0x2A], [0xE2, 0x80],
      Array("a\0b".utf8), Array("x = \"\u{2029}\"\r\ny\rz\u{2028}w".utf8), [0x5C, 0x75, 0x7B], [0x23],
      Array("`${`${`".utf8), Array("/[".utf8), Array("0x_".utf8), Array("'\\u{110000}'".utf8),
    ]
    for input in inputs {
      let r = Parser.parse(input)
      _ = r.program.body.count
    }
    let lf = parse("a\r\nb\u{2028}c")
    #expect(lf.errors.isEmpty)
    #expect(lf.program.body.count == 3)
  }
}
