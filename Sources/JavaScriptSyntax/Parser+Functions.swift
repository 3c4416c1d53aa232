// Functions, arrow functions, methods and classes (ECMAScript 15).

enum MethodKind { case method, get, set, constructor }

extension JSParser {
  /// FunctionDeclaration / FunctionExpression / GeneratorDeclaration / AsyncFunction... at `function`.
  func parseFunction(start s: Int, isAsync: Bool, isStatement: Bool, allowAnonymous: Bool = false) -> Node {
    guard enter() else { return InvalidNode(span: Span(start: s, end: s)) }
    defer { leave() }
    next()
    let isGenerator = eat(.star)
    var id: Identifier? = nil
    if t == .name && !(options.typescript && t == .lt) {
      if isStatement {
        id = parseBindingIdentifier()
      } else {
        // A function expression's name is bound inside it: checked with its own yield/await rules.
        let saved = fn
        fn.isGenerator = isGenerator
        fn.awaitReserved = isAsync || options.goal == .module
        fn.inClassFieldInit = false
        fn.inStaticBlock = false
        id = parseBindingIdentifier()
        fn = saved
      }
    } else if isStatement && !allowAnonymous {
      unexpectedOr("expected a function name")
    }
    let result = parseFunctionRest(start: s, id: id, isAsync: isAsync, isGenerator: isGenerator, kind: .method, isArrowLike: false, isMethod: false, derivedConstructor: false)
    let f: FunctionNode = isStatement
      ? FunctionDeclaration(span: span(s), id: id, params: result.params, body: result.body, isAsync: isAsync, isGenerator: isGenerator)
      : FunctionExpression(span: span(s), id: id, params: result.params, body: result.body, isAsync: isAsync, isGenerator: isGenerator)
    if result.bodyless {
      if isStatement { return TSTypeDeclaration(span: span(s), kind: "signature") }
      mark(f, in: &tsBodylessFunctions)
    } else if isStatement, let id, !inTypeScriptAmbient {
      declare(id.name, .function(plain: !isAsync && !isGenerator), id.span)
    }
    return f
  }

  struct FunctionParts {
    var params: [Node]
    var body: BlockStatement
    var bodyless: Bool
  }

  /// FormalParameters and FunctionBody with their early errors; restores the outer context.
  func parseFunctionRest(start s: Int, id: Identifier?, isAsync: Bool, isGenerator: Bool, kind: MethodKind,
                         isArrowLike: Bool, isMethod: Bool, derivedConstructor: Bool) -> FunctionParts {
    let saved = fn
    let savedStrict = strict
    fn = FunctionContext()
    fn.isAsync = isAsync
    fn.isGenerator = isGenerator
    fn.allowReturn = true
    fn.allowNewTarget = true
    fn.allowSuperProperty = isMethod
    fn.allowSuperCall = derivedConstructor
    fn.awaitReserved = isAsync || options.goal == .module
    fn.awaitAllowed = isAsync
    pushScope(.function)
    defer {
      popScope()
      fn = saved
      strict = savedStrict
    }
    if options.typescript && t == .lt { tsSkipTypeParameters() }
    let yc = yieldExprCount, ac = awaitExprCount
    let params = parseFormalParameters()
    if yieldExprCount != yc { error("yield expression not allowed in formal parameters", span(s)) }
    if awaitExprCount != ac { error("await expression not allowed in formal parameters", span(s)) }
    for p in params { declarePattern(p, .parameter) }
    switch kind {
    case .get:
      if !params.isEmpty { error("a getter must not have parameters", span(s)) }
    case .set:
      if params.count != 1 || params[0] is RestElement { error("a setter must have exactly one parameter", span(s)) }
    default:
      break
    }
    if options.typescript && t == .colon { tsSkipReturnType() }
    if options.typescript && t != .lbrace {
      // Overload signature, abstract or ambient declaration: no body.
      let bs = lastEnd
      semicolonOrNewline()
      return FunctionParts(params: params, body: BlockStatement(span: Span(start: bs, end: bs), body: []), bodyless: true)
    }
    let body = parseFunctionBodyBlock(params: params, unique: isArrowLike || isMethod, id: id)
    return FunctionParts(params: params, body: body, bodyless: false)
  }

  func semicolonOrNewline() {
    if t == .semicolon { next(); return }
    if tok.newlineBefore || t == .rbrace || t == .eof { return }
    unexpectedOr("expected '{' to start the function body")
  }

