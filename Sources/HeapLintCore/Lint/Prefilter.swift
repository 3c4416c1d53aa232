import Glibc

/// The byte search that runs before any parsing: a file whose bytes cannot contain a Heap call
/// is never tokenized.
///
/// A file is admitted when `heap` appears as an object whose member is used (`heap.`, `heap?.`,
/// `heap[`), as a member (`window.heap`, `(window as any).heap`), as a quoted key (`'heap'`),
/// in Heap's host name (`heapanalytics`), a client package (`heap-api`, `heap-server`) or Heap's
/// npm scope (`@heap/react-native-heap`), or when it contains the
/// name of a known wrapper, or when the bare global is assigned to an alias (`const h = heap;`,
/// `const { identify } = heap;`). `heapUsed`, `cheap` or `MinHeap` do not count; `--no-prefilter`
/// parses everything.
public struct Prefilter: Sendable {
  /// Names of wrappers (plain substrings) that also admit a file.
  public let needles: [[UInt8]]

  public init(extraNeedles: [String] = []) {
    needles = extraNeedles.filter { !$0.isEmpty }.map { Array($0.utf8) }
    onlyNeedles = false
  }

  /// A prefilter that admits only the files holding one of `needles` (not every mention of heap).
  public init(onlyNeedles: [String]) {
    needles = onlyNeedles.filter { !$0.isEmpty }.map { Array($0.utf8) }
    self.onlyNeedles = true
  }

  /// Whether only the needles admit a file.
  private let onlyNeedles: Bool

  /// True when the bytes may contain a Heap call.
  public func admits(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { admits($0) }
  }

  /// True when the bytes may contain a Heap call.
  public func admits(_ haystack: UnsafeBufferPointer<UInt8>) -> Bool {
    (!onlyNeedles && Self.mentionsHeap(haystack)) || needles.contains { Self.contains(haystack, $0) }
  }

  private static let analytics = Array("analytics".utf8)
  private static let api = Array("-api".utf8)
  private static let server = Array("-server".utf8)

