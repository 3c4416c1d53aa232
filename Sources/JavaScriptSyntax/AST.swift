/// The syntax tree: ESTree's node types as Swift classes.
///
/// Every node knows its byte span in the source it was parsed from and can list its children
/// in source order (`forEachChild`), which is all a generic walk needs. Grouping parentheses are
/// not kept as nodes (as in ESTree); TypeScript types are skipped by the parser and never appear.
///
/// A node's children are constants (`let`): a walk then reads a child without retaining and
/// releasing it, as the parent holds it while the walk holds the parent (the default run on the
/// benchmark corpus took 6% less CPU). The three the parser rewrites when an expression turns out
/// to be a pattern stay variables: `Property.value`, `AssignmentPattern.left`,
/// `RestElement.argument`.
public class Node: CustomStringConvertible {
  // The span's offsets in 32 bits each: a node is 8 bytes smaller, which moves about half of
  // the node classes (identifiers among them) into a smaller allocation size: 9% less memory
  // for the tree of an 11.5 MB bundle. The parser never produces larger offsets (it refuses
  // inputs of 4 GiB and more); a span built elsewhere with offsets out of range is clamped.
  @usableFromInline var spanStart: UInt32
  @usableFromInline var spanEnd: UInt32

  @inlinable public final var span: Span {
    get { Span(start: Int(spanStart), end: Int(spanEnd)) }
    set {
      spanStart = UInt32(clamping: newValue.start)
      spanEnd = UInt32(clamping: newValue.end)
    }
  }

  public init(span: Span) {
    self.spanStart = UInt32(clamping: span.start)
    self.spanEnd = UInt32(clamping: span.end)
  }

  /// The ESTree `type` name of this node.
  public var type: String { "Node" }

  /// Calls `body` on each direct child, in source order.
  public func forEachChild(_ body: (Node) -> Void) {}

  public var description: String { "\(type)@\(span)" }
}

@inline(__always) func visit(_ n: Node?, _ body: (Node) -> Void) { if let n { body(n) } }
@inline(__always) func visit(_ ns: [Node], _ body: (Node) -> Void) { for n in ns { body(n) } }
@inline(__always) func visit(_ ns: [Node?], _ body: (Node) -> Void) { for case let n? in ns { body(n) } }

// MARK: - Program

/// A comment, kept for suppression directives and tooling.
public struct Comment: Hashable, Sendable {
  public enum Kind: Hashable, Sendable { case line, block, html }
  public var kind: Kind
  /// The whole comment including its delimiters.
  public var span: Span
  /// The text between the delimiters.
  public var contentSpan: Span

  public init(kind: Kind, span: Span, contentSpan: Span) {
    self.kind = kind
    self.span = span
    self.contentSpan = contentSpan
  }
}

public final class Program: Node {
  public enum SourceType: String, Sendable { case script, module }
  public let body: [Node]
  public var sourceType: SourceType
  public var comments: [Comment]
  /// How many names the parser read (identifiers, property and label names; a name read again
  /// after backtracking counts twice): an upper bound on the identifiers in the tree, for
  /// sizing tables before a walk.
  public var nameCount = 0

  public init(span: Span, body: [Node], sourceType: SourceType, comments: [Comment] = []) {
    self.body = body
    self.sourceType = sourceType
    self.comments = comments
    super.init(span: span)
  }
  public override var type: String { "Program" }
  public override func forEachChild(_ f: (Node) -> Void) { visit(body, f) }
}

// MARK: - Identifiers and literals

public final class Identifier: Node {
  /// The name with escapes (`\u0061`) decoded.
  public var name: String
  public init(span: Span, name: String) {
    self.name = name
    super.init(span: span)
  }
  public override var type: String { "Identifier" }
}

/// `#name` in a class body or in `#name in obj`.
public final class PrivateIdentifier: Node {
  public var name: String
  public init(span: Span, name: String) {
    self.name = name
    super.init(span: span)
  }
  public override var type: String { "PrivateIdentifier" }
}

