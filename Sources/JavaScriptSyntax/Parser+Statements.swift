// Statements and declarations (ECMAScript 14).

/// Where a statement appears, for the Annex B function-declaration relaxations.
enum StatementContext {
  case normal
  /// Body of an `if`/`else` (B.3.3: plain function declarations allowed in sloppy mode).
  case ifBody
  /// Body of a labelled statement (B.3.2: plain function declarations allowed in sloppy mode).
  case label
  /// Body of a loop or `with` (no declarations at all).
  case loopBody
  /// A labelled statement inside an `if`/loop body: no function declarations (IsLabelledFunction).
  case labelInNonBlock
}

extension JSParser {
  /// StatementListItem :: Statement | Declaration (plus ModuleItem at the top of a module).
  func parseStatementListItem(topLevel: Bool) -> Node {
    let s = start
    if t == .name && !tok.escaped {
      switch tok.keyword {
      case .function:
        return parseFunction(start: s, isAsync: false, isStatement: true)
      case .async:
        let n = peek()
        if n.kind == .name && n.keyword == .function && !n.newlineBefore && !n.escaped {
          next()
          return parseFunction(start: s, isAsync: true, isStatement: true)
        }
      case .class:
        return parseClass(start: s, isStatement: true, decorators: [])
      case .const:
        if options.typescript, peek().keyword == .enum {
          next()
          return parseTSEnum(start: s)
        }
        return parseVarStatement(kind: .const)
      case .let:
        if letStartsDeclaration() { return parseVarStatement(kind: .let) }
      case .import:
        let n = peek()
        if n.kind != .lparen && n.kind != .dot {
          // TypeScript namespaces hold `import A = B.C` aliases.
          if !(options.goal == .module && topLevel) && !(options.typescript && (inTSNamespace || inTypeScriptAmbient)) {
            error("import declarations may only appear at the top level of a module", tok.start, tok.end)
          }
          return parseImportDeclaration()
        }
      case .export:
        if !(options.goal == .module && topLevel) && !inTypeScriptAmbient && !inTSNamespace {
          error("export declarations may only appear at the top level of a module", tok.start, tok.end)
        }
        return parseExportDeclaration()
      case .using:
        if usingStartsDeclaration() { return parseVarStatement(kind: .using) }
      case .await:
        if fn.awaitAllowed && !fn.inClassFieldInit {
          let n = peek()
          if n.kind == .name && n.keyword == .using && !n.newlineBefore {
            let s2 = lx.save()
            next()
            if usingStartsDeclaration() {
              return parseVarStatement(kind: .awaitUsing, start: s)
            }
            lx.restore(s2)
          }
        }
      default:
        if options.typescript, let d = parseTSDeclarationIfPresent() { return d }
      }
    } else if t == .at {
      let decorators = parseDecorators()
      if isKw(.export) { return parseExportDeclaration(decorators: decorators) }
      skipAbstractBeforeClass()
      if !isKw(.class) { unexpectedOr("expected a class after decorators") }
      return parseClass(start: s, isStatement: true, decorators: decorators)
    }
    return parseStatement()
  }

  /// In TypeScript, steps over `abstract` when `class` follows on the same line: decorators may
  /// stand before an abstract class (`@Directive() abstract class Base {}`, as Angular writes).
  func skipAbstractBeforeClass() {
    if options.typescript && isKw(.abstract) && peek().keyword == .class && !peek().newlineBefore { next() }
  }

  /// `let` followed by an identifier, `[` or `{` starts a LexicalDeclaration.
  func letStartsDeclaration() -> Bool {
    let n = peek()
    switch n.kind {
    case .lbracket, .lbrace: return true
    case .name: return n.keyword != .in && n.keyword != .instanceof && !(n.keyword == .of && n.newlineBefore)
    default: return false
    }
  }

