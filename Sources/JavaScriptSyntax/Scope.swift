// Declaration bookkeeping for the early errors of ECMAScript 14.2.1 (Block), 15.2.1 (functions),
// 16.1.1 (Script), 16.2.1 (Module) and Annex B.3.2-B.3.4 (sloppy-mode relaxations).

final class Scope {
  enum Kind { case function, block, catchClause }
  let kind: Kind
  /// LexicallyDeclaredNames (let, const, class, import; catch parameters).
  var lexical = Set<String>()
  /// VarDeclaredNames declared in or hoisted through this scope (plus parameters and top-level functions).
  var vars = Set<String>()
  /// Function declarations directly in a block (lexical, but sloppy duplicates are allowed).
  var functions = Set<String>()
  var nonPlainFunctions = Set<String>()
  /// Names bound by a simple `catch (e)` parameter (Annex B allows `var e` inside).
  var simpleCatchParams = Set<String>()
  var isModuleTop = false

  init(kind: Kind) {
    self.kind = kind
  }

  func declaresTopLevel(_ name: String) -> Bool {
    lexical.contains(name) || vars.contains(name) || functions.contains(name)
  }
}

/// Private names of one class body (`#x`), to resolve uses and reject duplicates.
final class PrivateScope {
  enum Kind { case field, method, getter, setter, accessorPair }
  var declared: [String: (Kind, Bool)] = [:]
  var used: [(String, Span)] = []
}

enum BindingKind {
  case variable(forOf: Bool)
  case lexical
  case function(plain: Bool)
  case parameter
  case catchParameter(simple: Bool)
}

extension JSParser {
  func pushScope(_ kind: Scope.Kind) {
    scopes.append(Scope(kind: kind))
  }

  func popScope() {
    scopes.removeLast()
  }

  /// Declares `name` in the current scope and reports conflicting declarations.
  func declare(_ name: String, _ kind: BindingKind, _ sp: Span) {
    guard let s = scopes.last else { return }
    switch kind {
    case .lexical:
      if s.lexical.contains(name) || s.functions.contains(name) || s.vars.contains(name) {
        redeclared(name, sp)
      }
      s.lexical.insert(name)
    case .variable(let forOf):
      for scope in scopes.reversed() {
        if scope.lexical.contains(name) && !(scope.kind == .catchClause && scope.simpleCatchParams.contains(name) && !forOf) {
          redeclared(name, sp)
        }
        if (scope.kind != .function || scope.isModuleTop) && scope.functions.contains(name) {
          redeclared(name, sp)
        }
        scope.vars.insert(name)
        if scope.kind == .function { break }
      }
    case .function(let plain):
      if s.kind == .function && !s.isModuleTop {
        if s.lexical.contains(name) { redeclared(name, sp) }
        s.vars.insert(name)
      } else {
        if s.lexical.contains(name) || s.vars.contains(name) { redeclared(name, sp) }
        if s.functions.contains(name) && (strict || !plain || s.isModuleTop || s.nonPlainFunctions.contains(name)) {
          redeclared(name, sp)
        }
        s.functions.insert(name)
        if !plain { s.nonPlainFunctions.insert(name) }
      }
    case .parameter:
      s.vars.insert(name)
    case .catchParameter(let simple):
      if s.lexical.contains(name) { redeclared(name, sp) }
      s.lexical.insert(name)
      if simple { s.simpleCatchParams.insert(name) }
    }
  }

  func redeclared(_ name: String, _ sp: Span) {
    error("'\(name)' has already been declared", sp)
  }

  /// Declares every name bound by a pattern.
  func declarePattern(_ pattern: Node, _ kind: BindingKind) {
    forEachBoundIdentifier(pattern) { id in declare(id.name, kind, id.span) }
  }

  /// BoundNames of a binding pattern, in source order.
  func forEachBoundIdentifier(_ node: Node, _ body: (Identifier) -> Void) {
    switch node {
    case let id as Identifier: body(id)
    case let p as ObjectPattern:
      for prop in p.properties {
        if let pr = prop as? Property { forEachBoundIdentifier(pr.value, body) } else { forEachBoundIdentifier(prop, body) }
      }
    case let p as ArrayPattern:
      for case let e? in p.elements { forEachBoundIdentifier(e, body) }
    case let r as RestElement: forEachBoundIdentifier(r.argument, body)
    case let a as AssignmentPattern: forEachBoundIdentifier(a.left, body)
    default: break
    }
  }
}
