// Declaration bookkeeping for the early errors of ECMAScript 14.2.1 (Block), 15.2.1 (functions),
// 16.1.1 (Script), 16.2.1 (Module) and Annex B.3.2-B.3.4 (sloppy-mode relaxations).

final class Scope {
  enum Kind { case function, block, catchClause }

  /// How a name is declared in one scope. One dictionary entry holds every role of a name, so
  /// a declaration costs one hash of the name rather than one per set it is checked against
  /// (the five sets this replaced were 4% of a parse).
  struct Roles: OptionSet {
    let rawValue: UInt8
    /// LexicallyDeclaredNames (let, const, class, import; catch parameters).
    static let lexical = Roles(rawValue: 1)
    /// VarDeclaredNames declared in or hoisted through this scope (plus parameters and top-level functions).
    static let variable = Roles(rawValue: 2)
    /// Function declarations directly in a block (lexical, but sloppy duplicates are allowed).
    static let function = Roles(rawValue: 4)
    /// A block-level function declaration that is async or a generator.
    static let nonPlainFunction = Roles(rawValue: 8)
    /// Bound by a simple `catch (e)` parameter (Annex B allows `var e` inside).
    static let simpleCatchParameter = Roles(rawValue: 16)
  }

  var kind: Kind
  var names: [String: Roles] = [:]
  var isModuleTop = false

  init(kind: Kind) {
    self.kind = kind
  }

  func declaresTopLevel(_ name: String) -> Bool {
    guard let roles = names[name] else { return false }
    return !roles.isDisjoint(with: [.lexical, .variable, .function])
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

extension Scope {
  /// Runs `body` on the roles of `name` in `scope` (empty when undeclared), with one hash lookup.
  @inline(__always) static func roles<R>(of name: String, in scope: Scope, _ body: (inout Roles) -> R) -> R {
    // Start with room for a few names: growing from one slot rehashes at every doubling.
    if scope.names.isEmpty { scope.names.reserveCapacity(8) }
    return body(&scope.names[name, default: []])
  }
}

extension JSParser {
  /// Opens a scope, reusing a closed one (and its dictionary's storage) when there is one: a
  /// parse opens a scope for every block and function.
  func pushScope(_ kind: Scope.Kind) {
    if let s = freeScopes.popLast() {
      s.kind = kind
      scopes.append(s)
    } else {
      scopes.append(Scope(kind: kind))
    }
  }

  func popScope() {
    let s = scopes.removeLast()
    s.names.removeAll(keepingCapacity: s.names.capacity <= 64)
    s.isModuleTop = false
    freeScopes.append(s)
  }

  /// Declares `name` in the current scope and reports conflicting declarations.
  func declare(_ name: String, _ kind: BindingKind, _ sp: Span) {
    guard let s = scopes.last else { return }
    switch kind {
    case .lexical:
      let clash = Scope.roles(of: name, in: s) { roles in
        defer { roles.insert(.lexical) }
        return !roles.isDisjoint(with: [.lexical, .function, .variable])
      }
      if clash { redeclared(name, sp) }
    case .variable(let forOf):
      for scope in scopes.reversed() {
        let blockFunctionsClash = scope.kind != .function || scope.isModuleTop
        let (lexicalClash, functionClash) = Scope.roles(of: name, in: scope) { roles in
          defer { roles.insert(.variable) }
          return (
            roles.contains(.lexical) && !(scope.kind == .catchClause && roles.contains(.simpleCatchParameter) && !forOf),
            blockFunctionsClash && roles.contains(.function)
          )
        }
        if lexicalClash { redeclared(name, sp) }
        if functionClash { redeclared(name, sp) }
        if scope.kind == .function { break }
      }
    case .function(let plain):
      if s.kind == .function && !s.isModuleTop {
        let clash = Scope.roles(of: name, in: s) { roles in
          defer { roles.insert(.variable) }
          return roles.contains(.lexical)
        }
        if clash { redeclared(name, sp) }
      } else {
        let strict = strict
        let (declaredClash, functionClash) = Scope.roles(of: name, in: s) { roles in
          defer {
            roles.insert(.function)
            if !plain { roles.insert(.nonPlainFunction) }
          }
          return (
            !roles.isDisjoint(with: [.lexical, .variable]),
            roles.contains(.function) && (strict || !plain || s.isModuleTop || roles.contains(.nonPlainFunction))
          )
        }
        if declaredClash { redeclared(name, sp) }
        if functionClash { redeclared(name, sp) }
      }
    case .parameter:
      _ = Scope.roles(of: name, in: s) { $0.insert(.variable) }
    case .catchParameter(let simple):
      let clash = Scope.roles(of: name, in: s) { roles in
        defer {
          roles.insert(.lexical)
          if simple { roles.insert(.simpleCatchParameter) }
        }
        return roles.contains(.lexical)
      }
      if clash { redeclared(name, sp) }
    }
  }

  func redeclared(_ name: String, _ sp: Span) {
    error("'\(name)' has already been declared", sp)
  }

  /// Declares every name bound by a pattern.
  func declarePattern(_ pattern: Node, _ kind: BindingKind) {
    forEachBoundIdentifier(pattern) { id in declare(id.name, kind, id.span) }
  }
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
