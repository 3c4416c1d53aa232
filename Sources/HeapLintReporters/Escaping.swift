import HeapLintCore
// Escaping shared by the formats. Swift `String`s are always valid Unicode (bytes that were not
// valid UTF-8 became U+FFFD when the source was decoded), and every reporter turns its result
// into bytes with `String.utf8`, so output is always valid UTF-8. What is left to handle here is
// the characters that each syntax, or a terminal, must not receive raw.

enum Escape {
  // MARK: Visible escapes

  /// A printable stand-in for a character that must not be emitted raw: `\n`, `\r`, `\t`,
  /// `\x1b` for other code points up to U+00FF, `\u{202E}` above.
  static func visible(_ scalar: Unicode.Scalar) -> String {
    switch scalar.value {
    case 0x0A: return "\\n"
    case 0x0D: return "\\r"
    case 0x09: return "\\t"
    case let v where v <= 0xFF: return "\\x" + hex(UInt64(v), width: 2)
    case let v: return "\\u{" + hex(UInt64(v), width: 4).uppercased() + "}"
    }
  }

  /// Whether a terminal could act on the character instead of printing it (see `JSONText`).
  static func isTerminalUnsafe(_ scalar: Unicode.Scalar) -> Bool { JSONText.isTerminalUnsafe(scalar) }

  /// Text safe to print on a terminal on one line: every unsafe character is shown escaped.
  /// With `keepingLineBreaks`, CR and LF are left alone (the caller encodes them itself).
  static func terminal(_ text: String, keepingLineBreaks: Bool = false) -> String {
    guard text.unicodeScalars.contains(where: isTerminalUnsafe) else { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count + 8)
    for scalar in text.unicodeScalars {
      if keepingLineBreaks && (scalar == "\n" || scalar == "\r") {
        out.unicodeScalars.append(scalar)
      } else if isTerminalUnsafe(scalar) {
        out += visible(scalar)
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  // MARK: XML

  /// Whether the character may not appear in an XML document, or is a control character we do
  /// not want in one: XML 1.0 forbids C0 controls other than TAB, LF and CR (even as character
  /// references) and U+FFFE/U+FFFF; DEL and C1 controls are allowed but discouraged.
  static func isXMLUnwanted(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0D: return false
    case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: return true
    default: return false
    }
  }

  /// Character data for an element: `&`, `<` and `>` become entities (so `]]>` can never
  /// appear), CR becomes `&#13;` so it survives line-end normalisation, and unwanted control
  /// characters are replaced by their visible escape.
  static func xmlText(_ text: String) -> String {
    xml(text, attribute: false)
  }

  /// An attribute value for double quotes: as `xmlText`, plus `"` and `'`, and TAB/LF/CR as
  /// character references so attribute-value normalisation does not turn them into spaces.
  static func xmlAttribute(_ text: String) -> String {
    xml(text, attribute: true)
  }

  private static func xml(_ text: String, attribute: Bool) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count + 8)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"" where attribute: out += "&quot;"
      case "'" where attribute: out += "&apos;"
      case "\r": out += "&#13;"
      case "\n" where attribute: out += "&#10;"
      case "\t" where attribute: out += "&#9;"
      default:
        if isXMLUnwanted(scalar) {
          out += visible(scalar)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }

  // MARK: JSON

  /// A JSON string literal, quotes included (see `JSONText.stringLiteral`).
  static func jsonString(_ text: String) -> String { JSONText.stringLiteral(text) }

  // MARK: GitHub Actions workflow commands

  /// The message part of a workflow command (after `::`). `%`, CR and LF are percent-encoded as
  /// the runner expects; other terminal-unsafe characters are shown escaped.
  static func githubData(_ text: String) -> String {
    var out = ""
    for scalar in terminal(text, keepingLineBreaks: true).unicodeScalars {
      switch scalar {
      case "%": out += "%25"
      case "\r": out += "%0D"
      case "\n": out += "%0A"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// A property value of a workflow command (`file=`, `title=`): as `githubData`, plus `:` and
  /// `,`, which would otherwise end the value.
  static func githubProperty(_ text: String) -> String {
    var out = ""
    for scalar in githubData(text).unicodeScalars {
      switch scalar {
      case ":": out += "%3A"
      case ",": out += "%2C"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  // MARK: URIs

  /// A file path as a URI path: `/` and RFC 3986 unreserved characters are kept, every other
  /// byte of the UTF-8 encoding is percent-encoded (spaces, `%`, `:`, `#`, `?`, non-ASCII, ...).
  static func uriPath(_ path: String) -> String {
    var out = ""
    out.reserveCapacity(path.utf8.count)
    for byte in path.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"),
        UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
        out.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        out += "%" + hex(UInt64(byte), width: 2).uppercased()
      }
    }
    return out
  }

  /// A `file://` URI for an absolute directory, always ending in `/` (SARIF requires base URIs
  /// to end with a slash).
  static func fileURI(directory: String) -> String {
    var uri = "file://" + uriPath(directory.hasPrefix("/") ? directory : "/" + directory)
    if !uri.hasSuffix("/") { uri += "/" }
    return uri
  }

  // MARK: Numbers

  /// Lowercase hexadecimal, zero-padded to `width` digits.
  static func hex(_ value: UInt64, width: Int) -> String {
    let digits = String(value, radix: 16)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
  }
}

/// A small stable hash for fingerprints: 64-bit FNV-1a over UTF-8 bytes. Unlike `Hasher`, it is
/// the same in every process and on every platform.
enum StableHash {
  static func fnv1a64<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    return hash
  }

  /// The hash of `parts`, each followed by a NUL byte so that `("ab", "c")` and `("a", "bc")`
  /// differ, as 16 lowercase hex digits.
  static func hex(_ parts: [String]) -> String {
    var bytes: [UInt8] = []
    for part in parts {
      bytes.append(contentsOf: part.utf8)
      bytes.append(0)
    }
    return Escape.hex(fnv1a64(bytes), width: 16)
  }
}
