// TypeScript: types are skipped structurally (never put in the tree); run-time constructs
// (enum, namespace bodies, parameter properties as plain bindings) are kept.

extension JSParser {
  // MARK: - Skipping types

  /// Consumes one `>` of the current token, splitting `>>`, `>=`, `>>>`, `>>=`... when needed.
  func tsConsumeGreater() -> Bool {
    switch t {
    case .gt: next(); return true
    case .sar: lx.token.kind = .gt
    case .shr: lx.token.kind = .sar
    case .ge: lx.token.kind = .assign
    case .sarAssign: lx.token.kind = .ge
    case .shrAssign: lx.token.kind = .sarAssign
    default: return false
    }
    lx.token.start += 1
    return true
  }

  /// `: Type` if present.
  func tsSkipTypeAnnotation() {
    if t == .colon {
      next()
      tsSkipType()
    }
  }

  /// A return type (`: Type`, including `x is T` and `asserts x is T`).
  func tsSkipReturnType() {
    tsSkipTypeAnnotation()
  }

  /// Type: unions, intersections, conditional types, function and constructor types.
  func tsSkipType() {
    guard enter() else { return }
    defer { leave() }
    if t == .pipe || t == .amp { next() }
    repeat {
      tsSkipPostfixType()
    } while (t == .pipe || t == .amp) && { next(); return true }()
    if isKw(.extends) && !tok.newlineBefore {
      next()
      tsSkipType()
      if eat(.question) {
        tsSkipType()
        expect(.colon, "expected ':' in conditional type")
        tsSkipType()
      }
    }
  }

  func tsSkipPostfixType() {
    tsSkipPrimaryType()
    while t == .lbracket && !tok.newlineBefore {
      next()
      if t != .rbracket { tsSkipType() }
      expect(.rbracket, "expected ']' in type")
    }
  }

  func tsSkipPrimaryType() {
    guard enter() else { return }
    defer { leave() }
    switch t {
    case .lparen:
      // Function type parameters, or a parenthesized type: then a `=>` after it is not the
      // type's (it is the arrow's whose return type this ends).
      let function = tsParenStartsFunctionType()
      tsSkipBalanced(.lparen, .rparen)
      if function && t == .arrow {
        next()
        tsSkipType()
      }
    case .lt:
      tsSkipTypeParameters()
      if t == .lparen { tsSkipBalanced(.lparen, .rparen) }
      if t == .arrow { next(); tsSkipType() }
    case .lbracket:
      tsSkipBalanced(.lbracket, .rbracket)
    case .lbrace:
      tsSkipBalanced(.lbrace, .rbrace)
    case .string, .number, .bigint, .template:
      next()
    case .templateHead:
      tsSkipTemplateType()
    case .minus:
      next()
      next()
    case .question:
      // JSDoc-style `?` (tolerated), and a nullable type written `?T` (JSDoc, Flow).
      next()
      switch t {
      case .name, .lparen, .lbrace, .lbracket, .string, .number, .template, .templateHead: tsSkipPostfixType()
      default: break
      }
    case .name:
      switch tok.keyword {
      case .typeof:
        next()
        if isKw(.import) { tsSkipPrimaryType(); return }
        tsSkipEntityName()
        if t == .lt && !tok.newlineBefore { tsSkipTypeArguments() }
      case .keyof, .unique, .readonly, .infer:
        let k = tok.keyword
        next()
        if k == .infer {
          if t == .name { next() }
          if isKw(.extends) && !tok.newlineBefore {
            // `infer U extends X` inside a conditional's check type.
            let saved = lx.save()
            next()
            tsSkipPostfixType()
            if t == .question { lx.restore(saved) }
          }
        } else {
          tsSkipPostfixType()
        }
      case .new:
        next()
        tsSkipPrimaryType()
      case .abstract where peek().keyword == .new:
        // `abstract new () => T`; a plain `abstract` is a type name.
        next()
        tsSkipPrimaryType()
      case .asserts:
        next()
        if t == .name && !tok.newlineBefore { next() }
        if isKw(.is) { next(); tsSkipType() }
      case .import:
        next()
        if t == .lparen { tsSkipImportTypeArguments() }
        while t == .dot { next(); if t == .name { next() } }
        if t == .lt { tsSkipTypeArguments() }
      default:
        tsSkipEntityName()
        if (t == .lt || t == .shl) && !tok.newlineBefore { tsSkipTypeArguments() }
        if isKw(.is) && !tok.newlineBefore {
          next()
          tsSkipType()
        }
      }
    default:
      unexpectedOr("expected a type")
    }
  }

