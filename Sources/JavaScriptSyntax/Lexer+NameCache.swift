// Short identifier names and string values, made once and reused while they keep recurring.
//
// The tree holds a `String` for every identifier and string literal, and making one from bytes
// validates the UTF-8 (about 190 instructions for a short name, 6% of a parse) and, past 15
// bytes, allocates. Source text repeats the same names over and over, in one file and across
// files, so each thread keeps the last string made for each of a fixed number of slots. A
// spelling of at most 32 bytes is identified exactly by its length and its bytes packed into
// four integers, so a hit costs a few loads and comparisons.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A direct-mapped cache from short byte spellings to the strings made from them. One per
/// thread (`NameCache.current`), kept for the thread's life.
final class NameCache {
  /// Spellings up to this many bytes are cached (they fit the four packed words). Past 15 bytes
  /// a String has its own allocation, so a hit also saves memory: the 17 to 32 byte names that
  /// bundles are full of share one.
  static let maxLength = 32
  static let slotCount = 1024

  struct Slot {
    /// The spelling's bytes, packed little-endian eight to a word; zero past its length.
    var w0: UInt64
    var w1: UInt64
    var w2: UInt64
    var w3: UInt64
    /// 0: empty.
    var length: Int
    var string: String
  }

  let slots: UnsafeMutablePointer<Slot>

  init() {
    slots = .allocate(capacity: NameCache.slotCount)
    for i in 0..<NameCache.slotCount {
      (slots + i).initialize(to: Slot(w0: 0, w1: 0, w2: 0, w3: 0, length: 0, string: ""))
    }
  }

  deinit {
    slots.deinitialize(count: NameCache.slotCount)
    slots.deallocate()
  }

  /// The calling thread's cache.
  static func current() -> NameCache {
    let key = nameCacheKey
    if let p = pthread_getspecific(key) { return Unmanaged<NameCache>.fromOpaque(p).takeUnretainedValue() }
    let cache = NameCache()
    pthread_setspecific(key, Unmanaged.passRetained(cache).toOpaque())
    return cache
  }

  /// Word `k` of the `n` bytes at `p` (bytes `8k..<8k+8`, zero past `n`). With `wide`, eight
  /// bytes may be read at `p + 8k` even past `n` (they are inside the buffer) and are masked.
  @inline(__always) static func word(_ p: UnsafePointer<UInt8>, _ n: Int, _ k: Int, wide: Bool) -> UInt64 {
    let from = 8 * k
    if from >= n { return 0 }
    let count = min(8, n - from)
    guard wide else { return packBytes(p, from, from + count) }
    let v = UnsafeRawPointer(p).loadUnaligned(fromByteOffset: from, as: UInt64.self).littleEndian
    return count == 8 ? v : v & ((1 << (UInt64(count) * 8)) - 1)
  }

  /// The string for `buf[start..<end]`: the cached one when the same bytes were seen last in
  /// their slot, else a new one (which then takes the slot).
  @inline(__always) func string(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
    let n = end - start
    let p = buf.baseAddress! + start
    if n > NameCache.maxLength || n <= 0 {
      return String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
    }
    let wide = start + 32 <= buf.count
    let w0 = NameCache.word(p, n, 0, wide: wide)
    let w1 = NameCache.word(p, n, 1, wide: wide)
    let w2 = NameCache.word(p, n, 2, wide: wide)
    let w3 = NameCache.word(p, n, 3, wide: wide)
    let mixed = (w0 &* 0x9E37_79B9_7F4A_7C15) ^ (w1 &* 0xC2B2_AE3D_27D4_EB4F) ^ (w2 &* 0x1656_67B1_9E37_79F9)
      ^ (w3 &* 0x85EB_CA77_C2B2_AE63) ^ UInt64(n)
    let slot = slots + Int(truncatingIfNeeded: (mixed >> 40) & UInt64(NameCache.slotCount - 1))
    if slot.pointee.length == n && slot.pointee.w0 == w0 && slot.pointee.w1 == w1 && slot.pointee.w2 == w2
      && slot.pointee.w3 == w3
    {
      return slot.pointee.string
    }
    let s = String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
    slot.pointee = Slot(w0: w0, w1: w1, w2: w2, w3: w3, length: n, string: s)
    return s
  }
}

/// The thread-specific slot holding each thread's `NameCache` (released when the thread ends).
let nameCacheKey: pthread_key_t = {
  var key = pthread_key_t()
  pthread_key_create(&key) { p in
    #if canImport(Darwin)
    Unmanaged<NameCache>.fromOpaque(p).release()
    #else
    if let p { Unmanaged<NameCache>.fromOpaque(p).release() }
    #endif
  }
  return key
}()
