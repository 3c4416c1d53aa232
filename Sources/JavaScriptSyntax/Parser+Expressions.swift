// Expressions (ECMAScript 13), with the cover grammars for arrow parameters and
// destructuring assignment.

extension JSParser {
  /// Expression :: AssignmentExpression (`,` AssignmentExpression)*.
  func parseExpression(noIn: Bool = false, cover: CoverInfo? = nil) -> Node {
    let s = start
    let first = parseAssign(noIn: noIn, cover: cover)
    guard t == .comma else { return first }
    var list = [first]
    while eat(.comma) {
      list.append(parseAssign(noIn: noIn, cover: cover))
    }
    return SequenceExpression(span: span(s), expressions: list)
  }

  func isAssignmentOperator(_ k: TokenKind) -> Bool {
    switch k {
    case .assign, .plusAssign, .minusAssign, .starAssign, .percentAssign, .starStarAssign, .shlAssign, .sarAssign,
      .shrAssign, .ampAssign, .pipeAssign, .caretAssign, .ampAmpAssign, .pipePipeAssign, .questionQuestionAssign,
      .slashAssign:
      return true
    default:
      return false
    }
  }

  /// The text of the current token: an operator's constant spelling, else its source bytes.
  func currentTokenText() -> String {
    t.operatorSpelling ?? lx.text(tok.start, tok.end)
  }

  /// AssignmentExpression: ConditionalExpression, ArrowFunction, AsyncArrowFunction,
  /// YieldExpression or LeftHandSideExpression AssignmentOperator AssignmentExpression.
  /// `cover` is shared with an enclosing array/object literal or parenthesis that may itself
  /// become a pattern; without one, cover-grammar errors are reported here.
  func parseAssign(noIn: Bool = false, cover: CoverInfo? = nil) -> Node {
    guard enter() else { return InvalidNode(span: Span(start: start, end: start)) }
    defer { leave() }
    if isKw(.yield) && fn.isGenerator { return parseYield(noIn: noIn) }
    let s = start
    let own = cover == nil
    let c = cover ?? takeCover()
    defer { if own { recycleCover(c) } }
    let left = parseConditional(noIn: noIn, cover: c)
    if isAssignmentOperator(t) {
      let opStart = tok.start, opEnd = tok.end
      let op = t
      let target: Node
      if op == .assign {
        if left is ObjectExpression || left is ArrayExpression {
          target = toAssignable(left, binding: false, cover: c)
        } else {
          target = checkSimpleTarget(left, isUpdate: false)
        }
      } else {
        target = checkSimpleTarget(left, isUpdate: false)
      }
      if own { reportCover(c) } else { reportCover(c, from: s, onlyOutside: target.span) }
      next()
      let right = parseAssign(noIn: noIn)
      return AssignmentExpression(span: span(s), operator: op.operatorSpelling ?? lx.text(opStart, opEnd), left: target, right: right)
    }
    if own {
      reportCover(c)
    } else if !(left is ObjectExpression || left is ArrayExpression) || parenthesized.contains(ObjectIdentifier(left)) {
      // Only a bare literal can still become a pattern of the enclosing construct.
      reportCover(c, from: s)
    }
    return left
  }

  /// Reports pending cover-grammar errors at or after `from` (optionally outside a converted span).
  func reportCover(_ c: CoverInfo, from: Int = 0, onlyOutside: Span? = nil) {
    func inside(_ p: Int) -> Bool {
      guard let o = onlyOutside else { return false }
      return p >= o.start && p < o.end
    }
    if c.shorthandAssign >= from {
      if inside(c.shorthandAssign) {
        c.shorthandAssign = -1
      } else {
        error("shorthand property initializers are only allowed in patterns", c.shorthandAssign, c.shorthandAssign + 1)
        c.shorthandAssign = -1
      }
    }
    if c.doubleProto >= from {
      if !inside(c.doubleProto) { error("duplicate __proto__ property in object literal", c.doubleProto, c.doubleProto + 9) }
      c.doubleProto = -1
    }
  }

  /// Checks a target of `op=`, `++`/`--`: an identifier or a member expression (AssignmentTargetType simple).
  func checkSimpleTarget(_ node: Node, isUpdate: Bool) -> Node {
    if let id = node as? Identifier {
      if strict && (id.name == "eval" || id.name == "arguments") {
        error("cannot assign to '\(id.name)' in strict mode", id.span)
      }
      return node
    }
    if node is MemberExpression { return node }
    if options.typescript, tsAssignmentWrappers.contains(ObjectIdentifier(node)) { return node }
    error(isUpdate ? "invalid update target" : "invalid assignment target", node.span)
    return node
  }

  /// YieldExpression :: `yield` | `yield` [no LineTerminator here] `*`? AssignmentExpression.
  func parseYield(noIn: Bool) -> Node {
    let s = start
    if fn.inClassFieldInit { error("'yield' is not allowed here", tok.start, tok.end) }
    next()
    yieldExprCount += 1
    var delegate = false
    var argument: Node? = nil
    if !tok.newlineBefore {
      if t == .star {
        delegate = true
        next()
        argument = parseAssign(noIn: noIn)
      } else if tokenStartsExpression() {
        argument = parseAssign(noIn: noIn)
      }
    }
    return YieldExpression(span: span(s), argument: argument, delegate: delegate)
  }

  func tokenStartsExpression() -> Bool {
    switch t {
    case .name:
      return !(tok.keyword == .in || tok.keyword == .of || tok.keyword == .instanceof) || tok.escaped
    case .privateName, .string, .number, .bigint, .regex, .template, .templateHead, .lparen, .lbracket, .lbrace,
      .plus, .minus, .bang, .tilde, .plusPlus, .minusMinus, .slash, .slashAssign, .lt, .at, .hash:
      return true
    default:
      return false
    }
  }

