import HeapLintCore
import JavaScriptSyntax

/// Flags identities taken from attributes many users share: names, roles, plans, org ids.
public struct NonUniqueIdentityRule: Rule {
  public init() {}

  public let id = "non-unique-identity"
  public let defaultSeverity = Severity.warning
  public let summary = "The identity is an attribute many users share (a name, role, plan, or an account/org/team id)."

  public let rationale = """
    An identity must belong to one person. Names collide, roles and plans are shared by whole \
    groups, and an account, organisation, team, company, workspace or tenant id is shared by \
    every teammate: identifying with one of them merges all those people into one Heap user, \
    for good. Emails and user ids are fine. Record shared attributes as user properties instead.
    """

  public let help = "Identify with the user's own id or email, and send shared attributes with heap.addUserProperties."

  /// Words that, right before `id` (or `slug`, `key`, `code`), name a group, or a place many
  /// users work from (`accountId`, `org.slug`, `tenant_id`, `depotId`, `warehouse.code`).
  public static let groupWords: Set<String> = [
    "account", "org", "organization", "organisation", "team", "company", "tenant", "workspace", "group", "business", "household", "family",
    "department", "division", "project", "depot", "warehouse", "store", "branch", "site", "office", "location", "venue", "facility",
    "clinic", "school", "campus",
  ]
  /// Last words that identify a thing, whoever it is (`id`, `slug`, `key`).
  static let identifierWords: Set<String> = ["id", "pk", "uuid", "guid", "slug", "key", "code"]
  /// Attributes many people share, matched as the last word of the name (`user.firstName`).
  public static let sharedAttributes: Set<String> = [
    "name", "firstname", "lastname", "fullname", "displayname", "role", "roles", "plan", "tier", "country", "city", "region", "state",
    "company", "organization", "organisation", "team", "department", "title", "locale", "language", "gender", "age", "segment",
    // Web domains and hosts: everyone at a company shares its domain, every visitor the site's host.
    "domain", "subdomain", "hostname",
  ]

  public let examples: [RuleExample] = [
    .valid("heap.identify(user.id);"),
    .valid("heap.identify(user.email);"),
    .valid("heap.identify(user.username);"),
    // A state container is named by its binding and key, not by "state".
    .valid("const userId = useState('userId');\nheap.identify(userId.value);"),
    .valid("heap.addUserProperties({ plan: user.plan, company: user.company });"),
    .invalid("↓heap.identify(user.name);"),
    .invalid("↓heap.identify(currentUser.firstName + ' ' + currentUser.lastName);"),
    .invalid("↓heap.identify(session.accountId);"),
    // Minified libraries reach Heap through a parameter given `window`.
    .invalid("!function (w) {\n  var h = w.heap;\n  w.household = function (e) { ↓h.identify(e.accountId); };\n}(window);"),
    .valid("!function (w) {\n  var h = w.heap;\n  w.household = function (e) { h.identify(e.accountId); };\n}(createSandbox());"),
    // A form field's value is named by the field; Stimulus names `data-*-value` `this.xValue`.
    .invalid("form.addEventListener('submit', function () {\n  ↓heap.identify(form.elements.full_name.value);\n});"),
    .valid("form.addEventListener('submit', function () {\n  heap.identify(form.elements.email.value);\n});"),
    .invalid("export default class extends Controller {\n  identifyAccount() { ↓window.heap?.identify(this.accountIdValue); }\n}"),
    .valid("export default class extends Controller {\n  identify() { window.heap?.identify(this.userIdValue); }\n}"),
    // `this` at the top level of a classic script is `window`; in a module it is undefined.
    .invalid("(function (root) {\n  ↓root.heap.identify(root.App.user.companyName);\n})(this);"),
    .valid("(function (root) {\n  root.heap.identify(root.App.user.companyName);\n})(this);", fileName: "widget.mjs"),
    .invalid("↓heap.identify(org.id);"),
    .invalid("↓heap.identify(company.domain);"),
    .invalid("↓heap.identify(claims.tid);"),
    .valid("heap.identify(claims.oid);"),
    .invalid("↓heap.identify(`${user.role}`);"),
    .invalid("const tenant_id = getTenant().id;\n↓heap.identify(tenant_id);"),
    .valid("heap.identify(`${orgId}:${user.id}`);"),
    .valid("heap.identify(tenant.id + '-' + member.email);"),
    .invalid("↓heap.identify(`${org.id}`);"),
    .invalid("↓heap.identify(workspace.value!.id);", fileName: "switcher.ts"),
    .invalid("↓heap.identify(`${org.slug}:${team.id}`);"),
    .invalid("↓heap.identify(org.value.slug);"),
    .valid("type Account = { id: string; email: string };\nfunction signIn(account: Account) {\n  heap.identify(account.id);\n}", fileName: "account.ts"),
    .invalid("type Account = { id: string; plan: string };\nfunction signIn(account: Account) {\n  ↓heap.identify(account.id);\n}", fileName: "account.ts"),
    .invalid("↓heap.identify(dispatcher.depotId);"),
    .invalid("↓heap.identify(Number(accounts[0].tenantId));"),
    .invalid("const switchWarehouse = (warehouseId) => {\n  ↓heap.identify(warehouseId);\n};"),
    .valid("heap.identify(`${warehouse.code}:${user.id}`);"),
    // What a server template prints is named by the tag (Django's `pk` is the row's id).
    .invalid("<script>\n  ↓heap.identify('{{ request.user.team.pk }}');\n</script>", fileName: "dashboard.html"),
    .invalid("<script>\n  ↓heap.identify(\"<%= current_account.name %>\");\n</script>", fileName: "show.html.erb"),
    .valid("<script>\n  heap.identify('{{ request.user.pk }}');\n</script>", fileName: "dashboard.html"),
  ]

