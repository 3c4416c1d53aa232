import HeapLintCore
import JavaScriptSyntax
import Testing

@Suite("Positions")
struct PositionTests {
  @Test("lines and columns follow ECMAScript line terminators and count scalars")
  func lineColumns() {
    // "a\r\nb\rc\u{2028}d\ne" with a multi-byte letter on the last line.
    let file = SourceFile(bytes: Array("a\r\nb\rc\u{2028}d\nçé x".utf8))
    #expect(file.lineStarts.count == 5)
    #expect(file.lineColumn(at: 0) == LineColumn(line: 1, column: 1))
    #expect(file.lineColumn(at: 3) == LineColumn(line: 2, column: 1))  // after CRLF: one terminator
    #expect(file.lineColumn(at: 5) == LineColumn(line: 3, column: 1))  // after a lone CR
    #expect(file.lineColumn(at: 9) == LineColumn(line: 4, column: 1))  // after U+2028 (3 bytes)
    let x = Array("a\r\nb\rc\u{2028}d\nçé x".utf8).lastIndex(of: UInt8(ascii: "x"))!
    #expect(file.lineColumn(at: x) == LineColumn(line: 5, column: 4))  // ç and é are one column each
    #expect(file.lineText(5) == "çé x")
    #expect(file.lineText(2) == "b")
  }

  @Test("every offset of a mixed-script text gets the column an editor shows")
  func columnsOfEveryOffset() {
    // Lines longer than the eight-byte ASCII steps, with 2-, 3- and 4-byte scalars at odd places
    // and a byte-order mark, checked offset by offset against a count of scalars.
    let lines = ["\u{FEFF}const naïve = 'ü';", "x = \"日本語のテキスト\" + 'abcdefghijklmnop' // 🎉 done", "", "plain ascii line that is long enough"]
    let bytes = Array(lines.joined(separator: "\n").utf8)
    let file = SourceFile(bytes: bytes)
    var offset = 0
    for (index, line) in lines.enumerated() {
      var column = 1
      for scalar in line.unicodeScalars {
        #expect(file.lineColumn(at: offset) == LineColumn(line: index + 1, column: column), "offset \(offset)")
        // An offset inside a multi-byte scalar belongs to that scalar.
        for inner in 1..<UTF8.width(scalar) {
          #expect(file.lineColumn(at: offset + inner) == LineColumn(line: index + 1, column: column), "offset \(offset + inner)")
        }
        offset += UTF8.width(scalar)
        if scalar != "\u{FEFF}" { column += 1 }  // the byte-order mark is not a column
      }
      #expect(file.lineColumn(at: offset) == LineColumn(line: index + 1, column: column), "end of line \(index + 1)")
      offset += 1
    }
  }

  @Test("offsets past the end clamp instead of crashing")
  func clamping() {
    let file = SourceFile("ab")
    #expect(file.lineColumn(at: 99) == LineColumn(line: 1, column: 3))
    #expect(file.lineColumn(at: -4) == LineColumn(line: 1, column: 1))
  }
}

@Suite("Values")
struct ValueTests {
  @Test("ToString of the values identities are made of", arguments: [
    (JSValue.undefined, "undefined"), (.null, "null"), (.boolean(true), "true"), (.number(0), "0"), (.number(-0.0), "0"),
    (.number(.nan), "NaN"), (.number(42), "42"), (.number(1.5), "1.5"), (.object, "[object Object]"), (.array([]), ""),
    (.array([.null, .undefined]), ","), (.array([.number(1), .string("a")]), "1,a"),
  ])
  func toString(_ value: JSValue, _ expected: String) {
    #expect(value.stringValue == expected)
  }

  @Test("numbers print as ECMAScript prints them, at any magnitude (a fuzzer found 1e19 trapping)", arguments: [
    (1e20, "100000000000000000000"), (1.2345678901234567e20, "123456789012345670000"), (1e21, "1e+21"), (-1e19, "-10000000000000000000"),
    (0.001, "0.001"), (1e-7, "1e-7"), (1.2345e-7, "1.2345e-7"), (123.456, "123.456"), (100, "100"), (-2.5, "-2.5"),
    (9.223372036854776e18, "9223372036854776000"), (1.7976931348623157e308, "1.7976931348623157e+308"), (Double.leastNonzeroMagnitude, "5e-324"),
  ])
  func numbers(_ value: Double, _ expected: String) {
    #expect(JSValue.numberToString(value) == expected)
  }