  /// ConditionalExpression :: ShortCircuitExpression (`?` AssignmentExpression `:` AssignmentExpression)?.
  func parseConditional(noIn: Bool, cover: CoverInfo?) -> Node {
    let s = start
    let test = parseBinary(minPrec: 0, noIn: noIn, cover: cover)
    guard t == .question else { return test }
    if options.typescript {
      // `(x?: T) =>` / `(x?) =>`: an optional parameter, not a conditional.
      let n = peek()
      if n.kind == .colon || n.kind == .comma || n.kind == .rparen || n.kind == .assign { return test }
    }
    if isBareArrow(test) { error("arrow function cannot be the condition of '?:' without parentheses", test.span) }
    next()
    let savedConsequent = conditionalConsequentStart
    conditionalConsequentStart = start
    let consequent = parseAssign(noIn: false)
    conditionalConsequentStart = savedConsequent
    expect(.colon, "expected ':' in conditional expression")
    let alternate = parseAssign(noIn: noIn)
    return ConditionalExpression(span: span(s), test: test, consequent: consequent, alternate: alternate)
  }

  func isBareArrow(_ n: Node) -> Bool {
    n is ArrowFunctionExpression && !parenthesized.contains(ObjectIdentifier(n))
  }

  /// Binary precedence of the current token (0: not a binary operator).
  func binaryPrecedence(noIn: Bool) -> Int {
    switch t {
    case .questionQuestion: return 1
    case .pipePipe: return 2
    case .ampAmp: return 3
    case .pipe: return 4
    case .caret: return 5
    case .amp: return 6
    case .eq, .ne, .eqStrict, .neStrict: return 7
    case .lt, .gt, .le, .ge: return 8
    case .name:
      if tok.escaped { return 0 }
      if tok.keyword == .instanceof { return 8 }
      if tok.keyword == .in { return noIn ? 0 : 8 }
      if options.typescript && (tok.keyword == .as || tok.keyword == .satisfies) && !tok.newlineBefore { return 8 }
      return 0
    case .shl, .sar, .shr: return 9
    case .plus, .minus: return 10
    case .star, .slash, .percent: return 11
    case .starStar: return 12
    default: return 0
    }
  }

  /// ShortCircuitExpression and everything below it down to ExponentiationExpression, by
  /// precedence climbing. Rejects `a ?? b || c` mixes and unary operands of `**`.
  func parseBinary(minPrec: Int, noIn: Bool, cover: CoverInfo?) -> Node {
    let s = start
    var left: Node
    let leftStart = tok.start
    if t == .privateName {
      // `#x in obj` (ClassPrivateIn).
      let p = parsePrivateNameReference()
      if !(isKw(.in) && !noIn && minPrec < 8) { error("unexpected private name", p.span) }
      left = p
    } else {
      left = parseUnary(cover: cover)
    }
    var links = 0
    defer { depth -= links }
    while true {
      let prec = binaryPrecedence(noIn: noIn)
      if prec == 0 || prec <= minPrec { break }
      // `**` is right-associative: an operand at the same level continues to the right.
      if t == .starStar && minPrec == 12 { break }
      if options.typescript && t == .name && (tok.keyword == .as || tok.keyword == .satisfies) {
        next()
        if isKw(.const) { next() } else { tsSkipType() }
        mark(left, in: &tsAssignmentWrappers)
        continue
      }
      if isBareArrow(left) { error("arrow function cannot be an operand without parentheses", left.span) }
      let opStart = tok.start, opEnd = tok.end
      let opIsIn = t == .name && tok.keyword == .in
      let op = t
      let opText = currentTokenText()
      if op == .starStar && isUnaryOperand(left, start: leftStart) {
        error("unary operator before '**' needs parentheses", left.span)
      }
      next()
      let right: Node
      if op == .starStar {
        right = parseBinary(minPrec: 11, noIn: noIn, cover: nil)
      } else {
        right = parseBinary(minPrec: prec, noIn: noIn, cover: nil)
      }
      if isBareArrow(right) { error("arrow function cannot be an operand without parentheses", right.span) }
      if left is PrivateIdentifier && !opIsIn {
        error("unexpected private name", left.span)
      }
      switch op {
      case .ampAmp, .pipePipe, .questionQuestion:
        if op == .questionQuestion {
          if isUnparenthesizedLogical(left, except: "??") || isUnparenthesizedLogical(right, except: "??") {
            error("'??' cannot be mixed with '||' or '&&' without parentheses", opStart, opEnd)
          }
        } else if isUnparenthesizedLogical(left, only: "??") || isUnparenthesizedLogical(right, only: "??") {
          error("'??' cannot be mixed with '||' or '&&' without parentheses", opStart, opEnd)
        }
        left = LogicalExpression(span: span(s), operator: opText, left: left, right: right)
      default:
        left = BinaryExpression(span: span(s), operator: opText, left: left, right: right)
      }
      links += 1
      depth += 1
      if depth >= maxNestingDepth { tooDeep(); break }
    }
    return left
  }

  func isUnparenthesizedLogical(_ n: Node, except: String) -> Bool {
    guard let l = n as? LogicalExpression, !parenthesized.contains(ObjectIdentifier(l)) else { return false }
    return l.operator != except
  }

  func isUnparenthesizedLogical(_ n: Node, only: String) -> Bool {
    guard let l = n as? LogicalExpression, !parenthesized.contains(ObjectIdentifier(l)) else { return false }
    return l.operator == only
  }

  /// A UnaryExpression that is not an UpdateExpression (illegal as the left of `**`).
  func isUnaryOperand(_ n: Node, start first: Int) -> Bool {
    if parenthesized.contains(ObjectIdentifier(n)) { return false }
    if n is UnaryExpression || n is AwaitExpression { return n.span.start == first }
    return false
  }

