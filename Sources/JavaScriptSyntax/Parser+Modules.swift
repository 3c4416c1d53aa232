// ImportDeclaration and ExportDeclaration (ECMAScript 16.2), with import attributes.

extension JSParser {
  /// ModuleExportName :: IdentifierName | StringLiteral.
  func parseModuleExportName() -> Node {
    if t == .string {
      let lit = Literal(span: Span(start: tok.start, end: tok.end), value: .string(tok.value ?? ""))
      next()
      return lit
    }
    if t == .name {
      let id = Identifier(span: Span(start: tok.start, end: tok.end), name: tokenName())
      next()
      return id
    }
    unexpectedOr("expected a name")
    return InvalidNode(span: Span(start: tok.start, end: tok.start))
  }

  func exportNameString(_ n: Node) -> String? {
    if let id = n as? Identifier { return id.name }
    if let l = n as? Literal, case .string(let s) = l.value { return s }
    return nil
  }

  func addExportedName(_ name: String, _ sp: Span) {
    // TypeScript merges declarations (overloads, namespaces, interfaces) and checks duplicate
    // exports itself; names exported inside a namespace or ambient module are not the module's.
    if options.typescript { return }
    if !exportedNames.insert(name).inserted { error("duplicate export '\(name)'", sp) }
  }

  func parseModuleSource() -> Literal {
    if t == .string {
      let lit = Literal(span: Span(start: tok.start, end: tok.end), value: .string(tok.value ?? ""))
      next()
      return lit
    }
    unexpectedOr("expected a module specifier string")
    return Literal(span: Span(start: tok.start, end: tok.start), value: .string(""))
  }

  /// WithClause :: `with` `{` (AttributeKey `:` StringLiteral),* `}` (also legacy `assert`).
  func parseImportAttributes() -> [Node] {
    guard isKw(.with) || (t == .name && tokenName() == "assert" && !tok.newlineBefore) else { return [] }
    next()
    var attrs: [Node] = []
    var keys = Set<String>()
    expect(.lbrace, "expected '{' after 'with'")
    while t != .rbrace && t != .eof {
      let s = start
      let key: Node
      if t == .string || t == .name {
        key = parseModuleExportName()
      } else {
        unexpectedOr("expected an attribute key")
        break
      }
      if let k = exportNameString(key), !keys.insert(k).inserted { error("duplicate import attribute '\(k)'", key.span) }
      expect(.colon, "expected ':' after attribute key")
      var value: Node = InvalidNode(span: Span(start: tok.start, end: tok.start))
      if t == .string { value = parseModuleExportName() } else { unexpectedOr("import attribute values must be strings") }
      attrs.append(Property(span: span(s), key: key, value: value))
      if !eat(.comma) { break }
    }
    expect(.rbrace, "expected '}' after import attributes")
    return attrs
  }

