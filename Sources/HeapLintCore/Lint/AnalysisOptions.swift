import JavaScriptSyntax

/// Project knowledge that changes what the analysis sees (set from `.heaplint.yml`).
public struct AnalysisOptions: Sendable {
  /// Identities treated as blocklisted on top of Heap's own list.
  public var extraBlocklist: Set<String> = []
  /// Dotted names of functions that return random values (`ids.make`, `newVisitorId`).
  public var extraRandomGenerators: Set<String> = []
  /// Attribute names that many users share, on top of the built-in list.
  public var extraNonUniqueAttributes: Set<String> = []
  /// Functions to treat as identify wrappers when they cannot be found automatically, by the
  /// dotted name they are called with (`Analytics.identifyUser`), with the identity's position.
  public var identifyWrappers: [String: Int] = [:]
  /// Extra file extensions (without the dot) and the template language they are written in.
  public var templateExtensions: [String: TemplateKind] = [:]

  public init() {}
}

extension HeapDocument {
  /// A wrapper named in the configuration, matched by the callee's dotted name.
  func configuredWrapper(_ call: CallExpression) -> FunctionSummary? {
    guard !options.identifyWrappers.isEmpty, let name = Self.dottedName(call.callee), let index = options.identifyWrappers[name] else { return nil }
    return FunctionSummary(name: name, wraps: [WrappedCall(method: "identify", heapArgument: 0, parameter: index, chain: [name])], returns: nil)
  }

  /// `a.b.c` for a chain of plain member accesses on an identifier; nil otherwise.
  static func dottedName(_ node: Node) -> String? {
    var parts: [String] = []
    var n = unwrap(node)
    while let m = n as? MemberExpression, let key = propertyName(m) {
      parts.insert(key, at: 0)
      n = unwrap(m.object)
    }
    if n is ThisExpression {
      parts.insert("this", at: 0)
    } else if let id = n as? Identifier {
      parts.insert(id.name, at: 0)
    } else {
      return nil
    }
    return parts.joined(separator: ".")
  }
}
