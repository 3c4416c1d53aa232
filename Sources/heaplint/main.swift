import ArgumentParser
import Foundation
import HeapLintCore

// The entry point: parse arguments, run, and turn every error into a one-line message and an exit
// code (2 for usage errors; ArgumentParser's own default would be 64).
// `heaplint --help` describes the default command (linting) and lists the others.
var arguments = Array(CommandLine.arguments.dropFirst())

func usageError(_ message: String) -> Never {
  FileHandle.standardError.write(Data("heaplint: \(message)\n".utf8))
  exit(2)
}

if arguments == ["--help"] || arguments == ["-h"] || arguments == ["help"] {
  let lintHelp = HeapLint.helpMessage(for: LintCommand.self).replacingOccurrences(of: "heaplint lint", with: "heaplint")
  print(lintHelp.replacingOccurrences(of: "OVERVIEW: \(LintCommand.configuration.abstract)", with: "OVERVIEW: \(HeapLint.configuration.abstract)"))
  print("\nOTHER COMMANDS:")
  for sub in HeapLint.configuration.subcommands where sub != LintCommand.self {
    let name = sub.configuration.commandName ?? ""
    print("  \(name.padding(toLength: 14, withPad: " ", startingAt: 0))\(sub.configuration.abstract)")
  }
  print("\n\(HeapLint.exitStatuses)")
  print("\n  See 'heaplint help <command>' for a command's options.")
  exit(0)
}

// `heaplint help foo`: foo must be a command.
if arguments.first == "help", arguments.count > 1, let topic = arguments.dropFirst().first(where: { !$0.hasPrefix("-") }),
  !HeapLint.commandNames.contains(topic)
{
  usageError(
    "no command '\(escapingControlCharacters(topic))';\(Suggestion.didYouMean(topic, in: HeapLint.commandNames)) the commands are \(HeapLint.commandNames.joined(separator: ", "))")
}

// A first word that is neither a command nor an existing path, but close to a command, is a
// misspelt command (`heaplint rule`), not a file to lint.
if let first = arguments.first, !first.hasPrefix("-"), first != "help", !HeapLint.commandNames.contains(first),
  !FileManager.default.fileExists(atPath: first), let command = Suggestion.nearest(to: first, in: HeapLint.commandNames)
{
  usageError("'\(escapingControlCharacters(first))' is neither a command nor a file or directory; did you mean 'heaplint \(command)'?")
}

do {
  var command = try HeapLint.parseAsRoot(arguments)
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
