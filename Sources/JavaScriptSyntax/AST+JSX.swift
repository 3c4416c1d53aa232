// JSX nodes (the facebook/jsx ESTree extension). `forEachChild` visits the code inside
// (attribute values, expression containers, child elements); JSX text is not code.

/// `<name attrs>children</name>` or `<name attrs />`.
public final class JSXElement: Node, JSONFieldsProviding {
  public let openingElement: JSXOpeningElement
  public let children: [Node]
  public let closingElement: JSXClosingElement?
  public init(span: Span, openingElement: JSXOpeningElement, children: [Node], closingElement: JSXClosingElement?) {
    self.openingElement = openingElement
    self.children = children
    self.closingElement = closingElement
    super.init(span: span)
  }
  public override var type: String { "JSXElement" }
  public override func forEachChild(_ f: (Node) -> Void) { f(openingElement); visit(children, f); visit(closingElement, f) }
  var jsonFields: [(String, JSONTreeWriter.Value)] {
    [("openingElement", .node(openingElement)), ("children", .nodes(children)), ("closingElement", .node(closingElement))]
  }
}

public final class JSXOpeningElement: Node, JSONFieldsProviding {
  /// `JSXIdentifier`, `JSXMemberExpression` or `JSXNamespacedName`.
  public let name: Node
  /// `JSXAttribute` or `JSXSpreadAttribute`.
  public let attributes: [Node]
  public var selfClosing: Bool
  public init(span: Span, name: Node, attributes: [Node], selfClosing: Bool) {
    self.name = name
    self.attributes = attributes
    self.selfClosing = selfClosing
    super.init(span: span)
  }
  public override var type: String { "JSXOpeningElement" }
  public override func forEachChild(_ f: (Node) -> Void) { f(name); visit(attributes, f) }
  var jsonFields: [(String, JSONTreeWriter.Value)] {
    [("name", .node(name)), ("attributes", .nodes(attributes)), ("selfClosing", .bool(selfClosing))]
  }
}

public final class JSXClosingElement: Node, JSONFieldsProviding {
  public let name: Node
  public init(span: Span, name: Node) {
    self.name = name
    super.init(span: span)
  }
  public override var type: String { "JSXClosingElement" }
  public override func forEachChild(_ f: (Node) -> Void) { f(name) }
  var jsonFields: [(String, JSONTreeWriter.Value)] { [("name", .node(name))] }
}

/// `<>children</>`.
public final class JSXFragment: Node, JSONFieldsProviding {
  public let children: [Node]
  public init(span: Span, children: [Node]) {
    self.children = children
    super.init(span: span)
  }
  public override var type: String { "JSXFragment" }
  public override func forEachChild(_ f: (Node) -> Void) { visit(children, f) }
  var jsonFields: [(String, JSONTreeWriter.Value)] { [("children", .nodes(children))] }
}

/// A tag or attribute name part (may contain `-`). Not an `Identifier`: it is no variable reference.
public final class JSXIdentifier: Node, JSONFieldsProviding {
  public var name: String
  public init(span: Span, name: String) {
    self.name = name
    super.init(span: span)
  }
  public override var type: String { "JSXIdentifier" }
  var jsonFields: [(String, JSONTreeWriter.Value)] { [("name", .string(name))] }
}

/// `<a.b.c>`.
public final class JSXMemberExpression: Node, JSONFieldsProviding {
  public let object: Node
  public let property: JSXIdentifier
  public init(span: Span, object: Node, property: JSXIdentifier) {
    self.object = object
    self.property = property
    super.init(span: span)
  }
  public override var type: String { "JSXMemberExpression" }
  public override func forEachChild(_ f: (Node) -> Void) { f(object); f(property) }
  var jsonFields: [(String, JSONTreeWriter.Value)] { [("object", .node(object)), ("property", .node(property))] }
}

/// `<svg:rect>`, `xlink:href=`.
public final class JSXNamespacedName: Node, JSONFieldsProviding {
  public let namespace: JSXIdentifier
  public let name: JSXIdentifier
  public init(span: Span, namespace: JSXIdentifier, name: JSXIdentifier) {
    self.namespace = namespace
    self.name = name
    super.init(span: span)
  }
  public override var type: String { "JSXNamespacedName" }
  public override func forEachChild(_ f: (Node) -> Void) { f(namespace); f(name) }
  var jsonFields: [(String, JSONTreeWriter.Value)] { [("namespace", .node(namespace)), ("name", .node(name))] }
}

/// `name`, `name="text"`, `name={expr}`, `name=<el/>`.
public final class JSXAttribute: Node, JSONFieldsProviding {
  public let name: Node
  /// A string `Literal`, `JSXExpressionContainer`, `JSXElement`/`JSXFragment`, or nil.
  public let value: Node?
  public init(span: Span, name: Node, value: Node?) {
    self.name = name
    self.value = value
    super.init(span: span)
  }
  public override var type: String { "JSXAttribute" }
  public override func forEachChild(_ f: (Node) -> Void) { f(name); visit(value, f) }
  var jsonFields: [(String, JSONTreeWriter.Value)] { [("name", .node(name)), ("value", .node(value))] }
}

/// `{...props}` in an opening element.
public final class JSXSpreadAttribute: Node, JSONFieldsProviding {
  public let argument: Node
  public init(span: Span, argument: Node) {
    self.argument = argument
    super.init(span: span)
  }
  public override var type: String { "JSXSpreadAttribute" }
  public override func forEachChild(_ f: (Node) -> Void) { f(argument) }
  var jsonFields: [(String, JSONTreeWriter.Value)] { [("argument", .node(argument))] }
}

/// `{expression}` as an attribute value or child (code).
public final class JSXExpressionContainer: Node, JSONFieldsProviding {
  /// An expression or `JSXEmptyExpression`.
  public let expression: Node
  public init(span: Span, expression: Node) {
    self.expression = expression
    super.init(span: span)
  }
  public override var type: String { "JSXExpressionContainer" }
  public override func forEachChild(_ f: (Node) -> Void) { f(expression) }
  var jsonFields: [(String, JSONTreeWriter.Value)] { [("expression", .node(expression))] }
}

/// `{...children}` as a child.
public final class JSXSpreadChild: Node, JSONFieldsProviding {
  public let expression: Node
  public init(span: Span, expression: Node) {
    self.expression = expression
    super.init(span: span)
  }
  public override var type: String { "JSXSpreadChild" }
  public override func forEachChild(_ f: (Node) -> Void) { f(expression) }
  var jsonFields: [(String, JSONTreeWriter.Value)] { [("expression", .node(expression))] }
}

/// `{}` or `{/* comment */}`.
public final class JSXEmptyExpression: Node {
  public override var type: String { "JSXEmptyExpression" }
}

/// Text between tags (entities decoded in `value`). Not code.
public final class JSXText: Node, JSONFieldsProviding {
  public var value: String
  public var raw: String
  public init(span: Span, value: String, raw: String) {
    self.value = value
    self.raw = raw
    super.init(span: span)
  }
  public override var type: String { "JSXText" }
  var jsonFields: [(String, JSONTreeWriter.Value)] { [("value", .string(value)), ("raw", .string(raw))] }
}