  /// `using x` (no line break, an identifier that is not `in`/`of` edge cases) starts a UsingDeclaration.
  func usingStartsDeclaration() -> Bool {
    let n = peek()
    return n.kind == .name && !n.newlineBefore && n.keyword != .in && n.keyword != .instanceof && n.keyword != .of
      && !fn.inClassFieldInit && (scopes.count > 1 || options.goal == .module)
  }

  /// Statement (ECMAScript 14).
  func parseStatement(context: StatementContext = .normal) -> Node {
    guard enter() else { return InvalidNode(span: Span(start: start, end: start)) }
    defer { leave() }
    let s = start
    switch t {
    case .lbrace:
      return parseBlock()
    case .semicolon:
      next()
      return EmptyStatement(span: span(s))
    case .name where !tok.escaped:
      switch tok.keyword {
      case .var: return parseVarStatement(kind: .var)
      case .if: return parseIf()
      case .for: return parseFor()
      case .while: return parseWhile()
      case .do: return parseDoWhile()
      case .continue, .break: return parseBreakContinue()
      case .return: return parseReturn()
      case .with: return parseWith()
      case .switch: return parseSwitch()
      case .throw: return parseThrow()
      case .try: return parseTry()
      case .debugger:
        next()
        semicolon()
        return DebuggerStatement(span: span(s))
      case .function:
        let plainAllowed = !strict && (context == .ifBody || context == .label)
        let n = peek()
        if !plainAllowed || (n.kind == .star) {
          error("function declarations are not allowed in this position", tok.start, tok.end)
        }
        if context == .ifBody {
          pushScope(.block)
          defer { popScope() }
          return parseFunction(start: s, isAsync: false, isStatement: true)
        }
        return parseFunction(start: s, isAsync: false, isStatement: true)
      case .class:
        error("class declarations are not allowed in this position", tok.start, tok.end)
        return parseClass(start: s, isStatement: true, decorators: [])
      case .const:
        error("lexical declarations are not allowed in this position", tok.start, tok.end)
        return parseVarStatement(kind: .const)
      case .let:
        let n = peek()
        if n.kind == .lbracket || (n.kind == .lbrace && !n.newlineBefore) || (n.kind == .name && !n.newlineBefore && n.keyword != .in && n.keyword != .instanceof) {
          error("lexical declarations are not allowed in this position", tok.start, tok.end)
          return parseVarStatement(kind: .let)
        }
      case .async:
        let n = peek()
        if n.kind == .name && n.keyword == .function && !n.newlineBefore {
          error("async function declarations are not allowed in this position", tok.start, tok.end)
          next()
          return parseFunction(start: s, isAsync: true, isStatement: true)
        }
      case .import:
        let n = peek()
        if n.kind != .lparen && n.kind != .dot {
          error("import declarations may only appear at the top level of a module", tok.start, tok.end)
          return parseImportDeclaration()
        }
      case .export:
        error("export declarations may only appear at the top level of a module", tok.start, tok.end)
        return parseExportDeclaration()
      default:
        break
      }
    default:
      break
    }
    return parseExpressionOrLabeledStatement(context: context)
  }

  /// Block :: `{` StatementList? `}`.
  func parseBlock(newScope: Bool = true) -> BlockStatement {
    let s = start
    expect(.lbrace, "expected '{'")
    if newScope { pushScope(.block) }
    let body = parseStatementList(end: .rbrace, directives: false)
    if newScope { popScope() }
    expect(.rbrace, "expected '}' to close block")
    return BlockStatement(span: span(s), body: body)
  }

  /// VariableStatement / LexicalDeclaration / UsingDeclaration, with the trailing `;`.
  func parseVarStatement(kind: VariableDeclaration.Kind, start s0: Int? = nil) -> VariableDeclaration {
    let s = s0 ?? start
    next()
    let decl = parseDeclarations(kind: kind, start: s, noIn: false, inFor: false)
    semicolon()
    decl.span = span(s)
    return decl
  }

