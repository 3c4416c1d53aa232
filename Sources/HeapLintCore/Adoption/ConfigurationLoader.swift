import Foundation
import Yams

/// The YAML tree node (qualified: `JavaScriptSyntax` has a `Node` too).
private typealias YAMLNode = Yams.Node

/// Finds, reads and checks `.heaplint.yml`.
///
/// Every problem is a ``ConfigurationError`` pointing at the offending YAML node, saying what is wrong
/// and what is accepted. Nothing in a configuration file can crash the loader.
public enum ConfigurationLoader {
  /// The configuration file's name.
  public static let fileName = ".heaplint.yml"

  /// The keys accepted at the top level, in documentation order.
  public static let topLevelKeys = [
    "include", "exclude", "rules", "blocklist", "randomGenerators", "nonUniqueAttributes", "wrappers", "templates", "baseline",
  ]

  /// Engine findings whose severity is fixed: a file that was not read, too large or binary is
  /// reported whatever the configuration says.
  public static let fixedRules: Set<String> = ["read-error", "file-too-large", "skipped-file"]

  /// The accepted severity words, in documentation order.
  public static let severityWords = ["off", "warning", "error"]

  /// The largest configuration file read, in bytes (a guard against feeding the loader a huge file).
  public static let maximumFileSize = 4 << 20

  /// The `.heaplint.yml` in `directory` or in its nearest parent, as an absolute, standardised path;
  /// nil when there is none up to the root.
  public static func find(from directory: String) -> String? {
    var url = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
    let fm = FileManager.default
    while true {
      let candidate = url.appendingPathComponent(fileName).path
      var isDirectory: ObjCBool = false
      if fm.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue {
        return candidate
      }
      let parent = url.deletingLastPathComponent().standardizedFileURL
      if parent.path == url.path { return nil }
      url = parent
    }
  }

