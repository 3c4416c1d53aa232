/// Turns file bytes into the UTF-8 the front ends read, and tells text from binary.
enum TextDecoding {
  /// UTF-16 (little or big endian, with a byte-order mark) becomes UTF-8 with a UTF-8
  /// byte-order mark, so columns stay right; any other bytes are returned unchanged (invalid
  /// UTF-8 is tolerated downstream, byte for byte).
  static func utf8(_ bytes: [UInt8]) -> [UInt8] {
    guard bytes.count >= 2 else { return bytes }
    let little: Bool
    if bytes[0] == 0xFF && bytes[1] == 0xFE {
      little = true
    } else if bytes[0] == 0xFE && bytes[1] == 0xFF {
      little = false
    } else {
      return bytes
    }
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var i = 2
    while i + 1 < bytes.count {
      units.append(little ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
      i += 2
    }
    var out: [UInt8] = [0xEF, 0xBB, 0xBF]
    out.reserveCapacity(bytes.count * 3 / 2)
    for scalar in String(decoding: units, as: UTF16.self).unicodeScalars {
      out.append(contentsOf: Array(String(scalar).utf8))
    }
    return out
  }

  /// True for content that is not text: a NUL byte in the first 8 KB, or mostly control bytes.
  static func isBinary(_ bytes: [UInt8]) -> Bool {
    let sample = bytes.prefix(8192)
    guard !sample.isEmpty else { return false }
    var control = 0
    for b in sample {
      if b == 0 { return true }
      if b < 0x09 || (b > 0x0D && b < 0x20) { control += 1 }
    }
    return control * 10 > sample.count
  }
}