  /// UnaryExpression (and AwaitExpression, UpdateExpression).
  func parseUnary(cover: CoverInfo?) -> Node {
    let s = start
    switch t {
    case .bang, .tilde, .plus, .minus:
      return parseUnaryOperator(s)
    case .plusPlus, .minusMinus:
      guard enter() else { return InvalidNode(span: Span(start: s, end: s)) }
      defer { leave() }
      let op = currentTokenText()
      next()
      let arg = parseUnary(cover: nil)
      if isBareArrow(arg) { error("arrow function cannot be an operand without parentheses", arg.span) }
      let target = checkSimpleTarget(arg, isUpdate: true)
      return UpdateExpression(span: span(s), operator: op, prefix: true, argument: target)
    case .name where !tok.escaped:
      switch tok.keyword {
      case .typeof, .void, .delete:
        return parseUnaryOperator(s)
      case .await:
        // A class field's initializer may hold an async arrow, whose body awaits.
        if fn.awaitAllowed && (!fn.inClassFieldInit || fn.isAsync) {
          guard enter() else { return InvalidNode(span: Span(start: s, end: s)) }
          defer { leave() }
          next()
          awaitExprCount += 1
          let arg = parseUnary(cover: nil)
          if isBareArrow(arg) { error("arrow function cannot be an operand without parentheses", arg.span) }
          return AwaitExpression(span: span(s), argument: arg)
        }
      default:
        break
      }
    case .lt:
      metExpressionAngle = true
      if options.typescript && !options.jsx {
        guard enter() else { return InvalidNode(span: Span(start: s, end: s)) }
        defer { leave() }
        if let arrow = tsTryGenericArrow() { return arrow }
        // `<T>expr` type assertion (.ts only).
        tsSkipTypeArguments()
        let e = parseUnary(cover: nil)
        mark(e, in: &tsAssignmentWrappers)
        return e
      }
    default:
      break
    }
    return parsePostfix(cover: cover)
  }

  func parseUnaryOperator(_ s: Int) -> Node {
    guard enter() else { return InvalidNode(span: Span(start: s, end: s)) }
    defer { leave() }
    let isDelete = t == .name && tok.keyword == .delete
    let op = currentTokenText()
    next()
    let arg = parseUnary(cover: nil)
    if isBareArrow(arg) { error("arrow function cannot be an operand without parentheses", arg.span) }
    if isDelete {
      var a = arg
      while parenthesized.contains(ObjectIdentifier(a)), let inner = a as? Identifier { a = inner; break }
      if strict && a is Identifier {
        error("deleting an unqualified identifier is not allowed in strict mode", arg.span)
      }
      if let m = a as? MemberExpression, m.property is PrivateIdentifier {
        error("private fields cannot be deleted", arg.span)
      }
      if let c = a as? ChainExpression, let m = c.expression as? MemberExpression, m.property is PrivateIdentifier {
        error("private fields cannot be deleted", arg.span)
      }
    }
    return UnaryExpression(span: span(s), operator: op, argument: arg)
  }

  /// UpdateExpression :: LeftHandSideExpression [no LineTerminator here] (`++` | `--`)?.
  func parsePostfix(cover: CoverInfo?) -> Node {
    let s = start
    let expr = parseLeftHandSide(cover: cover)
    if (t == .plusPlus || t == .minusMinus) && !tok.newlineBefore {
      if expr is ArrowFunctionExpression && !parenthesized.contains(ObjectIdentifier(expr)) { return expr }
      let target = checkSimpleTarget(expr, isUpdate: true)
      let op = currentTokenText()
      next()
      return UpdateExpression(span: span(s), operator: op, prefix: false, argument: target)
    }
    return expr
  }

  /// LeftHandSideExpression :: NewExpression | CallExpression | OptionalExpression.
  func parseLeftHandSide(cover: CoverInfo? = nil) -> Node {
    let s = start
    let base = parsePrimary(cover: cover)
    if isBareArrow(base) { return base }
    return parseSubscripts(base, start: s, noCalls: false)
  }

  /// MemberExpression / CallExpression / OptionalChain suffixes. With `noCalls` (the callee of
  /// `new`), stops before arguments. Optional chains are wrapped in a `ChainExpression`.
  func parseSubscripts(_ base: Node, start s: Int, noCalls: Bool) -> Node {
    var expr = base
    var inChain = false
    var links = 0
    defer { depth -= links }
    loop: while true {
      switch t {
      case .dot:
        next()
        let prop = parseMemberName()
        expr = MemberExpression(span: span(s), object: expr, property: prop, computed: false, optional: false)
      case .questionDot:
        if noCalls { error("optional chain is not allowed in a 'new' expression", tok.start, tok.end) }
        if expr is Super { error("'super' cannot be used in an optional chain", tok.start, tok.end) }
        inChain = true
        next()
        switch t {
        case .lparen:
          let args = parseArguments()
          expr = CallExpression(span: span(s), callee: expr, arguments: args, optional: true)
        case .lbracket:
          next()
          let prop = parseExpression()
          expect(.rbracket, "expected ']'")
          expr = MemberExpression(span: span(s), object: expr, property: prop, computed: true, optional: true)
        case .template, .templateHead:
          error("tagged template cannot be used in an optional chain", tok.start, tok.end)
          let quasi = parseTemplate(tagged: true)
          expr = TaggedTemplateExpression(span: span(s), tag: expr, quasi: quasi)
        case .lt where options.typescript:
          // `a?.<T>(x)`: type arguments in a chain belong to a call.
          tsSkipTypeArguments()
          if t == .lparen {
            let args = parseArguments()
            expr = CallExpression(span: span(s), callee: expr, arguments: args, optional: true)
          } else {
            unexpectedOr("expected '(' after type arguments")
          }
        default:
          let prop = parseMemberName()
          expr = MemberExpression(span: span(s), object: expr, property: prop, computed: false, optional: true)
        }
      case .lbracket:
        next()
        let prop = parseExpression()
        expect(.rbracket, "expected ']' after computed member")
        expr = MemberExpression(span: span(s), object: expr, property: prop, computed: true, optional: false)
      case .lparen:
        if noCalls { break loop }
        let args = parseArguments()
        expr = CallExpression(span: span(s), callee: expr, arguments: args, optional: false)
      case .template, .templateHead:
        if inChain { error("tagged template cannot be used in an optional chain", tok.start, tok.end) }
        let quasi = parseTemplate(tagged: true)
        expr = TaggedTemplateExpression(span: span(s), tag: expr, quasi: quasi)
      case .bang where options.typescript && !tok.newlineBefore:
        next()
        mark(expr, in: &tsAssignmentWrappers)
        continue loop
      case .lt where options.typescript, .shl where options.typescript:
        if tsTryTypeArgumentsForCall(noCalls: noCalls) { continue loop }
        break loop
      default:
        break loop
      }
      if expr is Super { break loop }
      links += 1
      depth += 1
      if depth >= maxNestingDepth { tooDeep(); break loop }
    }
    if inChain { return ChainExpression(span: expr.span, expression: expr) }
    return expr
  }