  /// Reads and checks a configuration file.
  ///
  /// - Parameters:
  ///   - path: the file; also used as the path in errors and as the configuration's ``Configuration/path``.
  ///   - knownRules: every rule id that may be configured.
  ///   - templateKinds: the template kind names accepted in `templates`.
  public static func load(path: String, knownRules: Set<String>, templateKinds: Set<String>) throws(ConfigurationError) -> Configuration {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ConfigurationError(path: path, line: 1, column: 1, message: "cannot read the configuration file")
    }
    guard data.count <= maximumFileSize else {
      throw ConfigurationError(
        path: path, line: 1, column: 1, message: "the configuration file is \(data.count) bytes; at most \(maximumFileSize) are read")
    }
    let bytes = [UInt8](data)
    guard let text = String(validating: bytes, as: UTF8.self) else {
      let (line, column, byte) = firstInvalidUTF8(bytes)
      throw ConfigurationError(
        path: path, line: line, column: column,
        message: "the file is not valid UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true))); save it as UTF-8")
    }
    return try parse(text, path: path, knownRules: knownRules, templateKinds: templateKinds)
  }

  /// Checks configuration text. An empty document (or one holding only comments) gives the defaults.
  public static func parse(_ text: String, path: String, knownRules: Set<String>, templateKinds: Set<String>) throws(ConfigurationError) -> Configuration {
    let root: YAMLNode?
    do {
      try AliasGuard.check(text, path: path)
      root = try Yams.compose(yaml: text)
    } catch let error as ConfigurationError {
      throw error
    } catch let error as YamlError {
      throw yamlError(error, text: text, path: path)
    } catch {
      throw ConfigurationError(path: path, line: 1, column: 1, message: "invalid YAML: \(error)")
    }
    var configuration = Configuration.defaults
    configuration.path = path
    guard let root else { return configuration }
    let reader = NodeReader(path: path, knownRules: knownRules, templateKinds: templateKinds)
    try reader.read(root, into: &configuration)
    return configuration
  }

  /// A commented starter `.heaplint.yml` for `heaplint init`: every key with an explanation and its
  /// default value, so the file behaves exactly like no configuration until edited.
  public static let starterFile = """
    # heaplint configuration.
    #
    # Every key is optional and the values below are the defaults, so this file
    # changes nothing until you edit it. Patterns are relative to the directory
    # holding this file and use .gitignore syntax: "dist/" is a directory at any
    # depth, "/dist/" only the top-level one, "**/*.min.js" any depth, and a
    # leading "!" re-includes. Files ignored by .gitignore and .heaplintignore are
    # never linted.

    # Files to lint. Empty: every JavaScript, HTML and template file found.
    #   include:
    #     - "src/"
    #     - "templates/**/*.html"
    include: []

    # Files and directories never linted; these win over .gitignore.
    #   exclude:
    #     - "vendor/"
    #     - "*.min.js"
    exclude: []

    # Rule severities: off, warning or error. Rules not listed keep their
    # default severity; `heaplint rules` lists them. A rule with options takes a
    # mapping with a `severity` key and the options beside it.
    #   rules:
    #     hardcoded-identity: error
    #     call-before-load: off
    #     random-identity:
    #       severity: warning
    rules: {}

    # Extra identities that must never be passed to heap.identify, compared
    # exactly (for example placeholder or test accounts).
    #   blocklist:
    #     - "test@example.com"
    #     - "anonymous"
    blocklist: []

    # Extra functions whose results are random, so passing them to
    # heap.identify gives every visit a new user. Dotted paths are allowed.
    #   randomGenerators:
    #     - "makeId"
    #     - "ids.make"
    randomGenerators: []

    # Extra attribute names whose values many users share (a workspace or team
    # rather than a person), which therefore must not be used as an identity.
    #   nonUniqueAttributes:
    #     - "workspaceSlug"
    nonUniqueAttributes: []

    # Your own functions that pass an identity on to heap.identify.
    # identityArgument is the 0-based position of the identity argument.
    #   wrappers:
    #     - function: "Analytics.identifyUser"
    #       identityArgument: 0
    wrappers: []

    # Extra file extensions (without the leading dot) treated as server
    # templates, mapped to the template language that fills them.
    #   templates:
    #     tpl: handlebars
    #     html.j2: jinja
    templates: {}

    # A baseline every run (and the git hook) filters by, relative to this file:
    # findings recorded there with `heaplint --write-baseline FILE` are not
    # reported again; new ones are.
    #   baseline: .heaplint-baseline.json

    """

  // MARK: - Errors

  static func yamlError(_ error: YamlError, text: String, path: String) -> ConfigurationError {
    func contextText(_ context: YamlError.Context?) -> String {
      guard let context else { return "" }
      return " (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
    }
    switch error {
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      if let (line, column) = tabPosition(near: mark.line, column: mark.column, in: text) {
        return ConfigurationError(
          path: path, line: line, column: column,
          message: "a tab character here: YAML indents with spaces only (also after a list's '-'); replace the tab with spaces")
      }
      return ConfigurationError(
        path: path, line: max(1, mark.line), column: max(1, mark.column), message: "invalid YAML: \(problem)\(contextText(context))")
    case .reader(let problem, let offset, let value, _):
      let (line, column) = offset.map { lineColumn(ofCharacter: $0, in: text) } ?? (1, 1)
      let code = String(UInt32(bitPattern: value), radix: 16, uppercase: true)
      return ConfigurationError(
        path: path, line: line, column: column, message: "invalid YAML: \(problem) (character U+\(code)); remove it or quote it as an escape")
    case .duplicatedKeysInMapping(let duplicates, let context):
      let names = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
      return ConfigurationError(
        path: path, line: max(1, context.mark.line), column: max(1, context.mark.column),
        message: "duplicate key \(names); each key may appear only once in a mapping")
    default:
      return ConfigurationError(path: path, line: 1, column: 1, message: "invalid YAML: \(error)")
    }
  }

  /// The tab that made the YAML scanner or parser fail at `line`/`column` (1-based), if one is to
  /// blame: the character at the error, else a tab in the leading white space of that line or
  /// the line before (Yams reports tabs as a character "that cannot start any token").
  static func tabPosition(near line: Int, column: Int, in text: String) -> (Int, Int)? {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    func scalars(_ n: Int) -> [Unicode.Scalar]? {
      guard n >= 1, n <= lines.count else { return nil }
      return Array(lines[n - 1].unicodeScalars)
    }
    if let s = scalars(line), column >= 1, column <= s.count, s[column - 1] == "\t" { return (line, column) }
    for n in [line, line - 1] {
      guard let s = scalars(n) else { continue }
      // The white space before the first other character, and after a leading "- ".
      var i = 0
      while i < s.count, s[i] == " " || s[i] == "\t" || (s[i] == "-" && i + 1 < s.count && (s[i + 1] == " " || s[i + 1] == "\t")) {
        if s[i] == "\t" { return (n, i + 1) }
        i += 1
      }
    }
    return nil
  }

  private static func lineColumn(ofCharacter offset: Int, in text: String) -> (Int, Int) {
    var line = 1
    var column = 1
    var index = 0
    for character in text {
      if index == offset { break }
      if character.isNewline {
        line += 1
        column = 1
      } else {
        column += character.unicodeScalars.count
      }
      index += 1
    }
    return (line, column)
  }

  private static func firstInvalidUTF8(_ bytes: [UInt8]) -> (line: Int, column: Int, byte: UInt8) {
    var line = 1
    var column = 1
    var i = 0
    while i < bytes.count {
      let length = IgnorePattern.scalarLength(bytes, i, bytes.count)
      let valid = length > 1 || bytes[i] < 0x80
      if !valid || (length > 1 && String(validating: bytes[i..<(i + length)], as: UTF8.self) == nil) {
        return (line, column, bytes[i])
      }
      if bytes[i] == 0x0A {
        line += 1
        column = 1
      } else {
        column += 1
      }
      i += length
    }
    return (line, column, 0)
  }
}