  /// `("mod")` or `("mod", { with: { key: "value", ... } })` after `import` in a type.
  func tsSkipImportTypeArguments() {
    next()
    if t == .string { next() } else { unexpectedOr("expected a module specifier string") }
    if eat(.comma) {
      // The options bag: exactly `{ with: { ... } }` with a plain `with` key.
      expect(.lbrace, "expected '{' for import type options")
      if isKw(.with) { next() } else { unexpectedOr("expected 'with' in import type options") }
      expect(.colon, "expected ':' after 'with'")
      expect(.lbrace, "expected '{' for import attributes")
      while t != .rbrace && t != .eof {
        if t == .name || t == .string { next() } else { unexpectedOr("expected an attribute key"); break }
        expect(.colon, "expected ':' after attribute key")
        if t == .string { next() } else { unexpectedOr("import attribute values must be strings"); break }
        if !eat(.comma) { break }
      }
      expect(.rbrace, "expected '}' after import attributes")
      _ = eat(.comma)
      expect(.rbrace, "expected '}' after import type options")
    }
    expect(.rparen, "expected ')' after import type arguments")
  }

  /// `A.B.C`.
  func tsSkipEntityName() {
    next()
    while t == .dot {
      next()
      if t == .name || t == .privateName { next() } else { break }
    }
  }

  /// Template literal type `` `a${T}b` ``.
  func tsSkipTemplateType() {
    while t == .templateHead || t == .templateMiddle {
      next()
      tsSkipType()
      if t != .rbrace { unexpectedOr("expected '}' in template literal type"); return }
      lx.rescanTemplateContinuation()
    }
    next()
  }

  /// Skips a bracketed group (with nested templates).
  func tsSkipBalanced(_ open: TokenKind, _ close: TokenKind) {
    guard enter() else { return }
    defer { leave() }
    var depth = 0
    var templates: [Int] = []
    repeat {
      switch t {
      case .lparen, .lbracket, .lbrace: depth += 1
      case .rparen, .rbracket:
        depth -= 1
      case .rbrace:
        if let d = templates.last, d == depth {
          lx.rescanTemplateContinuation()
          if t == .templateTail { templates.removeLast() }
          next()
          continue
        }
        depth -= 1
      case .templateHead:
        templates.append(depth)
      case .eof:
        unexpectedOr("unterminated type")
        return
      default:
        break
      }
      next()
    } while depth > 0
  }

  /// `<T, U>` type arguments.
  func tsSkipTypeArguments() {
    guard t == .lt || t == .shl else { return }
    if t == .shl {
      // `<<T>() => void>`: split the first `<`.
      lx.token.kind = .lt
      lx.token.start += 1
    } else {
      next()
    }
    while t != .eof {
      if t == .gt || t == .sar || t == .shr || t == .ge || t == .sarAssign || t == .shrAssign { break }
      tsSkipType()
      if !eat(.comma) { break }
    }
    if !tsConsumeGreater() { unexpectedOr("expected '>' after type arguments") }
  }

  /// `<const T extends U = V, ...>` type parameters.
  func tsSkipTypeParameters() {
    guard t == .lt else { return }
    next()
    while t != .eof && t != .gt {
      while (isKw(.in) || isKw(.const) || tokenIsOutModifier()) && peek().kind == .name { next() }
      if t == .name { next() } else { unexpectedOr("expected a type parameter"); break }
      if eatKw(.extends) { tsSkipType() }
      if eat(.assign) { tsSkipType() }
      if !eat(.comma) { break }
    }
    if !tsConsumeGreater() { unexpectedOr("expected '>' after type parameters") }
  }

