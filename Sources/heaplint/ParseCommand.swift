import ArgumentParser
import Foundation
import HeapLintCore
import JavaScriptSyntax

/// `heaplint parse [--ast] FILE...`: shows what heaplint's front end sees.
struct ParseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "parse",
    abstract: "Parse files with heaplint's front end and print their syntax errors (or, with --ast, the tree as JSON)."
  )

  @Flag(name: .customLong("ast"), help: "Print the syntax tree as ESTree-like JSON.")
  var ast = false

  @Argument(help: "Files to parse.")
  var files: [String]

  func run() throws {
    var hadErrors = false
    var ioError = false
    for path in files {
      let bytes: [UInt8]
      switch FileReader.read(path) {
      case .success(let b): bytes = b
      case .failure(let f):
        Terminal.error("cannot read \(Terminal.sanitize(path)): \(f.message)")
        ioError = true
        continue
      }
      let view = withLargeStack { FrontEndView(path: path, bytes: bytes, withTree: ast) }
      for line in view.errorLines {
        print("\(Terminal.sanitize(path)):\(line)")
        hadErrors = true
      }
      if let json = view.astJSON { print(json) }
    }
    if ioError { throw ExitCode(2) }
    if hadErrors { throw ExitCode(1) }
  }
}