/// Walks the composed YAML tree and fills a configuration, throwing at the first problem.
private struct NodeReader {
  let path: String
  let knownRules: Set<String>
  let templateKinds: Set<String>

  func error(_ node: YAMLNode, _ message: String) -> ConfigurationError {
    let mark = node.mark
    return ConfigurationError(path: path, line: max(1, mark?.line ?? 1), column: max(1, mark?.column ?? 1), message: message)
  }

  /// A plain `~`, `null` or empty scalar.
  func isNull(_ node: YAMLNode) -> Bool {
    guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else { return false }
    return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
  }

  /// How a node is called in messages: "a list", "a mapping", "the string 'x'".
  func describe(_ node: YAMLNode) -> String {
    switch node {
    case .mapping: return "a mapping"
    case .sequence: return "a list"
    case .alias: return "an alias"
    case .scalar(let scalar):
      if isNull(node) { return "nothing (null)" }
      let shown = Self.shorten(scalar.string)
      if scalar.style == .plain, Int(scalar.string) != nil || Double(scalar.string) != nil { return "the number \(shown)" }
      if scalar.style == .plain, ["true", "false", "yes", "no", "on", "off"].contains(scalar.string.lowercased()) {
        return "the value \(shown)"
      }
      return "the string '\(shown)'"
    }
  }

  static func shorten(_ s: String) -> String {
    var printable = ""
    for scalar in s.unicodeScalars {
      if printable.unicodeScalars.count >= 40 {
        printable += "..."
        break
      }
      printable.unicodeScalars.append(scalar.value < 0x20 || scalar.value == 0x7F ? "?" : scalar)
    }
    return printable
  }

  /// The pairs of a mapping value; null counts as an empty mapping.
  func pairs(_ node: YAMLNode, of key: String, expected: String) throws(ConfigurationError) -> [(key: YAMLNode, value: YAMLNode)] {
    if isNull(node) { return [] }
    guard case .mapping(let mapping) = node else {
      throw error(node, "'\(key)' must be \(expected), not \(describe(node))")
    }
    return Array(mapping)
  }