  /// ImportDeclaration.
  func parseImportDeclaration() -> Node {
    let s = start
    next()
    var typeOnly = false
    if options.typescript && isKw(.type) {
      let n = peek()
      if (n.kind == .name && n.keyword != .from) || n.kind == .lbrace || n.kind == .star {
        typeOnly = true
        next()
      } else if n.kind == .name && n.keyword == .from {
        // `import type from 'x'` (default named type) vs `import type from from 'x'`.
        let saved = lx.save()
        next()
        next()
        let isTypeImport = t == .name && tok.keyword == .from
        lx.restore(saved)
        if isTypeImport { typeOnly = true; next() }
      }
    }
    if options.typescript, t == .name, peek().kind == .assign {
      // `import x = require('y')` / `import x = A.B`.
      let id = parseBindingIdentifier()
      next()
      let value = parseAssign()
      semicolon()
      let decl = VariableDeclaration(span: span(s), kind: .const, declarations: [VariableDeclarator(span: Span(start: id.span.start, end: value.span.end), id: id, initializer: value)])
      return decl
    }
    var specifiers: [Node] = []
    if t != .string {
      if t == .name && !isKw(.from) || (t == .name && isKw(.from) && peek().kind == .name && peek().keyword == .from) {
        let local = parseBindingIdentifier()
        if !typeOnly && !options.typescript { declare(local.name, .lexical, local.span) }
        specifiers.append(ImportDefaultSpecifier(span: local.span, local: local))
        if eat(.comma) {
          if t != .star && t != .lbrace { unexpectedOr("expected '*' or '{' after default import") }
        }
      } else if isKw(.from) && (peek().kind == .string) {
        // `import from 'x'` would need a binding.
        let local = parseBindingIdentifier()
        specifiers.append(ImportDefaultSpecifier(span: local.span, local: local))
      }
      if t == .star {
        let ss = start
        next()
        if !eatKw(.as) { unexpectedOr("expected 'as' after '*'") }
        let local = parseBindingIdentifier()
        if !typeOnly && !options.typescript { declare(local.name, .lexical, local.span) }
        specifiers.append(ImportNamespaceSpecifier(span: span(ss), local: local))
      } else if t == .lbrace {
        next()
        while t != .rbrace && t != .eof {
          let ss = start
          var specTypeOnly = false
          var local: Identifier
          let importedTok = tok
          let imported: Node
          if options.typescript, let head = tsSpecifierWithType() {
            specTypeOnly = head.typeOnly
            imported = head.name
            if let alias = head.alias {
              local = alias as? Identifier ?? Identifier(span: alias.span, name: "")
              if !(alias is Identifier) { error("expected an identifier", alias.span) }
            } else {
              local = imported as? Identifier ?? Identifier(span: imported.span, name: "")
            }
          } else {
            imported = parseModuleExportName()
            if eatKw(.as) {
              local = parseBindingIdentifier()
            } else {
              guard let id = imported as? Identifier else {
                error("a string import name needs 'as' and a local name", imported.span)
                if !eat(.comma) { break }
                continue
              }
              checkIdentifier(importedTok.keyword, escaped: importedTok.escaped, id: id, binding: true)
              local = id
            }
          }
          if !typeOnly && !specTypeOnly && !options.typescript { declare(local.name, .lexical, local.span) }
          if !specTypeOnly { specifiers.append(ImportSpecifier(span: span(ss), imported: imported, local: local)) }
          if !eat(.comma) { break }
        }
        expect(.rbrace, "expected '}' after import specifiers")
      }
      if !eatKw(.from) { unexpectedOr("expected 'from' after import specifiers") }
    }
    let source = parseModuleSource()
    let attributes = parseImportAttributes()
    semicolon()
    return ImportDeclaration(span: span(s), specifiers: specifiers, source: source, attributes: attributes, typeOnly: typeOnly)
  }

  /// A TypeScript import or export specifier that starts with the word `type`, read as
  /// TypeScript does: `type` alone is a name; `type as` is a type-only `as`; `type as x` renames
  /// `type`; `type as as` renames `type` to `as`; `type as as x` renames a type-only `as`;
  /// `type x (as y)?` is type-only. Nil (nothing consumed) when the specifier does not start so.
  func tsSpecifierWithType() -> (typeOnly: Bool, name: Node, alias: Node?)? {
    guard isKw(.type) else { return nil }
    func nameHere() -> Bool { t == .name || t == .string }
    let typeName = Identifier(span: Span(start: tok.start, end: tok.end), name: "type")
    next()
    guard nameHere() else { return (false, typeName, nil) }
    if isKw(.as) {
      let asName = Identifier(span: Span(start: tok.start, end: tok.end), name: "as")
      next()
      if isKw(.as) {
        let secondAs = Identifier(span: Span(start: tok.start, end: tok.end), name: "as")
        next()
        if nameHere() { return (true, asName, parseModuleExportName()) }
        return (false, typeName, secondAs)
      }
      if nameHere() { return (false, typeName, parseModuleExportName()) }
      return (true, asName, nil)
    }
    let name = parseModuleExportName()
    if eatKw(.as) { return (true, name, parseModuleExportName()) }
    return (true, name, nil)
  }

  func peek2IsBraceOrComma() -> Bool {
    let saved = lx.save()
    next()
    next()
    let r = t == .rbrace || t == .comma
    lx.restore(saved)
    return r
  }