public final class Literal: Node {
  /// The two rare cases are boxed (`indirect`): with a regular expression's two strings inline
  /// the value took 33 bytes and a literal 80 of the allocator's bytes; now 17 and 64 (a 21 MB
  /// minified bundle's peak: 436 -> 429 MB).
  public enum Value: Hashable, Sendable {
    /// The cooked string value (escapes decoded). Lone surrogates become U+FFFD.
    case string(String)
    case number(Double)
    /// The digits as written, without the `n` suffix and separators.
    indirect case bigint(String)
    case boolean(Bool)
    case null
    indirect case regex(pattern: String, flags: String)
  }
  public var value: Value
  public init(span: Span, value: Value) {
    self.value = value
    super.init(span: span)
  }
  public override var type: String { "Literal" }
}

public final class TemplateElement: Node {
  /// The cooked text; nil when the raw text has an invalid escape (allowed in tagged templates).
  public var cooked: String?
  public var raw: String
  public var tail: Bool
  public init(span: Span, cooked: String?, raw: String, tail: Bool) {
    self.cooked = cooked
    self.raw = raw
    self.tail = tail
    super.init(span: span)
  }
  public override var type: String { "TemplateElement" }
}

public final class TemplateLiteral: Node {
  public let quasis: [TemplateElement]
  public let expressions: [Node]
  public init(span: Span, quasis: [TemplateElement], expressions: [Node]) {
    self.quasis = quasis
    self.expressions = expressions
    super.init(span: span)
  }
  public override var type: String { "TemplateLiteral" }
  public override func forEachChild(_ f: (Node) -> Void) {
    for (i, q) in quasis.enumerated() {
      f(q)
      if i < expressions.count { f(expressions[i]) }
    }
  }
}

public final class TaggedTemplateExpression: Node {
  public let tag: Node
  public let quasi: TemplateLiteral
  public init(span: Span, tag: Node, quasi: TemplateLiteral) {
    self.tag = tag
    self.quasi = quasi
    super.init(span: span)
  }
  public override var type: String { "TaggedTemplateExpression" }
  public override func forEachChild(_ f: (Node) -> Void) { f(tag); f(quasi) }
}

// MARK: - Expressions

public final class ThisExpression: Node {
  public override var type: String { "ThisExpression" }
}

public final class Super: Node {
  public override var type: String { "Super" }
}

public final class ArrayExpression: Node {
  /// nil for holes (`[a, , b]`).
  public let elements: [Node?]
  public init(span: Span, elements: [Node?]) {
    self.elements = elements
    super.init(span: span)
  }
  public override var type: String { "ArrayExpression" }
  public override func forEachChild(_ f: (Node) -> Void) { visit(elements, f) }
}

public final class ObjectExpression: Node {
  /// `Property` or `SpreadElement`.
  public let properties: [Node]
  public init(span: Span, properties: [Node]) {
    self.properties = properties
    super.init(span: span)
  }
  public override var type: String { "ObjectExpression" }
  public override func forEachChild(_ f: (Node) -> Void) { visit(properties, f) }
}

/// A property of an object literal or of an object pattern.
public final class Property: Node {
  public enum Kind: String, Sendable { case `init`, get, set }
  public let key: Node
  /// For a pattern: the target pattern. For a method or accessor: a `FunctionExpression`.
  public var value: Node
  public var kind: Kind
  public var computed: Bool
  public var shorthand: Bool
  public var method: Bool
  public init(span: Span, key: Node, value: Node, kind: Kind = .`init`, computed: Bool = false, shorthand: Bool = false, method: Bool = false) {
    self.key = key
    self.value = value
    self.kind = kind
    self.computed = computed
    self.shorthand = shorthand
    self.method = method
    super.init(span: span)
  }
  public override var type: String { "Property" }
  public override func forEachChild(_ f: (Node) -> Void) {
    if shorthand { f(value) } else { f(key); f(value) }
  }
}

public final class SpreadElement: Node {
  public let argument: Node
  public init(span: Span, argument: Node) {
    self.argument = argument
    super.init(span: span)
  }
  public override var type: String { "SpreadElement" }
  public override func forEachChild(_ f: (Node) -> Void) { f(argument) }
}