  /// A mapping key as text; keys must be scalars.
  func keyText(_ node: YAMLNode) throws(ConfigurationError) -> String {
    guard case .scalar(let scalar) = node else {
      throw error(node, "a key must be a plain name, not \(describe(node))")
    }
    return scalar.string
  }

  /// The text of a scalar entry (strings, numbers and booleans are taken as written).
  func scalarText(_ node: YAMLNode, in key: String) throws(ConfigurationError) -> String {
    guard case .scalar(let scalar) = node, !isNull(node) else {
      throw error(node, "each entry of '\(key)' must be a string, not \(describe(node))")
    }
    return scalar.string
  }

  func stringList(_ node: YAMLNode, of key: String, example: String) throws(ConfigurationError) -> [String] {
    if isNull(node) { return [] }
    guard case .sequence(let sequence) = node else {
      throw error(node, "'\(key)' must be a list of strings, such as [\(example)], not \(describe(node))")
    }
    var result: [String] = []
    for item in sequence {
      result.append(try scalarText(item, in: key))
    }
    return result
  }

  func read(_ root: YAMLNode, into configuration: inout Configuration) throws(ConfigurationError) {
    if isNull(root) { return }
    guard case .mapping(let mapping) = root else {
      throw error(root, "the configuration must be a mapping of keys (\(ConfigurationLoader.topLevelKeys.joined(separator: ", "))), not \(describe(root))")
    }
    for (keyNode, value) in mapping {
      let key = try keyText(keyNode)
      switch key {
      case "include":
        configuration.include = try globList(value, of: key)
      case "exclude":
        configuration.exclude = try globList(value, of: key)
      case "rules":
        configuration.rules = try rules(value)
      case "blocklist":
        configuration.blocklist = try stringList(value, of: key, example: "\"test@example.com\"")
      case "randomGenerators":
        configuration.randomGenerators = try functionNames(value, of: key)
      case "nonUniqueAttributes":
        let names = try stringList(value, of: key, example: "\"workspaceSlug\"")
        if let index = names.firstIndex(where: { $0.isEmpty }), case .sequence(let sequence) = value {
          throw error(sequence[index], "an attribute name in 'nonUniqueAttributes' must not be empty")
        }
        configuration.nonUniqueAttributes = names
      case "wrappers":
        configuration.wrappers = try wrappers(value)
      case "templates":
        configuration.templates = try templates(value)
      case "baseline":
        guard case .scalar(let scalar) = value, !isNull(value) else {
          throw error(value, "'baseline' must be a file path, such as \"\(Baseline.defaultFileName)\", not \(describe(value))")
        }
        let file = scalar.string
        guard !file.isEmpty else { throw error(value, "'baseline' must name a file, such as \"\(Baseline.defaultFileName)\"") }
        configuration.baseline = file
      default:
        let hint = Suggestion.didYouMean(key, in: ConfigurationLoader.topLevelKeys)
        let known = ConfigurationLoader.topLevelKeys.joined(separator: ", ")
        throw error(keyNode, "unknown key '\(Self.shorten(key))';\(hint.isEmpty ? "" : hint) the known keys are \(known)")
      }
    }
  }

  func globList(_ node: YAMLNode, of key: String) throws(ConfigurationError) -> [String] {
    let patterns = try stringList(node, of: key, example: "\"src/\", \"**/*.min.js\"")
    if case .sequence(let sequence) = node {
      for (index, pattern) in patterns.enumerated() {
        if let problem = IgnoreMatcher.validate(pattern) {
          throw error(sequence[index], "the pattern '\(Self.shorten(pattern))' in '\(key)' \(problem)")
        }
      }
    }
    return patterns
  }