  /// VariableDeclarationList / BindingList. Names are declared unless `inFor` (the caller does it).
  func parseDeclarations(kind: VariableDeclaration.Kind, start s: Int, noIn: Bool, inFor: Bool) -> VariableDeclaration {
    let base = beginList()
    defer { dropList(to: base) }
    let lexicalKind = kind != .var
    repeat {
      let ds = start
      let id = parseBindingTarget()
      if lexicalKind, let i = id as? Identifier, i.name == "let" {
        error("'let' is not a valid name for a lexical declaration", i.span)
      }
      if (kind == .using || kind == .awaitUsing) && !(id is Identifier) {
        error("using declarations need a plain identifier", id.span)
      }
      if options.typescript {
        // Definite assignment `let x!: T` (a name only, never a pattern).
        if t == .bang && !tok.newlineBefore && id is Identifier { next() }
        tsSkipTypeAnnotation()
      }
      var initializer: Node? = nil
      if eat(.assign) {
        initializer = parseAssign(noIn: noIn)
      } else if !inFor && !inTypeScriptAmbient {
        if kind == .const || kind == .using || kind == .awaitUsing {
          error("missing initializer in \(kind.rawValue) declaration", id.span)
        } else if !(id is Identifier) {
          error("missing initializer in destructuring declaration", id.span)
        }
      }
      if !inFor { declarePattern(id, lexicalKind ? .lexical : .variable(forOf: false)) }
      appendToList(VariableDeclarator(span: span(ds), id: id, initializer: initializer))
    } while eat(.comma)
    return VariableDeclaration(span: span(s), kind: kind, declarations: takeList(from: base, of: VariableDeclarator.self))
  }

  /// IfStatement.
  func parseIf() -> Node {
    let s = start
    next()
    expect(.lparen, "expected '(' after 'if'")
    let test = parseExpression()
    expect(.rparen, "expected ')' after condition")
    let consequent = parseStatement(context: .ifBody)
    var alternate: Node? = nil
    if eatKw(.else) { alternate = parseStatement(context: .ifBody) }
    return IfStatement(span: span(s), test: test, consequent: consequent, alternate: alternate)
  }

  func parseLoopBody() -> Node {
    fn.loopDepth += 1
    fn.breakableDepth += 1
    let body = parseStatement(context: .loopBody)
    fn.loopDepth -= 1
    fn.breakableDepth -= 1
    return body
  }

  /// `while ( Expression ) Statement`.
  func parseWhile() -> Node {
    let s = start
    next()
    expect(.lparen, "expected '(' after 'while'")
    let test = parseExpression()
    expect(.rparen, "expected ')' after condition")
    let body = parseLoopBody()
    return WhileStatement(span: span(s), test: test, body: body)
  }

  /// `do Statement while ( Expression ) ;` (a `;` is inserted after `)` even without a newline).
  func parseDoWhile() -> Node {
    let s = start
    next()
    let body = parseLoopBody()
    if !eatKw(.while) { unexpectedOr("expected 'while' after do-while body") }
    expect(.lparen, "expected '(' after 'while'")
    let test = parseExpression()
    expect(.rparen, "expected ')' after condition")
    _ = eat(.semicolon)
    return DoWhileStatement(span: span(s), body: body, test: test)
  }

