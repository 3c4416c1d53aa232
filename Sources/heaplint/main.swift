import ArgumentParser
import Foundation

// The entry point: parse arguments, run, and turn every error into a one-line message and an exit
// code (2 for usage errors; ArgumentParser's own default would be 64).
// `heaplint --help` describes the default command (linting) and lists the others.
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments == ["--help"] || arguments == ["-h"] || arguments == ["help"] {
  let lintHelp = HeapLint.helpMessage(for: LintCommand.self).replacingOccurrences(of: "heaplint lint", with: "heaplint")
  print(lintHelp.replacingOccurrences(of: "OVERVIEW: \(LintCommand.configuration.abstract)", with: "OVERVIEW: \(HeapLint.configuration.abstract)"))
  print("\nOTHER COMMANDS:")
  for sub in HeapLint.configuration.subcommands where sub != LintCommand.self {
    let name = sub.configuration.commandName ?? ""
    print("  \(name.padding(toLength: 14, withPad: " ", startingAt: 0))\(sub.configuration.abstract)")
  }
  print("\n  See 'heaplint help <command>' for a command's options.")
  exit(0)
}

do {
  var command = try HeapLint.parseAsRoot()
  try command.run()
} catch let exit as ExitCode {
  Foundation.exit(exit.rawValue)
} catch {
  let code = HeapLint.exitCode(for: error)
  if code == .success {
    print(HeapLint.fullMessage(for: error))
    Foundation.exit(0)
  }
  let message = HeapLint.message(for: error).split(separator: "\n").first.map(String.init) ?? "invalid arguments"
  FileHandle.standardError.write(Data("heaplint: \(message) (see 'heaplint --help')\n".utf8))
  Foundation.exit(2)
}
