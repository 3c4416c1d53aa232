/// A list of gitignore-style patterns, relative to one base directory.
///
/// Supported syntax: blank lines and `#` comments are skipped; `!` re-includes; a trailing `/`
/// matches directories only; a `/` at the start or in the middle anchors the pattern to the base
/// directory, otherwise it matches a name at any depth; `*`, `?` and `[...]` (with `!`/`^`
/// negation, ranges and `[:alpha:]`-style classes) never match `/`; `**/`, `/**` and `/**/` span
/// directories; `\` escapes the next character (`\#`, `\!`, a trailing `\ `). Unescaped trailing
/// spaces are dropped. Patterns that cannot be parsed are skipped, as git does; use ``validate(_:)``
/// to report them.
///
/// Matching works on UTF-8 bytes and is case-sensitive.
public struct IgnoreMatcher: Sendable {
  let compiled: [IgnorePattern]
  /// Where the patterns came from (a file path or `exclude in .heaplint.yml`), for messages.
  public let source: String

  /// Compiles one pattern per element (each element is one gitignore line).
  public init(patterns: [String], source: String = "") {
    var compiled: [IgnorePattern] = []
    for line in patterns {
      if case .pattern(let pattern) = IgnorePattern.parse(line) { compiled.append(pattern) }
    }
    self.compiled = compiled
    self.source = source
  }

  /// Compiles the lines of a `.gitignore`-style file (LF or CRLF line ends).
  public init(text: String, source: String = "") {
    let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
    self.init(patterns: lines.map { String(decoding: $0, as: UTF8.self) }, source: source)
  }

  /// Whether no pattern survived compilation (so nothing can ever match).
  public var isEmpty: Bool { compiled.isEmpty }

  /// Checks one pattern line: nil when it is a valid pattern, otherwise a message saying what is
  /// wrong (meant to follow the quoted pattern, e.g. `'src/[a' has an unclosed '['`).
  ///
  /// Stricter than git for configuration use: an empty pattern or a `#` comment is reported too,
  /// because in a configuration list it is almost certainly a mistake.
  public static func validate(_ pattern: String) -> String? {
    if pattern.utf8.allSatisfy({ $0 == 0x20 }) {
      return "is empty and matches nothing"
    }
    if pattern.hasPrefix("#") {
      return "starts with '#', which makes it a comment; write '\\#' to match a literal '#'"
    }
    switch IgnorePattern.parse(pattern) {
    case .pattern: return nil
    case .nothing: return "matches nothing"
    case .invalid(let message): return message
    }
  }

  /// The verdict for a path relative to the base directory: `true` ignored, `false` re-included by
  /// a `!` pattern, `nil` when no pattern matches. The last matching pattern decides.
  ///
  /// Only the path itself is considered; see ``decisionIncludingParents(for:isDirectory:)``.
  public func decision(for relativePath: String, isDirectory: Bool) -> Bool? {
    let split = SplitPath(relativePath)
    return split.bytes.withUnsafeBufferPointer { buffer in
      decision(buffer, split.segments[...], isDirectory: isDirectory)
    }
  }

  /// Like ``decision(for:isDirectory:)`` but also looks at every parent directory, top down: once a
  /// parent directory is ignored, everything below it is ignored and cannot be re-included (as in git).
  public func decisionIncludingParents(for relativePath: String, isDirectory: Bool) -> Bool? {
    let split = SplitPath(relativePath)
    return split.bytes.withUnsafeBufferPointer { buffer in
      var verdict: Bool?
      for count in 1...max(1, split.segments.count) {
        let isLast = count >= split.segments.count
        let prefix = split.segments[0..<min(count, split.segments.count)]
        let decision = decision(buffer, prefix, isDirectory: isLast ? isDirectory : true)
        if isLast { return decision ?? verdict }
        if decision == true { return true }
        if decision == false { verdict = false }
      }
      return verdict
    }
  }

  func decision(_ path: UnsafeBufferPointer<UInt8>, _ segments: ArraySlice<Range<Int>>, isDirectory: Bool) -> Bool? {
    deciding(path, segments, isDirectory: isDirectory).map { !$0.negated }
  }

  /// The pattern that decides for the path (the last one that matches), if any.
  func deciding(_ path: UnsafeBufferPointer<UInt8>, _ segments: ArraySlice<Range<Int>>, isDirectory: Bool) -> IgnorePattern? {
    var i = compiled.count - 1
    while i >= 0 {
      let pattern = compiled[i]
      if pattern.matches(path, segments, isDirectory: isDirectory) { return pattern }
      i -= 1
    }
    return nil
  }
}

/// The ignore rules in force at one place of a directory walk, layered as git layers them.
///
/// Two groups of layers, each relative to its own directory (paths below the root are `/`-separated
/// and relative to the walk's root, `""` is the root itself):
/// - `.gitignore` files, pushed by the walker as it enters directories; a deeper file wins over a
///   shallower one;
/// - overrides (`.heaplintignore`, the configuration's `exclude`), which win over every `.gitignore`;
///   a later override wins over an earlier one.
///
/// Within a layer the last matching pattern decides; the first layer (in precedence order) with a
/// matching pattern decides, so a `!pattern` in an override can re-include what a `.gitignore` ignores.
/// `IgnoreStack` is a value: keep one per directory level of the walk.
public struct IgnoreStack: Sendable {
  struct Layer: Sendable {
    var base: [String]
    var matcher: IgnoreMatcher
  }