public final class UnaryExpression: Node {
  /// `-`, `+`, `!`, `~`, `typeof`, `void`, `delete`.
  public var `operator`: String
  public let argument: Node
  public init(span: Span, operator: String, argument: Node) {
    self.operator = `operator`
    self.argument = argument
    super.init(span: span)
  }
  public override var type: String { "UnaryExpression" }
  public override func forEachChild(_ f: (Node) -> Void) { f(argument) }
}

public final class UpdateExpression: Node {
  /// `++` or `--`.
  public var `operator`: String
  public var prefix: Bool
  public let argument: Node
  public init(span: Span, operator: String, prefix: Bool, argument: Node) {
    self.operator = `operator`
    self.prefix = prefix
    self.argument = argument
    super.init(span: span)
  }
  public override var type: String { "UpdateExpression" }
  public override func forEachChild(_ f: (Node) -> Void) { f(argument) }
}

public final class BinaryExpression: Node {
  /// Arithmetic, comparison, bitwise, `in`, `instanceof`. `left` may be a `PrivateIdentifier` for `#x in o`.
  public var `operator`: String
  public let left: Node
  public let right: Node
  public init(span: Span, operator: String, left: Node, right: Node) {
    self.operator = `operator`
    self.left = left
    self.right = right
    super.init(span: span)
  }
  public override var type: String { "BinaryExpression" }
  public override func forEachChild(_ f: (Node) -> Void) { f(left); f(right) }
}

public final class LogicalExpression: Node {
  /// `&&`, `||` or `??`.
  public var `operator`: String
  public let left: Node
  public let right: Node
  public init(span: Span, operator: String, left: Node, right: Node) {
    self.operator = `operator`
    self.left = left
    self.right = right
    super.init(span: span)
  }
  public override var type: String { "LogicalExpression" }
  public override func forEachChild(_ f: (Node) -> Void) { f(left); f(right) }
}

public final class AssignmentExpression: Node {
  /// `=`, `+=`, ..., `&&=`, `||=`, `??=`.
  public var `operator`: String
  /// A pattern (for `=`) or a simple target.
  public let left: Node
  public let right: Node
  public init(span: Span, operator: String, left: Node, right: Node) {
    self.operator = `operator`
    self.left = left
    self.right = right
    super.init(span: span)
  }
  public override var type: String { "AssignmentExpression" }
  public override func forEachChild(_ f: (Node) -> Void) { f(left); f(right) }
}

public final class ConditionalExpression: Node {
  public let test: Node
  public let consequent: Node
  public let alternate: Node
  public init(span: Span, test: Node, consequent: Node, alternate: Node) {
    self.test = test
    self.consequent = consequent
    self.alternate = alternate
    super.init(span: span)
  }
  public override var type: String { "ConditionalExpression" }
  public override func forEachChild(_ f: (Node) -> Void) { f(test); f(consequent); f(alternate) }
}

public final class CallExpression: Node {
  public let callee: Node
  /// Expressions or `SpreadElement`s.
  public let arguments: [Node]
  /// `f?.()`.
  public var optional: Bool
  public init(span: Span, callee: Node, arguments: [Node], optional: Bool = false) {
    self.callee = callee
    self.arguments = arguments
    self.optional = optional
    super.init(span: span)
  }
  public override var type: String { "CallExpression" }
  public override func forEachChild(_ f: (Node) -> Void) { f(callee); visit(arguments, f) }
}

public final class NewExpression: Node {
  public let callee: Node
  public let arguments: [Node]
  public init(span: Span, callee: Node, arguments: [Node]) {
    self.callee = callee
    self.arguments = arguments
    super.init(span: span)
  }
  public override var type: String { "NewExpression" }
  public override func forEachChild(_ f: (Node) -> Void) { f(callee); visit(arguments, f) }
}

public final class MemberExpression: Node {
  public let object: Node
  /// An `Identifier` (non-computed), a `PrivateIdentifier`, or any expression (computed).
  public let property: Node
  public var computed: Bool
  /// `a?.b`.
  public var optional: Bool
  public init(span: Span, object: Node, property: Node, computed: Bool, optional: Bool = false) {
    self.object = object
    self.property = property
    self.computed = computed
    self.optional = optional
    super.init(span: span)
  }
  public override var type: String { "MemberExpression" }
  public override func forEachChild(_ f: (Node) -> Void) { f(object); f(property) }

