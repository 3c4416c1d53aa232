// JSX elements and fragments (facebook/jsx grammar).

extension JSParser {
  /// JSXElement | JSXFragment at `<`; after it the next token is scanned normally.
  func parseJSXElementOrFragment() -> Node {
    let node = parseJSXElementAt(inChildren: false)
    return node
  }

  /// Parses an element whose `<` is the current token. When `inChildren`, the token after the
  /// element is scanned as a JSX child; otherwise as ordinary JavaScript.
  func parseJSXElementAt(inChildren: Bool) -> Node {
    let s = start
    guard enter() else { return InvalidNode(span: Span(start: s, end: s)) }
    defer { leave() }
    next()
    if t == .gt || (t != .name && tokenStartsWithGreater()) {
      // Fragment `<>`.
      let children = parseJSXChildren(afterGreaterAt: tok.start)
      // At `<` `/` of the closing fragment.
      if t == .slash { next() } else { unexpectedOr("expected '</>' to close the fragment") }
      finishJSXTag(inChildren: inChildren)
      return JSXFragment(span: span(s), children: children)
    }
    let name = parseJSXElementName()
    if options.typescript && (t == .lt || t == .shl) { tsSkipTypeArguments() }
    var attributes: [Node] = []
    while t != .eof && t != .slash && !(tokenStartsWithGreater() && t != .name) {
      let as_ = start
      if t == .lbrace {
        next()
        if !eat(.ellipsis) { unexpectedOr("expected '...' in JSX spread attribute") }
        let arg = parseAssign()
        if t != .rbrace { unexpectedOr("expected '}' after JSX spread attribute") } else { next() }
        attributes.append(JSXSpreadAttribute(span: span(as_), argument: arg))
        continue
      }
      guard t == .name else {
        unexpectedOr("expected a JSX attribute")
        break
      }
      let attrName = parseJSXAttributeName()
      var value: Node? = nil
      if t == .assign {
        // Scan the value by hand: JSX strings have no escapes.
        var p = tok.end
        while p < lx.count, lx.buf[p] == 0x20 || lx.buf[p] == 0x09 || lx.buf[p] == 0x0A || lx.buf[p] == 0x0D { p += 1 }
        if p < lx.count && (lx.buf[p] == UInt8(ascii: "\"") || lx.buf[p] == UInt8(ascii: "'")) {
          lx.scanJSXString(from: p)
          value = Literal(span: Span(start: tok.start, end: tok.end), value: .string(tok.value ?? ""))
          next()
        } else {
          next()
          if t == .lbrace {
            value = parseJSXExpressionContainer(inChildren: false)
          } else if t == .lt {
            value = parseJSXElementAt(inChildren: false)
          } else {
            unexpectedOr("expected a JSX attribute value")
          }
        }
      }
      attributes.append(JSXAttribute(span: span(as_), name: attrName, value: value))
    }
    if t == .slash {
      next()
      let openingSpan = Span(start: s, end: tok.end)
      if t != .gt { unexpectedOr("expected '>' to end the self-closing JSX element") }
      finishJSXTag(inChildren: inChildren)
      let opening = JSXOpeningElement(span: openingSpan, name: name, attributes: attributes, selfClosing: true)
      return JSXElement(span: span(s), openingElement: opening, children: [], closingElement: nil)
    }
    let opening = JSXOpeningElement(span: Span(start: s, end: tok.start + 1), name: name, attributes: attributes, selfClosing: false)
    let children = parseJSXChildren(afterGreaterAt: tok.start)
    // At `/` after `<`.
    let cs = lastEnd - 1
    var closing: JSXClosingElement? = nil
    if t == .slash {
      next()
      var closingName: Node = InvalidNode(span: Span(start: tok.start, end: tok.start))
      if t == .name {
        closingName = parseJSXElementName()
      }
      if jsxNameText(closingName) != jsxNameText(name) {
        error("expected corresponding closing tag for <\(jsxNameText(name))>", closingName.span)
      }
      closing = JSXClosingElement(span: Span(start: cs, end: tok.end), name: closingName)
      finishJSXTag(inChildren: inChildren)
    } else {
      unexpectedOr("expected a closing tag for <\(jsxNameText(name))>")
    }
    return JSXElement(span: span(s), openingElement: opening, children: children, closingElement: closing)
  }