  /// ForStatement, ForInOfStatement (incl. `for await`).
  func parseFor() -> Node {
    let s = start
    next()
    var isAwait = false
    if isKw(.await) {
      if !fn.awaitAllowed || fn.inClassFieldInit { error("'for await' is only valid in async functions and modules", tok.start, tok.end) }
      isAwait = true
      next()
    }
    expect(.lparen, "expected '(' after 'for'")
    pushScope(.block)
    defer { popScope() }
    if t == .semicolon {
      if isAwait { error("'for await' needs an 'of' clause", tok.start, tok.end) }
      return parseForRest(s, initializer: nil)
    }
    let initStart = start
    var declKind: VariableDeclaration.Kind? = nil
    if isKw(.var) {
      declKind = .var
    } else if isKw(.const) {
      declKind = .const
    } else if isKw(.let) {
      let n = peek()
      if n.kind == .lbracket || n.kind == .lbrace || (n.kind == .name && n.keyword != .in && n.keyword != .of) || (n.kind == .name && n.keyword == .of && strict) {
        declKind = .let
      } else if n.kind == .name && n.keyword == .of && !n.escaped {
        // `for (let of x)` is not allowed; `for (let of = 1;;)` is nonsense too.
      }
    } else if isKw(.using) {
      let n = peek()
      if n.kind == .name && !n.newlineBefore && n.keyword != .of && n.keyword != .in {
        declKind = .using
      } else if n.kind == .name && !n.newlineBefore && n.keyword == .of {
        // `for (using of = r;;)` (or `of: T =` in TypeScript) declares a binding named `of`;
        // `for (using of x)` iterates with `using` as the target.
        let saved = lx.save()
        next()
        next()
        if t == .assign || t == .semicolon || (options.typescript && t == .colon) { declKind = .using }
        lx.restore(saved)
      }
    } else if isKw(.await) && fn.awaitAllowed {
      let n = peek()
      if n.kind == .name && n.keyword == .using && !n.newlineBefore {
        let saved = lx.save()
        next()
        let n2 = peek()
        if n2.kind == .name && !n2.newlineBefore && n2.keyword != .of && n2.keyword != .in {
          declKind = .awaitUsing
        } else {
          lx.restore(saved)
        }
      }
    }
    if let kind = declKind {
      next()
      let decl = parseDeclarations(kind: kind, start: initStart, noIn: true, inFor: true)
      decl.span = span(initStart)
      let isOf = isKw(.of)
      if (isOf || isKw(.in)) && decl.declarations.count == 1 {
        let d = decl.declarations[0]
        if let initializer = d.initializer {
          if isOf || strict || kind != .var || !(d.id is Identifier) {
            error("for-\(isOf ? "of" : "in") loop variable declaration may not have an initializer", initializer.span)
          }
        }
        if kind == .var {
          declarePattern(d.id, .variable(forOf: isOf))
        } else {
          declarePattern(d.id, .lexical)
        }
        if kind == .using || kind == .awaitUsing, !isOf { error("using declarations are not allowed in for-in", decl.span) }
        return parseForInOf(s, left: decl, isOf: isOf, isAwait: isAwait)
      }
      if isOf || isKw(.in) {
        error("only one binding is allowed in a for-\(isOf ? "of" : "in") loop", decl.span)
      }
      for d in decl.declarations {
        if d.initializer == nil && (kind == .const || kind == .using || kind == .awaitUsing || !(d.id is Identifier)) {
          error(d.id is Identifier ? "missing initializer in \(kind.rawValue) declaration" : "missing initializer in destructuring declaration", d.id.span)
        }
        declarePattern(d.id, kind == .var ? .variable(forOf: false) : .lexical)
      }
      if isAwait { error("'for await' needs an 'of' clause", tok.start, tok.end) }
      return parseForRest(s, initializer: decl)
    }
    let startsWithLet = isKw(.let)
    let startsWithAsync = isKw(.async) && peek().kind != .arrow
    let cover = CoverInfo()
    let initTok = tok
    let expr = parseExpression(noIn: true, cover: cover)
    let isOf = isKw(.of)
    if isOf || isKw(.in) {
      if isOf && startsWithLet { error("for-of loop variable may not be 'let'", expr.span) }
      if isOf && startsWithAsync && !isAwait, let id = expr as? Identifier, id.span.start == initTok.start, id.span.end == initTok.end, !initTok.escaped {
        error("for-of loop variable may not be 'async'", expr.span)
      }
      let left = toAssignable(expr, binding: false, cover: cover)
      return parseForInOf(s, left: left, isOf: isOf, isAwait: isAwait)
    }
    reportCover(cover)
    if isAwait { error("'for await' needs an 'of' clause", tok.start, tok.end) }
    return parseForRest(s, initializer: expr)
  }

