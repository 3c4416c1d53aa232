import ArgumentParser
import Foundation
import HeapLintCore
import HeapLintReporters
import HeapLintRules

/// `heaplint [PATH ...]`: lint files and directories.
struct LintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint",
    abstract: "Lint files and directories (the default command)."
  )

  @Argument(help: "Files or directories to lint (default: the current directory).")
  var paths: [String] = []

  @Option(
    name: .customLong("format"),
    help: ArgumentHelp(
      "Output format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")). Add :PATH to write it to a file; repeat for several.",
      valueName: "format[:path]"))
  var formats: [String] = []

  @Option(name: .customLong("output-file"), help: "Write the report to this file instead of standard output.")
  var outputFile: String?

  @Option(name: .customLong("jobs"), help: "Files linted in parallel (default: one per core).")
  var jobs: Int = 0

  func validate() throws {
    if jobs < 0 { throw ValidationError("--jobs must be 0 or more") }
    _ = try outputs()
  }

  /// Where each requested report goes (nil path: standard output).
  func outputs() throws -> [(format: ReportFormat, path: String?)] {
    var result: [(ReportFormat, String?)] = []
    for spec in formats.isEmpty ? ["stylish"] : formats {
      let (name, path) = spec.firstIndex(of: ":").map { (String(spec[..<$0]), String(spec[spec.index(after: $0)...])) } ?? (spec, nil)
      guard let format = ReportFormat(rawValue: name) else {
        throw ValidationError("unknown format '\(name)'; expected one of \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
      }
      if let path, path.isEmpty { throw ValidationError("empty output path in --format \(spec)") }
      result.append((format, path))
    }
    if let outputFile {
      guard result.count == 1, result[0].1 == nil else {
        throw ValidationError("--output-file works with a single format; use --format NAME:PATH for several")
      }
      result[0].1 = outputFile
    }
    return result
  }

  func run() throws {
    let outputs = try outputs()
    let cwd = FileManager.default.currentDirectoryPath
    let discovery = FileDiscovery(workingDirectory: cwd)
    let found = discovery.collect(paths.isEmpty ? ["."] : paths)
    var ioError = false
    for problem in found.problems {
      Terminal.error(problem)
      ioError = true
    }

    let linter = Linter(rules: BuiltinRules.all)
    let (results, failures) = LintEngine(linter: linter, jobs: jobs).run(found.targets)
    for failure in failures {
      Terminal.error("cannot read \(Terminal.sanitize(failure.displayPath)): \(failure.reason)")
      ioError = true
    }

    let run = LintRun(files: results, rules: linter.ruleInfos, toolVersion: HeapLint.version)
    for (format, path) in outputs {
      let context = ReportContext(color: path == nil && format == .stylish && Terminal.wantsColor, workingDirectory: cwd)
      let bytes = Reporters.render(run, format: format, context: context)
      if let path {
        do {
          try Terminal.writeAtomically(bytes, to: path)
        } catch {
          Terminal.error("cannot write \(path): \(error.localizedDescription)")
          throw ExitCode(2)
        }
      } else {
        FileHandle.standardOutput.write(Data(bytes))
      }
    }
    if ioError { throw ExitCode(2) }
    if run.errorCount > 0 { throw ExitCode(1) }
  }
}
