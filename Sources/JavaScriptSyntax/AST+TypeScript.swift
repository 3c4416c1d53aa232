// Nodes for the run-time parts of TypeScript (types themselves are skipped by the parser).

/// A type-only declaration that was skipped: `interface`, `type` alias, `declare ...`,
/// an overload signature, `export type { ... }`. It has no children and no run-time effect.
public final class TSTypeDeclaration: Node, JSONFieldsProviding {
  /// `interface`, `type`, `declare`, `signature`, `export-type`, `export-as-namespace`.
  public var kind: String
  public init(span: Span, kind: String) {
    self.kind = kind
    super.init(span: span)
  }
  public override var type: String { "TSTypeDeclaration" }
  var jsonFields: [(String, JSONTreeWriter.Value)] { [("kind", .string(kind))] }
}

/// `enum E { A = 1, B }` (and `const enum`): run-time code.
public final class TSEnumDeclaration: Node, JSONFieldsProviding {
  public let id: Identifier
  public let members: [TSEnumMember]
  public var isConst: Bool
  public init(span: Span, id: Identifier, members: [TSEnumMember], isConst: Bool) {
    self.id = id
    self.members = members
    self.isConst = isConst
    super.init(span: span)
  }
  public override var type: String { "TSEnumDeclaration" }
  public override func forEachChild(_ f: (Node) -> Void) { f(id); visit(members, f) }
  var jsonFields: [(String, JSONTreeWriter.Value)] { [("id", .node(id)), ("const", .bool(isConst)), ("members", .nodes(members))] }
}

public final class TSEnumMember: Node, JSONFieldsProviding {
  /// An `Identifier` or a string `Literal`.
  public let id: Node
  public let initializer: Node?
  public init(span: Span, id: Node, initializer: Node?) {
    self.id = id
    self.initializer = initializer
    super.init(span: span)
  }
  public override var type: String { "TSEnumMember" }
  public override func forEachChild(_ f: (Node) -> Void) { f(id); visit(initializer, f) }
  var jsonFields: [(String, JSONTreeWriter.Value)] { [("id", .node(id)), ("initializer", .node(initializer))] }
}

/// `namespace A.B { ... }` / `module A { ... }` with a body: its statements are run-time code.
public final class TSModuleDeclaration: Node, JSONFieldsProviding {
  /// The (possibly dotted) name, e.g. `A.B`.
  public var name: String
  public let id: Identifier
  public let body: [Node]
  public init(span: Span, name: String, id: Identifier, body: [Node]) {
    self.name = name
    self.id = id
    self.body = body
    super.init(span: span)
  }
  public override var type: String { "TSModuleDeclaration" }
  public override func forEachChild(_ f: (Node) -> Void) { f(id); visit(body, f) }
  var jsonFields: [(String, JSONTreeWriter.Value)] { [("id", .node(id)), ("name", .string(name)), ("body", .nodes(body))] }
}
