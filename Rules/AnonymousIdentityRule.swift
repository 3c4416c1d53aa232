import HeapLintCore

/// Flags identities that are anonymous, session, device or visitor ids.
public struct AnonymousIdentityRule: Rule {
  public init() {}

  public let id = "anonymous-identity"
  public let defaultSeverity = Severity.warning
  public let summary = "The identity is an anonymous, session, device or visitor id rather than the user's own id."

  public let rationale = """
    Heap already tracks anonymous visitors with an id of its own. Identifying them with an \
    anonymous id of yours (a session id, a device or visitor id, an analytics cookie such as \
    `ajs_anonymous_id`) or with Heap's own `heap.userId` makes that id the user's permanent \
    identity: when they later sign in and are identified with their account id, Heap splits \
    them into two users. Only identify with an id that belongs to the person.
    """

  public let help = "Identify with the signed-in user's own id; leave anonymous visitors to Heap."

  /// Words that, right before `id`, name an anonymous id (`sessionId`, `anon_id`, `deviceUUID`).
  public static let anonymousWords: Set<String> = [
    "anonymous", "anon", "session", "device", "visitor", "client", "guest", "cookie", "browser", "tracking", "install", "installation",
    "android", "advertising",
  ]
  static let idWords: Set<String> = ["id", "uuid", "guid", "key", "token"]
  /// Heap's own anonymous id, read from the Heap object.
  static let heapAnonymousMembers: Set<String> = ["userId", "getUserId()", "getSessionId()", "identity", "getIdentity()"]

  public let examples: [RuleExample] = [
    .valid("heap.identify(user.id);"),
    .valid("heap.identify(session.user.email);"),
    .valid("heap.identify(sessionUserId);"),
    .valid("heap.addUserProperties({ sessionId: sessionId });"),
    .invalid("↓heap.identify(heap.userId);"),
    .invalid("↓heap.identify(getCookie('_ga'));"),
    .valid("heap.identify(getCookie('account_email'));"),
    .invalid("import DeviceInfo from 'react-native-device-info';\n↓heap.identify(DeviceInfo.getUniqueIdSync());"),
    .valid("import DeviceInfo from 'react-native-device-info';\nheap.addUserProperties({ device: DeviceInfo.getUniqueIdSync() });"),
    .invalid("const heapId = heap.userId;\n↓heap.identify(heapId);"),
    .invalid("const identifyUser = (id) => heap.identify(id);\nconst heapId = window.heap?.userId;\nif (heapId) ↓identifyUser(String(heapId));"),
    .valid("const userId = user.id;\nheap.identify(userId);"),
    .invalid("↓heap.identify(analytics.anonymousId());"),
    .invalid("↓heap.identify(localStorage.getItem('ajs_anonymous_id'));"),
    .invalid("const sid = getSessionId();\n↓heap.identify(sid);"),
    .invalid("function track(deviceId) {\n  ↓heap.identify(deviceId);\n}"),
    .invalid("↓heap.identify(Cookies.get('visitor_id'));"),
    .valid("const claims = jwtDecode(token);\nheap.identify(claims.sub);"),
    .invalid("const claims = jwtDecode(token);\n↓heap.identify(claims.sid);"),
    .invalid("↓heap.identify(user.profile.sid as string);", fileName: "session.ts"),
    .invalid("import DeviceInfo from 'react-native-device-info';\n↓heap.identify(DeviceInfo.getUniqueIdSync());"),
    .invalid("↓heap.identify(Application.getAndroidId());"),
    .valid("heap.identify(Session.getUser().id);"),
    .valid("heap.identify(Auth.getUserId());"),
  ]

  public func check(_ document: HeapDocument, _ context: inout RuleContext) {
    for identity in document.identityArguments where identity.value.isDynamic {
      let span = document.fileSpan(of: identity.call)
      let callee = document.calleeText(identity.call)
      if let member = document.heapMember(identity.node, script: identity.call.script), Self.heapAnonymousMembers.contains(member) {
        context.report("\(callee) is given heap.\(member), Heap's own anonymous id: it becomes a permanent identity and splits the user when they sign in", at: span)
        continue
      }
      if let source = document.deviceIdSource(of: identity.node, script: identity.call.script) {
        context.report("\(callee) is given \(source), an id of the device rather than of the person: it becomes a permanent identity and splits the user when they sign in", at: span)
        continue
      }
      for term in document.nameTerms(of: identity.node, script: identity.call.script) where Self.isAnonymous(term) {
        context.report("\(callee) is given `\(term.text)`, which names an anonymous id: it becomes a permanent identity and splits the user when they sign in", at: span)
        break
      }
    }
  }

  /// An anonymous word right before an id word, or an id made of them alone (`anonymousId`);
  /// or a getter of an id on an object named for the device or session
  /// (`DeviceInfo.getUniqueIdSync()`: the term `DeviceInfo.getUniqueIdSync`).
  static func isAnonymous(_ term: NameTerm) -> Bool {
    if isAnonymous(term.words) { return true }
    let parts = term.text.split(separator: ".")
    guard parts.count == 2 else { return false }
    let owner = NameTerm(String(parts[0])).words
    var method = NameTerm(String(parts[1])).words
    if method.last == "sync" || method.last == "async" { method.removeLast() }
    guard method.first == "get", let last = method.last, idWords.contains(last) else { return false }
    return owner.contains(where: anonymousWords.contains)
  }

  /// An anonymous word right before an id word, or an id made of them alone (`anonymousId`).
  static func isAnonymous(_ words: [String]) -> Bool {
    guard let last = words.last else { return false }
    // An OIDC/JWT `sid` claim is the session's id (`sub` is the user's); `sessionid` written as one word.
    if last == "sid" || last == "fingerprint" { return true }
    // Other tools' visitor cookies: Google Analytics' `_ga`, Meta's `_fbp`, Hotjar's `_hjid`.
    if words.count == 1, ["ga", "fbp", "hjid"].contains(last) { return true }
    if anonymousWords.contains(where: { w in idWords.contains(where: { last == w + $0 }) }) { return true }
    guard words.count >= 2 else { return false }
    for i in 1..<words.count where idWords.contains(words[i]) && anonymousWords.contains(words[i - 1]) {
      return true
    }
    return false
  }
}
