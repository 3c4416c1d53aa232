import CLibXML2

/// One attribute as written in a raw start tag.
struct RawAttribute {
  /// The name, ASCII-lowercased.
  var name: [UInt8]
  /// The file range of the value between its quotes, or nil when the attribute has no value.
  var value: Range<Int>?
}

/// Byte-level helpers for the one start tag libxml2 has just reported: where its attributes'
/// values are in the file, and how to decode a value while tracking where each byte came from.
enum HTMLRawTag {
  static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

  static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

  static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

  static func isNameStart(_ b: UInt8) -> Bool { isLetter(b) || b == 0x5F || b == 0x3A || b == 0x2E }

  static func isNameChar(_ b: UInt8) -> Bool { isNameStart(b) || isDigit(b) || b == 0x2D }

  static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

  /// Whether `bytes[offset...]` starts with `word` (ASCII, case-insensitive; `word` lowercase,
  /// `bytes` indexed from 0: an array or a buffer).
  static func hasPrefix<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at offset: Int, caseInsensitive word: [UInt8]) -> Bool
  where Bytes.Index == Int {
    guard offset >= 0, offset + word.count <= bytes.count else { return false }
    for (k, w) in word.enumerated() where lower(bytes[offset + k]) != w { return false }
    return true
  }

  /// Scans the attributes of the start tag at `tagStart` (which points at `<`), following the
  /// attribute syntax libxml2's HTML parser accepts. Returns the attributes and the offset of
  /// the `>` or `/>` that ends the tag (or the end of the input).
  static func scanStartTag(_ bytes: [UInt8], at tagStart: Int) -> (attributes: [RawAttribute], end: Int) {
    let n = bytes.count
    var i = tagStart + 1
    while i < n, isNameChar(bytes[i]) { i += 1 }
    var attributes: [RawAttribute] = []
    while true {
      while i < n, isBlank(bytes[i]) { i += 1 }
      if i >= n || bytes[i] == 0x3E || (bytes[i] == 0x2F && i + 1 < n && bytes[i + 1] == 0x3E) { break }
      guard isNameStart(bytes[i]) else {
        // libxml2 skips a token it cannot read as an attribute name.
        while i < n, !isBlank(bytes[i]), bytes[i] != 0x3E, !(bytes[i] == 0x2F && i + 1 < n && bytes[i + 1] == 0x3E) {
          i += 1
        }
        continue
      }
      var name: [UInt8] = []
      while i < n, isNameChar(bytes[i]) {
        name.append(lower(bytes[i]))
        i += 1
      }
      var j = i
      while j < n, isBlank(bytes[j]) { j += 1 }
      var value: Range<Int>? = nil
      if j < n, bytes[j] == 0x3D {
        j += 1
        while j < n, isBlank(bytes[j]) { j += 1 }
        let scanned = scanAttributeValue(bytes, at: j)
        value = scanned.value
        i = scanned.next
      }
      attributes.append(RawAttribute(name: name, value: value))
    }
    return (attributes, i)
  }

  /// The value of an attribute whose first byte (after `=` and blanks) is at `j`: between quotes,
  /// or bare up to a blank or `>`; and the offset where the tag's reading goes on.
  static func scanAttributeValue(_ bytes: [UInt8], at j: Int) -> (value: Range<Int>, next: Int) {
    let n = bytes.count
    if j < n, bytes[j] == 0x22 || bytes[j] == 0x27 {
      let quote = bytes[j]
      var k = j + 1
      while k < n, bytes[k] != quote { k += 1 }
      return ((j + 1)..<k, min(n, k + 1))
    }
    var k = j
    while k < n, !isBlank(bytes[k]), bytes[k] != 0x3E { k += 1 }
    return (j..<k, k)
  }

  /// Decodes the character references of an attribute value the way libxml2 does (named
  /// references need their `;`, numeric ones do not), mapping every output byte to the file.
  static func decodeAttributeValue(_ bytes: [UInt8], _ range: Range<Int>) -> (code: [UInt8], origin: OriginMap) {
    var code: [UInt8] = []
    code.reserveCapacity(range.count)
    var builder = OriginMap.Builder()
    var i = range.lowerBound
    let end = range.upperBound
    while i < end {
      if bytes[i] == 0x26, let (scalar, length) = characterReference(bytes, at: i, end: end) {
        for b in String(Character(scalar)).utf8 {
          code.append(b)
          builder.append(fileOffset: i)
        }
        i += length
      } else {
        code.append(bytes[i])
        builder.append(fileOffset: i)
        i += 1
      }
    }
    return (code, builder.finish(endFileOffset: end))
  }

  /// The character and length of the reference at `bytes[offset]` (an `&`), if it is one.
  private static func characterReference(_ bytes: [UInt8], at offset: Int, end: Int) -> (Unicode.Scalar, Int)? {
    var i = offset + 1
    guard i < end else { return nil }
    if bytes[i] == 0x23 {
      i += 1
      let hex = i < end && (bytes[i] | 0x20) == 0x78
      if hex { i += 1 }
      let digitsStart = i
      var value = 0
      while i < end {
        let b = bytes[i]
        let digit: Int
        if isDigit(b) {
          digit = Int(b - 0x30)
        } else if hex, (b | 0x20) >= 0x61, (b | 0x20) <= 0x66 {
          digit = Int((b | 0x20) - 0x61 + 10)
        } else {
          break
        }
        value = min(value * (hex ? 16 : 10) + digit, 0x110000)
        i += 1
      }
      guard i > digitsStart, isXMLChar(value), let scalar = Unicode.Scalar(UInt32(value)) else { return nil }
      if i < end, bytes[i] == 0x3B { i += 1 }
      return (scalar, i - offset)
    }
    var name: [UInt8] = []
    while i < end, isLetter(bytes[i]) || isDigit(bytes[i]) {
      name.append(bytes[i])
      i += 1
    }
    guard !name.isEmpty, i < end, bytes[i] == 0x3B else { return nil }
    name.append(0)
    guard let entity = htmlEntityLookup(name), let scalar = Unicode.Scalar(entity.pointee.value) else { return nil }
    return (scalar, i + 1 - offset)
  }

  private static func isXMLChar(_ v: Int) -> Bool {
    v == 0x9 || v == 0xA || v == 0xD || (0x20...0xD7FF).contains(v) || (0xE000...0xFFFD).contains(v)
      || (0x10000...0x10FFFF).contains(v)
  }
}
