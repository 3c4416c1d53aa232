import ArgumentParser

/// `heaplint`: finds mistakes in Heap Analytics calls.
struct HeapLint: ParsableCommand {
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "heaplint",
    abstract: "Find mistakes in Heap Analytics calls (identify, load, addUserProperties, ...) before they ship.",
    discussion: """
      Exit status: 0 when there is no error-severity finding, 1 when there is, 2 on a usage or \
      I/O error.
      """,
    version: version,
    subcommands: [
      LintCommand.self, ParseCommand.self, RulesCommand.self, ExplainCommand.self, InitCommand.self, PrintConfigCommand.self,
      InstallHookCommand.self,
    ],
    defaultSubcommand: LintCommand.self
  )
}