  /// The property's name when the text spells it out: `a.b`, `a['b']` and ``a[`b`]`` -> "b".
  public var staticPropertyName: String? {
    if !computed { return (property as? Identifier)?.name }
    if let lit = property as? Literal, case .string(let s) = lit.value { return s }
    if let t = property as? TemplateLiteral, t.expressions.isEmpty { return t.quasis.first?.cooked }
    return nil
  }
}

/// Wraps an optional chain (`a?.b.c()`), as in ESTree.
public final class ChainExpression: Node {
  public let expression: Node
  public init(span: Span, expression: Node) {
    self.expression = expression
    super.init(span: span)
  }
  public override var type: String { "ChainExpression" }
  public override func forEachChild(_ f: (Node) -> Void) { f(expression) }
}

public final class SequenceExpression: Node {
  public let expressions: [Node]
  public init(span: Span, expressions: [Node]) {
    self.expressions = expressions
    super.init(span: span)
  }
  public override var type: String { "SequenceExpression" }
  public override func forEachChild(_ f: (Node) -> Void) { visit(expressions, f) }
}

public final class YieldExpression: Node {
  public let argument: Node?
  public var delegate: Bool
  public init(span: Span, argument: Node?, delegate: Bool) {
    self.argument = argument
    self.delegate = delegate
    super.init(span: span)
  }
  public override var type: String { "YieldExpression" }
  public override func forEachChild(_ f: (Node) -> Void) { visit(argument, f) }
}

public final class AwaitExpression: Node {
  public let argument: Node
  public init(span: Span, argument: Node) {
    self.argument = argument
    super.init(span: span)
  }
  public override var type: String { "AwaitExpression" }
  public override func forEachChild(_ f: (Node) -> Void) { f(argument) }
}

/// `new.target` and `import.meta`.
public final class MetaProperty: Node {
  public let meta: Identifier
  public let property: Identifier
  public init(span: Span, meta: Identifier, property: Identifier) {
    self.meta = meta
    self.property = property
    super.init(span: span)
  }
  public override var type: String { "MetaProperty" }
  public override func forEachChild(_ f: (Node) -> Void) { f(meta); f(property) }
}

/// `import(source, options)`.
public final class ImportExpression: Node {
  public let source: Node
  public let options: Node?
  public init(span: Span, source: Node, options: Node?) {
    self.source = source
    self.options = options
    super.init(span: span)
  }
  public override var type: String { "ImportExpression" }
  public override func forEachChild(_ f: (Node) -> Void) { f(source); visit(options, f) }
}

// MARK: - Patterns

public final class ObjectPattern: Node {
  /// `Property` (value is the target pattern) or `RestElement`.
  public let properties: [Node]
  public init(span: Span, properties: [Node]) {
    self.properties = properties
    super.init(span: span)
  }
  public override var type: String { "ObjectPattern" }
  public override func forEachChild(_ f: (Node) -> Void) { visit(properties, f) }
}

public final class ArrayPattern: Node {
  public let elements: [Node?]
  public init(span: Span, elements: [Node?]) {
    self.elements = elements
    super.init(span: span)
  }
  public override var type: String { "ArrayPattern" }
  public override func forEachChild(_ f: (Node) -> Void) { visit(elements, f) }
}

public final class RestElement: Node {
  public var argument: Node
  public init(span: Span, argument: Node) {
    self.argument = argument
    super.init(span: span)
  }
  public override var type: String { "RestElement" }
  public override func forEachChild(_ f: (Node) -> Void) { f(argument) }
}

/// `target = default` in a pattern or parameter list.
public final class AssignmentPattern: Node {
  public var left: Node
  public let right: Node
  public init(span: Span, left: Node, right: Node) {
    self.left = left
    self.right = right
    super.init(span: span)
  }
  public override var type: String { "AssignmentPattern" }
  public override func forEachChild(_ f: (Node) -> Void) { f(left); f(right) }
}

// MARK: - Functions and classes

