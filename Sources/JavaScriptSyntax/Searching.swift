#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension RandomAccessCollection where Index == Int {
  /// The first index whose element is past the point `isPast` marks, by binary search: `isPast`
  /// must be false for a prefix of the elements and true for the rest (sorted offsets asked
  /// `{ $0 >= offset }`). `endIndex` when it is true for none.
  @inlinable public func partitionPoint(_ isPast: (Element) -> Bool) -> Int {
    var low = startIndex
    var high = endIndex
    while low < high {
      let mid = low + (high - low) / 2
      if isPast(self[mid]) { high = mid } else { low = mid + 1 }
    }
    return low
  }
}

/// The offset of the next `byte` at or after `from` (memchr, many bytes at a time), or nil.
@inlinable public func nextOffset(of byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
  guard from < buffer.count, let base = buffer.baseAddress, let hit = memchr(base + from, Int32(byte), buffer.count - from) else { return nil }
  return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
}
