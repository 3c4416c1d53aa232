/// A minimal JSON tree that keeps object keys in insertion order, so output bytes are fixed.
/// (Foundation's `JSONSerialization` neither keeps key order nor formats numbers and `/` the
/// way we want, and reporters should not depend on it.)
indirect enum JSONValue {
  case string(String)
  case int(Int)
  case bool(Bool)
  case null
  case array([JSONValue])
  case object([(String, JSONValue)])

  /// Compact (one line, no spaces) or pretty (2-space indentation, `"key": value`).
  func rendered(pretty: Bool) -> String {
    var out = ""
    write(into: &out, pretty: pretty, indent: 0)
    return out
  }

  private func write(into out: inout String, pretty: Bool, indent: Int) {
    switch self {
    case .string(let s): out += Escape.jsonString(s)
    case .int(let n): out += String(n)
    case .bool(let b): out += b ? "true" : "false"
    case .null: out += "null"
    case .array(let items):
      if items.isEmpty { out += "[]"; return }
      out += "["
      for (i, item) in items.enumerated() {
        if i > 0 { out += "," }
        if pretty { newline(&out, indent + 1) }
        item.write(into: &out, pretty: pretty, indent: indent + 1)
      }
      if pretty { newline(&out, indent) }
      out += "]"
    case .object(let members):
      if members.isEmpty { out += "{}"; return }
      out += "{"
      for (i, (key, value)) in members.enumerated() {
        if i > 0 { out += "," }
        if pretty { newline(&out, indent + 1) }
        out += Escape.jsonString(key)
        out += pretty ? ": " : ":"
        value.write(into: &out, pretty: pretty, indent: indent + 1)
      }
      if pretty { newline(&out, indent) }
      out += "}"
    }
  }

  private func newline(_ out: inout String, _ indent: Int) {
    out += "\n"
    out += String(repeating: "  ", count: indent)
  }
}