  func tokenIsOutModifier() -> Bool { t == .name && !tok.escaped && tokenName() == "out" }

  /// After a callee: `f<T>(...)`, `` f<T>`...` ``, `new C<T>`, `a<T>` (instantiation). Restores and
  /// returns false when the `<` was a comparison.
  func tsTryTypeArgumentsForCall(noCalls: Bool) -> Bool {
    let saved = lx.save()
    let errorCount = lx.errors.count
    tsSkipTypeArguments()
    if lx.errors.count == errorCount {
      // What may follow type arguments in an expression (TypeScript's rule): a call or a
      // template; not `<`, `>`, `+`, `-`; otherwise a line break, a binary operator (`a<b> ?? c`)
      // or anything that cannot start an expression (`a<b>;`, `a<b>.c`).
      switch t {
      case .lparen, .template, .templateHead: return true
      case .lt, .gt, .plus, .minus: break
      case .assign where tok.start > 0 && lx.text(tok.start - 1, tok.start) == ">":
        // `a < b >= c` is a comparison, not `a<b> = c`.
        break
      default:
        if tok.newlineBefore || binaryPrecedence(noIn: false) > 0 || !tokenStartsExpression() { return true }
      }
    }
    lx.restore(saved)
    return false
  }

  /// `<T>(x: T) => x` (and `<T,>` in .tsx). Nil (nothing consumed) when it is not one.
  func tsTryGenericArrow(isAsync: Bool = false, start s0: Int? = nil) -> Node? {
    let s = s0 ?? start
    if options.jsx {
      // In .tsx only `<T,>`, `<T extends U>` and `<T = U>` (optionally `<const T ...>`) start
      // a generic arrow; `<T>` opens an element.
      let n = peek()
      guard n.kind == .name else { return nil }
      let saved = lx.save()
      next()
      if isKw(.const) && peek().kind == .name { next() }
      next()
      let ok = t == .comma || isKw(.extends) || t == .assign
      lx.restore(saved)
      if !ok { return nil }
    }
    let saved = lx.save()
    let errorCount = lx.errors.count
    tsSkipTypeParameters()
    guard lx.errors.count == errorCount, t == .lparen else {
      lx.restore(saved)
      return nil
    }
    let inner = parseParenthesized(asyncArrowStart: isAsync ? s : nil)
    if let arrow = inner as? ArrowFunctionExpression {
      arrow.span = span(s)
      return arrow
    }
    lx.restore(saved)
    return nil
  }

  /// `x?: T` / `x: T = d` inside a parenthesized arrow-parameter candidate.
  func tsSkipParamAnnotationInCover() {
    _ = eat(.question)
    tsSkipTypeAnnotation()
  }

  /// At `(` in a type: whether it opens a function type's parameters. TypeScript reads them so
  /// only when the parentheses cannot group a type: `()`, `(...`, or a parameter name or
  /// pattern followed by `:`, `,`, `?`, `=`, or by `)` and `=>`. Otherwise they group a type
  /// (`(): (A | B) => x` and `(): string | ((n: number) => string) => f` are arrow functions).
  func tsParenStartsFunctionType() -> Bool {
    let saved = lx.save()
    defer { lx.restore(saved) }
    next()
    if t == .rparen || t == .ellipsis { return true }
    while t == .name, [.public, .private, .protected, .readonly, .override].contains(tok.keyword), peek().kind == .name { next() }
    switch t {
    case .name where !tok.keyword.isReserved || tok.keyword == .this: next()
    case .lbracket: tsSkipBalanced(.lbracket, .rbracket)
    case .lbrace: tsSkipBalanced(.lbrace, .rbrace)
    default: return false
    }
    switch t {
    case .colon, .comma, .question, .assign: return true
    case .rparen:
      next()
      return t == .arrow
    default: return false
    }
  }

  /// As the consequent of `?:`, `(x): T => body` is an arrow only when a `:` follows its body
  /// (`c ? (x): T => x : y`); otherwise the `:` after `(x)` is the conditional's
  /// (`c ? (x) : y => z`), as TypeScript reads it. Called at the `:`, after a look-ahead found
  /// the `=>`; reads the body once to see what follows it.
  func tsTypedArrowEndsConsequent(isAsync: Bool) -> Bool {
    let saved = lx.save()
    defer { lx.restore(saved) }
    tsSkipReturnTypeBeforeArrow()
    guard t == .arrow else { return false }
    _ = parseArrowBody(start: start, params: [], isAsync: isAsync)
    return t == .colon
  }