  func severity(_ node: YAMLNode, rule: String) throws(ConfigurationError) -> Severity? {
    let accepted = ConfigurationLoader.severityWords.joined(separator: ", ")
    guard case .scalar(let scalar) = node, !isNull(node) else {
      throw error(node, "the severity of '\(rule)' must be one of \(accepted), not \(describe(node))")
    }
    switch scalar.string {
    case "off": return nil
    case "warning": return .warning
    case "error": return .error
    default:
      let word = scalar.string.lowercased()
      var hint = Suggestion.didYouMean(scalar.string, in: ConfigurationLoader.severityWords)
      if hint.isEmpty, word.count >= 3, let match = ConfigurationLoader.severityWords.first(where: { $0.hasPrefix(word) }) {
        hint = " did you mean '\(match)'?"
      }
      throw error(node, "'\(Self.shorten(scalar.string))' is not a severity; use one of \(accepted)\(hint.isEmpty ? "" : ";" + hint)")
    }
  }

  func rules(_ node: YAMLNode) throws(ConfigurationError) -> [String: RuleSetting] {
    var result: [String: RuleSetting] = [:]
    for (keyNode, value) in try pairs(node, of: "rules", expected: "a mapping of rule ids to off, warning or error") {
      let id = try keyText(keyNode)
      if ConfigurationLoader.fixedRules.contains(id) {
        throw error(keyNode, "'\(id)' cannot be configured: a file heaplint did not check must never pass in silence; exclude the file instead")
      }
      guard knownRules.contains(id) else {
        let hint = Suggestion.didYouMean(id, in: knownRules)
        throw error(keyNode, "unknown rule '\(Self.shorten(id))';\(hint.isEmpty ? "" : hint) run `heaplint rules` to list the rule ids")
      }
      if case .mapping(let mapping) = value {
        var severityNode: YAMLNode?
        for (optionKey, optionValue) in mapping {
          let name = try keyText(optionKey)
          if name == "severity" {
            severityNode = optionValue
          } else {
            // No rule takes options yet: a key beside `severity` is a typo or a wish, never silence.
            throw error(optionKey, "'\(Self.shorten(name))' is not a setting of '\(id)'; a rule takes only 'severity' (off, warning or error)")
          }
        }
        guard let severityNode else {
          throw error(value, "the settings of '\(id)' need a 'severity' key (off, warning or error)")
        }
        result[id] = RuleSetting(severity: try severity(severityNode, rule: id))
      } else {
        result[id] = RuleSetting(severity: try severity(value, rule: id))
      }
    }
    return result
  }

