import HeapLintCore
import JavaScriptSyntax

/// Flags addUserProperties calls whose argument is not an object of strings and numbers.
public struct UserPropertyValueRule: Rule {
  public init() {}

  public let id = "user-property-value"
  public let defaultSeverity = Severity.warning
  public let summary = "addUserProperties gets something other than an object of string and number values."

  public let rationale = """
    `heap.addUserProperties` takes one object whose values are strings or numbers. Heap drops \
    other values or stores them as useless text: a nested object becomes "[object Object]", an \
    array or a boolean is not a property you can filter on, and null, undefined or a function \
    carry nothing. Passing a string or nothing at all sets no property.
    """

  public let help = "Pass an object whose values are strings or numbers; turn booleans and lists into strings you can filter on."

  public let examples: [RuleExample] = [
    // Ember's classic computed property holding Heap, read with `get`.
    .invalid("import Service from '@ember/service';\nimport { computed, get } from '@ember/object';\nexport default Service.extend({\n  _heap: computed(function () { return window.heap; }),\n  tag() { get(this, '_heap').addUserProperties({ ↓beta: true }); },\n});"),
    .valid("heap.addUserProperties({ plan: user.plan, seats: 3, signup: 'organic' });"),
    .valid("heap.addUserProperties(props);"),
    .valid("heap.addUserProperties({ trial: String(user.isTrial) });"),
    .invalid("heap.addUserProperties({ ↓address: { city: 'Paris' } });"),
    .invalid("heap.addUserProperties({ ↓isAdmin: true });"),
    .invalid("heap.addUserProperties({ ↓tags: ['a', 'b'] });"),
    .invalid("heap.addUserProperties({ ↓plan: undefined });"),
    .invalid("function cookie(name) {\n  const m = document.cookie.match(name);\n  return m ? m[1] : null;\n}\nlet email;\nemail = cookie('email');\nheap.addUserProperties({ ↓email });"),
    .valid("function cookie(name) {\n  const m = document.cookie.match(name);\n  return m ? m[1] : null;\n}\nlet email;\nemail = cookie('email');\nif (email) {\n  heap.addUserProperties({ email });\n}"),
    .valid("const email = localStorage.getItem('email');\nif (email) heap.addUserProperties({ email });"),
    .invalid("function sync(user) {\n  const props = { plan: user.plan };\n  if (user.impersonator) props.impersonating = ↓true;\n  heap.addUserProperties(props);\n}"),
    .valid("function sync(user) {\n  const props = { plan: user.plan };\n  if (user.impersonator) props.impersonating = 'yes';\n  heap.addUserProperties(props);\n}"),
    .invalid("↓heap.addUserProperties('pro');"),
    .invalid("↓heap.addUserProperties();"),
    .invalid("const flags = { beta: false };\n↓heap.addUserProperties(flags);"),
    .invalid("heap.addUserProperties({ ↓admin: user.role === 'admin' });"),
    .invalid("heap.addUserProperties({ ↓beta: features.has('beta') });"),
    .invalid("heap.addUserProperties({ ↓opted_in: !!user.optIn });"),
    .invalid("heap.addUserProperties({ ↓teams: user.teams.map((t) => t.name) });"),
    .invalid("heap.addUserProperties({ ↓signed_up: new Date() });"),
    .invalid("class Tracker {\n  constructor() { this.heap = window.heap; }\n  save(tags) { this.heap.addUserProperties({ ↓tags: Array.from(tags) }); }\n}"),
    .valid("heap.addUserProperties({ teams: user.teams.length, admin: user.role === 'admin' ? 'yes' : 'no' });"),
    .invalid("heap.addUserProperties({\n  plan: user.plan,\n  ↓preferences: { theme },\n  seats: 3,\n});"),
    .invalid("function rate(score: number, tags: string[]) {\n  heap.addUserProperties({ score, ↓agent_tags: tags });\n}", fileName: "rate.ts"),
    .valid("function rate(score: number, tags: string[]) {\n  heap.addUserProperties({ score, agent_tags: tags.join('|') });\n}", fileName: "rate.ts"),
    .invalid("heap.addUserProperties({ ↓domain: user.email.match(/@(.*)$/) });"),
    .valid("heap.addUserProperties({ domain: user.email.split('@')[1] });"),
    .invalid(
      "export interface Member {\n  name: string;\n  // when they joined\n  joinedAt: Date;\n  readonly admin?: boolean;\n}\nfunction sync(m: Member) {\n  heap.addUserProperties({ ↓admin: m.admin });\n}",
      fileName: "member.ts"),
    .valid(
      "type Member = {\n  name: string;\n  joinedAt: Date;\n  admin?: boolean;\n};\nfunction sync(m: Member) {\n  heap.addUserProperties({ name: m.name, joined: m.joinedAt.toISOString(), admin: m.admin ? 'yes' : 'no' });\n}",
      fileName: "member.ts"),
  ]

