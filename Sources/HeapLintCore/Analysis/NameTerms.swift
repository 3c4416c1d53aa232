import JavaScriptSyntax

/// The names a value is known by: what a reader of the code would call it. `user.accountId`
/// -> "user.accountId"; `getSessionId()` -> "getSessionId"; `localStorage.getItem('anon_id')`
/// -> "anon_id"; a constant binding contributes the names of its initialiser too.
public struct NameTerm: Hashable, Sendable {
  /// The name as written.
  public var text: String
  /// Lower-cased words: camelCase, snake_case, kebab-case and dots split (`accountId` -> ["account", "id"]).
  public var words: [String]

  public init(_ text: String) {
    self.text = text
    self.words = NameTerm.split(text)
  }

  static func split(_ text: String) -> [String] {
    var words: [String] = []
    var current = ""
    var previous: Character?
    for ch in text {
      if ch.isLetter || ch.isNumber {
        let boundary = ch.isUppercase && (previous.map { $0.isLowercase || $0.isNumber } ?? false)
        if boundary && !current.isEmpty {
          words.append(current.lowercased())
          current = ""
        }
        current.append(ch)
      } else if !current.isEmpty {
        words.append(current.lowercased())
        current = ""
      }
      previous = ch
    }
    if !current.isEmpty { words.append(current.lowercased()) }
    return words
  }
}

extension HeapDocument {
  /// Names of the value of `node` (see `NameTerm`).
  public func nameTerms(of node: Node, script: Int) -> [NameTerm] {
    var out: [NameTerm] = []
    collectTerms(node, script: script, depth: 0, into: &out)
    return out
  }

  private func collectTerms(_ node: Node, script: Int, depth: Int, into out: inout [NameTerm]) {
    guard depth < 6 else { return }
    let scopes = scripts[script].scopes
    switch HeapDocument.unwrap(node) {
    case let id as Identifier:
      out.append(NameTerm(id.name))
      if let b = scopes.binding(of: id), b.isConstant, let initializer = b.initializer, !(initializer is FunctionNode) {
        if b.path.isEmpty {
          collectTerms(initializer, script: script, depth: depth + 1, into: &out)
        }
      }
    case let m as MemberExpression:
      guard let key = HeapDocument.propertyName(m) else { return }
      if let object = HeapDocument.unwrap(m.object) as? Identifier {
        out.append(NameTerm("\(object.name).\(key)"))
      } else if let inner = HeapDocument.unwrap(m.object) as? MemberExpression, let innerKey = HeapDocument.propertyName(inner) {
        out.append(NameTerm("\(innerKey).\(key)"))
      } else {
        out.append(NameTerm(key))
      }
    case let c as CallExpression:
      let callee = HeapDocument.unwrap(c.callee)
      if let m = callee as? MemberExpression, let key = HeapDocument.propertyName(m) {
        out.append(NameTerm(key))
      } else if let id = callee as? Identifier {
        out.append(NameTerm(id.name))
      }
      // Storage and cookie getters are known by the key they read.
      if let first = c.arguments.first, let lit = first as? Literal, case .string(let key) = lit.value, c.arguments.count <= 2 {
        out.append(NameTerm(key))
      }
    case let t as TemplateLiteral:
      for e in t.expressions { collectTerms(e, script: script, depth: depth + 1, into: &out) }
    case let l as LogicalExpression:
      collectTerms(l.left, script: script, depth: depth + 1, into: &out)
      collectTerms(l.right, script: script, depth: depth + 1, into: &out)
    case let c as ConditionalExpression:
      collectTerms(c.consequent, script: script, depth: depth + 1, into: &out)
      collectTerms(c.alternate, script: script, depth: depth + 1, into: &out)
    case let a as AwaitExpression:
      collectTerms(a.argument, script: script, depth: depth + 1, into: &out)
    default:
      break
    }
  }

  /// True when the node is a read of the Heap global's property (`heap.userId`) or a call of
  /// its method (`heap.getUserId()`), returning the name.
  public func heapMember(_ node: Node, script: Int) -> String? {
    let n = HeapDocument.unwrap(node)
    if let m = n as? MemberExpression, let key = HeapDocument.propertyName(m), isHeapReference(m.object, in: scripts[script], depth: 0) {
      return key
    }
    if let c = n as? CallExpression, let m = HeapDocument.unwrap(c.callee) as? MemberExpression, let key = HeapDocument.propertyName(m),
      isHeapReference(m.object, in: scripts[script], depth: 0)
    {
      return key + "()"
    }
    return nil
  }
}