  /// `name` or `a.b.c` where every part is a JavaScript identifier (ASCII rules; any non-ASCII
  /// character is accepted as an identifier character).
  static func isFunctionName(_ name: String) -> Bool {
    let parts = name.split(separator: ".", omittingEmptySubsequences: false)
    return parts.allSatisfy { part in
      guard let first = part.unicodeScalars.first else { return false }
      func isStart(_ c: Unicode.Scalar) -> Bool {
        c == "_" || c == "$" || (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c.value >= 0x80
      }
      return isStart(first) && part.unicodeScalars.allSatisfy { isStart($0) || ($0 >= "0" && $0 <= "9") }
    }
  }

  func functionNames(_ node: YAMLNode, of key: String) throws(ConfigurationError) -> [String] {
    let names = try stringList(node, of: key, example: "\"makeId\", \"ids.make\"")
    if case .sequence(let sequence) = node {
      for (index, name) in names.enumerated() where !Self.isFunctionName(name) {
        throw error(
          sequence[index], "'\(Self.shorten(name))' in '\(key)' is not a function name; write an identifier or a dotted path such as 'ids.make'")
      }
    }
    return names
  }

  func wrappers(_ node: YAMLNode) throws(ConfigurationError) -> [WrapperSpec] {
    if isNull(node) { return [] }
    guard case .sequence(let sequence) = node else {
      throw error(node, "'wrappers' must be a list of mappings such as [{ function: \"identifyUser\", identityArgument: 0 }], not \(describe(node))")
    }
    let keys = ["function", "identityArgument"]
    var result: [WrapperSpec] = []
    for item in sequence {
      guard case .mapping(let mapping) = item else {
        throw error(item, "each wrapper must be a mapping with 'function' and optionally 'identityArgument', not \(describe(item))")
      }
      var function: String?
      var argument = 0
      for (keyNode, value) in mapping {
        let key = try keyText(keyNode)
        switch key {
        case "function":
          guard case .scalar(let scalar) = value, !isNull(value) else {
            throw error(value, "'function' must be a function name such as \"Analytics.identifyUser\", not \(describe(value))")
          }
          guard Self.isFunctionName(scalar.string) else {
            throw error(value, "'\(Self.shorten(scalar.string))' is not a function name; write an identifier or a dotted path such as 'Analytics.identifyUser'")
          }
          function = scalar.string
        case "identityArgument":
          argument = try argumentIndex(value)
        default:
          let hint = Suggestion.didYouMean(key, in: keys)
          throw error(keyNode, "unknown wrapper key '\(Self.shorten(key))';\(hint.isEmpty ? "" : hint) a wrapper has 'function' and 'identityArgument'")
        }
      }
      guard let function else {
        throw error(item, "this wrapper has no 'function'; name the function, e.g. function: \"Analytics.identifyUser\"")
      }
      result.append(WrapperSpec(function: function, identityArgument: argument))
    }
    return result
  }

  func argumentIndex(_ node: YAMLNode) throws(ConfigurationError) -> Int {
    let expected = "'identityArgument' must be a whole number, 0 for the first argument"
    guard case .scalar(let scalar) = node, scalar.style == .plain, !isNull(node) else {
      throw error(node, "\(expected), not \(describe(node))")
    }
    var digits = Substring(scalar.string)
    let negative = digits.first == "-"
    if digits.first == "-" || digits.first == "+" { digits = digits.dropFirst() }
    guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
      throw error(node, "\(expected), not \(describe(node))")
    }
    if negative && digits.contains(where: { $0 != "0" }) {
      throw error(node, "'identityArgument' must be 0 or more (0 is the first argument), not \(Self.shorten(scalar.string))")
    }
    guard let value = Int(digits), value <= 255 else {
      throw error(node, "'identityArgument' \(Self.shorten(scalar.string)) is too large; a function has at most 255 arguments")
    }
    return value
  }

  func templates(_ node: YAMLNode) throws(ConfigurationError) -> [String: String] {
    var result: [String: String] = [:]
    let kinds = templateKinds.sorted()
    for (keyNode, value) in try pairs(node, of: "templates", expected: "a mapping of file extensions to template kinds, such as { tpl: handlebars }") {
      var ext = try keyText(keyNode)
      if ext.hasPrefix(".") { ext.removeFirst() }
      ext = ext.lowercased()
      guard !ext.isEmpty, !ext.contains("/"), !ext.unicodeScalars.contains(where: { $0.properties.isWhitespace }) else {
        throw error(keyNode, "'\(Self.shorten(try keyText(keyNode)))' is not a file extension; write it without a dot or slash, such as 'tpl' or 'html.j2'")
      }
      guard case .scalar(let scalar) = value, !isNull(value) else {
        throw error(value, "the template kind for '\(ext)' must be one of \(kinds.joined(separator: ", ")), not \(describe(value))")
      }
      guard templateKinds.contains(scalar.string) else {
        let hint = Suggestion.didYouMean(scalar.string, in: kinds)
        throw error(value, "unknown template kind '\(Self.shorten(scalar.string))';\(hint.isEmpty ? "" : hint) the known kinds are \(kinds.joined(separator: ", "))")
      }
      if result[ext] != nil {
        throw error(keyNode, "the extension '\(ext)' is listed twice in 'templates'")
      }
      result[ext] = scalar.string
    }
    return result
  }
}

