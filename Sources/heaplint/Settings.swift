import Foundation
import HeapLintCore
import HeapLintRules

/// The configuration in effect for a run, and what follows from it: the linter and the file set.
struct Settings {
  var configuration: Configuration
  /// The directory that include/exclude patterns are relative to.
  var baseDirectory: String

  /// Loads `--config PATH`, or the `.heaplint.yml` of the working directory or its nearest parent.
  static func load(explicitPath: String?, workingDirectory: String) throws -> Settings {
    let knownRules = Set(BuiltinRules.all.map(\.id) + Linter.engineRules.map(\.id)).subtracting(ConfigurationLoader.fixedRules)
    let kinds = Set(TemplateKind.allCases.map(\.rawValue))
    let path: String?
    if let explicitPath {
      path = explicitPath.hasPrefix("/") ? explicitPath : workingDirectory + "/" + explicitPath
    } else {
      path = ConfigurationLoader.find(from: workingDirectory)
    }
    guard let path else { return Settings(configuration: .defaults, baseDirectory: workingDirectory) }
    do {
      let configuration = try ConfigurationLoader.load(path: path, knownRules: knownRules, templateKinds: kinds)
      return Settings(configuration: configuration, baseDirectory: (path as NSString).deletingLastPathComponent)
    } catch {
      var e = error
      e.path = FileDiscovery(workingDirectory: workingDirectory).displayPath(e.path)
      throw CLIError.configuration(e.description)
    }
  }

  /// The analysis options the configuration asks for.
  var options: AnalysisOptions {
    var o = AnalysisOptions()
    o.extraBlocklist = Set(configuration.blocklist)
    o.extraRandomGenerators = Set(configuration.randomGenerators)
    o.extraNonUniqueAttributes = Set(configuration.nonUniqueAttributes)
    for w in configuration.wrappers { o.identifyWrappers[w.function] = w.identityArgument }
    for (ext, kind) in configuration.templates {
      if let k = TemplateKind(rawValue: kind) { o.templateExtensions[ext] = k }
    }
    return o
  }

  /// Severity overrides and disabled rules.
  var severities: (overrides: [String: Severity], disabled: Set<String>) {
    var overrides: [String: Severity] = [:]
    var disabled = Set<String>()
    for rule in BuiltinRules.all {
      if let s = configuration.severity(of: rule.id, default: rule.defaultSeverity) {
        overrides[rule.id] = s
      } else {
        disabled.insert(rule.id)
      }
    }
    return (overrides, disabled)
  }

  func linter(parseEverything: Bool, reportUnusedDirectives: Bool) -> Linter {
    let (overrides, disabled) = severities
    var linter = Linter(rules: BuiltinRules.all, severities: overrides, disabled: disabled, prefilter: Prefilter(), options: options)
    linter.parseRejected = parseEverything
    linter.reportUnusedDirectives = reportUnusedDirectives
    for rule in Linter.engineRules where !ConfigurationLoader.fixedRules.contains(rule.id) {
      if let s = configuration.severity(of: rule.id, default: rule.defaultSeverity) {
        if s != rule.defaultSeverity { linter.engineSeverities[rule.id] = s }
      } else {
        linter.disabledEngineRules.insert(rule.id)
      }
    }
    return linter
  }
}

/// Errors the CLI reports as one line and exit status 2.
enum CLIError: Error {
  case configuration(String)
  case usage(String)

  var message: String {
    switch self {
    case .configuration(let m): return "configuration error: \(m)"
    case .usage(let m): return m
    }
  }
}