  /// IdentifierName or PrivateIdentifier after `.` / `?.`.
  func parseMemberName() -> Node {
    if t == .privateName { return parsePrivateNameReference() }
    if t == .name {
      let id = Identifier(span: Span(start: tok.start, end: tok.end), name: tokenName())
      next()
      return id
    }
    unexpectedOr("expected property name after '.'")
    return InvalidNode(span: Span(start: tok.start, end: tok.start))
  }

  /// A `#name` use; resolved against the enclosing classes when the outermost class ends.
  func parsePrivateNameReference() -> PrivateIdentifier {
    let p = PrivateIdentifier(span: Span(start: tok.start, end: tok.end), name: tokenName())
    if let scope = privateScopes.last {
      scope.used.append((p.name, p.span))
    } else if !inTypeScriptAmbient {
      error("private name #\(p.name) is not defined", p.span)
    }
    next()
    return p
  }

  /// Arguments :: `(` ArgumentList? `,`? `)`.
  func parseArguments() -> [Node] {
    next()
    let base = beginList()
    defer { dropList(to: base) }
    while t != .rparen && t != .eof {
      if t == .ellipsis {
        let s = start
        next()
        let arg = parseAssign()
        appendToList(SpreadElement(span: span(s), argument: arg))
      } else {
        appendToList(parseAssign())
      }
      if !eat(.comma) { break }
    }
    expect(.rparen, "expected ')' after arguments")
    return takeList(from: base)
  }

  /// PrimaryExpression, plus `new`, `super`, `import(...)`, arrows and async arrows.
  func parsePrimary(cover: CoverInfo?) -> Node {
    let s = start
    switch t {
    case .name:
      if !tok.escaped {
        switch tok.keyword {
        case .this:
          next()
          return ThisExpression(span: span(s))
        case .null:
          next()
          return Literal(span: span(s), value: .null)
        case .true, .false:
          let v = tok.keyword == .true
          next()
          return Literal(span: span(s), value: .boolean(v))
        case .function:
          return parseFunction(start: s, isAsync: false, isStatement: false)
        case .class:
          return parseClass(start: s, isStatement: false, decorators: [])
        case .new:
          return parseNew()
        case .super:
          return parseSuper()
        case .import:
          return parseImportExpression()
        case .async:
          if let n = parseAsyncPrimary() { return n }
        default:
          break
        }
      }
      let id = parseIdentifierReference()
      if t == .arrow && !tok.newlineBefore {
        let param = toAssignable(id, binding: true, cover: nil)
        return parseArrowBody(start: s, params: [param], isAsync: false)
      }
      return id
    case .number, .string:
      if tok.legacyOctal && strict {
        error(t == .number ? "legacy octal literals are not allowed in strict mode" : "octal escape sequences are not allowed in strict mode", tok.start, tok.end)
      }
      let lit: Literal
      if t == .number {
        lit = Literal(span: Span(start: tok.start, end: tok.end), value: .number(tok.number))
      } else {
        lit = Literal(span: Span(start: tok.start, end: tok.end), value: .string(tok.value ?? ""))
      }
      next()
      return lit
    case .bigint:
      let lit = Literal(span: Span(start: tok.start, end: tok.end), value: .bigint(tok.value ?? "0"))
      next()
      return lit
    case .slash, .slashAssign:
      lx.rescanAsRegExp()
      let lit = Literal(span: Span(start: tok.start, end: tok.end), value: .regex(pattern: tok.value ?? "", flags: lx.regexFlags))
      next()
      return lit
    case .template, .templateHead:
      return parseTemplate(tagged: false)
    case .lparen:
      return parseParenthesized()
    case .lbracket:
      return parseArrayLiteral(cover: cover)
    case .lbrace:
      return parseObjectLiteral(cover: cover)
    case .at:
      let decorators = parseDecorators()
      if !isKw(.class) { unexpectedOr("expected a class after decorators") }
      return parseClass(start: s, isStatement: false, decorators: decorators)
    case .lt:
      metExpressionAngle = true
      if options.typescript, let arrow = tsTryGenericArrow() { return arrow }
      if options.jsx { return parseJSXElementOrFragment() }
      unexpectedOr("expected an expression")
      return InvalidNode(span: Span(start: s, end: s))
    case .privateName:
      let p = parsePrivateNameReference()
      error("unexpected private name", p.span)
      return p
    case .rparen, .rbracket, .rbrace, .semicolon, .eof, .comma, .colon:
      unexpectedOr("expected an expression")
      return InvalidNode(span: Span(start: s, end: s))
    default:
      unexpectedOr("expected an expression")
      next()
      return InvalidNode(span: span(s))
    }
  }

  /// IdentifierReference with its static semantics (reserved words, strict mode, yield/await).
  func parseIdentifierReference() -> Identifier {
    let id = Identifier(span: Span(start: tok.start, end: tok.end), name: tokenName())
    checkIdentifier(tok.keyword, escaped: tok.escaped, id: id, binding: false)
    next()
    return id
  }

  /// BindingIdentifier. Reports and returns an empty identifier when the token is no name.
  func parseBindingIdentifier() -> Identifier {
    guard t == .name else {
      unexpectedOr("expected an identifier")
      let id = Identifier(span: Span(start: tok.start, end: tok.start), name: "")
      if t != .rparen && t != .rbrace && t != .rbracket && t != .eof && t != .semicolon && t != .comma && t != .assign && t != .lbrace { next() }
      return id
    }
    let id = Identifier(span: Span(start: tok.start, end: tok.end), name: tokenName())
    checkIdentifier(tok.keyword, escaped: tok.escaped, id: id, binding: true)
    next()
    return id
  }