/// Keeps aliases out of mapping keys before the real parse.
///
/// The YAML composer hashes every mapping key to find duplicates, and an alias expands to the whole
/// anchored node, so a few lines of nested aliases used as a key would take exponential time
/// ("billion laughs"). heaplint's keys are plain names anyway, so aliases in keys are rejected: the
/// text is first composed with every alias replaced by a harmless marker scalar (same lines and
/// columns, no expansion), and any key containing a marker is reported.
enum AliasGuard {
  /// Stands in for the `*` of an alias; a private-use character no real key starts with.
  static let marker: Unicode.Scalar = "\u{E000}"

  static func check(_ text: String, path: String) throws {
    guard text.utf8.contains(UInt8(ascii: "*")), let replaced = replacingAliases(text) else { return }
    let root: YAMLNode?
    do {
      root = try Yams.compose(yaml: replaced)
    } catch let error as YamlError {
      // The same syntax error (at the same position) that the real text has.
      throw ConfigurationLoader.yamlError(error, text: replaced, path: path)
    }
    guard let root else { return }
    if let (key, alias) = aliasInKey(root, inKey: nil) {
      let mark = key.mark
      throw ConfigurationError(
        path: path, line: max(1, mark?.line ?? 1), column: max(1, mark?.column ?? 1),
        message: "the alias '*\(alias)' is used in a mapping key; keys must be plain names, use aliases only as values")
    }
  }

  /// A key (and the alias name inside it) containing a marker scalar.
  private static func aliasInKey(_ node: YAMLNode, inKey key: YAMLNode?) -> (YAMLNode, String)? {
    switch node {
    case .scalar(let scalar):
      if let key, scalar.string.unicodeScalars.first == marker {
        return (key, String(String.UnicodeScalarView(scalar.string.unicodeScalars.dropFirst())))
      }
      return nil
    case .sequence(let sequence):
      for item in sequence {
        if let found = aliasInKey(item, inKey: key) { return found }
      }
      return nil
    case .mapping(let mapping):
      for (k, v) in mapping {
        if let found = aliasInKey(k, inKey: key ?? k) { return found }
        if let found = aliasInKey(v, inKey: key) { return found }
      }
      return nil
    case .alias:
      return nil
    }
  }

  private static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
  private static func isFlowIndicator(_ b: UInt8) -> Bool {
    b == UInt8(ascii: ",") || b == UInt8(ascii: "[") || b == UInt8(ascii: "]") || b == UInt8(ascii: "{") || b == UInt8(ascii: "}")
  }