  var gitignores: [Layer] = []
  var overrides: [Layer] = []

  /// An empty stack that ignores nothing.
  public init() {}

  /// The stack with the `.gitignore` of `directory` (relative to the root, `""` for the root) added on
  /// top of the `.gitignore` files already pushed. Empty files add nothing.
  public func adding(directory: String, gitignoreText: String) -> IgnoreStack {
    let matcher = IgnoreMatcher(text: gitignoreText, source: directory.isEmpty ? ".gitignore" : directory + "/.gitignore")
    guard !matcher.isEmpty else { return self }
    var copy = self
    copy.gitignores.append(Layer(base: Self.components(directory), matcher: matcher))
    return copy
  }

  /// The stack with an override layer added: patterns relative to `directory` that win over every
  /// `.gitignore` (use it for `.heaplintignore` and for the configuration's `exclude`).
  public func addingOverride(directory: String = "", patterns: [String], source: String) -> IgnoreStack {
    let matcher = IgnoreMatcher(patterns: patterns, source: source)
    guard !matcher.isEmpty else { return self }
    var copy = self
    copy.overrides.append(Layer(base: Self.components(directory), matcher: matcher))
    return copy
  }

  /// Whether a path (relative to the root) is ignored, looking at the path alone.
  ///
  /// This is the walker's question: it asks for each entry of a directory it entered, so parents are
  /// known not to be ignored. For an arbitrary path use ``isIgnoredIncludingParents(_:isDirectory:)``.
  public func isIgnored(_ path: String, isDirectory: Bool) -> Bool {
    let split = SplitPath(path)
    return split.bytes.withUnsafeBufferPointer { buffer in
      decide(buffer, split, count: split.segments.count, isDirectory: isDirectory) ?? false
    }
  }

  /// Whether a path or any of its parent directories is ignored (an ignored directory hides
  /// everything below it, whatever `!` patterns say).
  public func isIgnoredIncludingParents(_ path: String, isDirectory: Bool) -> Bool {
    ignoringPattern(path, isDirectory: isDirectory) != nil
  }

  /// The pattern (its text as written, and the file or setting it comes from) that ignores the
  /// path or one of its parent directories; nil when the path is not ignored. For messages such
  /// as "ignored because of 'dist/' in .heaplintignore".
  public func ignoringPattern(_ path: String, isDirectory: Bool) -> (pattern: String, source: String)? {
    let split = SplitPath(path)
    return split.bytes.withUnsafeBufferPointer { buffer in
      let n = split.segments.count
      guard n > 0 else { return nil }
      for count in 1...n {
        let isLast = count == n
        if let (pattern, source) = deciding(buffer, split, count: count, isDirectory: isLast ? isDirectory : true), !pattern.negated {
          return (pattern.text, source)
        }
      }
      return nil
    }
  }

  private func decide(_ buffer: UnsafeBufferPointer<UInt8>, _ split: SplitPath, count: Int, isDirectory: Bool) -> Bool? {
    deciding(buffer, split, count: count, isDirectory: isDirectory).map { !$0.pattern.negated }
  }

  private func deciding(
    _ buffer: UnsafeBufferPointer<UInt8>, _ split: SplitPath, count: Int, isDirectory: Bool
  ) -> (pattern: IgnorePattern, source: String)? {
    Self.deciding(overrides, buffer, split, count: count, isDirectory: isDirectory)
      ?? Self.deciding(gitignores, buffer, split, count: count, isDirectory: isDirectory)
  }

  /// The deciding pattern of the highest layer of `group` (the last one) that has a matching one.
  private static func deciding(
    _ group: [Layer], _ buffer: UnsafeBufferPointer<UInt8>, _ split: SplitPath, count: Int, isDirectory: Bool
  ) -> (pattern: IgnorePattern, source: String)? {
    var i = group.count - 1
    while i >= 0 {
      let layer = group[i]
      i -= 1
      guard layer.base.count < count, hasPrefix(buffer, split, layer.base) else { continue }
      let relative = split.segments[layer.base.count..<count]
      if let pattern = layer.matcher.deciding(buffer, relative, isDirectory: isDirectory) { return (pattern, layer.matcher.source) }
    }
    return nil
  }

  private static func hasPrefix(_ buffer: UnsafeBufferPointer<UInt8>, _ split: SplitPath, _ base: [String]) -> Bool {
    for (k, name) in base.enumerated() {
      let range = split.segments[k]
      guard range.count == name.utf8.count else { return false }
      var i = range.lowerBound
      for b in name.utf8 {
        if buffer[i] != b { return false }
        i += 1
      }
    }
    return true
  }

  private static func components(_ directory: String) -> [String] {
    let split = SplitPath(directory)
    return split.segments.map { String(decoding: split.bytes[$0], as: UTF8.self) }
  }
}
