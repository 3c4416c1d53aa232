// ESTree-style JSON rendering of a tree (for `heaplint parse --ast`).

/// Renders `program` as ESTree-like JSON: every node is
/// `{"type", "start", "end", "loc": {"start": {"line", "column"}, "end": {...}}, fields...}`
/// with byte offsets, 1-based lines and 0-based columns (as ESTree), in a stable key order.
public func astJSON(_ program: Program, source: SourceFile) -> String {
  var w = JSONTreeWriter(source: source)
  w.node(program)
  w.out.append("\n")
  return w.out
}

struct JSONTreeWriter {
  let source: SourceFile
  var out = ""
  var indent = 0

  init(source: SourceFile) {
    self.source = source
  }

  mutating func newline() {
    out.append("\n")
    out.append(String(repeating: "  ", count: indent))
  }

  mutating func string(_ s: String) {
    out.append("\"")
    for u in s.unicodeScalars {
      switch u {
      case "\"": out.append("\\\"")
      case "\\": out.append("\\\\")
      case "\n": out.append("\\n")
      case "\r": out.append("\\r")
      case "\t": out.append("\\t")
      case "\u{2028}": out.append("\\u2028")
      case "\u{2029}": out.append("\\u2029")
      default:
        if u.value < 0x20 {
          let hex = String(u.value, radix: 16)
          out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    out.append("\"")
  }

  mutating func number(_ d: Double) {
    if !d.isFinite {
      out.append("null")
    } else if d == d.rounded() && abs(d) < 1e15 {
      out.append(String(Int64(d)))
    } else {
      out.append("\(d)")
    }
  }

  /// A field value.
  enum Value {
    case node(Node?)
    case nodes([Node?])
    case string(String?)
    case bool(Bool)
    case number(Double)
    case null
    case raw(String)
  }

  mutating func value(_ v: Value) {
    switch v {
    case .node(let n):
      if let n { node(n) } else { out.append("null") }
    case .nodes(let ns):
      if ns.isEmpty {
        out.append("[]")
        return
      }
      out.append("[")
      indent += 1
      for (i, n) in ns.enumerated() {
        if i > 0 { out.append(",") }
        newline()
        if let n { node(n) } else { out.append("null") }
      }
      indent -= 1
      newline()
      out.append("]")
    case .string(let s):
      if let s { string(s) } else { out.append("null") }
    case .bool(let b):
      out.append(b ? "true" : "false")
    case .number(let d):
      number(d)
    case .null:
      out.append("null")
    case .raw(let r):
      out.append(r)
    }
  }

  func loc(_ offset: Int) -> String {
    let lc = source.lineColumn(at: offset)
    return "{\"line\": \(lc.line), \"column\": \(lc.column - 1)}"
  }

  mutating func node(_ n: Node) {
    var fields: [(String, Value)] = []
    fields.reserveCapacity(8)
    switch n {
    case let p as Program:
      fields = [("sourceType", .string(p.sourceType.rawValue)), ("body", .nodes(p.body))]
    case let i as Identifier:
      fields = [("name", .string(i.name))]
    case let p as PrivateIdentifier:
      fields = [("name", .string(p.name))]
    case let l as Literal:
      let raw = source.text(l.span)
      switch l.value {
      case .string(let s): fields = [("value", .string(s))]
      case .number(let d): fields = [("value", .number(d))]
      case .boolean(let b): fields = [("value", .bool(b))]
      case .null: fields = [("value", .null)]
      case .bigint(let digits): fields = [("value", .null), ("bigint", .string(digits))]
      case .regex(let pattern, let flags):
        var r = "{\"pattern\": "
        var sub = JSONTreeWriter(source: source)
        sub.string(pattern)
        r += sub.out + ", \"flags\": "
        sub.out = ""
        sub.string(flags)
        r += sub.out + "}"
        fields = [("value", .null), ("regex", .raw(r))]
      }
      fields.append(("raw", .string(raw)))
    case let t as TemplateElement:
      fields = [("value", .raw(templateValue(t))), ("tail", .bool(t.tail))]
    case let t as TemplateLiteral:
      fields = [("quasis", .nodes(t.quasis)), ("expressions", .nodes(t.expressions))]
    case let t as TaggedTemplateExpression:
      fields = [("tag", .node(t.tag)), ("quasi", .node(t.quasi))]
    case let a as ArrayExpression:
      fields = [("elements", .nodes(a.elements))]
    case let o as ObjectExpression:
      fields = [("properties", .nodes(o.properties))]
    case let p as Property:
      fields = [("method", .bool(p.method)), ("shorthand", .bool(p.shorthand)), ("computed", .bool(p.computed)),
                ("key", .node(p.key)), ("value", .node(p.value)), ("kind", .string(p.kind.rawValue))]
    case let s as SpreadElement:
      fields = [("argument", .node(s.argument))]
    case let u as UnaryExpression:
      fields = [("operator", .string(u.operator)), ("prefix", .bool(true)), ("argument", .node(u.argument))]
    case let u as UpdateExpression:
      fields = [("operator", .string(u.operator)), ("prefix", .bool(u.prefix)), ("argument", .node(u.argument))]
    case let b as BinaryExpression:
      fields = [("left", .node(b.left)), ("operator", .string(b.operator)), ("right", .node(b.right))]
    case let b as LogicalExpression:
      fields = [("left", .node(b.left)), ("operator", .string(b.operator)), ("right", .node(b.right))]
    case let a as AssignmentExpression:
      fields = [("operator", .string(a.operator)), ("left", .node(a.left)), ("right", .node(a.right))]
    case let c as ConditionalExpression:
      fields = [("test", .node(c.test)), ("consequent", .node(c.consequent)), ("alternate", .node(c.alternate))]
    case let c as CallExpression:
      fields = [("callee", .node(c.callee)), ("arguments", .nodes(c.arguments)), ("optional", .bool(c.optional))]
    case let c as NewExpression:
      fields = [("callee", .node(c.callee)), ("arguments", .nodes(c.arguments))]
    case let m as MemberExpression:
      fields = [("object", .node(m.object)), ("property", .node(m.property)), ("computed", .bool(m.computed)), ("optional", .bool(m.optional))]
    case let c as ChainExpression:
      fields = [("expression", .node(c.expression))]
    case let s as SequenceExpression:
      fields = [("expressions", .nodes(s.expressions))]
    case let y as YieldExpression:
      fields = [("delegate", .bool(y.delegate)), ("argument", .node(y.argument))]
    case let a as AwaitExpression:
      fields = [("argument", .node(a.argument))]
    case let m as MetaProperty:
      fields = [("meta", .node(m.meta)), ("property", .node(m.property))]
    case let i as ImportExpression:
      fields = [("source", .node(i.source)), ("options", .node(i.options))]
    case let o as ObjectPattern:
      fields = [("properties", .nodes(o.properties))]
    case let a as ArrayPattern:
      fields = [("elements", .nodes(a.elements))]
    case let r as RestElement:
      fields = [("argument", .node(r.argument))]
    case let a as AssignmentPattern:
      fields = [("left", .node(a.left)), ("right", .node(a.right))]
    case let f as FunctionNode:
      fields = [("id", .node(f.id)), ("expression", .bool(!(f.body is BlockStatement))), ("generator", .bool(f.isGenerator)),
                ("async", .bool(f.isAsync)), ("params", .nodes(f.params)), ("body", .node(f.body))]
    case let c as ClassNode:
      fields = [("id", .node(c.id)), ("superClass", .node(c.superClass)), ("body", .node(c.body))]
      if !c.decorators.isEmpty { fields.append(("decorators", .nodes(c.decorators))) }
    case let c as ClassBody:
      fields = [("body", .nodes(c.body))]
    case let m as MethodDefinition:
      fields = [("static", .bool(m.isStatic)), ("computed", .bool(m.computed)), ("key", .node(m.key)),
                ("kind", .string(m.kind.rawValue)), ("value", .node(m.value))]
      if !m.decorators.isEmpty { fields.append(("decorators", .nodes(m.decorators))) }
    case let p as PropertyDefinition:
      fields = [("static", .bool(p.isStatic)), ("computed", .bool(p.computed)), ("key", .node(p.key)), ("value", .node(p.value))]
      if !p.decorators.isEmpty { fields.append(("decorators", .nodes(p.decorators))) }
    case let s as StaticBlock:
      fields = [("body", .nodes(s.body))]
    case let d as Decorator:
      fields = [("expression", .node(d.expression))]
    case let e as ExpressionStatement:
      fields = [("expression", .node(e.expression))]
      if let d = e.directive { fields.append(("directive", .string(d))) }
    case let b as BlockStatement:
      fields = [("body", .nodes(b.body))]
    case let w as WithStatement:
      fields = [("object", .node(w.object)), ("body", .node(w.body))]
    case let r as ReturnStatement:
      fields = [("argument", .node(r.argument))]
    case let l as LabeledStatement:
      fields = [("label", .node(l.label)), ("body", .node(l.body))]
    case let b as BreakStatement:
      fields = [("label", .node(b.label))]
    case let c as ContinueStatement:
      fields = [("label", .node(c.label))]
    case let i as IfStatement:
      fields = [("test", .node(i.test)), ("consequent", .node(i.consequent)), ("alternate", .node(i.alternate))]
    case let s as SwitchStatement:
      fields = [("discriminant", .node(s.discriminant)), ("cases", .nodes(s.cases))]
    case let c as SwitchCase:
      fields = [("test", .node(c.test)), ("consequent", .nodes(c.consequent))]
    case let t as ThrowStatement:
      fields = [("argument", .node(t.argument))]
    case let t as TryStatement:
      fields = [("block", .node(t.block)), ("handler", .node(t.handler)), ("finalizer", .node(t.finalizer))]
    case let c as CatchClause:
      fields = [("param", .node(c.param)), ("body", .node(c.body))]
    case let w as WhileStatement:
      fields = [("test", .node(w.test)), ("body", .node(w.body))]
    case let d as DoWhileStatement:
      fields = [("body", .node(d.body)), ("test", .node(d.test))]
    case let f as ForStatement:
      fields = [("init", .node(f.initializer)), ("test", .node(f.test)), ("update", .node(f.update)), ("body", .node(f.body))]
    case let f as ForInStatement:
      fields = [("left", .node(f.left)), ("right", .node(f.right)), ("body", .node(f.body))]
    case let f as ForOfStatement:
      fields = [("await", .bool(f.isAwait)), ("left", .node(f.left)), ("right", .node(f.right)), ("body", .node(f.body))]
    case let v as VariableDeclaration:
      fields = [("declarations", .nodes(v.declarations)), ("kind", .string(v.kind.rawValue))]
    case let v as VariableDeclarator:
      fields = [("id", .node(v.id)), ("init", .node(v.initializer))]
    case let i as ImportDeclaration:
      fields = [("specifiers", .nodes(i.specifiers)), ("source", .node(i.source)), ("attributes", .nodes(i.attributes))]
      if i.typeOnly { fields.append(("importKind", .string("type"))) }
    case let i as ImportSpecifier:
      fields = [("imported", .node(i.imported)), ("local", .node(i.local))]
    case let i as ImportDefaultSpecifier:
      fields = [("local", .node(i.local))]
    case let i as ImportNamespaceSpecifier:
      fields = [("local", .node(i.local))]
    case let e as ExportNamedDeclaration:
      fields = [("declaration", .node(e.declaration)), ("specifiers", .nodes(e.specifiers)), ("source", .node(e.source)), ("attributes", .nodes(e.attributes))]
    case let e as ExportSpecifier:
      fields = [("local", .node(e.local)), ("exported", .node(e.exported))]
    case let e as ExportDefaultDeclaration:
      fields = [("declaration", .node(e.declaration))]
    case let e as ExportAllDeclaration:
      fields = [("exported", .node(e.exported)), ("source", .node(e.source)), ("attributes", .nodes(e.attributes))]
    default:
      if let extra = n as? JSONFieldsProviding {
        fields = extra.jsonFields
      } else {
        var children: [Node?] = []
        n.forEachChild { children.append($0) }
        if !children.isEmpty { fields = [("children", .nodes(children))] }
      }
    }
    out.append("{")
    indent += 1
    newline()
    out.append("\"type\": ")
    string(n.type)
    out.append(", \"start\": \(n.span.start), \"end\": \(n.span.end),")
    newline()
    out.append("\"loc\": {\"start\": \(loc(n.span.start)), \"end\": \(loc(n.span.end))}")
    for (key, v) in fields {
      out.append(",")
      newline()
      string(key)
      out.append(": ")
      value(v)
    }
    indent -= 1
    newline()
    out.append("}")
  }

  func templateValue(_ t: TemplateElement) -> String {
    var sub = JSONTreeWriter(source: source)
    sub.out = "{\"raw\": "
    sub.string(t.raw)
    sub.out.append(", \"cooked\": ")
    if let c = t.cooked { sub.string(c) } else { sub.out.append("null") }
    sub.out.append("}")
    return sub.out
  }
}

/// Nodes added outside AST.swift (JSX, TypeScript) describe their JSON fields through this.
protocol JSONFieldsProviding {
  var jsonFields: [(String, JSONTreeWriter.Value)] { get }
}
