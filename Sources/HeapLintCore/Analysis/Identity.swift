import JavaScriptSyntax

/// The identity an identify call passes, and what it may be.
public struct IdentityArgument {
  public var call: HeapCall
  /// The argument expression.
  public var node: Node
  public var value: AbstractValue
}

extension HeapDocument {
  /// The identity of every identify call that passes one (spreads are unknown), direct, through
  /// wrappers, or in server-side requests.
  public var identityArguments: [IdentityArgument] {
    calls.compactMap { call in
      let index: Int
      switch (call.via, call.method) {
      case (.server, _): index = 0
      case (_, "identify"): index = 0
      default: return nil
      }
      guard let node = call.argument(index) else {
        // A wrapper of another module that falls back on its parameter's default.
        return call.defaults[index].map { IdentityArgument(call: call, node: call.node, value: $0) }
      }
      guard !(node is SpreadElement) else { return nil }
      return IdentityArgument(call: call, node: node, value: narrowedByGuards(value(of: node, script: call.script), node: node, script: call.script))
    }
  }

  /// The call as a user recognises it in a message: the callee as written
  /// (`window.heap?.identify`), the wrapper chain (`identifyUser -> heap.identify`), or the
  /// server request.
  public func calleeText(_ call: HeapCall) -> String {
    switch call.via {
    case .direct: return text(call.node.callee, script: call.script)
    case .wrapper(let chain): return (chain + ["heap.\(call.method)"]).joined(separator: " -> ")
    case .server(let description): return description
    }
  }

  /// The 1-based line a call starts on, in the file.
  public func line(of call: HeapCall) -> Int {
    file.lineColumn(at: fileSpan(of: call).start).line
  }
}

/// Formats a string for a message: double-quoted, with quotes, backslashes and control
/// characters escaped.
public func quoted(_ s: String) -> String {
  var out = ""
  for scalar in s.unicodeScalars {
    switch scalar {
    case "\"": out += "\\\""
    case "\\": out += "\\\\"
    default: out.unicodeScalars.append(scalar)
    }
  }
  return "\"" + escapingControlCharacters(out) + "\""
}

/// The text with C0/C1 control characters shown as escapes (`\n`, `\t`, `\u{1b}`), so that text
/// from scanned files never drives a terminal.
public func escapingControlCharacters(_ s: String) -> String {
  var out = ""
  for scalar in s.unicodeScalars {
    switch scalar {
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
  return out
}