  /// Early errors of IdentifierReference / BindingIdentifier / LabelIdentifier.
  func checkIdentifier(_ kw: Keyword, escaped: Bool, id: Identifier, binding: Bool) {
    if kw == .none {
      if (fn.inClassFieldInit || fn.inStaticBlock) && id.name == "arguments" {
        error("'arguments' is not allowed in class field initializers or static blocks", id.span)
      }
      if binding && strict && !inTypeScriptAmbient && (id.name == "eval" || id.name == "arguments") {
        error("'\(id.name)' cannot be a binding name in strict mode", id.span)
      }
      return
    }
    if kw.isReserved {
      error(escaped ? "keywords cannot contain escape sequences" : "unexpected reserved word '\(id.name)'", id.span)
      return
    }
    if strict && kw.isStrictReserved {
      error("'\(id.name)' is a reserved word in strict mode", id.span)
      return
    }
    switch kw {
    case .yield:
      if fn.isGenerator || (fn.inClassFieldInit && false) { error("'yield' is not a valid identifier here", id.span) }
    case .await:
      awaitIdentCount += 1
      if fn.awaitReserved || fn.inStaticBlock || options.goal == .module {
        error("'await' is not a valid identifier here", id.span)
      }
    default:
      break
    }
  }

  /// `async` at the start of a primary: async function expression, `async x => ...`,
  /// `async (...) => ...` or a call to a function named `async`. Nil: plain identifier.
  func parseAsyncPrimary() -> Node? {
    let s = start
    let n = peek()
    if n.newlineBefore { return nil }
    if n.kind == .name && n.keyword == .function && !n.escaped {
      next()
      return parseFunction(start: s, isAsync: true, isStatement: false)
    }
    if n.kind == .name {
      // `async x => body`
      let asyncTok = tok
      next()
      if t == .name && peek().kind == .arrow {
        let savedAwait = awaitIdentCount
        let savedFn = fn
        fn.awaitReserved = true
        let param = parseBindingIdentifier()
        fn = savedFn
        awaitIdentCount = savedAwait
        if tok.newlineBefore { error("line break before '=>'", tok.start, tok.end) }
        return parseArrowBody(start: s, params: [param], isAsync: true)
      }
      // Not an arrow: `async` was an identifier followed by something odd; report.
      let id = Identifier(span: Span(start: asyncTok.start, end: asyncTok.end), name: "async")
      unexpectedOr("expected '=>' after async arrow parameter")
      return id
    }
    if n.kind == .lparen || (n.kind == .lt && options.typescript) {
      let id = Identifier(span: Span(start: tok.start, end: tok.end), name: "async")
      next()
      if t == .lt {
        guard let arrow = tsTryGenericArrow(isAsync: true, start: s) else { return id }
        return arrow
      }
      let cover = CoverInfo()
      let yc = yieldExprCount, ac = awaitExprCount, aic = awaitIdentCount
      next()
      var args: [Node] = []
      var trailingCommaAfterSpread = false
      var mustBeArrow = false
      while t != .rparen && t != .eof {
        if t == .ellipsis {
          let es = start
          next()
          let arg = parseAssign(cover: cover)
          args.append(SpreadElement(span: span(es), argument: arg))
          if t == .comma { trailingCommaAfterSpread = true }
          if options.typescript && (t == .colon || t == .question) {
            // `...rest: T[]`: only a parameter list has annotations.
            tsSkipParamAnnotationInCover()
            mustBeArrow = true
          }
        } else {
          args.append(parseAssign(cover: cover))
          if coverParameterAnnotation(&args) { mustBeArrow = true }
        }
        if !eat(.comma) { break }
      }
      expect(.rparen, "expected ')' after arguments")
      // `async (x): T => ...` (the `:` may start a new line). As the consequent of `?:`,
      // `async (x) : y => z` is a call followed by the alternate, as TypeScript reads it.
      if options.typescript && t == .colon
        && (mustBeArrow || (tsLooksLikeReturnTypeArrow() && (s != conditionalConsequentStart || tsTypedArrowEndsConsequent(isAsync: true))))
      {
        tsSkipReturnTypeBeforeArrow()
      }
      if t == .arrow && !tok.newlineBefore {
        var params: [Node] = []
        for (i, a) in args.enumerated() {
          if let sp = a as? SpreadElement {
            if i != args.count - 1 || trailingCommaAfterSpread { error("rest parameter must be last", sp.span) }
            let target = toAssignable(sp.argument, binding: true, cover: cover)
            if target is AssignmentPattern { error("rest parameter may not have a default initializer", target.span) }
            params.append(RestElement(span: sp.span, argument: target))
          } else {
            params.append(toAssignable(a, binding: true, cover: cover))
          }
        }
        reportCover(cover)
        if yieldExprCount != yc { error("yield expression not allowed in arrow parameters", span(s)) }
        if awaitExprCount != ac || awaitIdentCount != aic { error("'await' is not allowed in async arrow parameters", span(s)) }
        return parseArrowBody(start: s, params: params, isAsync: true)
      }
      if mustBeArrow { unexpectedOr("expected '=>' after async arrow parameters") }
      reportCover(cover)
      return CallExpression(span: span(s), callee: id, arguments: args, optional: false)
    }
    return nil
  }