  /// `{ FunctionBody }` with the directive prologue and the checks that depend on strictness.
  func parseFunctionBodyBlock(params: [Node], unique: Bool, id: Identifier?) -> BlockStatement {
    let s = start
    let wasStrict = strict
    // Only a lean reading may parse the body again (`fillIn`).
    let context = wordMarks == nil ? nil : IdleContext(fn: fn, strict: strict, ambient: inTypeScriptAmbient)
    let yc = yieldExprCount, ac = awaitExprCount
    defer { yieldExprCount = yc; awaitExprCount = ac }
    expect(.lbrace, "expected '{' to start the function body")
    sawUseStrict = false
    let body = parseStatementList(end: .rbrace, directives: true)
    let hadUseStrict = sawUseStrict
    sawUseStrict = false
    expect(.rbrace, "expected '}' to close the function body")
    let simple = params.allSatisfy { $0 is Identifier }
    if hadUseStrict && !simple {
      error("'use strict' is not allowed in a function with non-simple parameters", span(s))
    }
    checkParameters(params, unique: unique || !simple || strict, recheckStrictNames: strict && !wasStrict)
    if strict && !wasStrict, let id {
      if id.name == "eval" || id.name == "arguments" {
        error("'\(id.name)' cannot be a function name in strict mode", id.span)
      } else if lookupKeyword(id.name).isStrictReserved {
        error("'\(id.name)' is a reserved word in strict mode", id.span)
      }
    }
    let block = BlockStatement(span: span(s), body: options.syntaxOnly ? [] : body)
    if let marks = wordMarks, let context { return leftOutIfIdle(block, params: params, id: id, marks: marks, context: context) }
    return block
  }

  /// The body as kept in the tree: empty when the function mentions none of the words and
  /// uses neither `eval` nor `with` (see IdleFunctions.swift), with the names it uses noted.
  func leftOutIfIdle(_ block: BlockStatement, params: [Node], id: Identifier?, marks: WordMarks, context: IdleContext) -> BlockStatement {
    if marks.any(in: block.span) || params.contains(where: { marks.any(in: $0.span) }) { return block }
    if let id, marks.any(in: id.span) { return block }
    let walker = NameUseWalker(idle: idleBodies, resolving: false)
    walker.summarise(params: params, body: block.body)
    if walker.pinned { return block }
    for key in walker.merged { idleBodies.bodies[key] = nil }
    let empty = BlockStatement(span: block.span, body: [])
    idleBodies.bodies[ObjectIdentifier(empty)] = IdleBody(block: empty, use: walker.summary(), context: context)
    return empty
  }

  /// Parses a left-out body again, in the context it stood in, and puts its statements back in
  /// its block: the rest of the tree needs it (`IdleFunctions.leftOut`). The functions in it
  /// that mention none of the words are left out again, each with its own summary. Its errors
  /// and comments were recorded by the first reading, so the second one's are dropped.
  func fillIn(_ block: BlockStatement) {
    guard let idle = idleBodies.bodies[ObjectIdentifier(block)] else { return }
    let (errorCount, commentCount) = (lx.errors.count, lx.comments.count)
    let (savedFn, savedStrict, savedAmbient, savedScopes) = (fn, strict, inTypeScriptAmbient, scopes)
    defer {
      (fn, strict, inTypeScriptAmbient, scopes) = (savedFn, savedStrict, savedAmbient, savedScopes)
      lx.errors.removeSubrange(errorCount...)
      lx.comments.removeSubrange(commentCount...)
    }
    (fn, strict, inTypeScriptAmbient) = (idle.context.fn, idle.context.strict, idle.context.ambient)
    scopes = []
    pushScope(.function)
    lx.pos = block.span.start
    lx.fatal = false
    lx.atStart = false
    lx.previousKind = .eof
    next()
    expect(.lbrace, "expected '{' to start the function body")
    let body = parseStatementList(end: .rbrace, directives: true)
    popScope()
    idleBodies.bodies[ObjectIdentifier(block)] = nil
    block.body = body
  }

  /// Duplicate parameter names (always for arrows, methods, strict code and non-simple lists),
  /// and strict-mode names when a body's "use strict" applies retroactively.
  func checkParameters(_ params: [Node], unique: Bool, recheckStrictNames: Bool) {
    // Parameter lists are short: a linear search beats hashing every name into a new set.
    var seen: [String] = []
    var many = Set<String>()
    func isNew(_ name: String) -> Bool {
      if seen.count < 32 {
        if seen.contains(name) { return false }
        seen.append(name)
        return true
      }
      if many.isEmpty { many = Set(seen) }
      return many.insert(name).inserted
    }
    for p in params {
      forEachBoundIdentifier(p) { id in
        if unique && !isNew(id.name) {
          error("duplicate parameter name '\(id.name)'", id.span)
        }
        if recheckStrictNames {
          if id.name == "eval" || id.name == "arguments" {
            error("'\(id.name)' cannot be a parameter name in strict mode", id.span)
          } else if lookupKeyword(id.name).isStrictReserved {
            error("'\(id.name)' is a reserved word in strict mode", id.span)
          }
        }
      }
    }
  }