  /// At the final `>` of a tag: scan what follows as a JSX child or as JavaScript.
  func finishJSXTag(inChildren: Bool) {
    guard tokenStartsWithGreater() else { return }
    let after = tok.start + 1
    if inChildren {
      lx.token.end = after
      lx.scanJSXChild(from: after)
    } else {
      lx.pos = after
      lx.token.end = after
      next()
    }
  }

  /// Children up to the `<` `/` of the closing tag (current token `/` on return).
  func parseJSXChildren(afterGreaterAt gt: Int) -> [Node] {
    var children: [Node] = []
    lx.token.end = gt + 1
    lx.scanJSXChild(from: gt + 1)
    while t != .eof {
      switch t {
      case .jsxText:
        children.append(JSXText(span: Span(start: tok.start, end: tok.end), value: tok.value ?? "", raw: lx.text(tok.start, tok.end)))
        lx.scanJSXChild(from: tok.end)
      case .lbrace:
        children.append(parseJSXExpressionContainer(inChildren: true))
      case .lt:
        let n = peek()
        if n.kind == .slash {
          next()
          return children
        }
        children.append(parseJSXElementAt(inChildren: true))
      default:
        unexpectedOr("unexpected token in JSX children")
        return children
      }
    }
    unexpectedOr("unterminated JSX element")
    return children
  }

  /// `{expression}`, `{}` / `{/* comment */}`, or `{...spread}` (as a child).
  func parseJSXExpressionContainer(inChildren: Bool) -> Node {
    let s = start
    next()
    var node: Node
    if t == .rbrace {
      node = JSXExpressionContainer(span: Span(start: s, end: tok.end), expression: JSXEmptyExpression(span: Span(start: s + 1, end: tok.start)))
    } else if t == .ellipsis && inChildren {
      next()
      let e = parseExpression()
      node = JSXSpreadChild(span: Span(start: s, end: tok.end), expression: e)
    } else {
      let e = parseExpression()
      node = JSXExpressionContainer(span: Span(start: s, end: tok.end), expression: e)
    }
    if t != .rbrace {
      unexpectedOr("expected '}' to close the JSX expression")
      return node
    }
    node.span = Span(start: s, end: tok.end)
    if inChildren { lx.scanJSXChild(from: tok.end) } else { next() }
    return node
  }

  /// JSXElementName :: JSXIdentifier | JSXNamespacedName | JSXMemberExpression.
  func parseJSXElementName() -> Node {
    let s = start
    var name: Node = parseJSXIdentifier()
    if t == .colon, let ns = name as? JSXIdentifier {
      next()
      let local = parseJSXIdentifier()
      return JSXNamespacedName(span: span(s), namespace: ns, name: local)
    }
    while t == .dot {
      next()
      let prop = parseJSXIdentifier()
      name = JSXMemberExpression(span: span(s), object: name, property: prop)
    }
    return name
  }

  func parseJSXAttributeName() -> Node {
    let s = start
    let id = parseJSXIdentifier()
    if t == .colon {
      next()
      let local = parseJSXIdentifier()
      return JSXNamespacedName(span: span(s), namespace: id, name: local)
    }
    return id
  }

  func parseJSXIdentifier() -> JSXIdentifier {
    guard t == .name else {
      unexpectedOr("expected a JSX name")
      return JSXIdentifier(span: Span(start: tok.start, end: tok.start), name: "")
    }
    lx.extendJSXName()
    let id = JSXIdentifier(span: Span(start: tok.start, end: tok.end), name: tokenName())
    next()
    return id
  }

  func tokenStartsWithGreater() -> Bool {
    t != .eof && tok.start < lx.count && lx.buf[tok.start] == UInt8(ascii: ">")
  }

  func jsxNameText(_ n: Node) -> String {
    switch n {
    case let i as JSXIdentifier: return i.name
    case let m as JSXMemberExpression: return jsxNameText(m.object) + "." + m.property.name
    case let ns as JSXNamespacedName: return ns.namespace.name + ":" + ns.name.name
    default: return ""
    }
  }
}