  /// The rest of `for ( init ; test ; update ) body` after the initializer.
  func parseForRest(_ s: Int, initializer: Node?) -> Node {
    expect(.semicolon, "expected ';' in for statement")
    let test = t == .semicolon ? nil : parseExpression()
    expect(.semicolon, "expected ';' in for statement")
    let update = t == .rparen ? nil : parseExpression()
    expect(.rparen, "expected ')' after for clauses")
    let body = parseLoopBody()
    return ForStatement(span: span(s), initializer: initializer, test: test, update: update, body: body)
  }

  func parseForInOf(_ s: Int, left: Node, isOf: Bool, isAwait: Bool) -> Node {
    next()
    if isAwait && !isOf { error("'for await' needs an 'of' clause", left.span) }
    let right = isOf ? parseAssign() : parseExpression()
    expect(.rparen, "expected ')' after for-\(isOf ? "of" : "in") head")
    let body = parseLoopBody()
    if isOf { return ForOfStatement(span: span(s), left: left, right: right, body: body, isAwait: isAwait) }
    return ForInStatement(span: span(s), left: left, right: right, body: body)
  }

  /// BreakStatement / ContinueStatement.
  func parseBreakContinue() -> Node {
    let s = start
    let isBreak = tok.keyword == .break
    next()
    var label: Identifier? = nil
    if t == .name && !tok.newlineBefore && !(tok.keyword.isReserved && !tok.escaped) {
      label = parseIdentifierReference()
    }
    semicolon()
    if let label {
      if let l = fn.labels.last(where: { $0.name == label.name }) {
        if !isBreak && !l.isLoop { error("continue target '\(label.name)' is not a loop", label.span) }
      } else {
        error("undefined label '\(label.name)'", label.span)
      }
    } else if isBreak && fn.breakableDepth == 0 {
      error("'break' outside of a loop or switch", span(s))
    } else if !isBreak && fn.loopDepth == 0 {
      error("'continue' outside of a loop", span(s))
    }
    if isBreak { return BreakStatement(span: span(s), label: label) }
    return ContinueStatement(span: span(s), label: label)
  }

  /// ReturnStatement (only inside functions); `return` followed by a newline returns nothing.
  func parseReturn() -> Node {
    let s = start
    if !fn.allowReturn { error("'return' outside of a function", tok.start, tok.end) }
    next()
    var argument: Node? = nil
    if !canInsertSemicolon() { argument = parseExpression() }
    semicolon()
    return ReturnStatement(span: span(s), argument: argument)
  }

  /// WithStatement (not in strict mode code).
  func parseWith() -> Node {
    let s = start
    if strict { error("'with' is not allowed in strict mode", tok.start, tok.end) }
    next()
    expect(.lparen, "expected '(' after 'with'")
    let object = parseExpression()
    expect(.rparen, "expected ')'")
    let body = parseStatement(context: .loopBody)
    return WithStatement(span: span(s), object: object, body: body)
  }