  /// `( Expression )` or the parameters of an arrow function
  /// (CoverParenthesizedExpressionAndArrowParameterList).
  func parseParenthesized(asyncArrowStart: Int? = nil) -> Node {
    let s = asyncArrowStart ?? start
    next()
    let cover = takeCover()
    defer { recycleCover(cover) }
    let yc = yieldExprCount, ac = awaitExprCount, aic = awaitIdentCount
    var items: [Node] = []
    var rest: Node? = nil
    var trailingComma = -1
    var mustBeArrow = false
    while t != .rparen && t != .eof {
      if t == .ellipsis {
        let rs = start
        next()
        let target = parseBindingTarget()
        if options.typescript { tsSkipTypeAnnotation() }
        if t == .assign {
          error("rest parameter may not have a default initializer", tok.start, tok.end)
          next()
          _ = parseAssign()
        }
        rest = RestElement(span: span(rs), argument: target)
        if t == .comma {
          error("rest parameter must be last", tok.start, tok.end)
          next()
        }
        break
      }
      items.append(parseAssign(cover: cover))
      if coverParameterAnnotation(&items) { mustBeArrow = true }
      if t == .comma {
        let cpos = tok.start
        next()
        if t == .rparen { trailingComma = cpos }
      } else {
        break
      }
    }
    expect(.rparen, "expected ')'")
    if options.typescript && t == .colon
      && (mustBeArrow
        || (items.allSatisfy(canBeParameter) && tsLooksLikeReturnTypeArrow()
          && (s != conditionalConsequentStart || tsTypedArrowEndsConsequent(isAsync: asyncArrowStart != nil))))
    {
      tsSkipReturnTypeBeforeArrow()
    }
    if t == .arrow {
      if tok.newlineBefore { error("line break before '=>'", tok.start, tok.end) }
      var params = items.map { toAssignable($0, binding: true, cover: cover) }
      if let rest { params.append(rest) }
      reportCover(cover)
      if yieldExprCount != yc { error("yield expression not allowed in arrow parameters", span(s)) }
      if awaitExprCount != ac { error("await expression not allowed in arrow parameters", span(s)) }
      if asyncArrowStart != nil && awaitIdentCount != aic { error("'await' is not allowed in async arrow parameters", span(s)) }
      return parseArrowBody(start: s, params: params, isAsync: asyncArrowStart != nil)
    }
    if items.isEmpty || rest != nil || mustBeArrow {
      error(rest != nil ? "unexpected rest element" : "expected an expression", span(s))
      if items.isEmpty { return InvalidNode(span: span(s)) }
    }
    if trailingComma >= 0 { error("unexpected trailing comma", trailingComma, trailingComma + 1) }
    reportCover(cover)
    let expr: Node
    if items.count == 1 {
      expr = items[0]
    } else {
      expr = SequenceExpression(span: Span(start: items[0].span.start, end: items[items.count - 1].span.end), expressions: items)
    }
    mark(expr, in: &parenthesized)
    return expr
  }

  /// Whether a parenthesized item could be an arrow parameter: a name, a literal that may become
  /// a pattern, or either with a default. `(a += 1): T => x` is no arrow (the `:` belongs to `?:`).
  func canBeParameter(_ n: Node) -> Bool {
    if parenthesized.contains(ObjectIdentifier(n)) { return false }
    switch n {
    case is Identifier, is ObjectExpression, is ArrayExpression: return true
    case let a as AssignmentExpression: return a.operator == "=" && canBeParameter(a.left)
    default: return n is ObjectPattern || n is ArrayPattern
    }
  }

  /// ArrayLiteral :: `[` ElementList `]` with elisions and spread.
  func parseArrayLiteral(cover outer: CoverInfo?) -> Node {
    let s = start
    let cover = outer ?? CoverInfo()
    defer { if outer == nil { reportCover(cover) } }
    next()
    var elements: [Node?] = []
    while t != .rbracket && t != .eof {
      if t == .comma {
        next()
        elements.append(nil)
        continue
      }
      let el: Node
      if t == .ellipsis {
        let es = start
        next()
        let arg = parseAssign(cover: cover)
        el = SpreadElement(span: span(es), argument: arg)
        if t == .comma { mark(el, in: &spreadWithTrailingComma) }
      } else {
        el = parseAssign(cover: cover)
      }
      elements.append(el)
      if t != .rbracket {
        if !eat(.comma) {
          unexpectedOr("expected ',' or ']' in array literal")
          break
        }
      }
    }
    expect(.rbracket, "expected ']' to close array literal")
    return ArrayExpression(span: span(s), elements: elements)
  }

  /// Tokens that can start a PropertyName.
  func isPropertyNameStart(_ k: TokenKind) -> Bool {
    switch k {
    case .name, .string, .number, .bigint, .lbracket, .privateName: return true
    default: return false
    }
  }

  /// PropertyName :: LiteralPropertyName | ComputedPropertyName (and PrivateIdentifier in classes).
  func parsePropertyKey(allowPrivate: Bool) -> (Node, Bool) {
    let s = start
    switch t {
    case .name:
      let id = Identifier(span: Span(start: tok.start, end: tok.end), name: tokenName())
      next()
      return (id, false)
    case .string, .number:
      if tok.legacyOctal && strict { error("octal literals and escapes are not allowed in strict mode", tok.start, tok.end) }
      let lit = t == .string ? Literal(span: Span(start: tok.start, end: tok.end), value: .string(tok.value ?? ""))
        : Literal(span: Span(start: tok.start, end: tok.end), value: .number(tok.number))
      next()
      return (lit, false)
    case .bigint:
      let lit = Literal(span: Span(start: tok.start, end: tok.end), value: .bigint(tok.value ?? "0"))
      next()
      return (lit, false)
    case .lbracket:
      next()
      let e = parseAssign()
      expect(.rbracket, "expected ']' after computed property name")
      return (e, true)
    case .privateName:
      let p = PrivateIdentifier(span: Span(start: tok.start, end: tok.end), name: tokenName())
      if !allowPrivate { error("private names are only allowed in classes", p.span) }
      next()
      return (p, false)
    default:
      unexpectedOr("expected a property name")
      if t != .rbrace && t != .eof && t != .rparen && t != .rbracket { next() }
      return (InvalidNode(span: span(s)), false)
    }
  }

  /// The static name of a non-computed key (identifier or string), for `constructor`/`__proto__` checks.
  func staticKeyName(_ key: Node, computed: Bool) -> String? {
    if computed { return nil }
    if let id = key as? Identifier { return id.name }
    if let l = key as? Literal, case .string(let s) = l.value { return s }
    return nil
  }

