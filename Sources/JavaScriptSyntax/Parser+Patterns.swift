// Binding patterns (ECMAScript 14.3.3) and the reinterpretation of expressions as
// AssignmentPattern / ArrowFormalParameters (13.15.5, 15.3).

extension JSParser {
  /// BindingIdentifier | BindingPattern.
  func parseBindingTarget() -> Node {
    guard enter() else { return InvalidNode(span: Span(start: start, end: start)) }
    defer { leave() }
    switch t {
    case .lbracket: return parseArrayBindingPattern()
    case .lbrace: return parseObjectBindingPattern()
    default: return parseBindingIdentifier()
    }
  }

  /// BindingElement :: BindingTarget Initializer? (plus TypeScript `?` and annotations, which
  /// only a parameter has: `[a: T]` inside a pattern is an error).
  func parseBindingElement(isParameter: Bool = false) -> Node {
    let s = start
    let target = parseBindingTarget()
    if options.typescript && isParameter {
      _ = eat(.question)
      tsSkipTypeAnnotation()
    }
    if t == .assign {
      next()
      let d = parseAssign()
      return AssignmentPattern(span: span(s), left: target, right: d)
    }
    return target
  }

  /// ArrayBindingPattern :: `[` Elision? BindingElementList? BindingRestElement? `]`.
  func parseArrayBindingPattern() -> Node {
    let s = start
    next()
    var elements: [Node?] = []
    while t != .rbracket && t != .eof {
      if t == .comma {
        next()
        elements.append(nil)
        continue
      }
      if t == .ellipsis {
        let rs = start
        next()
        let target = parseBindingTarget()
        elements.append(RestElement(span: span(rs), argument: target))
        if t == .comma { error("rest element must be last", tok.start, tok.end) ; next() }
        if t == .assign { error("rest element may not have a default initializer", tok.start, tok.end); next(); _ = parseAssign() }
        break
      }
      elements.append(parseBindingElement())
      if t != .rbracket && !eat(.comma) {
        unexpectedOr("expected ',' or ']' in array pattern")
        break
      }
    }
    expect(.rbracket, "expected ']' to close array pattern")
    return ArrayPattern(span: span(s), elements: elements)
  }

  /// ObjectBindingPattern :: `{` BindingPropertyList `,`? BindingRestProperty? `}`.
  func parseObjectBindingPattern() -> Node {
    let s = start
    next()
    var props: [Node] = []
    while t != .rbrace && t != .eof {
      let ps = start
      if t == .ellipsis {
        next()
        let target = parseBindingIdentifier()
        props.append(RestElement(span: span(ps), argument: target))
        if t == .comma { error("rest element must be last", tok.start, tok.end); next() }
        break
      }
      let keyTok = tok
      if t == .name {
        let n = peek()
        if n.kind != .colon {
          // Shorthand: SingleNameBinding.
          let id = parseBindingIdentifier()
          if keyTok.keyword == .none || !keyTok.keyword.isReserved { _ = keyTok }
          var value: Node = id
          if t == .assign {
            next()
            let d = parseAssign()
            value = AssignmentPattern(span: span(ps), left: id, right: d)
          }
          props.append(Property(span: span(ps), key: id, value: value, kind: .`init`, computed: false, shorthand: true, method: false))
          if t != .rbrace && !eat(.comma) { unexpectedOr("expected ',' or '}' in object pattern"); break }
          continue
        }
      }
      let (key, computed) = parsePropertyKey(allowPrivate: false)
      expect(.colon, "expected ':' in object pattern")
      let value = parseBindingElement()
      props.append(Property(span: span(ps), key: key, value: value, kind: .`init`, computed: computed, shorthand: false, method: false))
      if t != .rbrace && !eat(.comma) {
        unexpectedOr("expected ',' or '}' in object pattern")
        break
      }
    }
    expect(.rbrace, "expected '}' to close object pattern")
    return ObjectPattern(span: span(s), properties: props)
  }

  /// Reinterprets an expression as an assignment or binding pattern, reporting what does not fit,
  /// and clears the cover-grammar errors inside it (they were legal after all).
  func toAssignable(_ node: Node, binding: Bool, cover: CoverInfo?) -> Node {
    if let c = cover {
      if c.shorthandAssign >= node.span.start && c.shorthandAssign < node.span.end { c.shorthandAssign = -1 }
      if c.doubleProto >= node.span.start && c.doubleProto < node.span.end { c.doubleProto = -1 }
    }
    return convertToPattern(node, binding: binding, depth: 0)
  }

