/// The settings of one project, read from `.heaplint.yml` (see ``ConfigurationLoader``).
public struct Configuration: Sendable, Equatable {
  /// Gitignore-style patterns of the files to lint; empty means every file of a known kind.
  /// A file is included when a pattern matches it or one of its parent directories.
  public var include: [String]
  /// Gitignore-style patterns of files and directories never linted (they win over `.gitignore`).
  public var exclude: [String]
  /// Rule id to its setting; rules not listed keep their defaults.
  public var rules: [String: RuleSetting]
  /// Extra identities that must never be sent to `heap.identify` (compared exactly).
  public var blocklist: [String]
  /// Extra functions whose results are random (`makeId`, or dotted: `ids.make`).
  public var randomGenerators: [String]
  /// Extra attribute names whose values are shared by many users (`workspaceSlug`).
  public var nonUniqueAttributes: [String]
  /// Project functions that forward an identity to `heap.identify`.
  public var wrappers: [WrapperSpec]
  /// File extension (without the leading dot, e.g. `tpl` or `html.tpl`) to template kind name.
  public var templates: [String: String]
  /// A baseline file (relative to the configuration's directory) every run filters by, as
  /// `--baseline` does; nil for none.
  public var baseline: String?
  /// The file this configuration came from; nil for the built-in defaults.
  public var path: String?

  /// Creates a configuration; every argument defaults to "nothing extra".
  public init(
    include: [String] = [], exclude: [String] = [], rules: [String: RuleSetting] = [:], blocklist: [String] = [],
    randomGenerators: [String] = [], nonUniqueAttributes: [String] = [], wrappers: [WrapperSpec] = [],
    templates: [String: String] = [:], path: String? = nil
  ) {
    self.include = include
    self.exclude = exclude
    self.rules = rules
    self.blocklist = blocklist
    self.randomGenerators = randomGenerators
    self.nonUniqueAttributes = nonUniqueAttributes
    self.wrappers = wrappers
    self.templates = templates
    self.path = path
  }

  /// What applies without a `.heaplint.yml`: include everything, exclude nothing beyond `.gitignore`,
  /// every rule at its default severity, no extra names.
  public static let defaults = Configuration()

  /// The effective severity of a rule: the configured one when set (nil when turned off), else `defaultSeverity`.
  public func severity(of ruleID: String, default defaultSeverity: Severity) -> Severity? {
    guard let setting = rules[ruleID] else { return defaultSeverity }
    return setting.severity
  }

  /// A matcher for ``include`` (patterns relative to the configuration's directory); nil when
  /// ``include`` is empty, meaning every file is included. Test files with
  /// `matcher.decisionIncludingParents(for:isDirectory:) == true`.
  public var includeMatcher: IgnoreMatcher? {
    include.isEmpty ? nil : IgnoreMatcher(patterns: include, source: "include in \(path ?? ConfigurationLoader.fileName)")
  }
}

/// How one rule is configured. No rule takes options: the loader refuses any key beside
/// `severity` rather than keep settings nothing reads.
public struct RuleSetting: Sendable, Equatable {
  /// The severity; nil when the rule is turned off.
  public var severity: Severity?

  /// Creates a setting.
  public init(severity: Severity?) {
    self.severity = severity
  }
}

/// A project function that passes one of its arguments on to `heap.identify`.
public struct WrapperSpec: Sendable, Equatable, Hashable {
  /// The callee as written at call sites: `identifyUser` or dotted `Analytics.identifyUser`.
  public var function: String
  /// The 0-based index of the argument that is the identity.
  public var identityArgument: Int

  /// Creates a wrapper description.
  public init(function: String, identityArgument: Int = 0) {
    self.function = function
    self.identityArgument = identityArgument
  }
}

/// A problem in a configuration or baseline file, with the position of the offending text.
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file, as given to the loader.
  public var path: String
  /// 1-based.
  public var line: Int
  /// 1-based, counting Unicode scalars.
  public var column: Int
  /// What is wrong and what is accepted instead.
  public var message: String

  /// Creates an error.
  public init(path: String, line: Int, column: Int, message: String) {
    self.path = path
    self.line = line
    self.column = column
    self.message = message
  }

  /// `path:line:column: message`.
  public var description: String { "\(path):\(line):\(column): \(message)" }
}
