import JavaScriptSyntax

/// Maps offsets in extracted code back to offsets in the file it came from.
///
/// The map is piecewise-linear: a sorted list of breakpoints `(code, file)`, and an offset `c`
/// maps to `file + (c - code)` of the last breakpoint at or before `c`. Decoded entities and
/// escapes start a new breakpoint, so every code offset lands on the file byte it came from.
public struct OriginMap: Sendable, Hashable {
  /// Code offsets of the breakpoints, strictly ascending, the first always 0.
  private var codeStarts: [Int]
  /// The file offset each breakpoint maps to.
  private var fileStarts: [Int]
  /// The length of the code this map belongs to; larger offsets clamp to it.
  public private(set) var codeLength: Int

  private init(codeStarts: [Int], fileStarts: [Int], codeLength: Int) {
    self.codeStarts = codeStarts
    self.fileStarts = fileStarts
    self.codeLength = codeLength
  }

  /// A map for code copied verbatim from `offset..<offset + length` of the file.
  public static func identity(offset: Int, length: Int) -> OriginMap {
    OriginMap(codeStarts: [0], fileStarts: [offset], codeLength: max(0, length))
  }

  /// The file offset of a code offset; offsets outside `0...codeLength` are clamped into it.
  public func fileOffset(_ codeOffset: Int) -> Int {
    let c = max(0, min(codeOffset, codeLength))
    var lo = 0
    var hi = codeStarts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if codeStarts[mid] <= c { lo = mid } else { hi = mid - 1 }
    }
    return fileStarts[lo] + (c - codeStarts[lo])
  }

  /// The file span of a code span.
  public func fileSpan(_ span: Span) -> Span {
    Span(start: fileOffset(span.start), end: fileOffset(span.end))
  }

  /// Builds a map one code byte at a time, merging bytes that advance the file by one.
  struct Builder {
    private var codeStarts: [Int] = []
    private var fileStarts: [Int] = []
    private var count = 0

    /// Records that the next code byte comes from file offset `fileOffset`.
    mutating func append(fileOffset: Int) {
      if let lastCode = codeStarts.last, let lastFile = fileStarts.last,
        lastFile + (count - lastCode) == fileOffset
      {
        count += 1
        return
      }
      codeStarts.append(count)
      fileStarts.append(fileOffset)
      count += 1
    }

    /// The finished map; the end of the code maps to `endFileOffset`.
    func finish(endFileOffset: Int) -> OriginMap {
      var codeStarts = codeStarts
      var fileStarts = fileStarts
      if let lastCode = codeStarts.last, let lastFile = fileStarts.last {
        if lastFile + (count - lastCode) != endFileOffset {
          codeStarts.append(count)
          fileStarts.append(endFileOffset)
        }
      } else {
        codeStarts = [0]
        fileStarts = [endFileOffset]
      }
      return OriginMap(codeStarts: codeStarts, fileStarts: fileStarts, codeLength: count)
    }
  }
}
