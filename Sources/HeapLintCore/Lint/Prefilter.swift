import Glibc

/// The byte search that runs before any parsing: a file whose bytes cannot contain a Heap call
/// (no `heap` anywhere, and no name of a known wrapper) is never tokenized.
public struct Prefilter: Sendable {
  /// Byte strings any file worth parsing contains at least one of.
  public let needles: [[UInt8]]

  public init(extraNeedles: [String] = []) {
    needles = [Array("heap".utf8)] + extraNeedles.filter { !$0.isEmpty }.map { Array($0.utf8) }
  }

  /// True when the bytes contain one of the needles.
  public func admits(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { haystack in
      needles.contains { Self.contains(haystack, $0) }
    }
  }

  /// Substring search: memchr finds each candidate first byte (vectorised in libc), then the
  /// rest is compared in place.
  static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
    guard let base = haystack.baseAddress, let first = needle.first, haystack.count >= needle.count else { return needle.isEmpty }
    let count = haystack.count
    let last = count - needle.count
    var i = 0
    while i <= last {
      guard let hit = memchr(base + i, Int32(first), last - i + 1) else { return false }
      let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
      var matched = true
      var k = 1
      while k < needle.count {
        if base[at + k] != needle[k] {
          matched = false
          break
        }
        k += 1
      }
      if matched { return true }
      i = at + 1
    }
    return false
  }
}
