import JavaScriptSyntax
import Testing

@testable import HeapLintCore

/// The value analysis remembers a variable's initial value (`ValueEvaluator.initialValue`) only
/// where working it out again would give the same: these programs are made of the cases where
/// it would not (cycles between variables and functions, chains that reach the depth limit),
/// and every expression of them is evaluated in several orders, remembering and not.
@Suite("Remembered initial values")
struct ValueMemoTests {
  static let linter = Linter(rules: [], prefilter: nil)

  static let programs = [
    // Variables defined through each other, and a function that returns one of them.
    """
    var a = b + 'x';
    var b = a + 'y';
    var c = a + b;
    function f() { return c + d; }
    var d = f() + 'z';
    heap.identify(a); heap.identify(b); heap.identify(c); heap.identify(d); heap.identify(f());
    """,
    // A chain of constants sixty long: whether its end is known depends on where it is asked from.
    (0..<60).map { "const v\($0 + 1) = v\($0) + '-';" }.joined(separator: "\n").replacingOccurrences(of: "v0 + '-'", with: "'start'")
      + "\nheap.identify(v60); heap.identify(v30 + v60); heap.identify(v1);",
    // `x` is known ('a') when asked on its own, but not while `y` is being worked out: there
    // its initialiser meets `y` again.
    """
    var x = y;
    var y = 'a';
    y = x + 'b';
    heap.identify(y);
    """,
    // Writes in other functions, guards, and objects.
    """
    let user = { id: 'guest' };
    let id = user.id;
    function login(u) { id = u.id; other = id; }
    var other = id || 'anon';
    if (!id) { id = other; }
    heap.identify(id); heap.identify(other); heap.identify(user.id);
    """,
  ]

  /// Every expression of the program, values from a document that remembers and from one that
  /// does not, asked first to last and then last to first.
  @Test(arguments: programs.indices)
  func rememberingChangesNoValue(_ index: Int) {
    let bytes = Array(Self.programs[index].utf8)
    for reversed in [false, true] {
      var values: [[String]] = []
      for remembers in [true, false] {
        let (_, document) = Self.linter.analyze(path: "memo.js", bytes: bytes, project: nil)
        guard let document else {
          Issue.record("no document")
          return
        }
        document.evaluator.remembersInitialValues = remembers
        var nodes: [Node] = []
        func collect(_ n: Node) {
          if !(n is Program) { nodes.append(n) }
          n.forEachChild(collect)
        }
        collect(document.scripts[0].program)
        if reversed { nodes.reverse() }
        values.append(nodes.map { "\($0.type)@\($0.span): \(document.value(of: $0, script: 0).possibilities)" })
      }
      #expect(values[0] == values[1], "program \(index), reversed: \(reversed)")
    }
  }
}