  /// ObjectLiteral :: `{` PropertyDefinitionList `,`? `}`.
  func parseObjectLiteral(cover outer: CoverInfo?) -> Node {
    let s = start
    let cover = outer ?? CoverInfo()
    defer { if outer == nil { reportCover(cover) } }
    next()
    let base = beginList()
    defer { dropList(to: base) }
    var sawProto = false
    while t != .rbrace && t != .eof {
      let errorCount = lx.errors.count
      let memberStart = tok.start
      if t == .ellipsis {
        let es = start
        next()
        let arg = parseAssign(cover: cover)
        appendToList(SpreadElement(span: span(es), argument: arg))
      } else {
        appendToList(parseObjectMember(cover: cover, sawProto: &sawProto))
      }
      if t != .rbrace && !eat(.comma) {
        if lx.errors.count == errorCount { unexpectedOr("expected ',' or '}' in object literal") }
        // Recovery: go on with the next property, so a broken one hides no method after it.
        if tok.start == memberStart { next() }
        if !skipToNextObjectProperty() { break }
      }
    }
    expect(.rbrace, "expected '}' to close object literal")
    let props = takeList(from: base)
    return ObjectExpression(span: span(s), properties: props)
  }

  /// Error recovery inside an object literal: skips to the `,` after the broken property (eaten),
  /// to the closing `}`, or to a line that starts like a property (`name:`, `name(`, `get x`...).
  /// False when the literal cannot be resumed (a `;` or the end of input came first).
  func skipToNextObjectProperty() -> Bool {
    if lx.fatal { return false }
    var bracketDepth = 0
    var templateDepths: [Int] = []
    while t != .eof {
      if bracketDepth == 0 {
        switch t {
        case .comma: next(); return true
        case .rbrace where templateDepths.isEmpty: return true
        case .semicolon: return false
        default:
          if tok.newlineBefore && lineStartsObjectProperty() { return true }
        }
      }
      switch t {
      case .lparen, .lbracket, .lbrace: bracketDepth += 1
      case .templateHead: templateDepths.append(bracketDepth)
      case .rbrace:
        if let d = templateDepths.last, d == bracketDepth {
          lx.rescanTemplateContinuation()
          if t == .templateTail { templateDepths.removeLast() }
          next()
          continue
        }
        bracketDepth -= 1
      case .rparen, .rbracket:
        if bracketDepth == 0 { return false }
        bracketDepth -= 1
      default: break
      }
      next()
    }
    return false
  }

  /// The current token, first on its line, starts a property: a name or key followed by `:`,
  /// `(` or `,`, or a `get`/`set`/`async` or `...` prefix.
  func lineStartsObjectProperty() -> Bool {
    switch t {
    case .ellipsis, .star: return true
    case .name, .string, .number, .lbracket:
      if t == .lbracket { return true }
      let n = peek()
      if n.kind == .colon || n.kind == .lparen || n.kind == .comma { return true }
      if t == .name && (isKw(.get) || isKw(.set) || isKw(.async)) && !n.newlineBefore && (n.kind == .name || n.kind == .string || n.kind == .lbracket) { return true }
      return false
    default:
      return false
    }
  }

  /// PropertyDefinition: `key: value`, shorthand (with CoverInitializedName), method, getter, setter.
  func parseObjectMember(cover: CoverInfo, sawProto: inout Bool) -> Node {
    let s = start
    var isAsync = false
    var isGenerator = false
    var kind = Property.Kind.`init`
    if isKw(.async) {
      let n = peek()
      if (isPropertyNameStart(n.kind) || n.kind == .star) && !n.newlineBefore {
        next()
        isAsync = true
      }
    }
    if t == .star {
      next()
      isGenerator = true
    }
    if !isAsync && !isGenerator && (isKw(.get) || isKw(.set)) {
      let n = peek()
      if isPropertyNameStart(n.kind) {
        kind = tok.keyword == .get ? .get : .set
        next()
      }
    }
    let keyTok = tok
    let (key, computed) = parsePropertyKey(allowPrivate: false)
    if t == .lparen || (options.typescript && t == .lt) {
      let value = parseMethod(isAsync: isAsync, isGenerator: isGenerator, kind: kind == .get ? .get : kind == .set ? .set : .method, derivedConstructor: false, isClassMember: false)
      return Property(span: span(s), key: key, value: value, kind: kind, computed: computed, shorthand: false, method: kind == .`init`)
    }
    if kind != .`init` || isAsync || isGenerator {
      unexpectedOr("expected '(' to start a method")
    }
    if eat(.colon) {
      if !computed, staticKeyName(key, computed: false) == "__proto__" {
        if sawProto && cover.doubleProto < 0 { cover.doubleProto = key.span.start }
        sawProto = true
      }
      let value = parseAssign(cover: cover)
      return Property(span: span(s), key: key, value: value, kind: .`init`, computed: computed, shorthand: false, method: false)
    }
    // Shorthand: IdentifierReference, or CoverInitializedName `a = 1`.
    guard let id = key as? Identifier, keyTok.kind == .name else {
      unexpectedOr("expected ':' after property name")
      return Property(span: span(s), key: key, value: InvalidNode(span: Span(start: lastEnd, end: lastEnd)), computed: computed)
    }
    checkIdentifier(keyTok.keyword, escaped: keyTok.escaped, id: id, binding: false)
    if t == .assign {
      if cover.shorthandAssign < 0 { cover.shorthandAssign = tok.start }
      next()
      let d = parseAssign()
      let value = AssignmentPattern(span: span(s), left: id, right: d)
      return Property(span: span(s), key: id, value: value, kind: .`init`, computed: false, shorthand: true, method: false)
    }
    return Property(span: span(s), key: id, value: id, kind: .`init`, computed: false, shorthand: true, method: false)
  }

