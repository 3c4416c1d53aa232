import ArgumentParser

/// `heaplint`: finds mistakes in Heap Analytics calls.
struct HeapLint: ParsableCommand {
  static let version = "0.1.0"

  /// The exit statuses, as the README's table gives them.
  static let exitStatuses = """
    Exit status:
      0  no error-severity finding (warnings alone pass, unless --max-warnings
         is exceeded)
      1  at least one error-severity finding (a file or directory that could
         not be read counts: read-error), or more warnings than --max-warnings
      2  usage or configuration error, a path named on the command line that
         does not exist, or a report that could not be written
    """

  static let configuration = CommandConfiguration(
    commandName: "heaplint",
    abstract: "Find mistakes in Heap Analytics calls (identify, load, addUserProperties, ...) before they ship.",
    discussion: exitStatuses,
    version: version,
    subcommands: [
      LintCommand.self, ParseCommand.self, RulesCommand.self, ExplainCommand.self, InitCommand.self, PrintConfigCommand.self,
      InstallHookCommand.self,
    ],
    defaultSubcommand: LintCommand.self
  )

  /// The subcommand names (`lint`, `rules`, ...).
  static var commandNames: [String] {
    configuration.subcommands.compactMap { $0.configuration.commandName }
  }
}