  /// The byte length of the line break at `i` (LF, CR, CRLF, NEL, LS, PS, as libyaml counts them), or 0.
  private static func breakLength(_ bytes: [UInt8], _ i: Int) -> Int {
    let n = bytes.count
    switch bytes[i] {
    case 0x0A: return 1
    case 0x0D: return i + 1 < n && bytes[i + 1] == 0x0A ? 2 : 1
    case 0xC2: return i + 1 < n && bytes[i + 1] == 0x85 ? 2 : 0
    case 0xE2: return i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9) ? 3 : 0
    default: return 0
    }
  }

  /// The text with the `*` of every alias replaced by ``marker``; nil when there is no alias.
  /// Quoted scalars, comments and block scalars are skipped. Replacing a `*` that is not an alias is
  /// harmless (it only changes the throwaway copy); missing an alias is what must not happen, so
  /// quotes and block scalars are recognised only where a scalar can start.
  static func replacingAliases(_ text: String) -> String? {
    let bytes = Array(text.utf8)
    let n = bytes.count
    var out: [UInt8] = []
    out.reserveCapacity(n + 16)
    var found = false
    var i = 0
    var lineStart = 0
    var lineIndent = 0

    /// Whether `i` directly follows whitespace, a break or a flow indicator.
    func tokenStart(_ i: Int) -> Bool {
      i == lineStart || isBlank(bytes[i - 1]) || isFlowIndicator(bytes[i - 1])
    }
    /// Whether a scalar can start at `i`: at the start of a line, after `[ { ,`, after `: - ?` and a
    /// blank, or after an anchor or tag that itself stands there.
    func scalarStart(_ i: Int) -> Bool {
      var j = i - 1
      var skipped = false
      while true {
        while j >= lineStart && isBlank(bytes[j]) {
          j -= 1
          skipped = true
        }
        if j < lineStart { return true }
        let c = bytes[j]
        if c == UInt8(ascii: "[") || c == UInt8(ascii: "{") || c == UInt8(ascii: ",") { return true }
        if c == UInt8(ascii: ":") || c == UInt8(ascii: "-") || c == UInt8(ascii: "?") { return skipped }
        guard skipped else { return false }
        var w = j
        while w >= lineStart && !isBlank(bytes[w]) && !isFlowIndicator(bytes[w]) { w -= 1 }
        let first = bytes[w + 1]
        guard first == UInt8(ascii: "&") || first == UInt8(ascii: "!") else { return false }
        j = w
        skipped = false
        if j >= lineStart && isFlowIndicator(bytes[j]) { return true }
      }
    }
    func newLine(at k: Int) {
      lineStart = k
      lineIndent = 0
      while k + lineIndent < n && bytes[k + lineIndent] == 0x20 { lineIndent += 1 }
    }
    /// Copies up to the next line break (not included).
    func copyLine() {
      while i < n && breakLength(bytes, i) == 0 {
        out.append(bytes[i])
        i += 1
      }
    }

    newLine(at: 0)
    while i < n {
      let b = bytes[i]
      let breakBytes = breakLength(bytes, i)
      if breakBytes > 0 {
        out.append(contentsOf: bytes[i..<(i + breakBytes)])
        i += breakBytes
        newLine(at: i)
        continue
      }
      guard tokenStart(i) else {
        out.append(b)
        i += 1
        continue
      }
      switch b {
      case UInt8(ascii: "#"):
        copyLine()
      case UInt8(ascii: "'"), UInt8(ascii: "\""):
        guard scalarStart(i) else {
          out.append(b)
          i += 1
          continue
        }
        out.append(b)
        i += 1
        while i < n {
          let c = bytes[i]
          let breakBytes = breakLength(bytes, i)
          if breakBytes > 0 {
            out.append(contentsOf: bytes[i..<(i + breakBytes)])
            i += breakBytes
            lineStart = i
            continue
          }
          out.append(c)
          i += 1
          if b == UInt8(ascii: "\""), c == UInt8(ascii: "\\"), i < n {
            out.append(bytes[i])
            i += 1
          } else if c == b {
            if b == UInt8(ascii: "'"), i < n, bytes[i] == b {
              out.append(bytes[i])
              i += 1
            } else {
              break
            }
          }
        }
      case UInt8(ascii: "|"), UInt8(ascii: ">"):
        guard scalarStart(i) else {
          out.append(b)
          i += 1
          continue
        }
        // A block scalar: the rest of this line, then every blank or more indented line.
        let indent = lineIndent
        copyLine()
        while i < n {
          let j = i + breakLength(bytes, i)
          var k = j
          while k < n && bytes[k] == 0x20 { k += 1 }
          let blank = k >= n || breakLength(bytes, k) > 0
          guard blank || k - j > indent else { break }
          out.append(contentsOf: bytes[i..<j])
          i = j
          newLine(at: j)
          copyLine()
        }
      case UInt8(ascii: "*"):
        if i + 1 < n, !isBlank(bytes[i + 1]), breakLength(bytes, i + 1) == 0, !isFlowIndicator(bytes[i + 1]) {
          out.append(contentsOf: String(Character(marker)).utf8)
          found = true
        } else {
          out.append(b)
        }
        i += 1
      default:
        out.append(b)
        i += 1
      }
    }
    return found ? String(decoding: out, as: UTF8.self) : nil
  }
}