  /// ExportDeclaration.
  func parseExportDeclaration(decorators: [Decorator] = []) -> Node {
    let s = start
    next()
    if options.typescript, let d = tsParseExportExtras(start: s) { return d }
    if t == .star {
      next()
      var exported: Node? = nil
      if eatKw(.as) {
        let e = parseModuleExportName()
        if let n = exportNameString(e) { addExportedName(n, e.span) }
        exported = e
      }
      if !eatKw(.from) { unexpectedOr("expected 'from' after 'export *'") }
      let source = parseModuleSource()
      let attributes = parseImportAttributes()
      semicolon()
      return ExportAllDeclaration(span: span(s), exported: exported, source: source, attributes: attributes)
    }
    if isKw(.default) {
      addExportedName("default", Span(start: tok.start, end: tok.end))
      next()
      let ds = start
      var decl: Node
      if isKw(.function) {
        decl = parseFunction(start: ds, isAsync: false, isStatement: true, allowAnonymous: true)
      } else if isKw(.async) && peek().keyword == .function && !peek().newlineBefore {
        next()
        decl = parseFunction(start: ds, isAsync: true, isStatement: true, allowAnonymous: true)
      } else if isKw(.class) {
        decl = parseClass(start: ds, isStatement: true, decorators: decorators, allowAnonymous: true)
      } else if t == .at {
        let decs = parseDecorators()
        skipAbstractBeforeClass()
        decl = parseClass(start: ds, isStatement: true, decorators: decs, allowAnonymous: true)
      } else if options.typescript && isKw(.abstract) && peek().keyword == .class {
        next()
        decl = parseClass(start: ds, isStatement: true, decorators: decorators, allowAnonymous: true)
      } else if options.typescript && isKw(.interface), let skipped = parseTSDeclarationIfPresent() {
        return skipped
      } else {
        decl = parseAssign()
        semicolon()
      }
      return ExportDefaultDeclaration(span: span(s), declaration: decl)
    }
    if t == .lbrace {
      next()
      var specifiers: [ExportSpecifier] = []
      var pendingLocals: [(Node, Token)] = []
      while t != .rbrace && t != .eof {
        let ss = start
        let localTok = tok
        let local: Node
        var exported: Node
        if options.typescript, let head = tsSpecifierWithType() {
          local = head.name
          exported = head.alias ?? head.name
        } else {
          local = parseModuleExportName()
          exported = local
          if eatKw(.as) { exported = parseModuleExportName() }
        }
        if let n = exportNameString(exported) { addExportedName(n, exported.span) }
        specifiers.append(ExportSpecifier(span: span(ss), local: local, exported: exported))
        pendingLocals.append((local, localTok))
        if !eat(.comma) { break }
      }
      expect(.rbrace, "expected '}' after export specifiers")
      var source: Literal? = nil
      var attributes: [Node] = []
      if eatKw(.from) {
        source = parseModuleSource()
        attributes = parseImportAttributes()
      } else {
        for (local, ltok) in pendingLocals {
          if local is Literal {
            error("a string export name needs 'from'", local.span)
          } else if let id = local as? Identifier {
            if ltok.keyword.isReserved || (ltok.keyword.isStrictReserved) || ltok.keyword == .await {
              error("unexpected reserved word '\(id.name)' in export", id.span)
            } else {
              localExports.append((id.name, id.span))
            }
          }
        }
      }
      semicolon()
      return ExportNamedDeclaration(span: span(s), declaration: nil, specifiers: specifiers, source: source, attributes: attributes)
    }
    // `export` Declaration.
    let ds = start
    var decl: Node
    if isKw(.var) || isKw(.const) || (isKw(.let)) || isKw(.using) {
      let kind: VariableDeclaration.Kind = isKw(.var) ? .var : isKw(.let) ? .let : isKw(.using) ? .using : .const
      if options.typescript && kind == .const && peek().keyword == .enum {
        next()
        decl = parseTSEnum(start: ds)
      } else {
        decl = parseVarStatement(kind: kind)
      }
    } else if isKw(.function) {
      decl = parseFunction(start: ds, isAsync: false, isStatement: true)
    } else if isKw(.async) && peek().keyword == .function && !peek().newlineBefore {
      next()
      decl = parseFunction(start: ds, isAsync: true, isStatement: true)
    } else if isKw(.class) {
      decl = parseClass(start: ds, isStatement: true, decorators: decorators)
    } else if t == .at {
      let decs = parseDecorators()
      skipAbstractBeforeClass()
      decl = parseClass(start: ds, isStatement: true, decorators: decs)
    } else if options.typescript && isKw(.abstract) && peek().keyword == .class && !peek().newlineBefore {
      // `@Injectable() export abstract class Base {}`: the class keeps its decorators.
      next()
      decl = parseClass(start: ds, isStatement: true, decorators: decorators)
    } else if options.typescript, let d = parseTSDeclarationIfPresent() {
      if d is TSTypeDeclaration { d.span = span(s); return d }
      decl = d
    } else {
      unexpectedOr("expected a declaration after 'export'")
      return ExportNamedDeclaration(span: span(s), declaration: nil, specifiers: [], source: nil)
    }
    switch decl {
    case let v as VariableDeclaration:
      for d in v.declarations { forEachBoundIdentifier(d.id) { addExportedName($0.name, $0.span) } }
    case let f as FunctionDeclaration:
      if let id = f.id { addExportedName(id.name, id.span) }
    case let c as ClassDeclaration:
      if let id = c.id { addExportedName(id.name, id.span) }
    default:
      break
    }
    return ExportNamedDeclaration(span: span(s), declaration: decl, specifiers: [], source: nil)
  }
}