  public func check(_ document: HeapDocument, _ context: inout RuleContext) {
    for call in document.calls where call.method == "addUserProperties" {
      if case .server = call.via { continue }
      let callee = document.calleeText(call)
      let span = document.fileSpan(of: call)
      guard let argument = call.argument(0) else {
        if call.isDirect { context.report("\(callee)() sets no property: it needs an object", at: span) }
        continue
      }
      if argument is SpreadElement { continue }
      if let object = document.objectLiteral(argument, script: call.script) {
        // Written in the call, the finding stands at the offending `key: value` (one per line,
        // so a long multi-line object points at the line to fix); an object built elsewhere is
        // reported at the call that sends it.
        let written = object.span.start >= argument.span.start && object.span.end <= argument.span.end
        var problems: [(span: Span, text: String)] = []
        for p in object.properties {
          guard let prop = p as? Property else { continue }
          let key = document.text(prop.key, script: call.script)
          guard let kind = badValue(prop.value, document, call.script) else { continue }
          problems.append((written ? document.fileSpan(prop, script: call.script) : span, "\(key) is \(kind)"))
        }
        // Keys added after the object was made (`props.admin = true`), at the line that adds them.
        if !written {
          for (key, value) in document.propertyWrites(into: argument, before: call.node, script: call.script) {
            guard let kind = badValue(value, document, call.script) else { continue }
            problems.append((document.fileSpan(value, script: call.script), "\(key) is \(kind)"))
          }
        }
        var k = 0
        while k < problems.count {
          let line = document.file.lineColumn(at: problems[k].span.start).line
          var end = k + 1
          while end < problems.count, document.file.lineColumn(at: problems[end].span.start).line == line { end += 1 }
          let texts = problems[k..<end].map(\.text).joined(separator: ", ")
          context.report("\(callee) gets values Heap cannot store as properties: \(texts)", at: problems[k].span)
          k = end
        }
        continue
      }
      let value = document.value(of: argument, script: call.script)
      if let constants = value.constants, let v = constants.first(where: { if case .object = $0 { return false } else { return true } }) {
        context.report("\(callee) gets \(v.kindDescription), not an object: no property is set", at: span)
      }
    }
  }

  /// What is wrong with a property value, or nil when it may be a string or number.
  private func badValue(_ node: Node, _ document: HeapDocument, _ script: Int) -> String? {
    if node is ObjectExpression { return "an object" }
    if node is ArrayExpression { return "an array" }
    if node is FunctionNode { return "a function" }
    // A check in front of the call rules out the falsy values (`if (email) {...}`), as for
    // identities.
    for p in document.narrowedByGuards(document.value(of: node, script: script), node: node, script: script).possibilities {
      switch p {
      case .constant(let v, _):
        switch v {
        case .string, .number: continue
        default: return v.kindDescription
        }
      case .callable(let kind): return kind
      default: continue
      }
    }
    return document.valueKind(of: node, script: script)?.rawValue
  }
}
