#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A half-open range of UTF-8 byte offsets into a source text.
public struct Span: Hashable, Sendable, CustomStringConvertible {
  public var start: Int
  public var end: Int

  public init(start: Int, end: Int) {
    self.start = start
    self.end = end
  }

  public var description: String { "\(start)..<\(end)" }
}

/// A 1-based line and column. Columns count Unicode scalars from the start of the line.
public struct LineColumn: Hashable, Sendable, Comparable {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static func < (a: LineColumn, b: LineColumn) -> Bool {
    (a.line, a.column) < (b.line, b.column)
  }
}

/// The raw bytes of one source text and the table that turns byte offsets into lines and columns.
///
/// Line terminators are counted as ECMAScript counts them: LF, CR, CRLF (one terminator),
/// U+2028 and U+2029. Bytes are never normalised, so offsets always point into the original file.
public final class SourceFile: Sendable {
  /// The bytes exactly as read.
  public let bytes: [UInt8]
  /// Byte offset of the first byte of every line; `lineStarts[0] == 0`.
  public let lineStarts: [Int]
  /// Offsets of the UTF-8 continuation bytes (`10xxxxxx`), ascending; empty for ASCII text. A
  /// column is the bytes before an offset on its line less the continuation bytes among them,
  /// found by binary search: counting byte by byte made `parse --ast` of a one-line 21 MB
  /// bundle quadratic (it asks for two positions per node).
  let continuationBytes: [UInt32]

  public init(bytes: [UInt8]) {
    self.bytes = bytes
    self.lineStarts = SourceFile.computeLineStarts(bytes)
    self.continuationBytes = SourceFile.computeContinuationBytes(bytes)
  }

  static func computeContinuationBytes(_ bytes: [UInt8]) -> [UInt32] {
    var out: [UInt32] = []
    bytes.withUnsafeBufferPointer { buf in
      guard let base = buf.baseAddress else { return }
      let n = buf.count
      var i = 0
      // Eight bytes at a time while they are all ASCII, the common case.
      while i < n {
        if i + 8 <= n {
          let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
          if word & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
        }
        if base[i] & 0xC0 == 0x80 { out.append(UInt32(truncatingIfNeeded: i)) }
        i += 1
      }
    }
    return out
  }

  /// How many continuation bytes lie before `offset`.
  private func continuationBytes(before offset: Int) -> Int {
    continuationBytes.partitionPoint { Int($0) >= offset }
  }

  public convenience init(_ text: String) {
    self.init(bytes: Array(text.utf8))
  }

  static func computeLineStarts(_ bytes: [UInt8]) -> [Int] {
    var starts = [0]
    bytes.withUnsafeBufferPointer { buf in
      guard buf.baseAddress != nil else { return }
      let n = buf.count
      // Line terminators start with LF, CR or 0xE2 (U+2028/U+2029 in UTF-8). memchr finds each
      // of the three many bytes at a time; the scan takes whichever comes first. A byte loop
      // here was 2% of a lint run.
      func find(_ byte: UInt8, from i: Int) -> Int { nextOffset(of: byte, in: buf, from: i) ?? n }
      var lf = find(0x0A, from: 0)
      var cr = find(0x0D, from: 0)
      var e2 = find(0xE2, from: 0)
      while true {
        let i = min(lf, cr, e2)
        if i >= n { break }
        if i == lf {
          starts.append(i + 1)
          lf = find(0x0A, from: i + 1)
        } else if i == cr {
          if i + 1 < n && buf[i + 1] == 0x0A {
            // CRLF is one terminator.
            starts.append(i + 2)
            lf = find(0x0A, from: i + 2)
          } else {
            starts.append(i + 1)
          }
          cr = find(0x0D, from: i + 1)
        } else {
          if i + 2 < n && buf[i + 1] == 0x80 && (buf[i + 2] == 0xA8 || buf[i + 2] == 0xA9) { starts.append(i + 3) }
          e2 = find(0xE2, from: i + 1)
        }
      }
    }
    return starts
  }

  /// The 1-based line and column of a byte offset. Offsets past the end clamp to the end.
  public func lineColumn(at offset: Int) -> LineColumn {
    let offset = max(0, min(offset, bytes.count))
    // The last line start <= offset (the first, 0, always is).
    let lo = lineStarts.partitionPoint { $0 > offset } - 1
    let lineStart = lineStarts[lo]
    // Count scalars: every byte that is not a UTF-8 continuation byte starts one.
    var column = 1 + (offset - lineStart)
    if !continuationBytes.isEmpty { column -= continuationBytes(before: offset) - continuationBytes(before: lineStart) }
    // An offset that lands inside a multi-byte sequence belongs to the scalar it is part of.
    if offset < bytes.count && offset > lineStart && bytes[offset] & 0xC0 == 0x80 { column -= 1 }
    // A byte-order mark is not a column: editors do not show it.
    if lo == 0 && offset >= 3 && bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { column -= 1 }
    return LineColumn(line: lo + 1, column: column)
  }

  /// The text of the 1-based line `line`, without its terminator (lossy for invalid UTF-8).
  public func lineText(_ line: Int) -> String {
    guard line >= 1 && line <= lineStarts.count else { return "" }
    let start = lineStarts[line - 1]
    var end = line < lineStarts.count ? lineStarts[line] : bytes.count
    while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
    if end - start >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, bytes[end - 1] == 0xA8 || bytes[end - 1] == 0xA9 {
      end -= 3
    }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  /// The text of a span (lossy for invalid UTF-8).
  public func text(_ span: Span) -> String {
    let s = max(0, min(span.start, bytes.count))
    let e = max(s, min(span.end, bytes.count))
    return String(decoding: bytes[s..<e], as: UTF8.self)
  }
}

/// A syntax error: what is wrong and where.
public struct SyntaxError: Hashable, Sendable, Error, CustomStringConvertible {
  public var message: String
  public var span: Span

  public init(_ message: String, span: Span) {
    self.message = message
    self.span = span
  }

  public var description: String { "\(message) at \(span)" }
}