  public func check(_ document: HeapDocument, _ context: inout RuleContext) {
    for identity in document.identityArguments where identity.value.isDynamic {
      // `${orgId}:${user.id}`: the user's own id makes the whole value unique.
      let parts = document.compositeParts(of: identity.node, script: identity.call.script)
      if parts.count > 1,
        parts.contains(where: { part in document.nameTerms(of: part, script: identity.call.script).contains(where: Self.namesPerson) })
      {
        continue
      }
      // `account.id` where `account`'s type has its own `email`: one person's account.
      if document.isOwnID(identity.node, script: identity.call.script, ofTypeDeclaring: "email") { continue }
      var terms = document.nameTerms(of: identity.node, script: identity.call.script)
      if terms.isEmpty { terms = binaryParts(identity, document) }
      for term in terms where Self.isShared(term, extra: document.options.extraNonUniqueAttributes) {
        context.report(
          "\(document.calleeText(identity.call)) is given `\(term.text)`, an attribute many users share: they all merge into one Heap user",
          at: document.fileSpan(of: identity.call))
        break
      }
    }
  }

  /// Names inside a concatenation (`first + ' ' + last`).
  private func binaryParts(_ identity: IdentityArgument, _ document: HeapDocument) -> [NameTerm] {
    var out: [NameTerm] = []
    var stack = [identity.node]
    while let n = stack.popLast(), out.count < 8 {
      if let b = n as? BinaryExpression, b.operator == "+" {
        stack.append(b.right)
        stack.append(b.left)
      } else {
        out += document.nameTerms(of: n, script: identity.call.script)
      }
    }
    return out
  }

  /// Words that, right before `id`, name one person (`user.id`, `memberId`).
  static let personWords: Set<String> = ["user", "member", "customer", "person", "profile", "employee", "player", "viewer", "me", "self", "current"]

  /// True when the name is one person's own identifier: their email, username, user id, or an
  /// OIDC subject (`claims.sub`).
  static func namesPerson(_ term: NameTerm) -> Bool {
    let words = term.words
    guard let last = words.last else { return false }
    if ["email", "username", "login", "handle", "sub", "uid", "userid"].contains(last) { return true }
    if ["id", "pk", "uuid"].contains(last), words.count >= 2, personWords.contains(words[words.count - 2]) { return true }
    return false
  }

  static func isShared(_ term: NameTerm, extra: Set<String>) -> Bool {
    let words = term.words
    guard let last = words.last else { return false }
    if extra.contains(term.text) || extra.contains(term.text.split(separator: ".").last.map(String.init) ?? "") { return true }
    if identifierWords.contains(last), words.count >= 2, groupWords.contains(words[words.count - 2]) { return true }
    // The `tid` claim of an OIDC/JWT token (Azure AD and others) is the tenant's id.
    if last == "tid" { return true }
    // `firstName`, `user.role`; a compound like `companyName` is a name too.
    if sharedAttributes.contains(last) { return true }
    if words.count >= 2, sharedAttributes.contains(words[words.count - 2] + last) { return true }
    return false
  }
}
