/// JSON text helpers shared by the reporters and the baseline file.
public enum JSONText {
  /// Whether a terminal could act on the character instead of printing it: C0 and C1 controls,
  /// DEL, Unicode line/paragraph separators and the bidirectional overrides and isolates
  /// (which can make displayed text differ from its logical order).
  public static func isTerminalUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: return true
    case 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }

  /// A JSON string literal, quotes included. Lossless: control characters become `\n`-style or
  /// `\u00XX` escapes; everything else `isTerminalUnsafe` (DEL, C1 controls, U+2028/U+2029,
  /// bidi overrides) is `\u`-escaped too, so the text is also safe to paste into JavaScript and
  /// to print on a terminal.
  public static func stringLiteral(_ text: String) -> String {
    var out = "\""
    out.reserveCapacity(text.utf8.count + 2)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{08}": out += "\\b"
      case "\u{0C}": out += "\\f"
      default:
        if isTerminalUnsafe(scalar) {
          let digits = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
    return out
  }
}