  /// FormalParameters :: `(` FormalParameterList? `)` with rest and defaults.
  func parseFormalParameters() -> [Node] {
    guard t == .lparen else {
      unexpectedOr("expected '(' to start parameters")
      return []
    }
    next()
    let base = beginList()
    defer { dropList(to: base) }
    while t != .rparen && t != .eof {
      if options.typescript { tsSkipParameterModifiers() }
      if t == .ellipsis {
        let s = start
        next()
        let target = parseBindingTarget()
        if options.typescript { _ = eat(.question); tsSkipTypeAnnotation() }
        if t == .assign {
          error("rest parameter may not have a default initializer", tok.start, tok.end)
          next()
          _ = parseAssign()
        }
        appendToList(RestElement(span: span(s), argument: target))
        // A declaration (no body follows) may keep a trailing comma after the rest parameter.
        if t != .rparen && !(inTypeScriptAmbient && t == .comma && peek().kind == .rparen) {
          error("rest parameter must be last", tok.start, tok.end)
        }
        if !eat(.comma) { break }
        continue
      }
      if options.typescript && isKw(.this) {
        // `this: Type` parameter: type-only.
        next()
        tsSkipTypeAnnotation()
        if !eat(.comma) { break }
        continue
      }
      appendToList(parseBindingElement(isParameter: true))
      if !eat(.comma) { break }
    }
    expect(.rparen, "expected ')' after parameters")
    return takeList(from: base)
  }

  /// ArrowFunction / AsyncArrowFunction body after the parameters (current token `=>`).
  func parseArrowBody(start s: Int, params: [Node], isAsync: Bool, noIn: Bool = false) -> Node {
    next()
    let saved = fn
    let savedStrict = strict
    fn = FunctionContext()
    fn.isAsync = isAsync
    fn.isArrow = true
    fn.allowReturn = true
    fn.allowNewTarget = saved.allowNewTarget
    fn.allowSuperProperty = saved.allowSuperProperty
    fn.allowSuperCall = saved.allowSuperCall
    fn.inClassFieldInit = saved.inClassFieldInit
    fn.inStaticBlock = saved.inStaticBlock
    fn.awaitReserved = isAsync || options.goal == .module || saved.inStaticBlock
    fn.awaitAllowed = isAsync
    pushScope(.function)
    for p in params { declarePattern(p, .parameter) }
    // `yield`/`await` inside this body belong to it, not to parameters around it
    // (`function f(g = async () => { await x }) {}`).
    let yc = yieldExprCount, ac = awaitExprCount
    var body: Node
    if t == .lbrace {
      body = parseFunctionBodyBlock(params: params, unique: true, id: nil)
    } else {
      checkParameters(params, unique: true, recheckStrictNames: false)
      // An arrow that is a conditional's consequent passes that place on to its concise body
      // (TypeScript reads `c ? v => (x = v) : v => 0` as two arrows, not a typed one).
      let savedConsequent = conditionalConsequentStart
      if s == conditionalConsequentStart { conditionalConsequentStart = start }
      body = parseAssign(noIn: noIn)
      conditionalConsequentStart = savedConsequent
    }
    yieldExprCount = yc
    awaitExprCount = ac
    popScope()
    fn = saved
    strict = savedStrict
    return ArrowFunctionExpression(span: span(s), id: nil, params: params, body: body, isAsync: isAsync, isGenerator: false)
  }

  /// MethodDefinition's function part (UniqueFormalParameters and body); the span starts at `(`.
  func parseMethod(isAsync: Bool, isGenerator: Bool, kind: MethodKind, derivedConstructor: Bool, isClassMember: Bool) -> FunctionExpression {
    let s = start
    guard enter() else {
      return FunctionExpression(span: Span(start: s, end: s), id: nil, params: [], body: BlockStatement(span: Span(start: s, end: s), body: []), isAsync: isAsync, isGenerator: isGenerator)
    }
    defer { leave() }
    let parts = parseFunctionRest(start: s, id: nil, isAsync: isAsync, isGenerator: isGenerator, kind: kind, isArrowLike: false, isMethod: true, derivedConstructor: derivedConstructor)
    let f = FunctionExpression(span: span(s), id: nil, params: parts.params, body: parts.body, isAsync: isAsync, isGenerator: isGenerator)
    if parts.bodyless { mark(f, in: &tsBodylessFunctions) }
    return f
  }