/// Shared shape of function declarations, function expressions and arrow functions.
public class FunctionNode: Node {
  public let id: Identifier?
  public let params: [Node]
  /// A `BlockStatement`, or an expression for a concise arrow body.
  public let body: Node
  public var isAsync: Bool
  public var isGenerator: Bool
  public init(span: Span, id: Identifier?, params: [Node], body: Node, isAsync: Bool, isGenerator: Bool) {
    self.id = id
    self.params = params
    self.body = body
    self.isAsync = isAsync
    self.isGenerator = isGenerator
    super.init(span: span)
  }
  public override func forEachChild(_ f: (Node) -> Void) {
    visit(id, f)
    visit(params, f)
    f(body)
  }
}

public final class FunctionDeclaration: FunctionNode {
  public override var type: String { "FunctionDeclaration" }
}

public final class FunctionExpression: FunctionNode {
  public override var type: String { "FunctionExpression" }
}

public final class ArrowFunctionExpression: FunctionNode {
  /// True when the body is an expression rather than a block.
  public var expression: Bool { !(body is BlockStatement) }
  public override var type: String { "ArrowFunctionExpression" }
}

/// Shared shape of class declarations and class expressions.
public class ClassNode: Node {
  public let id: Identifier?
  public let superClass: Node?
  public let body: ClassBody
  public let decorators: [Decorator]
  public init(span: Span, id: Identifier?, superClass: Node?, body: ClassBody, decorators: [Decorator] = []) {
    self.id = id
    self.superClass = superClass
    self.body = body
    self.decorators = decorators
    super.init(span: span)
  }
  public override func forEachChild(_ f: (Node) -> Void) {
    visit(decorators, f)
    visit(id, f)
    visit(superClass, f)
    f(body)
  }
}

public final class ClassDeclaration: ClassNode {
  public override var type: String { "ClassDeclaration" }
}

public final class ClassExpression: ClassNode {
  public override var type: String { "ClassExpression" }
}

public final class ClassBody: Node {
  /// `MethodDefinition`, `PropertyDefinition`, `StaticBlock`.
  public let body: [Node]
  public init(span: Span, body: [Node]) {
    self.body = body
    super.init(span: span)
  }
  public override var type: String { "ClassBody" }
  public override func forEachChild(_ f: (Node) -> Void) { visit(body, f) }
}

public final class MethodDefinition: Node {
  public enum Kind: String, Sendable { case constructor, method, get, set }
  public let key: Node
  public let value: FunctionExpression
  public var kind: Kind
  public var computed: Bool
  public var isStatic: Bool
  public let decorators: [Decorator]
  public init(span: Span, key: Node, value: FunctionExpression, kind: Kind, computed: Bool, isStatic: Bool, decorators: [Decorator] = []) {
    self.key = key
    self.value = value
    self.kind = kind
    self.computed = computed
    self.isStatic = isStatic
    self.decorators = decorators
    super.init(span: span)
  }
  public override var type: String { "MethodDefinition" }
  public override func forEachChild(_ f: (Node) -> Void) { visit(decorators, f); f(key); f(value) }
}

/// A class field (`x = 1`, `static #y`, `accessor z`).
public final class PropertyDefinition: Node {
  public let key: Node
  public let value: Node?
  public var computed: Bool
  public var isStatic: Bool
  public let decorators: [Decorator]
  public init(span: Span, key: Node, value: Node?, computed: Bool, isStatic: Bool, decorators: [Decorator] = []) {
    self.key = key
    self.value = value
    self.computed = computed
    self.isStatic = isStatic
    self.decorators = decorators
    super.init(span: span)
  }
  public override var type: String { "PropertyDefinition" }
  public override func forEachChild(_ f: (Node) -> Void) { visit(decorators, f); f(key); visit(value, f) }
}

public final class StaticBlock: Node {
  public let body: [Node]
  public init(span: Span, body: [Node]) {
    self.body = body
    super.init(span: span)
  }
  public override var type: String { "StaticBlock" }
  public override func forEachChild(_ f: (Node) -> Void) { visit(body, f) }
}

public final class Decorator: Node {
  public let expression: Node
  public init(span: Span, expression: Node) {
    self.expression = expression
    super.init(span: span)
  }
  public override var type: String { "Decorator" }
  public override func forEachChild(_ f: (Node) -> Void) { f(expression) }
}

