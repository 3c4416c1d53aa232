import ArgumentParser
import Foundation
import HeapLintCore
import HeapLintRules

/// `heaplint rules`: every rule, its default severity, whether it is on here, and what it checks.
struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "rules", abstract: "List every rule and whether the current configuration turns it on.")

  @Option(name: .customLong("config"), help: "Use this configuration file instead of the nearest .heaplint.yml.")
  var config: String?

  func run() throws {
    let settings = try loadSettings(config)
    let (overrides, disabled) = settings.severities
    let rows: [[String]] =
      BuiltinRules.all.map { rule in
        let state = disabled.contains(rule.id) ? "off" : (overrides[rule.id] ?? rule.defaultSeverity).rawValue
        return [rule.id, rule.defaultSeverity.rawValue, state, rule.summary]
      }
      + Linter.engineRules.map { rule in
        // The engine's own findings: configurable like rules, except the fixed ones.
        let fixed = ConfigurationLoader.fixedRules.contains(rule.id)
        let state = fixed ? "always" : settings.configuration.severity(of: rule.id, default: rule.defaultSeverity)?.rawValue ?? "off"
        return [rule.id, rule.defaultSeverity.rawValue, state, rule.summary]
      }
    let header = ["RULE", "DEFAULT", "HERE", "WHAT IT FINDS"]
    let widths = (0..<3).map { i in ([header] + rows).map { $0[i].count }.max() ?? 0 }
    for row in [header] + rows {
      let cells = (0..<3).map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
      print((cells + [row[3]]).joined(separator: "  "))
    }
  }
}

/// `heaplint explain RULE`: the rationale, what to do instead, and the examples the tests run.
struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "explain", abstract: "Explain a rule: why it exists, what to do instead, and its examples.")

  @Argument(help: "A rule id, as shown by `heaplint rules`.")
  var rule: String

  func run() throws {
    if let info = Linter.engineRules.first(where: { $0.id == rule }) {
      print("\(info.id) (\(info.defaultSeverity.rawValue))\n\n\(wrap(info.rationale))\n\n\(wrap("What to do: " + info.help))")
      return
    }
    guard let r = BuiltinRules.rule(id: rule) else {
      let ids = BuiltinRules.all.map(\.id) + Linter.engineRules.map(\.id)
      let near = Suggestion.nearest(to: rule, in: ids)
      Terminal.error("unknown rule '\(Terminal.sanitize(rule))'" + (near.map { "; did you mean '\($0)'?" } ?? "") + " (see 'heaplint rules')")
      throw ExitCode(2)
    }
    var out = "\(r.id) (\(r.defaultSeverity.rawValue))\n\n\(wrap(r.summary))\n\n\(wrap(r.rationale))\n\n\(wrap("What to do: " + r.help))\n"
    let invalid = r.examples.filter { $0.kind == .invalid }
    let valid = r.examples.filter { $0.kind == .valid }
    // Each example is its own file: numbered, so one example's lines never run into the next.
    out += "\nReported (↓ marks where):\n" + invalid.enumerated().map { render($1, number: $0 + 1) }.joined(separator: "\n")
    out += "\n\nNot reported:\n" + valid.enumerated().map { render($1, number: $0 + 1) }.joined(separator: "\n")
    print(out)
  }

  /// `  3. first line` with the example's other lines under the first; a file other than
  /// JavaScript is named first (`  8. [page.html]`).
  private func render(_ e: RuleExample, number: Int) -> String {
    let label = "  \(number < 10 ? " " : "")\(number). "
    let indent = String(repeating: " ", count: label.count)
    var lines = e.code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if !e.fileName.hasSuffix(".js") { lines.insert("[\(e.fileName)]", at: 0) }
    return lines.enumerated().map { ($0 == 0 ? label : indent) + $1 }.joined(separator: "\n").trimmingTrailingSpace
  }

  private func wrap(_ text: String, width: Int = 80) -> String {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      if line.count + word.count + 1 > width, !line.isEmpty {
        lines.append(line)
        line = ""
      }
      line += line.isEmpty ? String(word) : " " + word
    }
    if !line.isEmpty { lines.append(line) }
    return lines.joined(separator: "\n")
  }
}

