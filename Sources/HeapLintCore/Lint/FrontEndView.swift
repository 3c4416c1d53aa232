import JavaScriptSyntax

/// What the front end makes of one file: its syntax errors (positions in the file) and its trees.
/// Used by `heaplint parse`, so users see exactly what linting sees.
public struct FrontEndView: Sendable {
  /// `line:column: message` for each syntax error, in file order.
  public let errorLines: [String]
  /// The tree as JSON: one program for a JavaScript file, an array of programs for a page; nil
  /// unless asked for (`withTree`), since writing it costs more than parsing.
  public let astJSON: String?

  public init(path: String, bytes: [UInt8], withTree: Bool = true) {
    let file = SourceFile(bytes: bytes)
    let kind = FileKind.forPath(path) ?? .javaScript
    var scripts = Linter.parse(bytes, kind: kind).scripts
    if kind == .typeScriptDeclaration {
      // Not linted (nothing in it runs), but `heaplint parse` shows what the parser makes of it.
      let result = Parser.parse(bytes, options: ParseOptions(goal: .module, declaration: true))
      scripts = [
        AnalyzedScript(kind: .file, code: bytes, program: result.program, syntaxErrors: result.errors, origin: .identity(offset: 0, length: bytes.count))
      ]
    }
    var errors: [(LineColumn, String)] = []
    var trees: [String] = []
    for script in scripts {
      for e in script.syntaxErrors {
        errors.append((file.lineColumn(at: script.origin.fileOffset(e.span.start)), e.message))
      }
      if withTree { trees.append(JavaScriptSyntax.astJSON(script.program, source: SourceFile(bytes: script.code))) }
    }
    errors.sort { $0.0 < $1.0 }
    errorLines = errors.map { "\($0.0.line):\($0.0.column): \($0.1)" }
    // A JavaScript or TypeScript file is one program; a page, template or component holds a list.
    let holdsScripts: Bool
    switch kind {
    case .html, .template, .component: holdsScripts = true
    default: holdsScripts = false
    }
    guard withTree else {
      astJSON = nil
      return
    }
    astJSON = holdsScripts ? "[" + trees.joined(separator: ",\n") + "]" : (trees.first ?? "null")
  }
}