  /// `(a): T => ...`: is the `:` after `)` a return type followed by `=>`?
  func tsLooksLikeReturnTypeArrow() -> Bool {
    let saved = lx.save()
    let errorCount = lx.errors.count
    next()
    tsSkipType()
    let ok = t == .arrow && lx.errors.count == errorCount
    lx.restore(saved)
    return ok
  }

  func tsSkipReturnTypeBeforeArrow() {
    next()
    tsSkipType()
  }

  /// `public`, `private`, `protected`, `readonly`, `override` on constructor parameters, and decorators.
  func tsSkipParameterModifiers() {
    while true {
      if t == .at {
        _ = parseDecorators()
        continue
      }
      guard t == .name, !tok.escaped else { return }
      switch tok.keyword {
      case .public, .private, .protected, .readonly, .override:
        let n = peek()
        if n.kind == .name || n.kind == .lbrace || n.kind == .lbracket || n.kind == .ellipsis { next(); continue }
        return
      default:
        return
      }
    }
  }

  /// Class member modifiers. Returns true when the whole member was skipped (index signature).
  func tsSkipClassMemberModifiers() -> Bool {
    while t == .name && !tok.escaped {
      switch tok.keyword {
      case .public, .private, .protected, .readonly, .abstract, .override, .declare:
        let n = peek()
        if !n.newlineBefore && (startsClassElementName(n) || n.kind == .name) && n.kind != .lbrace {
          next()
          continue
        }
        return false
      default:
        break
      }
      break
    }
    if t == .lbracket {
      // Index signature `[key: string]: T;`
      let saved = lx.save()
      next()
      if t == .name && peek().kind == .colon {
        lx.restore(saved)
        tsSkipBalanced(.lbracket, .rbracket)
        tsSkipTypeAnnotation()
        _ = eat(.semicolon) || eat(.comma)
        return true
      }
      lx.restore(saved)
    }
    return false
  }

  // MARK: - Declarations

  /// `interface`, `type`, `enum`, `declare`, `abstract class`, `namespace`/`module`, `global`.
  /// Nil (nothing consumed) when the word is an identifier here.
  func parseTSDeclarationIfPresent() -> Node? {
    guard t == .name, !tok.escaped else { return nil }
    let s = start
    let n = peek()
    let nameFollows = n.kind == .name && !n.newlineBefore
    switch tok.keyword {
    case .interface where nameFollows:
      next()
      next()
      if t == .lt { tsSkipTypeParameters() }
      if eatKw(.extends) {
        repeat { tsSkipType() } while eat(.comma)
      }
      if t == .lbrace { tsSkipBalanced(.lbrace, .rbrace) } else { unexpectedOr("expected '{' to start the interface body") }
      return TSTypeDeclaration(span: span(s), kind: "interface")
    case .type where nameFollows:
      next()
      next()
      if t == .lt { tsSkipTypeParameters() }
      expect(.assign, "expected '=' in type alias")
      tsSkipType()
      semicolon()
      return TSTypeDeclaration(span: span(s), kind: "type")
    case .enum where n.kind == .name:
      // `enum` is reserved, so its name may follow on the next line.
      return parseTSEnum(start: s)
    case .abstract where n.kind == .name && n.keyword == .class && !n.newlineBefore:
      next()
      return parseClass(start: s, isStatement: true, decorators: [])
    case .namespace where nameFollows, .module where nameFollows:
      return parseTSModule(start: s)
    case .module where n.kind == .string && !n.newlineBefore:
      next()
      next()
      if t == .lbrace { tsSkipBalanced(.lbrace, .rbrace) } else { semicolon() }
      return TSTypeDeclaration(span: span(s), kind: "declare")
    case .global where n.kind == .lbrace:
      next()
      tsSkipBalanced(.lbrace, .rbrace)
      return TSTypeDeclaration(span: span(s), kind: "declare")
    case .declare where n.kind == .name && !n.newlineBefore && Self.tsDeclarableKeywords.contains(n.keyword):
      next()
      let saved = inTypeScriptAmbient
      inTypeScriptAmbient = true
      defer { inTypeScriptAmbient = saved }
      if isKw(.global) || isKw(.namespace) || isKw(.module) {
        next()
        if t == .string || t == .name { tsSkipEntityName() }
        if t == .lbrace { tsSkipBalanced(.lbrace, .rbrace) } else { semicolon() }
      } else {
        _ = parseStatementListItem(topLevel: false)
      }
      return TSTypeDeclaration(span: span(s), kind: "declare")
    default:
      return nil
    }
  }

