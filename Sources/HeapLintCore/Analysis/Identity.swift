import JavaScriptSyntax

/// The identity an identify call passes, and what it may be.
public struct IdentityArgument {
  public var call: HeapCall
  /// The argument expression.
  public var node: Node
  public var value: AbstractValue
}

extension HeapDocument {
  /// The identity arguments of every `identify` call that passes one (spreads are unknown).
  public var identityArguments: [IdentityArgument] {
    calls.compactMap { call in
      guard call.method == "identify", let first = call.arguments.first, !(first is SpreadElement) else { return nil }
      return IdentityArgument(call: call, node: first, value: value(of: first, script: call.script))
    }
  }

  /// The callee as written, for messages (`heap.identify`, `window.heap?.identify`).
  public func calleeText(_ call: HeapCall) -> String {
    text(call.node.callee, script: call.script)
  }

  /// The 1-based line a call starts on, in the file.
  public func line(of call: HeapCall) -> Int {
    file.lineColumn(at: fileSpan(of: call).start).line
  }
}

/// Formats a string for a message: double-quoted, with control characters escaped.
public func quoted(_ s: String) -> String {
  var out = "\""
  for scalar in s.unicodeScalars {
    switch scalar {
    case "\"": out += "\\\""
    case "\\": out += "\\\\"
    case "\n": out += "\\n"
    case "\r": out += "\\r"
    case "\t": out += "\\t"
    default:
      if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) {
        out += "\\u{\(String(scalar.value, radix: 16))}"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
  }
  return out + "\""
}