// MARK: - Statements

public final class ExpressionStatement: Node {
  public let expression: Node
  /// The raw directive text for prologue strings (`"use strict"`).
  public var directive: String?
  public init(span: Span, expression: Node, directive: String? = nil) {
    self.expression = expression
    self.directive = directive
    super.init(span: span)
  }
  public override var type: String { "ExpressionStatement" }
  public override func forEachChild(_ f: (Node) -> Void) { f(expression) }
}

public final class BlockStatement: Node {
  /// Settable only by the parser, which fills a left-out function body back in when the rest of
  /// the tree turns out to need it (IdleFunctions.swift).
  public internal(set) var body: [Node]
  public init(span: Span, body: [Node]) {
    self.body = body
    super.init(span: span)
  }
  public override var type: String { "BlockStatement" }
  public override func forEachChild(_ f: (Node) -> Void) { visit(body, f) }
}

public final class EmptyStatement: Node {
  public override var type: String { "EmptyStatement" }
}

public final class DebuggerStatement: Node {
  public override var type: String { "DebuggerStatement" }
}

public final class WithStatement: Node {
  public let object: Node
  public let body: Node
  public init(span: Span, object: Node, body: Node) {
    self.object = object
    self.body = body
    super.init(span: span)
  }
  public override var type: String { "WithStatement" }
  public override func forEachChild(_ f: (Node) -> Void) { f(object); f(body) }
}

public final class ReturnStatement: Node {
  public let argument: Node?
  public init(span: Span, argument: Node?) {
    self.argument = argument
    super.init(span: span)
  }
  public override var type: String { "ReturnStatement" }
  public override func forEachChild(_ f: (Node) -> Void) { visit(argument, f) }
}

public final class LabeledStatement: Node {
  public let label: Identifier
  public let body: Node
  public init(span: Span, label: Identifier, body: Node) {
    self.label = label
    self.body = body
    super.init(span: span)
  }
  public override var type: String { "LabeledStatement" }
  public override func forEachChild(_ f: (Node) -> Void) { f(label); f(body) }
}

public final class BreakStatement: Node {
  public let label: Identifier?
  public init(span: Span, label: Identifier?) {
    self.label = label
    super.init(span: span)
  }
  public override var type: String { "BreakStatement" }
  public override func forEachChild(_ f: (Node) -> Void) { visit(label, f) }
}

public final class ContinueStatement: Node {
  public let label: Identifier?
  public init(span: Span, label: Identifier?) {
    self.label = label
    super.init(span: span)
  }
  public override var type: String { "ContinueStatement" }
  public override func forEachChild(_ f: (Node) -> Void) { visit(label, f) }
}

public final class IfStatement: Node {
  public let test: Node
  public let consequent: Node
  public let alternate: Node?
  public init(span: Span, test: Node, consequent: Node, alternate: Node?) {
    self.test = test
    self.consequent = consequent
    self.alternate = alternate
    super.init(span: span)
  }
  public override var type: String { "IfStatement" }
  public override func forEachChild(_ f: (Node) -> Void) { f(test); f(consequent); visit(alternate, f) }
}

public final class SwitchStatement: Node {
  public let discriminant: Node
  public let cases: [SwitchCase]
  public init(span: Span, discriminant: Node, cases: [SwitchCase]) {
    self.discriminant = discriminant
    self.cases = cases
    super.init(span: span)
  }
  public override var type: String { "SwitchStatement" }
  public override func forEachChild(_ f: (Node) -> Void) { f(discriminant); visit(cases, f) }
}

public final class SwitchCase: Node {
  /// nil for `default:`.
  public let test: Node?
  public let consequent: [Node]
  public init(span: Span, test: Node?, consequent: [Node]) {
    self.test = test
    self.consequent = consequent
    super.init(span: span)
  }
  public override var type: String { "SwitchCase" }
  public override func forEachChild(_ f: (Node) -> Void) { visit(test, f); visit(consequent, f) }
}

public final class ThrowStatement: Node {
  public let argument: Node
  public init(span: Span, argument: Node) {
    self.argument = argument
    super.init(span: span)
  }
  public override var type: String { "ThrowStatement" }
  public override func forEachChild(_ f: (Node) -> Void) { f(argument) }
}

