import HeapLintCore
import JavaScriptSyntax

/// Flags identify calls with no identity, extra arguments, or a function, class or regex.
public struct IdentityTypeRule: Rule {
  public init() {}

  public let id = "identity-type"
  public let defaultSeverity = Severity.warning
  public let summary = "identify is called without an identity, with extra arguments, or with a function."

  public let rationale = """
    `heap.identify` takes exactly one string. Calling it with no argument was once a common way \
    to try to log a user out; it does nothing useful (the call is ignored) and hides the intent: \
    Heap's logout is `heap.resetIdentity()`. Extra arguments are ignored, which usually means \
    the call was confused with another API (`addUserProperties`, a server-side client); a \
    second string that only names the identity's kind (`'email'`), which old snippets took, \
    loses nothing and is left alone. A \
    function, class or regular expression passed as the identity is a bug: its source text \
    would become the identity.
    """

  public let help = "Pass exactly one string identity; to log the user out call heap.resetIdentity()."

  public let examples: [RuleExample] = [
    .valid("heap.identify(user.id);"),
    .valid("heap.resetIdentity();"),
    .valid("const identify = (id) => heap.identify(id);\nidentify(user.id);"),
    .invalid("function logout() {\n  ↓heap.identify();\n}"),
    .invalid("↓heap.identify(user.id, { plan: user.plan });"),
    .valid("heap.identify(user.email, 'email');"),
    .invalid("interface User { id: string; email: string }\nfunction signIn(user: User) {\n  ↓heap.identify(user);\n}", fileName: "auth.ts"),
    .valid("interface User { id: string; email: string }\nfunction signIn(user: User) {\n  heap.identify(user.id);\n}", fileName: "auth.ts"),
    .valid("type UserId = string;\nfunction signIn(id: UserId) {\n  heap.identify(id);\n}", fileName: "auth.ts"),
    .invalid("↓heap.identify(user.email, user.name);"),
    .invalid("↓heap.identify(() => user.id);"),
    .invalid("↓heap.identify(getUserId);\nfunction getUserId() { return session.user.id; }"),
    .invalid("↓heap.identify(user.id.toString);"),
    // Through a wrapper: a selector passed where its result was meant.
    .invalid("const identifyUser = (id) => heap.identify(id);\nconst currentUserId = (state) => state.auth.user?.id;\n↓identifyUser(currentUserId);"),
    .valid("const identifyUser = (id) => heap.identify(id);\nconst currentUserId = (state) => state.auth.user?.id;\nidentifyUser(currentUserId(store.getState()));"),
    // A method written on a namespace object, passed without calling it.
    .invalid("var Acme = window.Acme || {};\nAcme.emailFromLink = function () { return Acme.getParam('email'); };\n↓heap.identify(Acme.emailFromLink);"),
    .valid("var Acme = window.Acme || {};\nAcme.emailFromLink = function () { return Acme.getParam('email'); };\nheap.identify(Acme.emailFromLink());"),
    .valid("heap.identify(user.id.toString());"),
    .invalid("const identify = (...args) => window.heap?.identify(...args);\n↓identify();"),
    .valid("const identify = (...args) => window.heap?.identify(...args);\nidentify(user.id);"),
    .invalid("import { getCurrentUserId } from './current-user';\nif (getCurrentUserId()) {\n  ↓heap.identify(getCurrentUserId);\n}"),
    .valid("import { getCurrentUserId } from './current-user';\nif (getCurrentUserId()) {\n  heap.identify(getCurrentUserId());\n}"),
  ]

  /// Words an old form of the call named the identity's kind with: `identify(email, 'email')`.
  static let identityKindWords: Set<String> = ["email", "handle", "id", "user_id", "userid", "username", "uid", "phone"]

  /// True when the extra arguments are one string literal naming the kind of identity: a hint
  /// that older snippets accepted and Heap ignores, which loses nothing.
  static func isIdentityKindHint(_ extra: ArraySlice<Node>, _ document: HeapDocument, _ script: Int) -> Bool {
    guard extra.count == 1, let lit = extra.first as? Literal, case .string(let word) = lit.value else { return false }
    return identityKindWords.contains(word.lowercased())
  }

  public func check(_ document: HeapDocument, _ context: inout RuleContext) {
    // Direct calls, and calls of wrappers that pass all their arguments on
    // (`const identify = (...args) => heap.identify(...args)`).
    for call in document.calls where call.method == "identify" {
      let callee = document.calleeText(call)
      let span = document.fileSpan(of: call)
      let argument: Node
      if let arguments = call.passedArguments {
        if arguments.isEmpty {
          context.report("\(callee)() has no identity: Heap ignores it, and it does not log the user out", at: span, help: "To log the user out call heap.resetIdentity(); otherwise pass the user's id.")
          continue
        }
        if arguments.count > 1, !Self.isIdentityKindHint(arguments.dropFirst(), document, call.script) {
          context.report("\(callee) takes one identity but is given \(arguments.count) arguments; the others are ignored", at: span)
          continue
        }
        argument = arguments[0]
      } else if case .wrapper = call.via, let mapped = call.argument(0), !(mapped is SpreadElement) {
        // What a wrapper's caller passes as the identity (`identifyUser(selectUserId)`).
        argument = mapped
      } else {
        continue
      }
      let value = document.value(of: argument, script: call.script)
      var reported = false
      for case .callable(let kind) in value.possibilities {
        context.report("\(callee) is given \(kind) as the identity; its source text would become the user's identity", at: span)
        reported = true
        break
      }
      // An imported name the file also calls (`if (getCurrentUserId()) heap.identify(getCurrentUserId)`)
      // is a function, though its module is not read.
      if !reported, let name = document.calledFunctionName(argument, script: call.script) {
        context.report(
          "\(callee) is given the function `\(name)` as the identity (this file calls it elsewhere); its source text would become the user's identity",
          at: span, help: "Call it: heap.identify(\(name)()).")
      }
      // A name whose TypeScript type is an object or a list (`(user: User)`): not an identity.
      // (A written object literal is a constant "[object Object]", for blocklisted-identity.)
      if value.isDynamic, argument is Identifier || argument is MemberExpression,
        let kind = document.valueKind(of: argument, script: call.script), kind == .object || kind == .array
      {
        context.report(
          "\(callee) is given \(kind.rawValue) (`\(document.text(argument, script: call.script))`) as the identity; it becomes \(kind == .object ? "\"[object Object]\"" : "its items joined by commas"), not the user's id",
          at: span)
      }
    }
  }
}
