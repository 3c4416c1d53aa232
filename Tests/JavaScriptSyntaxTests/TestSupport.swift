import JavaScriptSyntax

/// Parses `text` as a script (or module) with optional JSX/TypeScript.
func parse(_ text: String, module: Bool = false, jsx: Bool = false, typescript: Bool = false) -> ParseResult {
  Parser.parse(Array(text.utf8), options: ParseOptions(goal: module ? .module : .script, jsx: jsx, typescript: typescript))
}

/// Every node of the tree, in pre-order.
func allNodes(_ root: Node) -> [Node] {
  var out: [Node] = []
  var stack: [Node] = [root]
  while let n = stack.popLast() {
    out.append(n)
    var children: [Node] = []
    n.forEachChild { children.append($0) }
    stack.append(contentsOf: children.reversed())
  }
  return out
}

/// Source text of the callee of every call, in source order.
func calleeTexts(_ text: String, module: Bool = false, jsx: Bool = false, typescript: Bool = false) -> [String] {
  let r = parse(text, module: module, jsx: jsx, typescript: typescript)
  let src = SourceFile(text)
  return allNodes(r.program).compactMap { ($0 as? CallExpression).map { src.text($0.callee.span) } }
}

/// Node types in pre-order (handy for shape assertions).
func types(_ text: String, module: Bool = false) -> [String] {
  allNodes(parse(text, module: module).program).map(\.type)
}