  /// TemplateLiteral; each substitution's closing `}` is rescanned as template continuation.
  func parseTemplate(tagged: Bool) -> TemplateLiteral {
    let s = start
    var quasis: [TemplateElement] = []
    var expressions: [Node] = []
    guard enter() else { return TemplateLiteral(span: Span(start: s, end: s), quasis: [], expressions: []) }
    defer { leave() }
    while true {
      let k = t
      let contentStart = tok.start + 1
      var contentEnd = tok.end
      let isEnd = k == .template || k == .templateTail
      if isEnd {
        if contentEnd > contentStart && lx.buf[contentEnd - 1] == UInt8(ascii: "`") { contentEnd -= 1 }
      } else {
        contentEnd -= 2
      }
      if tok.invalidEscape && !tagged {
        error("invalid escape sequence in template literal", tok.start, tok.end)
      }
      let element = TemplateElement(span: Span(start: contentStart, end: max(contentStart, contentEnd)), cooked: tok.value,
                                    raw: lx.templateRaw(contentStart, max(contentStart, contentEnd)), tail: isEnd)
      quasis.append(element)
      next()
      if isEnd { break }
      let e = parseExpression()
      expressions.append(e)
      if t != .rbrace {
        unexpectedOr("expected '}' after template substitution")
        break
      }
      lx.rescanTemplateContinuation()
      if t != .templateMiddle && t != .templateTail { break }
    }
    return TemplateLiteral(span: span(s), quasis: quasis, expressions: expressions)
  }

  /// `new` MemberExpression Arguments?, and `new.target`.
  func parseNew() -> Node {
    let s = start
    guard enter() else { return InvalidNode(span: Span(start: s, end: s)) }
    defer { leave() }
    let newTok = tok
    next()
    if t == .dot {
      next()
      if t == .name && tok.keyword == .target && !tok.escaped {
        let prop = Identifier(span: Span(start: tok.start, end: tok.end), name: "target")
        next()
        if !fn.allowNewTarget { error("new.target is only allowed in functions", span(s)) }
        return MetaProperty(span: span(s), meta: Identifier(span: Span(start: newTok.start, end: newTok.end), name: "new"), property: prop)
      }
      unexpectedOr("expected 'target' after 'new.'")
      return InvalidNode(span: span(s))
    }
    if isKw(.import) { error("cannot use 'new' with import()", tok.start, tok.end) }
    let cs = start
    let primary = parsePrimary(cover: nil)
    if isBareArrow(primary) { error("arrow function cannot be an operand without parentheses", primary.span) }
    var callee = parseSubscripts(primary, start: cs, noCalls: true)
    if options.typescript && t == .lt { _ = tsTryTypeArgumentsForCall(noCalls: true) }
    if callee is ChainExpression { error("optional chain is not allowed in a 'new' expression", callee.span) }
    if callee is Super { error("'new super()' is not allowed", callee.span) }
    if let c = callee as? ChainExpression { callee = c }
    var args: [Node] = []
    if t == .lparen { args = parseArguments() }
    return NewExpression(span: span(s), callee: callee, arguments: args)
  }

  /// `super` followed by arguments (in derived constructors) or a property access (in methods).
  func parseSuper() -> Node {
    let s = start
    next()
    switch t {
    case .lparen:
      if !fn.allowSuperCall { error("'super' call is only allowed in derived class constructors", span(s)) }
    case .dot, .lbracket:
      if !fn.allowSuperProperty { error("'super' property access is only allowed in methods", span(s)) }
    default:
      error("'super' must be followed by arguments or a property access", span(s))
    }
    return Super(span: span(s))
  }

  /// ImportCall `import(specifier, options?)` and ImportMeta `import.meta`.
  func parseImportExpression() -> Node {
    let s = start
    let importTok = tok
    next()
    if t == .dot {
      next()
      if t == .name && tok.keyword == .meta && !tok.escaped {
        let prop = Identifier(span: Span(start: tok.start, end: tok.end), name: "meta")
        next()
        if options.goal != .module { error("import.meta is only allowed in modules", span(s)) }
        return MetaProperty(span: span(s), meta: Identifier(span: Span(start: importTok.start, end: importTok.end), name: "import"), property: prop)
      }
      unexpectedOr("expected 'meta' after 'import.'")
      return InvalidNode(span: span(s))
    }
    guard t == .lparen else {
      unexpectedOr("expected '(' after import")
      return InvalidNode(span: span(s))
    }
    next()
    if t == .rparen {
      error("import() needs a specifier", tok.start, tok.end)
      next()
      return ImportExpression(span: span(s), source: InvalidNode(span: span(s)), options: nil)
    }
    if t == .ellipsis { error("spread is not allowed in import()", tok.start, tok.end); next() }
    let source = parseAssign()
    var opts: Node? = nil
    if eat(.comma) && t != .rparen {
      opts = parseAssign()
      _ = eat(.comma)
    }
    expect(.rparen, "expected ')' after import() arguments")
    return ImportExpression(span: span(s), source: source, options: opts)
  }

  /// Decorator list: `@name`, `@a.b.c`, `@call(args)`, `@(expression)`.
  func parseDecorators() -> [Decorator] {
    var list: [Decorator] = []
    while t == .at {
      let s = start
      next()
      var expr: Node
      if t == .lparen {
        next()
        expr = parseExpression()
        expect(.rparen, "expected ')' after decorator expression")
      } else {
        let es = start
        expr = parseIdentifierReference()
        while t == .dot {
          next()
          let prop = parseMemberName()
          expr = MemberExpression(span: span(es), object: expr, property: prop, computed: false)
        }
        // `@Column<User>(...)`: type arguments before the decorator's arguments.
        if options.typescript && (t == .lt || t == .shl) {
          let saved = lx.save()
          let errorCount = lx.errors.count
          tsSkipTypeArguments()
          if lx.errors.count != errorCount || t != .lparen { lx.restore(saved) }
        }
        if t == .lparen {
          let args = parseArguments()
          expr = CallExpression(span: span(es), callee: expr, arguments: args)
        }
      }
      list.append(Decorator(span: span(s), expression: expr))
    }
    return list
  }
}

extension JSParser {
  /// `(a: T = v) =>` read first as a parenthesised cover: skips the TypeScript annotation after
  /// the item just parsed and folds a default value into it. True when there was an annotation
  /// (then only an arrow's parameter list can follow).
  func coverParameterAnnotation(_ items: inout [Node]) -> Bool {
    guard options.typescript && (t == .colon || t == .question) else { return false }
    tsSkipParamAnnotationInCover()
    if t == .assign {
      next()
      let d = parseAssign()
      let left = items.removeLast()
      items.append(AssignmentExpression(span: Span(start: left.span.start, end: d.span.end), operator: "=", left: left, right: d))
    }
    return true
  }
}