  // MARK: - Classes

  /// ClassDeclaration / ClassExpression. Class code is strict.
  func parseClass(start s: Int, isStatement: Bool, decorators: [Decorator], allowAnonymous: Bool = false) -> Node {
    guard enter() else { return InvalidNode(span: Span(start: s, end: s)) }
    defer { leave() }
    next()
    let savedStrict = strict
    strict = true
    defer { strict = savedStrict }
    var id: Identifier? = nil
    if t == .name && !isKw(.extends) && !(options.typescript && isKw(.implements)) {
      id = parseBindingIdentifier()
      if let id, isStatement, !inTypeScriptAmbient { declare(id.name, .lexical, id.span) }
    } else if isStatement && !allowAnonymous {
      unexpectedOr("expected a class name")
    }
    if options.typescript && t == .lt { tsSkipTypeParameters() }
    var superClass: Node? = nil
    if eatKw(.extends) {
      let es = start
      let primary = parsePrimary(cover: nil)
      superClass = parseSubscripts(primary, start: es, noCalls: false)
      if options.typescript && (t == .lt || t == .shl) { tsSkipTypeArguments() }
    }
    if options.typescript && isKw(.implements) {
      next()
      repeat { tsSkipType() } while eat(.comma)
    }
    let body = parseClassBody(derived: superClass != nil)
    if isStatement {
      return ClassDeclaration(span: span(s), id: id, superClass: superClass, body: body, decorators: decorators)
    }
    return ClassExpression(span: span(s), id: id, superClass: superClass, body: body, decorators: decorators)
  }

  /// ClassBody with private-name resolution and constructor checks.
  func parseClassBody(derived: Bool) -> ClassBody {
    let s = start
    expect(.lbrace, "expected '{' to start the class body")
    let scope = PrivateScope()
    privateScopes.append(scope)
    let base = beginList()
    defer { dropList(to: base) }
    var sawConstructor = false
    while t != .rbrace && t != .eof {
      if eat(.semicolon) { continue }
      let before = tok.start
      let errorCount = lx.errors.count
      if let m = parseClassMember(derived: derived, sawConstructor: &sawConstructor, scope: scope) { appendToList(m) }
      if lx.errors.count > errorCount {
        // Skip to the next member boundary.
        while t != .eof && t != .rbrace && t != .semicolon && !tok.newlineBefore {
          if t == .lbrace { skipBalanced() } else { next() }
        }
      }
      if tok.start == before && t != .rbrace && t != .eof { next() }
    }
    expect(.rbrace, "expected '}' to close the class body")
    privateScopes.removeLast()
    for (name, sp) in scope.used where scope.declared[name] == nil {
      if let outer = privateScopes.last {
        outer.used.append((name, sp))
      } else if !inTypeScriptAmbient {
        error("private name #\(name) is not defined", sp)
      }
    }
    let members = takeList(from: base)
    return ClassBody(span: span(s), body: members)
  }

  /// Skips a `{ ... }` group (recovery only).
  func skipBalanced() {
    var d = 0
    repeat {
      if t == .lbrace { d += 1 } else if t == .rbrace { d -= 1 }
      next()
    } while d > 0 && t != .eof
  }

  func declarePrivate(_ scope: PrivateScope, _ p: PrivateIdentifier, _ kind: PrivateScope.Kind, isStatic: Bool) {
    if p.name == "constructor" { error("'#constructor' is not a valid private name", p.span) }
    if let (existing, existingStatic) = scope.declared[p.name] {
      if ((existing == .getter && kind == .setter) || (existing == .setter && kind == .getter)) && existingStatic == isStatic {
        scope.declared[p.name] = (.accessorPair, isStatic)
        return
      }
      error("duplicate private name #\(p.name)", p.span)
      return
    }
    scope.declared[p.name] = (kind, isStatic)
  }

  /// Can the token after a modifier (`static`, `get`, `async`, ...) start a class element name?
  func startsClassElementName(_ n: Token) -> Bool {
    switch n.kind {
    case .name, .string, .number, .bigint, .lbracket, .privateName, .star, .lbrace: return true
    default: return false
    }
  }