public final class TryStatement: Node {
  public let block: BlockStatement
  public let handler: CatchClause?
  public let finalizer: BlockStatement?
  public init(span: Span, block: BlockStatement, handler: CatchClause?, finalizer: BlockStatement?) {
    self.block = block
    self.handler = handler
    self.finalizer = finalizer
    super.init(span: span)
  }
  public override var type: String { "TryStatement" }
  public override func forEachChild(_ f: (Node) -> Void) { f(block); visit(handler, f); visit(finalizer, f) }
}

public final class CatchClause: Node {
  public let param: Node?
  public let body: BlockStatement
  public init(span: Span, param: Node?, body: BlockStatement) {
    self.param = param
    self.body = body
    super.init(span: span)
  }
  public override var type: String { "CatchClause" }
  public override func forEachChild(_ f: (Node) -> Void) { visit(param, f); f(body) }
}

public final class WhileStatement: Node {
  public let test: Node
  public let body: Node
  public init(span: Span, test: Node, body: Node) {
    self.test = test
    self.body = body
    super.init(span: span)
  }
  public override var type: String { "WhileStatement" }
  public override func forEachChild(_ f: (Node) -> Void) { f(test); f(body) }
}

public final class DoWhileStatement: Node {
  public let body: Node
  public let test: Node
  public init(span: Span, body: Node, test: Node) {
    self.body = body
    self.test = test
    super.init(span: span)
  }
  public override var type: String { "DoWhileStatement" }
  public override func forEachChild(_ f: (Node) -> Void) { f(body); f(test) }
}

public final class ForStatement: Node {
  /// A `VariableDeclaration`, an expression, or nil.
  public let initializer: Node?
  public let test: Node?
  public let update: Node?
  public let body: Node
  public init(span: Span, initializer: Node?, test: Node?, update: Node?, body: Node) {
    self.initializer = initializer
    self.test = test
    self.update = update
    self.body = body
    super.init(span: span)
  }
  public override var type: String { "ForStatement" }
  public override func forEachChild(_ f: (Node) -> Void) { visit(initializer, f); visit(test, f); visit(update, f); f(body) }
}

public final class ForInStatement: Node {
  /// A `VariableDeclaration` or a pattern.
  public let left: Node
  public let right: Node
  public let body: Node
  public init(span: Span, left: Node, right: Node, body: Node) {
    self.left = left
    self.right = right
    self.body = body
    super.init(span: span)
  }
  public override var type: String { "ForInStatement" }
  public override func forEachChild(_ f: (Node) -> Void) { f(left); f(right); f(body) }
}

public final class ForOfStatement: Node {
  public let left: Node
  public let right: Node
  public let body: Node
  public var isAwait: Bool
  public init(span: Span, left: Node, right: Node, body: Node, isAwait: Bool) {
    self.left = left
    self.right = right
    self.body = body
    self.isAwait = isAwait
    super.init(span: span)
  }
  public override var type: String { "ForOfStatement" }
  public override func forEachChild(_ f: (Node) -> Void) { f(left); f(right); f(body) }
}

public final class VariableDeclaration: Node {
  public enum Kind: String, Sendable { case `var`, `let`, const, using, awaitUsing = "await using" }
  public var kind: Kind
  public let declarations: [VariableDeclarator]
  public init(span: Span, kind: Kind, declarations: [VariableDeclarator]) {
    self.kind = kind
    self.declarations = declarations
    super.init(span: span)
  }
  public override var type: String { "VariableDeclaration" }
  public override func forEachChild(_ f: (Node) -> Void) { visit(declarations, f) }
}

public final class VariableDeclarator: Node {
  public let id: Node
  public let initializer: Node?
  public init(span: Span, id: Node, initializer: Node?) {
    self.id = id
    self.initializer = initializer
    super.init(span: span)
  }
  public override var type: String { "VariableDeclarator" }
  public override func forEachChild(_ f: (Node) -> Void) { f(id); visit(initializer, f) }
}

// MARK: - Modules