  func invalidTarget(_ node: Node, binding: Bool) {
    error(binding ? "invalid destructuring target" : "invalid assignment target", node.span)
  }

  func convertToPattern(_ node: Node, binding: Bool, depth d: Int) -> Node {
    if d > maxNestingDepth { return node }
    let paren = parenthesized.contains(ObjectIdentifier(node))
    switch node {
    case let id as Identifier:
      if binding && paren { invalidTarget(node, binding: true) }
      if strict && (id.name == "eval" || id.name == "arguments") {
        error(binding ? "'\(id.name)' cannot be a binding name in strict mode" : "cannot assign to '\(id.name)' in strict mode", id.span)
      }
      return id
    case is MemberExpression:
      if binding { invalidTarget(node, binding: true) }
      return node
    case let o as ObjectExpression:
      if paren { invalidTarget(node, binding: binding) }
      var props: [Node] = []
      for (i, p) in o.properties.enumerated() {
        if let sp = p as? SpreadElement {
          if i != o.properties.count - 1 { error("rest element must be last", sp.span) }
          let arg = sp.argument
          if !(arg is Identifier || (!binding && arg is MemberExpression)) || parenthesized.contains(ObjectIdentifier(arg)) && binding {
            invalidTarget(arg, binding: binding)
          }
          let target = convertToPattern(arg, binding: binding, depth: d + 1)
          props.append(RestElement(span: sp.span, argument: target))
        } else if let prop = p as? Property {
          if prop.kind != .`init` || prop.method {
            error("object pattern cannot contain methods or accessors", prop.span)
            props.append(prop)
            continue
          }
          prop.value = convertToPattern(prop.value, binding: binding, depth: d + 1)
          props.append(prop)
        } else {
          props.append(p)
        }
      }
      return ObjectPattern(span: o.span, properties: props)
    case let a as ArrayExpression:
      if paren { invalidTarget(node, binding: binding) }
      var elements: [Node?] = []
      for (i, e) in a.elements.enumerated() {
        guard let e else {
          elements.append(nil)
          continue
        }
        if let sp = e as? SpreadElement {
          if i != a.elements.count - 1 || spreadWithTrailingComma.contains(ObjectIdentifier(sp)) {
            error("rest element must be last", sp.span)
          }
          if sp.argument is AssignmentExpression && !parenthesized.contains(ObjectIdentifier(sp.argument)) {
            error("rest element may not have a default initializer", sp.argument.span)
          }
          let target = convertToPattern(sp.argument, binding: binding, depth: d + 1)
          elements.append(RestElement(span: sp.span, argument: target))
        } else {
          elements.append(convertToPattern(e, binding: binding, depth: d + 1))
        }
      }
      return ArrayPattern(span: a.span, elements: elements)
    case let asg as AssignmentExpression:
      if asg.operator != "=" || paren {
        invalidTarget(node, binding: binding)
        return node
      }
      let left = binding ? convertToPattern(asg.left, binding: true, depth: d + 1) : asg.left
      return AssignmentPattern(span: asg.span, left: left, right: asg.right)
    case let ap as AssignmentPattern:
      ap.left = convertToPattern(ap.left, binding: binding, depth: d + 1)
      return ap
    case let op as ObjectPattern:
      if binding {
        for p in op.properties {
          if let prop = p as? Property { prop.value = convertToPattern(prop.value, binding: true, depth: d + 1) } else if let r = p as? RestElement {
            if !(r.argument is Identifier) { invalidTarget(r.argument, binding: true) }
          }
        }
      }
      return op
    case let ap as ArrayPattern:
      if binding {
        for case let e? in ap.elements { _ = convertToPattern(e, binding: true, depth: d + 1) }
      }
      return ap
    case let r as RestElement:
      r.argument = convertToPattern(r.argument, binding: binding, depth: d + 1)
      return r
    default:
      if options.typescript && !binding && tsAssignmentWrappers.contains(ObjectIdentifier(node)) { return node }
      invalidTarget(node, binding: binding)
      return node
    }
  }
}