  /// Words that may follow `declare` in a declaration (`declare in x` uses a variable `declare`).
  static let tsDeclarableKeywords: Set<Keyword> = [
    .var, .let, .const, .function, .class, .enum, .namespace, .module, .global, .abstract, .interface, .type, .async,
  ]

  /// `enum E { A, B = 1, "c" = B }`; the current token is `enum` (after an optional `const`).
  func parseTSEnum(start s: Int) -> Node {
    let isConst = lx.text(s, s + 5) == "const"
    next()
    // No scope entry: enums merge with each other and with namespaces of the same name.
    let id = parseBindingIdentifier()
    var members: [TSEnumMember] = []
    expect(.lbrace, "expected '{' to start the enum body")
    while t != .rbrace && t != .eof {
      let ms = start
      let key: Node
      if t == .string {
        key = Literal(span: Span(start: tok.start, end: tok.end), value: .string(tok.value ?? ""))
        next()
      } else if t == .name {
        key = Identifier(span: Span(start: tok.start, end: tok.end), name: tokenName())
        next()
      } else {
        unexpectedOr("expected an enum member name")
        break
      }
      var initializer: Node? = nil
      if eat(.assign) { initializer = parseAssign() }
      members.append(TSEnumMember(span: span(ms), id: key, initializer: initializer))
      if !eat(.comma) { break }
    }
    expect(.rbrace, "expected '}' to close the enum body")
    return TSEnumDeclaration(span: span(s), id: id, members: members, isConst: isConst)
  }

  /// `namespace A.B { ... }` / `module A { ... }`.
  func parseTSModule(start s: Int) -> Node {
    next()
    let id = Identifier(span: Span(start: tok.start, end: tok.end), name: tokenName())
    var name = id.name
    next()
    while t == .dot {
      next()
      name += "." + tokenName()
      next()
    }
    guard t == .lbrace else {
      semicolon()
      return TSTypeDeclaration(span: span(s), kind: "declare")
    }
    next()
    pushScope(.block)
    let saved = inTSNamespace
    inTSNamespace = true
    let body = parseStatementList(end: .rbrace, directives: false)
    inTSNamespace = saved
    popScope()
    expect(.rbrace, "expected '}' to close the namespace body")
    return TSModuleDeclaration(span: span(s), name: name, id: id, body: body)
  }

  /// `export =`, `export as namespace`, `export import A = B`, `export type { ... }`, `export declare`.
  func tsParseExportExtras(start s: Int) -> Node? {
    if t == .assign {
      next()
      let e = parseExpression()
      semicolon()
      return ExpressionStatement(span: span(s), expression: e)
    }
    if isKw(.as) && peek().keyword == .namespace {
      next()
      next()
      if t == .name { next() }
      semicolon()
      return TSTypeDeclaration(span: span(s), kind: "export-as-namespace")
    }
    if isKw(.import) && peek().kind == .name {
      return parseImportDeclaration()
    }
    if isKw(.type) && (peek().kind == .lbrace || peek().kind == .star) {
      next()
      if t == .star {
        next()
        if eatKw(.as) { next() }
      } else {
        tsSkipBalanced(.lbrace, .rbrace)
      }
      if eatKw(.from) { _ = parseModuleSource() }
      semicolon()
      return TSTypeDeclaration(span: span(s), kind: "export-type")
    }
    return nil
  }
}