  /// Identifier characters of ASCII. Non-ASCII bytes do not count: a byte-order mark or a
  /// non-breaking space may stand right before `heap`, a non-ASCII letter hardly ever does.
  @inline(__always) static func isIdentifierByte(_ b: UInt8) -> Bool {
    (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F || b == 0x24
  }

  /// Looks at every `heap` in the bytes and admits the file at the first one used as Heap can be.
  static func mentionsHeap(_ haystack: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = haystack.baseAddress, haystack.count >= 4 else { return false }
    let count = haystack.count
    var from = 0
    while let at = findHeap(haystack, from: from) {
      from = at + 1
      if startsWith(haystack, at + 4, analytics) || startsWith(haystack, at + 4, api) || startsWith(haystack, at + 4, server) { return true }
      // Heap's npm scope: `@heap/react-native-heap`, `@heap/heap-react-native-bridge`.
      if at > 0 && base[at - 1] == 0x40 && at + 4 < count && base[at + 4] == 0x2F { return true }
      let previous: UInt8 = at > 0 ? base[at - 1] : 0x20
      let next: UInt8 = at + 4 < count ? base[at + 4] : 0x20
      // A package named `...-heap`: `reactjs-heap`, `gatsby-plugin-heap`.
      if previous == 0x2D && (next == 0x27 || next == 0x22 || next == 0x60) { return true }
      if isIdentifierByte(previous) || isIdentifierByte(next) { continue }
      // Code may be spaced or broken across lines: `heap . identify`, `window.\n  heap`.
      var n = at + 4
      while n < count && isSpace(base[n]) { n += 1 }
      var p = at - 1
      while p >= 0 && isSpace(base[p]) { p -= 1 }
      let after: UInt8 = n < count ? base[n] : 0x20
      let afterNext: UInt8 = n + 1 < count ? base[n + 1] : 0x20
      let before: UInt8 = p >= 0 ? base[p] : 0x20
      if after == 0x2E || after == 0x5B { return true }  // heap.  heap[
      if after == 0x3F && afterNext == 0x2E { return true }  // heap?.
      if before == 0x2E { return true }  // window.heap
      if (previous == 0x27 || previous == 0x22 || previous == 0x60) && next == previous { return true }  // 'heap'
      // An alias of the bare global, `const h = heap;` or `const { identify } = heap;` (not `==`,
      // `!=`, `<=`, `>=`).
      if before == 0x3D, p == 0 || ![0x3D, 0x21, 0x3C, 0x3E].contains(base[p - 1]) { return true }
    }
    return false
  }

  @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

  @inline(__always) private static func startsWith(_ haystack: UnsafeBufferPointer<UInt8>, _ at: Int, _ needle: [UInt8]) -> Bool {
    guard at + needle.count <= haystack.count else { return false }
    for k in 0..<needle.count where haystack[at + k] != needle[k] { return false }
    return true
  }

  /// The offset of the next occurrence of `needle` at or after `from`.
  ///
  /// memchr looks for the needle's least common byte (`anchor`), not its first: `provide(` is
  /// looked for by its `v`, `prototype.$` by its `$`, so the candidates to compare are few even
  /// where the first byte (`p`) is on every line.
  static func find(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8], from: Int) -> Int? {
    guard let base = haystack.baseAddress, !needle.isEmpty, haystack.count >= needle.count else { return nil }
    let last = haystack.count - needle.count
    let k = anchor(of: needle)
    let byte = Int32(needle[k])
    var i = from
    while i <= last {
      // A hit at `at + k` stands for a candidate at `at`, in order, so the first match found is
      // the first occurrence.
      guard let hit = memchr(base + i + k, byte, last - i + 1) else { return nil }
      let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) - k
      if startsWith(haystack, at, needle) { return at }
      i = at + 1
    }
    return nil
  }

  /// The offset of the next `heap` at or after `from`: the search every file of a default run
  /// goes through. Offsets are tested 64 at a time for an `h` with a `p` three bytes on, a pair
  /// rare enough that the few offsets where both match are then compared one by one. (memchr
  /// for `h` stopped about 13 times a kilobyte, and each stop cost more than the search between
  /// stops.) Vectors of 16 bytes, four to a step: the baseline x86-64 has them, and Swift's
  /// wider SIMD types compile to lane-by-lane code here.
  static func findHeap(_ haystack: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
    guard let base = haystack.baseAddress else { return nil }
    let count = haystack.count
    let h = SIMD16<UInt8>(repeating: 0x68)
    let p = SIMD16<UInt8>(repeating: 0x70)
    @inline(__always) func pairs(_ at: Int) -> SIMDMask<SIMD16<Int8>> {
      let first = UnsafeRawPointer(base + at).loadUnaligned(as: SIMD16<UInt8>.self)
      let fourth = UnsafeRawPointer(base + at + 3).loadUnaligned(as: SIMD16<UInt8>.self)
      return (first .== h) .& (fourth .== p)
    }
    // Whether any lane is set, read as two words (`any(_:)` became a call to a generic `min()`).
    @inline(__always) func anySet(_ mask: SIMDMask<SIMD16<Int8>>) -> Bool {
      let words = unsafeBitCast(mask, to: (UInt64, UInt64).self)
      return words.0 | words.1 != 0
    }
    var i = from
    // A block of candidate offsets reads 3 bytes past them: blocks stop that far before the end.
    while i + 64 + 3 <= count {
      if anySet(pairs(i) .| pairs(i + 16) .| pairs(i + 32) .| pairs(i + 48)), let at = confirmHeap(base, from: i, to: i + 64) { return at }
      i += 64
    }
    while i + 16 + 3 <= count {
      if anySet(pairs(i)), let at = confirmHeap(base, from: i, to: i + 16) { return at }
      i += 16
    }
    return confirmHeap(base, from: i, to: count - 3)
  }

  /// The first offset in `from..<to` where `heap` starts (the bytes up to `to + 3` are there).
  @inline(__always) private static func confirmHeap(_ base: UnsafePointer<UInt8>, from: Int, to: Int) -> Int? {
    var k = from
    while k < to {
      if base[k] == 0x68 && base[k + 3] == 0x70 && base[k + 1] == 0x65 && base[k + 2] == 0x61 { return k }
      k += 1
    }
    return nil
  }

  /// Bytes of JavaScript source from the most common on: a byte found later, or not at all,
  /// makes fewer false starts for memchr.
  private static let commonness: [UInt8] = {
    var rank = [UInt8](repeating: 255, count: 256)
    let order = Array(" \ne\ttanoirsl.c(),;=udp\"'fhm{}:gbyv[]w_x0k1!2&|+-<>?/".utf8)
    for (i, b) in order.enumerated() where rank[Int(b)] == 255 { rank[Int(b)] = UInt8(i) }
    return rank
  }()

  /// The offset of the needle's least common byte (the first of equals).
  @inline(__always) static func anchor(of needle: [UInt8]) -> Int {
    var best = 0
    for k in 1..<needle.count where commonness[Int(needle[k])] > commonness[Int(needle[best])] { best = k }
    return best
  }

  /// Substring search: memchr finds each candidate by the needle's least common byte
  /// (vectorised in libc), then the rest is compared in place.
  static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
    if needle.isEmpty { return true }
    return find(haystack, needle, from: 0) != nil
  }
}
