// Short identifier names and string values, made once and reused while they keep recurring.
//
// The tree holds a `String` for every identifier and string literal, and making one from bytes
// validates the UTF-8 (about 190 instructions for a short name, 6% of a parse). Source text
// repeats the same short names over and over, in one file and across files, so each thread
// keeps the last string made for each of a fixed number of slots. A spelling of at most 16
// bytes is identified exactly by its length and its bytes packed into two integers, so a hit
// costs two loads and three comparisons.

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
  /// Spellings up to this many bytes are cached (they fit the two packed words).
  static let maxLength = 16
  static let slotCount = 1024

  struct Slot {
    var head: UInt64
    var tail: UInt64
    /// 0: empty.
    var length: Int
    var string: String
  }

  let slots: UnsafeMutablePointer<Slot>

  init() {
    slots = .allocate(capacity: NameCache.slotCount)
    for i in 0..<NameCache.slotCount {
      (slots + i).initialize(to: Slot(head: 0, tail: 0, length: 0, string: ""))
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

  /// The string for `buf[start..<end]`: the cached one when the same bytes were seen last in
  /// their slot, else a new one (which then takes the slot).
  @inline(__always) func string(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
    let n = end - start
    let p = buf.baseAddress! + start
    if n > NameCache.maxLength || n <= 0 {
      return String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
    }
    var head: UInt64
    var tail: UInt64 = 0
    if start + 16 <= buf.count {
      // Whole words, masked to the spelling's length (little-endian, like `packBytes`).
      let raw = UnsafeRawPointer(p)
      head = raw.loadUnaligned(as: UInt64.self).littleEndian
      if n < 8 {
        head &= (1 << (UInt64(n) * 8)) - 1
      } else if n > 8 {
        tail = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self).littleEndian
        if n < 16 { tail &= (1 << (UInt64(n - 8) * 8)) - 1 }
      }
    } else {
      head = packBytes(p, 0, min(n, 8))
      if n > 8 { tail = packBytes(p, 8, n) }
    }
    let mixed = (head &* 0x9E37_79B9_7F4A_7C15) ^ (tail &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(n)
    let slot = slots + Int(truncatingIfNeeded: (mixed >> 40) & UInt64(NameCache.slotCount - 1))
    if slot.pointee.length == n && slot.pointee.head == head && slot.pointee.tail == tail {
      return slot.pointee.string
    }
    let s = String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
    slot.pointee = Slot(head: head, tail: tail, length: n, string: s)
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