  @Test("blank strings count as empty") func blank() {
    #expect("".isBlankForHeap)
    #expect(" \t\n\u{A0}".isBlankForHeap)
    #expect(!" x ".isBlankForHeap)
  }
}

@Suite("Prefilter")
struct PrefilterTests {
  @Test("admits every way code reaches Heap, at any position, and wrapper names")
  func admits() {
    let p = Prefilter(extraNeedles: ["identifyUser"])
    for text in [
      "x = window.heap", "heap.identify(x)", "window.heap?.track()", "heap['identify'](x)", "(window as any).heap",
      "globalThis[\"heap\"]", "fetch('https://heapanalytics.com/api/track')", "require('heap-api')", "a;heap.load('1')",
      "import { identifyUser } from './a'", "const h = heap;\nh.identify(id)", "const { identify } =\n  heap", "h=heap",
    ] {
      #expect(p.admits(Array(text.utf8)), "\(text)")
    }
  }

  @Test("turns away files where heap is only part of another word or not used as an object")
  func rejects() {
    let p = Prefilter()
    for text in ["process.memoryUsage().heapUsed", "a cheap trick", "new MinHeap()", "the heap grows", "hea p", "", "hhhhhea", "heap", "if (x == heap) {}", "a !== heap", "n <= heap"] {
      #expect(!p.admits(Array(text.utf8)), "\(text)")
    }
  }
}

@Suite("Module paths")
struct ModulePathTests {
  @Test("relative specifiers resolve against the importer; packages do not")
  func bases() {
    #expect(ProjectIndex.base(of: "./ids", from: "src/app.js") == "src/ids")
    #expect(ProjectIndex.base(of: "../lib/a.js", from: "src/x/app.js") == "src/lib/a.js")
    #expect(ProjectIndex.base(of: "./a", from: "app.js") == "a")
    #expect(ProjectIndex.base(of: ".", from: "src/app.js") == "src")
    #expect(ProjectIndex.base(of: "uuid", from: "src/app.js") == nil)
    #expect(ProjectIndex.base(of: "./a", from: "/abs/dir/b.js") == "/abs/dir/a")
  }

  @Test("dots and doubled slashes fold away, `..` above the start stays, names keep their bytes")
  func normalisation() {
    #expect(ProjectIndex.base(of: "./a/./b/../c", from: "src/app.js") == "src/a/c")
    #expect(ProjectIndex.base(of: "../../../x", from: "src/app.js") == "../../x")
    #expect(ProjectIndex.base(of: "./a//b/", from: "src/app.js") == "src/a/b")
    #expect(ProjectIndex.base(of: "..", from: "app.js") == "..")
    #expect(ProjectIndex.base(of: "../..", from: "a/b/app.js") == "")
    #expect(ProjectIndex.base(of: "../x", from: "/app.js") == "/../x")
    #expect(ProjectIndex.base(of: "./../y", from: "/r/s/app.js") == "/r/y")
    #expect(ProjectIndex.base(of: "./é/../ü.js", from: "dossier/çà/app.js") == "dossier/çà/ü.js")
    #expect(ProjectIndex.base(of: "./...", from: "a//app.js") == "a/...")
  }
}

@Suite("Name terms")
struct NameTermTests {
  @Test("names split into lower-case words", arguments: [
    ("accountId", ["account", "id"]), ("ajs_anonymous_id", ["ajs", "anonymous", "id"]), ("user.firstName", ["user", "first", "name"]),
    ("visitorID", ["visitor", "id"]), ("getSessionId", ["get", "session", "id"]), ("x-device-uuid", ["x", "device", "uuid"]),
  ])
  func split(_ text: String, _ words: [String]) {
    #expect(NameTerm(text).words == words)
  }
}

@Suite("Byte-order mark")
struct ByteOrderMarkTests {
  @Test("a byte-order mark does not shift columns on the first line")
  func bom() {
    let file = SourceFile(bytes: [0xEF, 0xBB, 0xBF] + Array("heap.identify(0);\nx".utf8))
    #expect(file.lineColumn(at: 3) == LineColumn(line: 1, column: 1))
    #expect(file.lineColumn(at: 8) == LineColumn(line: 1, column: 6))
    #expect(file.lineColumn(at: 21) == LineColumn(line: 2, column: 1))
  }
}
