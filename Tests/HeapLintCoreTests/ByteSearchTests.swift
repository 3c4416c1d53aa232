import Foundation
@testable import HeapLintCore
import JavaScriptSyntax
import Testing

/// The byte searches the prefilter and the Heap model run over whole files: they look for a
/// needle by its least common byte, so these compare them with the plain definition.
@Suite("Byte searches")
struct ByteSearchTests {
  /// The first occurrence of `needle` at or after `from`, by comparing at every offset.
  static func naiveFind(_ haystack: [UInt8], _ needle: [UInt8], from: Int) -> Int? {
    guard !needle.isEmpty, haystack.count >= needle.count, from <= haystack.count - needle.count else { return nil }
    return (from...(haystack.count - needle.count)).first { at in Array(haystack[at..<(at + needle.count)]) == needle }
  }

  /// Texts over a small alphabet, so that needles overlap themselves and each other, start and
  /// end the text, and share first bytes with many false starts (a fixed generator: the same
  /// texts on every run).
  static var texts: [[UInt8]] {
    let alphabet = Array("pro$v(ide.y[t'".utf8)
    var state: UInt32 = 12345
    var out: [[UInt8]] = [[], Array("provide(".utf8), Array("xprototype.$".utf8), Array("heapheap".utf8)]
    for length in [1, 2, 7, 8, 9, 30, 200] {
      for _ in 0..<12 {
        var t: [UInt8] = []
        for _ in 0..<length {
          state = state &* 1_103_515_245 &+ 12345
          t.append(alphabet[Int((state >> 16) % UInt32(alphabet.count))])
        }
        out.append(t)
      }
    }
    return out
  }

  @Test("find returns the first occurrence at or after each offset, whatever byte it anchors on")
  func findMatchesNaive() {
    let needles = ["provide(", "provide:", "prototype.$", "prototype['$", "p", "$", "pro", "ee", "heap", "(i", "v(id", "y[t"].map { Array($0.utf8) }
    for text in Self.texts {
      for needle in needles {
        for from in 0...text.count {
          let got = text.withUnsafeBufferPointer { Prefilter.find($0, needle, from: from) }
          #expect(got == Self.naiveFind(text, needle, from: from), "\(String(decoding: needle, as: UTF8.self)) in \(String(decoding: text, as: UTF8.self)) from \(from)")
        }
        #expect(text.withUnsafeBufferPointer { Prefilter.contains($0, needle) } == (Self.naiveFind(text, needle, from: 0) != nil))
      }
    }
  }

  @Test("the search for heap finds each occurrence, inside the sixteen-byte blocks and in the tail")
  func findHeapMatchesNaive() {
    let heap = Array("heap".utf8)
    var state: UInt32 = 777
    var texts: [[UInt8]] = [[], Array("heap".utf8), Array("hheapp".utf8), Array("xheapheap".utf8)]
    // Texts of every length around the block size, over the letters of heap and one more.
    for length in 0...150 {
      for _ in 0..<6 {
        var t: [UInt8] = []
        for _ in 0..<length {
          state = state &* 1_103_515_245 &+ 12345
          t.append(Array("heapx".utf8)[Int((state >> 16) % 5)])
        }
        texts.append(t)
      }
    }
    for text in texts {
      for from in 0...text.count {
        let got = text.withUnsafeBufferPointer { Prefilter.findHeap($0, from: from) }
        #expect(got == Self.naiveFind(text, heap, from: from), "\(String(decoding: text, as: UTF8.self)) from \(from)")
      }
    }
  }

  @Test("the shared binary search and byte search agree with a scan from the start")
  func sharedSearches() {
    for values in [[], [3], [1, 3, 3, 7], [0, 2, 4, 6, 8, 10, 12]] {
      for x in -1...13 {
        #expect(values.partitionPoint { $0 >= x } == (values.firstIndex { $0 >= x } ?? values.count), "\(values) \(x)")
      }
    }
    let bytes = Array("a\nbc\n\nd".utf8)
    for from in 0...bytes.count + 1 {
      let got = bytes.withUnsafeBufferPointer { nextOffset(of: 0x0A, in: $0, from: from) }
      #expect(got == bytes.indices.first { $0 >= from && bytes[$0] == 0x0A }, "from \(from)")
    }
  }

  @Test("the anchor is a needle's least common byte")
  func anchors() {
    #expect(Prefilter.anchor(of: Array("heap".utf8)) == 0)
    #expect(Prefilter.anchor(of: Array("provide(".utf8)) == 3)
    #expect(Prefilter.anchor(of: Array("prototype.$".utf8)) == 10)
    #expect(Prefilter.anchor(of: Array("globalProperties".utf8)) == 6)
    #expect(Prefilter.anchor(of: Array("x".utf8)) == 0)
  }

  @Test("Heap's vocabulary is found in any case and at any offset of a method name")
  func vocabulary() {
    let fragments = ["dentif", "identit", "propert", "track", "reset", "userid", "sessionid", "pageview", "onready", "adapter", "transformer"]
    func naive(_ name: String) -> Bool {
      let lower = String(decoding: name.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
      return fragments.contains { lower.contains($0) }
    }
    var names = [
      "identify", "indentify", "IDENTIFY", "addUserProperties", "trackUserProperties", "resetIdentity", "getUserId", "push", "map",
      "load", "track", "Track", "trac", "xtrack", "setSessionID", "onReady", "pageView", "myAdapter", "Transformer", "propert",
      "dentif", "identit", "usErId", "rese", "resetx", "addEventProperties", "clearEventProperties", "tracking", "atrackb",
    ]
    names += Self.texts.map { String(decoding: $0, as: UTF8.self) }
    for name in names {
      #expect(HeapDocument.hasHeapVocabulary(name) == naive(name), "\(name)")
    }
  }

  @Test("the endpoint check's `heap` test never misses what lowercasing would find")
  func mentionsHeapCoversLowercasing() {
    let texts = [
      "", "hea", "heap", "HEAP", "hEaP", "https://HeapAnalytics.com/api/track", "c.eu.heap-api.com", "/api/track", "he ap", "xhexap",
      "cheap", "HEA", "hea\u{0050}", "\u{212A}heap", "h\u{0130}eap", "ＨＥＡＰ", "heaP\u{0301}", "h\u{00E9}ap", "he\u{0301}ap",
      "\u{00E9}heap\u{00E9}", "he\u{00AD}ap", "heap\u{200B}analytics.com",
    ]
    for text in texts {
      let found = ServerEndpoint.mentionsHeap(text)
      // Skipping the endpoint search is only right when lowercasing finds no `heap` either.
      #expect(found || !text.lowercased().contains("heap"), "\(text)")
      if text.utf8.allSatisfy({ $0 < 0x80 }) { #expect(found == text.lowercased().contains("heap"), "\(text)") }
    }
  }
}