public final class ImportDeclaration: Node {
  /// `ImportSpecifier`, `ImportDefaultSpecifier`, `ImportNamespaceSpecifier`.
  public let specifiers: [Node]
  public let source: Literal
  /// `with { type: 'json' }` entries, as `Property` nodes.
  public let attributes: [Node]
  /// `import type ...` (TypeScript): declarations only, nothing is bound at run time.
  public var typeOnly: Bool
  public init(span: Span, specifiers: [Node], source: Literal, attributes: [Node] = [], typeOnly: Bool = false) {
    self.specifiers = specifiers
    self.source = source
    self.attributes = attributes
    self.typeOnly = typeOnly
    super.init(span: span)
  }
  public override var type: String { "ImportDeclaration" }
  public override func forEachChild(_ f: (Node) -> Void) { visit(specifiers, f); f(source); visit(attributes, f) }
}

public final class ImportSpecifier: Node {
  /// An `Identifier` or a string `Literal` (`import { "a-b" as ab }`).
  public let imported: Node
  public let local: Identifier
  public init(span: Span, imported: Node, local: Identifier) {
    self.imported = imported
    self.local = local
    super.init(span: span)
  }
  public override var type: String { "ImportSpecifier" }
  public override func forEachChild(_ f: (Node) -> Void) {
    if imported.span != local.span { f(imported) }
    f(local)
  }
}

public final class ImportDefaultSpecifier: Node {
  public let local: Identifier
  public init(span: Span, local: Identifier) {
    self.local = local
    super.init(span: span)
  }
  public override var type: String { "ImportDefaultSpecifier" }
  public override func forEachChild(_ f: (Node) -> Void) { f(local) }
}

public final class ImportNamespaceSpecifier: Node {
  public let local: Identifier
  public init(span: Span, local: Identifier) {
    self.local = local
    super.init(span: span)
  }
  public override var type: String { "ImportNamespaceSpecifier" }
  public override func forEachChild(_ f: (Node) -> Void) { f(local) }
}

public final class ExportNamedDeclaration: Node {
  public let declaration: Node?
  public let specifiers: [ExportSpecifier]
  public let source: Literal?
  public let attributes: [Node]
  public init(span: Span, declaration: Node?, specifiers: [ExportSpecifier], source: Literal?, attributes: [Node] = []) {
    self.declaration = declaration
    self.specifiers = specifiers
    self.source = source
    self.attributes = attributes
    super.init(span: span)
  }
  public override var type: String { "ExportNamedDeclaration" }
  public override func forEachChild(_ f: (Node) -> Void) { visit(declaration, f); visit(specifiers, f); visit(source, f); visit(attributes, f) }
}

public final class ExportSpecifier: Node {
  /// `Identifier` or string `Literal`.
  public let local: Node
  public let exported: Node
  public init(span: Span, local: Node, exported: Node) {
    self.local = local
    self.exported = exported
    super.init(span: span)
  }
  public override var type: String { "ExportSpecifier" }
  public override func forEachChild(_ f: (Node) -> Void) {
    f(local)
    if exported.span != local.span { f(exported) }
  }
}

public final class ExportDefaultDeclaration: Node {
  /// A `FunctionDeclaration`/`ClassDeclaration` (possibly anonymous) or an expression.
  public let declaration: Node
  public init(span: Span, declaration: Node) {
    self.declaration = declaration
    super.init(span: span)
  }
  public override var type: String { "ExportDefaultDeclaration" }
  public override func forEachChild(_ f: (Node) -> Void) { f(declaration) }
}

public final class ExportAllDeclaration: Node {
  public let exported: Node?
  public let source: Literal
  public let attributes: [Node]
  public init(span: Span, exported: Node?, source: Literal, attributes: [Node] = []) {
    self.exported = exported
    self.source = source
    self.attributes = attributes
    super.init(span: span)
  }
  public override var type: String { "ExportAllDeclaration" }
  public override func forEachChild(_ f: (Node) -> Void) { visit(exported, f); f(source); visit(attributes, f) }
}

// MARK: - Recovery

/// Source the parser could not make sense of; it stands where a statement or expression was
/// expected so that the rest of the tree keeps its shape.
public final class InvalidNode: Node {
  public override var type: String { "InvalidNode" }
}