/// `heaplint init`: writes a commented starter `.heaplint.yml`.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "init", abstract: "Write a commented starter .heaplint.yml in the current directory.")

  @Flag(name: .customLong("force"), help: "Overwrite an existing .heaplint.yml.")
  var force = false

  func run() throws {
    let path = ConfigurationLoader.fileName
    if FileManager.default.fileExists(atPath: path) && !force {
      Terminal.error("\(path) already exists; pass --force to overwrite it")
      throw ExitCode(2)
    }
    do {
      try Terminal.writeAtomically(Array(ConfigurationLoader.starterFile.utf8), to: path)
    } catch {
      Terminal.error("cannot write \(path): \(error.description)")
      throw ExitCode(2)
    }
    print("wrote \(path)")
  }
}

/// `heaplint print-config [PATH]`: the configuration that applies to a file.
struct PrintConfigCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "print-config", abstract: "Show the configuration that applies to a file (or the current directory).")

  @Argument(help: "A file or directory (default: the current directory).")
  var path: String?

  @Option(name: .customLong("config"), help: "Use this configuration file instead of the nearest .heaplint.yml.")
  var config: String?

  func run() throws {
    let cwd = FileManager.default.currentDirectoryPath
    var start = cwd
    if let path {
      let absolute = path.hasPrefix("/") ? path : cwd + "/" + path
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) else {
        Terminal.error("no such file or directory: \(Terminal.sanitize(path))")
        throw ExitCode(2)
      }
      start = isDirectory.boolValue ? absolute : (absolute as NSString).deletingLastPathComponent
    }
    let settings = try loadSettings(config, from: start)
    let c = settings.configuration
    let (overrides, disabled) = settings.severities
    func list(_ items: [String]) -> String { items.isEmpty ? "[]" : "\n" + items.map { "  - \(yamlQuote($0))" }.joined(separator: "\n") }
    var out = "# configuration file: \(c.path.map { FileDiscovery(workingDirectory: cwd).displayPath($0) } ?? "none (defaults)")\n"
    if let path {
      let discovery = FileDiscovery(workingDirectory: cwd, baseDirectory: settings.baseDirectory, configuration: c)
      let found = discovery.collect([path])
      // The discovery's own words for an excluded file ("ignored because of 'dist/' in ...").
      let reason = found.warnings.lazy.compactMap { warning in
        warning.range(of: "ignored because").map { String(warning[$0.lowerBound...]).replacingOccurrences(of: " (not linted)", with: "") }
      }.first
      let linted = found.targets.isEmpty ? "no (\(reason ?? "excluded or not a file heaplint reads"))" : "yes"
      out += "# \(path) is linted: \(linted)\n"
    }
    out += "include: \(list(c.include))\nexclude: \(list(c.exclude))\nrules:\n"
    for rule in BuiltinRules.all {
      out += "  \(rule.id): \(disabled.contains(rule.id) ? "off" : (overrides[rule.id] ?? rule.defaultSeverity).rawValue)\n"
    }
    for rule in Linter.engineRules where !ConfigurationLoader.fixedRules.contains(rule.id) {
      out += "  \(rule.id): \(c.severity(of: rule.id, default: rule.defaultSeverity)?.rawValue ?? "off")\n"
    }
    out += "blocklist: \(list(c.blocklist))\nrandomGenerators: \(list(c.randomGenerators))\nnonUniqueAttributes: \(list(c.nonUniqueAttributes))\n"
    out += "wrappers:" + (c.wrappers.isEmpty ? " []\n" : "\n" + c.wrappers.map { "  - { function: \(yamlQuote($0.function)), identityArgument: \($0.identityArgument) }\n" }.joined())
    out += "templates:" + (c.templates.isEmpty ? " {}\n" : "\n" + c.templates.sorted { $0.key < $1.key }.map { "  \(yamlQuote($0.key)): \($0.value)\n" }.joined())
    if let baseline = c.baseline { out += "baseline: \(yamlQuote(baseline))\n" }
    print(out, terminator: "")
  }

  private func yamlQuote(_ s: String) -> String {
    "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }
}

/// Loads the configuration for a subcommand, turning errors into one line and exit status 2.
func loadSettings(_ explicit: String?, from directory: String = FileManager.default.currentDirectoryPath) throws -> Settings {
  do {
    return try Settings.load(explicitPath: explicit, workingDirectory: directory)
  } catch let e as CLIError {
    Terminal.error(e.message)
    throw ExitCode(2)
  }
}

extension String {
  /// The string without trailing spaces.
  var trimmingTrailingSpace: String {
    var s = Substring(self)
    while s.last == " " { s = s.dropLast() }
    return String(s)
  }
}
