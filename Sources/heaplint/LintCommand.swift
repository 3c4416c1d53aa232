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

  @Argument(help: "Files or directories to lint (default: the current directory); - reads standard input.")
  var paths: [String] = []

  @Option(
    name: [.customShort("f"), .customLong("format")],
    help: ArgumentHelp(
      "Output format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")). Add :PATH to write it to a file; repeat for several.",
      valueName: "format[:path]"))
  var formats: [String] = []

  @Option(name: [.customShort("o"), .customLong("output-file")], help: "Write the report to this file instead of standard output.")
  var outputFile: String?

  @Option(name: [.customShort("c"), .customLong("config")], help: "Use this configuration file instead of the nearest .heaplint.yml.")
  var config: String?

  @Option(name: .customLong("jobs"), help: "Files linted in parallel; 0 means one per core.")
  var jobs: Int = 0

  @Flag(name: .customLong("no-prefilter"), help: "Parse every file, even those that never mention heap, and report syntax errors everywhere (measures parser speed). The Heap analysis runs where heap, a client package or a wrapper is named, as without this flag.")
  var noPrefilter = false

  @Flag(name: [.customShort("q"), .customLong("quiet")], help: "Report errors only, not warnings.")
  var quiet = false

  @Option(name: .customLong("max-warnings"), parsing: .unconditional, help: "Exit 1 when there are more than this many warnings (-1: no limit). With --quiet, warnings are not counted.")
  var maxWarnings: Int?

  @Flag(name: .customLong("stdin"), help: "Lint standard input instead of files.")
  var stdin = false

  @Option(name: .customLong("stdin-filename"), help: "The path standard input is linted as (picks the front end and names the file in reports).")
  var stdinFilename: String?

  @Flag(name: .customLong("staged"), help: "Lint the staged content (git's index, not the working tree) of the files staged for commit.")
  var staged = false

  @Option(name: .customLong("baseline"), help: "Report only findings that are not in this baseline file.")
  var baseline: String?

  @Option(name: .customLong("write-baseline"), help: "Record today's findings in this file (and exit 0), so later runs with --baseline report only new ones.")
  var writeBaseline: String?

  @Flag(name: .customLong("report-unused-directives"), help: "Report heaplint-disable comments that suppress nothing.")
  var reportUnusedDirectives = false

  @Flag(name: .customLong("follow-symlinks"), help: "Enter symbolically linked directories (each real directory once).")
  var followSymlinks = false

  @Option(name: .customLong("max-file-size"), help: "Skip files larger than this many megabytes, with a file-too-large warning.")
  var maxFileSize: Int = 50

  func validate() throws {
    if jobs < 0 { throw ValidationError("--jobs must be 0 or more") }
    if maxFileSize < 1 { throw ValidationError("--max-file-size must be at least 1 (megabytes)") }
    if let maxWarnings, maxWarnings < -1 { throw ValidationError("--max-warnings must be 0 or more, or -1 for no limit") }
    if paths.contains("-") && paths != ["-"] { throw ValidationError("- reads standard input; do not name other paths as well") }
    if stdinFilename != nil && !readsStandardInput { throw ValidationError("--stdin-filename needs --stdin (or -)") }
    if stdin && !paths.isEmpty { throw ValidationError("--stdin lints standard input; do not name paths as well") }
    if staged && (readsStandardInput || !paths.isEmpty) { throw ValidationError("--staged lints the files staged in git; do not combine it with --stdin or paths") }
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

  /// The root of the project a partial run may read (computed once, when first needed).
  static func projectRoot(_ settings: Settings, cwd: String) -> () -> String {
    var root: String?
    return {
      if let root { return root }
      let found =
        settings.configuration.path != nil
        ? settings.baseDirectory : ((try? Git.topLevel().get()).flatMap { $0.isEmpty ? nil : $0 } ?? cwd)
      let resolved = FileDiscovery.realPath(found) ?? found
      root = resolved
      return resolved
    }
  }

  /// `--stdin`, or `-` as the only path (as most command-line tools read it).
  var readsStandardInput: Bool { stdin || paths == ["-"] }

  func run() throws {
    let outputs = try outputs()
    let cwd = FileManager.default.currentDirectoryPath
    let settings: Settings
    do {
      settings = try Settings.load(explicitPath: config, workingDirectory: cwd)
    } catch let e as CLIError {
      Terminal.error(e.message)
      throw ExitCode(2)
    }
    var discovery = FileDiscovery(
      workingDirectory: cwd, baseDirectory: settings.baseDirectory, configuration: settings.configuration, followSymlinks: followSymlinks)
    discovery.threads = jobs > 0 ? jobs : ProcessInfo.processInfo.activeProcessorCount
    let sizeLimit = maxFileSize << 20
    let linter = settings.linter(parseEverything: noPrefilter, reportUnusedDirectives: reportUnusedDirectives)

    // The baseline: --baseline, else the configuration's `baseline:` (relative to its file).
    // Paths inside it are relative to the baseline file, so runs from any directory agree.
    let baselinePath = baseline.map { discovery.absolute($0) }
      ?? settings.configuration.baseline.map { (settings.baseDirectory as NSString).appendingPathComponent($0) }
    let baselineDirectory = ((writeBaseline.map { discovery.absolute($0) } ?? baselinePath ?? cwd) as NSString).deletingLastPathComponent
    let storedPath: (String) -> String = { Paths.relative(discovery.absolute($0), to: baselineDirectory) }
    var baselineFilter: Baseline?
    if let baselinePath, writeBaseline == nil {
      let shown = discovery.displayPath(baselinePath)
      switch FileReader.read(baselinePath) {
      case .success(let bytes):
        do {
          baselineFilter = try Baseline.decode(bytes, path: shown)
        } catch {
          Terminal.error("baseline error: \(error.description)")
          throw ExitCode(2)
        }
      case .failure(let f):
        let origin = baseline == nil ? " (named by 'baseline' in \(discovery.displayPath(settings.configuration.path ?? ConfigurationLoader.fileName)))" : ""
        Terminal.error("cannot read baseline \(Terminal.sanitize(shown))\(origin): \(f.message); record one with heaplint --write-baseline \(Terminal.sanitize(shown))")
        throw ExitCode(2)
      }
    }

    var ioError = false
    var results: [FileResult]
    let disk = LintEngine.diskReader(sizeLimit: sizeLimit)
    // A partial run reads the files its files import, within the project: the configuration's
    // directory, else the git top level, else the working directory.
    let locate: (String) -> LintTarget? = { [projectRoot = Self.projectRoot(settings, cwd: cwd)] candidate in
      discovery.locate(candidate, within: projectRoot())
    }
    if readsStandardInput {
      let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
      let name = discovery.displayPath(stdinFilename ?? "<stdin>")
      if let stdinFilename, let reason = discovery.exclusionReason(stdinFilename) {
        Terminal.error("warning: \(Terminal.sanitize(name)): \(reason)")
        results = []
      } else {
        // Standard input is one file of the project: what it imports is read from disk.
        let target = LintTarget(path: name, displayPath: name)
        let read: @Sendable (LintTarget) -> FileReader.Outcome = { $0.displayPath == name ? .success(bytes) : disk($0) }
        let engine = LintEngine(linter: linter, jobs: jobs, sizeLimit: sizeLimit, read: read)
        results = engine.run([target], importsFrom: locate).results
      }
    } else if staged {
      let top: String
      let stagedPaths: [String]
      switch (Git.topLevel(), Git.stagedPaths()) {
      case (.success(let t), .success(let s)):
        (top, stagedPaths) = (t, s)
      case (.failure(let f), _), (_, .failure(let f)):
        Terminal.error("--staged: \(f.message)")
        throw ExitCode(2)
      }
      // Staged files are linted as staged (git's index); the files they import, as they are on disk.
      let targets = stagedPaths.map { relative in
        LintTarget(path: relative, displayPath: discovery.displayPath(top + "/" + relative))
      }.filter { discovery.isLintable($0.path) && discovery.exclusionReason(top + "/" + $0.path) == nil }
      let stagedByDisplay = Dictionary(targets.map { ($0.displayPath, $0.path) }, uniquingKeysWith: { a, _ in a })
      let read: @Sendable (LintTarget) -> FileReader.Outcome = { target in
        guard let relative = stagedByDisplay[target.displayPath] else { return disk(target) }
        return Git.stagedContent(relative, in: top)
      }
      let (linted, failures) = LintEngine(linter: linter, jobs: jobs, read: read).run(targets, importsFrom: locate)
      for failure in failures {
        Terminal.error("cannot read staged \(Terminal.sanitize(failure.displayPath)): \(failure.reason)")
        ioError = true
      }
      results = linted
    } else {
      let named = paths.isEmpty ? ["."] : paths
      let found = discovery.collect(named)
      for problem in found.problems {
        Terminal.error(problem)
        ioError = true
      }
      for warning in found.warnings { Terminal.error("warning: \(warning)") }
      let engine = LintEngine(linter: linter, jobs: jobs, sizeLimit: sizeLimit)
      let progress = ProgressLine(files: found.targets.count)
      defer { progress.finish() }
      // Files named one by one (an editor, a hook): the modules they import are read too, so a
      // wrapper defined in another file counts as in a full run. Directories are linted whole.
      let onlyFiles = named.allSatisfy { path in
        var st = stat()
        return stat(path, &st) == 0 && st.st_mode & S_IFMT == S_IFREG
      }
      let (linted, failures) = onlyFiles ? engine.run(found.targets, importsFrom: locate) : engine.run(found.targets)
      // Files that turned out not to be regular files when opened: skipped, as in the walk.
      for failure in failures { Terminal.error("warning: \(Terminal.sanitize(failure.displayPath)) \(failure.reason) (skipped)") }
      // A directory that could not be read hides files that were never checked: a finding in
      // every report, so the gate cannot pass.
      let unreadable = found.unreadableDirectories.map { directory in
        Linter.fileProblem(
          path: directory.path, rule: Linter.readErrorRule, message: "cannot read the directory: \(directory.reason); nothing under it was linted")
      }
      results = linted + unreadable
    }

    if let writeBaseline {
      let recorded = Baseline.record(results, storedPath: storedPath)
      do {
        try Terminal.writeAtomically(recorded.encoded(), to: writeBaseline)
      } catch {
        Terminal.error("cannot write \(Terminal.sanitize(writeBaseline)): \(error.description)")
        throw ExitCode(2)
      }
      FileHandle.standardError.write(Data("heaplint: recorded \(recorded.totalCount) finding(s) in \(writeBaseline)\n".utf8))
      throw ExitCode(ioError ? 2 : 0)
    }
    if let baselineFilter { results = baselineFilter.filter(results, storedPath: storedPath) }
    if quiet {
      results = results.map { FileResult(path: $0.path, findings: $0.findings.filter { $0.severity == .error }, lineTexts: $0.lineTexts) }
    }

    let run = LintRun(files: results, rules: linter.ruleInfos, toolVersion: HeapLint.version)
    // Every report is written even when one cannot be: the exit status says so afterwards.
    var unwritten = false
    for (format, path) in outputs {
      let context = ReportContext(color: path == nil && format == .stylish && Terminal.wantsColor, workingDirectory: cwd)
      let bytes = Reporters.render(run, format: format, context: context)
      if let path {
        do {
          try Terminal.writeAtomically(bytes, to: path)
        } catch {
          Terminal.error("cannot write \(Terminal.sanitize(path)): \(error.description)")
          unwritten = true
        }
      } else {
        FileHandle.standardOutput.write(Data(bytes))
      }
    }
    if ioError || unwritten { throw ExitCode(2) }
    if run.errorCount > 0 { throw ExitCode(1) }
    if let maxWarnings, maxWarnings >= 0, run.warningCount > maxWarnings {
      Terminal.error("too many warnings (\(run.warningCount), maximum \(maxWarnings))")
      throw ExitCode(1)
    }
  }
}