  /// SwitchStatement; the CaseBlock is one block scope.
  func parseSwitch() -> Node {
    let s = start
    next()
    expect(.lparen, "expected '(' after 'switch'")
    let discriminant = parseExpression()
    expect(.rparen, "expected ')'")
    expect(.lbrace, "expected '{' to start switch body")
    pushScope(.block)
    fn.breakableDepth += 1
    var cases: [SwitchCase] = []
    var sawDefault = false
    while t != .rbrace && t != .eof {
      let cs = start
      var test: Node? = nil
      if isKw(.case) {
        next()
        test = parseExpression()
      } else if isKw(.default) {
        if sawDefault { error("more than one default clause in switch", tok.start, tok.end) }
        sawDefault = true
        next()
      } else {
        unexpectedOr("expected 'case' or 'default'")
        let before = tok.start
        synchronize()
        if t == .rbrace { break }
        if tok.start == before { next() }
        continue
      }
      expect(.colon, "expected ':' after case")
      let base = beginList()
      while t != .rbrace && t != .eof && !isKw(.case) && !isKw(.default) {
        let before = tok.start
        let errorCount = lx.errors.count
        appendToList(parseStatementListItem(topLevel: false))
        if lx.errors.count > errorCount && !endedCleanly() { synchronize() }
        if tok.start == before && t != .eof && t != .rbrace { next() }
      }
      let consequent = takeList(from: base)
      cases.append(SwitchCase(span: span(cs), test: test, consequent: consequent))
    }
    fn.breakableDepth -= 1
    popScope()
    expect(.rbrace, "expected '}' to close switch")
    return SwitchStatement(span: span(s), discriminant: discriminant, cases: cases)
  }

  /// ThrowStatement (no line break after `throw`).
  func parseThrow() -> Node {
    let s = start
    next()
    if tok.newlineBefore { error("illegal newline after 'throw'", tok.start, tok.end) }
    let argument = parseExpression()
    semicolon()
    return ThrowStatement(span: span(s), argument: argument)
  }

  /// TryStatement with optional catch binding.
  func parseTry() -> Node {
    let s = start
    next()
    let block = parseBlock()
    var handler: CatchClause? = nil
    var finalizer: BlockStatement? = nil
    if isKw(.catch) {
      let cs = start
      next()
      if eat(.lparen) {
        pushScope(.catchClause)
        let param = parseBindingTarget()
        declarePattern(param, .catchParameter(simple: param is Identifier))
        if options.typescript { tsSkipTypeAnnotation() }
        expect(.rparen, "expected ')' after catch parameter")
        let body = parseBlock(newScope: false)
        popScope()
        handler = CatchClause(span: span(cs), param: param, body: body)
      } else {
        let body = parseBlock()
        handler = CatchClause(span: span(cs), param: nil, body: body)
      }
    }
    if eatKw(.finally) { finalizer = parseBlock() }
    if handler == nil && finalizer == nil { unexpectedOr("expected 'catch' or 'finally' after try block") }
    return TryStatement(span: span(s), block: block, handler: handler, finalizer: finalizer)
  }

  /// ExpressionStatement or LabelledStatement (an identifier followed by `:`).
  func parseExpressionOrLabeledStatement(context: StatementContext) -> Node {
    let s = start
    let first = tok
    let expr = parseExpression()
    if t == .colon, let id = expr as? Identifier, first.kind == .name, id.span.start == first.start, id.span.end == first.end {
      next()
      if fn.labels.contains(where: { $0.name == id.name }) { error("label '\(id.name)' has already been declared", id.span) }
      let bodyStart = start
      let isLoop = isKw(.for) || isKw(.while) || isKw(.do)
      if isLoop {
        var stmtStart = s
        var i = fn.labels.count - 1
        while i >= 0 && fn.labels[i].bodyStart == stmtStart {
          fn.labels[i].isLoop = true
          stmtStart = fn.labels[i].statementStart
          i -= 1
        }
      }
      fn.labels.append(Label(name: id.name, bodyStart: bodyStart, statementStart: s, isLoop: isLoop))
      let body = parseStatement(context: (context == .ifBody || context == .loopBody || context == .labelInNonBlock) ? .labelInNonBlock : .label)
      fn.labels.removeLast()
      if let f = body as? FunctionDeclaration, f.isAsync || f.isGenerator || strict {
        error("function declarations cannot be labelled here", f.span)
      }
      return LabeledStatement(span: span(s), label: id, body: body)
    }
    semicolon()
    return ExpressionStatement(span: span(s), expression: expr)
  }
}