  /// ClassElement: method, getter/setter, field, accessor, static block (with decorators).
  func parseClassMember(derived: Bool, sawConstructor: inout Bool, scope: PrivateScope) -> Node? {
    let s = start
    let decorators = t == .at ? parseDecorators() : []
    if options.typescript {
      if tsSkipClassMemberModifiers() { return nil }
    }
    var isStatic = false
    if isKw(.static) {
      let n = peek()
      if startsClassElementName(n) && !(n.kind == .lbrace && false) {
        next()
        isStatic = true
        if t == .lbrace { return parseStaticBlock(start: s) }
      }
    }
    if options.typescript { if tsSkipClassMemberModifiers() { return nil } }
    var isAsync = false
    var isGenerator = false
    var kind = MethodKind.method
    var isAccessor = false
    if isKw(.async) {
      let n = peek()
      if startsClassElementName(n) && n.kind != .lbrace && !n.newlineBefore {
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
      if startsClassElementName(n) && n.kind != .lbrace && n.kind != .star {
        kind = tok.keyword == .get ? .get : .set
        next()
      }
    }
    if !isAsync && !isGenerator && kind == .method && isKw(.accessor) {
      let n = peek()
      if startsClassElementName(n) && n.kind != .lbrace && n.kind != .star && !n.newlineBefore {
        isAccessor = true
        next()
      }
    }
    let (key, computed) = parsePropertyKey(allowPrivate: true)
    let name = staticKeyName(key, computed: computed)
    if options.typescript {
      if t == .question || t == .bang { next() }
    }
    if t == .lparen || (options.typescript && t == .lt) {
      var methodKind = kind
      let isConstructor = !isStatic && name == "constructor" && !(key is PrivateIdentifier)
      if isConstructor {
        if kind != .method || isAsync || isGenerator {
          error("class constructor may not be a\(kind == .get ? " getter" : kind == .set ? " setter" : isAsync ? "n async method" : " generator")", key.span)
        }
        methodKind = .constructor
      }
      if isStatic && name == "prototype" { error("classes may not have a static method named 'prototype'", key.span) }
      if isAccessor { error("'accessor' cannot be used on methods", key.span) }
      let value = parseMethod(isAsync: isAsync, isGenerator: isGenerator, kind: methodKind, derivedConstructor: isConstructor && derived, isClassMember: true)
      if isConstructor && !tsBodylessFunctions.contains(ObjectIdentifier(value)) {
        // TypeScript reports duplicate implementations itself; its parser accepts them.
        if sawConstructor && !options.typescript { error("a class may only have one constructor", key.span) }
        sawConstructor = true
      }
      if tsBodylessFunctions.contains(ObjectIdentifier(value)) { return nil }
      if let p = key as? PrivateIdentifier {
        declarePrivate(scope, p, kind == .get ? .getter : kind == .set ? .setter : .method, isStatic: isStatic)
      }
      let mk: MethodDefinition.Kind = methodKind == .constructor ? .constructor : methodKind == .get ? .get : methodKind == .set ? .set : .method
      return MethodDefinition(span: span(s), key: key, value: value, kind: mk, computed: computed, isStatic: isStatic, decorators: decorators)
    }
    // FieldDefinition.
    if kind != .method || isAsync || isGenerator {
      unexpectedOr("expected '(' to start a method")
    }
    if name == "constructor" && !(key is PrivateIdentifier) { error("classes may not have a field named 'constructor'", key.span) }
    if isStatic && name == "prototype" && !(key is PrivateIdentifier) { error("classes may not have a static field named 'prototype'", key.span) }
    if let p = key as? PrivateIdentifier { declarePrivate(scope, p, .field, isStatic: isStatic) }
    if options.typescript { tsSkipTypeAnnotation() }
    var value: Node? = nil
    if eat(.assign) {
      let saved = fn
      fn = FunctionContext()
      fn.allowNewTarget = true
      fn.allowSuperProperty = true
      fn.inClassFieldInit = true
      fn.awaitReserved = saved.awaitReserved || options.goal == .module
      pushScope(.function)
      value = parseAssign()
      popScope()
      fn = saved
    }
    if t == .semicolon {
      next()
    } else if !(t == .rbrace || tok.newlineBefore || t == .eof) {
      unexpectedOr("expected ';' after class field")
    }
    return PropertyDefinition(span: span(s), key: key, value: value, computed: computed, isStatic: isStatic, decorators: decorators)
  }

  /// ClassStaticBlock :: `static` `{` ClassStaticBlockStatementList `}`.
  func parseStaticBlock(start s: Int) -> Node {
    let saved = fn
    fn = FunctionContext()
    fn.allowNewTarget = true
    fn.allowSuperProperty = true
    fn.inStaticBlock = true
    fn.awaitReserved = true
    pushScope(.function)
    next()
    let body = parseStatementList(end: .rbrace, directives: false)
    expect(.rbrace, "expected '}' to close the static block")
    popScope()
    fn = saved
    return StaticBlock(span: span(s), body: body)
  }
}
