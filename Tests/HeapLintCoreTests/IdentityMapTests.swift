import JavaScriptSyntax
import Testing

@testable import HeapLintCore

/// The identity map puts objects made one after another in neighbouring slots: whatever the
/// addresses, every object stored is found with its value, and no other object is.
@Suite("Identity map")
struct IdentityMapTests {
  @Test("objects made in a row, and objects of other sizes between them, are all found", arguments: [0, 1_000, 200_000])
  func findsWhatWasStored(expected: Int) {
    var nodes: [Node] = []
    var others: [Node] = []
    for i in 0..<60_000 {
      nodes.append(Identifier(span: Span(start: i, end: i + 1), name: "n\(i % 97)"))
      // Objects of other sizes between them, as a parser makes them.
      if i % 3 == 0 { others.append(Literal(span: Span(start: i, end: i), value: .number(Double(i)))) }
      if i % 5 == 0 { others.append(MemberExpression(span: Span(start: i, end: i), object: nodes[i], property: nodes[i], computed: false)) }
    }
    var map = expected > 0 ? IdentityMap<Int>(expected: expected) : IdentityMap<Int>()
    // Every other object stored, so that some lookups land between stored neighbours.
    for (i, n) in nodes.enumerated() where i % 2 == 0 { map[ObjectIdentifier(n)] = i }
    #expect(map.count == 30_000)
    for (i, n) in nodes.enumerated() {
      #expect(map[ObjectIdentifier(n)] == (i % 2 == 0 ? i : nil))
    }
    for n in others { #expect(map[ObjectIdentifier(n)] == nil) }
    // A stored key takes a new value without a second entry.
    map[ObjectIdentifier(nodes[0])] = -1
    #expect(map[ObjectIdentifier(nodes[0])] == -1 && map.count == 30_000)
  }
}
